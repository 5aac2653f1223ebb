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

/// Everything that can be wrong with the input table or with the options that describe it. Each
/// case is a message id; the catalogue files in Language/ word it.
public enum DataError: Error, Equatable, Sendable, CustomStringConvertible {
  case emptyFile(SourceLocation)
  case headerOnly(SourceLocation)
  case binaryFile(SourceLocation)
  /// An Excel workbook that cannot be read as one, with what is wrong.
  case workbook(file: String, WorkbookReader.Problem)
  /// An SPSS or Stata data file that cannot be read as one.
  case statisticalFile(file: String, StatisticalFileProblem)
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
  /// A synthesis whose estimated peak (`MemoryBudget.synthesisPeak`) is over the module's memory.
  case synthesisTooLarge(file: String, megabytes: Int64, limit: Int64)
  case unknownColumn(String, available: [String])
  case valueDoesNotFitType(column: String, row: Int, line: Int, value: String, type: ColumnKind)
  /// A whole number beyond 2^53: numbers are Doubles, which hold no larger integer exactly.
  case wholeNumberTooLarge(column: String, row: Int, line: Int, value: String)
  /// A type that only inference gives (constant, empty).
  case kindNotChoosable(column: String, kind: ColumnKind)
  case coarseningNeedsPostcodes(column: String)
  case coarseningNeedsDates(column: String, coarsening: Coarsening, kind: ColumnKind)
  /// A settings file the command line reads: its path (with line and column for JSON syntax) and
  /// what is wrong.
  case invalidSettings(place: String, Phrase)

  /// The English message; in the run's language: `text(_:)` (Language/).
  public var description: String { english }
}
