/// A typed table: the input after reading, type inference and the user's overrides,
/// or synthetic data of the same shape.
public struct Table: Sendable {
  public var file: String
  public var dialect: CSVDialect
  public var notices: [Notice]
  public var columns: [Column]
  public var rowCount: Int

  public var columnNames: [String] { columns.map { $0.schema.name } }

  /// Below this many rows utility and privacy measures are uncertain (DUO's practice threshold).
  static let smallRowCount = 1000

  func column(named name: String) -> Int? {
    for (i, c) in columns.enumerated() where c.schema.name == name { return i }
    return nil
  }
}

/// One column's values. Numeric kinds (integer, decimal, date, datetime, boolean as 0/1) keep
/// `numbers`; the others keep `codes` into `levels`. `missing` says, per row, whether the value is
/// observed (0) or which of `schema.missingCodes` it is (k means code k-1).
public struct Column: Sendable {
  public var schema: ColumnSchema
  var numbers: [Double] = []
  var codes: [Int32] = []
  /// Distinct observed texts, sorted, for level-coded kinds.
  var levels: [String] = []
  /// Empty when the column has no missing values.
  var missing: [UInt16] = []

  var usesLevels: Bool {
    switch schema.kind {
    case .categorical, .identifier, .constant: return true
    default: return false
    }
  }

  func isMissing(_ row: Int) -> Bool { !missing.isEmpty && missing[row] != 0 }
}

extension Table {
  /// Reads and types a CSV file.
  /// - Complexity: O(bytes) for reading; the typing looks at each distinct value once.
  public static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, options: TableOptions, progress: @escaping ProgressHandler = { _, _ in }
  ) throws(DataError) -> Table {
    var reporter = ProgressReporter(progress)
    if let format = StatisticalFormat.of(bytes) {
      return try statisticalTable(bytes, format: format, file: file, options: options, progress: &reporter)
    }
    if ZipArchive.isZip(bytes) {
      let (raw, size) = try workbookSheet(bytes, file: file, options: options, progress: &reporter)
      try MemoryBudget.check(raw, inputBytes: size)
      return try TypeInference(options: options).type(consume raw, progress: &reporter)
    }
    let raw = try CSVReader(options: options.csv).read(bytes, file: file, progress: &reporter)
    try MemoryBudget.check(raw, inputBytes: bytes.count)
    return try TypeInference(options: options).type(consume raw, progress: &reporter)
  }

  /// An Excel workbook's sheet, its cells read as a CSV file's fields; and the size of their text
  /// (the input the memory budget counts).
  private static func workbookSheet(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, options: TableOptions, progress reporter: inout ProgressReporter
  ) throws(DataError) -> (RawTable, Int) {
    /// The sheet, and its rows (nil when it has none: the error saying so beside it).
    func read(_ name: String?) throws(DataError) -> (WorkbookReader.Sheet, RawTable?, DataError?) {
      let sheet: WorkbookReader.Sheet
      do { sheet = try WorkbookReader(sheet: name).read(bytes) } catch { throw .workbook(file: file, error) }
      do {
        return (sheet, try sheet.cells.rawTable(file: file, progress: &reporter), nil)
      } catch {
        switch error {
        case .emptyFile, .headerOnly: return (sheet, nil, error)
        default: throw error
        }
      }
    }
    var (sheet, found, empty) = try read(options.csv.sheet)
    // Without --sheet, sheets without rows of data (a title page first) are passed over.
    if found == nil && options.csv.sheet == nil {
      for name in sheet.sheetNames where name != sheet.name {
        let (next, rows, _) = try read(name)
        if let rows {
          (sheet, found) = (next, rows)
          break
        }
      }
    }
    guard var raw = found else {
      if sheet.sheetNames.count > 1 { throw .workbook(file: file, .sheetWithoutData(sheet.name, available: sheet.sheetNames)) }
      throw empty ?? .emptyFile(SourceLocation(file: file, line: 1, column: 1))
    }
    raw.dialect.sheet = sheet.name
    raw.dialect.sheets = sheet.sheetNames
    raw.dialect.byteOrderMark = true
    if sheet.sheetNames.count > 1 && options.csv.sheet == nil {
      raw.notices.insert(Notice(.workbookSheet(name: sheet.name, sheets: sheet.sheetNames.count)), at: 0)
    }
    return (raw, sheet.cells.texts.count + sheet.cells.records.count)
  }

  /// An SPSS or Stata file: its cells read as a CSV file's fields, typed as any CSV file with its
  /// user-missing values as missing codes; then each column keeps its variable's labels and format.
  private static func statisticalTable(
    _ bytes: UnsafeBufferPointer<UInt8>, format: StatisticalFormat, file: String, options: TableOptions, progress reporter: inout ProgressReporter
  ) throws(DataError) -> Table {
    let source: StatisticalTable
    do {
      switch format {
      case .spss: source = try SPSSReader.read(bytes)
      case .stata: source = try StataReader.read(bytes)
      }
    } catch { throw .statisticalFile(file: file, error) }
    let (raw, size) = try source.rawTable(file: file, progress: &reporter)
    try MemoryBudget.check(raw, inputBytes: size)
    let typing = source.options(options, names: raw.columns.map { $0.name })
    var table = try TypeInference(options: typing).type(consume raw, progress: &reporter)
    for k in table.columns.indices {
      let position = table.columns[k].schema.position
      if position < source.variables.count { table.columns[k].schema.metadata = source.variables[position] }
    }
    return table
  }

  public static func read(_ bytes: [UInt8], file: String, options: TableOptions = TableOptions()) throws(DataError) -> Table {
    try bytes.withUnsafeBufferPointer { (buffer) throws(DataError) -> Table in try read(buffer, file: file, options: options) }
  }
}
