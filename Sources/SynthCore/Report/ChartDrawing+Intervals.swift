/// Interval charts: one row per label, the real interval above the synthetic one, each a line
/// with a square at its estimate, on a shared horizontal axis with a line at 0.
extension ChartDrawing {
  static func drawIntervals(
    _ chart: IntervalChart, width: Double, legend: (real: String, synthetic: String), measure: TextMeasure = TextMeasure()
  ) -> Drawing {
    var shapes: [Shape] = []
    let legendSize = 7.5, swatch = 7.0
    let legendWidth = swatch + 3 + measure.width(legend.real, size: legendSize) + 10 + swatch + 3 + measure.width(legend.synthetic, size: legendSize)
    let onTitleLine = measure.width(chart.title, size: titleSize, bold: true) + 16 + legendWidth <= width
    var top = drawHeader(title: chart.title, note: chart.note, width: width, reserve: onTitleLine ? legendWidth + 16 : 0, measure: measure, into: &shapes)
    let legendBaseline = onTitleLine ? 10 : top + 9
    if !onTitleLine { top = legendBaseline + 3 }
    var x = max(0, width - legendWidth)
    for (text, color) in [(legend.real, ReportColor.real), (legend.synthetic, ReportColor.synthetic)] {
      shapes.append(.rect(x: x, y: legendBaseline - swatch + 0.5, width: swatch, height: swatch, fill: color, stroke: nil))
      x += swatch + 3
      shapes.append(.text(x: x, y: legendBaseline, text: text, size: legendSize, anchor: .start, bold: false, color: .text, rotated: false))
      x += measure.width(text, size: legendSize) + 10
    }
    top = max(top, legendBaseline + 3) + 8

    // The axis covers every finite end and 0, widened to nice ticks.
    var low = 0.0, high = 0.0
    for i in chart.real + chart.synthetic where i.lower.isFinite && i.upper.isFinite {
      low = min(low, i.lower)
      high = max(high, i.upper)
    }
    if high - low <= 0 { (low, high) = (-1, 1) }
    let step = niceStep((high - low) / 5)
    let first = (low / step).integer(.down, clampedTo: -1000...1000), last = (high / step).integer(.up, clampedTo: -1000...1000)
    let axisLow = Double(first) * step, axisHigh = Double(max(last, first + 1)) * step

    let labelSize = 7.5, tickSize = 7.0
    let labelWidth = min(widest(chart.labels, size: labelSize, measure: measure), width * 0.35)
    let plotLeft = labelWidth + 8, plotRight = width - 4
    let plotWidth = max(plotRight - plotLeft, 1)
    func position(_ v: Double) -> Double { plotLeft + plotWidth * (v - axisLow) / (axisHigh - axisLow) }
    let rowHeight = 16.0
    let plotTop = top
    let plotBottom = plotTop + rowHeight * Double(max(chart.labels.count, 1))

    // Grid and ticks.
    var tick = first
    while tick <= max(last, first + 1) {
      let v = Double(tick) * step
      let px = position(v)
      shapes.append(.line(x1: px, y1: plotTop, x2: px, y2: plotBottom, color: v == 0 ? axisColor : gridColor, width: v == 0 ? 0.8 : 0.5))
      shapes.append(.text(
        x: px, y: plotBottom + tickSize + 3, text: compact(v, maxDecimals: 3, comma: chart.decimalComma), size: tickSize, anchor: .middle,
        bold: false, color: .muted, rotated: false))
      tick += 1
    }
    for (row, label) in chart.labels.enumerated() {
      let y = plotTop + rowHeight * Double(row)
      shapes.append(.text(
        x: 0, y: y + rowHeight / 2 + 2.5, text: truncate(label, to: labelWidth, size: labelSize, measure: measure), size: labelSize, anchor: .start,
        bold: false, color: .text, rotated: false))
      for (offset, interval, color) in [(4.5, chart.real[row], ReportColor.real), (11.0, chart.synthetic[row], ReportColor.synthetic)] {
        guard interval.estimate.isFinite else { continue }
        let cy = y + offset
        if interval.lower.isFinite && interval.upper.isFinite {
          shapes.append(.line(x1: position(interval.lower), y1: cy, x2: position(interval.upper), y2: cy, color: color, width: 1.5))
        }
        let cx = position(interval.estimate)
        shapes.append(.rect(x: cx - 2, y: cy - 2, width: 4, height: 4, fill: color, stroke: nil))
      }
    }
    return Drawing(width: width, height: plotBottom + tickSize + 8, shapes: shapes)
  }

  /// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
  static func niceStep(_ raw: Double) -> Double {
    guard raw.isFinite, raw > 0 else { return 1 }
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    for m in [1.0, 2, 2.5, 5, 10] where m * power >= raw { return m * power }
    return 10 * power
  }
}
