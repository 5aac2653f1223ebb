/// Charts turned into `Drawing`s. All chart geometry lives here, so the SVG and the PDF
/// renderers only paint shapes and show the same picture.
///
/// Bar charts: a y axis of 3-5 "nice" percentage ticks, paired real/synthetic bars per label.
/// Heatmaps: square cells coloured by `HeatmapScale`, labels left and (rotated) on top.
/// Text is fitted with `measure` (Helvetica's widths by default; the PDF passes its Unicode font's
/// too) and shortened with "…" when it does not fit.
enum ChartDrawing {
  /// The drawing of `chart`, `width` points wide; the height follows from the content.
  static func draw(
    _ chart: ReportChart, width: Double, legend: (real: String, synthetic: String) = ("real", "synthetic"),
    measure: TextMeasure = TextMeasure()
  ) -> Drawing {
    // Below ~120 pt nothing readable fits; a non-finite width would poison every coordinate.
    let width = width.isFinite ? max(width, 120) : 640
    switch chart {
    case .bars(let bars): return drawBars(bars, width: width, legend: legend, measure: measure)
    case .heatmap(let heatmap): return drawHeatmap(heatmap, width: width, measure: measure)
    case .scatter(let scatter): return drawScatter(scatter, width: width, measure: measure)
    case .intervals(let intervals): return drawIntervals(intervals, width: width, legend: legend, measure: measure)
    }
  }

  static let titleSize = 9.0
  static let noteSize = 7.5
  static let gridColor = ReportColor(226, 230, 234)
  static let axisColor = ReportColor(134, 142, 150)
  /// Cells without a value (NaN), e.g. the diagonal of a pairwise matrix.
  static let missingFill = ReportColor(241, 243, 245)

  /// Title (bold) and optional note (grey) from the top; returns the y under them.
  /// `reserve` keeps room at the right of the title line (for a legend).
  static func drawHeader(
    title: String, note: String?, width: Double, reserve: Double, measure: TextMeasure, into shapes: inout [Shape]
  ) -> Double {
    var y = 0.0
    if !title.isEmpty {
      y += 10
      let text = truncate(title, to: width - reserve, size: titleSize, bold: true, measure: measure)
      shapes.append(.text(x: 0, y: y, text: text, size: titleSize, anchor: .start, bold: true, color: .text, rotated: false))
      y += 3
    }
    if let note, !note.isEmpty {
      y += 9
      let text = truncate(note, to: width, size: noteSize, measure: measure)
      shapes.append(.text(x: 0, y: y, text: text, size: noteSize, anchor: .start, bold: false, color: .muted, rotated: false))
      y += 3
    }
    return y
  }

  /// `text`, or its longest prefix followed by "…" that fits in `maxWidth`; "" when not even "…" fits.
  static func truncate(
    _ text: String, to maxWidth: Double, size: Double, bold: Bool = false, measure: TextMeasure = TextMeasure()
  ) -> String {
    if measure.width(text, size: size, bold: bold) <= maxWidth { return text }
    let ellipsis: Unicode.Scalar = "…"
    guard measure.width("…", size: size, bold: bold) <= maxWidth else { return "" }
    let scalars = Array(text.unicodeScalars)
    func shortened(_ count: Int) -> String {
      var end = count
      // "New …" reads worse than "New…".
      while end > 0 && scalars[end - 1] == " " { end -= 1 }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[0..<end])
      view.append(ellipsis)
      return String(view)
    }
    // Widths grow with the prefix length, so search for the longest prefix that fits.
    let fits = SortedSearch.partition(scalars.count) { $0 == 0 || measure.width(shortened($0), size: size, bold: bold) <= maxWidth }
    return shortened(max(fits - 1, 0))
  }

  /// `value` with exactly `decimals` digits after the point ("-0.50", "12"); "" for NaN and infinities.
  static func fixed(_ value: Double, decimals: Int, comma: Bool = false) -> String {
    guard value.isFinite else { return "" }
    let digits = min(max(decimals, 0), 9)
    return NumberFormatting.format(value, style: .decimals(minimum: digits, maximum: digits), decimalComma: comma)
  }

  /// `value` with at most `maxDecimals` digits, trailing zeros dropped ("0.5", "30"); "" when not finite.
  static func compact(_ value: Double, maxDecimals: Int, comma: Bool = false) -> String {
    guard value.isFinite else { return "" }
    return NumberFormatting.format(value, style: .decimals(minimum: 0, maximum: min(max(maxDecimals, 0), 9)), decimalComma: comma)
  }

  /// Black or white, whichever contrasts more with `fill` (WCAG relative luminance, with gamma 2
  /// instead of the sRGB curve: exact enough to choose between two colours, and no `pow`).
  static func textColor(on fill: ReportColor) -> ReportColor {
    func channel(_ value: UInt8) -> Double { let v = Double(value) / 255; return v * v }
    let luminance = 0.2126 * channel(fill.red) + 0.7152 * channel(fill.green) + 0.0722 * channel(fill.blue)
    // Contrast with white (1.05 / (L + 0.05)) beats contrast with black ((L + 0.05) / 0.05) below L ≈ 0.179.
    return (luminance + 0.05) * (luminance + 0.05) < 0.0525 ? .white : .black
  }

  /// `from` moved a fraction `t` (0...1) of the way to `to`, per channel.
  static func mix(_ from: ReportColor, _ to: ReportColor, _ t: Double) -> ReportColor {
    let t = t.isNaN ? 0 : max(0, min(1, t))
    func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
      let value = (Double(a) + (Double(b) - Double(a)) * t).rounded()
      return value.integer(clampedTo: 0...255)
    }
    return ReportColor(channel(from.red, to.red), channel(from.green, to.green), channel(from.blue, to.blue))
  }

  /// The widest of `texts` at `size` points.
  static func widest(_ texts: [String], size: Double, bold: Bool = false, measure: TextMeasure = TextMeasure()) -> Double {
    var widest = 0.0
    for text in texts { widest = max(widest, measure.width(text, size: size, bold: bold)) }
    return widest
  }
}
