/// The report document in its two printed forms.
enum ReportRendering {
  static func pdf(_ document: ReportDocument, unicodeFont: PDFUnicodeFont? = nil) -> [UInt8] {
    pdfNotingFonts(document, unicodeFont: unicodeFont).bytes
  }

  /// The PDF, and the text it could not print as written (for a note to the user).
  static func pdfNotingFonts(_ document: ReportDocument, unicodeFont: PDFUnicodeFont?) -> (bytes: [UInt8], shortfall: PDFFontShortfall) {
    let legend = (real: document.words.real, synthetic: document.words.synthetic)
    // Charts measure their labels as the PDF prints them.
    let measure = TextMeasure(unicode: unicodeFont)
    return PDFLayout.renderNotingFonts(
      document, unicodeFont: unicodeFont,
      drawChart: { chart, width in ChartDrawing.draw(chart, width: width, legend: legend, measure: measure) })
  }

  /// A standalone page: inline CSS and SVG, no script, no request to any other origin.
  static func html(_ document: ReportDocument) -> String { HTMLWriter.html(document, standalone: true) }
}

/// Text a PDF could not print as written.
struct PDFFontShortfall: Equatable {
  /// Some text needed the Unicode font and the host passed none: it printed with '?'.
  var missingFont = false
  /// Characters the Unicode font lacks, printed as its replacement glyph, in order of first use.
  var lacking: [Unicode.Scalar] = []

  /// Lines for standard output after "Wrote `path`"; empty when everything printed as written.
  func notes(_ path: String) -> String {
    var text = ""
    if missingFont {
      text += "Note: \(path) prints characters outside Western European text as '?': the font \(PDFUnicodeFont.fileName) that holds them was not found\n"
    }
    if !lacking.isEmpty {
      var examples = String.UnicodeScalarView()
      for scalar in lacking.prefix(5) { examples.append(scalar) }
      let count = lacking.count == 1 ? "1 character" : "\(lacking.count) characters"
      text += "Note: \(path) shows \(count) that DejaVu Sans lacks (\(String(examples))) as \u{FFFD}; copying the text from the PDF still gives them\n"
    }
    return text
  }
}
