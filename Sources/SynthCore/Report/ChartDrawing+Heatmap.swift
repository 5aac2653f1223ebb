/// Heatmaps: square cells, side = min((width − row labels) / columns, 36 pt), coloured by the scale:
/// steps (value ≥ bounds[k−1] and < bounds[k] → colors[k]), diverging (−limit blue, 0 white,
/// +limit red, linear in between) or sequential (0 white → limit colour). NaN cells are light grey.
extension ChartDrawing {
  static let divergingLow = ReportColor(33, 102, 172)
  static let divergingHigh = ReportColor(178, 24, 43)
  /// Shows between the cells, so white cells still read as cells.
  static let cellGap = ReportColor(222, 226, 230)

  static func drawHeatmap(_ map: Heatmap, width: Double, measure: TextMeasure = TextMeasure()) -> Drawing {
    var shapes: [Shape] = []
    let top = drawHeader(title: map.title, note: map.note, width: width, reserve: 0, measure: measure, into: &shapes)
    let rows = map.rowLabels.count
    let columns = map.columnLabels.count
    guard rows > 0, columns > 0 else { return Drawing(width: width, height: (top + 4).rounded(.up), shapes: shapes) }

    // Labels shrink with the cells; two passes settle both (smaller labels leave wider cells).
    var labelSize = 7.5
    var rowLabelWidth = 0.0
    var cell = 0.0
    for _ in 0..<2 {
      rowLabelWidth = min(widest(map.rowLabels, size: labelSize, measure: measure), width * 0.28) + 4
      cell = max(1, min((width - rowLabelWidth - 1) / Double(columns), 36))
      labelSize = max(4, min(labelSize, cell * 0.8))
    }
    let columnLabelLength = min(widest(map.columnLabels, size: labelSize, measure: measure), max(30, width * 0.2))
    let gridLeft = rowLabelWidth
    let gridTop = top + 4 + columnLabelLength + 3
    let gridWidth = cell * Double(columns)
    let gridHeight = cell * Double(rows)

    for column in 0..<columns {
      let text = truncate(map.columnLabels[column], to: columnLabelLength, size: labelSize, measure: measure)
      let center = gridLeft + cell * (Double(column) + 0.5)
      shapes.append(
        .text(x: center + labelSize * 0.35, y: gridTop - 3, text: text, size: labelSize, anchor: .start, bold: false, color: .text, rotated: true))
    }
    for row in 0..<rows {
      let text = truncate(map.rowLabels[row], to: rowLabelWidth - 4, size: labelSize, measure: measure)
      let center = gridTop + cell * (Double(row) + 0.5)
      shapes.append(
        .text(x: gridLeft - 4, y: center + labelSize * 0.35, text: text, size: labelSize, anchor: .end, bold: false, color: .text, rotated: false))
    }

    shapes.append(.rect(x: gridLeft, y: gridTop, width: gridWidth, height: gridHeight, fill: cellGap, stroke: nil))
    let inset = min(0.5, cell * 0.05)
    let valueSize = min(7.5, cell * 0.42)
    let showValues = map.showValues && cell >= 14
    for row in 0..<rows {
      let values = row < map.values.count ? map.values[row] : []
      for column in 0..<columns {
        let value = column < values.count ? values[column] : .nan
        let fill = color(of: value, scale: map.scale)
        let x = gridLeft + cell * Double(column)
        let y = gridTop + cell * Double(row)
        shapes.append(.rect(x: x + inset, y: y + inset, width: cell - 2 * inset, height: cell - 2 * inset, fill: fill, stroke: nil))
        guard showValues else { continue }
        let text = fixed(value, decimals: map.decimals, comma: map.decimalComma)
        guard !text.isEmpty, measure.width(text, size: valueSize) <= cell - 2 else { continue }
        shapes.append(
          .text(
            x: x + cell / 2, y: y + cell / 2 + valueSize * 0.35, text: text, size: valueSize, anchor: .middle, bold: false,
            color: textColor(on: fill), rotated: false))
      }
    }

    let legendBottom = drawHeatmapLegend(
      map.scale, comma: map.decimalComma, left: gridLeft, top: gridTop + gridHeight + 8, width: width, measure: measure, into: &shapes)
    return Drawing(width: width, height: (legendBottom + 2).rounded(.up), shapes: shapes)
  }

  /// The colour of one cell.
  static func color(of value: Double, scale: HeatmapScale) -> ReportColor {
    guard !value.isNaN else { return missingFill }
    switch scale {
    case .steps(let bounds, let colors, _):
      guard !colors.isEmpty else { return missingFill }
      var index = 0
      for bound in bounds where value >= bound { index += 1 }
      return colors[min(index, colors.count - 1)]
    case .diverging(let limit):
      let t = value / usableLimit(limit)
      return t < 0 ? mix(.white, divergingLow, -t) : mix(.white, divergingHigh, t)
    case .sequential(let limit, let color):
      return mix(.white, color, value / usableLimit(limit))
    }
  }

  /// A zero, negative or non-finite limit would divide into NaN; 1 suits correlations.
  static func usableLimit(_ limit: Double) -> Double { limit.isFinite && limit > 0 ? limit : 1 }

  /// Swatches with the step labels, or a colour bar with its end values; returns the y under it.
  static func drawHeatmapLegend(
    _ scale: HeatmapScale, comma: Bool = false, left: Double, top: Double, width: Double, measure: TextMeasure = TextMeasure(),
    into shapes: inout [Shape]
  ) -> Double {
    let size = 7.0
    switch scale {
    case .steps(_, let colors, let labels):
      let swatch = 9.0
      var x = left
      var baseline = top + 8
      for (i, color) in colors.enumerated() {
        let label = truncate(i < labels.count ? labels[i] : "", to: max(0, width - left - swatch - 3), size: size, measure: measure)
        let itemWidth = swatch + 3 + measure.width(label, size: size) + 10
        if x > left && x + itemWidth > width {
          x = left
          baseline += 12
        }
        shapes.append(.rect(x: x, y: baseline - swatch + 1, width: swatch, height: swatch, fill: color, stroke: cellGap))
        shapes.append(.text(x: x + swatch + 3, y: baseline, text: label, size: size, anchor: .start, bold: false, color: .text, rotated: false))
        x += itemWidth
      }
      return baseline + 3
    case .diverging(let limit), .sequential(let limit, _):
      let limit = usableLimit(limit)
      var isDiverging = false
      if case .diverging = scale { isDiverging = true }
      let barWidth = max(40, min(160, width - left))
      let segments = 32
      let segmentWidth = barWidth / Double(segments)
      let low = isDiverging ? -limit : 0
      for i in 0..<segments {
        let value = low + (limit - low) * (Double(i) + 0.5) / Double(segments)
        shapes.append(
          .rect(x: left + segmentWidth * Double(i), y: top, width: segmentWidth + 0.02, height: 8, fill: color(of: value, scale: scale), stroke: nil))
      }
      shapes.append(.rect(x: left, y: top, width: barWidth, height: 8, fill: nil, stroke: cellGap))
      let baseline = top + 8 + 9
      shapes.append(.text(x: left, y: baseline, text: compact(low, maxDecimals: 2, comma: comma), size: size, anchor: .start, bold: false, color: .muted, rotated: false))
      if isDiverging {
        shapes.append(.text(x: left + barWidth / 2, y: baseline, text: "0", size: size, anchor: .middle, bold: false, color: .muted, rotated: false))
      }
      shapes.append(
        .text(x: left + barWidth, y: baseline, text: compact(limit, maxDecimals: 2, comma: comma), size: size, anchor: .end, bold: false, color: .muted, rotated: false))
      return baseline + 3
    }
  }
}
