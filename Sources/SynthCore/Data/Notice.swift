/// Something the reader or the type inference decided that the user should know about.
///
/// Typed, so that every interface words it in its own language (`message(_:)`) and can tell the
/// kinds apart by `code` without reading English.
public struct Notice: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case utf16Converted
    /// The first invalid UTF-8 byte is on `line`; the whole file was read as Windows-1252.
    case notUTF8(line: Int)
    case numericHeader
    case blankLines(Int)
    case emptyName(position: Int, name: String)
    case duplicateName(position: Int, original: String, name: String)
    case indexColumn(name: String, excluded: Bool)
    case decimalComma
    /// `--decimal comma` was given but no number has one (in a comma-separated file only a quoted
    /// number can).
    case decimalCommaUnused(commaSeparated: Bool)
    /// Fewer rows than `Table.smallRowCount`.
    case fewRows(Int)
  }

  var kind: Kind

  init(_ kind: Kind) { self.kind = kind }

  /// A stable identifier for interfaces and tests.
  public var code: String {
    switch kind {
    case .utf16Converted, .notUTF8: return "encoding"
    case .numericHeader: return "numericHeader"
    case .blankLines: return "blankLines"
    case .emptyName: return "emptyName"
    case .duplicateName: return "duplicateName"
    case .indexColumn: return "indexColumn"
    case .decimalComma: return "decimalComma"
    case .decimalCommaUnused: return "decimalCommaUnused"
    case .fewRows: return "fewRows"
    }
  }

  /// The English sentence, as the command line prints it.
  public var message: String { message(Wording(language: .en)) }

  func message(_ w: Wording) -> String {
    switch kind {
    case .utf16Converted:
      return w("the file is UTF-16 encoded; it was converted to UTF-8", "het bestand is in UTF-16 opgeslagen; het is omgezet naar UTF-8")
    case .notUTF8(let line):
      return w(
        "the file is not valid UTF-8 (first at line \(line)); it was read as Windows-1252 (Western European). If accented letters look wrong, save the file as UTF-8",
        "het bestand is geen geldige UTF-8 (voor het eerst op regel \(line)); het is gelezen als Windows-1252 (West-Europees). Zien letters met accenten er verkeerd uit, sla het bestand dan op als UTF-8")
    case .numericHeader:
      return w(
        "the first line holds only numbers, yet it is read as the column names; if the file has no header line, add one",
        "de eerste regel bevat alleen getallen, maar wordt gelezen als de kolomnamen; heeft het bestand geen kopregel, voeg er dan een toe")
    case .blankLines(let n):
      return n == 1 ? w("1 blank line was skipped", "1 lege regel is overgeslagen") : w("\(n) blank lines were skipped", "\(n) lege regels zijn overgeslagen")
    case .emptyName(let position, let name):
      return w("column \(position) has no name; it is called '\(name)'", "kolom \(position) heeft geen naam; hij heet nu '\(name)'")
    case .duplicateName(let position, let original, let name):
      return w("column \(position) repeats the name '\(original)'; it is called '\(name)'", "kolom \(position) herhaalt de naam '\(original)'; hij heet nu '\(name)'")
    case .indexColumn(let name, let excluded):
      return excluded
        ? w("the first column '\(name)' has no name and numbers the rows; it looks like an index written by pandas or R and is left out (include it to keep it)",
          "de eerste kolom '\(name)' heeft geen naam en nummert de rijen; het lijkt een index van pandas of R en blijft buiten de synthese (neem hem op om hem te houden)")
        : w("the first column '\(name)' has no name and numbers the rows; it looks like an index written by pandas or R and is kept because it was included",
          "de eerste kolom '\(name)' heeft geen naam en nummert de rijen; het lijkt een index van pandas of R en blijft behouden omdat hij is opgenomen")
    case .decimalComma:
      return w(
        "numbers use a decimal comma (such as 1,5); they are read as decimals and written back the same way",
        "getallen gebruiken een decimale komma (zoals 1,5); ze worden als decimalen gelezen en zo ook teruggeschreven")
    case .decimalCommaUnused(let commaSeparated):
      return commaSeparated
        ? w("--decimal comma changed nothing: the file is comma-separated, so a comma ends a field, and no quoted number has a decimal comma",
          "--decimal comma veranderde niets: het bestand is door komma's gescheiden, dus een komma beëindigt een veld, en geen getal tussen aanhalingstekens heeft een decimale komma")
        : w("--decimal comma changed nothing: no number in the file has a decimal comma",
          "--decimal comma veranderde niets: geen getal in het bestand heeft een decimale komma")
    case .fewRows(let n):
      return w(
        "the file has \(w.count(n)) rows: below \(w.count(Table.smallRowCount)) rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain",
        "het bestand heeft \(w.count(n)) rijen: onder \(w.count(Table.smallRowCount)) rijen behouden synthetische gegevens alleen sterke patronen, en zijn de maten voor bruikbaarheid en privacy in het rapport onzeker")
    }
  }
}
