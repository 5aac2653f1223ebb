/// The embedded Unicode font as PDF objects, numbered from `first`:
///
///     first      Type0 font, Identity-H (what /F3 points at), with the ToUnicode CMap
///     first + 1  CIDFontType2 with the W array (each CID's advance, as the layout measured it)
///     first + 2  font descriptor
///     first + 3  FontFile2: the TrueType subset of the glyphs used
///     first + 4  CIDToGIDMap: each CID's glyph in the subset
///     first + 5  ToUnicode CMap: each CID's character, so text extraction gives the text as written
extension ObjectFile {
  mutating func unicodeFont(_ characters: PDFUnicodeCharacters, first: Int) {
    let font = characters.font
    let glyphs = characters.characters.map { font.glyph(for: $0) }
    let (subset, ids) = font.font.subset(glyphs)
    // A subset's name starts with six capital letters that identify it (PDF 1.7, 9.6.4).
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for (character, id) in zip(characters.characters, ids) {
      hash = (hash ^ UInt64(character.value)) &* 0x100_0000_01B3
      hash = (hash ^ UInt64(id)) &* 0x100_0000_01B3
    }
    var name: [UInt8] = []
    for _ in 0..<6 {
      name.append(0x41 + UInt8(hash % 26))
      hash /= 26
    }
    name.append(0x2B)  // +
    name += font.font.postScriptName.utf8

    begin(first)
    append("<< /Type /Font /Subtype /Type0 /BaseFont /")
    bytes += name
    append(" /Encoding /Identity-H /DescendantFonts [")
    reference(first + 1)
    append("] /ToUnicode ")
    reference(first + 5)
    append(" >>")
    end()

    begin(first + 1)
    append("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /")
    bytes += name
    append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
    reference(first + 2)
    append(" /CIDToGIDMap ")
    reference(first + 4)
    append("\n/W [1 [")
    for (index, advance) in characters.advances.enumerated() {
      if index > 0 { bytes.append(index % 20 == 0 ? 0x0A : 0x20) }
      integer(advance)
    }
    append("]] >>")
    end()

    let box = font.font.boundingBox.map { font.units($0) }
    begin(first + 2)
    append("<< /Type /FontDescriptor /FontName /")
    bytes += name
    // Flags 4: symbolic, i.e. glyphs beyond the standard Latin set.
    append(" /Flags 4 /FontBBox [")
    for (index, value) in box.enumerated() {
      if index > 0 { space() }
      number(Double(value))
    }
    append("] /ItalicAngle 0 /Ascent ")
    number(Double(font.units(font.font.ascender)))
    append(" /Descent ")
    number(Double(font.units(font.font.descender)))
    append(" /CapHeight ")
    number(Double(font.units(font.font.top(ofGlyph: font.font.glyph(for: "H")))))
    append(" /StemV 80 /FontFile2 ")
    reference(first + 3)
    append(" >>")
    end()

    stream(first + 3, subset, lengthOne: true)

    var map: [UInt8] = [0, 0]  // CID 0: .notdef
    for id in ids {
      map.append(UInt8(truncatingIfNeeded: id >> 8))
      map.append(UInt8(truncatingIfNeeded: id))
    }
    stream(first + 4, map)

    stream(first + 5, Self.toUnicode(characters.characters))
  }

  /// A stream object holding `data` as is; `lengthOne` adds /Length1, which FontFile2 needs.
  private mutating func stream(_ number: Int, _ data: [UInt8], lengthOne: Bool = false) {
    begin(number)
    append("<< ")
    if lengthOne {
      append("/Length1 ")
      integer(data.count)
      space()
    }
    append("/Length ")
    integer(data.count)
    append(" >>\nstream\n")
    bytes += data
    append("\nendstream")
    end()
  }

  /// The ToUnicode CMap: CID n + 1 is `characters[n]`, in UTF-16 (a surrogate pair beyond U+FFFF).
  private static func toUnicode(_ characters: [Unicode.Scalar]) -> [UInt8] {
    var out: [UInt8] = []
    func text(_ ascii: StaticString) { ascii.withUTF8Buffer { out += $0 } }
    func hex(_ value: Int) {
      let digits: [UInt8] = Array("0123456789ABCDEF".utf8)
      for shift in [12, 8, 4, 0] { out.append(digits[(value >> shift) & 0xF]) }
    }
    text("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
    text("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
    text("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
    text("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
    // At most 100 entries per block.
    var start = 0
    while start < characters.count {
      let end = min(start + 100, characters.count)
      PDFNumber.appendDigits(Int64(end - start), to: &out)
      text(" beginbfchar\n")
      for index in start..<end {
        out.append(0x3C)
        hex(index + 1)
        text("> <")
        let value = Int(characters[index].value)
        if value > 0xFFFF {
          hex(0xD800 + ((value - 0x10000) >> 10))
          hex(0xDC00 + ((value - 0x10000) & 0x3FF))
        } else {
          hex(value)
        }
        text(">\n")
      }
      text("endbfchar\n")
      start = end
    }
    text("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return out
  }
}
