/// Widths of text in the PDF's base-14 Helvetica, so lines can be wrapped and labels fitted
/// before anything is drawn. SVG on screen uses the same widths (Helvetica or Arial render alike).
///
/// The widths are the advance widths of Adobe's Helvetica and Helvetica-Bold AFM files (in 1/1000
/// em), indexed by WinAnsiEncoding code, because that is the encoding the PDF writes. Text is
/// measured as it will be printed: a character outside WinAnsi measures as the '?' it becomes
/// (a PDF with the Unicode font measures such strings with `TextMeasure` instead).
enum FontMetrics {
  /// The advance width of `text` in points at `size` points.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    var total = 0
    for scalar in text.unicodeScalars {
      if let pair = WinAnsi.spelled(scalar) {
        for code in pair { total += advance(code, bold: bold) }
      } else {
        total += advance(WinAnsi.code(for: scalar), bold: bold)
      }
    }
    return Double(total) * size / 1000
  }

  /// The advance width of one WinAnsi code in 1/1000 em. Control codes measure as a space.
  static func advance(_ code: UInt8, bold: Bool) -> Int {
    guard code >= 32 else { return 278 }
    return Int(bold ? helveticaBold[Int(code) - 32] : helvetica[Int(code) - 32])
  }

  // Codes 0x7F, 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unused in WinAnsi (never written); they keep
  // the bullet's width, as the AFM-derived tables of FPDF and others do.

  /// Helvetica, codes 0x20...0xFF.
  private static let helvetica: [UInt16] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // 0x20
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0x30
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // 0x40
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // 0x50
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // 0x60
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,  // 0x70
    556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,  // 0x80
    350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667,  // 0x90
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // 0xA0
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // 0xB0
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 0xC0
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // 0xD0
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,  // 0xE0
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,  // 0xF0
  ]

  /// Helvetica-Bold, codes 0x20...0xFF.
  private static let helveticaBold: [UInt16] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,  // 0x20
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,  // 0x30
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,  // 0x40
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,  // 0x50
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,  // 0x60
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350,  // 0x70
    556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,  // 0x80
    350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667,  // 0x90
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // 0xA0
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // 0xB0
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // 0xC0
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // 0xD0
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,  // 0xE0
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,  // 0xF0
  ]
}

/// Widths of report strings as the PDF prints them, so charts can fit their labels before they
/// are drawn: Helvetica's, or the Unicode font's for strings WinAnsi cannot hold (`PDFTextEncoder`
/// makes the same choice). Without a Unicode font (and for the HTML report) it is `FontMetrics`.
struct TextMeasure {
  var unicode: PDFUnicodeFont? = nil

  func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    if let unicode, !WinAnsi.represents(text) { return Double(unicode.width(text)) * size / 1000 }
    return FontMetrics.width(text, size: size, bold: bold)
  }
}
