/// The cells of a CSV file before any typing: per column, one code per row into its distinct values.
struct RawTable {
  struct Column {
    var name: String
    /// The header text as written (may be empty or a duplicate).
    var headerText: String
    var values = ValueInterner()
    var codes: [Int32] = []
  }
  var file: String
  var dialect: CSVDialect
  var columns: [Column]
  var rowCount: Int
  var notices: [Notice]
  /// The 1-based line on which each data row starts, for messages about a value (a workbook: the
  /// row's Excel number; an SPSS or Stata file: the case number plus one, the header being line 1).
  var rowLines: [Int32]
}

// In an extension, so the memberwise initialiser stays.
extension RawTable {
  /// A table of `header`'s columns and no rows yet, for a reader to append rows to: empty and
  /// repeated names made unique (a notice each), and a notice when every name is a number.
  init(file: String, dialect: CSVDialect, header: [String], notices: [Notice]) throws(DataError) {
    guard header.count <= CSVReader.maximumColumns else {
      throw .tooManyColumns(file: file, count: header.count, limit: CSVReader.maximumColumns)
    }
    var notices = notices
    if header.allSatisfy({ NumberFormatting.scan($0, decimalComma: true) != nil }) {
      notices.append(Notice(.numericHeader))
    }
    var columns: [Column] = []
    columns.reserveCapacity(header.count)
    for (name, original) in zip(CSVReader.uniqueNames(header, notices: &notices), header) {
      columns.append(Column(name: name, headerText: original))
    }
    self.init(file: file, dialect: dialect, columns: columns, rowCount: 0, notices: notices, rowLines: [])
  }

  /// After the last row: an error when there was none (`end` says where the file ends), and a
  /// notice of the blank lines passed over.
  mutating func finishRows(skippedBlankLines: Int, end: () -> SourceLocation) throws(DataError) {
    if rowCount == 0 { throw .headerOnly(end()) }
    if skippedBlankLines > 0 { notices.append(Notice(.blankLines(skippedBlankLines))) }
  }
}

/// What the user may say about the file instead of letting the reader sniff it.
public struct CSVOptions: Equatable, Sendable {
  public var delimiter: UInt8? = nil
  public var encoding: CSVDialect.Encoding? = nil
  /// nil: detect; true: `1,5` means 1.5; false: never.
  public var decimalComma: Bool? = nil
  /// The sheet of an Excel workbook to read (`--sheet`); nil: the first.
  public var sheet: String? = nil
  public init() {}
}

/// Reads RFC 4180 CSV from bytes: quoted fields with doubled quotes and line breaks, CRLF/LF/CR,
/// a byte-order mark, sniffed delimiter and encoding. Every row must have as many fields as the header.
struct CSVReader {
  static let maximumColumns = 100_000

  var options = CSVOptions()

  func read(_ input: UnsafeBufferPointer<UInt8>, file: String) throws(DataError) -> RawTable {
    var silent = ProgressReporter { _, _ in }
    return try read(input, file: file, progress: &silent)
  }

  func read(_ input: UnsafeBufferPointer<UInt8>, file: String, progress: inout ProgressReporter) throws(DataError) -> RawTable {
    var dialect = CSVDialect()
    var notices: [Notice] = []
    var body = input
    var decoded: [UInt8]? = nil

    if input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF {
      dialect.byteOrderMark = true
      body = UnsafeBufferPointer(rebasing: input[3...])
    } else if input.count >= 2 && ((input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF)) {
      let bigEndian = input[0] == 0xFE
      guard let text = UTF8Text.decodeUTF16(UnsafeBufferPointer(rebasing: input[2...]), bigEndian: bigEndian) else {
        throw .unsupportedEncoding(file: file, encoding: "malformed UTF-16")
      }
      dialect.encoding = bigEndian ? .utf16BE : .utf16LE
      dialect.byteOrderMark = true
      decoded = text
      notices.append(Notice(.utf16Converted))
    }

    if decoded == nil {
      let chosen = try chooseEncoding(body, file: file, notices: &notices)
      dialect.encoding = chosen
      switch chosen {
      case .utf8: break
      case .windows1252: decoded = UTF8Text.decodeWindows1252(body)
      case .latin1: decoded = UTF8Text.decodeLatin1(body)
      case .utf16LE, .utf16BE:
        guard let text = UTF8Text.decodeUTF16(body, bigEndian: chosen == .utf16BE) else {
          throw .unsupportedEncoding(file: file, encoding: "malformed UTF-16")
        }
        decoded = text
      }
    }

    if let decoded {
      return try decoded.withUnsafeBufferPointer { (text) throws(DataError) -> RawTable in
        try parse(text, file: file, dialect: dialect, notices: notices, progress: &progress)
      }
    }
    return try parse(body, file: file, dialect: dialect, notices: notices, progress: &progress)
  }

  private func chooseEncoding(_ body: UnsafeBufferPointer<UInt8>, file: String, notices: inout [Notice]) throws(DataError) -> CSVDialect.Encoding {
    if let forced = options.encoding {
      if forced == .utf8, let bad = UTF8Text.firstInvalidOffset(body) {
        throw .invalidUTF8(CSVReader.locate(bad, in: body, file: file), byte: body[bad], validSequences: nil)
      }
      return forced
    }
    guard let bad = UTF8Text.firstInvalidOffset(body) else { return .utf8 }
    let at = CSVReader.locate(bad, in: body, file: file)
    // UTF-8 with a stray byte or two: read as Windows-1252, every correct letter beyond ASCII
    // would turn into two wrong ones (José into JosÃ©), so it is an error, not a guess.
    let valid = UTF8Text.multibyteCount(body, limit: 1000)
    if valid > 0 { throw .invalidUTF8(at, byte: body[bad], validSequences: valid) }
    notices.append(Notice(.notUTF8(line: at.line)))
    return .windows1252
  }

  /// Line and column of a byte offset; computed only when a message needs it.
  static func locate(_ offset: Int, in text: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
    var line = 1, column = 1, i = 0
    let end = min(offset, text.count)
    while i < end {
      let b = text[i]
      if b == 10 { line += 1; column = 1 }
      else if b == 13 {
        if i + 1 < end && text[i + 1] == 10 { i += 1 }
        line += 1; column = 1
      } else if b & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return SourceLocation(file: file, line: line, column: column)
  }

  private func parse(
    _ text: UnsafeBufferPointer<UInt8>, file: String, dialect inputDialect: CSVDialect, notices inputNotices: [Notice],
    progress: inout ProgressReporter
  ) throws(DataError) -> RawTable {
    var dialect = inputDialect
    var onlyWhitespace = true
    for b in text where b != 32 && b != 9 && b != 10 && b != 13 { onlyWhitespace = false; break }
    if onlyWhitespace { throw .emptyFile(CSVReader.locate(text.count, in: text, file: file)) }
    if let nul = text.firstIndex(of: 0) {
      // ASCII text saved as UTF-16 without a byte-order mark has every other byte zero.
      if text.count >= 4 && ((text[1] == 0 && text[3] == 0 && text[0] != 0) || (text[0] == 0 && text[2] == 0 && text[1] != 0)) {
        throw .utf16WithoutByteOrderMark(file: file)
      }
      throw .binaryFile(CSVReader.locate(nul, in: text, file: file))
    }

    progress.report("reading", 0)
    dialect.delimiter = options.delimiter ?? CSVDialect.sniffDelimiter(text)
    dialect.lineEnding = CSVDialect.sniffLineEnding(text)

    var scanner = FieldScanner(text: text, delimiter: dialect.delimiter, file: file)
    var headerFields: [String] = []
    try scanner.readRecord { (field, _) throws(DataError) in headerFields.append(UTF8Text.string(field)) }
    var raw = try RawTable(file: file, dialect: dialect, header: headerFields, notices: inputNotices)

    let width = raw.columns.count
    var skippedBlankLines = 0
    let reportEvery = max(text.count / 100, 1)
    var nextReport = 0
    while !scanner.atEnd {
      if scanner.position >= nextReport {
        progress.report("reading", Double(scanner.position) / Double(text.count))
        nextReport = scanner.position + reportEvery
      }
      if width > 1 && scanner.skipBlankLine() { skippedBlankLines += 1; continue }
      raw.rowLines.append(Int32(truncatingIfNeeded: scanner.line))
      var found = 0
      var firstExtraField = 0
      try scanner.readRecord { (field, start) throws(DataError) in
        if found < width {
          raw.columns[found].codes.append(raw.columns[found].values.intern(field))
        } else if found == width {
          firstExtraField = start
        }
        found += 1
      }
      if found != width {
        let at = found > width ? firstExtraField : scanner.lastRecordEnd
        throw .fieldCount(CSVReader.locate(at, in: text, file: file), record: raw.rowCount + 1, expected: width, found: found)
      }
      raw.rowCount += 1
    }
    progress.report("reading", 1)
    try raw.finishRows(skippedBlankLines: skippedBlankLines) { CSVReader.locate(text.count, in: text, file: file) }
    return raw
  }

  /// Empty names become `column_N` (N is the 1-based position) and repeats get `_2`, `_3`, ...
  static func uniqueNames(_ header: [String], notices: inout [Notice]) -> [String] {
    var taken = Set(header)
    var seen = Set<String>()
    var names: [String] = []
    names.reserveCapacity(header.count)
    for (i, original) in header.enumerated() {
      var name = original
      if name.isEmpty {
        name = "column_\(i + 1)"
        var k = 2
        while taken.contains(name) { name = "column_\(i + 1)_\(k)"; k += 1 }
        notices.append(Notice(.emptyName(position: i + 1, name: name)))
      } else if seen.contains(name) {
        var k = 2
        while taken.contains(name + "_\(k)") { k += 1 }
        name = original + "_\(k)"
        notices.append(Notice(.duplicateName(position: i + 1, original: original, name: name)))
      }
      taken.insert(name)
      seen.insert(name)
      names.append(name)
    }
    return names
  }
}

/// Walks the bytes one record at a time. Fields come out as byte ranges of the input, or of a
/// scratch buffer when a quoted field contains doubled quotes.
private struct FieldScanner {
  let text: UnsafeBufferPointer<UInt8>
  let delimiter: UInt8
  let file: String
  private(set) var position = 0
  private(set) var line = 1
  private(set) var lastRecordEnd = 0
  private var scratch: [UInt8] = []

  init(text: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String) {
    self.text = text
    self.delimiter = delimiter
    self.file = file
  }

  var atEnd: Bool { position >= text.count }

  /// Skips one line break at the current position; true when the line was empty.
  mutating func skipBlankLine() -> Bool {
    guard position < text.count else { return false }
    let b = text[position]
    if b == 10 { position += 1; line += 1; return true }
    if b == 13 {
      position += position + 1 < text.count && text[position + 1] == 10 ? 2 : 1
      line += 1
      return true
    }
    return false
  }

  /// Calls `emit(field, startOffset)` for each field of the next record and moves past its line break.
  mutating func readRecord(_ emit: (UnsafeBufferPointer<UInt8>, Int) throws(DataError) -> Void) throws(DataError) {
    let n = text.count
    while true {
      let start = position
      if position < n && text[position] == 34 {
        try readQuotedField(emit, start: start)
      } else {
        var i = position
        while i < n {
          let b = text[i]
          if b == delimiter || b == 10 || b == 13 { break }
          i += 1
        }
        try emit(UnsafeBufferPointer(rebasing: text[position..<i]), start)
        position = i
      }
      if position < n && text[position] == delimiter { position += 1; continue }
      lastRecordEnd = position
      if position < n {
        if text[position] == 13 && position + 1 < n && text[position + 1] == 10 { position += 1 }
        position += 1
        line += 1
      }
      return
    }
  }

  private mutating func readQuotedField(_ emit: (UnsafeBufferPointer<UInt8>, Int) throws(DataError) -> Void, start: Int) throws(DataError) {
    let n = text.count
    var i = position + 1
    let contentStart = i
    var hasEscapes = false
    while true {
      guard i < n else { throw .unterminatedQuote(CSVReader.locate(start, in: text, file: file)) }
      let b = text[i]
      if b == 34 {
        if i + 1 < n && text[i + 1] == 34 { hasEscapes = true; i += 2; continue }
        break
      }
      if b == 10 { line += 1 } else if b == 13 { if !(i + 1 < n && text[i + 1] == 10) { line += 1 } }
      i += 1
    }
    let contentEnd = i
    position = i + 1
    if position < n {
      let next = text[position]
      if next != delimiter && next != 10 && next != 13 {
        throw .textAfterClosingQuote(CSVReader.locate(position, in: text, file: file))
      }
    }
    if !hasEscapes {
      try emit(UnsafeBufferPointer(rebasing: text[contentStart..<contentEnd]), start)
      return
    }
    scratch.removeAll(keepingCapacity: true)
    var k = contentStart
    while k < contentEnd {
      scratch.append(text[k])
      k += text[k] == 34 ? 2 : 1
    }
    let field = scratch
    try field.withUnsafeBufferPointer { (buffer) throws(DataError) in try emit(buffer, start) }
  }
}
