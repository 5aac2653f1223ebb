/// Points on two linear axes, each from 0 (or just below its smallest value) to a "nice" top,
/// with 3-5 ticks; an optional dashed vertical bound; highlighted points larger and labelled.
extension ChartDrawing {
  static func drawScatter(_ chart: ScatterChart, width: Double, measure: TextMeasure = TextMeasure()) -> Drawing {
    var shapes: [Shape] = []
    var top = drawHeader(title: chart.title, note: chart.note, width: width, reserve: 0, measure: measure, into: &shapes) + 8
    let tickSize = 7.0
    let points = chart.points.filter { $0.x.isFinite && $0.y.isFinite }
    let xs = points.map { $0.x } + (chart.xBound.map { [$0.value] } ?? [])
    let (xLow, xStep, xSteps) = axis(xs)
    let (yLow, yStep, ySteps) = axis(points.map { $0.y })
    func xText(_ v: Double) -> String {
      chart.xPercent ? compact(v * 100, maxDecimals: 1, comma: chart.decimalComma) + "%" : compact(v, maxDecimals: 3, comma: chart.decimalComma)
    }
    let yTicks = (0...ySteps).map { compact(yLow + Double($0) * yStep, maxDecimals: 3, comma: chart.decimalComma) }
    // The y label rotated at the far left, the tick labels beside it.
    let plotLeft = tickSize + 6 + widest(yTicks, size: tickSize, measure: measure) + 6
    let plotRight = width - 8
    let plotHeight = max(90, min(220, width * 0.4))
    top += 2
    let plotBottom = top + plotHeight
    func px(_ v: Double) -> Double { plotLeft + (plotRight - plotLeft) * (v - xLow) / (xStep * Double(xSteps)) }
    func py(_ v: Double) -> Double { plotBottom - plotHeight * (v - yLow) / (yStep * Double(ySteps)) }
    for i in 0...ySteps {
      let y = py(yLow + Double(i) * yStep)
      if i > 0 { shapes.append(.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, color: gridColor, width: 0.5)) }
      shapes.append(.text(x: plotLeft - 4, y: y + tickSize * 0.35, text: yTicks[i], size: tickSize, anchor: .end, bold: false, color: .muted, rotated: false))
    }
    for i in 0...xSteps {
      let v = xLow + Double(i) * xStep
      let x = px(v)
      let anchor: TextAnchor = i == 0 ? .start : i == xSteps ? .end : .middle
      shapes.append(.text(x: x, y: plotBottom + 3 + tickSize, text: xText(v), size: tickSize, anchor: anchor, bold: false, color: .muted, rotated: false))
    }
    shapes.append(.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, color: axisColor, width: 0.75))
    shapes.append(.line(x1: plotLeft, y1: top, x2: plotLeft, y2: plotBottom, color: axisColor, width: 0.75))
    shapes.append(.text(
      x: tickSize, y: top + plotHeight / 2, text: truncate(chart.yLabel, to: plotHeight, size: tickSize, measure: measure), size: tickSize,
      anchor: .middle, bold: false, color: .text, rotated: true))
    if let bound = chart.xBound, bound.value.isFinite {
      // Dashes as short lines: both renderers draw plain lines only.
      let x = px(bound.value)
      var y = top
      while y < plotBottom {
        shapes.append(.line(x1: x, y1: y, x2: x, y2: min(y + 3, plotBottom), color: ReportBuilder.stepColors[4], width: 0.75))
        y += 6
      }
      shapes.append(.text(
        x: x - 3, y: top + tickSize, text: truncate(bound.label, to: x - plotLeft - 6, size: tickSize, measure: measure), size: tickSize,
        anchor: .end, bold: false, color: .muted, rotated: false))
    }
    // Plain points first, so the highlighted ones stay on top.
    for p in points.filter({ !$0.highlighted }) {
      shapes.append(.rect(x: px(p.x) - 2, y: py(p.y) - 2, width: 4, height: 4, fill: p.muted ? axisColor : .real, stroke: nil))
    }
    for p in points.filter({ $0.highlighted }) {
      let (x, y) = (px(p.x), py(p.y))
      shapes.append(.rect(x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill: .synthetic, stroke: .text))
      if let label = p.label {
        let right = x + 6 + measure.width(label, size: tickSize) <= plotRight
        shapes.append(.text(x: right ? x + 6 : x - 6, y: y - 4, text: label, size: tickSize, anchor: right ? .start : .end, bold: true, color: .text, rotated: false))
      }
    }
    let xLabelBaseline = plotBottom + 3 + tickSize + 4 + tickSize
    shapes.append(.text(
      x: (plotLeft + plotRight) / 2, y: xLabelBaseline, text: truncate(chart.xLabel, to: plotRight - plotLeft, size: tickSize, measure: measure),
      size: tickSize, anchor: .middle, bold: false, color: .text, rotated: false))
    return Drawing(width: width, height: (xLabelBaseline + 4).rounded(.up), shapes: shapes)
  }

  /// An axis over `values`: a start at a multiple of the step (0 when every value is near it),
  /// a 1-2-2.5-5 step, and 2-5 steps.
  static func axis(_ values: [Double]) -> (low: Double, step: Double, steps: Int) {
    let finite = values.filter { $0.isFinite }
    guard var low = finite.min(), var high = finite.max() else { return (0, 1, 2) }
    if low > 0 && low < high * 0.5 { low = 0 }
    if high <= low { high = low + max(abs(low) * 0.1, 1e-9) }
    var magnitude = 1.0
    while (high - low) / magnitude > 10 { magnitude *= 10 }
    while (high - low) / magnitude < 1 && magnitude > 1e-12 { magnitude /= 10 }
    for factor in [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10] {
      let step = factor * magnitude
      let start = (low / step).rounded(.down) * step
      let steps = ((high - start) / step).integer(.up, clampedTo: 1...1000)
      if steps <= 5 { return (start, step, max(steps, 2)) }
    }
    return (low, (high - low) / 4, 4)
  }
}
