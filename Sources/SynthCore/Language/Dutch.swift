/// De Nederlandse catalogus: elk getypeerd bericht van de kern, in het Nederlands. A setting is named
/// by its Dutch label with its flag, so a page user and a command-line user both recognise it.

/// "‘Volgorde van kolommen’ (--visit)": a setting by its label and flag, or the flag alone; `inside`
/// for a mention within parentheses ("‘Volgorde van kolommen’, --visit").
private func setting(flag: String, inside: Bool = false) -> String {
  guard let s = SynthesisSetting.all.first(where: { $0.flag == flag }) else { return flag }
  return inside ? "‘\(s.dutch)’, \(flag)" : "‘\(s.dutch)’ (\(flag))"
}

private func count(_ n: Int) -> String { Wording(language: .nl).count(n) }

extension DataError {
  public var dutch: String {
    switch self {
    case .emptyFile(let at):
      return "\(at): het bestand is leeg; kies een CSV-bestand met een kopregel en ten minste één rij gegevens"
    case .headerOnly(let at):
      return "\(at): het bestand heeft een kopregel, maar daaronder geen rijen met gegevens"
    case .binaryFile(let at):
      return "\(at): het bestand bevat een NUL-byte en is dus geen tekstbestand (CSV); exporteer de gegevens als CSV en probeer het opnieuw"
    case .unsupportedEncoding(let file, let encoding):
      return "\(file): het bestand is gecodeerd als \(encoding), en die codering wordt niet ondersteund; sla het op als UTF-8-CSV"
    case .utf16WithoutByteOrderMark(let file):
      return "\(file): het bestand lijkt UTF-16 zonder byte-order mark, dus de volgorde van de bytes is onbekend; geef --encoding utf-16le (Windows) of utf-16be, of sla het op als UTF-8-CSV"
    case .invalidUTF8(let at, let byte, let valid):
      let hex = "0x" + String(byte, radix: 16, uppercase: true)
      guard let valid else {
        return "\(at): byte \(hex) is geen geldige UTF-8 (--encoding utf-8); verbeter deze byte, of geef de codering van het bestand met --encoding windows-1252, latin-1, utf-16le of utf-16be"
      }
      let letters = valid >= 1000 ? "zijn 1.000 of meer andere letters buiten ASCII" : valid == 1 ? "is 1 andere letter buiten ASCII" : "zijn \(valid) andere letters buiten ASCII"
      return "\(at): byte \(hex) is geen geldige UTF-8, maar elders in het bestand \(letters) dat wel; het hele bestand als Windows-1252 lezen zou elk daarvan veranderen (José zou JosÃ© worden). Verbeter of verwijder deze byte (sla het bestand op als UTF-8), of geef --encoding windows-1252 als het hele bestand Windows-1252 is"
    case .unterminatedQuote(let at):
      return "\(at): hier begint een veld tussen aanhalingstekens, maar het sluitende aanhalingsteken ontbreekt; kijk of er een losse \" in dit veld staat"
    case .textAfterClosingQuote(let at):
      return "\(at): onverwachte tekst na een sluitend aanhalingsteken; schrijf een aanhalingsteken binnen een veld tussen aanhalingstekens als \"\""
    case .fieldCount(let at, let record, let expected, let found):
      return "\(at): rij \(record) heeft \(found) veld\(found == 1 ? "" : "en"), maar de kopregel heeft er \(expected); elke rij moet evenveel velden hebben"
    case .tooManyColumns(let file, let n, let limit):
      return "\(file): het bestand heeft \(count(n)) kolommen; er worden er hoogstens \(count(limit)) ondersteund"
    case .outputTooLarge(let file, let megabytes, let limit):
      return "\(file): het bestand zou meer dan \(megabytes) MB worden, meer dan in het geheugen van deze browser past (ongeveer \(limit) MB per bestand); gebruik de opdrachtregel van localsynth, of vraag om minder rijen"
    case .tooLarge(let file, let cells, let limit):
      return "\(file): de tabel heeft \(cells / 1_000_000) miljoen cellen, meer dan in het geheugen van deze browser passen (ongeveer \(max(limit, 0) / 1_000_000) miljoen voor een bestand van deze grootte); gebruik de opdrachtregel van localsynth, of een bestand met minder rijen of kolommen"
    case .unknownColumn(let name, let available):
      return "er is geen kolom met de naam '\(name)'; de kolommen zijn \(UTF8Text.quotedList(available, limit: 20))"
    case .valueDoesNotFitType(let column, let row, let line, let value, let kind):
      let type: String
      switch kind {
      case .integer: type = "geldig geheel getal"
      case .boolean: type = "geldige ja/nee-waarde"
      case .date: type = "geldige datum"
      case .datetime: type = "geldige datum met tijd"
      default: type = "geldig getal"
      }
      return "kolom '\(column)', rij \(row) (regel \(line)): de waarde '\(value)' is geen \(type); kies een ander type voor deze kolom, of geef '\(value)' op als code voor een ontbrekende waarde"
    case .wholeNumberTooLarge(let column, let row, let line, let value):
      return "kolom '\(column)', rij \(row) (regel \(line)): \(value) ligt buiten ±9007199254740992 (2^53), het grootste gehele getal dat als getal exact bewaard blijft; lees de kolom als categorisch (--type \(column)=categorical) om de waarden te houden zoals ze geschreven zijn"
    case .kindNotChoosable(let column, let kind):
      return "kolom '\(column)': het type '\(kind.dutch)' kan niet gekozen worden; kies geheel getal, decimaal getal, categorisch, ja/nee, datum, datum en tijd of identificatie"
    case .coarseningNeedsPostcodes(let column):
      return "kolom '\(column)': alleen Nederlandse postcodes (zoals 1234 AB) kunnen tot PC4 worden vergroofd, en deze kolom bevat er geen"
    case .coarseningNeedsDates(let column, let coarsening, let kind):
      return "kolom '\(column)': alleen datums kunnen tot het \(coarsening == .year ? "jaar" : "maand") worden vergroofd, en deze kolom is \(kind.dutch)"
    case .invalidOption(let message):
      // Settings files and options of the command line, which speaks English like its flags.
      return message
    }
  }
}

extension SynthesisError {
  var dutch: String {
    switch self {
    case .unknownColumn(let option, let name, let known):
      return "\(setting(flag: option)): er is geen kolom '\(name)'; de kolommen zijn \(UTF8Text.quotedList(known, limit: 8))"
    case .nothingToSynthesise:
      return "er blijft geen kolom over om te synthetiseren: elke kolom is weggelaten (identificerend, een index, leeg) of staat niet in de volgorde van kolommen; neem een kolom op (--include KOLOM) om die te synthetiseren"
    case .noRowsLeft(let dropped):
      return "elke rij (\(count(dropped))) heeft in een kolom een ontbrekende waarde, dus na het weglaten van rijen blijft niets over; kies voor ontbrekende waarden synthetiseren of invullen (--missing-values model of impute)"
    case .visitExcluded(let column, let kind):
      return "\(setting(flag: "--visit")): kolom '\(column)' blijft buiten de synthese (\(kind.dutch)); neem hem op (--include '\(column)') om hem te synthetiseren"
    case .methodUnsuited(let column, let method, let numbers):
      let suited = ColumnMethod.suited(numbers: numbers).map { $0.rawValue + ($0.scope == .twoCategories ? " (twee categorieën)" : "") }
      return numbers
        ? "kolom '\(column)' bevat getallen; \(method.rawValue) modelleert categorieën: kies \(listed(suited, "of"))"
        : "kolom '\(column)' bevat categorieën; \(method.rawValue) modelleert getallen: kies \(listed(suited, "of"))"
    case .strataNumeric(let column, let kind):
      return "\(setting(flag: "--strata")): kolom '\(column)' bevat getallen (\(kind.dutch)); strata zijn categorieën: maak het type categorisch, of kies een categorische kolom"
    case .strataEmpty:
      return "\(setting(flag: "--strata")): noem ten minste één kolom (of auto of none)"
    case .strataNotSynthesised(let column):
      return "\(setting(flag: "--strata")): '\(column)' is geen kolom die gesynthetiseerd wordt"
    case .predictorLevels(let column, let method, let predictor, let levels, let most):
      return "kolom '\(column)' (methode \(method.rawValue)): de voorspeller '\(predictor)' heeft \(count(levels)) categorieën, meer dan de \(count(most)) die een regressie toestaat (\(setting(flag: "--max-levels", inside: true))); laat hem weg uit de voorspellers van de kolom, of kies cart voor deze kolom"
    case .designTooLarge(let column, let method, let cells, let most):
      return "kolom '\(column)' (methode \(method.rawValue)): de regressie zou \(cells) cellen nodig hebben, meer dan \(most); geef de kolom minder voorspellers, of kies cart voor deze kolom"
    case .regressionOverflow(let column, let method):
      return "kolom '\(column)' (methode \(method.rawValue)): de regressie loopt over op deze waarden (te groot voor een lineair model); kies cart of normrank voor deze kolom, of laat de grootste voorspellers weg (\(setting(flag: "--predictors", inside: true)))"
    case .logregClasses(let column, let n):
      return "kolom '\(column)' heeft \(count(n)) categorieën; logreg modelleert er twee, kies polyreg voor meer"
    case .logitParameters(let column, let method, let classes, let designColumns, let parameters, let most):
      return "kolom '\(column)' (methode \(method.rawValue)): \(count(classes)) categorieën × \(count(designColumns)) kolommen van het model geven \(count(parameters)) parameters, meer dan \(count(most)); geef de kolom minder voorspellers, of kies cart voor deze kolom"
    case .logitTooSlow(let column, let method, let rows, let parameters):
      return "kolom '\(column)' (methode \(method.rawValue)): \(count(rows)) rijen en \(count(parameters)) parameters zouden minuten kosten om te schatten; geef de kolom minder voorspellers, of kies cart voor deze kolom"
    case .lognormNegative(let column):
      return "kolom '\(column)' heeft negatieve waarden; lognorm modelleert waarden van 0 of meer: kies norm of normrank"
    case .copulaDimensions(let needed, let most):
      return "de Gaussische copula kan hoogstens \(count(most)) dimensies aan (een kolom, plus één voor zijn ontbrekende waarden); deze tabel heeft er \(count(needed)) nodig: kies kolommen (\(setting(flag: "--visit", inside: true))) of kies CART (--method cart)"
    case .holdoutTooSmall:
      return "\(setting(flag: "--holdout")): er zijn ten minste 2 rijen nodig"
    }
  }
}

extension EvaluationError {
  var dutch: String {
    switch self {
    case .noCommonColumns(let real, let synthetic):
      return "\(synthetic) heeft geen kolom van \(real) die geëvalueerd kan worden; vergelijk een synthetisch bestand met het echte bestand waaruit het gemaakt is"
    case .fewCommonColumns(let real, let synthetic, let common, let of, let missing, let extra):
      var text = "\(synthetic) heeft maar \(count(common)) van de \(count(of)) kolommen van \(real) (op naam): vergelijk een synthetisch bestand met het echte bestand waaruit het gemaakt is. Ontbrekend: \(UTF8Text.quotedList(missing, limit: 8))"
      if !extra.isEmpty { text += "; alleen in \(synthetic): \(UTF8Text.quotedList(extra, limit: 8))" }
      return text
    case .nothingToEvaluate(let real):
      return "\(real) heeft geen kolom om te evalueren: elke kolom is leeg of als identificerend weggelaten; neem een kolom op (--include KOLOM) om die te evalueren"
    case .unknownColumn(let option, let name, let known):
      return "\(option): er is geen kolom '\(name)' om te evalueren; de kolommen zijn \(UTF8Text.quotedList(known, limit: 8))"
    }
  }
}

extension CommandError {
  var dutch: String {
    switch self {
    case .data(let e): return e.dutch
    // Usage errors are about the command line's own (English) words.
    case .usage(let e): return e.message
    case .synthesis(let e): return e.dutch
    case .evaluation(let e): return e.dutch
    case .input(let path, let status):
      switch status {
      case .notFound: return "\(path): dit bestand bestaat niet"
      case .isDirectory: return "\(path): is een map, geen bestand"
      case .unreadable, .ok: return "\(path): het bestand kan niet gelezen worden (controleer de rechten)"
      }
    }
  }
}

extension CommandWord {
  var dutch: String {
    switch self {
    case .error: return "fout"
    case .reportFailed(let paths): return "de synthetische data is geschreven (\(paths.joined(separator: ", "))); alleen het rapport kon niet worden gemaakt"
    case .note: return "Let op: "
    case .suggestion: return "Suggestie: "
    case .wrote(let path): return "Geschreven: \(path)"
    case .synthesised(let rows, let columns, let input, let method, let seed, let copies):
      return "\(count(rows)) rijen × \(columns) kolommen gesynthetiseerd uit \(input) met \(method == .cart ? "CART" : "een Gaussische copula"), seed \(seed)"
        + (copies > 1 ? ", \(copies) kopieën." : ".")
    case .heldOut(let rows, let of, let left):
      return "\(count(rows)) van \(count(of)) rijen achtergehouden (--holdout); gesynthetiseerd uit de andere \(count(left))."
    case .columns(let names, let visited): return (visited ? "Volgorde van kolommen: " : "Kolommen: ") + names.joined(separator: ", ")
    case .leftOut(let names): return "Weggelaten: " + UTF8Text.quotedList(names)
    case .evaluated(let synthetic, let syntheticRows, let real, let realRows, let columns):
      return "\(synthetic) (\(count(syntheticRows)) rijen) geëvalueerd tegen \(real) (\(count(realRows)) rijen), \(columns) kolommen."
    }
  }
}

extension ColumnKind {
  var dutch: String {
    switch self {
    case .integer: return "geheel getal"
    case .decimal: return "decimaal getal"
    case .categorical: return "categorisch"
    case .boolean: return "ja/nee"
    case .date: return "datum"
    case .datetime: return "datum en tijd"
    case .identifier: return "identificatie"
    case .constant: return "constant"
    case .empty: return "leeg"
    }
  }
}

extension SchemaText {
  var dutch: String {
    switch self {
    case .heading(let file, let rows, let columns, let d):
      let separator: String
      switch d.delimiter {
      case UInt8(ascii: ","): separator = "door komma's gescheiden"
      case UInt8(ascii: ";"): separator = "door puntkomma's gescheiden"
      case 9: separator = "door tabs gescheiden"
      case UInt8(ascii: "|"): separator = "door verticale strepen gescheiden"
      default: separator = "gescheiden door \(d.delimiterName)"
      }
      return "\(file): \(count(rows)) rijen, \(columns) kolom\(columns == 1 ? "" : "men")"
        + " (\(separator), \(d.encoding.rawValue)\(d.byteOrderMark ? " met BOM" : ""), regeleinden \(d.lineEnding.rawValue)\(d.decimalComma ? ", decimale komma" : ""))"
    case .header(let header):
      switch header {
      case .number: return "#"
      case .column: return "kolom"
      case .type: return "type"
      case .confidence: return "zekerheid"
      case .missing: return "ontbrekend"
      case .distinct: return "verschillend"
      case .examples: return "voorbeelden"
      }
    case .type(let schema):
      switch schema.kind {
      case .decimal:
        if case .decimals(let low, let high) = schema.numberStyle {
          return "decimaal getal (\(low == high ? "\(high)" : "\(low)-\(high)") decimalen\(schema.decimalComma ? ", komma" : ""))"
        }
        return schema.kind.dutch
      case .date, .datetime:
        return schema.kind.dutch + (schema.dateFormat.map { " (" + $0.pattern + ")" } ?? "")
      case .boolean:
        return schema.kind.dutch + (schema.booleanLabels.map { " (" + $0.0 + "/" + $0.1 + ")" } ?? "")
      default:
        return schema.kind.dutch
      }
    case .excluded: return "weggelaten"
    case .withheld: return "(niet getoond)"
    case .emptyField: return "leeg veld"
    case .userCode: return "eigen code"
    }
  }
}
