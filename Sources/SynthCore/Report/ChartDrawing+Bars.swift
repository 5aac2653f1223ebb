/// Paired bars: per label a real bar (dark blue) and a synthetic bar (light blue) side by side,
/// bar height = share / axis maximum × plot height, the axis maximum being the top "nice" tick.
extension ChartDrawing {
  /// More categories than this are unreadable; the rest is lumped into one last bar.
  static let maximumCategories = 30

  static func drawBars(
    _ chart: BarChart, width: Double, legend: (real: String, synthetic: String), measure: TextMeasure = TextMeasure()
  ) -> Drawing {
    let (labels, real, synthetic) = limitedCategories(chart)
    let count = labels.count
    var shapes: [Shape] = []

    // Legend at the right of the title line when it fits there, else on its own line.
    let legendSize = 7.5
    let swatch = 7.0
    let realWidth = measure.width(legend.real, size: legendSize)
    let syntheticWidth = measure.width(legend.synthetic, size: legendSize)
    let legendWidth = swatch + 3 + realWidth + 10 + swatch + 3 + syntheticWidth
    let titleWidth = measure.width(chart.title, size: titleSize, bold: true)
    let legendOnTitleLine = titleWidth + 16 + legendWidth <= width
    var top = drawHeader(
      title: chart.title, note: chart.note, width: width, reserve: legendOnTitleLine ? legendWidth + 16 : 0, measure: measure,
      into: &shapes)
    let legendBaseline: Double
    if legendOnTitleLine {
      legendBaseline = 10
    } else {
      legendBaseline = top + 9
      top = legendBaseline + 3
    }
    var x = max(0, width - legendWidth)
    for (text, color) in [(legend.real, ReportColor.real), (legend.synthetic, ReportColor.synthetic)] {
      shapes.append(.rect(x: x, y: legendBaseline - swatch + 0.5, width: swatch, height: swatch, fill: color, stroke: nil))
      x += swatch + 3
      shapes.append(.text(x: x, y: legendBaseline, text: text, size: legendSize, anchor: .start, bold: false, color: .text, rotated: false))
      x += measure.width(text, size: legendSize) + 10
    }
    top = max(top, legendBaseline + 3) + 8

    // The y axis: ticks 0, step, ..., axisMaximum, labelled in percent.
    var largest = 0.0
    for share in real + synthetic where share.isFinite { largest = max(largest, min(share, 1)) }
    let (step, steps) = niceTicks(largest)
    let axisMaximum = step * Double(steps)
    let tickSize = 7.0
    var tickLabels: [String] = []
    for i in 0...steps { tickLabels.append(compact(Double(i) * step * 100, maxDecimals: 2, comma: chart.decimalComma) + "%") }
    let plotLeft = widest(tickLabels, size: tickSize, measure: measure) + 6
    let plotRight = width - 1
    let plotWidth = max(plotRight - plotLeft, 1)
    let slot = plotWidth / Double(max(count, 1))

    // Category labels: horizontal when they fit under their bars, rotated otherwise.
    let labelSize = count > 15 ? 6.5 : 7.5
    let rotated = !chart.isHistogram && count > 6 && widest(labels, size: labelSize, measure: measure) > slot - 4
    let rotatedLength = min(widest(labels, size: labelSize, measure: measure), max(40, min(110, width * 0.22)))
    let labelArea = rotated ? rotatedLength + 6 : labelSize + 6

    let targetHeight = max(150, min(300, width * 0.55))
    let plotHeight = max(60, targetHeight - top - labelArea)
    let plotBottom = top + plotHeight

    for i in 0...steps {
      let y = plotBottom - plotHeight * Double(i) / Double(steps)
      if i > 0 {
        shapes.append(.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, color: gridColor, width: 0.5))
      }
      shapes.append(
        .text(x: plotLeft - 4, y: y + tickSize * 0.35, text: tickLabels[i], size: tickSize, anchor: .end, bold: false, color: .muted, rotated: false))
    }

    // Bars of one label touch; histogram bins nearly touch, categories keep a clear gap.
    let barWidth = chart.isHistogram ? slot * 0.45 : min(slot * 0.38, 36)
    for i in 0..<count {
      let groupLeft = plotLeft + slot * Double(i) + (slot - 2 * barWidth) / 2
      for (offset, share, color) in [(0.0, real[i], ReportColor.real), (barWidth, synthetic[i], ReportColor.synthetic)] {
        guard share.isFinite, share > 0 else { continue }
        let height = plotHeight * min(share, axisMaximum) / axisMaximum
        shapes.append(.rect(x: groupLeft + offset, y: plotBottom - height, width: barWidth, height: height, fill: color, stroke: nil))
      }
    }
    shapes.append(.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, color: axisColor, width: 0.75))

    let labelTop = plotBottom + 3
    if chart.isHistogram {
      // First, middle and last bin only: bin labels are long and their order is obvious.
      var shown: [Int] = [0]
      if count > 2 { shown.append(count / 2) }
      if count > 1 { shown.append(count - 1) }
      let room = plotWidth / 3 - 4
      for i in shown where i < count {
        let (anchor, x): (TextAnchor, Double) =
          i == 0 ? (.start, plotLeft) : (i == count - 1 ? (.end, plotRight) : (.middle, plotLeft + slot * (Double(i) + 0.5)))
        let text = truncate(labels[i], to: room, size: labelSize, measure: measure)
        shapes.append(.text(x: x, y: labelTop + labelSize, text: text, size: labelSize, anchor: anchor, bold: false, color: .text, rotated: false))
      }
    } else {
      for i in 0..<count {
        let center = plotLeft + slot * (Double(i) + 0.5)
        if rotated {
          let text = truncate(labels[i], to: rotatedLength, size: labelSize, measure: measure)
          shapes.append(
            .text(x: center + labelSize * 0.35, y: labelTop, text: text, size: labelSize, anchor: .end, bold: false, color: .text, rotated: true))
        } else {
          let text = truncate(labels[i], to: slot - 4, size: labelSize, measure: measure)
          shapes.append(.text(x: center, y: labelTop + labelSize, text: text, size: labelSize, anchor: .middle, bold: false, color: .text, rotated: false))
        }
      }
    }
    return Drawing(width: width, height: (plotBottom + labelArea + 2).rounded(.up), shapes: shapes)
  }

  /// Labels and shares cut to `maximumCategories`: the first ones as they are, the rest summed into
  /// one bar labelled "… +k". Missing shares read as NaN, so ragged input cannot index out of range.
  static func limitedCategories(_ chart: BarChart) -> (labels: [String], real: [Double], synthetic: [Double]) {
    func share(_ values: [Double], _ i: Int) -> Double { i < values.count ? values[i] : .nan }
    let count = chart.labels.count
    let kept = count > maximumCategories ? maximumCategories - 1 : count
    var labels: [String] = []
    var real: [Double] = []
    var synthetic: [Double] = []
    for i in 0..<kept {
      labels.append(chart.labels[i])
      real.append(share(chart.real, i))
      synthetic.append(share(chart.synthetic, i))
    }
    if kept < count {
      var realRest = 0.0
      var syntheticRest = 0.0
      for i in kept..<count {
        let r = share(chart.real, i)
        let s = share(chart.synthetic, i)
        if r.isFinite { realRest += r }
        if s.isFinite { syntheticRest += s }
      }
      labels.append("… +\(count - kept)")
      real.append(realRest)
      synthetic.append(syntheticRest)
    }
    return (labels, real, synthetic)
  }

  /// The smallest step from a 1-2-2.5-5 series that covers `largest` in at most 4 steps (so 3 to
  /// 5 tick labels counting 0), and the number of steps (at least 2).
  static func niceTicks(_ largest: Double) -> (step: Double, count: Int) {
    let candidates: [Double] = [0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25]
    let largest = largest.isFinite ? max(0, min(largest, 1)) : 0
    for step in candidates {
      let steps = (largest / step).integer(.up, clampedTo: 0...1000)
      if steps <= 4 { return (step, max(steps, 2)) }
    }
    return (0.25, 4)
  }
}
