/// A subset of a TrueType font for embedding in a PDF (FontFile2): only the glyphs a document
/// prints, renumbered from 1 in the order asked for, with the parts of composite glyphs after them.
///
/// Tables: OS/2, glyf, head, hhea, hmtx, loca, maxp, name and post (the ones a CIDFontType2
/// needs, plus the copyright and licence names the font's licence asks to keep). No cmap: the PDF
/// maps its codes to glyphs itself (CIDToGIDMap). Hinting instructions are left out, with cvt,
/// fpgm and prep: PDF viewers scale glyphs freely, and they are an eighth of DejaVu's glyph data.
extension TrueTypeFont {
  /// The subset file, and the new glyph id of each glyph in `glyphs` (glyph 0, .notdef, is always kept as 0).
  func subset(_ glyphs: [Int]) -> (file: [UInt8], ids: [Int]) {
    var order: [Int] = [0]
    // Keyed by old glyph id; [Int64: Int] is the core's one other dictionary type (less wasm code).
    var newID: [Int64: Int] = [0: 0]
    var ids: [Int] = []
    for glyph in glyphs {
      let glyph = glyph >= 0 && glyph < glyphCount ? glyph : 0
      if let id = newID[Int64(glyph)] {
        ids.append(id)
      } else {
        newID[Int64(glyph)] = order.count
        ids.append(order.count)
        order.append(glyph)
      }
    }
    // Parts of composite glyphs (accents on letters), themselves possibly composite.
    var next = 0
    while next < order.count {
      for part in components(ofGlyph: order[next]) where part < glyphCount && newID[Int64(part)] == nil {
        newID[Int64(part)] = order.count
        order.append(part)
      }
      next += 1
    }

    var glyf: [UInt8] = []
    var loca: [UInt8] = []
    var hmtx: [UInt8] = []
    for glyph in order {
      Self.put32(UInt32(glyf.count), &loca)
      glyf += outlineWithoutInstructions(glyph) { newID[Int64($0)] ?? 0 }
      while glyf.count % 4 != 0 { glyf.append(0) }
      Self.put16(advance(ofGlyph: glyph), &hmtx)
      Self.put16(leftSideBearing(ofGlyph: glyph) & 0xFFFF, &hmtx)
    }
    Self.put32(UInt32(glyf.count), &loca)

    // In the order of their tags, as the table directory must list them.
    var tables: [(tag: String, data: [UInt8])] = []
    if let os2 = table("OS/2") { tables.append(("OS/2", slice(os2))) }
    tables.append(("glyf", glyf))
    var head = slice(head)
    Self.set32(0, at: 8, in: &head)  // checkSumAdjustment, filled in last
    Self.set16(1, at: 50, in: &head)  // long loca offsets
    tables.append(("head", head))
    var hhea = slice(hhea)
    Self.set16(order.count, at: 34, in: &hhea)  // every glyph has its own advance
    tables.append(("hhea", hhea))
    tables.append(("hmtx", hmtx))
    tables.append(("loca", loca))
    var maxp = slice(maxp)
    Self.set16(order.count, at: 4, in: &maxp)
    tables.append(("maxp", maxp))
    if let name = licenceNames() { tables.append(("name", name)) }
    // post format 3: metrics for underlining, no glyph names.
    var post = [UInt8](repeating: 0, count: 32)
    if let original = table("post"), original.length >= 32 { post = Array(bytes[original.offset..<(original.offset + 32)]) }
    Self.set32(0x0003_0000, at: 0, in: &post)
    tables.append(("post", post))
    return (Self.assemble(tables), ids)
  }

  /// The outline of `glyph` without hinting instructions, composite parts renumbered by `id`;
  /// empty when the outline is damaged.
  private func outlineWithoutInstructions(_ glyph: Int, id: (Int) -> Int) -> [UInt8] {
    let range = outline(ofGlyph: glyph)
    guard range.count >= 10 else { return [] }
    let contours = i16(range.lowerBound)
    if contours >= 0 {
      // header, endPtsOfContours, instructionLength + instructions, then flags and coordinates.
      let lengthAt = range.lowerBound + 10 + 2 * contours
      guard lengthAt + 2 <= range.upperBound else { return [] }
      let rest = lengthAt + 2 + u16(lengthAt)
      // Up to the last coordinate, without the font's own padding (which the caller redoes).
      guard let end = simpleOutlineEnd(from: rest, points: contours == 0 ? 0 : u16(lengthAt - 2) + 1, limit: range.upperBound)
      else { return [] }
      return Array(bytes[range.lowerBound..<lengthAt]) + [0, 0] + Array(bytes[rest..<end])
    }
    var out = Array(bytes[range.lowerBound..<(range.lowerBound + 10)])
    let complete = walkComponents(range) { record, length in
      var part = Array(bytes[record..<(record + length)])
      Self.set16(u16(record) & ~0x0100, at: 0, in: &part)  // no WE_HAVE_INSTRUCTIONS
      Self.set16(id(u16(record + 2)), at: 2, in: &part)
      out += part
    }
    return complete ? out : []
  }

  /// Where the flags and coordinates of a simple glyph with `points` points, starting at `start`,
  /// end; nil when they run past `limit`.
  private func simpleOutlineEnd(from start: Int, points: Int, limit: Int) -> Int? {
    var at = start, flagged = 0, coordinateBytes = 0
    while flagged < points {
      guard at < limit else { return nil }
      let flag = Int(bytes[at])
      at += 1
      var repeats = 1
      if flag & 0x08 != 0 {  // REPEAT_FLAG: the next byte says how many more
        guard at < limit else { return nil }
        repeats += Int(bytes[at])
        at += 1
      }
      // x: one byte when short, none when the same as before, else two; y likewise.
      let x = flag & 0x02 != 0 ? 1 : (flag & 0x10 != 0 ? 0 : 2)
      let y = flag & 0x04 != 0 ? 1 : (flag & 0x20 != 0 ? 0 : 2)
      coordinateBytes += repeats * (x + y)
      flagged += repeats
    }
    return at + coordinateBytes <= limit ? at + coordinateBytes : nil
  }

  /// The copyright, names and licence (name ids 0-6, 13, 14) from the Macintosh records (8-bit,
  /// so half the size of the Windows ones), else the Windows ones; nil when there are none.
  private func licenceNames() -> [UInt8]? {
    guard let name = table("name"), name.length >= 6 else { return nil }
    let count = u16(name.offset + 2), storage = name.offset + u16(name.offset + 4)
    var chosen: [(record: Int, platform: Int)] = []
    for index in 0..<count {
      let record = name.offset + 6 + 12 * index
      guard record + 12 <= name.offset + name.length else { break }
      let platform = u16(record), nameID = u16(record + 6)
      guard platform == 1 || platform == 3, nameID <= 6 || nameID == 13 || nameID == 14 else { continue }
      chosen.append((record, platform))
    }
    let platform = chosen.contains { $0.platform == 1 } ? 1 : 3
    var records: [UInt8] = []
    var strings: [UInt8] = []
    var kept = 0
    for (record, p) in chosen where p == platform {
      let length = u16(record + 8), start = storage + u16(record + 10)
      guard start + length <= name.offset + name.length else { continue }
      records += Array(bytes[record..<(record + 8)])  // platform, encoding, language, name id
      Self.put16(length, &records)
      Self.put16(strings.count, &records)
      strings += bytes[start..<(start + length)]
      kept += 1
    }
    guard kept > 0 else { return nil }
    var table: [UInt8] = []
    Self.put16(0, &table)
    Self.put16(kept, &table)
    Self.put16(6 + 12 * kept, &table)
    return table + records + strings
  }

  private func slice(_ table: Table) -> [UInt8] { Array(bytes[table.offset..<(table.offset + table.length)]) }

  /// The sfnt file: directory (`tables` come sorted by tag), each table 4-byte aligned with its
  /// checksum, and head's checkSumAdjustment.
  private static func assemble(_ sorted: [(tag: String, data: [UInt8])]) -> [UInt8] {
    var entrySelector = 0
    while 1 << (entrySelector + 1) <= sorted.count { entrySelector += 1 }
    var file: [UInt8] = []
    put32(0x0001_0000, &file)
    put16(sorted.count, &file)
    put16(16 << entrySelector, &file)  // searchRange
    put16(entrySelector, &file)
    put16(16 * sorted.count - (16 << entrySelector), &file)  // rangeShift
    var offset = 12 + 16 * sorted.count
    var headAt = 0
    for table in sorted {
      put32(tag(table.tag), &file)
      put32(checksum(table.data), &file)
      put32(UInt32(offset), &file)
      put32(UInt32(table.data.count), &file)
      if table.tag == "head" { headAt = offset }
      offset += (table.data.count + 3) / 4 * 4
    }
    for table in sorted {
      file += table.data
      while file.count % 4 != 0 { file.append(0) }
    }
    set32(0xB1B0_AFBA &- checksum(file), at: headAt + 8, in: &file)
    return file
  }

  /// The sum of big-endian 32-bit words, the last one padded with zeros.
  static func checksum(_ data: [UInt8]) -> UInt32 {
    var sum: UInt32 = 0
    var index = 0
    while index < data.count {
      var word: UInt32 = 0
      for k in 0..<4 { word = word << 8 | UInt32(index + k < data.count ? data[index + k] : 0) }
      sum = sum &+ word
      index += 4
    }
    return sum
  }

  private static func put16(_ value: Int, _ out: inout [UInt8]) {
    out.append(UInt8(truncatingIfNeeded: value >> 8))
    out.append(UInt8(truncatingIfNeeded: value))
  }

  private static func put32(_ value: UInt32, _ out: inout [UInt8]) {
    for shift in [24, 16, 8, 0] { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  private static func set16(_ value: Int, at index: Int, in out: inout [UInt8]) {
    guard index + 2 <= out.count else { return }
    out[index] = UInt8(truncatingIfNeeded: value >> 8)
    out[index + 1] = UInt8(truncatingIfNeeded: value)
  }

  private static func set32(_ value: UInt32, at index: Int, in out: inout [UInt8]) {
    guard index + 4 <= out.count else { return }
    for k in 0..<4 { out[index + k] = UInt8(truncatingIfNeeded: value >> UInt32(24 - 8 * k)) }
  }
}
