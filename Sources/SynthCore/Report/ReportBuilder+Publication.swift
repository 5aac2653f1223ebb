/// Who a report is for.
enum ReportMode: Equatable {
  /// The default, safe to share: no category with fewer than `minimumCount` real rows is named, no
  /// real minimum or maximum is shown (the 5th and 95th percentiles instead), no table cell with
  /// fewer real rows is printed, and chart bars that would hold so few real rows are merged.
  case publication
  /// Every value, real ones included; each page says that it is not for publication.
  case analyst
}

/// What a publication report leaves out. The measures are the same in both modes; only what the
/// blocks show of real values differs, so renderers never see the mode.
extension ReportBuilder {
  var isPublication: Bool { context.mode == .publication }
  /// Real rows below which a category or cell is rare.
  var minimumCount: Int { evaluation.config.minimumCount }

  /// A category or cell with some, but fewer than `minimumCount`, real rows: it points at a few
  /// people, so a publication report does not name or count it. Analyst reports show everything.
  func isRare(_ realCount: Int) -> Bool { isPublication && realCount > 0 && realCount < minimumCount }

  /// The sentences that say which version of the report this is.
  func modeParagraph() -> ReportBlock {
    let k = minimumCount
    switch context.mode {
    case .publication:
      return .paragraph(w("This is the publication version of the report. It names no category with fewer than \(k) real rows (such categories are pooled as rare), shows no real minimum or maximum (the 5th and 95th percentiles instead, and only where at least \(k) values lie beyond them), prints no table cell with fewer than \(k) real rows (shown as <\(k)) and merges chart bars until each holds at least \(k) real rows. The measures themselves are computed on all rows."))
    case .analyst:
      return .paragraph(w("This is the analyst version of the report: it contains real values, including rare categories, real minimum and maximum values and small table cells. It is not for publication; share the publication version instead."))
    }
  }

  /// The fact in the data section that names the version.
  func modeFact() -> ReportFact {
    switch context.mode {
    case .publication:
      return ReportFact(term: w("Report version"), value: w("publication (nothing of fewer than \(minimumCount) real rows)"))
    case .analyst:
      return ReportFact(term: w("Report version"), value: w("analyst (with real values)"))
    }
  }

  /// Printed on every page of an analyst report.
  var analystMarking: String { w("Contains real values; not for publication") }

  /// The label of pooled rare categories, short enough for a chart's axis.
  func rareLabel(_ count: Int) -> String {
    w("\(count) rare (n < \(minimumCount))")
  }

  /// The same in a sentence.
  func rareCategories(_ count: Int) -> String {
    count == 1
      ? w("1 rare category (n < \(minimumCount))")
      : w("\(count) rare categories (n < \(minimumCount) each)")
  }

  /// A column's categories as a report may show them: in a publication report the rare ones
  /// become one entry where the first of them stood.
  func shownCategories(_ c: ColumnComparison) -> [ColumnComparison.CategoryShare] {
    let rare = c.categories.filter { !$0.isMissing && isRare($0.realCount) }
    guard !rare.isEmpty else { return c.categories }
    var result: [ColumnComparison.CategoryShare] = []
    var pooled = false
    for category in c.categories {
      if !category.isMissing && isRare(category.realCount) {
        if pooled { continue }
        pooled = true
        result.append(ColumnComparison.CategoryShare(
          term: .value(rareLabel(rare.count)), real: rare.reduce(0) { $0 + $1.real }, synthetic: rare.reduce(0) { $0 + $1.synthetic },
          realCount: rare.reduce(0) { $0 + $1.realCount }, syntheticCount: rare.reduce(0) { $0 + $1.syntheticCount }))
      } else {
        result.append(category)
      }
    }
    return result
  }

  /// Real categories the synthetic data lack, without the rare ones in a publication report
  /// (they are counted instead).
  func notReproducedText(_ c: ColumnComparison) -> String? {
    guard !c.notReproduced.isEmpty else { return nil }
    let counts = c.categories.filter { !$0.isMissing }
    let rare = c.notReproduced.filter { label in isRare(counts.first { $0.label == label }?.realCount ?? 0) }
    let named = c.notReproduced.filter { !rare.contains($0) }
    var text = w("Real categories the synthetic data lack: ")
    if !named.isEmpty { text += UTF8Text.quotedList(named, limit: 10) }
    if !rare.isEmpty { text += (named.isEmpty ? "" : w(" and ")) + rareCategories(rare.count) }
    return text
  }

  /// The real count of `level` in column `column`, or nil when it is not a category there.
  func realCount(column: Int, level: String) -> Int? {
    evaluation.columns[column].categories.first { !$0.isMissing && $0.label == level }?.realCount
  }

  /// A numeric column's histogram as a publication report may show it: bars merged from left to
  /// right until each holds at least `minimumCount` real rows (a last short group joins the one
  /// before it), and the outer labels open ("< 20", "≥ 65"), since the first bin starts at the
  /// smallest value. Value bars of at least `minimumCount` real rows keep their value. The
  /// "missing" bar stays as it is.
  func shownHistogram(_ c: ColumnComparison) -> (labels: [String], real: [Double], synthetic: [Double]) {
    let all = (c.histogramTerms.map { $0.text(w) }, c.histogramReal, c.histogramSynthetic)
    guard isPublication, c.histogramRealCounts.count == c.histogramLabels.count else { return all }
    let bars = c.histogramLabels.count - (c.histogramHasMissing ? 1 : 0)
    guard bars > 0 else { return all }
    // Groups of bar indices.
    var groups: [[Int]] = []
    var current: [Int] = [], count = 0
    for i in 0..<bars {
      current.append(i)
      count += c.histogramRealCounts[i]
      if count >= minimumCount {
        groups.append(current)
        current = []
        count = 0
      }
    }
    if !current.isEmpty {
      if count > 0, !groups.isEmpty { groups[groups.count - 1] += current } else { groups.append(current) }
    }
    var labels: [String] = [], real: [Double] = [], synthetic: [Double] = []
    // The number of a bar (its value, or its bin's lower edge).
    func number(_ bar: Int) -> LabelNumber? { if case .number(let n) = c.histogramTerms[bar] { return n } else { return nil } }
    for (g, members) in groups.enumerated() {
      let first = c.histogramTerms[members[0]]
      let label: String
      if groups.count == 1 {
        label = w("all values")
      } else if let low = number(members[0]), let high = number(members[members.count - 1]), let next = number(groups[min(1, groups.count - 1)][0]) {
        let term: CategoryTerm
        if g == 0 {
          term = c.histogramValueBars && members.count == 1 ? first : (c.histogramValueBars ? .below(high, inclusive: true) : .below(next, inclusive: false))
        } else if g == groups.count - 1 {
          term = c.histogramValueBars && members.count == 1 ? first : .from(low, inclusive: true)
        } else {
          term = c.histogramValueBars && members.count > 1 ? .range(low, high) : first
        }
        label = term.text(w)
      } else {
        label = first.text(w)
      }
      labels.append(label)
      real.append(members.reduce(0) { $0 + c.histogramReal[$1] })
      synthetic.append(members.reduce(0) { $0 + c.histogramSynthetic[$1] })
    }
    if c.histogramHasMissing {
      labels.append(c.histogramTerms[bars].text(w))
      real.append(c.histogramReal[bars])
      synthetic.append(c.histogramSynthetic[bars])
    }
    return (labels, real, synthetic)
  }

  /// A statistic of `observed` values in a publication report: a quantile at `p` needs
  /// `minimumCount` values on either side of it, any statistic `minimumCount` values in all.
  func publishable(_ observed: Int, quantile p: Double? = nil) -> Bool {
    guard isPublication else { return true }
    guard observed >= minimumCount else { return false }
    guard let p else { return true }
    return Double(observed) * min(p, 1 - p) >= Double(minimumCount)
  }
}
