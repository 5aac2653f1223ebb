/// A TrueType font file, read far enough to measure text and to cut a subset for a PDF: the table
/// directory, the Unicode cmap (format 12, else format 4; a font without one maps nothing, like
/// the subsets this file writes), hmtx, loca and glyf.
///
/// The file comes from outside the core (the host passes DejaVu Sans as an input file), so every
/// read is bounds-checked: a damaged or foreign file makes `init` return nil, and anything out of
/// range later reads as 0 or as an empty glyph. Nothing traps. Offsets stay below the file's size,
/// so `Int` is wide enough on wasm32 too.
struct TrueTypeFont {
  struct Table {
    var tag: UInt32
    var offset: Int
    var length: Int
  }

  let bytes: [UInt8]
  /// In the order of the file's table directory.
  let tables: [Table]
  let unitsPerEm: Int
  let glyphCount: Int
  /// hmtx holds this many (advance, lsb) pairs; later glyphs repeat the last advance.
  let metricCount: Int
  let longLoca: Bool
  let head: Table
  let hhea: Table
  let maxp: Table
  private let hmtx: Table
  private let loca: Table
  private let glyf: Table
  /// The chosen cmap subtable: its offset in the file, its format (12 or 4) and its entry count (0 without one).
  private let cmapOffset: Int
  private let cmapFormat: Int
  private let cmapEntries: Int

  init?(_ bytes: [UInt8]) {
    self.bytes = bytes
    let version = Self.u32(bytes, 0)
    // TrueType outlines only ('OTTO' files hold CFF, which a FontFile2 cannot carry).
    guard version == 0x0001_0000 || version == Self.tag("true") else { return nil }
    let count = Self.u16(bytes, 4)
    var tables: [Table] = []
    for index in 0..<count {
      let record = 12 + 16 * index
      let offset = Self.u32(bytes, record + 8), length = Self.u32(bytes, record + 12)
      guard UInt64(record) + 16 <= UInt64(bytes.count), UInt64(offset) + UInt64(length) <= UInt64(bytes.count) else { return nil }
      tables.append(Table(tag: Self.u32(bytes, record), offset: Int(offset), length: Int(length)))
    }
    self.tables = tables
    func find(_ name: String, minimum: Int) -> Table? {
      let tag = Self.tag(name)
      for table in tables where table.tag == tag && table.length >= minimum { return table }
      return nil
    }
    guard let head = find("head", minimum: 54), let hhea = find("hhea", minimum: 36), let maxp = find("maxp", minimum: 6),
      let hmtx = find("hmtx", minimum: 4), let loca = find("loca", minimum: 4), let glyf = find("glyf", minimum: 0)
    else { return nil }
    unitsPerEm = Self.u16(bytes, head.offset + 18)
    longLoca = Self.u16(bytes, head.offset + 50) == 1
    glyphCount = Self.u16(bytes, maxp.offset + 4)
    metricCount = Self.u16(bytes, hhea.offset + 34)
    guard unitsPerEm >= 16, glyphCount > 0, metricCount > 0, metricCount <= glyphCount, hmtx.length >= 4 * metricCount,
      loca.length >= (glyphCount + 1) * (longLoca ? 4 : 2)
    else { return nil }
    self.head = head
    self.hhea = hhea
    self.maxp = maxp
    self.hmtx = hmtx
    self.loca = loca
    self.glyf = glyf

    // Prefer the full-Unicode subtable (format 12, Windows 3/10 or Unicode platform 0), else the BMP one (format 4).
    var best: (offset: Int, format: Int, entries: Int) = (0, 12, 0)
    let cmap = find("cmap", minimum: 4) ?? Table(tag: 0, offset: 0, length: 0)
    for index in 0..<(cmap.length > 0 ? Self.u16(bytes, cmap.offset + 2) : 0) {
      let record = cmap.offset + 4 + 8 * index
      guard record + 8 <= cmap.offset + cmap.length else { return nil }
      let platform = Self.u16(bytes, record), encoding = Self.u16(bytes, record + 2)
      let relative = Self.u32(bytes, record + 4)
      guard UInt64(relative) + 8 <= UInt64(cmap.length) else { continue }
      let offset = cmap.offset + Int(relative)
      let end = cmap.offset + cmap.length
      let format = Self.u16(bytes, offset)
      let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
      guard unicode else { continue }
      if format == 12, offset + 16 <= end {
        let groups = Self.u32(bytes, offset + 12)
        guard UInt64(groups) * 12 + 16 <= UInt64(end - offset) else { continue }
        best = (offset, 12, Int(groups))
        break
      }
      if format == 4, best.entries == 0, offset + 14 <= end {
        let segments = Self.u16(bytes, offset + 6) / 2
        guard offset + 16 + 8 * segments <= end else { continue }
        best = (offset, 4, segments)
      }
    }
    cmapOffset = best.offset
    cmapFormat = best.format
    cmapEntries = best.entries
  }

  // MARK: - Lookups

  /// The table with this tag (e.g. "OS/2"), if the font has it.
  func table(_ name: String) -> Table? {
    let tag = Self.tag(name)
    for table in tables where table.tag == tag { return table }
    return nil
  }

  /// The typographic ascender and descender (hhea) in font units; the descender is negative.
  var ascender: Int { i16(hhea.offset + 4) }
  var descender: Int { i16(hhea.offset + 6) }

  /// The bounding box of all glyphs (head): xMin, yMin, xMax, yMax in font units.
  var boundingBox: [Int] { [i16(head.offset + 36), i16(head.offset + 38), i16(head.offset + 40), i16(head.offset + 42)] }

  /// The PostScript name (name id 6) in letters, digits and '-', for the PDF's /BaseFont; "Font" when there is none.
  var postScriptName: String {
    guard let name = table("name") else { return "Font" }
    let storage = name.offset + u16(name.offset + 4)
    for index in 0..<u16(name.offset + 2) {
      let record = name.offset + 6 + 12 * index
      guard record + 12 <= name.offset + name.length else { break }
      let platform = u16(record)
      guard u16(record + 6) == 6, platform == 1 || platform == 3 else { continue }
      // Macintosh names are 8-bit; Windows names UTF-16BE, whose low bytes are the ASCII.
      let step = platform == 1 ? 1 : 2
      var text = String.UnicodeScalarView()
      var at = storage + u16(record + 10) + step - 1
      let end = storage + u16(record + 10) + u16(record + 8)
      while at < end && at < bytes.count {
        let byte = bytes[at]
        let isNameCharacter = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
        if isNameCharacter && text.count < 60 { text.append(Unicode.Scalar(byte)) }
        at += step
      }
      if !text.isEmpty { return String(text) }
    }
    return "Font"
  }

  /// The glyph the cmap gives `scalar`, or 0 (.notdef) when the font lacks it.
  func glyph(for scalar: Unicode.Scalar) -> Int {
    let code = scalar.value
    var glyph = 0
    if cmapFormat == 12 {
      // Groups are sorted by start code: binary search.
      var low = 0, high = cmapEntries - 1
      while low <= high {
        let middle = (low + high) / 2
        let group = cmapOffset + 16 + 12 * middle
        let start = u32(group), end = u32(group + 4)
        if code < start {
          high = middle - 1
        } else if code > end {
          low = middle + 1
        } else {
          let id = UInt64(u32(group + 8)) + UInt64(code - start)
          glyph = id < UInt64(glyphCount) ? Int(id) : 0
          break
        }
      }
    } else {
      guard code <= 0xFFFF else { return 0 }
      let c = Int(code), segments = cmapEntries
      let ends = cmapOffset + 14, starts = ends + 2 * segments + 2
      let deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
      // The first segment whose end code is at least `c`.
      let low = min(SortedSearch.partition(max(segments - 1, 0)) { u16(ends + 2 * $0) < c }, max(segments - 1, 0))
      guard segments > 0, u16(ends + 2 * low) >= c, u16(starts + 2 * low) <= c else { return 0 }
      let delta = u16(deltas + 2 * low)
      let rangeOffset = u16(rangeOffsets + 2 * low)
      if rangeOffset == 0 {
        glyph = (c + delta) & 0xFFFF
      } else {
        let at = rangeOffsets + 2 * low + rangeOffset + 2 * (c - u16(starts + 2 * low))
        let raw = u16(at)
        glyph = raw == 0 ? 0 : (raw + delta) & 0xFFFF
      }
      if glyph >= glyphCount { glyph = 0 }
    }
    return glyph
  }

  /// The advance width of `glyph` in font units.
  func advance(ofGlyph glyph: Int) -> Int {
    u16(hmtx.offset + 4 * min(max(glyph, 0), metricCount - 1))
  }

  /// The left side bearing of `glyph` in font units.
  func leftSideBearing(ofGlyph glyph: Int) -> Int {
    if glyph < metricCount { return i16(hmtx.offset + 4 * glyph + 2) }
    let at = hmtx.offset + 4 * metricCount + 2 * (glyph - metricCount)
    return at + 2 <= hmtx.offset + hmtx.length ? i16(at) : 0
  }

  /// Where the outline of `glyph` lies in `bytes`; empty for blank glyphs (the space) and for
  /// entries that point outside glyf.
  func outline(ofGlyph glyph: Int) -> Range<Int> {
    guard glyph >= 0, glyph < glyphCount else { return 0..<0 }
    let start: UInt64, end: UInt64
    if longLoca {
      start = UInt64(u32(loca.offset + 4 * glyph))
      end = UInt64(u32(loca.offset + 4 * glyph + 4))
    } else {
      start = UInt64(u16(loca.offset + 2 * glyph)) * 2
      end = UInt64(u16(loca.offset + 2 * glyph + 2)) * 2
    }
    guard start < end, end <= UInt64(glyf.length) else { return 0..<0 }
    return (glyf.offset + Int(start))..<(glyf.offset + Int(end))
  }

  /// The top of `glyph`'s bounding box in font units (0 for a blank glyph).
  func top(ofGlyph glyph: Int) -> Int {
    let range = outline(ofGlyph: glyph)
    return range.count >= 10 ? i16(range.lowerBound + 8) : 0
  }

  /// The glyphs a composite glyph is built from (empty for a simple glyph).
  func components(ofGlyph glyph: Int) -> [Int] {
    var parts: [Int] = []
    walkComponents(outline(ofGlyph: glyph)) { record, _ in parts.append(u16(record + 2)) }
    return parts
  }

  /// Calls `body` with the offset and length of each component record of the composite glyph in
  /// `range`, without its instructions; returns false when the glyph is not composite or a record
  /// runs past its end.
  @discardableResult
  func walkComponents(_ range: Range<Int>, _ body: (Int, Int) -> Void) -> Bool {
    guard range.count >= 10, i16(range.lowerBound) < 0 else { return false }
    var at = range.lowerBound + 10
    while true {
      guard at + 4 <= range.upperBound else { return false }
      let flags = u16(at)
      var length = 4 + (flags & 0x0001 != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
      if flags & 0x0008 != 0 { length += 2 }  // WE_HAVE_A_SCALE
      else if flags & 0x0040 != 0 { length += 4 }  // WE_HAVE_AN_X_AND_Y_SCALE
      else if flags & 0x0080 != 0 { length += 8 }  // WE_HAVE_A_TWO_BY_TWO
      guard at + length <= range.upperBound else { return false }
      body(at, length)
      at += length
      if flags & 0x0020 == 0 { return true }  // MORE_COMPONENTS
    }
  }

  // MARK: - Reading

  func u16(_ at: Int) -> Int { Self.u16(bytes, at) }
  func i16(_ at: Int) -> Int { let value = u16(at); return value >= 0x8000 ? value - 0x10000 : value }
  func u32(_ at: Int) -> UInt32 { Self.u32(bytes, at) }

  /// Big-endian reads; 0 outside the file.
  static func u16(_ bytes: [UInt8], _ at: Int) -> Int {
    guard at >= 0, at < bytes.count - 1 else { return 0 }
    return Int(bytes[at]) << 8 | Int(bytes[at + 1])
  }

  static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    guard at >= 0, at < bytes.count - 3 else { return 0 }
    return UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
  }

  /// A four-letter table tag as the directory stores it.
  static func tag(_ name: String) -> UInt32 {
    var value: UInt32 = 0
    for byte in name.utf8.prefix(4) { value = value << 8 | UInt32(byte) }
    return value
  }
}
