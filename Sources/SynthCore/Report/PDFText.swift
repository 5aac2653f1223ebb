/// A string encoded for one of the PDF's fonts, ready to measure, wrap and print: WinAnsi bytes
/// for Helvetica (/F1, /F2), or CIDs of the embedded Unicode font (/F3, see `PDFUnicodeFont`).
///
/// A string uses one font throughout, so it reads in one typeface and its width is one sum.
struct PDFText {
  /// True for the Unicode font.
  var isUnicode: Bool
  /// WinAnsi codes (0...255) or CIDs. In Unicode text a line feed is `PDFUnicodeCharacters.lineFeed`.
  var codes: [UInt16]
  /// Unicode text only: the advance of each code in 1/1000 em. Helvetica's come from
  /// `FontMetrics` and depend on bold; these do not (bold is drawn by stroking the same glyphs).
  var advances: [Int]
  /// Unicode text only: the advance of a space.
  var spaceWidth: Int

  init(winAnsi bytes: [UInt8]) {
    isUnicode = false
    codes = bytes.map { UInt16($0) }
    advances = []
    spaceWidth = 0
  }

  init(unicode codes: [UInt16], advances: [Int], spaceWidth: Int) {
    isUnicode = true
    self.codes = codes
    self.advances = advances
    self.spaceWidth = spaceWidth
  }

  var count: Int { codes.count }
  var isEmpty: Bool { codes.isEmpty }

  subscript(range: Range<Int>) -> PDFText {
    var part = self
    part.codes = Array(codes[range])
    if isUnicode { part.advances = Array(advances[range]) }
    return part
  }

  static func + (left: PDFText, right: PDFText) -> PDFText {
    var joined = left
    joined.codes += right.codes
    joined.advances += right.advances
    return joined
  }

  /// The advance of the code at `index` in 1/1000 em.
  func advance(at index: Int, bold: Bool) -> Int {
    isUnicode ? advances[index] : FontMetrics.advance(UInt8(truncatingIfNeeded: codes[index]), bold: bold)
  }

  func spaceAdvance(bold: Bool) -> Int { isUnicode ? spaceWidth : FontMetrics.advance(0x20, bold: bold) }

  /// Spaces (WinAnsi: also carriage returns) separate words.
  func isSpace(at index: Int) -> Bool {
    isUnicode ? codes[index] == PDFUnicodeCharacters.space : codes[index] == 0x20 || codes[index] == 0x0D
  }

  func isLineFeed(at index: Int) -> Bool {
    isUnicode ? codes[index] == PDFUnicodeCharacters.lineFeed : codes[index] == 0x0A
  }

  /// The width in points at `size` points.
  func width(size: Double, bold: Bool = false) -> Double {
    var total = 0
    for index in 0..<codes.count { total += advance(at: index, bold: bold) }
    return Double(total) * size / 1000
  }
}

/// Chooses the font of each string: Helvetica (WinAnsi) when every character fits, which keeps
/// such text byte for byte as it was before the Unicode font existed, else the Unicode font when
/// the host gave one, else Helvetica with '?' for what WinAnsi lacks.
struct PDFTextEncoder {
  var unicode: PDFUnicodeCharacters?
  /// Some text needed the Unicode font and there was none, so it printed with '?'.
  private(set) var missedFont = false

  init(unicodeFont: PDFUnicodeFont? = nil) {
    unicode = unicodeFont.map { PDFUnicodeCharacters($0) }
  }

  mutating func encode(_ text: String) -> PDFText {
    if WinAnsi.represents(text) { return PDFText(winAnsi: WinAnsi.encode(text)) }
    // Optional chaining mutates the character table in place.
    if let encoded = unicode?.encode(text) { return encoded }
    missedFont = true
    return PDFText(winAnsi: WinAnsi.encode(text))
  }

  /// "…" in the font of `text`, to end it when it is cut.
  func ellipsis(for text: PDFText) -> PDFText {
    if text.isUnicode, let unicode { return unicode.ellipsis }
    return PDFText(winAnsi: [0x85])
  }

  /// Measures strings as this encoder prints them.
  var measure: TextMeasure { TextMeasure(unicode: unicode?.font) }
}
