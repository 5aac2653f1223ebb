/// SPSS system files (`.sav`: uncompressed or bytecode-compressed; `.zsav`: bytecode in zlib
/// blocks), written from the PSPP project's description of the format. A file is a header, a
/// dictionary of records (variables, value labels, documents, extensions), then the cases: per
/// case one 8-byte element per variable slot (a string of width w takes ceil(w/8) slots).
enum SPSSFile {
  /// Seconds count from 1582-10-14, the first day of the Gregorian calendar (less one).
  static let epochDays = CivilDate.days(year: 1582, month: 10, day: 14)
  /// System-missing: the most negative finite Double.
  static let systemMissing = -Double.greatestFiniteMagnitude

  /// Format type codes that show dates, and dates with a time.
  static let dateFormats: [Int] = [20, 23, 24, 28, 29, 30, 38, 39]
  static let dateTimeFormats: [Int] = [22, 41]
  /// Format type codes by name, for the names the writer may meet (`F8.2` → 5).
  static let formatNames: [(String, Int)] = [
    ("A", 1), ("AHEX", 2), ("COMMA", 3), ("DOLLAR", 4), ("F", 5), ("IB", 6), ("PIBHEX", 7), ("P", 8), ("PIB", 9), ("PK", 10),
    ("RB", 11), ("RBHEX", 12), ("Z", 15), ("N", 16), ("E", 17), ("DATE", 20), ("TIME", 21), ("DATETIME", 22), ("ADATE", 23),
    ("JDATE", 24), ("DTIME", 25), ("WKDAY", 26), ("MONTH", 27), ("MOYR", 28), ("QYR", 29), ("WKYR", 30), ("PCT", 31),
    ("DOT", 32), ("CCA", 33), ("CCB", 34), ("CCC", 35), ("CCD", 36), ("CCE", 37), ("EDATE", 38), ("SDATE", 39),
    ("MTIME", 40), ("YMDHMS", 41),
  ]

  static func formatText(_ packed: Int32) -> String {
    let type = Int((packed >> 16) & 0xFF), width = Int((packed >> 8) & 0xFF), decimals = Int(packed & 0xFF)
    let name = formatNames.first { $0.1 == type }?.0 ?? "F"
    if type == 1 || dateFormats.contains(type) || dateTimeFormats.contains(type) || decimals == 0 && type != 5 { return name + "\(width)" }
    return name + "\(width).\(decimals)"
  }

  /// `F8.2` → (5, 8, 2); nil when it is not a format this table knows.
  static func format(_ text: String) -> (type: Int, width: Int, decimals: Int)? {
    let b = Array(text.utf8)
    var i = 0
    while i < b.count && !UTF8Text.isASCIIDigit(b[i]) { i += 1 }
    let name = String(decoding: b[0..<i], as: UTF8.self)
    guard let type = formatNames.first(where: { $0.0 == name })?.1 else { return nil }
    var width = 0, decimals = 0, afterPoint = false
    for c in b[i...] {
      if c == UInt8(ascii: ".") { afterPoint = true; continue }
      guard UTF8Text.isASCIIDigit(c) else { return nil }
      if afterPoint { decimals = decimals * 10 + Int(c - 48) } else { width = width * 10 + Int(c - 48) }
      if width > 255 || decimals > 16 { return nil }
    }
    return width > 0 ? (type, width, decimals) : nil
  }
}

/// Reads an SPSS system file into the texts of its cells and their metadata.
struct SPSSReader {
  /// A variable record of the dictionary; continuation records (the extra slots of a string) are not kept.
  private struct Variable {
    var shortName: String
    var name: String
    /// 0 numeric, else the string's width in bytes.
    var width: Int
    /// The first of its 8-byte slots in a case, and how many.
    var slot: Int
    var slots: Int
    var printFormat: Int32
    var label = ""
    var missingCount: Int32 = 0
    var missing: [UInt64] = []
    var valueLabels: [(raw: UInt64, label: String)] = []
    /// Segments after this one that belong to it (a very long string).
    var segments: [Int] = []
    var isSegment = false
  }

  static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(StatisticalFileProblem) -> StatisticalTable {
    var c = BinaryCursor(bytes, format: .spss)
    try c.need(176)
    let zlib = bytes[3] == UInt8(ascii: "3")
    c.position = 64
    var layout = try c.int32()
    if layout != 2 && layout != 3 {
      c.bigEndian = true
      c.position = 64
      layout = try c.int32()
      guard layout == 2 || layout == 3 else { throw .damaged(.spss, .header, offset: 64) }
    }
    _ = try c.int32()  // nominal case size: recomputed from the variables
    let compression = try c.int32()
    guard compression == 0 || compression == 1 || (compression == 2 && zlib) else {
      throw .unsupported(.spss, .compression(compression))
    }
    _ = try c.int32()  // weight variable
    var caseCount = Int64(try c.int32())
    let bias = try c.double()
    try c.skip(17)
    let fileLabel = try c.text(64)
    c.position = 176

    var variables: [Variable] = []
    var slotCount = 0
    var longNames: [(String, String)] = []
    var veryLong: [(String, Int)] = []
    var encoding: String? = nil
    var characterCode: Int32 = 0
    var longStringLabels: [(String, [(String, String)])] = []
    var longStringMissing: [(String, [String])] = []
    dictionary: while true {
      let at = Int64(c.position)
      let type = try c.int32()
      switch type {
      case 2:
        let width = try c.int32()
        let hasLabel = try c.int32()
        let missingCount = try c.int32()
        let print = try c.int32()
        _ = try c.int32()
        let shortName = try c.text(8)
        guard width >= -1, width <= 255, hasLabel == 0 || hasLabel == 1, missingCount >= -3, missingCount <= 3 else {
          throw .damaged(.spss, .variables, offset: at)
        }
        var v = Variable(shortName: shortName, name: shortName, width: Int(width), slot: slotCount, slots: 1, printFormat: print)
        slotCount += 1
        if hasLabel == 1 {
          let length = try c.count(4, limit: 65_535, part: .variables)
          v.label = try c.text(length, trimSpaces: false)
          try c.skip(Int64((4 - length % 4) % 4))
        }
        v.missingCount = missingCount
        for _ in 0..<Int(missingCount < 0 ? -missingCount : missingCount) { v.missing.append(try c.unsigned(8)) }
        if width == -1 {
          // A continuation slot of the string before it.
          guard let last = variables.indices.last, variables[last].width > 0 else { throw .damaged(.spss, .variables, offset: at) }
          variables[last].slots += 1
        } else {
          variables.append(v)
        }
      case 3:
        let count = try c.count(4, limit: Int64(c.remaining / 9), part: .valueLabels)
        var labels: [(UInt64, String)] = []
        for _ in 0..<count {
          let raw = try c.unsigned(8)
          let length = Int(try c.byte())
          let label = try c.text(length, trimSpaces: false)
          try c.skip(Int64((8 - (length + 1) % 8) % 8))
          labels.append((raw, label))
        }
        let recordAt = Int64(c.position)
        guard try c.int32() == 4 else { throw .damaged(.spss, .valueLabels, offset: recordAt) }
        let n = try c.count(4, limit: Int64(slotCount), part: .valueLabels)
        for _ in 0..<n {
          let indexAt = Int64(c.position)
          let slot = Int(try c.int32()) - 1
          guard let k = variables.firstIndex(where: { $0.slot == slot }) else { throw .damaged(.spss, .valueLabels, offset: indexAt) }
          for (raw, label) in labels { variables[k].valueLabels.append((raw, label)) }
        }
      case 6:
        let lines = try c.count(4, limit: Int64(c.remaining / 80), part: .header)
        try c.skip(Int64(lines) * 80)
      case 7:
        let subtype = try c.int32()
        let size = Int64(try c.int32())
        let count = Int64(try c.int32())
        guard size >= 0, count >= 0 else { throw .damaged(.spss, .extensionRecord, offset: at) }
        let length = size * count  // both below 2^31: no overflow in 64 bits
        try c.need(length)
        let start = c.position
        let data = UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(length))])
        switch subtype {
        case 3 where size == 4 && count >= 8:
          var sub = BinaryCursor(data, format: .spss)
          sub.bigEndian = c.bigEndian
          sub.position = 28
          characterCode = try sub.int32()
        case 13: longNames = Self.pairs(data, singleByte: c.singleByte)
        case 14: veryLong = Self.pairs(data, singleByte: c.singleByte).map { ($0.0, Int(UTF8Text.trimmed($0.1)) ?? 0) }
        case 20: encoding = UTF8Text.string(data)
        case 21: longStringLabels = try Self.longStringLabels(data, bigEndian: c.bigEndian, at: Int64(start))
        case 22: longStringMissing = try Self.longStringMissing(data, bigEndian: c.bigEndian, at: Int64(start))
        case 16 where size == 8 && count == 2:
          var sub = BinaryCursor(data, format: .spss)
          sub.bigEndian = c.bigEndian
          sub.position = 8
          let n = try sub.int64()
          if caseCount < 0 && n >= 0 { caseCount = n }
        default: break
        }
        c.position = start + Int(length)
        // The encoding decides how the names and labels read so far were decoded.
        if subtype == 20 || subtype == 3 { try Self.checkEncoding(encoding, characterCode, cursor: &c) }
      case 999:
        _ = try c.int32()
        break dictionary
      default:
        throw .damaged(.spss, .variables, offset: at)
      }
    }
    guard !variables.isEmpty else { throw .damaged(.spss, .variables, offset: 176) }
    // A string of width w has ceil(w/8) slots: its record and the continuation records after it.
    for v in variables where v.slots != (v.width == 0 ? 1 : (v.width + 7) / 8) { throw .damaged(.spss, .variables, offset: 176) }
    if c.singleByte {
      // Names and labels were read before the encoding record said Windows-1252: read them again.
      try Self.reread(&variables, bytes: bytes, bigEndian: c.bigEndian)
    }

    // Long names (subtype 13), then very long strings (subtype 14) joined from their segments.
    for k in variables.indices {
      if let long = longNames.first(where: { $0.0 == variables[k].shortName }) { variables[k].name = long.1 }
    }
    for (short, width) in veryLong where width > 255 {
      guard let k = variables.firstIndex(where: { $0.shortName == short }) else { continue }
      let segments = (width + 251) / 252
      guard k + segments <= variables.count else { throw .damaged(.spss, .extensionRecord, offset: 176) }
      for s in 1..<segments {
        variables[k].segments.append(k + s)
        variables[k + s].isSegment = true
      }
      variables[k].width = width
    }
    let kept = variables.indices.filter { !variables[$0].isSegment }

    // The cases.
    var cases = CaseStream(cursor: c, compression: Int(compression), bias: bias, slots: slotCount)
    if compression == 2 { try cases.inflateBlocks() }
    var numbers: [[Double]] = Array(repeating: [], count: variables.count)
    var strings: [[String]] = Array(repeating: [], count: variables.count)
    var element = Array(repeating: UInt8(0), count: slotCount * 8)
    var rows = 0
    while caseCount < 0 || Int64(rows) < caseCount {
      guard try cases.next(into: &element) else { break }
      for k in kept {
        let v = variables[k]
        if v.width == 0 {
          numbers[k].append(Double(bitPattern: Self.word(element, v.slot * 8, bigEndian: c.bigEndian)))
        } else {
          var text: [UInt8] = []
          for part in [k] + v.segments {
            let p = variables[part]
            let width = v.segments.isEmpty ? v.width : min(255, p.width)
            text += element[(p.slot * 8)..<(p.slot * 8 + width)]
          }
          while text.last == 32 { text.removeLast() }
          strings[k].append(text.withUnsafeBufferPointer { StatisticalText.string($0, from: 0, count: $0.count, trimSpaces: true, singleByte: c.singleByte) })
        }
      }
      rows += 1
    }
    if caseCount >= 0 && Int64(rows) < caseCount { throw .truncated(.spss, offset: Int64(bytes.count)) }

    // Cells as text, with labels and user-missing values.
    var table = StatisticalTable(format: .spss)
    table.fileLabel = fileLabel
    var names: [String] = []
    var cells: [[String?]] = []
    var userMissing: [[Bool]] = []
    for k in kept {
      let v = variables[k]
      var meta = VariableMetadata(origin: .spss)
      meta.label = v.label
      meta.format = SPSSFile.formatText(v.printFormat)
      meta.isString = v.width > 0
      var column: [String?] = []
      var missing: [Bool] = Array(repeating: false, count: rows)
      column.reserveCapacity(rows)
      if v.width == 0 {
        for (raw, label) in v.valueLabels {
          let value = Double(bitPattern: raw)
          if value.isFinite && value != SPSSFile.systemMissing { meta.valueLabels.append(ValueLabel(code: StatisticalText.number(value), label: label)) }
        }
        let values = v.missing.map { Double(bitPattern: $0) }
        var discrete = values
        if v.missingCount < 0 {
          meta.missingRange = VariableMetadata.MissingRange(low: values[0], high: values[1])
          discrete = Array(values.dropFirst(2))
        }
        meta.missingValues = discrete.map { StatisticalText.number($0) }
        let range = meta.missingRange
        func isMissing(_ x: Double) -> Bool { (range.map { $0.low <= x && x <= $0.high } ?? false) || discrete.contains(x) }
        // Each labelled value's label, found by the value's bits (a lookup per cell, not a search).
        var labelOf: [UInt64: String] = [:]
        var seen: Set<String> = []
        var shared = false
        for (raw, label) in v.valueLabels where Double(bitPattern: raw).isFinite && labelOf[raw] == nil {
          if !seen.insert(label).inserted { shared = true }
          labelOf[raw] = label
        }
        let type = Int((v.printFormat >> 16) & 0xFF)
        let isDate = SPSSFile.dateFormats.contains(type), isDateTime = SPSSFile.dateTimeFormats.contains(type)
        // Labels are shown when every valid value in the data has one and no two values share a label.
        var showsLabels = !labelOf.isEmpty && !shared && !isDate && !isDateTime
        var anyValid = false
        if showsLabels {
          for value in numbers[k] where value.isFinite && value != SPSSFile.systemMissing && !isMissing(value) {
            guard labelOf[value.bitPattern] != nil else { showsLabels = false; break }
            anyValid = true
          }
        }
        meta.showsLabels = showsLabels && anyValid
        for (row, value) in numbers[k].enumerated() {
          guard value.isFinite, value != SPSSFile.systemMissing else { column.append(nil); continue }
          if isMissing(value) {
            missing[row] = true
            column.append(labelOf[value.bitPattern] ?? StatisticalText.number(value))
          } else if meta.showsLabels {
            column.append(labelOf[value.bitPattern] ?? StatisticalText.number(value))
          } else if isDate {
            let days = (value / 86_400).rounded(.down).integer(clampedTo: -10_000_000...10_000_000) + SPSSFile.epochDays
            column.append(CivilDate.isoText(days: days))
          } else if isDateTime {
            column.append(StatisticalText.dateTime(seconds: value + Double(SPSSFile.epochDays) * 86_400))
          } else {
            column.append(StatisticalText.number(value))
          }
        }
      } else {
        for (raw, label) in v.valueLabels {
          // `raw` was read as a number; its bytes in file order are the string.
          var b: [UInt8] = []
          for i in 0..<8 { b.append(UInt8(truncatingIfNeeded: raw >> (c.bigEndian ? 56 - 8 * i : 8 * i))) }
          let code = b.withUnsafeBufferPointer { StatisticalText.string($0, from: 0, count: 8, trimSpaces: true, singleByte: c.singleByte) }
          meta.valueLabels.append(ValueLabel(code: code, label: label))
        }
        if let long = longStringLabels.first(where: { $0.0 == v.name || $0.0 == v.shortName }) {
          for (code, label) in long.1 { meta.valueLabels.append(ValueLabel(code: code, label: label)) }
        }
        for raw in v.missing {
          var b: [UInt8] = []
          for i in 0..<8 { b.append(UInt8(truncatingIfNeeded: raw >> (c.bigEndian ? 56 - 8 * i : 8 * i))) }
          meta.missingValues.append(b.withUnsafeBufferPointer { StatisticalText.string($0, from: 0, count: 8, trimSpaces: true, singleByte: c.singleByte) })
        }
        if let long = longStringMissing.first(where: { $0.0 == v.name || $0.0 == v.shortName }) { meta.missingValues += long.1 }
        for (row, text) in strings[k].enumerated() {
          if text.isEmpty { column.append(nil); continue }
          if meta.missingValues.contains(text) { missing[row] = true }
          column.append(text)
        }
      }
      names.append(v.name)
      cells.append(column)
      userMissing.append(missing)
      table.variables.append(meta)
    }
    table.build(names: names, cells: cells, userMissing: userMissing, rowCount: rows)
    return table
  }

  private static func word(_ b: [UInt8], _ at: Int, bigEndian: Bool) -> UInt64 {
    var v: UInt64 = 0
    for i in 0..<8 { v = v << 8 | UInt64(b[at + (bigEndian ? i : 7 - i)]) }
    return v
  }

  /// `KEY=value` pairs separated by tabs (subtypes 13 and 14; 14 also ends each with a NUL).
  private static func pairs(_ data: UnsafeBufferPointer<UInt8>, singleByte: Bool) -> [(String, String)] {
    var out: [(String, String)] = []
    var start = 0
    for i in 0...data.count {
      guard i == data.count || data[i] == 9 else { continue }
      var end = i
      while end > start && data[end - 1] == 0 { end -= 1 }
      if let eq = (start..<end).first(where: { data[$0] == UInt8(ascii: "=") }) {
        let key = StatisticalText.string(data, from: start, count: eq - start, trimSpaces: true, singleByte: singleByte)
        let value = StatisticalText.string(data, from: eq + 1, count: end - eq - 1, trimSpaces: false, singleByte: singleByte)
        out.append((key, value))
      }
      start = i + 1
    }
    return out
  }

  /// Subtype 21: value labels of strings wider than 8 bytes.
  private static func longStringLabels(_ data: UnsafeBufferPointer<UInt8>, bigEndian: Bool, at: Int64) throws(StatisticalFileProblem) -> [(String, [(String, String)])] {
    var c = BinaryCursor(data, format: .spss)
    c.bigEndian = bigEndian
    var out: [(String, [(String, String)])] = []
    do {
      while c.remaining > 0 {
        let name = try c.text(try c.count(4, limit: Int64(c.remaining), part: .extensionRecord))
        _ = try c.int32()  // width
        let n = try c.count(4, limit: Int64(c.remaining / 8), part: .extensionRecord)
        var labels: [(String, String)] = []
        for _ in 0..<n {
          let value = try c.text(try c.count(4, limit: Int64(c.remaining), part: .extensionRecord))
          let label = try c.text(try c.count(4, limit: Int64(c.remaining), part: .extensionRecord), trimSpaces: false)
          labels.append((value, label))
        }
        out.append((name, labels))
      }
    } catch {
      throw .damaged(.spss, .extensionRecord, offset: at + Int64(c.position))
    }
    return out
  }

  /// Subtype 22: user-missing values of strings wider than 8 bytes.
  private static func longStringMissing(_ data: UnsafeBufferPointer<UInt8>, bigEndian: Bool, at: Int64) throws(StatisticalFileProblem) -> [(String, [String])] {
    var c = BinaryCursor(data, format: .spss)
    c.bigEndian = bigEndian
    var out: [(String, [String])] = []
    do {
      while c.remaining > 0 {
        let name = try c.text(try c.count(4, limit: Int64(c.remaining), part: .extensionRecord))
        let n = Int(try c.byte())
        let length = try c.count(4, limit: Int64(c.remaining), part: .extensionRecord)
        var values: [String] = []
        for _ in 0..<n { values.append(try c.text(length)) }
        out.append((name, values))
      }
    } catch {
      throw .damaged(.spss, .extensionRecord, offset: at + Int64(c.position))
    }
    return out
  }

  /// UTF-8 (the default of SPSS since version 16 in Unicode mode) or Windows-1252 and its subset
  /// Latin-1 and ASCII; other code pages are refused rather than read as wrong letters.
  private static func checkEncoding(_ name: String?, _ code: Int32, cursor c: inout BinaryCursor) throws(StatisticalFileProblem) {
    if let name {
      let lower = UTF8Text.asciiLowercased(UTF8Text.trimmed(name))
      if lower == "utf-8" || lower == "utf8" { c.singleByte = false; return }
      if ["windows-1252", "cp1252", "iso-8859-1", "iso_8859-1", "latin1", "us-ascii", "ascii"].contains(lower) { c.singleByte = true; return }
      throw .unsupported(.spss, .characterSet(name))
    }
    switch code {
    case 65001, 0: c.singleByte = false
    case 1252, 28591, 20127, 2, 3: c.singleByte = true
    default: throw .unsupported(.spss, .codePage(code))
    }
  }

  /// Reads the variable records' names and labels again as Windows-1252.
  private static func reread(_ variables: inout [Variable], bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) throws(StatisticalFileProblem) {
    var c = BinaryCursor(bytes, format: .spss)
    c.bigEndian = bigEndian
    c.singleByte = true
    c.position = 176
    var k = 0
    while k < variables.count {
      let type = try c.int32()
      guard type == 2 else { break }
      let width = try c.int32()
      let hasLabel = try c.int32()
      let missingCount = try c.int32()
      try c.skip(8)
      let short = try c.text(8)
      var label = ""
      if hasLabel == 1 {
        let length = try c.count(4, limit: 65_535, part: .variables)
        label = try c.text(length, trimSpaces: false)
        try c.skip(Int64((4 - length % 4) % 4))
      }
      try c.skip(Int64(missingCount < 0 ? -missingCount : missingCount) * 8)
      if width != -1 {
        variables[k].shortName = short
        variables[k].name = short
        variables[k].label = label
        k += 1
      }
    }
  }
}

/// The 8-byte elements of the cases, uncompressed, bytecode-compressed, or bytecode in zlib blocks.
private struct CaseStream {
  var cursor: BinaryCursor
  let compression: Int
  let bias: Double
  let slots: Int
  /// Bytecode: the current 8 command bytes and the next to use.
  var commands: [UInt8] = []
  var next = 8
  var ended = false
  /// zsav: the bytecode stream inflated from its blocks.
  var inflated: [UInt8] = []
  var inflatedAt = 0

  init(cursor: BinaryCursor, compression: Int, bias: Double, slots: Int) {
    self.cursor = cursor
    self.compression = compression
    self.bias = bias
    self.slots = slots
  }

  /// zsav: a header (offsets of itself and of the trailer), zlib blocks, and a trailer listing them.
  mutating func inflateBlocks() throws(StatisticalFileProblem) {
    let headerAt = cursor.position
    let headerOffset = try cursor.int64()
    let trailerOffset = try cursor.int64()
    let trailerLength = try cursor.int64()
    guard headerOffset == Int64(headerAt), trailerOffset > headerOffset, trailerLength >= 24,
      trailerOffset <= Int64(cursor.bytes.count), trailerLength <= Int64(cursor.bytes.count) - trailerOffset
    else { throw .damaged(.spss, .data, offset: Int64(headerAt)) }
    var t = cursor
    t.position = Int(trailerOffset)
    try t.skip(16)
    _ = try t.int32()  // block size
    let blocks = try t.count(4, limit: (trailerLength - 24) / 24, part: .data)
    for _ in 0..<blocks {
      let at = Int64(t.position)
      _ = try t.int64()
      let offset = try t.int64()
      let size = Int64(try t.int32())
      let compressed = Int64(try t.int32())
      guard offset > Int64(headerAt), compressed > 6, size >= 0, offset + compressed <= trailerOffset,
        size <= 1 << 30, Int64(inflated.count) + size <= MemoryBudget.tableBytes
      else { throw .damaged(.spss, .data, offset: at) }
      let start = Int(offset) + 2  // past the zlib header; the Adler-32 checksum is not checked
      let deflated = UnsafeBufferPointer(rebasing: cursor.bytes[start..<(Int(offset + compressed))])
      let block: [UInt8]
      do { block = try Inflate.inflate(deflated, limit: Int(size), sizeHint: Int(size)) } catch { throw .damaged(.spss, .data, offset: offset) }
      guard Int64(block.count) == size else { throw .damaged(.spss, .data, offset: offset) }
      inflated += block
    }
  }

  /// The next case's elements; false at the end of the data.
  mutating func next(into element: inout [UInt8]) throws(StatisticalFileProblem) -> Bool {
    if compression == 0 {
      guard cursor.remaining >= slots * 8 else {
        if cursor.remaining == 0 { return false }
        throw .truncated(.spss, offset: Int64(cursor.bytes.count))
      }
      for i in 0..<(slots * 8) { element[i] = cursor.bytes[cursor.position + i] }
      cursor.position += slots * 8
      return true
    }
    var s = 0
    while s < slots {
      guard let code = try command() else {
        if s == 0 { return false }
        throw .truncated(.spss, offset: Int64(cursor.bytes.count))
      }
      switch code {
      case 0: continue
      case 252:
        ended = true
        if s == 0 { return false }
        throw .truncated(.spss, offset: Int64(cursor.bytes.count))
      case 253:
        guard let raw = try raw8() else { throw .truncated(.spss, offset: Int64(cursor.bytes.count)) }
        for i in 0..<8 { element[s * 8 + i] = raw[i] }
      case 254:
        for i in 0..<8 { element[s * 8 + i] = 32 }
      default:
        let value = code == 255 ? SPSSFile.systemMissing : Double(code) - bias
        let bits = value.bitPattern
        for i in 0..<8 { element[s * 8 + i] = UInt8(truncatingIfNeeded: bits >> (cursor.bigEndian ? 56 - 8 * i : 8 * i)) }
      }
      s += 1
    }
    return true
  }

  private mutating func raw8() throws(StatisticalFileProblem) -> [UInt8]? {
    if compression == 2 {
      guard inflated.count - inflatedAt >= 8 else { return nil }
      defer { inflatedAt += 8 }
      return Array(inflated[inflatedAt..<(inflatedAt + 8)])
    }
    guard cursor.remaining >= 8 else { return nil }
    defer { cursor.position += 8 }
    return Array(cursor.bytes[cursor.position..<(cursor.position + 8)])
  }

  private mutating func command() throws(StatisticalFileProblem) -> UInt8? {
    if ended { return nil }
    if next == 8 {
      guard let block = try raw8() else { return nil }
      commands = block
      next = 0
    }
    next += 1
    return commands[next - 1]
  }
}
