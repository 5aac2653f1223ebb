/// De Nederlandse catalogus: elk getypeerd bericht van de kern, in het Nederlands. A setting is named
/// by its Dutch label with its flag, so a page user and a command-line user both recognise it.

/// "‘Volgorde van kolommen’ (--visit)": a setting by its label and flag, or the flag alone; `inside`
/// for a mention within parentheses ("‘Volgorde van kolommen’, --visit").
private func setting(flag: String, inside: Bool = false) -> String {
  guard let s = SynthesisSetting.all.first(where: { $0.flag == flag }) else { return flag }
  let label = s.label(Wording(language: .nl))
  return inside ? "‘\(label)’, \(flag)" : "‘\(label)’ (\(flag))"
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
    case .workbook(let file, let problem):
      let what: String
      switch problem {
      case .archive(let failure):
        switch failure {
        case .notZip: what = "het is geen ZIP-bestand, wat een .xlsx-werkmap wel is"
        case .truncated(let o): what = "het bestand is afgebroken of beschadigd rond byte \(o)"
        case .zip64: what = "het is een ZIP64-archief (groter dan 4 GB), en dat wordt niet ondersteund"
        case .encrypted(let e): what = "het onderdeel '\(e)' is versleuteld (met een wachtwoord beveiligd); sla de werkmap op zonder wachtwoord"
        case .method(let e, let m): what = "het onderdeel '\(e)' gebruikt compressiemethode \(m), en die wordt niet ondersteund"
        case .overlapping(let e): what = "het onderdeel '\(e)' deelt bytes met een ander onderdeel, zoals een ZIP-bom doet"
        case .tooLarge(let e, let size, let limit): what = "het onderdeel '\(e)' zou uitpakken tot \(size) bytes of meer, boven de grens van \(limit)"
        case .corrupt(let e, let o): what = "het onderdeel '\(e)' is beschadigd rond byte \(o)"
        case .missing(let e): what = "het onderdeel '\(e)' ontbreekt"
        }
      case .part(let name, let o): what = "het onderdeel '\(name)' is geen geldige XML rond byte \(o)"
      case .sheetWithoutData(let sheet, let available): what = "het werkblad '\(sheet)' heeft geen rijen met gegevens; de werkbladen zijn \(available.map { "'" + $0 + "'" }.joined(separator: ", ")): kies er een met gegevens"
      case .noSheet: what = "de werkmap heeft geen werkblad"
      case .sheetNotFound(let sheet, let available): what = "er is geen werkblad '\(sheet)'; de werkbladen zijn \(available.map { "'" + $0 + "'" }.joined(separator: ", "))"
      case .mergedHeader(let range): what = "de kopregel heeft samengevoegde cellen (\(range)), die kolomnamen verbergen; maak de samenvoeging ongedaan en geef elke kolom een eigen naam"
      case .cellText(let cell): what = "de tekst van cel \(cell) is geen geldige UTF-8 of bevat een NUL-byte, dus het bestand is beschadigd; sla het opnieuw op vanuit Excel of LibreOffice"
      }
      return "\(file): deze Excel-werkmap kan niet worden gelezen: \(what)"
    case .statisticalFile(let file, let problem):
      switch problem {
      case .truncated(let format, let o):
        return "\(file): dit \(format.rawValue)-bestand is afgebroken bij byte \(o); de gegevens zijn onvolledig. Sla het opnieuw op of exporteer het opnieuw"
      case .damaged(let format, let part, let o):
        let what: String
        switch part {
        case .header: what = "de kop klopt"
        case .variables: what = "de lijst met variabelen klopt"
        case .valueLabels: what = "de waardelabels kloppen"
        case .extensionRecord: what = "een uitbreidingsrecord klopt"
        case .data: what = "de gegevens kloppen"
        case .strings: what = "de lange teksten kloppen"
        }
        return "\(file): dit \(format.rawValue)-bestand is beschadigd: \(what) niet bij byte \(o). Sla het opnieuw op of exporteer het opnieuw"
      case .unsupported(let format, let feature):
        let what: String
        switch feature {
        case .compression(let c): what = "compressiemethode \(c)"
        case .characterSet(let name): what = "de tekenset \(name)"
        case .codePage(let c): what = "codetabel \(c)"
        case .release(let r): what = "versie \(r) van het formaat"
        }
        let advice = format == .spss ? "sla het opnieuw op als .sav vanuit een recente SPSS of PSPP" : "sla het op vanuit Stata 13 of later (saveold, version(13)) of met pandas"
        return "\(file): dit \(format.rawValue)-bestand gebruikt \(what), en dat wordt niet ondersteund; \(advice), of exporteer het als CSV"
      }
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
    case .synthesisTooLarge(let file, let megabytes, let limit):
      return "\(file): deze tabel synthetiseren met het rapport erbij vraagt ongeveer \(megabytes) MB geheugen, meer dan deze browser een pagina geeft (\(limit) MB); gebruik de opdrachtregel van localsynth, die dezelfde uitkomsten geeft, of een bestand met minder rijen of kolommen"
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
    case .invalidSettings(let place, let message):
      return "\(place): \(Wording(language: .nl)(message))"
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
    case .rule(let e):
      return "regel '\(e.shown)', bij teken \(e.position): \(Wording(language: .nl)(e.message))"
    case .ruleColumnExcluded(let rule, let column, let kind):
      return "regel '\(rule)': kolom '\(column)' blijft buiten de synthese (\(kind.dutch)); neem hem op (--include '\(column)') of laat de regel weg"
    case .ruleTargetTwice(let column):
      return "twee regels berekenen kolom '\(column)'; houd er één"
    case .ruleCircle(let columns):
      return "de berekende kolommen \(UTF8Text.quotedList(columns)) worden uit elkaar berekend; bereken er één uit andere kolommen"
    }
  }
}

extension EvaluationError {
  var dutch: String {
    switch self {
    case .rule(let e):
      return SynthesisError.rule(e).dutch
    case .model(let e):
      return "model '\(e.shown)', bij teken \(e.position): \(Wording(language: .nl)(e.message))"
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
    case .usage(let e): return Wording(language: .nl)(e.message)
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
      return "\(rows == 1 ? "1 rij" : "\(count(rows)) rijen") × \(columns) kolommen gesynthetiseerd uit \(input) met \(method == .cart ? "CART" : "een Gaussische copula"), seed \(seed)"
        + (copies > 1 ? ", \(copies) kopieën." : ".")
    case .heldOut(let rows, let of, let left):
      return "\(count(rows)) van \(count(of)) rijen achtergehouden (--holdout); gesynthetiseerd uit de andere \(count(left))."
    case .columns(let names, let visited): return (visited ? "Volgorde van kolommen: " : "Kolommen: ") + names.joined(separator: ", ")
    case .leftOut(let names): return "Weggelaten: " + UTF8Text.quotedList(names)
    case .evaluated(let synthetic, let syntheticRows, let real, let realRows, let columns):
      return "\(synthetic) (\(count(syntheticRows)) rijen) geëvalueerd tegen \(real) (\(count(realRows)) rijen), \(columns) kolommen."
    case .helpHint(let command):
      return command.map { "Met 'localsynth \($0) --help' ziet u de opties." } ?? "Met 'localsynth --help' ziet u de lijst van opdrachten."
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
      return "\(file): \(count(rows)) \(rows == 1 ? "rij" : "rijen"), \(columns) kolom\(columns == 1 ? "" : "men")"
        + (d.sheet.map { " (Excel-werkmap, werkblad '\($0)')" } ?? " (\(separator), \(d.encoding.rawValue)\(d.byteOrderMark ? " met BOM" : ""), regeleinden \(d.lineEnding.rawValue)\(d.decimalComma ? ", decimale komma" : ""))")
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

/// The Dutch sentences of the prose, by their English key (`Phrase`): `{}` in a key is an argument,
/// `{0}`, `{1}` in a sentence the arguments in the English order.
enum Dutch {
  static let phrases: [String: String] = [
    // Command/AnalyzeCommand.swift
    "note: ":
      "let op: ",
    "privacy: ":
      "privacy: ",
    "possible special codes: ":
      "mogelijke speciale codes: ",
    " sit apart from the other values; declare them missing (--missing ":
      " liggen los van de andere waarden; geef ze op als ontbrekend (--missing ",
    ") if they mean 'unknown'":
      ") als ze 'onbekend' betekenen",
    "- missing: ":
      "- ontbrekend: ",
    "- range: ":
      "- bereik: ",
    " to ":
      " tot ",
    // Command/SettingsCommand.swift
    "key":
      "sleutel",
    "flag":
      "optie",
    "default":
      "standaard",
    "setting":
      "instelling",
    // Command/SynthCommand.swift
    "yes":
      "ja",
    "no":
      "nee",
    "on":
      "aan",
    "off":
      "uit",
    // Data/ColumnReason.swift
    "every value is missing":
      "elke waarde ontbreekt",
    "every non-missing value is '{}'":
      "elke ingevulde waarde is '{0}'",
    "every value is a yes/no word ({}/{})":
      "elke waarde is een ja/nee-woord ({0}/{1})",
    "every value is a date and time written as {}":
      "elke waarde is een datum met tijd, geschreven als {0}",
    "every value is a date written as {}":
      "elke waarde is een datum, geschreven als {0}",
    "every value is a whole number":
      "elke waarde is een geheel getal",
    "every value is a number (some in exponent notation)":
      "elke waarde is een getal (sommige met exponent)",
    "every value is a number with up to 1 decimal":
      "elke waarde is een getal met hoogstens 1 decimaal",
    "the workbook has {} sheets; '{}' was read, the first with rows of data (--sheet NAME reads another)":
      "de werkmap heeft {0} werkbladen; '{1}' is gelezen, het eerste met rijen gegevens (--sheet NAAM leest een ander)",
    "every value is a number with up to {} decimals":
      "elke waarde is een getal met hoogstens {0} decimalen",
    "a point groups thousands (1.234.567,89)":
      "een punt scheidt de duizendtallen (1.234.567,89)",
    "a comma groups thousands (1,234,567.89)":
      "een komma scheidt de duizendtallen (1,234,567.89)",
    "the percent sign is left out of the values (12.5% is read as 12.5)":
      "het procentteken hoort niet bij de waarde (12,5% wordt gelezen als 12,5)",
    "the sign '{}' is left out of the values":
      "het teken '{0}' hoort niet bij de waarde",
    "an amount in parentheses is negative":
      "een bedrag tussen haakjes is negatief",
    "amounts written as a spreadsheet formats them: {}; the synthetic values are written the same way":
      "bedragen zoals een spreadsheet ze opmaakt: {0}; de synthetische waarden worden net zo geschreven",
    "only {} distinct values ({}): possibly category codes rather than quantities (synthpop warns about such columns); set the type to categorical if the numbers are labels":
      "maar {0} verschillende waarden ({1}): mogelijk categoriecodes en geen hoeveelheden (synthpop waarschuwt voor zulke kolommen); kies het type categorie als de getallen labels zijn",
    "text values, {} distinct":
      "tekstwaarden, {0} verschillende",
    "mostly numbers, but {} is not; declare it a missing-value code to read this column as numbers":
      "vooral getallen, maar {0} niet; geef het op als code voor een ontbrekende waarde om deze kolom als getallen te lezen",
    "mostly numbers, but {} are not; declare them a missing-value code to read this column as numbers":
      "vooral getallen, maar {0} niet; geef ze op als codes voor ontbrekende waarden om deze kolom als getallen te lezen",
    "type set by the user":
      "type gekozen door de gebruiker",
    "written as {}":
      "geschreven als {0}",
    "included by the user":
      "opgenomen door de gebruiker",
    "left out by the user":
      "weggelaten door de gebruiker",
    "'{}' ({} rows) is read as an answer, not as a missing value: it is frequent here and marks no missing number elsewhere in the file; count it as missing if it means 'no answer'":
      "'{0}' ({1} rijen) wordt gelezen als antwoord, niet als ontbrekende waarde: het komt hier vaak voor en markeert nergens anders in het bestand een ontbrekend getal; tel het als ontbrekend als het 'geen antwoord' betekent",
    "'{}' ({} rows) is read as an answer, as the user asked":
      "'{0}' ({1} rijen) wordt gelezen als antwoord, zoals de gebruiker vroeg",
    "1 category has fewer than {} rows ({}): such a rare person can be recognised; pool rare categories into 'other' to protect them":
      "1 categorie heeft minder dan {0} rijen ({1}): zo'n zeldzaam persoon is herkenbaar; voeg zeldzame categorieën samen tot 'other' om hen te beschermen",
    "{} categories have fewer than {} rows each ({} together): such rare people can be recognised; pool rare categories into 'other' to protect them":
      "{0} categorieën hebben elk minder dan {1} rijen ({2} samen): zulke zeldzame personen zijn herkenbaar; voeg zeldzame categorieën samen tot 'other' om hen te beschermen",
    "1 category with fewer than {} rows pooled into 'other' ({} rows)":
      "1 categorie met minder dan {0} rijen samengevoegd tot 'other' ({1} rijen)",
    "{} categories with fewer than {} rows pooled into 'other' ({} rows)":
      "{0} categorieën met minder dan {1} rijen samengevoegd tot 'other' ({2} rijen)",
    "coarsened to the year, as the user asked":
      "vergroofd tot het jaar, zoals de gebruiker vroeg",
    "coarsened to year and month, as the user asked":
      "vergroofd tot jaar en maand, zoals de gebruiker vroeg",
    "coarsened to the four digits of the postcode (PC4), as the user asked":
      "vergroofd tot de vier cijfers van de postcode (PC4), zoals de gebruiker vroeg",
    "left out of synthesis because it would copy real values (include it to keep it)":
      "blijft buiten de synthese omdat hij echte waarden zou kopiëren (neem hem op om hem te houden)",
    "unnamed first column numbering the rows: an index written by pandas or R, not data; left out of synthesis (include it to keep it)":
      "naamloze eerste kolom die de rijen nummert: een index van pandas of R, geen gegevens; blijft buiten de synthese (neem hem op om hem te houden)",
    "every value is unique and together they run from {} to {} without gaps, like a row number or ID; {}":
      "elke waarde is uniek en samen lopen ze zonder gaten van {0} tot {1}, zoals een rijnummer of ID; {2}",
    "{} of the values are nine-digit numbers that pass the eleven test, like Dutch citizen service numbers (BSN): a direct identifier; {}":
      "{0} van de waarden zijn getallen van negen cijfers die de elfproef doorstaan, zoals burgerservicenummers (BSN): een direct identificerend gegeven; {1}",
    "{} of the values are bank account numbers (IBAN) with a valid check: a direct identifier; {}":
      "{0} van de waarden zijn rekeningnummers (IBAN) met een geldige controle: een direct identificerend gegeven; {1}",
    "{} of the values are phone numbers: a direct identifier; {}":
      "{0} van de waarden zijn telefoonnummers: een direct identificerend gegeven; {1}",
    "{} of the values are e-mail addresses: a direct identifier; {}":
      "{0} van de waarden zijn e-mailadressen: een direct identificerend gegeven; {1}",
    "every value is a unique whole number and they spread evenly over a wide range, like random ID numbers rather than quantities; {}":
      "elke waarde is een uniek geheel getal en ze liggen gelijkmatig verspreid over een groot bereik, zoals willekeurige ID-nummers en niet zoals hoeveelheden; {0}",
    "{} of the values are unique, like free text: {}":
      "{0} van de waarden is uniek, zoals vrije tekst: {1}",
    "{} of the values are unique, like an ID or a name: {}":
      "{0} van de waarden is uniek, zoals een ID of een naam: {1}",
    "running numbers":
      "volgnummers",
    "a row index":
      "een rij-index",
    "citizen service numbers (BSN)":
      "burgerservicenummers (BSN)",
    "bank account numbers (IBAN)":
      "rekeningnummers (IBAN)",
    "phone numbers":
      "telefoonnummers",
    "e-mail addresses":
      "e-mailadressen",
    "every value is a unique whole number and the column's name says it is an ID or a number given to each record; {}":
      "elke waarde is een uniek geheel getal en de kolomnaam zegt dat het een ID of een nummer per record is; {0}",
    "ID numbers":
      "ID-nummers",
    "random ID numbers":
      "willekeurige ID-nummers",
    "unique text such as IDs or names":
      "unieke tekst zoals ID's of namen",
    "free text":
      "vrije tekst",
    "the first number goes above 12, so it is the day (day-month-year)":
      "het eerste getal komt boven 12, dus het is de dag (dag-maand-jaar)",
    "the second number goes above 12, so it is the day (month-day-year)":
      "het tweede getal komt boven 12, dus het is de dag (maand-dag-jaar)",
    "day and month order set by the user":
      "volgorde van dag en maand gekozen door de gebruiker",
    "day and month are both 12 or less in every value, so their order cannot be told from the data; read as day-month-year (choose month-day-year if that is wrong)":
      "dag en maand zijn in elke waarde 12 of minder, dus hun volgorde is niet uit de gegevens af te leiden; gelezen als dag-maand-jaar (kies maand-dag-jaar als dat niet klopt)",
    "postcodes identify people together with other columns; check that the areas are large enough":
      "postcodes maken mensen herkenbaar samen met andere kolommen; controleer of de gebieden groot genoeg zijn",
    "six-character postcodes identify people together with a few other columns; coarsen to the four digits (PC4)":
      "postcodes van zes tekens maken mensen herkenbaar samen met een paar andere kolommen; vergroof tot de vier cijfers (PC4)",
    "an exact date of birth identifies people together with a few other columns; coarsen to the birth year (or year and month)":
      "een exacte geboortedatum maakt mensen herkenbaar samen met een paar andere kolommen; vergroof tot het geboortejaar (of jaar en maand)",
    "exact dates can identify people together with other columns; consider coarsening to year and month":
      "exacte datums kunnen mensen herkenbaar maken samen met andere kolommen; overweeg te vergroven tot jaar en maand",
    "free text can name or describe people; read it, and leave it out or recode it into categories":
      "vrije tekst kan mensen noemen of beschrijven; lees hem en laat hem weg of codeer hem in categorieën",
    // Data/Notice.swift
    "the file is UTF-16 encoded; it was converted to UTF-8":
      "het bestand is in UTF-16 opgeslagen; het is omgezet naar UTF-8",
    "the file is not valid UTF-8 (first at line {}); it was read as Windows-1252 (Western European). If accented letters look wrong, save the file as UTF-8":
      "het bestand is geen geldige UTF-8 (voor het eerst op regel {0}); het is gelezen als Windows-1252 (West-Europees). Zien letters met accenten er verkeerd uit, sla het bestand dan op als UTF-8",
    "the first line holds only numbers, yet it is read as the column names; if the file has no header line, add one":
      "de eerste regel bevat alleen getallen, maar wordt gelezen als de kolomnamen; heeft het bestand geen kopregel, voeg er dan een toe",
    "1 blank line was skipped":
      "1 lege regel is overgeslagen",
    "{} blank lines were skipped":
      "{0} lege regels zijn overgeslagen",
    "column {} has no name; it is called '{}'":
      "kolom {0} heeft geen naam; hij heet nu '{1}'",
    "column {} repeats the name '{}'; it is called '{}'":
      "kolom {0} herhaalt de naam '{1}'; hij heet nu '{2}'",
    "the first column '{}' has no name and numbers the rows; it looks like an index written by pandas or R and is left out (include it to keep it)":
      "de eerste kolom '{0}' heeft geen naam en nummert de rijen; het lijkt een index van pandas of R en blijft buiten de synthese (neem hem op om hem te houden)",
    "the first column '{}' has no name and numbers the rows; it looks like an index written by pandas or R and is kept because it was included":
      "de eerste kolom '{0}' heeft geen naam en nummert de rijen; het lijkt een index van pandas of R en blijft behouden omdat hij is opgenomen",
    "numbers use a decimal comma (such as 1,5); they are read as decimals and written back the same way":
      "getallen gebruiken een decimale komma (zoals 1,5); ze worden als decimalen gelezen en zo ook teruggeschreven",
    "--decimal comma changed nothing: the file is comma-separated, so a comma ends a field, and no quoted number has a decimal comma":
      "--decimal comma veranderde niets: het bestand is door komma's gescheiden, dus een komma beëindigt een veld, en geen getal tussen aanhalingstekens heeft een decimale komma",
    "--decimal comma changed nothing: no number in the file has a decimal comma":
      "--decimal comma veranderde niets: geen getal in het bestand heeft een decimale komma",
    "the file has {} rows: below {} rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain":
      "het bestand heeft {0} rijen: onder {1} rijen behouden synthetische gegevens alleen sterke patronen, en zijn de maten voor bruikbaarheid en privacy in het rapport onzeker",
"the file has 1 row: below {} rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain":
      "het bestand heeft 1 rij: onder {0} rijen behouden synthetische gegevens alleen sterke patronen, en zijn de maten voor bruikbaarheid en privacy in het rapport onzeker",
    // Report/ReportBuilder+Columns.swift
    "Each column of the synthetic data against the same column of the real data. One-way S_pMSE compares the shares of values in 5 quantile groups (numbers) or per category, with missing values as a group of their own. KS is the largest gap between the two cumulative distributions (0 is equal, 1 is apart); TVD is half the summed difference of the shares in the chart. Coverage is the share of the real range, or of the real categories, that the synthetic data reach.":
      "Elke kolom van de synthetische data tegenover dezelfde kolom van de echte data. De eendimensionale S_pMSE vergelijkt de aandelen van waarden in 5 kwantielgroepen (getallen) of per categorie, met ontbrekende waarden als eigen groep. KS is het grootste verschil tussen de twee cumulatieve verdelingen (0 is gelijk, 1 is volledig verschillend); TVD is de helft van het opgetelde verschil van de aandelen in de grafiek. Dekking is het deel van het echte bereik, of van de echte categorieën, dat de synthetische data bereiken.",
    "Cells are coloured by the S_pMSE steps: below 3, 3–10, 10–30, 30–100, above 100.":
      "Cellen zijn gekleurd naar de S_pMSE-stappen: onder 3, 3–10, 10–30, 30–100, boven 100.",
    "Column":
      "Kolom",
    "Type":
      "Type",
    "Coverage":
      "Dekking",
    "New categories":
      "Nieuwe categorieën",
    "Charts and statistics follow for the first {} columns.":
      "Grafieken en statistieken volgen voor de eerste {0} kolommen.",
    "Only in the synthetic data: ":
      "Alleen in de synthetische data: ",
    "Columns":
      "Kolommen",
    "other ({})":
      "overig ({0})",
    "Statistic":
      "Statistiek",
    "Real":
      "Echt",
    "Synthetic":
      "Synthetisch",
    "Rows with a value":
      "Rijen met een waarde",
    "Missing":
      "Ontbrekend",
    "days":
      "dagen",
    "hours":
      "uur",
    "Mean":
      "Gemiddelde",
    "Standard deviation":
      "Standaardafwijking",
    "5th percentile":
      "5e percentiel",
    "Minimum":
      "Minimum",
    "First quartile":
      "Eerste kwartiel",
    "Median":
      "Mediaan",
    "Third quartile":
      "Derde kwartiel",
    "95th percentile":
      "95e percentiel",
    "Maximum":
      "Maximum",
    "Range coverage":
      "Dekking van het bereik",
    "Within the real range":
      "Binnen het echte bereik",
    "{} other categories":
      "{0} andere categorieën",
    "Category coverage":
      "Dekking van categorieën",
    "The 5th and 95th percentiles stand for the minimum and maximum; a statistic is left out (–) when fewer than {} values lie beyond it.":
      "Het 5e en 95e percentiel staan voor het minimum en maximum; een statistiek ontbreekt (–) als er minder dan {0} waarden voorbij liggen.",
    // Report/ReportBuilder+Judgement.swift
    "There are {} real test rows; comparing accuracies or errors needs at least {}.":
      "Er zijn {0} echte testrijen; nauwkeurigheden of fouten vergelijken vraagt er ten minste {1}.",
    "No verdict: fewer than two classes of {} have {} or more test rows, so every model gives the same answer.":
      "Geen oordeel: minder dan twee klassen van {0} hebben {1} of meer testrijen, dus elk model geeft hetzelfde antwoord.",
    "No verdict: neither model predicts any test row right.":
      "Geen oordeel: geen van beide modellen voorspelt een testrij goed.",
    "No verdict: the model trained on real rows has no error to compare with.":
      "Geen oordeel: het model getraind op echte rijen heeft geen fout om mee te vergelijken.",
    "With {} this cannot show that the data are safe; at least {} are needed.":
      "Met {0} kan dit niet laten zien dat de data veilig zijn; daarvoor zijn er ten minste {1} nodig.",
    " row":
      " rij",
    " rows":
      " rijen",
    "A table is judged when each data set has on average {} rows per cell and enough rows for a moderate difference to show (about 22 per degree of freedom); {} of {} tables have them.":
      "Een tabel wordt beoordeeld als elke dataset gemiddeld {0} rijen per cel heeft en genoeg rijen om een matig verschil te laten zien (ongeveer 22 per vrijheidsgraad); {1} van {2} tabellen hebben die.",
    "With {} parameters the model needs about {} rows of each data set to be stable and to show a moderate difference.":
      "Met {0} parameters heeft het model ongeveer {1} rijen van elke dataset nodig om stabiel te zijn en een matig verschil te laten zien.",
    "Small data: the real data have {}, fewer than {} (DUO's threshold). Every utility and privacy measure in this report is uncertain: another seed or sample can change it a lot. Measures with too few rows say so instead of giving a verdict.":
      "Weinig data: de echte data hebben {0}, minder dan {1} (de drempel van DUO). Elke maat voor bruikbaarheid en privacy in dit rapport is onzeker: een andere seed of steekproef kan haar sterk veranderen. Maten met te weinig rijen zeggen dat, in plaats van een oordeel te geven.",
    // Report/ReportBuilder+Pairs.swift
    "below 3":
      "onder 3",
    "above 100":
      "boven 100",
    "For every pair of columns, the real and the synthetic data are cross-tabulated (numbers in {} quantile groups, missing values as a group) and compared cell by cell: this is synthpop's utility.tables and DUO's main utility check. Green is good (below 3), light green acceptable (below 10); yellow, orange and red pairs need a look.":
      "Voor elk paar kolommen worden de echte en de synthetische data gekruist (getallen in {0} kwantielgroepen, ontbrekende waarden als groep) en cel voor cel vergeleken: dit is utility.tables van synthpop en de belangrijkste bruikbaarheidstoets van DUO. Groen is goed (onder 3), lichtgroen acceptabel (onder 10); gele, oranje en rode paren verdienen aandacht.",
    "There is only one column, so there are no pairs.":
      "Er is maar één kolom, dus er zijn geen paren.",
    "Pairs of columns":
      "Paren van kolommen",
    "With {} columns a heatmap would not be readable; the tables below list the columns and the worst pairs.":
      "Met {0} kolommen is een heatmap niet leesbaar; de tabellen hieronder tonen de kolommen en de slechtste paren.",
    "S_pMSE for every pair of columns":
      "S_pMSE voor elk paar kolommen",
    "median {} over {} pairs":
      "mediaan {0} over {1} paren",
    "Columns by their pairs":
      "Kolommen naar hun paren",
    "The mean S_pMSE of each column's pairs (synthpop's var.scores), worst first.":
      "De gemiddelde S_pMSE van de paren van elke kolom (var.scores van synthpop), slechtste eerst.",
    "Mean pair S_pMSE":
      "Gemiddelde S_pMSE van paren",
    "One-way S_pMSE":
      "Eendimensionale S_pMSE",
    "The worst pairs":
      "De slechtste paren",
    "Each cell shows the real and the synthetic count; its colour is the standardised difference (red: too many synthetic rows, blue: too few; beyond ±2 is more than chance would give).":
      "Elke cel toont het echte en het synthetische aantal; de kleur is het gestandaardiseerde verschil (rood: te veel synthetische rijen, blauw: te weinig; voorbij ±2 is meer dan toeval zou geven).",
    "{} × {}: S_pMSE {}; every group has fewer than {} real rows, so the table is not shown.":
      "{0} × {1}: S_pMSE {2}; elke groep heeft minder dan {3} echte rijen, dus de tabel is niet getoond.",
    "Correlations and associations":
      "Correlaties en samenhang",
    "Pearson's r between numbers, Cramér's V between categorical columns and the correlation ratio (eta) between a categorical and a numeric column; all in one matrix per data set, and the difference synthetic minus real. Pairs of columns with missing values use the rows where both have a value.":
      "Pearsons r tussen getallen, Cramérs V tussen categorische kolommen en de correlatieverhouding (eta) tussen een categorische en een numerieke kolom; alles in één matrix per dataset, en het verschil synthetisch min echt. Paren met ontbrekende waarden gebruiken de rijen waar beide een waarde hebben.",
    "Real data":
      "Echte data",
    "Synthetic data":
      "Synthetische data",
    "Difference, synthetic – real":
      "Verschil, synthetisch – echt",
    "Spearman's rank correlation between the numeric columns: it sees any monotone relation, not only straight lines.":
      "Spearmans rangcorrelatie tussen de numerieke kolommen: die ziet elk monotoon verband, niet alleen rechte lijnen.",
    "Spearman, real":
      "Spearman, echt",
    "Spearman, synthetic – real":
      "Spearman, synthetisch – echt",
    " (largest {} × {} of {} × {} groups)":
      " (grootste {0} × {1} van {2} × {3} groepen)",
    "; groups with fewer than {} real rows are not shown":
      "; groepen met minder dan {0} echte rijen zijn niet getoond",
    // Report/ReportBuilder+Privacy.swift
    "Synthetic rows are made up, but a synthetic row can still sit very close to a real person, or repeat what only one person has. These measures look for that. No measure proves that data are anonymous; they show where to look.":
      "Synthetische rijen zijn verzonnen, maar een synthetische rij kan toch heel dicht bij een echt persoon liggen, of herhalen wat maar één persoon heeft. Deze maten zoeken daarnaar. Geen maat bewijst dat data anoniem zijn; ze laten zien waar je moet kijken.",
    "Identity disclosure":
      "Identiteitsonthulling",
    "all columns":
      "alle kolommen",
    "synthpop's disclosure measures with the key {}. A record is unique when no other record shares its key. repU counts real records that are unique and appear exactly once in the synthetic data: a synthetic copy of a unique person.":
      "De onthullingsmaten van synthpop met de sleutel {0}. Een record is uniek als geen ander record dezelfde sleutel heeft. repU telt echte records die uniek zijn en precies één keer in de synthetische data voorkomen: een synthetische kopie van een uniek persoon.",
    "A synthetic row that matches a real person on all but one or two columns singles them out almost as well as an identical row. The last four rows of the table count such near-copies on {} key sets: {}. A real record is a replicated unique when, on one of these key sets, no other real record shares its values and exactly one synthetic row does.":
      "Een synthetische rij die op één of twee kolommen na gelijk is aan een echt persoon, wijst die bijna net zo goed aan als een identieke rij. De laatste vier rijen van de tabel tellen zulke bijna-kopieën op {0} sleutelsets: {1}. Een echt record is een gerepliceerd uniek record als op een van die sleutelsets geen ander echt record dezelfde waarden heeft en precies één synthetische rij wel.",
    "Measure":
      "Maat",
    "Value":
      "Waarde",
    "Meaning":
      "Betekenis",
    "Identical rows":
      "Identieke rijen",
    "synthetic rows equal to some real row":
      "synthetische rijen gelijk aan een echte rij",
    "Identical rows, two real halves":
      "Identieke rijen, twee echte helften",
    "the same between two random halves of the real data":
      "hetzelfde tussen twee willekeurige helften van de echte data",
    "real records unique on the key":
      "echte records uniek op de sleutel",
    "synthetic records unique on the key":
      "synthetische records uniek op de sleutel",
    "real uniques whose key occurs in the synthetic data":
      "echte unieke records waarvan de sleutel in de synthetische data voorkomt",
    "real uniques that are also unique in the synthetic data":
      "echte unieke records die ook in de synthetische data uniek zijn",
    "Attribute disclosure":
      "Attribuutonthulling",
    "all other columns":
      "alle andere kolommen",
    "Someone who knows a person's {} looks them up in the synthetic data to learn their {}. DiSCO is the share of real records for which the synthetic rows with that key all give one value of {}, and it is the true one. Dorig is the same within the real data itself: what an attacker with the real data would learn.":
      "Iemand die van een persoon {0} kent, zoekt die op in de synthetische data om {1} te weten te komen. DiSCO is het aandeel echte records waarvoor de synthetische rijen met die sleutel allemaal één waarde van {2} geven, en die klopt. Dorig is hetzelfde binnen de echte data zelf: wat iemand met de echte data zou leren.",
    "real records whose key determines the target in the real data":
      "echte records waarvan de sleutel het doel in de echte data vastlegt",
    "the same for synthetic records in the synthetic data":
      "hetzelfde voor synthetische records in de synthetische data",
    "real records whose key occurs in the synthetic data":
      "echte records waarvan de sleutel in de synthetische data voorkomt",
    "… and there determines one target value":
      "… en daar één doelwaarde vastlegt",
    "… and that value is correct":
      "… en die waarde klopt",
    "… and the key also determines it in the real data":
      "… en de sleutel legt die ook in de echte data vast",
    "chance of guessing right from the target's shares alone":
      "kans op goed raden alleen uit de aandelen van het doel",
    "chance of guessing right with the real data":
      "kans op goed raden met de echte data",
    "the same within the synthetic data":
      "hetzelfde binnen de synthetische data",
    "chance of guessing a real record right with the synthetic data":
      "kans op goed raden van een echt record met de synthetische data",
    "the same among real records whose key occurs in the synthetic data":
      "hetzelfde onder echte records waarvan de sleutel in de synthetische data voorkomt",
    "Distance to closest record":
      "Afstand tot het dichtstbijzijnde record",
    "The Gower distance between two rows is the mean over columns of the difference: for numbers the absolute difference divided by the real range (at most 1), for categories 0 when equal and 1 otherwise; missing matches missing. {} synthetic rows and {} real rows were drawn (seed {}) and each was compared with all {} real rows, exactly: the real rows with every other real row, as a baseline for how close people are to each other anyway.":
      "De Gower-afstand tussen twee rijen is het gemiddelde verschil over de kolommen: bij getallen het absolute verschil gedeeld door het echte bereik (hoogstens 1), bij categorieën 0 als ze gelijk zijn en anders 1; ontbrekend is gelijk aan ontbrekend. Er zijn {0} synthetische en {1} echte rijen getrokken (seed {2}) en elk is exact vergeleken met alle {3} echte rijen: de echte rijen met elke andere echte rij, als maatstaf voor hoe dicht mensen sowieso bij elkaar liggen.",
    "Exact matches":
      "Exacte kopieën",
    "Synthetic to real":
      "Synthetisch naar echt",
    "Real to other real":
      "Echt naar ander echt",
    "Holdout test":
      "Holdout-toets",
    "The synthesiser saw only a random half of the real rows (training); the other half was held back. Synthetic data that learned patterns, not people, sit as close to the held-back half as to the training half (DUO's privacy evaluation): the share closer to training should be near 50%. A copied outlier is a real training row far from every other real row (beyond the 95th percentile) with a synthetic row within Gower distance 0.005.":
      "De synthesizer zag maar een willekeurige helft van de echte rijen (training); de andere helft is achtergehouden. Synthetische data die patronen leerden en geen personen, liggen even dicht bij de achtergehouden helft als bij de trainingshelft (de privacy-evaluatie van DUO): het aandeel dichter bij training hoort bij 50% te liggen. Een gekopieerde uitschieter is een echte trainingsrij ver van elke andere echte rij (voorbij het 95e percentiel) met een synthetische rij binnen Gower-afstand 0,005.",
    "Closer to training":
      "Dichter bij training",
    " closer / farther / tied)":
      " dichter / verder / gelijk)",
    "Mean distance":
      "Gemiddelde afstand",
    "training ":
      "training ",
    "Copied outliers":
      "Gekopieerde uitschieters",
    " of {} outliers among {} sampled training rows":
      " van {0} uitschieters onder {1} getrokken trainingsrijen",
    "Disclosure risk":
      "Onthullingsrisico",
    "all key columns":
      "alle sleutelkolommen",
    ", and every set of all of them but one":
      ", en elke set van alle op één na",
    ", and every set of all of them but up to {}":
      ", en elke set van alle op ten hoogste {0} na",
    "all but one column":
      "alle kolommen op één na",
    "all but {} columns":
      "alle kolommen op {0} na",
    "Near-copies":
      "Bijna-kopieën",
    "synthetic rows equal to some real row on {} or more":
      "synthetische rijen gelijk aan een echte rij op {0} of meer",
    "Near-copies, against one real half":
      "Bijna-kopieën, tegen één echte helft",
    "the same against a random half of the real data":
      "hetzelfde tegen een willekeurige helft van de echte data",
    "Near-copies, two real halves":
      "Bijna-kopieën, twee echte helften",
    "real rows of the other half that match that half":
      "echte rijen uit de andere helft die met die helft overeenkomen",
    "repU, {}":
      "repU, {0}",
    "real records unique on a key set that appear exactly once in the synthetic data on it":
      "echte records uniek op een sleutelset die daarop precies één keer in de synthetische data voorkomen",
    "The synthetic data were made with sequential CART, as in R's synthpop. Columns are synthesised one after another. The first is drawn from its real values. For each next column a decision tree is fitted on the real data, with the columns before it as predictors; every synthetic row falls into a leaf of that tree by its synthetic values so far, and takes the value of a randomly chosen real row (a donor) in that leaf. Missing values are modelled as values of their own, so they keep their real rates and relations.":
      "De synthetische data zijn gemaakt met sequentiële CART, zoals in synthpop voor R. Kolommen worden een voor een gesynthetiseerd. De eerste wordt getrokken uit haar echte waarden. Voor elke volgende kolom wordt een beslisboom op de echte data geschat, met de eerdere kolommen als voorspellers; elke synthetische rij valt met haar synthetische waarden tot dan toe in een blad van die boom, en neemt de waarde over van een willekeurige echte rij (een donor) in dat blad. Ontbrekende waarden worden als eigen waarden gemodelleerd, zodat ze hun echte aandelen en verbanden houden.",
    "The synthetic data were made with a Gaussian copula. Each column is turned into normal scores through its own distribution: numbers by their rank, categories by an interval of [0, 1] as wide as their share, missing values by a separate observed-or-missing dimension. The correlations of these scores are estimated, new scores are drawn from a multivariate normal distribution with those correlations, and each is turned back into a value through the column's own distribution. Every column keeps its distribution almost exactly; one copula keeps monotone relations, but weakens relations that go up and then down, or that depend on a third column.":
      "De synthetische data zijn gemaakt met een Gaussische copula. Elke kolom wordt via haar eigen verdeling omgezet in normale scores: getallen via hun rang, categorieën via een interval van [0, 1] zo breed als hun aandeel, ontbrekende waarden via een aparte dimensie waargenomen-of-ontbrekend. De correlaties van deze scores worden geschat, nieuwe scores worden getrokken uit een meerdimensionale normale verdeling met die correlaties, en elke score wordt via de eigen verdeling van de kolom teruggezet in een waarde. Elke kolom houdt haar verdeling vrijwel precies; één copula houdt monotone verbanden, maar verzwakt verbanden die eerst stijgen en dan dalen, of die van een derde kolom afhangen.",
    "The copula was fitted separately in {} strata: groups of at least {} real rows that share their values of {}. A shallow tree chose these columns, each time the one whose categories tell most about the other columns. Within a stratum every column has the distribution it has among the stratum's rows, so relations with these columns are kept whatever their shape, and the copula keeps the rest. Synthetic rows are shared over the strata in proportion to their real rows.":
      "De copula is apart geschat in {0} strata: groepen van ten minste {1} echte rijen met dezelfde waarden van {2}. Een ondiepe boom koos deze kolommen, steeds de kolom waarvan de categorieën het meest zeggen over de andere kolommen. Binnen een stratum heeft elke kolom de verdeling die ze onder de rijen van dat stratum heeft, zodat verbanden met deze kolommen behouden blijven, welke vorm ze ook hebben, en de copula houdt de rest. Synthetische rijen worden over de strata verdeeld naar hun aantal echte rijen.",
    "This report compares two files: it does not know how the synthetic data were made. The measures apply to any method.":
      "Dit rapport vergelijkt twee bestanden: het weet niet hoe de synthetische data zijn gemaakt. De maten gelden voor elke methode.",
    "Limits":
      "Beperkingen",
    "Synthetic data are not anonymous by definition. Donor values are real values: a rare value or combination can reappear. Check the disclosure section, and leave out or coarsen columns that identify people before sharing.":
      "Synthetische data zijn niet vanzelf anoniem. Donorwaarden zijn echte waarden: een zeldzame waarde of combinatie kan terugkomen. Bekijk de sectie over onthulling en laat kolommen die mensen herkenbaar maken weg of maak ze grover voordat u deelt.",
    "Good utility on these measures does not promise that every analysis gives the real answer: relations among three or more columns, small subgroups and extreme values are kept less well than the marginal distributions and pairs checked here.":
      "Goede bruikbaarheid op deze maten belooft niet dat elke analyse het echte antwoord geeft: verbanden tussen drie of meer kolommen, kleine subgroepen en extreme waarden blijven minder goed bewaard dan de verdelingen en paren die hier getoetst zijn.",
    "S_pMSE depends on how numbers are grouped (here in {} quantile groups) and has a random spread: with many columns, a few values above 3 are expected by chance.":
      "S_pMSE hangt af van hoe getallen gegroepeerd worden (hier in {0} kwantielgroepen) en heeft toevallige spreiding: bij veel kolommen zijn een paar waarden boven 3 door toeval te verwachten.",
    "Distances are computed exactly, but on a sample of rows; repeated with another seed they change a little.":
      "Afstanden worden exact berekend, maar op een steekproef van rijen; met een andere seed veranderen ze iets.",
    "Everything was computed on this computer; no data left it.":
      "Alles is op deze computer berekend; er zijn geen data verstuurd.",
    "How the method works and its limits":
      "Hoe de methode werkt en haar beperkingen",
    "Standardised propensity mean squared error: how well real and synthetic rows can be told apart, divided by what chance gives. About 1 is ideal; below 3 good, below 10 acceptable.":
      "Gestandaardiseerde gemiddelde gekwadrateerde fout van de propensityscores: hoe goed echte en synthetische rijen te onderscheiden zijn, gedeeld door wat toeval geeft. Ongeveer 1 is ideaal; onder 3 goed, onder 10 acceptabel.",
    "Mean squared difference between each row's predicted probability of being synthetic and the share of synthetic rows.":
      "Gemiddeld gekwadrateerd verschil tussen de voorspelde kans dat een rij synthetisch is en het aandeel synthetische rijen.",
    "Kolmogorov–Smirnov statistic: the largest vertical gap between two cumulative distributions.":
      "Kolmogorov–Smirnov-statistiek: het grootste verticale verschil tussen twee cumulatieve verdelingen.",
    "Total variation distance: half the sum of the absolute differences between two sets of shares.":
      "Totale-variatieafstand: de helft van de som van de absolute verschillen tussen twee reeksen aandelen.",
    "Strength of association between two categorical columns, from 0 (none) to 1.":
      "Sterkte van de samenhang tussen twee categorische kolommen, van 0 (geen) tot 1.",
    "Correlation ratio (eta)":
      "Correlatieverhouding (eta)",
    "Correlation ratio: how much of a number's variance the categories of another column explain (square root), 0 to 1.":
      "Correlatieverhouding: hoeveel van de variantie van een getal de categorieën van een andere kolom verklaren (wortel), 0 tot 1.",
    "Area under the ROC curve: the chance that a model ranks a random positive case above a random negative one; 0.5 is guessing.":
      "Oppervlakte onder de ROC-curve: de kans dat een model een willekeurig positief geval boven een negatief plaatst; 0,5 is gokken.",
    "Root mean squared error of predictions.":
      "Wortel van de gemiddelde gekwadrateerde voorspelfout.",
    "Replicated uniques: real records unique on the key that are also unique in the synthetic data, as a percentage of real records.":
      "Gerepliceerde unieke records: echte records die uniek zijn op de sleutel en ook uniek in de synthetische data, als percentage van de echte records.",
    "Disclosive in synthetic, correct in original: real records whose key leads to one, correct, value of the target in the synthetic data.":
      "Onthullend in de synthetische data, juist in het origineel: echte records waarvan de sleutel in de synthetische data naar één, juiste, waarde van het doel leidt.",
    "A distance for mixed data: the mean of per-column differences scaled to 0…1.":
      "Een afstand voor gemengde data: het gemiddelde van de verschillen per kolom, geschaald naar 0…1.",
    "Distance to closest record: a row's Gower distance to the nearest real row.":
      "Afstand tot het dichtstbijzijnde record: de Gower-afstand van een rij tot de dichtstbijzijnde echte rij.",
    "Classification and regression trees: models that split the data by one column at a time.":
      "Classificatie- en regressiebomen: modellen die de data telkens op één kolom splitsen.",
    "Seed":
      "Seed",
    "The number that starts the random generator: the same data, settings and seed give the same synthetic data and report.":
      "Het getal waarmee de toevalsgenerator start: dezelfde data, instellingen en seed geven dezelfde synthetische data en hetzelfde rapport.",
    "Glossary":
      "Woordenlijst",
    // Report/ReportBuilder+Publication.swift
    "This is the publication version of the report. It names no category with fewer than {} real rows (such categories are pooled as rare), shows no real minimum or maximum (the 5th and 95th percentiles instead, and only where at least {} values lie beyond them), prints no table cell with fewer than {} real rows (shown as <{}) and merges chart bars until each holds at least {} real rows. The measures themselves are computed on all rows.":
      "Dit is de publicatieversie van het rapport. Er wordt geen categorie met minder dan {0} echte rijen genoemd (zulke categorieën zijn samengevoegd als zeldzaam), geen echt minimum of maximum getoond (in plaats daarvan het 5e en 95e percentiel, en alleen waar ten minste {1} waarden voorbij liggen), geen tabelcel met minder dan {2} echte rijen afgedrukt (getoond als <{3}) en staafjes van grafieken zijn samengevoegd tot elk ten minste {4} echte rijen bevat. De maten zelf zijn op alle rijen berekend.",
    "This is the analyst version of the report: it contains real values, including rare categories, real minimum and maximum values and small table cells. It is not for publication; share the publication version instead.":
      "Dit is de analistenversie van het rapport: ze bevat echte waarden, ook zeldzame categorieën, echte minimum- en maximumwaarden en kleine tabelcellen. Ze is niet voor publicatie; deel in plaats daarvan de publicatieversie.",
    "Report version":
      "Versie van het rapport",
    "publication (nothing of fewer than {} real rows)":
      "publicatie (niets van minder dan {0} echte rijen)",
    "analyst (with real values)":
      "analist (met echte waarden)",
    "Contains real values; not for publication":
      "Bevat echte waarden; niet voor publicatie",
    "{} rare (n < {})":
      "{0} zeldzaam (n < {1})",
    "1 rare category (n < {})":
      "1 zeldzame categorie (n < {0})",
    "{} rare categories (n < {} each)":
      "{0} zeldzame categorieën (elk n < {1})",
    "Real categories the synthetic data lack: ":
      "Echte categorieën die in de synthetische data ontbreken: ",
    " and ":
      " en ",
    "all values":
      "alle waarden",
    // Report/ReportBuilder+Utility.swift
    "Real and synthetic rows are stacked and a model tries to tell them apart (synthpop's utility.gen). The propensity mean squared error (pMSE) is the mean squared distance of the predicted probabilities from the share of synthetic rows; it is 0 when the model cannot tell them apart. S_pMSE divides it by its expected value for data from the same distribution: about 1 is ideal, below 3 good, below 10 acceptable.":
      "Echte en synthetische rijen worden gestapeld en een model probeert ze te onderscheiden (utility.gen van synthpop). De pMSE (de gemiddelde gekwadrateerde fout van de propensityscores) is de gemiddelde gekwadrateerde afstand van de voorspelde kansen tot het aandeel synthetische rijen; die is 0 als het model ze niet kan onderscheiden. S_pMSE deelt haar door de verwachte waarde bij data uit dezelfde verdeling: ongeveer 1 is ideaal, onder 3 goed, onder 10 acceptabel.",
    "logistic, main effects":
      "logistisch, hoofdeffecten",
    "CART, {} permutations":
      "CART, {0} permutaties",
    "Model":
      "Model",
    "Expected pMSE":
      "Verwachte pMSE",
    "Parameters":
      "Parameters",
    "Main effects: S_pMSE {}. A logistic model on main effects sees differences in single columns, not in how columns go together; the pairs section covers those.":
      "Hoofdeffecten: S_pMSE {0}. Een logistisch model op hoofdeffecten ziet verschillen in losse kolommen, niet in hoe kolommen samenhangen; de sectie over paren dekt die.",
    "CART: S_pMSE {} against {} label permutations; a tree can see interactions.":
      "CART: S_pMSE {0} tegen {1} permutaties van de labels; een boom ziet ook interacties.",
    "The logistic model did not converge in {} iterations; read its numbers with care.":
      "Het logistische model convergeerde niet in {0} iteraties; lees de getallen met voorzichtigheid.",
    "Rare categories pooled to keep the model under {} parameters: ":
      "Zeldzame categorieën samengevoegd om het model onder {0} parameters te houden: ",
    "Not in the model: ":
      "Niet in het model: ",
    "Overall utility":
      "Algemene bruikbaarheid",
    "Specific utility":
      "Specifieke bruikbaarheid",
    "No target column could be chosen, so no model was compared. Choose one with --target.":
      "Er kon geen doelkolom gekozen worden, dus er is geen model vergeleken. Kies er een met --target.",
    "the {} real rows the synthesiser never saw":
      "de {0} echte rijen die de synthesizer nooit zag",
    "a random {} real rows (30%); the synthetic data were made from all real rows, including these, so this comparison is optimistic — use the holdout option for a strict test":
      "willekeurige {0} echte rijen (30%); de synthetische data zijn van alle echte rijen gemaakt, ook deze, dus deze vergelijking is optimistisch — gebruik de holdout-optie voor een strenge toets",
    "Can the synthetic data answer a real question? A decision tree predicts {} from the other columns. One tree is trained on the synthetic data, one on {} real rows; both are tested on {}.":
      "Kunnen de synthetische data een echte vraag beantwoorden? Een beslisboom voorspelt {0} uit de andere kolommen. Eén boom wordt getraind op de synthetische data, één op {1} echte rijen; beide worden getest op {2}.",
    "Trained on":
      "Getraind op",
    "Accuracy":
      "Nauwkeurigheid",
    "Always the most frequent class":
      "Altijd de meest voorkomende klasse",
    "Always the training mean":
      "Altijd het trainingsgemiddelde",
    "Linear regression":
      "Lineaire regressie",
    "The linear regression of {} on the other columns, fitted on the real and on the synthetic data, as synthpop's compare.fit: the overlap of the 95% confidence intervals is 1 for identical intervals and 0 or less when they do not overlap. Mean overlap: {}.":
      "De lineaire regressie van {0} op de andere kolommen, geschat op de echte en op de synthetische data, zoals compare.fit van synthpop: de overlap van de 95%-betrouwbaarheidsintervallen is 1 bij gelijke intervallen en 0 of minder als ze niet overlappen. Gemiddelde overlap: {1}.",
    "Term":
      "Term",
    "SE":
      "SE",
    "Std. difference":
      "Gest. verschil",
    "CI overlap":
      "BI-overlap",
    "{} terms of categories with fewer than {} real rows are not shown; the mean overlap counts them.":
      "{0} termen van categorieën met minder dan {1} echte rijen zijn niet getoond; de gemiddelde overlap telt ze mee.",
    // Report/ReportBuilder.swift
    "… and {} more columns; the JSON output has every column.":
      "… en nog {0} kolommen; de JSON-uitvoer bevat elke kolom.",
    "Synthetic data evaluation report":
      "Evaluatierapport synthetische data",
    "compared with":
      "vergeleken met",
    "page":
      "pagina",
    "of":
      "van",
    "Contents":
      "Inhoud",
    "real":
      "echt",
    "synthetic":
      "synthetisch",
    "Good":
      "Goed",
    "Acceptable":
      "Acceptabel",
    "Poor":
      "Zwak",
    "Attention":
      "Let op",
    "Note":
      "Opmerking",
    "Too few rows to judge":
      "Te weinig rijen om te beoordelen",
    "This report compares {} synthetic rows with the {} real rows they were made from: each column, each pair of columns, the table as a whole, and how close synthetic records sit to real people. Utility is measured with synthpop's standardised propensity mean squared error (S_pMSE): about 1 means the synthetic data are as alike to the real data as a random half of the real data would be; below 3 is good and below 10 acceptable.":
      "Dit rapport vergelijkt {0} synthetische rijen met de {1} echte rijen waaruit ze zijn gemaakt: per kolom, per paar kolommen, de tabel als geheel, en hoe dicht synthetische records bij echte personen liggen. Het nut wordt gemeten met de gestandaardiseerde gemiddelde gekwadrateerde fout van de propensityscores van synthpop (S_pMSE): ongeveer 1 betekent dat de synthetische data zo op de echte lijken als een willekeurige helft van de echte data; onder 3 is goed en onder 10 acceptabel.",
    "Utility":
      "Bruikbaarheid",
    "Privacy":
      "Privacy",
    "Summary":
      "Samenvatting",
    "Pairs of columns: the median S_pMSE over {} pairs is {} and 90% of pairs are below {}; the worst pair is {} × {} with {}.":
      "Paren van kolommen: de mediaan van S_pMSE over {0} paren is {1} en 90% van de paren ligt onder {2}; het slechtste paar is {3} × {4} met {5}.",
    "A pair this far off is no chance result: the relation between these two columns is not kept, however well the others are.":
      "Een paar dat zo ver afwijkt is geen toeval: het verband tussen deze twee kolommen blijft niet behouden, hoe goed de andere ook zijn.",
    "Single columns: every column holds the real values or was drawn straight from them, so its distribution is kept by construction and KS, TVD and one-way S_pMSE are close to ideal whatever the rows are like. They are no verdict on the method; the pairs, the tree-based model and the distances below are.":
      "Losse kolommen: elke kolom bevat de echte waarden of is er rechtstreeks uit getrokken, dus haar verdeling blijft per constructie behouden en KS, TVD en eendimensionale S_pMSE zijn vrijwel ideaal, hoe de rijen ook zijn. Ze zijn geen oordeel over de methode; de paren, het boommodel en de afstanden hieronder wel.",
    "Single columns: {} of {} have an S_pMSE below 3; the highest is {} with {}.":
      "Losse kolommen: {0} van {1} hebben een S_pMSE onder 3; de hoogste is {2} met {3}.",
    "Not counted, as the method keeps their distribution by construction: {}.":
      "Niet meegeteld, omdat de methode hun verdeling per constructie behoudt: {0}.",
    "Whole table: a logistic model on all columns tells real from synthetic rows with S_pMSE {} ({} parameters).":
      "Hele tabel: een logistisch model op alle kolommen onderscheidt echte van synthetische rijen met S_pMSE {0} ({1} parameters).",
    "On main effects it sees each column's own distribution only, which the method keeps by construction for {} of {} columns: no verdict.":
      "Op hoofdeffecten ziet het alleen de verdeling van elke kolom, die de methode voor {0} van {1} kolommen per constructie behoudt: geen oordeel.",
    "1 leaf":
      "1 blad",
    "{} leaves":
      "{0} bladeren",
    "Whole table, with interactions: a classification tree tells real from synthetic rows with S_pMSE {} ({}, against {} permutations of the labels).":
      "Hele tabel, met interacties: een beslisboom onderscheidt echte van synthetische rijen met S_pMSE {0} ({1}, tegen {2} permutaties van de labels).",
    "The tree found no split that tells them apart.":
      "De boom vond geen splitsing die ze onderscheidt.",
    "Prediction: a tree trained on the synthetic data predicts {} in held-out real rows with accuracy {}, against {} for the same tree trained on real rows (good within 2 points, acceptable within 5).":
      "Voorspelling: een boom getraind op de synthetische data voorspelt {0} in achtergehouden echte rijen met nauwkeurigheid {1}, tegen {2} voor dezelfde boom getraind op echte rijen (goed binnen 2 punten, acceptabel binnen 5).",
    "Prediction: a tree trained on the synthetic data predicts {} in held-out real rows with RMSE {}, against {} for the same tree trained on real rows (good within 5%, acceptable within 15%).":
      "Voorspelling: een boom getraind op de synthetische data voorspelt {0} in achtergehouden echte rijen met RMSE {1}, tegen {2} voor dezelfde boom getraind op echte rijen (goed binnen 5%, acceptabel binnen 15%).",
    "Rows this close to real people may reveal them. Larger leaves (minbucket 20 or more) or a bootstrap sample per tree (proper) draw rows further from any one person; coarsening or leaving out columns that make people unique helps too.":
      "Rijen die zo dicht bij echte personen liggen, kunnen hen onthullen. Grotere bladeren (minbucket 20 of meer) of een bootstrapsteekproef per boom (proper) trekken rijen verder van elk afzonderlijk persoon; kolommen die mensen uniek maken grover maken of weglaten helpt ook.",
    "Rows this close to real people may reveal them. Coarsening or leaving out columns that make people unique, or fitting the copula without strata, draws rows further from any one person.":
      "Rijen die zo dicht bij echte personen liggen, kunnen hen onthullen. Kolommen die mensen uniek maken grover maken of weglaten, of de copula zonder strata schatten, trekt rijen verder van elk afzonderlijk persoon.",
    "Rows this close to real people may reveal them: make the synthesis less detailed (for CART larger leaves or a bootstrap sample per tree), or coarsen or leave out columns that make people unique.":
      "Rijen die zo dicht bij echte personen liggen, kunnen hen onthullen: maak de synthese minder gedetailleerd (voor CART grotere bladeren of een bootstrapsteekproef per boom), of maak kolommen die mensen uniek maken grover of laat ze weg.",
    "all of ":
      "alle van ",
    " or on all but one":
      " of op alle op één na",
    " or on all but at most {}":
      " of op alle op ten hoogste {0} na",
    "Identical rows: {} of synthetic rows equal a real row on every column; between two random halves of the real data the share is {}.":
      "Identieke rijen: {0} van de synthetische rijen is op elke kolom gelijk aan een echte rij; tussen twee willekeurige helften van de echte data is dat {1}.",
    "Near-copies: {} of synthetic rows equal a real row on {}; against one random half of the real data the share is {}, and a real row from the other half matches it in {} of cases.":
      "Bijna-kopieën: {0} van de synthetische rijen is gelijk aan een echte rij op {1}; tegen één willekeurige helft van de echte data is dat {2}, en een echte rij uit de andere helft komt er in {3} van de gevallen mee overeen.",
    "Replicated uniques (repU): {} of real records ({}) are unique on {} and appear exactly once in the synthetic data":
      "Gerepliceerde unieke records (repU): {0} van de echte records ({1}) is uniek op {2} en komt precies één keer voor in de synthetische data",
    "; on {} {} ({})":
      "; op {0} {1} ({2})",
    ". 0 is the target.":
      ". Het doel is 0.",
    "Distance to closest record: {} of {} sampled synthetic rows sit closer to a real row than 95% of real rows sit to another real row (about 5% expected); {} are exact matches, against {} among real rows.":
      "Afstand tot het dichtstbijzijnde record: {0} van {1} getrokken synthetische rijen ligt dichter bij een echte rij dan 95% van de echte rijen bij een andere echte rij (ongeveer 5% verwacht); {2} zijn exacte kopieën, tegen {3} bij echte rijen.",
    "Holdout: {} of synthetic rows are closer to the training half than to the held-out half (ideal 50%); {} real outliers were copied.":
      "Holdout: {0} van de synthetische rijen ligt dichter bij de trainingshelft dan bij de achtergehouden helft (ideaal 50%); {1} echte uitschieters zijn gekopieerd.",
    "other columns":
      "hun overige kolommen",
    "Attribute disclosure (DiSCO): for {} of real records, someone who knows their {} finds one value of {} in the synthetic data, and it is the true one. There is no fixed threshold; compare with the share of real records whose value is determined in the real data (Dorig {}).":
      "Attribuutonthulling (DiSCO): bij {0} van de echte records vindt iemand die {1} kent één waarde van {2} in de synthetische data, en die klopt. Er is geen vaste grens; vergelijk met het aandeel echte records waarvan de waarde in de echte data vastligt (Dorig {3}).",
    "Rows":
      "Rijen",
    "Columns evaluated":
      "Geëvalueerde kolommen",
    "Held-out real rows":
      "Achtergehouden echte rijen",
    "(the synthesiser never saw them)":
      "(de synthesizer heeft ze nooit gezien)",
    "sequential CART (synthpop)":
      "sequentiële CART (synthpop)",
    "Gaussian copula":
      "Gaussische copula",
    "not known (evaluation of two files)":
      "onbekend (evaluatie van twee bestanden)",
    "Method":
      "Methode",
    "Evaluation":
      "Evaluatie",
    "{} quantile groups for numbers; seed {}; distances on {} sampled rows":
      "{0} kwantielgroepen voor getallen; seed {1}; afstanden op {2} getrokken rijen",
    "Software":
      "Software",
    "Run time":
      "Looptijd",
    "Missing, real":
      "Ontbrekend, echt",
    "Missing, synthetic":
      "Ontbrekend, synthetisch",
    "Distinct values":
      "Verschillende waarden",
    "Data and settings":
      "Data en instellingen",
    "'{}' is not evaluated: every value is missing":
      "'{0}' is niet geëvalueerd: elke waarde ontbreekt",
    "'{}' is not evaluated: it is left out of synthesis because its values look like {}, which identify people":
      "'{0}' is niet geëvalueerd: de kolom is niet gesynthetiseerd omdat de waarden op {1} lijken, die mensen herkenbaar maken",
    "'{}' is not evaluated: it is left out of synthesis ({})":
      "'{0}' is niet geëvalueerd: de kolom is niet gesynthetiseerd ({1})",
    "Not in the synthetic data, so not evaluated: ":
      "Niet in de synthetische data, dus niet geëvalueerd: ",
    "Only in the synthetic data, so not evaluated: ":
      "Alleen in de synthetische data, dus niet geëvalueerd: ",
    "Pairs of columns are measured among the first {} of {} columns":
      "Paren van kolommen zijn gemeten tussen de eerste {0} van {1} kolommen",
    "Copies of real people were looked for on all key columns but at most {} instead of {}: with this many columns more would take too long":
      "Kopieën van echte personen zijn gezocht op alle sleutelkolommen op ten hoogste {0} na in plaats van {1}: bij zoveel kolommen zou meer te lang duren",
    "Specific utility needs a categorical or numeric target column; none was found":
      "Specifieke bruikbaarheid heeft een categorische of numerieke doelkolom nodig; die is er niet",
    // Synthesis/SynthesisNote.swift
    "copy {}: ":
      "kopie {0}: ",
    "not in the visit order, so left out of the output: ":
      "niet in de volgorde, dus weggelaten uit de uitvoer: ",
    "'{}' cannot predict '{}' because it is not synthesised before it":
      "'{0}' kan '{1}' niet voorspellen omdat de kolom niet eerder wordt gesynthetiseerd",
    "left out {} of {} rows with a missing value":
      "{0} van {1} rijen met een ontbrekende waarde weggelaten",
    "filled in {} missing values (CART donors) before synthesis":
      "{0} ontbrekende waarden ingevuld (CART-donoren) vóór de synthese",
    "filled in {} missing values (median or most frequent value) before synthesis":
      "{0} ontbrekende waarden ingevuld (mediaan of meest voorkomende waarde) vóór de synthese",
    "copula fitted in {} strata of {} (at least {} real rows each)":
      "copula geschat in {0} strata van {1} (elk ten minste {2} echte rijen)",
    "over 99.9%":
      "meer dan 99,9%",
    "'{}' is drawn by a regression in which '{}' is {} determined by the other predictors: its coefficients are large and opposed, and synthetic rows without that exact relation can get extreme values; leave '{}' or a related column out of the predictors of '{}' (--predictors), or use cart":
      "'{0}' wordt getrokken met een regressie waarin '{1}' voor {2} vastligt door de andere voorspellers: de coëfficiënten zijn groot en tegengesteld, en synthetische rijen zonder precies die samenhang kunnen extreme waarden krijgen; laat '{3}' of een verwante kolom weg uit de voorspellers van '{4}' (--predictors), of gebruik cart",
    "synthesised separately in {} strata of {} (the smallest has {} real rows)":
      "apart gesynthetiseerd in {0} strata van {1} (de kleinste heeft {2} echte rijen)",
    "'{}': {} marginal (lowest BIC)":
      "'{0}': {1} marginale verdeling (laagste BIC)",
    " in {} of {} strata":
      " in {0} van {1} strata",
    "{} synthetic rows ({}) are copies of a real person: {}; --unique-copies replace changes them":
      "{0} synthetische rijen ({1}) zijn kopieën van een echt persoon: {2}; --unique-copies replace verandert ze",
    " ({} of them with any other synthetic row, as none from their own group would do)":
      " ({0} daarvan met een willekeurige andere synthetische rij, omdat geen rij uit hun eigen groep volstond)",
    "{} synthetic rows that copied a real person ({}) were changed: from some column on, their values were exchanged with {}{}, until they no longer matched":
      "{0} synthetische rijen die een echt persoon kopieerden ({1}), zijn veranderd: vanaf een kolom zijn hun waarden geruild met {2}{3}, tot ze niet meer overeenkwamen",
    "{} synthetic rows ({}) are still copies of a real person ({}): no exchange made them differ":
      "{0} synthetische rijen ({1}) zijn nog kopieën van een echt persoon ({2}): geen ruil maakte ze anders",
    "1 synthetic row ({}) is a copy of a real person: {}; --unique-copies replace changes it":
      "1 synthetische rij ({0}) is een kopie van een echt persoon: {1}; --unique-copies replace verandert hem",
    " (in the end with any other synthetic row, as none from its own group would do)":
      " (uiteindelijk met een willekeurige andere synthetische rij, omdat geen rij uit zijn eigen groep volstond)",
    "1 synthetic row that copied a real person ({}) was changed: from some column on, its values were exchanged with {}{}, until it no longer matched":
      "1 synthetische rij die een echt persoon kopieerde ({0}), is veranderd: vanaf een kolom zijn zijn waarden geruild met {1}{2}, tot hij niet meer overeenkwam",
    "1 synthetic row ({}) is still a copy of a real person ({}): no exchange made it differ":
      "1 synthetische rij ({0}) is nog een kopie van een echt persoon ({1}): geen ruil maakte hem anders",
    "1 column":
      "1 kolom",
    "{} columns":
      "{0} kolommen",
    "the copula wrote {} real values beyond the real 1st or 99th percentile exactly ({} distinct values, in {}: {}); an extreme value can point at one person, and --smooth-tails replaces them with values between their real neighbours":
      "de copula schreef {0} echte waarden voorbij het echte 1e of 99e percentiel exact over ({1} verschillende waarden, in {2}: {3}); een extreme waarde kan naar één persoon wijzen, en --smooth-tails vervangt ze door waarden tussen hun echte buren",
    "--smooth-tails replaced {} of {} synthetic values beyond the real 1st or 99th percentile that equalled a real value with values between their real neighbours":
      "--smooth-tails verving {0} van {1} synthetische waarden voorbij het echte 1e of 99e percentiel die gelijk waren aan een echte waarde door waarden tussen hun echte buren",
    "; {} stayed, as every value near them occurs in the real data ({})":
      "; {0} bleven staan, omdat elke waarde in de buurt in de echte data voorkomt ({1})",
    "copies of real people were looked for on all columns but at most {} instead of {}: with this many columns more would take too long":
      "kopieën van echte personen zijn gezocht op alle kolommen op ten hoogste {0} na in plaats van {1}: bij zoveel kolommen zou meer te lang duren",
    "held out {} of {} rows (--holdout); synthesised from the other {}":
      "{0} van {1} rijen achtergehouden (--holdout); gesynthetiseerd uit de andere {2}",
    "'{}' has {} categories; --method gc keeps every category's share exactly and costs the same for any number of categories, while CART leaves hold few rows per category":
      "'{0}' heeft {1} categorieën; --method gc houdt het aandeel van elke categorie precies en kost even veel bij elk aantal categorieën, terwijl CART-bladeren weinig rijen per categorie hebben",
    "{} rows x {} columns is large for CART; --method gc fits in one pass (its pairs are weaker where relations are not monotone)":
      "{0} rijen x {1} kolommen is groot voor CART; --method gc schat in één keer (paren zijn zwakker waar verbanden niet monotoon zijn)",
    "1 value at or beyond 8.99e307, the largest number Stata holds, was written as missing (.)":
      "1 waarde van 8,99e307 of meer, het grootste getal dat Stata kan bevatten, is als ontbrekend (.) geschreven",
    "{} values at or beyond 8.99e307, the largest number Stata holds, were written as missing (.)":
      "{0} waarden van 8,99e307 of meer, het grootste getal dat Stata kan bevatten, zijn als ontbrekend (.) geschreven",
    "the input is {}, but the synthetic data hold a character {} cannot write, so the CSV was written as UTF-8 with a byte-order mark (Excel reads it correctly)":
      "de invoer is {0}, maar de synthetische gegevens bevatten een teken dat {1} niet kan schrijven; daarom is de CSV geschreven als UTF-8 met een byte-order mark (Excel leest hem goed)",
    "1 text cell that starts with =, +, -, @, a tab or a carriage return was written with a leading ' so that spreadsheets do not run it as a formula (--formulas keep writes it unchanged)":
      "1 tekstcel die begint met =, +, -, @, een tab of een regelterugloop is geschreven met een ' ervoor, zodat spreadsheets hem niet als formule uitvoeren (--formulas keep schrijft hem ongewijzigd)",
    "{} text cells that start with =, +, -, @, a tab or a carriage return were written with a leading ' so that spreadsheets do not run them as formulas (--formulas keep writes them unchanged)":
      "{0} tekstcellen die beginnen met =, +, -, @, een tab of een regelterugloop zijn geschreven met een ' ervoor, zodat spreadsheets ze niet als formule uitvoeren (--formulas keep schrijft ze ongewijzigd)",
    "1 real row":
      "1 echte rij",
    "{} real rows":
      "{0} echte rijen",
    "the data have {}, fewer than {}: the report's utility and privacy measures are uncertain, and measures with too few rows get no verdict":
      "de data hebben {0}, minder dan {1}: de maten voor bruikbaarheid en privacy in het rapport zijn onzeker, en maten met te weinig rijen krijgen geen oordeel",
    "the reports are in publication mode: no category with fewer than {} real rows is named, no real minimum or maximum is shown and no table cell below {} is printed; --analyst-report writes the full report with real values":
      "de rapporten zijn in publicatiemodus: geen categorie met minder dan {0} echte rijen wordt genoemd, geen echt minimum of maximum getoond en geen tabelcel onder {1} afgedrukt; --analyst-report schrijft het volledige rapport met echte waarden",
    "equal to a real row that no other real row shares":
      "gelijk aan een echte rij die geen andere echte rij deelt",
    "equal, on all columns or on all but one, to a real row that no other real row shares on those columns":
      "gelijk, op alle kolommen of op alle op één na, aan een echte rij die geen andere echte rij op die kolommen deelt",
    "equal, on all columns or on all but at most {}, to a real row that no other real row shares on those columns":
      "gelijk, op alle kolommen of op alle op ten hoogste {0} na, aan een echte rij die geen andere echte rij op die kolommen deelt",
    "normal":
      "normale",
    "truncated normal":
      "afgeknot normale",
    "lognormal":
      "lognormale",
    "gamma":
      "gamma",
    "beta":
      "bèta",
    "uniform":
      "uniforme",
    "a synthetic row from the same tree leaf":
      "een synthetische rij uit hetzelfde blad van de boom",
    "a synthetic row drawn from the same tree leaf or a close prediction":
      "een synthetische rij uit hetzelfde blad van de boom of met een vergelijkbare voorspelling",
    "a synthetic row from the same stratum":
      "een synthetische rij uit hetzelfde stratum",
    "another synthetic row":
      "een andere synthetische rij",
    // Command/SynthesisSettings.swift: settings, their choices and the column models
    "Distributions":
      "Verdelingen",
    "Replace real extreme values (beyond the 1st and 99th percentile) with values between their real neighbours":
      "Echte extreme waarden (voorbij het 1e en 99e percentiel) vervangen door waarden tussen hun echte buren",
    "Strata":
      "Strata",
    "Synthetic rows":
      "Synthetische rijen",
    "Copies":
      "Kopieën",
    "Fit each model on a bootstrap sample (proper synthesis)":
      "Elk model op een bootstrapsteekproef schatten (proper)",
    "Smallest group of real rows a value is drawn from (minbucket)":
      "Kleinste groep echte rijen waaruit een waarde komt (minbucket)",
    "Smallest gain for a split, relative to the first (cp)":
      "Kleinste winst voor een splitsing, ten opzichte van de eerste (cp)",
    "Deepest tree level":
      "Maximale boomdiepte",
    "Order of columns":
      "Volgorde van kolommen",
    "Predictors":
      "Voorspellers",
    "Smoothing of numbers":
      "Gladstrijken van getallen",
    "Smoothing per column":
      "Gladstrijken per kolom",
    "Method per column":
      "Methode per kolom",
    "Most categories of a predictor in a regression":
      "Meeste categorieën van een voorspeller in een regressie",
    "Missing values":
      "Ontbrekende waarden",
    "Synthetic rows that copy a unique real person":
      "Synthetische rijen die een uniek echt persoon kopiëren",
    "Columns a row may differ in and still copy a person":
      "Kolommen waarin een rij mag verschillen en toch een persoon kopieert",
    "Keep half of the rows back to test privacy and prediction (holdout)":
      "De helft van de rijen achterhouden om privacy en voorspelling te toetsen (holdout)",
    "Cells a spreadsheet would run as formulas":
      "Cellen die een spreadsheet als formule zou uitvoeren",
    "sequential CART":
      "sequentiële CART",
    "each column's own values":
      "de eigen waarden van elke kolom",
    "best fitting formula (BIC)":
      "best passende formule (BIC)",
    "within strata of categories (automatic, copula)":
      "binnen strata van categorieën (automatisch, copula)",
    "none: one model for the whole table":
      "geen: één model voor de hele tabel",
    "as in the file":
      "zoals in het bestand",
    "fewest distinct values first":
      "minste verschillende waarden eerst",
    "automatic (near-continuous decimals)":
      "automatisch (bijna-continue decimalen)",
    "on, every number column":
      "aan, elke getalkolom",
    "synthesise them (keep how often and where they occur)":
      "synthetiseren (houden hoe vaak en waar ze voorkomen)",
    "leave out rows with missing values":
      "rijen met ontbrekende waarden weglaten",
    "fill in (median or most frequent value)":
      "invullen (mediaan of meest voorkomende waarde)",
    "fill in with a tree model":
      "invullen met een boommodel",
    "changed until they copy no one":
      "veranderd tot ze niemand kopiëren",
    "kept (as synthpop)":
      "behouden (zoals synthpop)",
    "neutralised with a leading '":
      "onschadelijk gemaakt met een ' ervoor",
    "written as they are":
      "geschreven zoals ze zijn",
    "tree":
      "boom",
    "own values":
      "eigen waarden",
    "linear regression":
      "lineaire regressie",
    "linear regression on ranks":
      "lineaire regressie op rangen",
    "linear regression on logarithms":
      "lineaire regressie op logaritmen",
    "logistic regression":
      "logistische regressie",
    "multinomial regression":
      "multinomiale regressie",
    // Command/SynthCommand.swift: how the file was read, in the report's settings
    "type {}":
      "type {0}",
    "missing-value codes {}":
      "codes voor ontbrekende waarden {0}",
    "real values, not missing: {}":
      "echte waarden, niet ontbrekend: {0}",
    "synthesised":
      "gesynthetiseerd",
    "left out":
      "weggelaten",
    "coarsened to the year":
      "vergroofd tot het jaar",
    "coarsened to the month":
      "vergroofd tot de maand",
    "coarsened to PC4":
      "vergroofd tot PC4",
    "categories with fewer than {} rows pooled":
      "categorieën met minder dan {0} rijen samengevoegd",
    "Column '{}'":
      "Kolom '{0}'",
    // Command/: --help, its frame (CommandLineInterface.swift)
    "Show this help.":
      "Toon deze hulp.",
    "synthetic data from a CSV file, on your own machine":
      "synthetische data uit een CSV-bestand, op uw eigen machine",
    "USAGE":
      "GEBRUIK",
    "COMMANDS":
      "OPDRACHTEN",
    "OVERVIEW":
      "OVERZICHT",
    "OPTIONS":
      "OPTIES",
    "(repeatable)":
      "(herhaalbaar)",
    "Run 'localsynth <command> --help' for a command's options.":
      "Met 'localsynth <opdracht> --help' ziet u de opties van een opdracht.",
    "Exit codes: 0 success, 1 bad input (message on standard error), 2 wrong usage.":
      "Afsluitcodes: 0 gelukt, 1 onjuiste invoer (melding op standaardfout), 2 verkeerd gebruik.",
    "Exit codes: 0 success, 1 bad input, 2 wrong usage.":
      "Afsluitcodes: 0 gelukt, 1 onjuiste invoer, 2 verkeerd gebruik.",
    "USAGE: localsynth <command> [options]":
      "GEBRUIK: localsynth <opdracht> [opties]",
    // Command/: --help, the commands' texts and their options' help (data, as settings' labels)
    "Print the schema as JSON instead of a table.":
      "Druk het schema af als JSON in plaats van als tabel.",
    "Also write the schema (JSON) to a file.":
      "Schrijf het schema (JSON) ook naar een bestand.",
    "Language of the report, the notes and the reasons (default: en).":
      "Taal van het rapport, de opmerkingen en de redenen (standaard: en).",
    "Set a column's type: integer, decimal, categorical, boolean, date, datetime or identifier.":
      "Kies het type van een kolom: integer, decimal, categorical, boolean, date, datetime of identifier.",
    "Extra missing-value codes for one column, e.g. age=-8,999.":
      "Extra codes voor ontbrekende waarden in één kolom, bijvoorbeeld leeftijd=-8,999.",
    "Extra missing-value codes for every column.":
      "Extra codes voor ontbrekende waarden in elke kolom.",
    "Read standard missing tokens (NA, None, -, ...) as real values in one column, e.g. language=NONE.":
      "Lees de gewone tekens voor ontbrekend (NA, None, -, ...) in één kolom als echte waarden, bijvoorbeeld taal=NONE.",
    "Keep less detail: a date as its year or year and month, a Dutch postcode as its four digits.":
      "Houd minder detail: een datum als jaar of jaar en maand, een postcode als de vier cijfers.",
    "Pool categories with fewer than K rows into 'other', in every categorical column or in one.":
      "Voeg categorieën met minder dan K rijen samen tot 'other', in elke categorische kolom of in één.",
    "Synthesise a column that would be left out (identifier, index).":
      "Synthetiseer een kolom die anders wordt weggelaten (identificatie, index).",
    "Leave a column out of synthesis.":
      "Laat een kolom weg uit de synthese.",
    "Field delimiter (default: detected).":
      "Scheidingsteken tussen velden (standaard: herkend).",
    "Decimal mark (default: detected; comma only when fields are not comma-separated).":
      "Decimaalteken (standaard: herkend; een komma alleen als de velden niet door komma's gescheiden zijn).",
    "utf-8, windows-1252, latin-1, utf-16le or utf-16be (default: detected).":
      "utf-8, windows-1252, latin-1, utf-16le of utf-16be (standaard: herkend).",
    "The sheet of an Excel workbook (.xlsx) to read (default: the first).":
      "Het werkblad van een Excel-werkmap (.xlsx) dat gelezen wordt (standaard: het eerste).",
    "Day/month order for dates like 01/03/2024 when the data cannot tell.":
      "Volgorde van dag en maand in datums als 01/03/2024, als de data het niet laten zien.",
    "Read columns of only 0 and 1 as boolean.":
      "Lees kolommen met alleen 0 en 1 als ja/nee.",
    "Categories and table cells with fewer real rows are rare: flagged, and never printed in a publication report (default: 5).":
      "Categorieën en tabelcellen met minder echte rijen zijn zeldzaam: ze worden gemeld en nooit afgedrukt in een rapport voor publicatie (standaard: 5).",
    "Read these options from a JSON settings file.":
      "Lees deze opties uit een JSON-instellingenbestand.",
    "Write the table as CSV (an Excel workbook for .xlsx, an SPSS file for .sav, a Stata file for .dta).":
      "Schrijf de tabel als CSV (een Excel-werkmap voor .xlsx, een SPSS-bestand voor .sav, een Stata-bestand voor .dta).",
    "Write the table as a JSON array of records (missing values as null).":
      "Schrijf de tabel als JSON-lijst van records (ontbrekende waarden als null).",
    "Write the schema (types, levels, ranges, missing codes) as JSON.":
      "Schrijf het schema (types, niveaus, bereiken, codes voor ontbrekend) als JSON.",
    "Write missing values as empty fields (default) or as their original code.":
      "Schrijf ontbrekende waarden als lege velden (standaard) of als hun oorspronkelijke code.",
    "Leave out columns excluded from synthesis (identifiers, index).":
      "Laat kolommen weg die buiten de synthese vallen (identificaties, index).",
    "CSV text cells starting with =, +, -, @, tab or carriage return: write them with a leading ' so spreadsheets do not run them as formulas (default), or as they are.":
      "Tekstcellen in CSV die beginnen met =, +, -, @, tab of regelterugloop: schrijf ze met een ' ervoor, zodat spreadsheets ze niet als formule uitvoeren (standaard), of zoals ze zijn.",
    "Write the synthetic table as CSV (an Excel workbook for .xlsx, an SPSS file for .sav, a Stata file for .dta); give -o again for more formats.":
      "Schrijf de synthetische tabel als CSV (een Excel-werkmap voor .xlsx, een SPSS-bestand voor .sav, een Stata-bestand voor .dta); geef -o nogmaals voor meer formaten.",
    "Write the settings and the synthetic rows as JSON.":
      "Schrijf de instellingen en de synthetische rijen als JSON.",
    "Write missing values as in the input (default) or as empty fields.":
      "Schrijf ontbrekende waarden zoals in de invoer (standaard) of als lege velden.",
    "Write the publication report as PDF (default: OUT-report.pdf beside the output).":
      "Schrijf het rapport voor publicatie als PDF (standaard: OUT-report.pdf naast de uitvoer).",
    "Write the publication report as HTML (default: OUT-report.html beside the output).":
      "Schrijf het rapport voor publicatie als HTML (standaard: OUT-report.html naast de uitvoer).",
    "Also write the full report with real values (rare categories, extremes, small cells), marked \"not for publication\" on every page.":
      "Schrijf ook het volledige rapport met echte waarden (zeldzame categorieën, uitersten, kleine cellen), op elke pagina gemarkeerd als \"niet voor publicatie\".",
    "Write every evaluation measure as JSON.":
      "Schrijf elke maat van de evaluatie als JSON.",
    "Do not evaluate the synthetic data or write a report.":
      "Evalueer de synthetische data niet en schrijf geen rapport.",
    "Write what the run did as JSON: rows, columns, left-out columns, every note (in --lang) and the settings.":
      "Schrijf als JSON wat de run deed: rijen, kolommen, weggelaten kolommen, elke opmerking (in --lang) en de instellingen.",
    "Synthesis method: cart (default, synthpop's sequential CART) or gc (Gaussian copula: exact marginals, any number of categories, fast).":
      "Synthesemethode: cart (standaard, de sequentiële CART van synthpop) of gc (Gaussische copula: exacte verdelingen per kolom, elk aantal categorieën, snel).",
    "Gaussian copula: each column's own distribution (default), or the best fitting of normal, truncated normal, lognormal, gamma, beta and uniform (BIC) for near-continuous columns.":
      "Gaussische copula: de eigen verdeling van elke kolom (standaard), of de best passende van normaal, afgeknot normaal, lognormaal, gamma, bèta en uniform (BIC) voor bijna-continue kolommen.",
    "Gaussian copula: replace the real values it would write beyond the real 1st or 99th percentile with values between their real neighbours (extreme values can point at one person).":
      "Gaussische copula: vervang de echte waarden die ze voorbij het echte 1e of 99e percentiel zou schrijven door waarden tussen hun echte buren (uitersten kunnen naar één persoon wijzen).",
    "Synthesise separately within strata. CART: every combination of the named categorical columns is a stratum (synthpop's syn.strata); none (default). Gaussian copula: strata chosen by a shallow tree (auto, default), only among the named columns, or none.":
      "Synthetiseer apart binnen strata. CART: elke combinatie van de genoemde categorische kolommen is een stratum (syn.strata van synthpop); none (standaard). Gaussische copula: strata gekozen door een ondiepe boom (auto, standaard), alleen uit de genoemde kolommen, of none.",
    "Synthetic rows per copy (default: as many as the input).":
      "Synthetische rijen per kopie (standaard: evenveel als de invoer).",
    "Number of synthetic copies, each fitted anew (default: 1); files get _1, _2, ... before the extension.":
      "Aantal synthetische kopieën, elk opnieuw geschat (standaard: 1); bestanden krijgen _1, _2, ... voor de extensie.",
    "Seed, 0 to 18446744073709551615 (default: 1): the same seed gives the same bytes on every machine.":
      "Seed, 0 tot en met 18446744073709551615 (standaard: 1): dezelfde seed geeft op elke machine dezelfde bytes.",
    "Fit each model on a bootstrap sample of the real rows (synthpop's proper = TRUE).":
      "Schat elk model op een bootstrapsteekproef van de echte rijen (proper = TRUE van synthpop).",
    "Fewest real rows in a leaf, the donors of a value (default: 5).":
      "Kleinste aantal echte rijen in een blad, de donoren van een waarde (standaard: 5).",
    "Split only when impurity falls by more than X times the root's (default: 1e-8).":
      "Splits alleen als de onzuiverheid met meer dan X keer die van de wortel daalt (standaard: 1e-8).",
    "Deepest tree level (default: 30).":
      "Diepste niveau van een boom (standaard: 30).",
    "Visit order: auto (default) visits the columns with the fewest distinct values first, so that they predict the many-valued ones; columns keeps the file's order; a list names the columns to synthesise, in order.":
      "Volgorde van kolommen: auto (standaard) neemt de kolommen met de minste verschillende waarden eerst, zodat die de kolommen met veel waarden voorspellen; columns houdt de volgorde van het bestand aan; een lijst noemt de kolommen om te synthetiseren, op volgorde.",
    "Only these earlier columns predict COLUMN (empty: drawn from its own distribution).":
      "Alleen deze eerdere kolommen voorspellen KOLOM (leeg: getrokken uit haar eigen verdeling).",
    "Smooth written numbers with a Gaussian kernel (auto: near-continuous decimal columns).":
      "Strijk geschreven getallen glad met een Gaussische kern (auto: bijna-continue kolommen met decimalen).",
    "Smoothing for one numeric column.":
      "Gladstrijken voor één numerieke kolom.",
    "How COLUMN is drawn given the earlier columns: cart (tree), sample (own values), norm (linear regression), normrank (linear regression on ranks), lognorm (linear regression on logarithms), logreg (logistic regression), polyreg (multinomial regression); cart is the default.":
      "Hoe KOLOM getrokken wordt gegeven de eerdere kolommen: cart (boom), sample (eigen waarden), norm (lineaire regressie), normrank (lineaire regressie op rangen), lognorm (lineaire regressie op logaritmen), logreg (logistische regressie), polyreg (multinomiale regressie); cart is de standaard.",
    "Most categories a categorical predictor may have in a regression model (norm, normrank, lognorm, logreg, polyreg; default: 60, synthpop's maxfaclevels).":
      "Meeste categorieën die een categorische voorspeller in een regressiemodel mag hebben (norm, normrank, lognorm, logreg, polyreg; standaard: 60, maxfaclevels van synthpop).",
    "Synthesise missingness (default), drop incomplete rows, fill with median/mode, or fill with CART donors.":
      "Synthetiseer het ontbreken (standaard), laat onvolledige rijen weg, vul aan met mediaan/modus, of vul aan met CART-donoren.",
    "Synthetic rows identical to a real row no other real row shares: exchange their later values with a row from the same tree leaf (default), or keep them.":
      "Synthetische rijen gelijk aan een echte rij die geen andere echte rij deelt: ruil hun latere waarden met een rij uit hetzelfde blad van de boom (standaard), of houd ze.",
    "Synthesise from a random half of the rows and test privacy and prediction on the other half.":
      "Synthetiseer uit een willekeurige helft van de rijen en toets privacy en voorspelling op de andere helft.",
    "Column for specific utility and attribute disclosure (default: the last categorical column).":
      "Kolom voor specifieke bruikbaarheid en attribuutonthulling (standaard: de laatste categorische kolom).",
    "Quasi-identifiers for repU and DiSCO (default: all columns for repU, all but the target for DiSCO).":
      "Quasi-identificaties voor repU en DiSCO (standaard: alle kolommen voor repU, alle behalve het doel voor DiSCO).",
    "Quantile groups for numbers in S_pMSE tables (default: 5; DUO uses 25).":
      "Kwantielgroepen voor getallen in S_pMSE-tabellen (standaard: 5; DUO gebruikt 25).",
    "Fit synthpop's CART propensity model with 50 permutations (by default it is fitted with 10 on tables up to 1,500,000 stacked cells).":
      "Schat het CART-propensitymodel van synthpop met 50 permutaties (standaard wordt het met 10 geschat op tabellen tot 1.500.000 gestapelde cellen).",
    "Do not fit the CART propensity model.":
      "Schat het CART-propensitymodel niet.",
    "Rows sampled per side for distances to the closest record (default: 1000).":
      "Getrokken rijen per kant voor de afstanden tot het dichtstbijzijnde record (standaard: 1000).",
    "A synthetic row equal to a real person on all columns but K still counts as a copy: the repair changes it and the report counts it (default: 1; 0: identical rows only; at most 3).":
      "Een synthetische rij die op alle kolommen op K na gelijk is aan een echt persoon, telt nog als kopie: het herstel verandert haar en het rapport telt haar (standaard: 1; 0: alleen identieke rijen; hoogstens 3).",
    "Use at most N threads (default: every core; the output is the same for any N; the web page uses one).":
      "Gebruik hoogstens N threads (standaard: elke kern; de uitvoer is voor elke N dezelfde; de webpagina gebruikt er één).",
    "Put the run time in the report (the report then differs from run to run).":
      "Zet de looptijd in het rapport (het rapport verschilt dan per run).",
    "Write the publication report as PDF.":
      "Schrijf het rapport voor publicatie als PDF.",
    "Write the publication report as a standalone HTML page.":
      "Schrijf het rapport voor publicatie als losse HTML-pagina.",
    "Write every measure as JSON.":
      "Schrijf elke maat als JSON.",
    "Real rows the synthesiser never saw: tests prediction on them and adds the holdout privacy test.":
      "Echte rijen die de synthese nooit zag: toetst de voorspelling daarop en voegt de privacytoets met achtergehouden rijen toe.",
    "Seed for the samples of the evaluation (default: 1).":
      "Seed voor de steekproeven van de evaluatie (standaard: 1).",
    "Print the catalogue as JSON (keys, flags, kinds, bounds, choices, defaults, labels in English and Dutch).":
      "Druk de catalogus af als JSON (sleutels, opties, soorten, grenzen, keuzes, standaarden, labels in het Engels en Nederlands).",
    "Show the columns of a CSV file: type, confidence, missing values, examples and the reasons.":
      "Toon de kolommen van een CSV-bestand: type, zekerheid, ontbrekende waarden, voorbeelden en de redenen.",
    "Read a CSV file with the detected types and write it as clean CSV, JSON records and a JSON schema.":
      "Lees een CSV-bestand met de herkende types en schrijf het als schone CSV, JSON-records en een JSON-schema.",
    "Fit a synthesiser to a CSV file and write synthetic rows with the same columns.":
      "Schat een synthesemodel op een CSV-bestand en schrijf synthetische rijen met dezelfde kolommen.",
    "Compare synthetic data with the real data: utility, disclosure risk, and a report in PDF, HTML and JSON.":
      "Vergelijk synthetische data met de echte data: bruikbaarheid, onthullingsrisico en een rapport in PDF, HTML en JSON.",
    "Check this build's math: digests of exact results and reference values.":
      "Controleer de rekenkunde van deze build: samenvattingen van exacte uitkomsten en referentiewaarden.",
    "List the synthesis settings: flag, settings-file key, default and allowed values.":
      "Toon de instellingen van de synthese: optie, sleutel in het instellingenbestand, standaard en toegestane waarden.",
    "Serve the web app (a folder) over HTTP on this machine; native command line only.":
      "Bied de webapp (een map) aan over HTTP op deze machine; alleen in het gewone opdrachtregelprogramma.",
    "Builds that print the same digests give byte-identical results for the same input and seed.":
      "Builds die dezelfde samenvattingen afdrukken, geven bij dezelfde invoer en seed byte voor byte dezelfde uitkomsten.",
    "A settings file (synth --settings FILE.json) is a JSON object of these keys; synth --json writes the one that repeats a run.":
      "Een instellingenbestand (synth --settings BESTAND.json) is een JSON-object met deze sleutels; synth --json schrijft het bestand dat een run herhaalt.",
    AnalyzeCommand.discussion:
      "Er wordt niets gesynthetiseerd; gebruik dit om de herkende types te controleren en te verbeteren vóór een run.\nElke keuze is te veranderen met de opties hieronder of met een instellingenbestand.",
    ConvertCommand.discussion:
      "De uitvoer houdt de stijl van elke kolom (decimalen, datumnotatie, ja/nee-woorden) en het scheidingsteken,\nhet decimaalteken en de regeleinden van de invoer; ze is altijd UTF-8.",
    SynthCommand.discussion:
      "Kolommen worden na elkaar gesynthetiseerd (de sequentiële CART van synthpop): de eerste wordt getrokken uit\nhaar echte waarden; elke volgende uit het blad van een boom, geschat op de echte data met de eerdere\nkolommen als voorspellers, waarin de synthetische rij valt. Identificaties en een indexkolom worden\nweggelaten uit de uitvoer. Ontbrekende waarden worden gesynthetiseerd met hun echte aandelen en verbanden.\nBijna-continue kolommen met decimalen (meer dan 20 verschillende waarden, minstens één per tien rijen) worden\nin de uitvoer gladgestreken (\"density\" van synthpop: bandbreedte van Sheather-Jones, binnen het echte\nbereik, afgerond op de decimalen van de kolom). De rapporten (--report, --html) zijn de versie voor\npublicatie: geen categorie of tabelcel met minder dan --min-count echte rijen, geen echt minimum of\nmaximum; --analyst-report schrijft de volledige versie, gemarkeerd als niet voor publicatie.",
    EvaluateCommand.discussion:
      "Het synthetische bestand wordt gelezen met de kolomtypes en codes voor ontbrekend van het echte bestand. Maten:\nper kolom (statistieken, KS, TVD, eendimensionale S_pMSE, dekking), elk paar kolommen (S_pMSE zoals\nutility.tables van synthpop, correlaties), de hele tabel (logistische propensity-S_pMSE), een\nvoorspeltaak (trainen op synthetisch, toetsen op echt) en onthullingsrisico (identieke rijen, repU,\nDiSCO, afstand tot het dichtstbijzijnde record). Zonder --report, --html of --json wordt de samenvatting afgedrukt.\n--report en --html schrijven de versie voor publicatie: geen categorie of tabelcel met minder dan\n--min-count echte rijen, geen echt minimum of maximum. --analyst-report schrijft de volledige versie.",
    SynthCommand.usage:
      "synth BESTAND.csv -o UIT.csv [--json UIT.json] [--rows N] [--seed S] [opties]",
    ConvertCommand.usage:
      "convert BESTAND.csv [-o UIT.csv] [--json UIT.json] [--schema UIT.json] [opties]",
    AnalyzeCommand.usage:
      "analyze BESTAND.csv [--json] [--schema UIT.json] [opties]",
    SelfCheckCommand.usage:
      "selfcheck",
    SettingsCommand.usage:
      "settings [--json] [--lang en|nl]",
    EvaluateCommand.usage:
      "evaluate ECHT.csv SYNTH.csv [--report r.pdf] [--html r.html] [--analyst-report a.pdf] [--json m.json] [--target K] [--keys A,B] [--lang en|nl]",
    // Command/EvaluationSettings.swift
    "Groups for numbers in the utility tables":
      "Groepen voor getallen in de bruikbaarheidstabellen",
    "Rows sampled for the distances":
      "Getrokken rijen voor de afstanden",
    "Missing-value codes":
      "Codes voor ontbrekende waarden",
    "n/a":
      "n.b.",
    // Command/: usage errors (Arguments, the commands' flags, OutputPaths)
    "'serve' is part of the native command-line tool; the WebAssembly core cannot open sockets":
      "'serve' hoort bij het gewone opdrachtregelprogramma; de WebAssembly-kern kan geen netwerkverbindingen openen",
    "'{}' is not a coarsening; use year, month or pc4":
      "'{0}' is geen vergroving; gebruik year, month of pc4",
    "'{}' is not a type; use integer, decimal, categorical, boolean, date, datetime or identifier":
      "'{0}' is geen type; gebruik integer, decimal, categorical, boolean, date, datetime of identifier",
    "an input file name is empty":
      "de naam van een invoerbestand is leeg",
    "expected one input file, got {}":
      "verwacht één invoerbestand, maar kreeg er {0}",
    "give the real file and the synthetic file: evaluate REAL.csv SYNTH.csv":
      "geef het echte en het synthetische bestand: evaluate ECHT.csv SYNTH.csv",
    "is for \"method\": \"cart\"; the Gaussian copula models the whole table":
      "hoort bij \"method\": \"cart\"; de Gaussische copula modelleert de hele tabel",
    "is for --method cart; the Gaussian copula models the whole table":
      "hoort bij --method cart; de Gaussische copula modelleert de hele tabel",
    "is for the Gaussian copula; add --method gc":
      "hoort bij de Gaussische copula; voeg --method gc toe",
    "is for the Gaussian copula; set \"method\" to \"gc\"":
      "hoort bij de Gaussische copula; zet \"method\" op \"gc\"",
    "missing the input file (FILE.csv)":
      "het invoerbestand (BESTAND.csv) ontbreekt",
    "no help for '{}': there is no such command":
      "geen hulp voor '{0}': die opdracht bestaat niet",
    "nothing to write: give -o OUT.csv and/or --json OUT.json":
      "niets om te schrijven: geef -o UIT.csv en/of --json UIT.json",
    "nothing to write: give -o OUT.csv, --json OUT.json or --schema OUT.json":
      "niets om te schrijven: geef -o UIT.csv, --json UIT.json of --schema UIT.json",
    "option '--analyst-report' needs a file ending in .pdf or .html, not '{}'":
      "optie '--analyst-report' heeft een bestand nodig dat eindigt op .pdf of .html, niet '{0}'",
    "option '--html' writes HTML, not a PDF; for the PDF report give --report {}":
      "optie '--html' schrijft HTML, geen PDF; geef voor het PDF-rapport --report {0}",
    "option '--keys' needs column names separated by commas":
      "optie '--keys' heeft kolomnamen nodig, gescheiden door komma's",
    "option '--min-count' allows at most {}, not {}":
      "optie '--min-count' staat hoogstens {0} toe, niet {1}",
    "option '--no-report' cannot go with --report, --html, --analyst-report or --metrics":
      "optie '--no-report' gaat niet samen met --report, --html, --analyst-report of --metrics",
    "option '--pool-rare' needs a whole number of rows from 2 to {}, not '{}'":
      "optie '--pool-rare' heeft een geheel aantal rijen van 2 tot en met {0} nodig, niet '{1}'",
    "option '--report' writes a PDF, not HTML; for the HTML report give --html {}":
      "optie '--report' schrijft een PDF, geen HTML; geef voor het HTML-rapport --html {0}",
    "option '{}'":
      "optie '{0}'",
    "option '{}' allows at most {} columns, not {}":
      "optie '{0}' staat hoogstens {1} kolommen toe, niet {2}",
    "option '{}' is given more than once":
      "optie '{0}' is meer dan eens gegeven",
    "option '{}' must be one of {}, not '{}'":
      "optie '{0}' moet een van {1} zijn, niet '{2}'",
    "option '{}' needs COLUMN=VALUE, not '{}'":
      "optie '{0}' heeft KOLOM=WAARDE nodig, niet '{1}'",
    "option '{}' needs COLUMN=on or COLUMN=off, not '{}'":
      "optie '{0}' heeft KOLOM=on of KOLOM=off nodig, niet '{1}'",
    "option '{}' needs a file name":
      "optie '{0}' heeft een bestandsnaam nodig",
    "option '{}' needs a value":
      "optie '{0}' heeft een waarde nodig",
    "option '{}' needs a whole number from 0 to 18446744073709551615, not '{}'":
      "optie '{0}' heeft een geheel getal van 0 tot en met 18446744073709551615 nodig, niet '{1}'",
    "option '{}' needs a whole number of at least {}, not '{}'":
      "optie '{0}' heeft een geheel getal van minstens {1} nodig, niet '{2}'",
    "option '{}' needs {} with {} one of {}, not '{}'":
      "optie '{0}' heeft {1} nodig, met als {2} een van {3}, niet '{4}'",
    "option '{}' needs {}, not '{}'":
      "optie '{0}' heeft {1} nodig, niet '{2}'",
    "option '{}' {}":
      "optie '{0}' {1}",
    "options '--cart-propensity' and '--no-cart-propensity' cannot go together":
      "de opties '--cart-propensity' en '--no-cart-propensity' gaan niet samen",
    "options '{}' and '{}'":
      "de opties '{0}' en '{1}'",
    "the input file name is empty":
      "de naam van het invoerbestand is leeg",
    "the output '{}'":
      "de uitvoer '{0}'",
    "two outputs":
      "twee uitvoerbestanden",
    "unexpected argument '{}'":
      "onverwacht argument '{0}'",
    "unknown command '{}'":
      "onbekende opdracht '{0}'",
    "unknown command '{}'; did you mean '{}'?":
      "onbekende opdracht '{0}'; bedoelt u '{1}'?",
    "unknown encoding '{}'; use utf-8, windows-1252, latin-1, utf-16le or utf-16be":
      "onbekende tekenset '{0}'; gebruik utf-8, windows-1252, latin-1, utf-16le of utf-16be",
    "unknown option '{}'":
      "onbekende optie '{0}'",
    "unknown option '{}'; did you mean '{}'?":
      "onbekende optie '{0}'; bedoelt u '{1}'?",
    "{} name the same file '{}': one would replace the other; choose two names":
      "{0} noemen hetzelfde bestand '{1}': het ene zou het andere vervangen; kies twee namen",
    "{} names the input file '{}': writing there would replace it; choose another name":
      "{0} noemt het invoerbestand '{1}': schrijven zou het vervangen; kies een andere naam",
    "{} needs a file name":
      "{0} heeft een bestandsnaam nodig",
    // Command/: settings-file errors (TableOptionFlags, SynthesisOptionFlags, SynthesisSettings)
    "\"bool01\" must be true or false":
      "\"bool01\" moet true of false zijn",
    "\"columns\" must be an object keyed by column name":
      "\"columns\" moet een object zijn met kolomnamen als sleutels",
    "\"dateOrder\" must be \"dmy\" or \"mdy\"":
      "\"dateOrder\" moet \"dmy\" of \"mdy\" zijn",
    "\"decimal\" must be \"point\" or \"comma\"":
      "\"decimal\" moet \"point\" of \"comma\" zijn",
    "\"sheet\" must be a sheet name":
      "\"sheet\" moet de naam van een werkblad zijn",
    "\"delimiter\" must be one of \",\", \";\", \"tab\", \"|\"":
      "\"delimiter\" moet een van \",\", \";\", \"tab\", \"|\" zijn",
    "\"minCount\" must be a whole number from 1 to {}":
      "\"minCount\" moet een geheel getal van 1 tot en met {0} zijn",
    "\"{}\" must be a list of codes":
      "\"{0}\" moet een lijst van codes zijn",
    "\"{}\" must be a whole number of rows from 2 to {}":
      "\"{0}\" moet een geheel aantal rijen van 2 tot en met {1} zijn",
    "\"{}\" must be {}":
      "\"{0}\" moet {1} zijn",
    "\"{}\" {}":
      "\"{0}\" {1}",
    "a number from {} to below {}":
      "een getal van {0} tot (niet tot en met) {1}",
    "a whole number from 0 to 18446744073709551615 (as a string above 2^53)":
      "een geheel getal van 0 tot en met 18446744073709551615 (boven 2^53 als tekst)",
    "a whole number from {} to {}":
      "een geheel getal van {0} tot en met {1}",
    "an object of column name lists: {\"COLUMN\": [\"A\", \"B\"]}":
      "een object met lijsten van kolomnamen: {\"KOLOM\": [\"A\", \"B\"]}",
    "an object of true or false: {\"COLUMN\": true}":
      "een object met true of false: {\"KOLOM\": true}",
    "an object of {} per column: {\"COLUMN\": \"{}\"}":
      "een object met {0} per kolom: {\"KOLOM\": \"{1}\"}",
    "column '{}': \"coarsen\" must be \"year\", \"month\" or \"pc4\"":
      "kolom '{0}': \"coarsen\" moet \"year\", \"month\" of \"pc4\" zijn",
    "column '{}': \"include\" must be true or false":
      "kolom '{0}': \"include\" moet true of false zijn",
    "column '{}': unknown \"type\"":
      "kolom '{0}': onbekend \"type\"",
    "column '{}': unknown setting \"{}\" (use type, missing, notMissing, include, coarsen, poolRare)":
      "kolom '{0}': onbekende instelling \"{1}\" (gebruik type, missing, notMissing, include, coarsen, poolRare)",
    "the settings must be a JSON object":
      "de instellingen moeten een JSON-object zijn",
    "the settings of column '{}' must be an object":
      "de instellingen van kolom '{0}' moeten een object zijn",
    "this is the JSON output of synth (--json), not a settings file; its \"settings\" member is the settings file of that run: save that member as a file of its own":
      "dit is de JSON-uitvoer van synth (--json), geen instellingenbestand; het onderdeel \"settings\" daarin is het instellingenbestand van die run: bewaar dat onderdeel als een eigen bestand",
    "true or false":
      "true of false",
    "unknown \"encoding\"":
      "onbekende \"encoding\"",
    "unknown setting \"{}\"; did you mean \"{}\"?":
      "onbekende instelling \"{0}\"; bedoelt u \"{1}\"?",
    "unknown setting \"{}\"; the settings are {}":
      "onbekende instelling \"{0}\"; de instellingen zijn {1}",
    "{} or a list of column names":
      "{0} of een lijst van kolomnamen",
    "{} or {}":
      "{0} of {1}",
    // Data/JSON.swift
    "JSON nested too deeply":
      "JSON te diep genest",
    "control character inside a string":
      "stuurteken binnen een tekst",
    "expected ',' or ']' in an array":
      "',' of ']' verwacht in een lijst",
    "expected ',' or '}' in an object":
      "',' of '}' verwacht in een object",
    "expected ':' after the member name":
      "':' verwacht na de naam van het onderdeel",
    "expected a member name in quotes":
      "naam van een onderdeel tussen aanhalingstekens verwacht",
    "incomplete \\u escape":
      "onvolledige \\u-code",
    "invalid \\u escape":
      "ongeldige \\u-code",
    "invalid escape in a string":
      "ongeldige escape in een tekst",
    "invalid literal":
      "ongeldige waarde",
    "invalid number":
      "ongeldig getal",
    "string is never closed":
      "tekst wordt nooit afgesloten",
    "unexpected character":
      "onverwacht teken",
    "unexpected end of JSON":
      "onverwacht einde van de JSON",
    "unexpected end of JSON in an array":
      "onverwacht einde van de JSON in een lijst",
    "unexpected end of JSON in an object":
      "onverwacht einde van de JSON in een object",
    "unexpected text after the JSON value":
      "onverwachte tekst na de JSON-waarde",
    "unpaired surrogate in \\u escape":
      "ongepaarde surrogaat in \\u-code",
    // Rules/
    "{} of {} rows":
      "{0} van {1} rijen",
    "over 99.9% of {} rows":
      "meer dan 99,9% van {0} rijen",
    "Rules were looked for among the first {} synthesised columns only.":
      "Naar regels is alleen gezocht in de eerste {0} kolommen die gesynthetiseerd worden.",
    "all {} rows":
      "alle {0} rijen",
    "Rules that hold in the real rows; to keep one in the synthetic rows, add it with --rule \"RULE\":":
      "Regels die gelden in de echte rijen; voeg er een toe met --rule \"REGEL\" om hem ook in de synthetische rijen te laten gelden:",
    "Real rows keeping it":
      "Echte rijen die eraan voldoen",
    "Synthetic rows keeping it":
      "Synthetische rijen die eraan voldoen",
    "Rule":
      "Regel",
    "Verdict":
      "Oordeel",
    "Rules: the synthetic rows keep every rule at least as often as the real rows.":
      "Regels: de synthetische rijen voldoen minstens zo vaak aan elke regel als de echte rijen.",
    "Rules: the synthetic rows keep {} less often than the real rows, so a domain expert may find rows that cannot exist.":
      "Regels: de synthetische rijen voldoen minder vaak aan {0} dan de echte rijen, dus een kenner van het onderwerp kan rijen vinden die niet kunnen bestaan.",
    "The rules every row should keep (--rule): for each, the share of real and of synthetic rows that keep it. A row whose values for a rule are missing counts as keeping it; a combination is kept when some real row has it.":
      "De regels waaraan elke rij moet voldoen (--rule): per regel het aandeel echte en synthetische rijen dat eraan voldoet. Een rij waarin de waarden voor een regel ontbreken, telt als voldoend; aan een combinatie is voldaan als een echte rij haar heeft.",
    "all but fewer than {} rows":
      "op minder dan {0} rijen na alle",
    "\"{}\": rule '{}', at character {}: {}":
      "\"{0}\": regel '{1}', bij teken {2}: {3}",
    "option '{}': rule '{}', at character {}: {}":
      "optie '{0}': regel '{1}', bij teken {2}: {3}",
    "'+' adds numbers, or days to a date, not {} and {}":
      "'+' telt getallen op, of dagen bij een datum, niet {0} en {1}",
    "'-' needs a number, not {}":
      "'-' heeft een getal nodig, niet {0}",
    "'-' subtracts numbers, days from a date or two dates, not {} from {}":
      "'-' trekt getallen af, dagen van een datum of twee datums, niet {0} van {1}",
    "'then' gives {} and 'else' gives {}; both must be of one kind":
      "'then' geeft {0} en 'else' geeft {1}; beide moeten van één soort zijn",
    "'{}'":
      "'{0}'",
    "'{}' compares numbers with numbers or dates with dates, not {} with {}":
      "'{0}' vergelijkt getallen met getallen of datums met datums, niet {1} met {2}",
    "'{}' compares {} with {}":
      "'{0}' vergelijkt {1} met {2}",
    "'{}' is not a number":
      "'{0}' is geen getal",
    "'{}' is not part of the rule language":
      "'{0}' hoort niet bij de taal van regels",
    "'{}' joins conditions (true or false), not {}":
      "'{0}' verbindt voorwaarden (waar of onwaar), niet {1}",
    "'{}' needs numbers, not {}":
      "'{0}' heeft getallen nodig, niet {1}",
    "; {} still break it (no value drawn for them keeps every rule) and are kept":
      "; {0} houden zich er nog niet aan (geen getrokken waarde voldoet aan elke regel) en zijn bewaard",
    "; 1 was changed to keep it":
      "; 1 is daarvoor aangepast",
    "; 1 still breaks it (no value drawn for it keeps every rule) and is kept":
      "; 1 houdt zich er nog niet aan (geen getrokken waarde voldoet aan elke regel) en is bewaard",
    "; {} were changed to keep it":
      "; {0} zijn daarvoor aangepast",
    "A rule every synthetic row keeps: a computed column (bmi = weight / (height/100)^2), a conditional value (if marital == \"single\" then ymarr is missing), a condition (enddate >= startdate) or keep combinations of A, B.":
      "Een regel waaraan elke synthetische rij voldoet: een berekende kolom (bmi = weight / (height/100)^2), een waarde onder een voorwaarde (if marital == \"single\" then ymarr is missing), een voorwaarde (enddate >= startdate) of keep combinations of A, B.",
    "Rules":
      "Regels",
    "a date":
      "een datum",
    "a date-time":
      "een datum met tijd",
    "a list of rules, each a text":
      "een lijst van regels, elk een tekst",
    "a number":
      "een getal",
    "a rule":
      "een regel",
    "a text":
      "een tekst",
    "a value":
      "een waarde",
    "after 'keep' write 'combinations of' and the column names":
      "schrijf na 'keep' 'combinations of' en de namen van de kolommen",
    "an 'if' inside a formula needs 'else' and a value for the other rows":
      "een 'if' binnen een formule heeft 'else' nodig met een waarde voor de andere rijen",
    "column '{}' cannot be computed from itself":
      "kolom '{0}' kan niet uit zichzelf berekend worden",
    "column '{}' holds {}, and the rule gives it {}":
      "kolom '{0}' bevat {1}, en de regel geeft hem {2}",
    "column '{}' has no value \"{}\"; its values are {}":
      "kolom '{0}' heeft geen waarde \"{1}\"; de waarden zijn {2}",
    "a rule can be at most {} characters long; split it into several rules":
      "een regel heeft ten hoogste {0} tekens; verdeel hem over meer regels",
    "the rule nests more than {} levels deep; split it into several rules":
      "de regel is meer dan {0} niveaus diep genest; verdeel hem over meer regels",
    "the rule has more than {} operators; split it into several rules":
      "de regel heeft meer dan {0} bewerkingen; verdeel hem over meer regels",
    "column '{}' is named twice":
      "kolom '{0}' staat er twee keer in",
    "comparisons cannot be chained; join them with 'and'":
      "vergelijkingen kunnen niet achter elkaar; verbind ze met 'and'",
    "every synthetic row keeps rule '{}'":
      "elke synthetische rij voldoet aan regel '{0}'",
    "expected 'missing' after 'is'":
      "na 'is' wordt 'missing' verwacht",
    "expected 'then' after the condition of 'if'":
      "na de voorwaarde van 'if' wordt 'then' verwacht",
    "expected '{}', not {}":
      "'{0}' verwacht, niet {1}",
    "expected a column name":
      "naam van een kolom verwacht",
    "expected a number, a text in double quotes, a column name or '(', not {}":
      "een getal, een tekst tussen dubbele aanhalingstekens, de naam van een kolom of '(' verwacht, niet {0}",
    "name at least two columns to keep their combinations":
      "noem ten minste twee kolommen om hun combinaties te houden",
    "the condition after 'if'":
      "de voorwaarde na 'if'",
    "the end of the rule":
      "het einde van de regel",
    "the name '{}'":
      "de naam '{0}'",
    "the number {}":
      "het getal {0}",
    "the text \"{}\"":
      "de tekst \"{0}\"",
    "the value after 'not'":
      "de waarde na 'not'",
    "the word '{}'":
      "het woord '{0}'",
    "there is no column '{}' in the table":
      "de tabel heeft geen kolom '{0}'",
    "there is no column '{}'; did you mean '{}'?":
      "er is geen kolom '{0}'; bedoelt u '{1}'?",
    "there is no function '{}'; the functions are {}":
      "er is geen functie '{0}'; de functies zijn {1}",
    "this quote is not closed":
      "dit aanhalingsteken wordt niet gesloten",
    "unexpected {} here; is an operator or a quote missing?":
      "onverwacht hier: {0}; ontbreekt er een teken of een aanhalingsteken?",
    "{} must be {}, not {}":
      "{0} moet {1} zijn, niet {2}",
    "{} of {} synthetic rows keep rule '{}'":
      "{0} van {1} synthetische rijen voldoen aan regel '{2}'",
    "{}() compares numbers, or dates of one kind":
      "{0}() vergelijkt getallen, of datums van één soort",
    "{}() needs {}, not {}":
      "{0}() heeft {1} nodig, niet {2}",
    "{} to {}":
      "{0} tot en met {1}",
    "{}() takes {} arguments, not {}":
      "{0}() heeft {1} argumenten, niet {2}",
    // Tuning/
    "Tune the settings automatically":
      "Instellingen automatisch afstemmen",
    "Choose the settings by trying them: synthesise from half of the rows and compare with the other half (CART: minbucket, cp, smoothing, visit order; copula: strata, marginals; the method too, unless a setting only one method has is given), keeping privacy bounds; the finalists are confirmed on all rows, and the chosen settings are used, reported and written to the settings file.":
      "Kies de instellingen door ze te proberen: synthetiseer uit de helft van de rijen en vergelijk met de andere helft (CART: minbucket, cp, gladstrijken, volgorde; copula: strata, verdelingen; ook de methode, tenzij een instelling is opgegeven die maar één methode kent), binnen privacygrenzen; de finalisten worden op alle rijen bevestigd, en de gekozen instellingen worden gebruikt, in het rapport gezet en in het instellingenbestand geschreven.",
    "whole seconds from {} to {}, such as 60 or 60s":
      "hele seconden van {0} tot {1}, zoals 60 of 60s",
    "Time for tuning (seconds)":
      "Tijd voor het afstemmen (seconden)",
    "Time --tune may take, in seconds of a native run (60 or 60s; default: 60); the search counts its work instead of reading the clock, so it chooses the same everywhere.":
      "Tijd die --tune mag nemen, in seconden van een native run (60 of 60s; standaard: 60); de zoektocht telt zijn werk in plaats van de klok te lezen, en kiest dus overal hetzelfde.",
    "Automatic tuning":
      "Automatisch afstemmen",
    "The settings were chosen by --tune: each candidate synthesised from a random half of the real rows ({} rows) and was compared with that half for utility (the median and the 90th percentile of the pair S_pMSE, scored by their geometric mean) and with the other half for privacy. Every candidate ran on a small sample first; the best third of each round, and the best of each method, visit order and strata choice, went on with three times the rows (successive halving); the finalists were then synthesised from all rows, so that their utility is the one this report measures. The defaults are replaced only by settings that keep the privacy bounds: at most 55% of synthetic rows closer to the training half than to the other half (DUO's holdout test), no more rows identical to a real row than the other half has, and no copies of rows unique in the training half. When the defaults keep them too, the replacement needs a lower median and a lower score; when they do not, the choice is the best score among settings with a median no worse than the defaults', else the lowest median.":
      "De instellingen zijn gekozen door --tune: elke kandidaat synthetiseerde uit een willekeurige helft van de echte rijen ({0} rijen) en werd met die helft vergeleken op bruikbaarheid (de mediaan en het 90e percentiel van de S_pMSE van paren, samen gewogen als hun meetkundig gemiddelde) en met de andere helft op privacy. Elke kandidaat draaide eerst op een kleine steekproef; het beste derde van elke ronde, en de beste van elke methode, volgorde en keuze van strata, ging door met drie keer zoveel rijen (successive halving); daarna zijn de finalisten uit alle rijen gesynthetiseerd, zodat hun bruikbaarheid dezelfde is als die dit rapport meet. De standaardinstellingen worden alleen vervangen door instellingen die binnen de privacygrenzen blijven: hoogstens 55% van de synthetische rijen dichter bij de trainingshelft dan bij de andere helft (de holdouttest van DUO), niet meer rijen gelijk aan een echte rij dan de andere helft heeft, en geen kopieën van rijen die uniek zijn in de trainingshelft. Blijven de standaardinstellingen daar ook binnen, dan moet de vervanging een lagere mediaan en een lagere score hebben; zo niet, dan valt de keuze op de beste score onder de instellingen met een mediaan die niet slechter is dan die van de standaardinstellingen, en anders op de laagste mediaan.",
    "chosen (defaults)":
      "gekozen (standaard)",
    "chosen":
      "gekozen",
    "defaults":
      "standaard",
    "The last round: {} candidates on {} training rows, the chosen first, then the best; the file's metrics JSON lists every trial.":
      "De laatste ronde: {0} kandidaten op {1} trainingsrijen, de gekozen eerst, dan de beste; de JSON met meetwaarden noemt elke poging.",
    "Median pair S_pMSE":
      "Mediaan S_pMSE van paren",
    "90th percentile":
      "90e percentiel",
    "Choice":
      "Keuze",
    "Tuning: utility against privacy":
      "Afstemmen: bruikbaarheid tegen privacy",
    "Synthetic rows closer to the training half":
      "Synthetische rijen dichter bij de trainingshelft",
    "Score (lower is better)":
      "Score (lager is beter)",
    "bound 55%":
      "grens 55%",
    "One point per candidate of the last round (grey: over a privacy bound); score: geometric mean of median and 90th percentile.":
      "Eén punt per kandidaat van de laatste ronde (grijs: buiten een privacygrens); score: meetkundig gemiddelde van mediaan en 90e percentiel.",
    "Tuning needs at least 100 rows and two columns; the default settings were used.":
      "Afstemmen vraagt minstens 100 rijen en twee kolommen; de standaardinstellingen zijn gebruikt.",
    "The budget of {} s did not cover a first round of {} candidates; the default settings were used. A larger --tune-budget tries them.":
      "Het budget van {0} s was niet genoeg voor een eerste ronde van {1} kandidaten; de standaardinstellingen zijn gebruikt. Met een groter --tune-budget worden ze geprobeerd.",
    "Tuning kept the default settings.":
      "Het afstemmen hield de standaardinstellingen aan.",
    "Tuning kept the default settings: no candidate did better within the privacy bounds (score {}, {} of synthetic rows closer to the training half).":
      "Het afstemmen hield de standaardinstellingen aan: geen kandidaat deed het beter binnen de privacygrenzen (score {0}, {1} van de synthetische rijen dichter bij de trainingshelft).",
    "Tuning chose {}: score {} against {} for the defaults, median pair S_pMSE {} against {}, within the privacy bounds.":
      "Het afstemmen koos {0}: score {1} tegen {2} voor de standaardinstellingen, mediaan S_pMSE van paren {3} tegen {4}, binnen de privacygrenzen.",
    "over the bound of {}":
      "buiten de grens voor {0}",
    "Score":
      "Score",
    "closer to training":
      "dichter bij training",
    "identical rows":
      "identieke rijen",
    "unique copies":
      "kopieën van unieke rijen",
    "{} of synthetic rows closer to the training half (at most 55%)":
      "{0} van de synthetische rijen dichter bij de trainingshelft (hoogstens 55%)",
    "{} of synthetic rows identical to a training row (the other half: {})":
      "{0} van de synthetische rijen gelijk aan een trainingsrij (de andere helft: {1})",
    "{} copies of rows unique in the training half":
      "{0} kopieën van rijen die uniek zijn in de trainingshelft",
    "The default settings break a privacy bound: {}. Tuning chose {}, which keeps every bound (median pair S_pMSE {} against {} for the defaults, score {} against {}).":
      "De standaardinstellingen blijven niet binnen een privacygrens: {0}. Het afstemmen koos {1}, dat binnen elke grens blijft (mediaan S_pMSE van paren {2} tegen {3} voor de standaardinstellingen, score {4} tegen {5}).",
    "The finalists: utility measured on a synthesis of all {} rows, privacy in the round before on {} training rows; the chosen first, then the best; the file's metrics JSON lists every trial.":
      "De finalisten: bruikbaarheid gemeten op een synthese uit alle {0} rijen, privacy in de ronde ervoor op {1} trainingsrijen; de gekozen eerst, dan de beste; de JSON met meetwaarden noemt elke poging.",
    "Settings":
      "Instellingen",
    "No setting tried kept every privacy bound; tuning chose the one closest to them, {}: {} (the defaults: {}). Consider larger leaves (--minbucket), coarser columns or fewer columns.":
      "Geen geprobeerde instelling bleef binnen elke privacygrens; het afstemmen koos de instelling die er het dichtst bij kwam, {0}: {1} (de standaardinstellingen: {2}). Overweeg grotere bladeren (--minbucket), grovere kolommen of minder kolommen.",
    "Tuning kept the default settings, but they break a privacy bound ({}) and no candidate came closer. Consider larger leaves (--minbucket), coarser columns or fewer columns.":
      "Het afstemmen hield de standaardinstellingen aan, maar die blijven niet binnen een privacygrens ({0}) en geen kandidaat kwam dichterbij. Overweeg grotere bladeren (--minbucket), grovere kolommen of minder kolommen.",
    "The budget of {} s ended the search at {} of {} training rows; a larger --tune-budget looks further.":
      "Het budget van {0} s beëindigde de zoektocht bij {1} van de {2} trainingsrijen; met een groter --tune-budget wordt verder gezocht.",
    // Model fits (Evaluation/ModelFormula.swift, ModelDesign.swift, Report/ReportBuilder+Models.swift, --model and --family)
    "'*' joins at most {} terms ({} terms in all)":
      "'*' verbindt hoogstens {0} termen ({1} termen in totaal)",
    "'- .' cannot leave out every column; name the columns to use instead":
      "'- .' kan niet alle kolommen weglaten; noem in plaats daarvan de kolommen die u wilt gebruiken",
    "'.' stands for every other column and cannot be part of an interaction":
      "'.' staat voor alle andere kolommen en kan geen deel zijn van een interactie",
    "'{}' is not part of a model formula":
      "'{0}' hoort niet bij een modelformule",
    ", {} left out for a missing value":
      ", {0} weggelaten om een ontbrekende waarde",
    ", {} left out for an outcome the family cannot take":
      ", {0} weggelaten om een uitkomst die de familie niet aankan",
    "95% confidence intervals, in standard errors of the real estimate":
      "95%-betrouwbaarheidsintervallen, in standaardfouten van de echte schatting",
    "Copy {} β":
      "Kopie {0} β",
    "Each model is fitted on the real data and on each synthetic copy with the same formula, as R's glm fits it, and the coefficients are compared as synthpop's compare.fit does: the standardised difference is (synthetic − real) / standard error of the real estimate, and the overlap of the two 95% confidence intervals is 1 for identical intervals and 0 or less when they do not overlap.":
      "Elk model wordt met dezelfde formule geschat op de echte data en op elke synthetische kopie, zoals glm in R het schat, en de coëfficiënten worden vergeleken zoals compare.fit van synthpop dat doet: het gestandaardiseerde verschil is (synthetisch − echt) / standaardfout van de echte schatting, en de overlap van de twee 95%-betrouwbaarheidsintervallen is 1 bij gelijke intervallen en 0 of minder als ze niet overlappen.",
    "Family of the --model fits (default: auto, binomial for a boolean or two-category outcome, gaussian otherwise).":
      "Familie van de modellen van --model (standaard: auto, binomiaal bij een uitkomst die waar/onwaar is of twee categorieën heeft, anders gaussisch).",
    "Family of the models":
      "Familie van de modellen",
    "binomial for a boolean or two-category outcome, else gaussian":
      "binomiaal bij een uitkomst die waar/onwaar is of twee categorieën heeft, anders gaussisch",
    "gaussian (linear regression)":
      "gaussisch (lineaire regressie)",
    "binomial (logistic regression)":
      "binomiaal (logistische regressie)",
    "poisson (log-linear, counts)":
      "poisson (log-lineair, voor aantallen)",
    "Family: {}, chosen from the outcome {} (--family chooses another).":
      "Familie: {0}, gekozen op grond van de uitkomst {1} (met --family kiest u een andere).",
    "Family: {}.":
      "Familie: {0}.",
    "Fit this model on the real data and on every synthetic copy and compare the coefficients, as synthpop's compare.fit: y ~ a + b + a:b, y ~ a * b, y ~ . (all other columns), - 1 for no intercept.":
      "Schat dit model op de echte data en op elke synthetische kopie en vergelijk de coëfficiënten, zoals compare.fit van synthpop: y ~ a + b + a:b, y ~ a * b, y ~ . (alle andere kolommen), - 1 voor geen constante.",
    "In {} some fitted counts are numerically 0: some coefficients run off to very large values.":
      "In {0} zijn sommige geschatte aantallen numeriek 0: sommige coëfficiënten lopen op tot zeer grote waarden.",
    "In {} the outcome is (almost) perfectly predicted (separation): some coefficients run off to very large values and their standard errors mean little.":
      "In {0} wordt de uitkomst (bijna) perfect voorspeld (scheiding): sommige coëfficiënten lopen op tot zeer grote waarden en hun standaardfouten zeggen weinig.",
    "Lack of fit: χ² = {} on {} degrees of freedom, p {}; a small p says the synthesis does not reproduce this model.":
      "Gebrek aan aansluiting: χ² = {0} bij {1} vrijheidsgraden, p {2}; een kleine p zegt dat de synthese dit model niet nabootst.",
    "Mean confidence interval overlap {}, mean absolute standardised difference {}.":
      "Gemiddelde overlap van de betrouwbaarheidsintervallen {0}, gemiddeld absoluut gestandaardiseerd verschil {1}.",
    "Model fits":
      "Modellen",
    "Models to compare":
      "Te vergelijken modellen",
    "Not estimable in the real data (a linear combination of other terms, or a level no row has), reported empty as R reports NA: {}.":
      "Niet te schatten in de echte data (een lineaire combinatie van andere termen, of een niveau dat geen rij heeft), leeg gelaten zoals R NA meldt: {0}.",
    "Not in the model ('.' leaves out identifiers and constant columns): {}.":
      "Niet in het model ('.' laat identificerende en constante kolommen weg): {0}.",
    "Pooled β (SE)":
      "Gepoolde β (SE)",
    "Population SE":
      "SE voor de populatie",
    "Real β (SE)":
      "Echte β (SE)",
    "Synthetic copy {}":
      "Synthetische kopie {0}",
    "Synthetic β (SE)":
      "Synthetische β (SE)",
    "Synthetic: pooled over {} copies.":
      "Synthetisch: gepoold over {0} kopieën.",
    "The fit on {} did not converge in {} iterations; read its numbers with care.":
      "De schatting op {0} convergeerde niet in {1} iteraties; lees de getallen met voorzichtigheid.",
    "The outcome {} counts '{}' as 1 and '{}' as 0 (the second value in sorted order is 1, as in R).":
      "De uitkomst {0} telt '{1}' als 1 en '{2}' als 0 (de tweede waarde in gesorteerde volgorde is 1, zoals in R).",
    "The synthetic copies come from a proper synthesis (synth --proper): the pooled model variance uses the proper rule.":
      "De synthetische kopieën komen uit een 'proper' synthese (synth --proper): de gepoolde variantie van de modellen gebruikt de regel daarvoor.",
    "The {} copies are pooled by the combining rules of Raab, Nowok and Dibben (2016): the pooled estimate q̄ is the mean of the copies' estimates, and √(v̄·k/n), with v̄ the mean of their variances, n the real and k the synthetic rows, estimates the real standard error; the standard error for inference to the population is √T, for {}.":
      "De {0} kopieën worden gepoold met de combinatieregels van Raab, Nowok en Dibben (2016): de gepoolde schatting q̄ is het gemiddelde van de schattingen van de kopieën, en √(v̄·k/n), met v̄ het gemiddelde van hun varianties, n het aantal echte en k het aantal synthetische rijen, schat de echte standaardfout; de standaardfout voor uitspraken over de populatie is √T, voor {1}.",
    "proper synthesis: T = v̄·k/n·(1 + (n/k + 1)/m)":
      "een 'proper' synthese: T = v̄·k/n·(1 + (n/k + 1)/m)",
    "synthesis that is not proper: T = v̄·k/n·(1 + n/(k·m))":
      "een synthese die niet 'proper' is: T = v̄·k/n·(1 + n/(k·m))",
    "a model can be at most {} characters long":
      "een model kan hoogstens {0} tekens lang zijn",
    "a model needs an outcome, '~' and predictors: y ~ a + b":
      "een model heeft een uitkomst, '~' en voorspellers nodig: y ~ a + b",
    "a number in a model can only be 1 (the intercept) or 0 (none): write '- 1' or '+ 0' to leave the intercept out":
      "een getal in een model kan alleen 1 (de constante) of 0 (geen) zijn: schrijf '- 1' of '+ 0' om de constante weg te laten",
    "an interaction can join at most {} columns":
      "een interactie kan hoogstens {0} kolommen verbinden",
    "column '{}' has no values":
      "kolom '{0}' heeft geen waarden",
    "column '{}' is an identifier (almost every value unique) and cannot be in a model":
      "kolom '{0}' is identificerend (bijna elke waarde uniek) en kan niet in een model",
    "column '{}' is named twice in one interaction":
      "kolom '{0}' staat twee keer in één interactie",
    "column '{}' is the outcome and cannot also be a predictor":
      "kolom '{0}' is de uitkomst en kan niet ook een voorspeller zijn",
    "copy {}":
      "kopie {0}",
    "expected '+' or ':' between two terms, not {}":
      "'+' of ':' verwacht tussen twee termen, niet {0}",
    "expected '~' after the outcome, not {}":
      "'~' verwacht na de uitkomst, niet {0}",
    "expected '~' and the predictors after the outcome: {} ~ a + b":
      "'~' en de voorspellers verwacht na de uitkomst: {0} ~ a + b",
    "expected a column name, not {}":
      "de naam van een kolom verwacht, niet {0}",
    "expected the outcome column before '~', not {}":
      "de kolom van de uitkomst verwacht vóór '~', niet {0}",
    "only the intercept can be left out ('- 1'); leave the term out of the model instead":
      "alleen de constante kan worden weggelaten ('- 1'); laat de term in plaats daarvan uit het model",
    "option '{}': model '{}', at character {}: {}":
      "optie '{0}': model '{1}', bij teken {2}: {3}",
    "the binomial family needs an outcome of 0 and 1, true and false, or two categories; '{}' has {}":
      "de binomiale familie heeft een uitkomst van 0 en 1, waar en onwaar, of twee categorieën nodig; '{0}' heeft {1}",
    "the binomial family needs an outcome with two values, and '{}' has {} categories":
      "de binomiale familie heeft een uitkomst met twee waarden nodig, en '{0}' heeft {1} categorieën",
    "the end of the model":
      "het einde van het model",
    "the gaussian family needs a numeric outcome, and '{}' holds categories; for two categories use --family binomial":
      "de gaussische familie heeft een numerieke uitkomst nodig, en '{0}' bevat categorieën; gebruik voor twee categorieën --family binomial",
    "the model has no coefficients: give a predictor or keep the intercept":
      "het model heeft geen coëfficiënten: geef een voorspeller of houd de constante",
    "the model has no terms: give at least one predictor or keep the intercept":
      "het model heeft geen termen: geef ten minste één voorspeller of houd de constante",
    "the model has {} coefficients, more than the {} allowed; leave out columns with many categories":
      "het model heeft {0} coëfficiënten, meer dan de toegestane {1}; laat kolommen met veel categorieën weg",
    "the model has {} coefficients, too many for {} rows; leave out columns with many categories":
      "het model heeft {0} coëfficiënten, te veel voor {1} rijen; laat kolommen met veel categorieën weg",
    "the report describes the first synthetic file; its section 'All copies' gives the spread of the measures over all {} files":
      "het rapport beschrijft het eerste synthetische bestand; het onderdeel 'Alle kopieën' geeft de spreiding van de maten over alle {0} bestanden",
    // Copies/
    "This report describes copy {} of {} synthetic copies, each drawn anew. The table gives its measures beside their mean, smallest and largest value over all copies; for every measure a larger value is worse. The metrics JSON lists every copy's value.":
      "Dit rapport beschrijft kopie {0} van {1} synthetische kopieën, elk opnieuw getrokken. De tabel geeft haar maten naast hun gemiddelde, kleinste en grootste waarde over alle kopieën; bij elke maat is een grotere waarde slechter. De JSON met meetwaarden noemt de waarde van elke kopie.",
    "This copy":
      "Deze kopie",
    "Smallest":
      "Kleinste",
    "Largest":
      "Grootste",
    "Largest in copy":
      "Grootste in kopie",
    "Holdout test over all copies: between {} and {} of synthetic rows are closer to the training half (mean {}); no copy is above 55%.":
      "Holdouttest over alle kopieën: tussen {0} en {1} van de synthetische rijen liggen dichter bij de trainingshelft (gemiddeld {2}); geen kopie komt boven 55%.",
    "Holdout test over all copies: {} of {} copies put more than 55% of synthetic rows closer to the training half (from {} to {}, mean {}).":
      "Holdouttest over alle kopieën: bij {0} van de {1} kopieën ligt meer dan 55% van de synthetische rijen dichter bij de trainingshelft (van {2} tot {3}, gemiddeld {4}).",
    "All copies":
      "Alle kopieën",
    "repU with near-copies":
      "repU met bijna-kopieën",
    "Closer to a real row than real rows are to each other":
      "Dichter bij een echte rij dan echte rijen bij elkaar",
    "the poisson family needs counts (whole numbers of 0 or more), and '{}' holds categories":
      "de poissonfamilie heeft aantallen nodig (gehele getallen van 0 of meer), en '{0}' bevat categorieën",
    "the poisson family needs counts of 0 or more, and '{}' has {}":
      "de poissonfamilie heeft aantallen van 0 of meer nodig, en '{0}' heeft {1}",
    "the real data":
      "de echte data",
    "the synthetic data":
      "de synthetische data",
    "unexpected {} here; terms are joined by '+', interactions by ':' or '*'":
      "onverwacht hier: {0}; termen worden verbonden met '+', interacties met ':' of '*'",
    "{} terms of categories with fewer than {} real rows are not shown; the means and the lack of fit count them.":
      "{0} termen van categorieën met minder dan {1} echte rijen worden niet getoond; de gemiddelden en het gebrek aan aansluiting tellen ze wel mee.",
    "{}: no coefficient could be compared (none was estimable in both the real and the synthetic data).":
      "{0}: geen coëfficiënt kon worden vergeleken (geen was te schatten in zowel de echte als de synthetische data).",
    "{}: the synthetic data give a different answer from the real data; do not draw this model's conclusions from them.":
      "{0}: de synthetische data geven een ander antwoord dan de echte data; trek de conclusies van dit model niet uit deze data.",
    "{}: the synthetic data give a similar answer, with some coefficients off.":
      "{0}: de synthetische data geven een vergelijkbaar antwoord, met enkele coëfficiënten die afwijken.",
    "{}: the synthetic data give about the same answer as the real data.":
      "{0}: de synthetische data geven ongeveer hetzelfde antwoord als de echte data.",
    "{}: {} rows":
      "{0}: {1} rijen",
  ]
}

extension ModelTerm {
  var dutch: String {
    switch self {
    case .value(let column): return column
    case .level(let column, let level): return "\(column): \(level)"
    case .missing(let column, let code): return "\(column): ontbrekend" + (code.map { " (\($0))" } ?? "")
    case .other(let column, let levels): return "\(column): overig (\(levels) niveaus)"
    }
  }
}

extension ModelRemark {
  var dutch: String {
    switch self {
    case .skipped(let column, .kind(let kind)): return "\(column) (\(kind.dutch))"
    case .skipped(let column, .oneValue): return "\(column) (één waarde)"
    case .skipped(let column, .overParameterLimit): return "\(column) (boven de parametergrens)"
    case .pooled(let column, let levels): return "\(column) (\(levels) niveaus samengevoegd)"
    }
  }
}

extension CategoryTerm {
  var dutch: String { worded(missing: "ontbrekend", empty: "leeg", decimalComma: true) }
}

extension ModelCoefficientName {
  var dutch: String { isIntercept ? "(constante)" : worded() }
}
