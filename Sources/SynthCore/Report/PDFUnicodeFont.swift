/// The font for PDF text that WinAnsi cannot hold (Greek, Cyrillic, Arabic, Hebrew, Latin beyond
/// Western Europe, ...): DejaVu Sans as shipped in web/fonts/, which the host passes in as an
/// input file, and how each character prints in it.
///
/// Characters the font lacks (CJK, most emoji) print as its replacement glyph U+FFFD, a visible
/// mark of the same kind on every viewer. Glyphs print one per character as the cmap gives them:
/// no shaping (Arabic letters keep their isolated forms) and no bidi (right-to-left text prints
/// left to right), so Arabic and Hebrew are legible letter by letter only.
struct PDFUnicodeFont {
  /// Where the font ships: web/fonts/ in the source tree, fonts/ beside the web app.
  static let fileName = "fonts/DejaVuSans.ttf"
  /// The input file name hosts resolve (see `Engine.bundledPrefix`).
  static let path = Engine.bundledPrefix + fileName

  let font: TrueTypeFont
  let replacementGlyph: Int

  /// nil when `bytes` is not a TrueType font this reader understands, or has no replacement mark.
  init?(_ bytes: [UInt8]) {
    guard let font = TrueTypeFont(bytes) else { return nil }
    self.font = font
    let replacement = font.glyph(for: "\u{FFFD}")
    replacementGlyph = replacement != 0 ? replacement : font.glyph(for: "?")
    guard replacementGlyph != 0 else { return nil }
  }

  /// What prints for `scalar`: tabs and carriage returns as spaces, other control characters as
  /// '?' (as in WinAnsi text); a line feed stays, for the line breaker.
  static func printed(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value == 0x09 || value == 0x0D { return " " }
    if value == 0x0A { return scalar }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return "?" }
    return scalar
  }

  /// The glyph that prints for `scalar` (after `printed`): its own, or the replacement.
  func glyph(for scalar: Unicode.Scalar) -> Int {
    let glyph = font.glyph(for: scalar.value == 0x0A ? " " : scalar)
    return glyph != 0 ? glyph : replacementGlyph
  }

  /// The advance of `scalar` (after `printed`) in 1/1000 em, rounded as the PDF's W array states it.
  func advance(for scalar: Unicode.Scalar) -> Int {
    units(font.advance(ofGlyph: glyph(for: scalar)))
  }

  /// The width of `text` in 1/1000 em, character by character as `PDFUnicodeCharacters` prints it.
  func width(_ text: String) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += advance(for: Self.printed(scalar)) }
    return total
  }

  /// Font units as 1/1000 em, rounded half away from zero.
  func units(_ value: Int) -> Int {
    let scaled = value * 1000, half = font.unitsPerEm / 2
    return scaled >= 0 ? (scaled + half) / font.unitsPerEm : -((-scaled + half) / font.unitsPerEm)
  }
}

/// The characters one PDF prints in the Unicode font, each with its CID: 1 the space, 2 the
/// ellipsis, then 3, 4, ... in order of first use (so the same report gives the same numbers).
///
/// CIDs number characters, not glyphs: characters the font lacks share the replacement glyph but
/// keep their own ToUnicode entry, so copying or searching the PDF gives the text as written.
struct PDFUnicodeCharacters {
  static let lineFeed: UInt16 = 0
  static let space: UInt16 = 1
  static let ellipsisCID: UInt16 = 2
  /// Beyond this many characters (never seen in a report) new ones print as the ellipsis.
  static let capacity = 60_000

  let font: PDFUnicodeFont
  /// Index = CID - 1.
  private(set) var characters: [Unicode.Scalar] = [" ", "\u{2026}"]
  private(set) var advances: [Int] = []
  /// Keyed by scalar value. (The core's one other dictionary type, so wasm carries no new hashing code.)
  private var cids: [Int64: Int] = [0x20: 1, 0x2026: 2]
  /// Whether any text was encoded: only then does the PDF embed the font.
  private(set) var isUsed = false

  init(_ font: PDFUnicodeFont) {
    self.font = font
    advances = characters.map { font.advance(for: $0) }
  }

  /// `text` as CIDs.
  mutating func encode(_ text: String) -> PDFText {
    isUsed = true
    var codes: [UInt16] = []
    var widths: [Int] = []
    codes.reserveCapacity(text.unicodeScalars.count)
    widths.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      let printed = PDFUnicodeFont.printed(scalar)
      if printed.value == 0x0A {
        codes.append(Self.lineFeed)
        widths.append(advances[0])
        continue
      }
      let cid = cid(for: printed)
      codes.append(cid)
      widths.append(advances[Int(cid) - 1])
    }
    return PDFText(unicode: codes, advances: widths, spaceWidth: advances[0])
  }

  var ellipsis: PDFText {
    PDFText(unicode: [Self.ellipsisCID], advances: [advances[1]], spaceWidth: advances[0])
  }

  private mutating func cid(for scalar: Unicode.Scalar) -> UInt16 {
    if let cid = cids[Int64(scalar.value)] { return UInt16(cid) }
    guard characters.count < Self.capacity else { return Self.ellipsisCID }
    characters.append(scalar)
    advances.append(font.advance(for: scalar))
    cids[Int64(scalar.value)] = characters.count
    return UInt16(characters.count)
  }

  /// Characters printed as the replacement glyph because the font lacks them, in CID order.
  var lacking: [Unicode.Scalar] {
    var lacking: [Unicode.Scalar] = []
    for character in characters where font.font.glyph(for: character) == 0 { lacking.append(character) }
    return lacking
  }
}
