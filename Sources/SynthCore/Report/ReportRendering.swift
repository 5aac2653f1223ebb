/// The report document in its two printed forms.
enum ReportRendering {
  static func pdf(_ document: ReportDocument) -> [UInt8] {
    let legend = (real: document.words.real, synthetic: document.words.synthetic)
    return PDFLayout.render(document, drawChart: { chart, width in ChartDrawing.draw(chart, width: width, legend: legend) })
  }

  /// A standalone page: inline CSS and SVG, no script, no request to any other origin.
  static func html(_ document: ReportDocument) -> String { HTMLWriter.html(document, standalone: true) }
}
