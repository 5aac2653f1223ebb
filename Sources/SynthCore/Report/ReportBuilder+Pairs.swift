extension ReportBuilder {
  /// Rows and columns of a worst pair's cross-table that are shown; the rest are summarised.
  static let maxCrossRows = 10
  static let maxCrossColumns = 6

  var stepScale: HeatmapScale {
    .steps(bounds: Self.stepBounds, colors: Self.stepColors, labels: [w("below 3"), "3–10", "10–30", "30–100", w("above 100")])
  }

  func pairsSection() -> ReportSection {
    let e = evaluation
    let n = e.pairColumnCount
    let names = Array(e.names.prefix(n))
    let drawn = n <= Self.maxHeatmapColumns
    var blocks: [ReportBlock] = [
      .paragraph(w("For every pair of columns, the real and the synthetic data are cross-tabulated (numbers in \(e.config.groups) quantile groups, missing values as a group) and compared cell by cell: this is synthpop's utility.tables and DUO's main utility check. Green is good (below 3), light green acceptable (below 10); yellow, orange and red pairs need a look.")),
    ]
    guard n >= 2 else {
      blocks.append(.paragraph(w("There is only one column, so there are no pairs.")))
      return ReportSection(id: "pairs", title: w("Pairs of columns"), blocks: blocks)
    }
    var matrix = [[Double]](repeating: [Double](repeating: .nan, count: n), count: n)
    for p in e.pairs {
      matrix[p.first][p.second] = p.result.sPMSE
      matrix[p.second][p.first] = p.result.sPMSE
    }
    if !drawn {
      blocks.append(.paragraph(w("With \(n) columns a heatmap would not be readable; the tables below list the columns and the worst pairs.")))
    }
    if drawn { blocks.append(.chart(.heatmap(Heatmap(
      title: w("S_pMSE for every pair of columns"), rowLabels: names, columnLabels: names,
      values: matrix, scale: stepScale, showValues: true, decimals: 1,
      note: w("median \(w.value(e.medianPairSPMSE)) over \(e.pairs.count) pairs"))))) }

    // synthpop's var.scores: which columns take part in poorly kept pairs.
    let order = (0..<n).sorted { a, b in
      Self.less(e.columnScores[b], e.columnScores[a]) || (e.columnScores[a] == e.columnScores[b] && a < b)
    }
    blocks.append(.heading(w("Columns by their pairs")))
    blocks.append(.table(ReportTable(
      caption: w("The mean S_pMSE of each column's pairs (synthpop's var.scores), worst first."),
      header: [w("Column"), w("Mean pair S_pMSE"), w("One-way S_pMSE")],
      numeric: [false, true, true],
      rows: order.map { [ReportCell(e.names[$0]), sPMSECell(e.columnScores[$0]), sPMSECell(e.columns[$0].oneWay.sPMSE)] },
      widths: [3, 2, 2])))

    blocks.append(.heading(w("The worst pairs")))
    blocks.append(.paragraph(w("Each cell shows the real and the synthetic count; its colour is the standardised difference (red: too many synthetic rows, blue: too few; beyond ±2 is more than chance would give).")))
    for pair in e.worstPairs.prefix(e.config.worstPairs) where !pair.result.sPMSE.isNaN {
      if let table = crossTable(pair) {
        blocks.append(.table(table))
      } else {
        blocks.append(.paragraph(w("\(e.names[pair.first]) × \(e.names[pair.second]): S_pMSE \(w.value(pair.result.sPMSE)); every group has fewer than \(minimumCount) real rows, so the table is not shown.")))
      }
    }

    guard drawn else { return ReportSection(id: "pairs", title: w("Pairs of columns"), blocks: blocks) }
    blocks.append(.heading(w("Correlations and associations")))
    blocks.append(.paragraph(w("Pearson's r between numbers, Cramér's V between categorical columns and the correlation ratio (eta) between a categorical and a numeric column; all in one matrix per data set, and the difference synthetic minus real. Pairs of columns with missing values use the rows where both have a value.")))
    let a = e.associations
    blocks.append(.chart(.heatmap(Heatmap(title: w("Real data"), rowLabels: names, columnLabels: names, values: a.realAssociation, scale: .diverging(limit: 1), showValues: true, decimals: 2))))
    blocks.append(.chart(.heatmap(Heatmap(title: w("Synthetic data"), rowLabels: names, columnLabels: names, values: a.syntheticAssociation, scale: .diverging(limit: 1), showValues: true, decimals: 2))))
    blocks.append(.chart(.heatmap(Heatmap(title: w("Difference, synthetic – real"), rowLabels: names, columnLabels: names, values: difference(a.syntheticAssociation, a.realAssociation), scale: .diverging(limit: 0.5), showValues: true, decimals: 2))))
    let numeric = (0..<n).filter { e.kinds[$0].isNumeric }
    if numeric.count >= 2 {
      let names = numeric.map { e.names[$0] }
      func pick(_ m: [[Double]]) -> [[Double]] { numeric.map { i in numeric.map { m[i][$0] } } }
      blocks.append(.paragraph(w("Spearman's rank correlation between the numeric columns: it sees any monotone relation, not only straight lines.")))
      blocks.append(.chartGrid([
        .heatmap(Heatmap(title: w("Spearman, real"), rowLabels: names, columnLabels: names, values: pick(a.realSpearman), scale: .diverging(limit: 1), showValues: true, decimals: 2)),
        .heatmap(Heatmap(title: w("Spearman, synthetic – real"), rowLabels: names, columnLabels: names, values: difference(pick(a.syntheticSpearman), pick(a.realSpearman)), scale: .diverging(limit: 0.5), showValues: true, decimals: 2)),
      ]))
    }
    return ReportSection(id: "pairs", title: w("Pairs of columns"), blocks: blocks)
  }

  private func difference(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    zip(a, b).map { zip($0, $1).map { $0 - $1 } }
  }

  /// A pair's cross-table: the largest groups of each column, "real / synthetic" per cell,
  /// coloured by the standardised difference. A publication report shows no group (category,
  /// value or interval) with fewer than `minimumCount` real rows, no real count below it (<K),
  /// and interval labels with open outer ends.
  private func crossTable(_ pair: TableUtility.PairResult) -> ReportTable? {
    let e = evaluation
    let r = pair.result
    // Show the groups with most rows when there are too many.
    var rowTotals = [Int](repeating: 0, count: r.shape[0]), columnTotals = [Int](repeating: 0, count: r.shape[1])
    var rowReal = rowTotals, columnReal = columnTotals
    var cells: [Int64: Int] = [:]
    for (k, cell) in r.cells.enumerated() {
      let g = r.groups(ofCell: cell)
      rowTotals[g[0]] += r.real[k] + r.synthetic[k]
      columnTotals[g[1]] += r.real[k] + r.synthetic[k]
      rowReal[g[0]] += r.real[k]
      columnReal[g[1]] += r.real[k]
      cells[cell] = k
    }
    func largest(_ totals: [Int], _ real: [Int], _ count: Int) -> [Int] {
      let allowed = totals.indices.filter { !isRare(real[$0]) }
      return Array(allowed.sorted { totals[$0] > totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }.prefix(count)).sorted()
    }
    let shownRows = largest(rowTotals, rowReal, Self.maxCrossRows), shownColumns = largest(columnTotals, columnReal, Self.maxCrossColumns)
    guard !shownRows.isEmpty, !shownColumns.isEmpty else { return nil }
    let labels = isPublication && r.openLabels.count == r.labels.count ? r.openLabels : r.labels
    let less = "<" + w.count(minimumCount)
    var rows: [[ReportCell]] = []
    for g in shownRows {
      var row = [ReportCell(labels[0][g].text(w), bold: true)]
      for h in shownColumns {
        let cell = Int64(g) * Int64(r.shape[1]) + Int64(h)
        if let k = cells[cell] {
          let real = isRare(r.real[k]) ? less : w.count(r.real[k])
          row.append(ReportCell(real + " / " + w.count(r.synthetic[k]), fill: zColor(r.zdiff[k])))
        } else {
          row.append(ReportCell("0 / 0"))
        }
      }
      rows.append(row)
    }
    var caption = "\(e.names[pair.first]) × \(e.names[pair.second]): S_pMSE \(w.value(r.sPMSE)), df \(r.df)"
    if shownRows.count < r.shape[0] || shownColumns.count < r.shape[1] {
      caption += w(" (largest \(shownRows.count) × \(shownColumns.count) of \(r.shape[0]) × \(r.shape[1]) groups)")
    }
    if isPublication && (rowReal.contains { isRare($0) } || columnReal.contains { isRare($0) }) {
      caption += w("; groups with fewer than \(minimumCount) real rows are not shown")
    }
    let header = [e.names[pair.first] + " \\ " + e.names[pair.second]] + shownColumns.map { labels[1][$0].text(w) }
    return ReportTable(caption: caption, header: header, numeric: [false] + shownColumns.map { _ in true }, rows: rows)
  }

  /// Blue (too few synthetic rows) through white to red (too many), full at |z| = 4.
  func zColor(_ z: Double) -> ReportColor? {
    guard z.isFinite else { return nil }
    let t = min(abs(z) / 4, 1) * 0.75
    let target = z > 0 ? ReportColor(214, 96, 77) : ReportColor(67, 147, 195)
    func mix(_ to: UInt8) -> UInt8 { (255 + (Double(to) - 255) * t).integer(.toNearestOrAwayFromZero, clampedTo: 0...255) }
    return ReportColor(mix(target.red), mix(target.green), mix(target.blue))
  }
}
