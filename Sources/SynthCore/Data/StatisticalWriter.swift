/// A table written as an SPSS system file or a Stata 118 data file, with the labels, user-missing
/// values and formats its columns kept from such a file (a CSV's columns get plain ones: numbers,
/// dates with a date format, text as strings, yes/no as 0/1 with labels).
struct StatisticalWriter {
  var table: Table
  var columns: [Int]
  /// Missing values as their codes (user-missing) instead of system-missing.
  var missingAsCode = true

  /// One cell as stored: a number, a Stata extended missing value (1–26 for `.a`–`.z`),
  /// system-missing, or text.
  enum Cell: Equatable {
    case number(Double)
    case missing(letter: Int)
    case systemMissing
    case text([UInt8])
  }

  /// How one column is stored.
  struct Variable {
    var name: String
    var label: String
    var isString: Bool
    /// Bytes of the widest text, for strings.
    var width = 1
    var format = ""
    /// Numeric codes and their labels (strings: `textLabels`).
    var numberLabels: [(Double, String)] = []
    var textLabels: [(String, String)] = []
    /// Stata: the letters of the extended missing values used and their labels.
    var letterLabels: [(Int, String)] = []
    var labelSet = ""
    /// SPSS: user-missing declared as values (numbers or text) and a range.
    var missingNumbers: [Double] = []
    var missingTexts: [String] = []
    var missingRange: VariableMetadata.MissingRange? = nil
    var cells: [Cell] = []
    var isDate = false
    var isDateTime = false
  }

  /// Each column's storage, names made valid and unique for `format`.
  func variables(for format: StatisticalFormat) -> [Variable] {
    var out: [Variable] = []
    var taken: [String] = []
    for c in columns {
      let column = table.columns[c]
      let schema = column.schema
      let meta = schema.metadata
      let sameOrigin = meta?.origin == format
      let name = StatisticalText.variableName(schema.name, for: format, taken: taken)
      taken.append(name)
      var v = Variable(name: name, label: meta?.label ?? "", isString: false)
      if v.label.isEmpty && name != schema.name { v.label = schema.name }
      v.isDate = schema.kind == .date
      v.isDateTime = schema.kind == .datetime
      let labels = meta?.valueLabels ?? []
      // Codes of labels, and texts that are labels (a column that shows labels).
      func code(of text: String) -> String? { meta?.code(ofLabel: text) }
      switch schema.kind {
      case .integer, .decimal, .date, .datetime, .boolean: v.isString = false
      case .empty: v.isString = meta?.isString ?? false
      case .categorical, .identifier, .constant:
        // Numeric codes when the column shows an SPSS or Stata variable's labels.
        v.isString = !(meta.map { $0.showsLabels && !$0.isString } ?? false)
      }
      var usedLetters: [(Int, String)] = []
      var otherCode: Double? = nil
      // Each missing code's cell, decided once per code (index k + 1 for `schema.missingCodes[k]`).
      var missingCells: [Cell] = [.systemMissing]
      let userCodes = schema.missingCodes.indices.filter { missingAsCode && schema.missingCodes[$0].isUserCode }
      func stored(_ k: Int) -> String { code(of: schema.missingCodes[k].text) ?? schema.missingCodes[k].text }
      func label(_ k: Int) -> String { meta?.label(of: stored(k)) ?? schema.missingCodes[k].text }
      missingCells += Array(repeating: .systemMissing, count: schema.missingCodes.count)
      if v.isString {
        for k in userCodes { missingCells[k + 1] = .text(Array(schema.missingCodes[k].text.utf8)) }
      } else if format == .stata {
        // Stata's user-missing values are `.a`–`.z`: a code that is one keeps its letter, any other
        // code gets the next free letter, labelled with its label or text.
        var taken = userCodes.compactMap { StataFile.missingLetter(stored($0)) }
        for k in userCodes {
          if let l = StataFile.missingLetter(stored(k)) {
            missingCells[k + 1] = .missing(letter: l)
            if !usedLetters.contains(where: { $0.0 == l }) { usedLetters.append((l, meta?.label(of: stored(k)) ?? "")) }
          } else if let l = (1...26).first(where: { !taken.contains($0) }) {
            taken.append(l)
            missingCells[k + 1] = .missing(letter: l)
            usedLetters.append((l, label(k)))
          }
        }
      } else if !userCodes.isEmpty {
        // SPSS's user-missing values are numbers: a code that is a number stays; codes that are
        // not (Stata's `.a`, a CSV's `onbekend`) get free numbers below every value, labelled.
        // More than three codes are declared as a range, which must hold no valid value: when
        // it would, every code gets a free number below the data.
        let given = userCodes.map { NumberFormatting.scan(stored($0), decimalComma: false)?.value }
        let lowest = Self.lowest(column, schema: schema, labels: labels)
        /// The codes with free numbers for those not given (or for all), and which were made.
        func codes(all: Bool) -> [(Double, Bool)] {
          var next = lowest - 1
          return given.map { g in
            if let g, !all { return (g, false) }
            defer { next -= 1 }
            return (next, true)
          }
        }
        var chosen = codes(all: false)
        if !sameOrigin, chosen.count > 3, let low = chosen.map({ $0.0 }).min(), let high = chosen.map({ $0.0 }).max(),
          Self.hasValue(column, schema: schema, from: low, to: high)
        {
          chosen = codes(all: true)
        }
        for (i, k) in userCodes.enumerated() {
          let (value, made) = chosen[i]
          missingCells[k + 1] = .number(value)
          if made { v.numberLabels.append((value, label(k))) }
          if !sameOrigin && !v.missingNumbers.contains(value) { v.missingNumbers.append(value) }
        }
      }
      // Each level's cell, decided once: its text, or the code of the label it is.
      var levelCells: [Cell] = []
      for text in column.usesLevels ? column.levels : [] {
        if v.isString {
          levelCells.append(.text(Array(text.utf8)))
        } else if let c = code(of: text), let n = NumberFormatting.scan(c, decimalComma: false)?.value {
          levelCells.append(.number(n))
        } else {
          // A level the source had no code for (rare levels pooled into `other`): the next free code.
          if otherCode == nil {
            let codes = labels.compactMap { NumberFormatting.scan($0.code, decimalComma: false)?.value }
            otherCode = (codes.max() ?? 0).rounded(.down) + 1
            v.numberLabels.append((otherCode!, text))
          }
          levelCells.append(.number(otherCode!))
        }
      }
      var cells: [Cell] = []
      cells.reserveCapacity(table.rowCount)
      for row in 0..<table.rowCount {
        let m = column.missing.isEmpty ? 0 : Int(column.missing[row])
        if m > 0 || schema.kind == .empty {
          cells.append(missingCells[m])
          continue
        }
        switch schema.kind {
        case .integer, .decimal:
          cells.append(.number(column.numbers[row]))
        case .date:
          let days = column.numbers[row]
          cells.append(.number(format == .spss ? (days - Double(SPSSFile.epochDays)) * 86_400 : days - Double(StataFile.epochDays)))
        case .datetime:
          let seconds = column.numbers[row]
          cells.append(.number(format == .spss ? seconds - Double(SPSSFile.epochDays) * 86_400 : (seconds - Double(StataFile.epochDays) * 86_400) * 1000))
        case .boolean:
          let value = column.numbers[row]
          if let meta, meta.showsLabels, let labels = schema.booleanLabels, let c = code(of: value != 0 ? labels.1 : labels.0),
            let n = NumberFormatting.scan(c, decimalComma: false)?.value
          {
            cells.append(.number(n))
          } else {
            cells.append(.number(value != 0 ? 1 : 0))
          }
        case .categorical, .identifier, .constant:
          cells.append(levelCells[Int(column.codes[row])])
        case .empty:
          cells.append(.systemMissing)
        }
      }
      // Labels: the source's, or yes/no for a boolean column.
      if v.isString {
        if format == .spss { v.textLabels = labels.filter { StataFile.missingLetter($0.code) == nil }.map { ($0.code, $0.label) } }
      } else {
        for l in labels {
          if let n = NumberFormatting.scan(l.code, decimalComma: false)?.value {
            if format == .stata && (n != n.rounded() || abs(n) > 2_147_483_620) { continue }
            v.numberLabels.append((n, l.label))
          } else if format == .stata, let letter = StataFile.missingLetter(l.code), !usedLetters.contains(where: { $0.0 == letter }) {
            usedLetters.append((letter, l.label))
          }
        }
        if meta == nil, schema.kind == .boolean, let (no, yes) = schema.booleanLabels {
          v.numberLabels = [(0, no), (1, yes)]
        }
        v.numberLabels.sort { $0.0 < $1.0 }
      }
      v.letterLabels = usedLetters.filter { !$0.1.isEmpty }.sorted { $0.0 < $1.0 }
      if v.isString {
        for cell in cells { if case .text(let t) = cell { v.width = max(v.width, t.count) } }
      }
      // User-missing declarations: the source's when it was this format, else the codes written.
      if let meta, sameOrigin {
        v.missingRange = meta.missingRange
        if v.isString { v.missingTexts = meta.missingValues } else { v.missingNumbers = meta.missingValues.compactMap { NumberFormatting.scan($0, decimalComma: false)?.value } }
        v.format = meta.format
        v.labelSet = meta.labelSet
      } else if v.isString && missingAsCode {
        v.missingTexts = schema.missingCodes.filter { $0.isUserCode }.map { $0.text }
      }
      if v.missingNumbers.count > 3 && v.missingRange == nil {
        v.missingRange = VariableMetadata.MissingRange(low: v.missingNumbers.min()!, high: v.missingNumbers.max()!)
        v.missingNumbers = []
      }
      if v.labelSet.isEmpty { v.labelSet = name }
      v.cells = cells
      out.append(v)
    }
    return out
  }
}

extension StatisticalWriter {
  /// Whether a valid (not missing) value of a numeric column lies in `low...high`.
  fileprivate static func hasValue(_ column: Column, schema: ColumnSchema, from low: Double, to high: Double) -> Bool {
    guard !column.usesLevels else { return false }
    for (row, x) in column.numbers.enumerated() where !column.isMissing(row) && low <= x && x <= high { return true }
    return false
  }

  /// The whole number at or below every value of a column, its codes and zero: codes below it are free.
  fileprivate static func lowest(_ column: Column, schema: ColumnSchema, labels: [ValueLabel]) -> Double {
    var low = 0.0
    if !column.usesLevels {
      for (row, x) in column.numbers.enumerated() where !column.isMissing(row) && x.isFinite { low = min(low, x) }
    }
    for code in schema.missingCodes.map({ $0.text }) + labels.map({ $0.code }) {
      if let x = NumberFormatting.scan(code, decimalComma: false)?.value, x.isFinite { low = min(low, x) }
    }
    return low.rounded(.down)
  }
}

// MARK: SPSS

extension StatisticalWriter {
  /// An SPSS system file, bytecode-compressed (as SPSS writes by default), in UTF-8.
  func sav() -> [UInt8] {
    let vars = variables(for: .spss)
    // Each variable's segments: one for a number or a string of up to 255 bytes; a longer
    // ("very long") string is cut into segments of 255 bytes (the last shorter), one record each.
    var segments: [[(short: String, width: Int)]] = []
    for (k, v) in vars.enumerated() {
      guard v.isString, v.width > 255 else {
        segments.append([("V\(k + 1)", v.isString ? v.width : 0)])
        continue
      }
      let n = (v.width + 251) / 252
      segments.append((0..<n).map { i in ("V\(k + 1)" + (i == 0 ? "" : "_\(i)"), i < n - 1 ? 255 : v.width - 252 * (n - 1)) })
    }
    func slotCount(_ width: Int) -> Int { width == 0 ? 1 : (width + 7) / 8 }
    var o = BinaryOutput()
    let slots = segments.joined().reduce(0) { $0 + slotCount($1.width) }
    o.text("$FL2")
    o.fixed("@(#) SPSS DATA FILE LocalSynth", 60, pad: 32)
    o.int32(2)
    o.int32(slots)
    o.int32(1)  // bytecode compression
    o.int32(0)
    o.int32(min(table.rowCount, Int(Int32.max)))
    o.double(100)
    // A fixed date and time: the same input gives the same bytes.
    o.fixed("01 Jan 70", 9, pad: 32)
    o.fixed("00:00:00", 8, pad: 32)
    o.fixed("", 64, pad: 32)
    o.fixed("", 3)
    var firstSlot: [Int] = []
    var slot = 1
    for (k, v) in vars.enumerated() {
      firstSlot.append(slot)
      for (i, segment) in segments[k].enumerated() {
        let spec: (type: Int, width: Int, decimals: Int) = i == 0 ? Self.spssFormat(v) : (1, segment.width, 0)
        let packed = Int(spec.type) << 16 | min(spec.width, 255) << 8 | spec.decimals
        let label = i == 0 ? StatisticalText.prefix(Array(v.label.utf8), 255) : []
        let discrete = i > 0 ? 0 : v.isString ? (v.width <= 8 ? v.missingTexts.prefix(3).count : 0) : v.missingNumbers.prefix(v.missingRange == nil ? 3 : 1).count
        o.int32(2)
        o.int32(segment.width)
        o.int32(label.isEmpty ? 0 : 1)
        o.int32(v.missingRange != nil && !v.isString && i == 0 ? -(2 + discrete) : discrete)
        o.int32(packed)
        o.int32(packed)
        o.fixed(segment.short, 8, pad: 32)
        if !label.isEmpty {
          o.int32(label.count)
          o.bytes += label
          o.bytes += Array(repeating: 32, count: (4 - label.count % 4) % 4)
        }
        if v.isString {
          for m in v.missingTexts.prefix(discrete) { o.fixed(m, 8, pad: 32) }
        } else {
          if let r = v.missingRange {
            o.double(r.low)
            o.double(r.high)
          }
          for m in v.missingNumbers.prefix(discrete) { o.double(m) }
        }
        for _ in 1..<slotCount(segment.width) {
          o.int32(2)
          o.int32(-1)
          o.int32(0)
          o.int32(0)
          o.int32(0x01_1D_01)
          o.int32(0x01_1D_01)
          o.fixed("", 8, pad: 32)
        }
        slot += slotCount(segment.width)
      }
    }
    // Value labels: a record pair per variable (numbers, and strings of up to 8 bytes); longer
    // strings' labels and missing values go in extension records 21 and 22.
    var longLabels = BinaryOutput(), longMissing = BinaryOutput()
    for (k, v) in vars.enumerated() {
      var pairs: [(UInt64, String)] = []
      if v.isString {
        if v.width > 8 {
          if !v.textLabels.isEmpty {
            let width = v.width
            longLabels.int32(v.name.utf8.count); longLabels.text(v.name)
            longLabels.int32(width)
            longLabels.int32(v.textLabels.count)
            for (value, label) in v.textLabels {
              longLabels.int32(width); longLabels.fixed(value, width, pad: 32)
              longLabels.int32(label.utf8.count); longLabels.text(label)
            }
          }
          if !v.missingTexts.isEmpty {
            longMissing.int32(v.name.utf8.count); longMissing.text(v.name)
            longMissing.bytes.append(UInt8(min(v.missingTexts.count, 3)))
            longMissing.int32(8)
            for m in v.missingTexts.prefix(3) { longMissing.fixed(m, 8, pad: 32) }
          }
          continue
        }
        for (value, label) in v.textLabels {
          var b = StatisticalText.prefix(Array(value.utf8), 8)
          b += Array(repeating: 32, count: 8 - b.count)
          var w: UInt64 = 0
          for i in (0..<8).reversed() { w = w << 8 | UInt64(b[i]) }
          pairs.append((w, label))
        }
      } else {
        pairs = v.numberLabels.map { ($0.0.bitPattern, $0.1) }
      }
      guard !pairs.isEmpty else { continue }
      o.int32(3)
      o.int32(pairs.count)
      for (raw, label) in pairs {
        o.int(Int64(bitPattern: raw), 8)
        let text = StatisticalText.prefix(Array(label.utf8), 255)
        o.bytes.append(UInt8(text.count))
        o.bytes += text
        o.bytes += Array(repeating: 32, count: (8 - (text.count + 1) % 8) % 8)
      }
      o.int32(4)
      o.int32(1)
      o.int32(firstSlot[k])
    }
    // Machine integer info: version 20, IEEE doubles, little-endian, UTF-8 (code page 65001).
    o.int32(7); o.int32(3); o.int32(4); o.int32(8)
    for value in [20, 0, 0, -1, 1, 1, 2, 65001] { o.int32(value) }
    // Machine floating-point info: system-missing, highest, lowest.
    o.int32(7); o.int32(4); o.int32(8); o.int32(3)
    o.double(SPSSFile.systemMissing)
    o.double(Double.greatestFiniteMagnitude)
    o.double(-Double.greatestFiniteMagnitude.nextDown)
    // Long variable names, and the widths of very long strings.
    var names: [UInt8] = [], veryLong: [UInt8] = []
    for (k, v) in vars.enumerated() {
      if k > 0 { names.append(9) }
      names += Array((segments[k][0].short + "=" + v.name).utf8)
      if segments[k].count > 1 {
        var width = "\(v.width)"
        while width.utf8.count < 5 { width = "0" + width }
        veryLong += Array((segments[k][0].short + "=" + width).utf8) + [0, 9]
      }
    }
    func extensionRecord(_ subtype: Int, _ data: [UInt8]) {
      guard !data.isEmpty else { return }
      o.int32(7); o.int32(subtype); o.int32(1); o.int32(data.count)
      o.bytes += data
    }
    extensionRecord(13, names)
    extensionRecord(14, veryLong)
    extensionRecord(20, Array("UTF-8".utf8))
    extensionRecord(21, longLabels.bytes)
    extensionRecord(22, longMissing.bytes)
    o.int32(999)
    o.int32(0)
    // The cases, bytecode-compressed: 8 command bytes, then the raw elements they announce.
    var commands: [UInt8] = []
    var pending: [UInt8] = []
    func command(_ c: UInt8, raw: [UInt8]? = nil) {
      commands.append(c)
      if let raw { pending += raw }
      if commands.count == 8 {
        o.bytes += commands
        o.bytes += pending
        commands.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
      }
    }
    for row in 0..<table.rowCount {
      for (k, v) in vars.enumerated() {
        switch v.cells[row] {
        case .number(let x):
          if x == x.rounded(), x >= -99, x <= 151 {
            command(UInt8(x.integer(clampedTo: -99...151) + 100))
          } else {
            var raw: [UInt8] = []
            for i in 0..<8 { raw.append(UInt8(truncatingIfNeeded: x.bitPattern >> (8 * i))) }
            command(253, raw: raw)
          }
        case .systemMissing, .missing, .text:
          guard v.isString else { command(255); continue }
          var text: [UInt8] = []
          if case .text(let t) = v.cells[row] { text = t }
          for (i, segment) in segments[k].enumerated() {
            let start = min(i * 255, text.count)
            let part = text[start..<min(start + segment.width, text.count)]
            for s in 0..<slotCount(segment.width) {
              let from = part.startIndex + s * 8
              guard from < part.endIndex else { command(254); continue }
              var chunk = Array(part[from..<min(from + 8, part.endIndex)])
              chunk += Array(repeating: 32, count: 8 - chunk.count)
              command(253, raw: chunk)
            }
          }
        }
      }
    }
    if !commands.isEmpty {
      command(252)
      while !commands.isEmpty { command(0) }
    }
    return o.bytes
  }

  /// The variable's print format: its own when it was an SPSS file's and still fits.
  private static func spssFormat(_ v: Variable) -> (type: Int, width: Int, decimals: Int) {
    if let f = SPSSFile.format(v.format) {
      let isText = f.type == 1 || f.type == 2
      let isDate = SPSSFile.dateFormats.contains(f.type), isDateTime = SPSSFile.dateTimeFormats.contains(f.type)
      if v.isString && isText { return (f.type, v.width, 0) }
      if !v.isString && !isText && isDate == v.isDate && isDateTime == v.isDateTime { return f }
    }
    if v.isString { return (1, v.width, 0) }
    if v.isDate { return (20, 11, 0) }
    if v.isDateTime { return (22, 20, 0) }
    var decimals = 0
    for cell in v.cells {
      guard case .number(let x) = cell, x.isFinite, x != x.rounded() else { continue }
      decimals = 2
      break
    }
    return (5, decimals == 0 ? 8 : 10, decimals)
  }
}

// MARK: Stata

extension StatisticalWriter {
  /// A Stata 118 data file (Stata 14 and later; 119 above 32,767 variables), little-endian, UTF-8.
  func dta() -> [UInt8] { dtaCountingBeyondRange().bytes }

  /// Stata's numbers end below 2^1023 (above are its missing values): larger values, which only
  /// extreme data hold, are written as missing (`.`), and counted for a note.
  static let stataLargest = 8.98846567431157953865e307

  /// The Stata file, and how many values were beyond Stata's largest number.
  func dtaCountingBeyondRange() -> (bytes: [UInt8], beyondRange: Int) {
    var beyondRange = 0
    let vars = variables(for: .stata)
    let release119 = vars.count > 32_767
    var o = BinaryOutput()
    var map: [Int64] = Array(repeating: 0, count: 14)
    o.text("<stata_dta><header><release>" + (release119 ? "119" : "118") + "</release><byteorder>LSF</byteorder><K>")
    o.int(Int64(vars.count), release119 ? 4 : 2)
    o.text("</K><N>")
    o.int(Int64(table.rowCount), 8)
    o.text("</N><label>")
    o.int(0, 2)
    o.text("</label><timestamp>")
    o.bytes.append(0)
    o.text("</timestamp></header>")
    map[1] = Int64(o.bytes.count)
    o.text("<map>")
    let mapAt = o.bytes.count
    for _ in 0..<14 { o.int(0, 8) }
    o.text("</map>")
    // Storage types: strings by width (strL beyond 2,045 bytes), whole numbers in the smallest
    // integer type that holds them with room for the missing codes, else doubles.
    var types: [Int] = []
    for v in vars {
      if v.isString {
        types.append(v.width > 2045 ? StataFile.strL : max(v.width, 1))
        continue
      }
      var low = 0.0, high = 0.0, whole = true
      for cell in v.cells {
        guard case .number(let x) = cell else { continue }
        if !x.isFinite || x != x.rounded() { whole = false; break }
        low = min(low, x)
        high = max(high, x)
      }
      if whole && !v.isDateTime {
        if low >= -127 && high <= 100 { types.append(StataFile.byte) } else if low >= -32767 && high <= 32740 { types.append(StataFile.int) } else if low >= -2_147_483_647 && high <= 2_147_483_620 { types.append(StataFile.long) } else { types.append(StataFile.double) }
      } else {
        types.append(StataFile.double)
      }
    }
    /// A section whose offset the map gives: its tag, what `body` writes, its end tag.
    func section(_ index: Int, _ tag: String, _ body: (inout BinaryOutput) -> Void) {
      map[index] = Int64(o.bytes.count)
      o.text("<" + tag + ">")
      body(&o)
      o.text("</" + tag + ">")
    }
    let labelled = vars.map { !$0.isString && (!$0.numberLabels.isEmpty || !$0.letterLabels.isEmpty) }
    section(2, "variable_types") { o in for t in types { o.int(Int64(t), 2) } }
    section(3, "varnames") { o in for v in vars { o.fixed(v.name, 129) } }
    section(4, "sortlist") { o in for _ in 0...vars.count { o.int(0, release119 ? 4 : 2) } }
    section(5, "formats") { o in for (k, v) in vars.enumerated() { o.fixed(Self.stataFormat(v, type: types[k]), 57) } }
    section(6, "value_label_names") { o in for (k, v) in vars.enumerated() { o.fixed(labelled[k] ? v.labelSet : "", 129) } }
    section(7, "variable_labels") { o in for v in vars { o.fixed(v.label, 321) } }
    section(8, "characteristics") { _ in }
    map[9] = Int64(o.bytes.count)
    o.text("<data>")
    var strls: [(v: Int, o: Int, text: [UInt8])] = []
    for row in 0..<table.rowCount {
      for (k, v) in vars.enumerated() {
        let type = types[k]
        let cell = v.cells[row]
        if type == StataFile.strL {
          if case .text(let t) = cell, !t.isEmpty {
            strls.append((k + 1, row + 1, t))
            o.int(Int64(k + 1), 2)
            o.int(Int64(row + 1), 6)
          } else {
            o.int(0, 8)
          }
          continue
        }
        if type <= 2045 {
          let text: [UInt8]
          if case .text(let t) = cell { text = t } else { text = [] }
          o.bytes += text
          o.bytes += Array(repeating: 0, count: type - text.count)
          continue
        }
        switch cell {
        case .number(let x):
          switch type {
          case StataFile.byte: o.int(x.integer(clampedTo: -127...100), 1)
          case StataFile.int: o.int(x.integer(clampedTo: -32767...32740), 2)
          case StataFile.long: o.int(x.integer(clampedTo: -2_147_483_647...2_147_483_620), 4)
          default:
            if x >= Self.stataLargest || !x.isFinite {
              beyondRange += 1
              Self.missing(0, type: type, into: &o)
            } else {
              o.double(x)
            }
          }
        case .missing(let letter): Self.missing(letter, type: type, into: &o)
        case .systemMissing, .text: Self.missing(0, type: type, into: &o)
        }
      }
    }
    o.text("</data>")
    map[10] = Int64(o.bytes.count)
    o.text("<strls>")
    for s in strls {
      o.text("GSO")
      o.int(Int64(s.v), 4)
      o.int(Int64(s.o), 8)
      o.bytes.append(130)
      o.int(Int64(s.text.count + 1), 4)
      o.bytes += s.text
      o.bytes.append(0)
    }
    o.text("</strls>")
    map[11] = Int64(o.bytes.count)
    o.text("<value_labels>")
    var written: [String] = []
    for (k, v) in vars.enumerated() where labelled[k] && !written.contains(v.labelSet) {
      written.append(v.labelSet)
      var entries: [(Int32, [UInt8])] = []
      for (n, label) in v.numberLabels where n == n.rounded() && abs(n) <= 2_147_483_620 {
        entries.append((Int32(n.integer(clampedTo: -2_147_483_647...2_147_483_620)), StatisticalText.prefix(Array(label.utf8), 32_000)))
      }
      for (letter, label) in v.letterLabels { entries.append((Int32(2_147_483_621 + letter), StatisticalText.prefix(Array(label.utf8), 32_000))) }
      var text: [UInt8] = []
      var offsets: [Int] = []
      for e in entries {
        offsets.append(text.count)
        text += e.1
        text.append(0)
      }
      o.text("<lbl>")
      o.int32(8 + 8 * entries.count + text.count)
      o.fixed(v.labelSet, 129)
      o.fixed("", 3)
      o.int32(entries.count)
      o.int32(text.count)
      for off in offsets { o.int32(off) }
      for e in entries { o.int32(Int(e.0)) }
      o.bytes += text
      o.text("</lbl>")
    }
    o.text("</value_labels>")
    map[12] = Int64(o.bytes.count)
    o.text("</stata_dta>")
    map[13] = Int64(o.bytes.count)
    for (i, offset) in map.enumerated() {
      for b in 0..<8 { o.bytes[mapAt + i * 8 + b] = UInt8(truncatingIfNeeded: offset >> (8 * b)) }
    }
    return (o.bytes, beyondRange)
  }

  /// `.` (letter 0) or `.a`–`.z` in a numeric type.
  private static func missing(_ letter: Int, type: Int, into o: inout BinaryOutput) {
    switch type {
    case StataFile.byte: o.int(Int64(101 + letter), 1)
    case StataFile.int: o.int(Int64(32741 + letter), 2)
    case StataFile.long: o.int(Int64(2_147_483_621 + letter), 4)
    case StataFile.float: o.int(Int64(0x7F00_0000 + 0x800 * letter), 4)
    default: o.int(Int64(bitPattern: 0x7FE0_0000_0000_0000 + UInt64(letter) * 0x0100_0000_0000), 8)
    }
  }

  private static func stataFormat(_ v: Variable, type: Int) -> String {
    let f = v.format
    if f.hasPrefix("%") {
      let lower = UTF8Text.asciiLowercased(f)
      let isText = lower.hasSuffix("s")
      let isDate = lower.hasPrefix("%td") || lower.hasPrefix("%d"), isDateTime = lower.hasPrefix("%tc")
      if isText == v.isString && isDate == v.isDate && isDateTime == v.isDateTime { return f }
    }
    if v.isString { return "%-\(min(max(v.width, 1), 2045))s" }
    if v.isDate { return "%td" }
    if v.isDateTime { return "%tc" }
    return type == StataFile.double ? "%10.0g" : "%9.0g"
  }
}
