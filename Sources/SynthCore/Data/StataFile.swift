/// Stata data files of releases 117 (Stata 13), 118 (14–18) and 119 (over 32,767 variables),
/// written from Stata's own description of the `.dta` format: tagged sections (`<header>`,
/// `<variable_types>`, ...), fixed-width rows, long strings (strL) in a `<strls>` section.
enum StataFile {
  /// Storage type codes.
  static let double = 65526, float = 65527, long = 65528, int = 65529, byte = 65530, strL = 32768
  /// Stata dates count days, and date-times milliseconds, from 1960-01-01.
  static let epochDays = CivilDate.days(year: 1960, month: 1, day: 1)

  /// The largest valid value of each numeric type; above it are `.` and `.a`–`.z`.
  static func missingLetter(bits: UInt64, type: Int) -> Int? {
    switch type {
    case byte:
      let v = Int64(Int8(truncatingIfNeeded: bits))
      return v >= 101 ? Int(v - 101) : nil
    case int:
      let v = Int64(Int16(truncatingIfNeeded: bits))
      return v >= 32741 ? Int(v - 32741) : nil
    case long:
      let v = Int64(Int32(truncatingIfNeeded: bits))
      return v >= 2_147_483_621 ? Int(v - 2_147_483_621) : nil
    case float:
      let f = UInt32(truncatingIfNeeded: bits)
      guard f & 0x7FFF_FFFF >= 0x7F00_0000, f < 0x8000_0000 else { return nil }
      let k = (Int64(f) - 0x7F00_0000) / 0x800
      return k <= 26 ? Int(k) : 0
    default:
      guard bits >= 0x7FE0_0000_0000_0000, bits < 0x8000_0000_0000_0000 else { return nil }
      let k = (bits - 0x7FE0_0000_0000_0000) / 0x0100_0000_0000
      return k <= 26 ? Int(k) : 0
    }
  }

  /// `.` for 0, `.a` for 1, ... `.z` for 26.
  static func missingText(_ letter: Int) -> String {
    letter == 0 ? "." : "." + String(decoding: [UInt8(96 + letter)], as: UTF8.self)
  }

  /// The letter of `.a`–`.z` (1–26), nil for other text.
  static func missingLetter(_ text: String) -> Int? {
    let b = Array(text.utf8)
    guard b.count == 2, b[0] == UInt8(ascii: "."), b[1] >= 97, b[1] <= 122 else { return nil }
    return Int(b[1]) - 96
  }
}

struct StataReader {
  private struct Variable {
    var type: Int
    var name = ""
    var format = ""
    var labelSet = ""
    var label = ""
    var offset = 0
    var width: Int {
      switch type {
      case StataFile.double: return 8
      case StataFile.float, StataFile.long: return 4
      case StataFile.int: return 2
      case StataFile.byte: return 1
      case StataFile.strL: return 8
      default: return type
      }
    }
  }

  static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(StatisticalFileProblem) -> StatisticalTable {
    var c = BinaryCursor(bytes, format: .stata)
    try c.expect("<stata_dta><header><release>", .header)
    let release = try c.text(3)
    guard release == "117" || release == "118" || release == "119" else { throw .unsupported(.stata, .release(release)) }
    let r117 = release == "117", r119 = release == "119"
    try c.expect("</release><byteorder>", .header)
    let order = try c.text(3)
    guard order == "LSF" || order == "MSF" else { throw .damaged(.stata, .header, offset: Int64(c.position - 3)) }
    c.bigEndian = order == "MSF"
    // Release 117 strings are in the machine's code page (Windows-1252 in the West); later, UTF-8.
    c.singleByte = false
    try c.expect("</byteorder><K>", .header)
    let variableCount = try c.count(r119 ? 4 : 2, limit: 1_000_000, part: .header)
    try c.expect("</K><N>", .header)
    let rowsAt = Int64(c.position)
    let rowCount64 = r117 ? Int64(try c.unsigned(4)) : try c.int64()
    guard rowCount64 >= 0, rowCount64 <= Int64(Int32.max) else { throw .damaged(.stata, .header, offset: rowsAt) }
    let rowCount = Int(rowCount64)
    try c.expect("</N><label>", .header)
    let fileLabel = try c.text(Int(try c.unsigned(r117 ? 1 : 2)), trimSpaces: false)
    try c.expect("</label><timestamp>", .header)
    try c.skip(Int64(try c.byte()))
    try c.expect("</timestamp></header><map>", .header)
    try c.skip(14 * 8)
    try c.expect("</map><variable_types>", .variables)
    var variables: [Variable] = []
    var rowWidth = 0
    for _ in 0..<variableCount {
      let at = Int64(c.position)
      let type = Int(try c.unsigned(2))
      guard (type >= 1 && type <= 2045) || type == StataFile.strL || (type >= StataFile.double && type <= StataFile.byte) else {
        throw .damaged(.stata, .variables, offset: at)
      }
      var v = Variable(type: type)
      v.offset = rowWidth
      rowWidth += v.width
      variables.append(v)
    }
    let nameWidth = r117 ? 33 : 129
    try c.expect("</variable_types><varnames>", .variables)
    for k in variables.indices { variables[k].name = try c.text(nameWidth) }
    try c.expect("</varnames><sortlist>", .variables)
    try c.skip(Int64(variableCount + 1) * (r119 ? 4 : 2))
    try c.expect("</sortlist><formats>", .variables)
    for k in variables.indices { variables[k].format = try c.text(r117 ? 49 : 57) }
    try c.expect("</formats><value_label_names>", .variables)
    for k in variables.indices { variables[k].labelSet = try c.text(nameWidth) }
    try c.expect("</value_label_names><variable_labels>", .variables)
    for k in variables.indices { variables[k].label = try c.text(r117 ? 81 : 321, trimSpaces: false) }
    try c.expect("</variable_labels><characteristics>", .variables)
    while c.take("<ch>") {
      try c.skip(Int64(try c.unsigned(4)))
      try c.expect("</ch>", .variables)
    }
    try c.expect("</characteristics><data>", .data)
    let dataAt = c.position
    try c.need(Int64(rowCount) * Int64(rowWidth))
    try c.skip(Int64(rowCount) * Int64(rowWidth))
    try c.expect("</data><strls>", .strings)

    // Long strings, keyed by (variable, observation).
    var strls: [(UInt64, String)] = []
    while c.take("GSO") {
      let at = Int64(c.position)
      let v = try c.unsigned(4)
      let o = try c.unsigned(r117 ? 4 : 8)
      let t = try c.byte()
      let length = try c.count(4, limit: Int64(c.remaining), part: .strings)
      guard t == 129 || t == 130 else { throw .damaged(.stata, .strings, offset: at) }
      // Type 130 is text ending in a NUL; 129 is binary, read as text too.
      let text = try c.text(length, trimSpaces: false)
      strls.append((v << 40 | (o & 0xFF_FFFF_FFFF), text))
    }
    strls.sort { $0.0 < $1.0 }
    try c.expect("</strls><value_labels>", .valueLabels)
    var labelSets: [(String, [ValueLabel])] = []
    while c.take("<lbl>") {
      let at = Int64(c.position)
      let length = try c.count(4, limit: Int64(c.remaining), part: .valueLabels)
      let name = try c.text(nameWidth)
      try c.skip(3)
      try c.need(Int64(length))
      let end = c.position + length
      let n = try c.count(4, limit: Int64(length / 8), part: .valueLabels)
      let textLength = try c.count(4, limit: Int64(length), part: .valueLabels)
      guard 8 + 8 * Int64(n) + Int64(textLength) <= Int64(length) else { throw .damaged(.stata, .valueLabels, offset: at) }
      var offsets: [Int] = []
      for _ in 0..<n { offsets.append(Int(try c.int32())) }
      var values: [Int32] = []
      for _ in 0..<n { values.append(try c.int32()) }
      let textAt = c.position
      var labels: [ValueLabel] = []
      for i in 0..<n {
        guard offsets[i] >= 0, offsets[i] < textLength else { throw .damaged(.stata, .valueLabels, offset: at) }
        let label = StatisticalText.string(bytes, from: textAt + offsets[i], count: textLength - offsets[i], trimSpaces: false)
        let value = Int64(values[i])
        let code = value > 2_147_483_620 ? StataFile.missingText(Int(value - 2_147_483_621)) : "\(value)"
        labels.append(ValueLabel(code: code, label: label))
      }
      labelSets.append((name, labels))
      c.position = end
      try c.expect("</lbl>", .valueLabels)
    }
    try c.expect("</value_labels></stata_dta>", .valueLabels)

    // The cells.
    var table = StatisticalTable(format: .stata)
    table.fileLabel = fileLabel
    var names: [String] = []
    var cells: [[String?]] = []
    var userMissing: [[Bool]] = []
    var row = BinaryCursor(bytes, format: .stata)
    row.bigEndian = c.bigEndian
    for (k, v) in variables.enumerated() {
      var meta = VariableMetadata(origin: .stata)
      meta.label = v.label
      meta.format = v.format
      meta.labelSet = v.labelSet
      meta.isString = v.type <= 2045 || v.type == StataFile.strL
      if !v.labelSet.isEmpty, let set = labelSets.first(where: { $0.0 == v.labelSet }) { meta.valueLabels = set.1 }
      let lowerFormat = UTF8Text.asciiLowercased(v.format)
      let isDate = lowerFormat.hasPrefix("%td") || lowerFormat.hasPrefix("%d")
      let isDateTime = lowerFormat.hasPrefix("%tc")
      var column: [String?] = []
      var missing = Array(repeating: false, count: rowCount)
      column.reserveCapacity(rowCount)
      var values: [Double] = []
      var letters: [Int?] = []
      for r in 0..<rowCount {
        row.position = dataAt + r * rowWidth + v.offset
        if v.type <= 2045 {
          column.append(try row.text(v.type, trimSpaces: false))
          continue
        }
        if v.type == StataFile.strL {
          let (vi, oi): (UInt64, UInt64)
          if r117 {
            vi = try row.unsigned(4)
            oi = try row.unsigned(4)
          } else {
            let split = r119 ? 3 : 2
            vi = try row.unsigned(split)
            oi = try row.unsigned(8 - split)
          }
          if vi == 0 && oi == 0 { column.append(""); continue }
          let key = vi << 40 | (oi & 0xFF_FFFF_FFFF)
          let i = SortedSearch.partition(strls.count) { strls[$0].0 < key }
          guard i < strls.count, strls[i].0 == key else {
            throw .damaged(.stata, .strings, offset: Int64(row.position - 8))
          }
          column.append(strls[i].1)
          continue
        }
        let bits = try row.unsigned(v.width)
        if let letter = StataFile.missingLetter(bits: bits, type: v.type) {
          values.append(.nan)
          letters.append(letter)
          continue
        }
        let value: Double
        switch v.type {
        case StataFile.byte: value = Double(Int8(truncatingIfNeeded: bits))
        case StataFile.int: value = Double(Int16(truncatingIfNeeded: bits))
        case StataFile.long: value = Double(Int32(truncatingIfNeeded: bits))
        case StataFile.float: value = Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
        default: value = Double(bitPattern: bits)
        }
        values.append(value)
        letters.append(nil)
      }
      if !meta.isString {
        // Each label by its code (Stata labels whole numbers), a lookup per cell.
        var labelOf: [Int64: String] = [:]
        var seen: Set<String> = []
        var shared = false
        for l in meta.valueLabels {
          guard let x = NumberFormatting.scan(l.code, decimalComma: false)?.value, let n = Int64(exactly: x), labelOf[n] == nil else { continue }
          if !seen.insert(l.label).inserted { shared = true }
          labelOf[n] = l.label
        }
        func label(_ value: Double) -> String? {
          guard let n = Int64(exactly: value) else { return nil }
          return labelOf[n]
        }
        // Labels are shown when every valid value has one and no two values share a label.
        var shows = !labelOf.isEmpty && !shared && !isDate && !isDateTime
        var anyValid = false
        if shows {
          for (i, value) in values.enumerated() where letters[i] == nil {
            anyValid = true
            guard label(value) != nil else { shows = false; break }
          }
        }
        meta.showsLabels = shows && anyValid
        for (r, value) in values.enumerated() {
          if let letter = letters[r] {
            guard letter > 0 else { column.append(nil); continue }
            let code = StataFile.missingText(letter)
            missing[r] = true
            column.append(meta.label(of: code) ?? code)
            continue
          }
          if meta.showsLabels, let text = label(value) {
            column.append(text)
          } else if isDate, abs(value) < 4e6 {
            column.append(CivilDate.isoText(days: value.rounded(.down).integer(clampedTo: -10_000_000...10_000_000) + StataFile.epochDays))
          } else if isDateTime {
            column.append(StatisticalText.dateTime(seconds: value / 1000 + Double(StataFile.epochDays) * 86_400))
          } else {
            column.append(v.type == StataFile.float ? Self.floatText(value) : StatisticalText.number(value))
          }
        }
      } else {
        for r in 0..<rowCount where column[r] == "" { column[r] = nil }
      }
      names.append(v.name)
      cells.append(column)
      userMissing.append(missing)
      table.variables.append(meta)
      _ = k
    }
    table.build(names: names, cells: cells, userMissing: userMissing, rowCount: rowCount)
    return table
  }

  /// A float's value in the fewest digits that read back as the same float (`0.1`, not `0.100000001490116`).
  static func floatText(_ value: Double) -> String {
    let f = Float(value)
    if f == f.rounded() && abs(f) < 1e15 { return StatisticalText.number(value) }
    return "\(f)"
  }
}
