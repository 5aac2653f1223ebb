/// Writes a table as CSV or as JSON records, each value in its column's original style.
struct TableWriter {
  enum MissingOutput: String { case empty, code }

  var table: Table
  /// Which columns to write, in order.
  var columns: [Int]
  var missingOutput: MissingOutput = .empty
  /// What CSV output does with text cells a spreadsheet would run as a formula.
  var formulas: FormulaHandling = .neutralise
  /// The host's threads, for formatting blocks of rows at once.
  var workers = Workers.serial

  init(table: Table, columns: [Int]? = nil) {
    self.table = table
    self.columns = columns ?? Array(0..<table.columns.count)
  }

  /// RFC 4180 CSV in the input's dialect (delimiter, decimal mark, line ending, byte-order mark)
  /// and encoding: a Windows-1252 file (Excel's "CSV" in Western Europe) is answered in
  /// Windows-1252, which Excel opens with the right accents; UTF-8 and UTF-16 files in UTF-8.
  func csv() -> [UInt8] { csvCountingNeutralised().bytes }

  /// The CSV, how many cells `formulas` neutralised (header names included), and whether it had
  /// to be UTF-8 (with a byte-order mark, so Excel still reads it right) because a character
  /// has no byte in the input's single-byte encoding.
  func csvCountingNeutralised() -> (bytes: [UInt8], neutralised: Int, utf8Instead: Bool) {
    var (out, neutralised) = utf8CSV()
    let encoding = table.dialect.encoding
    guard encoding == .windows1252 || encoding == .latin1 else { return (out, neutralised, false) }
    if UTF8Text.encodeSingleByte(&out, latin1: encoding == .latin1) { return (out, neutralised, false) }
    if !table.dialect.byteOrderMark { out.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
    return (out, neutralised, true)
  }

  private func utf8CSV() -> (bytes: [UInt8], neutralised: Int) {
    let dialect = table.dialect
    let neutralise = formulas == .neutralise
    var neutralised = 0
    let delimiter = dialect.delimiter
    let lineEnd: [UInt8] = dialect.lineEnding == .crlf ? [13, 10] : dialect.lineEnding == .cr ? [13] : [10]
    var out: [UInt8] = dialect.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    out.reserveCapacity(table.rowCount * columns.count * 6 + 64)
    for (i, c) in columns.enumerated() {
      if i > 0 { out.append(delimiter) }
      var name = Array(table.columns[c].schema.name.utf8)
      if neutralise && FormulaHandling.neutralise(&name) { neutralised += 1 }
      TableWriter.appendField(name, delimiter: delimiter, to: &out)
    }
    out.append(contentsOf: lineEnd)
    // Blocks of rows are formatted as tasks for the host's threads and joined in order, a wave
    // of blocks at a time so that no more than a wave's bytes wait beside the output.
    let block = 8192
    let blocks = (table.rowCount + block - 1) / block
    let wave = 16 * workers.count
    var first = 0
    while first < blocks {
      let count = min(wave, blocks - first)
      let parts = workers.map(count) { k in
        formatRows(from: (first + k) * block, to: min((first + k + 1) * block, table.rowCount), neutralise: neutralise, lineEnd: lineEnd)
      }
      for part in parts {
        out.append(contentsOf: part.bytes)
        neutralised += part.neutralised
      }
      first += count
    }
    return (out, neutralised)
  }

  /// The CSV lines of rows `start..<end`, and how many of their cells were neutralised.
  private func formatRows(from start: Int, to end: Int, neutralise: Bool, lineEnd: [UInt8]) -> (bytes: [UInt8], neutralised: Int) {
    let dialect = table.dialect
    let delimiter = dialect.delimiter
    var neutralised = 0
    var out: [UInt8] = []
    out.reserveCapacity((end - start) * columns.count * 6)
    var field: [UInt8] = []
    // Each column's fields are formatted for all rows first, so the column is read in place
    // rather than copied (and its arrays retained) once per cell.
    var cells = [[UInt8]](repeating: [], count: columns.count)
    var ends = [[Int]](repeating: [], count: columns.count)
    for (i, c) in columns.enumerated() {
      // Text cells: level values, and missing codes written back. Numbers, dates and booleans
      // are written by the schema's own formatter and stay numbers (-2 is not a formula).
      let isText = table.columns[c].usesLevels
      let missing = table.columns[c].missing
      for row in start..<end {
        field.removeAll(keepingCapacity: true)
        appendValue(column: c, row: row, asInput: true, to: &field)
        if neutralise, let first = field.first, FormulaHandling.triggers.contains(first),
          isText || (!missing.isEmpty && missing[row] != 0), FormulaHandling.neutralise(&field)
        {
          neutralised += 1
        }
        TableWriter.appendField(field, delimiter: delimiter, to: &cells[i])
        ends[i].append(cells[i].count)
      }
    }
    for k in 0..<(end - start) {
      for i in columns.indices {
        if i > 0 { out.append(delimiter) }
        let from = k == 0 ? 0 : ends[i][k - 1]
        out.append(contentsOf: cells[i][from..<ends[i][k]])
      }
      out.append(contentsOf: lineEnd)
    }
    return (out, neutralised)
  }

  /// A JSON array of records: numbers as numbers, booleans as true/false, dates as text, missing as null.
  func jsonRecords() -> [UInt8] {
    var out: [UInt8] = [91]
    var keys: [[UInt8]] = []
    for c in columns {
      var key: [UInt8] = []
      JSONWriter.appendQuoted(table.columns[c].schema.name, to: &key)
      key.append(58)
      keys.append(key)
    }
    // A constant column of a number (say every row 1.50) is still a number in JSON.
    let constantNumbers: [String?] = columns.map { c in
      let column = table.columns[c]
      guard column.schema.kind == .constant, let level = column.levels.first,
        let number = NumberFormatting.scan(level, decimalComma: table.dialect.decimalComma)
      else { return nil }
      return NumberFormatting.format(number.value, style: .decimals(minimum: number.decimals, maximum: number.decimals))
    }
    var text: [UInt8] = []
    for row in 0..<table.rowCount {
      out.append(contentsOf: row == 0 ? [10, 123] : [44, 10, 123])
      for (i, c) in columns.enumerated() {
        if i > 0 { out.append(44) }
        out.append(contentsOf: keys[i])
        let column = table.columns[c]
        if column.isMissing(row) || column.schema.kind == .empty {
          out.append(contentsOf: "null".utf8)
          continue
        }
        switch column.schema.kind {
        case .integer, .decimal:
          NumberFormatting.append(column.numbers[row], style: column.schema.numberStyle, decimalComma: false, to: &out)
        case .boolean:
          out.append(contentsOf: (column.numbers[row] != 0 ? "true" : "false").utf8)
        case .constant where constantNumbers[i] != nil:
          out.append(contentsOf: constantNumbers[i]!.utf8)
        default:
          text.removeAll(keepingCapacity: true)
          appendValue(column: c, row: row, asInput: false, to: &text)
          JSONWriter.appendQuoted(String(decoding: text, as: UTF8.self), to: &out)
        }
      }
      out.append(125)
    }
    out.append(contentsOf: table.rowCount > 0 ? [10, 93, 10] : [93, 10])
    return out
  }

  func appendValue(column c: Int, row: Int, asInput: Bool, to out: inout [UInt8]) {
    if !table.columns[c].missing.isEmpty {
      let k = Int(table.columns[c].missing[row])
      if k > 0 {
        if missingOutput == .code { out.append(contentsOf: table.columns[c].schema.missingCodes[k - 1].text.utf8) }
        return
      }
    }
    if table.columns[c].usesLevels {
      out.append(contentsOf: table.columns[c].levels[Int(table.columns[c].codes[row])].utf8)
    } else if table.columns[c].schema.kind != .empty {
      table.columns[c].schema.appendText(of: table.columns[c].numbers[row], asInput: asInput, to: &out)
    }
  }

  static func appendField(_ text: String, delimiter: UInt8, to out: inout [UInt8]) {
    appendField(Array(text.utf8), delimiter: delimiter, to: &out)
  }

  /// Quotes a field when it holds the delimiter, a quote, a line break, or leading or trailing spaces.
  static func appendField(_ field: [UInt8], delimiter: UInt8, to out: inout [UInt8]) {
    var needsQuotes = false
    for b in field where b == delimiter || b == 34 || b == 10 || b == 13 { needsQuotes = true; break }
    if let first = field.first, let last = field.last, first == 32 || last == 32 { needsQuotes = true }
    guard needsQuotes else { out.append(contentsOf: field); return }
    out.append(34)
    for b in field {
      if b == 34 { out.append(34) }
      out.append(b)
    }
    out.append(34)
  }
}

/// CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a carriage return as a formula, so `=HYPERLINK("http://…")` in synthetic data becomes a link.
/// `neutralise` writes such text cells with a leading apostrophe, which spreadsheets show as text.
enum FormulaHandling: String, Equatable, CaseIterable {
  case neutralise, keep

  /// `=`, `+`, `-`, `@`, tab, carriage return.
  static let triggers: [UInt8] = [61, 43, 45, 64, 9, 13]

  /// Puts an apostrophe before `field` when it would start a formula; true when it did.
  ///
  /// Two kinds of cells stay as they are, because no spreadsheet runs them: a plain number such
  /// as `-1` or `+2.5e3` (a text column of numeric codes keeps them as numbers), and a lone sign
  /// such as `-` (nothing follows that could be evaluated, and `-` is a standard missing-value
  /// token that must read back as missing).
  static func neutralise(_ field: inout [UInt8]) -> Bool {
    guard let first = field.first, triggers.contains(first), field.count > 1, !isPlainNumber(field) else { return false }
    field.insert(39, at: 0)
    return true
  }

  /// An optional sign, digits with at most one decimal point or comma, and an optional exponent.
  static func isPlainNumber(_ bytes: [UInt8]) -> Bool {
    var i = 0
    let n = bytes.count
    func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    if i < n && (bytes[i] == 43 || bytes[i] == 45) { i += 1 }
    var digits = 0
    while i < n && isDigit(bytes[i]) { i += 1; digits += 1 }
    if i < n && (bytes[i] == 46 || bytes[i] == 44) {
      i += 1
      while i < n && isDigit(bytes[i]) { i += 1; digits += 1 }
    }
    guard digits > 0 else { return false }
    if i < n && (bytes[i] == 101 || bytes[i] == 69) {
      i += 1
      if i < n && (bytes[i] == 43 || bytes[i] == 45) { i += 1 }
      var exponent = 0
      while i < n && isDigit(bytes[i]) { i += 1; exponent += 1 }
      guard exponent > 0 else { return false }
    }
    return i == n
  }
}
