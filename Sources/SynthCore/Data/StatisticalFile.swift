/// The data files of statistical packages: SPSS system files (`.sav`, `.zsav`) and Stata data
/// files (`.dta`, releases 117–119). A reader turns one into the texts of its cells, read and typed
/// like a CSV file's fields, plus what CSV cannot hold (labels, declared missing values, formats),
/// which each column's schema keeps so that output in such a format repeats it.
public enum StatisticalFormat: String, Equatable, Sendable {
  case spss = "SPSS"
  case stata = "Stata"

  /// The format a file's first bytes announce, if any.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> StatisticalFormat? {
    func starts(_ text: String) -> Bool {
      let magic = Array(text.utf8)
      guard bytes.count >= magic.count else { return false }
      for i in magic.indices where bytes[i] != magic[i] { return false }
      return true
    }
    if starts("$FL2") || starts("$FL3") { return .spss }
    if starts("<stata_dta>") { return .stata }
    return nil
  }
}

/// One code of a variable and its label (`1` "Man", `99` "Weigert", `.a` "Not asked").
public struct ValueLabel: Equatable, Sendable {
  /// The code as the table's text shows it: a number in shortest form, a Stata extended missing
  /// value (`.a`), or a string variable's value.
  public var code: String
  public var label: String
}

/// What an SPSS or Stata file says of a variable besides its values.
public struct VariableMetadata: Equatable, Sendable {
  public var origin: StatisticalFormat
  /// The variable's label (`Leeftijd in jaren`); empty when it has none.
  public var label = ""
  public var valueLabels: [ValueLabel] = []
  /// The column shows labels instead of codes: every code in the data had a label.
  public var showsLabels = false
  /// The package's display format (`F8.2`, `DATE11`, `%td`, `%-9s`), written back in that format.
  public var format = ""
  /// Stata's name of the value-label set.
  public var labelSet = ""
  /// SPSS: values declared user-missing (codes as text), and a declared range, present in the data or not.
  public var missingValues: [String] = []
  public var missingRange: MissingRange? = nil
  public var isString = false

  public struct MissingRange: Equatable, Sendable {
    public var low: Double
    public var high: Double
  }

  init(origin: StatisticalFormat) { self.origin = origin }

  /// The label of `code`, if it has one.
  func label(of code: String) -> String? {
    for v in valueLabels where v.code == code { return v.label }
    return nil
  }

  /// The code whose label is `label`.
  func code(ofLabel label: String) -> String? {
    for v in valueLabels where v.label == label { return v.code }
    return nil
  }
}

/// What is wrong with an SPSS or Stata file. Offsets are bytes from the start of the file.
public enum StatisticalFileProblem: Error, Equatable, Sendable {
  public enum Part: String, Equatable, Sendable {
    case header, variables, valueLabels, extensionRecord, data, strings
  }
  case truncated(StatisticalFormat, offset: Int64)
  case damaged(StatisticalFormat, Part, offset: Int64)
  /// A version or feature the reader does not know.
  case unsupported(StatisticalFormat, Unsupported)

  public enum Unsupported: Equatable, Sendable {
    /// An SPSS compression code other than none, bytecode and zlib.
    case compression(Int32)
    /// An SPSS file's character set or code page other than UTF-8 and Windows-1252 (and its subsets).
    case characterSet(String)
    case codePage(Int32)
    /// A Stata release other than 117–119.
    case release(String)
  }
}

/// A statistical file read: its variables' names and cell texts, their metadata by position, and
/// the per-variable user-missing codes as the texts show them.
struct StatisticalTable {
  var format: StatisticalFormat
  var names: [String] = []
  /// Per variable, its cells' texts (nil: system-missing).
  var cells: [[String?]] = []
  var rowCount = 0
  var variables: [VariableMetadata] = []
  /// Per variable, the texts of user-missing values (declared missing codes for type inference).
  var missingCodes: [[String]] = []
  /// Per variable, labels that a reader of CSV would otherwise take for missing (`None`, `-`).
  var labelsNotMissing: [[String]] = []
  var fileLabel = ""

  init(format: StatisticalFormat) { self.format = format }

  /// Keeps the columns of cell texts (nil = system-missing), and each variable's user-missing
  /// codes from the cells marked so.
  mutating func build(names: [String], cells: [[String?]], userMissing: [[Bool]], rowCount: Int) {
    self.names = names
    self.cells = cells
    self.rowCount = rowCount
    missingCodes = Array(repeating: [], count: names.count)
    labelsNotMissing = Array(repeating: [], count: names.count)
    for k in names.indices {
      for row in 0..<rowCount {
        guard let text = cells[k][row] else { continue }
        if userMissing[k][row] {
          if !missingCodes[k].contains(text) { missingCodes[k].append(text) }
        } else if MissingValues.isStandardToken(text) && !text.isEmpty && !labelsNotMissing[k].contains(text) {
          labelsNotMissing[k].append(text)
        }
      }
    }
  }

  /// The cells as the CSV reader reads a CSV file of them (the names as its header, a
  /// system-missing cell an empty field), without writing them as text; and the bytes of their
  /// text (the input the memory budget counts). A row's line is its case number plus one.
  func rawTable(file: String, progress: inout ProgressReporter) throws(DataError) -> (RawTable, Int) {
    guard !names.isEmpty else { throw .emptyFile(SourceLocation(file: file, line: 1, column: 1)) }
    var dialect = CSVDialect()
    dialect.delimiter = UInt8(ascii: ",")
    dialect.encoding = .utf8
    dialect.lineEnding = .lf
    dialect.statistical = format
    dialect.byteOrderMark = true
    var raw = try RawTable(file: file, dialect: dialect, header: names, notices: [])
    var bytes = 0
    progress.report("reading", 0)
    for k in names.indices {
      raw.columns[k].codes.reserveCapacity(rowCount)
      for row in 0..<rowCount {
        var text = cells[k][row] ?? ""
        let code = text.withUTF8 { (field) -> Int32? in
          // Strings end at a NUL in both formats; one that holds a NUL anyway is no text.
          field.contains(0) ? nil : raw.columns[k].values.intern(field)
        }
        guard let code else { throw .binaryFile(SourceLocation(file: file, line: row + 2, column: k + 1)) }
        raw.columns[k].codes.append(code)
        bytes += text.utf8.count + 1
      }
      progress.report("reading", Double(k + 1) / Double(names.count))
    }
    raw.rowCount = rowCount
    raw.rowLines = (0..<rowCount).map { Int32(truncatingIfNeeded: $0 + 2) }
    try raw.finishRows(skippedBlankLines: 0) { SourceLocation(file: file, line: 2, column: 1) }
    return (raw, bytes)
  }

  /// The typing options for the cells: the user's, with numbers read with a decimal point (as the
  /// readers write them, whatever the user said of their own CSV files), and each variable's
  /// missing codes and kept tokens added (a user's own override for a column wins).
  func options(_ user: TableOptions, names: [String]) -> TableOptions {
    var options = user
    options.csv.decimalComma = false
    for (k, name) in names.enumerated() where !missingCodes[k].isEmpty || !labelsNotMissing[k].isEmpty {
      if let i = options.overrides.firstIndex(where: { $0.column == name }) {
        options.overrides[i].missingCodes += missingCodes[k].filter { !options.overrides[i].missingCodes.contains($0) }
        options.overrides[i].notMissing += labelsNotMissing[k].filter { !options.overrides[i].notMissing.contains($0) }
      } else {
        var o = ColumnOverride(column: name)
        o.missingCodes = missingCodes[k]
        o.notMissing = labelsNotMissing[k]
        options.overrides.append(o)
      }
    }
    return options
  }
}

/// Shared pieces of the SPSS and Stata readers and writers.
enum StatisticalText {
  /// A number as the table's text shows it: integral values without `.0`.
  static func number(_ value: Double) -> String {
    // 2^53 itself is exact too (JSON's form stops below it).
    if abs(value) == 9_007_199_254_740_992 { return value < 0 ? "-9007199254740992" : "9007199254740992" }
    return NumberFormatting.json(value)
  }

  /// Seconds since 1970 as an ISO date and time (whole seconds), nil outside years 1–9999.
  static func dateTime(seconds: Double) -> String? {
    guard seconds.isFinite, abs(seconds) < 3e11 else { return nil }
    let s = seconds.rounded().integer(clampedTo: Int64.min...Int64.max)
    let days = CivilDate.floorDiv(s, 86_400)
    return CivilDate.isoText(days: days, seconds: s - days * 86_400)
  }

  /// Text of a file's string: its bytes up to the first NUL, trailing spaces removed, as UTF-8
  /// (bytes that are not UTF-8 read as Windows-1252, as older files were written).
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, trimSpaces: Bool, singleByte: Bool = false) -> String {
    var end = start
    let limit = start + count
    while end < limit && bytes[end] != 0 { end += 1 }
    if trimSpaces { while end > start && bytes[end - 1] == 32 { end -= 1 } }
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    if !singleByte && UTF8Text.firstInvalidOffset(slice) == nil { return UTF8Text.string(slice) }
    return String(decoding: UTF8Text.decodeWindows1252(slice), as: UTF8.self)
  }

  /// A variable name as SPSS (`spss`, up to 64 bytes) or Stata (up to 32 characters) allows it:
  /// letters, digits and `_` (SPSS also `.`), not starting with a digit; unique among `taken`.
  static func variableName(_ name: String, for format: StatisticalFormat, taken: [String]) -> String {
    var out: [UInt8] = []
    let limit = format == .spss ? 64 : 32
    for scalar in name.unicodeScalars {
      let v = scalar.value
      let ok = (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x5F || (format == .spss && v == 0x2E && !out.isEmpty)
      if out.count >= limit - 4 { break }
      out.append(ok ? UInt8(v) : UInt8(ascii: "_"))
    }
    while out.last == UInt8(ascii: ".") { out.removeLast() }
    if out.isEmpty || UTF8Text.isASCIIDigit(out[0]) || (format == .spss && out[0] == UInt8(ascii: "_")) { out.insert(UInt8(ascii: "v"), at: 0) }
    let base = String(decoding: out, as: UTF8.self)
    var candidate = base
    var n = 1
    while taken.contains(where: { UTF8Text.asciiLowercased($0) == UTF8Text.asciiLowercased(candidate) }) || (format == .stata && reservedStata.contains(candidate)) {
      n += 1
      candidate = base + "_\(n)"
    }
    return candidate
  }

  private static let reservedStata = ["_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_N", "_pi", "_pred", "_rc", "_skip", "str#", "strL", "using", "with"]
}

/// Reads little- or big-endian fields of a file, every read checked against its end.
struct BinaryCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  var bigEndian = false
  /// Strings are Windows-1252 (an SPSS file that says so), else UTF-8.
  var singleByte = false
  let format: StatisticalFormat

  init(_ bytes: UnsafeBufferPointer<UInt8>, format: StatisticalFormat) {
    self.bytes = bytes
    self.format = format
  }

  var remaining: Int { bytes.count - position }

  /// Fails unless `n` more bytes exist; `n` may come from the file, so it is checked as 64 bits.
  func need(_ n: Int64) throws(StatisticalFileProblem) {
    guard n >= 0, Int64(position) + n <= Int64(bytes.count) else { throw .truncated(format, offset: Int64(bytes.count)) }
  }

  mutating func skip(_ n: Int64) throws(StatisticalFileProblem) {
    try need(n)
    position += Int(n)
  }

  mutating func unsigned(_ size: Int) throws(StatisticalFileProblem) -> UInt64 {
    try need(Int64(size))
    var v: UInt64 = 0
    for i in 0..<size {
      let b = UInt64(bytes[position + (bigEndian ? i : size - 1 - i)])
      v = v << 8 | b
    }
    position += size
    return v
  }

  mutating func int32() throws(StatisticalFileProblem) -> Int32 { Int32(truncatingIfNeeded: try unsigned(4)) }
  mutating func int64() throws(StatisticalFileProblem) -> Int64 { Int64(bitPattern: try unsigned(8)) }
  mutating func double() throws(StatisticalFileProblem) -> Double { Double(bitPattern: try unsigned(8)) }
  mutating func byte() throws(StatisticalFileProblem) -> UInt8 {
    try need(1)
    position += 1
    return bytes[position - 1]
  }

  /// A count from the file as an Int, refused when negative or above `limit`.
  mutating func count(_ size: Int, limit: Int64, part: StatisticalFileProblem.Part) throws(StatisticalFileProblem) -> Int {
    let at = Int64(position)
    let v = size == 4 ? Int64(try int32()) : size == 8 ? try int64() : Int64(try unsigned(size))
    guard v >= 0, v <= limit else { throw .damaged(format, part, offset: at) }
    return Int(v)
  }

  mutating func text(_ count: Int, trimSpaces: Bool = true) throws(StatisticalFileProblem) -> String {
    try need(Int64(count))
    let s = StatisticalText.string(bytes, from: position, count: count, trimSpaces: trimSpaces, singleByte: singleByte)
    position += count
    return s
  }

  /// Whether the next bytes are `tag` (consumed when they are).
  mutating func take(_ tag: String) -> Bool {
    let t = Array(tag.utf8)
    guard remaining >= t.count else { return false }
    for i in t.indices where bytes[position + i] != t[i] { return false }
    position += t.count
    return true
  }

  mutating func expect(_ tag: String, _ part: StatisticalFileProblem.Part) throws(StatisticalFileProblem) {
    guard take(tag) else { throw .damaged(format, part, offset: Int64(position)) }
  }
}

/// Writes little-endian fields.
struct BinaryOutput {
  var bytes: [UInt8] = []
  mutating func int(_ v: Int64, _ size: Int) { for i in 0..<size { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
  mutating func int32(_ v: Int) { int(Int64(v), 4) }
  mutating func double(_ v: Double) { int(Int64(bitPattern: v.bitPattern), 8) }
  mutating func text(_ s: String) { bytes += Array(s.utf8) }
  /// `s` cut to `width` bytes (at a character boundary) and padded with `pad`.
  mutating func fixed(_ s: String, _ width: Int, pad: UInt8 = 0) {
    let b = StatisticalText.prefix(Array(s.utf8), width)
    bytes += b
    bytes += Array(repeating: pad, count: width - b.count)
  }
}

extension StatisticalText {
  /// The longest prefix of UTF-8 `b` of at most `n` bytes that does not cut a character.
  static func prefix(_ b: [UInt8], _ n: Int) -> [UInt8] {
    guard b.count > n else { return b }
    var end = n
    while end > 0 && b[end] & 0xC0 == 0x80 { end -= 1 }
    return Array(b[0..<end])
  }
}
