/// A place in an input file. Line and column are 1-based; the column counts characters
/// (Unicode scalars), so it matches what an editor shows.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// Everything that can be wrong with the input table or with the options that describe it.
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
  case emptyFile(SourceLocation)
  case headerOnly(SourceLocation)
  case binaryFile(SourceLocation)
  case unsupportedEncoding(file: String, encoding: String)
  /// Every other byte is zero: UTF-16, but which byte order cannot be told for sure.
  case utf16WithoutByteOrderMark(file: String)
  /// A byte that is not UTF-8 in a file read as UTF-8: forced (`validSequences` nil), or in a file
  /// whose other non-ASCII letters are valid UTF-8 (how many, up to 1,000).
  case invalidUTF8(SourceLocation, byte: UInt8, validSequences: Int?)
  case unterminatedQuote(SourceLocation)
  case textAfterClosingQuote(SourceLocation)
  case fieldCount(SourceLocation, record: Int, expected: Int, found: Int)
  case tooManyColumns(file: String, count: Int, limit: Int)
  case tooLarge(file: String, cells: Int64, limit: Int64)
  /// An output that would not fit in WebAssembly's memory (`MemoryBudget.outputBytes`).
  case outputTooLarge(file: String, megabytes: Int64, limit: Int64)
  case unknownColumn(String, available: [String])
  case valueDoesNotFitType(column: String, row: Int, line: Int, value: String, type: String)
  /// A whole number beyond 2^53: numbers are Doubles, which hold no larger integer exactly.
  case wholeNumberTooLarge(column: String, row: Int, line: Int, value: String)
  case invalidOption(String)

  public var description: String {
    switch self {
    case .emptyFile(let at):
      return "\(at): the file is empty; choose a CSV file with a header line and at least one row of data"
    case .headerOnly(let at):
      return "\(at): the file has a header line but no rows of data below it"
    case .binaryFile(let at):
      return "\(at): the file contains a NUL byte, so it is not a text (CSV) file; export the data as CSV and try again"
    case .unsupportedEncoding(let file, let encoding):
      return "\(file): the file is encoded as \(encoding), which is not supported; save it as UTF-8 CSV"
    case .utf16WithoutByteOrderMark(let file):
      return "\(file): the file looks like UTF-16 without a byte-order mark, so its byte order is unknown; give --encoding utf-16le (Windows) or utf-16be, or save it as UTF-8 CSV"
    case .invalidUTF8(let at, let byte, let valid):
      let hex = "0x" + String(byte, radix: 16, uppercase: true)
      guard let valid else {
        return "\(at): byte \(hex) is not valid UTF-8 (--encoding utf-8); correct this byte, or give the file's encoding with --encoding windows-1252, latin-1, utf-16le or utf-16be"
      }
      let letters = valid >= 1000 ? "1,000 or more letters beyond ASCII are" : valid == 1 ? "1 letter beyond ASCII is" : "\(valid) letters beyond ASCII are"
      return "\(at): byte \(hex) is not valid UTF-8, though \(letters) elsewhere in the file; reading the whole file as Windows-1252 would change each of them (José would read JosÃ©). Correct or remove this byte (save the file as UTF-8), or, if the whole file is Windows-1252, give --encoding windows-1252"
    case .unterminatedQuote(let at):
      return "\(at): a quoted field starts here but its closing quote is missing; check for a stray \" in this field"
    case .textAfterClosingQuote(let at):
      return "\(at): unexpected text after a closing quote; inside a quoted field write a quote as \"\""
    case .fieldCount(let at, let record, let expected, let found):
      return "\(at): row \(record) has \(found) field\(found == 1 ? "" : "s") but the header has \(expected); every row needs the same number of fields"
    case .tooManyColumns(let file, let count, let limit):
      return "\(file): the file has \(count) columns; at most \(limit) are supported"
    case .outputTooLarge(let file, let megabytes, let limit):
      return "\(file): the file would take more than \(megabytes) MB, more than fits in this browser's memory (about \(limit) MB a file); use the localsynth command line, or ask for fewer rows"
    case .tooLarge(let file, let cells, let limit):
      return "\(file): the table has \(cells / 1_000_000) million cells, more than fit in this browser's memory (about \(max(limit, 0) / 1_000_000) million for a file this size); use the localsynth command line, or a file with fewer rows or columns"
    case .unknownColumn(let name, let available):
      return "there is no column named '\(name)'; the columns are \(UTF8Text.quotedList(available, limit: 20))"
    case .valueDoesNotFitType(let column, let row, let line, let value, let type):
      return "column '\(column)', row \(row) (line \(line)): the value '\(value)' is not a valid \(type); choose another type for this column or declare '\(value)' a missing-value code"
    case .wholeNumberTooLarge(let column, let row, let line, let value):
      return "column '\(column)', row \(row) (line \(line)): \(value) is beyond ±9007199254740992 (2^53), the largest whole number kept exactly as a number; read the column as categorical (--type \(column)=categorical) to keep its values as written"
    case .invalidOption(let message):
      return message
    }
  }
}
