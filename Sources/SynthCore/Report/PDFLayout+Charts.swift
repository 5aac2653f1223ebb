/// Charts: each drawing stays together on one page. A drawing wider than the line or taller
/// than a page is scaled down; otherwise it moves to the next page when it does not fit.
extension PDFLayout {
  static let chartGap = 16.0

  mutating func chart(_ chart: ReportChart, drawChart: (ReportChart, Double) -> Drawing) {
    let drawing = drawChart(chart, PDFLayout.contentWidth)
    let scale = PDFLayout.chartScale(drawing, width: PDFLayout.contentWidth)
    let height = drawing.height * scale
    ensureSpace(height)
    page.content.draw(drawing, x: PDFLayout.margin, y: y, scale: scale, encoder: &encoder)
    y += height + 12
  }

  /// Two charts per row, each half the line minus the gap; a row keeps together.
  mutating func chartGrid(_ charts: [ReportChart], drawChart: (ReportChart, Double) -> Drawing) {
    let cellWidth = (PDFLayout.contentWidth - PDFLayout.chartGap) / 2
    var index = 0
    while index < charts.count {
      let left = drawChart(charts[index], cellWidth)
      let leftScale = PDFLayout.chartScale(left, width: cellWidth)
      var rowHeight = left.height * leftScale
      var right: Drawing? = nil
      var rightScale = 1.0
      if index + 1 < charts.count {
        let drawing = drawChart(charts[index + 1], cellWidth)
        rightScale = PDFLayout.chartScale(drawing, width: cellWidth)
        rowHeight = max(rowHeight, drawing.height * rightScale)
        right = drawing
      }
      ensureSpace(rowHeight)
      page.content.draw(left, x: PDFLayout.margin, y: y, scale: leftScale, encoder: &encoder)
      if let right {
        page.content.draw(right, x: PDFLayout.margin + cellWidth + PDFLayout.chartGap, y: y, scale: rightScale, encoder: &encoder)
      }
      y += rowHeight + 12
      index += 2
    }
  }

  /// The scale (at most 1) that fits `drawing` into `width` and into one page's height.
  static func chartScale(_ drawing: Drawing, width: Double) -> Double {
    guard drawing.width > 0, drawing.height > 0, drawing.width.isFinite, drawing.height.isFinite else { return 1 }
    let pageHeight = contentBottom - contentTop
    return min(1, width / drawing.width, pageHeight / drawing.height)
  }
}
