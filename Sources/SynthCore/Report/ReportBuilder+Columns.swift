extension ReportBuilder {
  /// Bars beyond this many categories are lumped into one "other" bar.
  static let maxBars = 30
  /// Categories listed in a column's statistics table.
  static let maxListedCategories = 12

  func columnsSection() -> ReportSection {
    let e = evaluation
    var blocks: [ReportBlock] = [
      .paragraph(w("Each column of the synthetic data against the same column of the real data. One-way S_pMSE compares the shares of values in 5 quantile groups (numbers) or per category, with missing values as a group of their own. KS is the largest gap between the two cumulative distributions (0 is equal, 1 is apart); TVD is half the summed difference of the shares in the chart. Coverage is the share of the real range, or of the real categories, that the synthetic data reach.")),
    ]
    var rows: [[ReportCell]] = []
    for (i, c) in e.columns.enumerated().prefix(Self.maxTableRows) {
      let coverage = e.kinds[i].isNumeric ? c.rangeCoverage : c.categoryCoverage
      rows.append([
        ReportCell(e.names[i]), ReportCell(kindName(e.kinds[i])), sPMSECell(c.oneWay.sPMSE),
        ReportCell(e.kinds[i].isNumeric ? w.number(c.ks, decimals: 3) : "–"), ReportCell(w.number(c.tvd, decimals: 3)),
        ReportCell(w.percent(coverage)), ReportCell(c.syntheticOnly.isEmpty ? "0" : w.count(c.syntheticOnly.count), bold: !c.syntheticOnly.isEmpty),
      ])
    }
    blocks.append(.table(ReportTable(
      caption: w("Cells are coloured by the S_pMSE steps: below 3, 3–10, 10–30, 30–100, above 100."),
      header: [w("Column"), w("Type"), "S_pMSE", "KS", "TVD", w("Coverage"), w("New categories")],
      numeric: [false, false, true, true, true, true, true], rows: rows, widths: [3.2, 1.6, 1.2, 1.1, 1.1, 1.3, 1.5])))
    if e.columns.count > Self.maxTableRows { blocks.append(.paragraph(moreColumns(e.columns.count - Self.maxTableRows))) }
    if e.columns.count > Self.maxDetailedColumns {
      blocks.append(.paragraph(w("Charts and statistics follow for the first \(Self.maxDetailedColumns) columns.")))
    }
    for (i, c) in e.columns.enumerated().prefix(Self.maxDetailedColumns) {
      blocks.append(.heading(e.names[i]))
      blocks.append(.chart(.bars(chart(c, i))))
      blocks.append(.table(statisticsTable(c, i)))
      var remarks: [String] = []
      if !c.syntheticOnly.isEmpty {
        remarks.append(w("Only in the synthetic data: ") + UTF8Text.quotedList(c.syntheticOnly, limit: 10))
      }
      if let text = notReproducedText(c) { remarks.append(text) }
      if !remarks.isEmpty { blocks.append(.list(remarks)) }
    }
    return ReportSection(id: "columns", title: w("Columns"), blocks: blocks)
  }

  private func chart(_ c: ColumnComparison, _ i: Int) -> BarChart {
    let note = "S_pMSE " + w.value(c.oneWay.sPMSE) + (evaluation.kinds[i].isNumeric ? " · KS " + w.number(c.ks, decimals: 3) : "") + " · TVD " + w.number(c.tvd, decimals: 3)
    if evaluation.kinds[i].isNumeric {
      let bars = shownHistogram(c)
      return BarChart(title: "", labels: bars.labels, real: bars.real, synthetic: bars.synthetic, isHistogram: true, note: note)
    }
    let categories = shownCategories(c)
    var labels = categories.map { $0.term.text(w) }
    var real = categories.map { $0.real }, synthetic = categories.map { $0.synthetic }
    if labels.count > Self.maxBars {
      let keep = Self.maxBars - 1
      let rest = labels.count - keep
      let restReal = real[keep...].reduce(0, +), restSynthetic = synthetic[keep...].reduce(0, +)
      labels = Array(labels[..<keep]) + [w("other (\(rest))")]
      real = Array(real[..<keep]) + [restReal]
      synthetic = Array(synthetic[..<keep]) + [restSynthetic]
    }
    return BarChart(title: "", labels: labels, real: real, synthetic: synthetic, isHistogram: false, note: note)
  }

  private func statisticsTable(_ c: ColumnComparison, _ i: Int) -> ReportTable {
    let schema = evaluation.schemas[i]
    let header = [w("Statistic"), w("Real"), w("Synthetic")]
    var rows: [[ReportCell]] = [
      [ReportCell(w("Rows with a value")), ReportCell(w.count(c.real.observed)), ReportCell(w.count(c.synthetic.observed))],
      [ReportCell(w("Missing")), ReportCell(w.percent(c.real.missingShare)), ReportCell(w.percent(c.synthetic.missingShare))],
    ]
    if evaluation.kinds[i].isNumeric {
      let isDate = schema.kind == .date || schema.kind == .datetime
      func shown(_ v: Double) -> String {
        guard v.isFinite else { return w.notAvailable }
        if isDate { return schema.text(of: v.rounded()) }
        // Whole values of whole-number columns without decimals (a mean keeps them).
        return schema.kind == .integer && v == v.rounded() ? w.number(v, decimals: 0) : w.value(v)
      }
      func spread(_ v: Double) -> String {
        guard v.isFinite else { return w.notAvailable }
        if schema.kind == .date { return w.value(v) + " " + w("days") }
        if schema.kind == .datetime { return w.value(v / 3600) + " " + w("hours") }
        return w.value(v)
      }
      // A publication report shows no extreme (one person's value) and no statistic of too few values.
      func at(_ p: Double?, _ text: @escaping (ColumnComparison.Summary) -> String) -> (ColumnComparison.Summary) -> String {
        { publishable($0.observed, quantile: p) ? text($0) : "–" }
      }
      var named: [(String, (ColumnComparison.Summary) -> String)] = [
        (w("Mean"), at(nil) { shown($0.mean) }),
        (w("Standard deviation"), at(nil) { spread($0.sd) }),
      ]
      named += isPublication
        ? [(w("5th percentile"), at(0.05) { shown($0.p5) })]
        : [(w("Minimum"), { shown($0.minimum) })]
      named += [
        (w("First quartile"), at(0.25) { shown($0.q1) }),
        (w("Median"), at(0.5) { shown($0.median) }),
        (w("Third quartile"), at(0.75) { shown($0.q3) }),
      ]
      named += isPublication
        ? [(w("95th percentile"), at(0.95) { shown($0.p95) })]
        : [(w("Maximum"), { shown($0.maximum) })]
      for (name, value) in named { rows.append([ReportCell(name), ReportCell(value(c.real)), ReportCell(value(c.synthetic))]) }
      rows.append([ReportCell(w("Range coverage")), ReportCell(""), ReportCell(w.percent(c.rangeCoverage))])
      rows.append([ReportCell(w("Within the real range")), ReportCell(""), ReportCell(w.percent(c.boundaryAdherence))])
    } else {
      let categories = shownCategories(c)
      for category in categories.prefix(Self.maxListedCategories) {
        rows.append([ReportCell(category.term.text(w)), ReportCell(w.percent(category.real)), ReportCell(w.percent(category.synthetic))])
      }
      if categories.count > Self.maxListedCategories {
        let rest = categories.count - Self.maxListedCategories
        let r = categories[Self.maxListedCategories...].reduce(0) { $0 + $1.real }
        let s = categories[Self.maxListedCategories...].reduce(0) { $0 + $1.synthetic }
        rows.append([ReportCell(w("\(rest) other categories")), ReportCell(w.percent(r)), ReportCell(w.percent(s))])
      }
      rows.append([ReportCell(w("Category coverage")), ReportCell(""), ReportCell(w.percent(c.categoryCoverage))])
    }
    var caption: String? = nil
    if isPublication && evaluation.kinds[i].isNumeric {
      caption = w("The 5th and 95th percentiles stand for the minimum and maximum; a statistic is left out (–) when fewer than \(minimumCount) values lie beyond it.")
    }
    return ReportTable(caption: caption, header: header, numeric: [false, true, true], rows: rows, widths: [3, 2, 2])
  }
}
