/// Something the reader or the type inference decided that the user should know about.
///
/// Typed, so that every interface words it in its own language (`message(_:)`) and can tell the
/// kinds apart by `code` without reading English.
public struct Notice: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case utf16Converted
    /// An Excel workbook: the sheet read, and how many it has.
    case workbookSheet(name: String, sheets: Int)
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
    case .workbookSheet: return "workbookSheet"
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
    case .workbookSheet(let name, let sheets):
      return w("the workbook has \(sheets) sheets; '\(name)' was read, the first with rows of data (--sheet NAME reads another)")
    case .utf16Converted:
      return w("the file is UTF-16 encoded; it was converted to UTF-8")
    case .notUTF8(let line):
      return w("the file is not valid UTF-8 (first at line \(line)); it was read as Windows-1252 (Western European). If accented letters look wrong, save the file as UTF-8")
    case .numericHeader:
      return w("the first line holds only numbers, yet it is read as the column names; if the file has no header line, add one")
    case .blankLines(let n):
      return n == 1 ? w("1 blank line was skipped") : w("\(n) blank lines were skipped")
    case .emptyName(let position, let name):
      return w("column \(position) has no name; it is called '\(name)'")
    case .duplicateName(let position, let original, let name):
      return w("column \(position) repeats the name '\(original)'; it is called '\(name)'")
    case .indexColumn(let name, let excluded):
      return excluded
        ? w("the first column '\(name)' has no name and numbers the rows; it looks like an index written by pandas or R and is left out (include it to keep it)")
        : w("the first column '\(name)' has no name and numbers the rows; it looks like an index written by pandas or R and is kept because it was included")
    case .decimalComma:
      return w("numbers use a decimal comma (such as 1,5); they are read as decimals and written back the same way")
    case .decimalCommaUnused(let commaSeparated):
      return commaSeparated
        ? w("--decimal comma changed nothing: the file is comma-separated, so a comma ends a field, and no quoted number has a decimal comma")
        : w("--decimal comma changed nothing: no number in the file has a decimal comma")
    case .fewRows(let n):
      if n == 1 { return w("the file has 1 row: below \(w.count(Table.smallRowCount)) rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain") }
      return w("the file has \(w.count(n)) rows: below \(w.count(Table.smallRowCount)) rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain")
    }
  }
}
