import Testing

@testable import SynthCore

/// DUO's S_pMSE steps, green to red.
let duoSteps = HeatmapScale.steps(
  bounds: [3, 10, 30, 100],
  colors: [ReportColor(26, 152, 80), ReportColor(145, 207, 96), ReportColor(254, 224, 139), ReportColor(252, 141, 89), ReportColor(215, 48, 39)],
  labels: ["< 3", "3–10", "10–30", "30–100", "≥ 100"])

/// Horizontal extent of every shape, to check a drawing stays inside its width.
func horizontalExtent(_ shape: Shape) -> (low: Double, high: Double) {
  switch shape {
  case .rect(let x, _, let width, _, _, _): return (x, x + width)
  case .line(let x1, _, let x2, _, _, _): return (min(x1, x2), max(x1, x2))
  case .text(let x, _, let text, let size, let anchor, let bold, _, let rotated):
    if rotated { return (x - size, x) }
    let width = FontMetrics.width(text, size: size, bold: bold)
    switch anchor {
    case .start: return (x, x + width)
    case .middle: return (x - width / 2, x + width / 2)
    case .end: return (x - width, x)
    }
  }
}

func texts(_ drawing: Drawing) -> [String] {
  drawing.shapes.compactMap { if case .text(_, _, let text, _, _, _, _, _) = $0 { return text } else { return nil } }
}

/// Filled rectangles of one colour as (x, y, width, height).
func rects(_ drawing: Drawing, fill: ReportColor) -> [(x: Double, y: Double, width: Double, height: Double)] {
  drawing.shapes.compactMap {
    if case .rect(let x, let y, let w, let h, let f, _) = $0, f == fill { return (x, y, w, h) } else { return nil }
  }
}

func squareHeatmap(_ size: Int, scale: HeatmapScale, showValues: Bool = true, label: (Int) -> String = { "variable_\($0)" }) -> Heatmap {
  let labels = (0..<size).map(label)
  var values: [[Double]] = []
  for row in 0..<size {
    values.append((0..<size).map { column in row == column ? .nan : Double((row * 7 + column * 13) % 120) })
  }
  return Heatmap(title: "S_pMSE per pair", rowLabels: labels, columnLabels: labels, values: values, scale: scale, showValues: showValues, decimals: 1)
}

@Suite struct ChartDrawingTests {
  @Test func stepColoursPickTheBucketAtItsLowerBound() {
    guard case .steps(_, let colors, _) = duoSteps else { Issue.record("not steps"); return }
    let cases: [(Double, Int)] = [(-5, 0), (0, 0), (2.999, 0), (3, 1), (9.99, 1), (10, 2), (30, 3), (99.9, 3), (100, 4), (1e9, 4), (.infinity, 4)]
    for (value, index) in cases {
      #expect(ChartDrawing.color(of: value, scale: duoSteps) == colors[index], "value \(value)")
    }
    #expect(ChartDrawing.color(of: .nan, scale: duoSteps) == ChartDrawing.missingFill)
    #expect(ChartDrawing.color(of: 5, scale: .steps(bounds: [3], colors: [], labels: [])) == ChartDrawing.missingFill)
  }

  @Test func divergingAndSequentialInterpolateLinearly() {
    let diverging = HeatmapScale.diverging(limit: 1)
    #expect(ChartDrawing.color(of: -1, scale: diverging) == ReportColor(33, 102, 172))
    #expect(ChartDrawing.color(of: 1, scale: diverging) == ReportColor(178, 24, 43))
    #expect(ChartDrawing.color(of: 0, scale: diverging) == .white)
    #expect(ChartDrawing.color(of: -7, scale: diverging) == ReportColor(33, 102, 172))
    // 255 + (178 - 255) / 2 = 216.5 → 217, 255 - 231 / 2 = 139.5 → 140, 255 - 212 / 2 = 149.
    #expect(ChartDrawing.color(of: 0.5, scale: diverging) == ReportColor(217, 140, 149))
    #expect(ChartDrawing.color(of: 0.25, scale: .diverging(limit: 0.5)) == ReportColor(217, 140, 149))
    // A zero limit falls back to 1 instead of dividing by zero.
    #expect(ChartDrawing.color(of: 0.5, scale: .diverging(limit: 0)) == ReportColor(217, 140, 149))
    let sequential = HeatmapScale.sequential(limit: 0.5, color: ReportColor(55, 5, 105))
    #expect(ChartDrawing.color(of: 0, scale: sequential) == .white)
    #expect(ChartDrawing.color(of: 0.5, scale: sequential) == ReportColor(55, 5, 105))
    #expect(ChartDrawing.color(of: 0.25, scale: sequential) == ReportColor(155, 130, 180))
    #expect(ChartDrawing.color(of: .nan, scale: sequential) == ChartDrawing.missingFill)
  }

  @Test func textOnDarkFillsIsWhite() {
    #expect(ChartDrawing.textColor(on: ReportColor(215, 48, 39)) == .white)
    #expect(ChartDrawing.textColor(on: ReportColor(33, 102, 172)) == .white)
    #expect(ChartDrawing.textColor(on: ReportColor(254, 224, 139)) == .black)
    #expect(ChartDrawing.textColor(on: ReportColor(26, 152, 80)) == .black)
    #expect(ChartDrawing.textColor(on: .white) == .black)
  }

  @Test func fixedDecimalsRoundHalfAwayAndHandleSignsAndNaN() {
    #expect(ChartDrawing.fixed(-0.5, decimals: 2) == "-0.50")
    #expect(ChartDrawing.fixed(-0.004, decimals: 2) == "0.00")
    #expect(ChartDrawing.fixed(-3.14159, decimals: 3) == "-3.142")
    #expect(ChartDrawing.fixed(12.5, decimals: 0) == "13")
    #expect(ChartDrawing.fixed(7, decimals: 1) == "7.0")
    #expect(ChartDrawing.fixed(.nan, decimals: 2) == "")
    #expect(ChartDrawing.fixed(-.infinity, decimals: 2) == "")
    #expect(ChartDrawing.compact(30.000000000000004, maxDecimals: 2) == "30")
    #expect(ChartDrawing.compact(2.5, maxDecimals: 2) == "2.5")
  }

  @Test func niceTicksGiveThreeToFiveLabels() {
    #expect(ChartDrawing.niceTicks(0.5) == (0.2, 3))
    #expect(ChartDrawing.niceTicks(1) == (0.25, 4))
    #expect(ChartDrawing.niceTicks(0.3) == (0.1, 3))
    #expect(ChartDrawing.niceTicks(0.07) == (0.02, 4))
    #expect(ChartDrawing.niceTicks(0) == (0.0025, 2))
    #expect(ChartDrawing.niceTicks(.nan) == (0.0025, 2))
  }

  @Test func barHeightsAreProportionalToShares() {
    let chart = BarChart(title: "sex", labels: ["a", "b", "c"], real: [0.5, 0.3, 0.2], synthetic: [0.4, 0.4, 0.2], isHistogram: false)
    let drawing = ChartDrawing.draw(.bars(chart), width: 400)
    let realBars = rects(drawing, fill: .real)
    let syntheticBars = rects(drawing, fill: .synthetic).filter { $0.height > 7 }  // not the legend swatch
    let realBarsOnly = realBars.filter { $0.height > 7 }
    #expect(realBarsOnly.count == 3 && syntheticBars.count == 3)
    guard realBarsOnly.count == 3, syntheticBars.count == 3 else { return }
    // Ticks 0, 20, 40, 60 %: the top grid line is the axis maximum 0.6.
    let gridLines = drawing.shapes.compactMap { if case .line(_, let y, _, _, let c, _) = $0, c == ChartDrawing.gridColor { return y } else { return nil } }
    #expect(gridLines.count == 3)
    let baseline = realBarsOnly[0].y + realBarsOnly[0].height
    let plotHeight = baseline - (gridLines.min() ?? 0)
    for (bar, share) in zip(realBarsOnly + syntheticBars, [0.5, 0.3, 0.2, 0.4, 0.4, 0.2]) {
      #expect(abs(bar.height - plotHeight * share / 0.6) < 1e-9)
      #expect(abs(bar.y + bar.height - baseline) < 1e-9)
    }
    #expect(texts(drawing).contains("60%") && texts(drawing).contains("0%"))
    // Real left of synthetic within each label, and the pair touches.
    #expect(abs(realBarsOnly[1].x + realBarsOnly[1].width - syntheticBars[1].x) < 1e-9)
  }

  @Test func longLabelsAreTruncatedWithEllipsisToFit() {
    let long = "A remarkably long category name that cannot fit"
    let short = ChartDrawing.truncate(long, to: 40, size: 7.5)
    #expect(short.hasSuffix("…"))
    #expect(FontMetrics.width(short, size: 7.5) <= 40)
    #expect(short.count > 1)
    #expect(ChartDrawing.truncate("ok", to: 40, size: 7.5) == "ok")
    #expect(ChartDrawing.truncate(long, to: 1, size: 7.5) == "")
    // "New …" reads worse than "New…".
    #expect(!ChartDrawing.truncate("New York City Area", to: FontMetrics.width("New Y", size: 7.5), size: 7.5).contains(" …"))

    let chart = BarChart(title: "city", labels: [long, long + "2", "x"], real: [0.2, 0.3, 0.5], synthetic: [0.3, 0.3, 0.4], isHistogram: false)
    let drawing = ChartDrawing.draw(.bars(chart), width: 200)
    let labels = texts(drawing).filter { $0.hasPrefix("A remark") }
    #expect(labels.count == 2 && labels.allSatisfy { $0.hasSuffix("…") })
    for shape in drawing.shapes {
      let extent = horizontalExtent(shape)
      #expect(extent.low >= -0.01 && extent.high <= drawing.width + 0.01)
    }
  }

  @Test func manyCategoriesAreRotatedAndLumpedBeyondThirty() {
    let labels = (0..<35).map { "category \($0)" }
    let share = 1.0 / 35
    let chart = BarChart(title: "t", labels: labels, real: Array(repeating: share, count: 35), synthetic: Array(repeating: share, count: 35), isHistogram: false)
    let limited = ChartDrawing.limitedCategories(chart)
    #expect(limited.labels.count == 30)
    #expect(limited.labels.last == "… +6")
    #expect(abs(limited.real[29] - 6 * share) < 1e-12)
    let drawing = ChartDrawing.draw(.bars(chart), width: 640)
    let rotated = drawing.shapes.filter { if case .text(_, _, _, _, _, _, _, true) = $0 { return true } else { return false } }
    #expect(rotated.count == 30)
    #expect(drawing.height >= 300 && drawing.height <= 310)
  }

  @Test func histogramsLabelOnlyFirstMiddleAndLastBin() {
    let labels = (0..<20).map { "\($0 * 10)–\($0 * 10 + 10)" }
    let shares = (0..<20).map { Double(20 - $0) / 210 }
    let chart = BarChart(title: "age", labels: labels, real: shares, synthetic: shares.reversed(), isHistogram: true)
    let drawing = ChartDrawing.draw(.bars(chart), width: 640)
    let shown = texts(drawing).filter { $0.contains("–") }
    #expect(shown == ["0–10", "100–110", "190–200"])
    let bars = rects(drawing, fill: .real).filter { $0.height > 7 } .sorted { $0.x < $1.x }
    let synthetic = rects(drawing, fill: .synthetic).filter { $0.height > 7 }.sorted { $0.x < $1.x }
    #expect(bars.count == 20 && synthetic.count == 20)
    // Bins are nearly touching: the gap between bins is a tenth of a bin.
    if bars.count == 20, synthetic.count == 20 {
      let gap = bars[1].x - (synthetic[0].x + synthetic[0].width)
      #expect(gap >= 0 && gap < bars[0].width * 0.25)
    }
  }

  @Test func nanSharesDrawNoBarAndNoNaNCoordinates() {
    let chart = BarChart(title: "t", labels: ["a", "b", "c"], real: [.nan, 0.5], synthetic: [0.5, .infinity, 0.5], isHistogram: false)
    let drawing = ChartDrawing.draw(.bars(chart), width: 300)
    #expect(rects(drawing, fill: .real).filter { $0.height > 7 }.count == 1)
    for shape in drawing.shapes {
      let extent = horizontalExtent(shape)
      #expect(extent.low.isFinite && extent.high.isFinite)
    }
    #expect(!SVGWriter.svg(drawing, title: "t").contains("nan"))
    let empty = ChartDrawing.draw(.bars(BarChart(title: "", labels: [], real: [], synthetic: [], isHistogram: false)), width: 300)
    #expect(empty.height > 0 && empty.height.isFinite)
  }

  @Test(arguments: [1, 15, 60]) func heatmapsStayWithinTheirWidth(columns: Int) {
    for width in [320.0, 640.0] {
      let map = squareHeatmap(columns, scale: duoSteps) { "a rather long variable name \($0)" }
      let drawing = ChartDrawing.draw(.heatmap(map), width: width)
      #expect(drawing.width == width)
      for shape in drawing.shapes {
        let extent = horizontalExtent(shape)
        #expect(extent.low >= -0.01 && extent.high <= width + 0.01, "\(columns) columns at \(width)")
      }
      let cells = drawing.shapes.filter { if case .rect(_, let y, _, let h, _, _) = $0 { return y >= 0 && y + h <= drawing.height } else { return true } }
      #expect(cells.count == drawing.shapes.count)
    }
  }

  @Test func heatmapValuesPrintOnlyInLargeCellsAndNaNCellsStayEmpty() {
    let small = ChartDrawing.draw(.heatmap(squareHeatmap(3, scale: duoSteps)), width: 400)
    // Values 0, 13, 26 / 7, 20, 33 / 14, 27, 40 minus the NaN diagonal, one decimal.
    let printed = texts(small).filter { $0.hasSuffix(".0") }
    #expect(printed.sorted() == ["13.0", "14.0", "26.0", "27.0", "33.0", "7.0"])
    #expect(rects(small, fill: ChartDrawing.missingFill).count == 3)
    let tiny = ChartDrawing.draw(.heatmap(squareHeatmap(60, scale: duoSteps)), width: 400)
    #expect(texts(tiny).filter { $0.hasSuffix(".0") }.isEmpty)
    let empty = ChartDrawing.draw(.heatmap(Heatmap(title: "x", rowLabels: [], columnLabels: [], values: [], scale: .diverging(limit: 1), showValues: true, decimals: 2)), width: 300)
    #expect(empty.height > 0)
  }

  @Test func drawingsAreDeterministic() {
    let map = squareHeatmap(15, scale: .diverging(limit: 1))
    let a = SVGWriter.svg(ChartDrawing.draw(.heatmap(map), width: 640), title: "x")
    let b = SVGWriter.svg(ChartDrawing.draw(.heatmap(map), width: 640), title: "x")
    #expect(a == b)
  }
}
