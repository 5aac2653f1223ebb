/// The model fits section (`--model`): per model, the coefficients of the real fit beside the
/// synthetic ones (each copy and pooled), their standardised differences and interval overlaps,
/// a chart of the intervals, and a verdict.
extension ReportBuilder {
  /// Mean overlaps at or above these are good and acceptable: intervals that share 70% (50%) of
  /// their length on average lead to the same conclusions in most terms (Karr et al. 2006 call
  /// overlaps near 1 high utility; synthpop gives no threshold).
  static let goodOverlap = 0.7
  static let acceptableOverlap = 0.5
  /// Copies shown each in a column of their own; more are in the JSON.
  static let maxCopyColumns = 4

  func modelsSection() -> ReportSection? {
    let models = evaluation.models
    guard !models.isEmpty else { return nil }
    let m = models[0].m
    var blocks: [ReportBlock] = [
      .paragraph(w("Each model is fitted on the real data and on each synthetic copy with the same formula, as R's glm fits it, and the coefficients are compared as synthpop's compare.fit does: the standardised difference is (synthetic − real) / standard error of the real estimate, and the overlap of the two 95% confidence intervals is 1 for identical intervals and 0 or less when they do not overlap.")),
    ]
    if m > 1 {
      let rule = models[0].proper
        ? w("proper synthesis: T = v̄·k/n·(1 + (n/k + 1)/m)")
        : w("synthesis that is not proper: T = v̄·k/n·(1 + n/(k·m))")
      blocks.append(.paragraph(w("The \(m) copies are pooled by the combining rules of Raab, Nowok and Dibben (2016): the pooled estimate q̄ is the mean of the copies' estimates, and √(v̄·k/n), with v̄ the mean of their variances, n the real and k the synthetic rows, estimates the real standard error; the standard error for inference to the population is √T, for \(rule).")))
    }
    for model in models { blocks += modelBlocks(model) }
    return ReportSection(id: "models", title: w("Model fits"), blocks: blocks)
  }

  /// The verdict on one model: by the mean interval overlap, with the lack-of-fit test.
  func modelVerdict(_ c: ModelComparison) -> ReportBlock {
    let overlap = c.meanOverlap
    guard overlap.isFinite else {
      return verdict(.info, w("\(c.formula): no coefficient could be compared (none was estimable in both the real and the synthetic data)."))
    }
    let level: ReportVerdict.Level = overlap >= Self.goodOverlap ? .good : overlap >= Self.acceptableOverlap ? .acceptable : .poor
    var text: String
    switch level {
    case .good: text = w("\(c.formula): the synthetic data give about the same answer as the real data.")
    case .acceptable: text = w("\(c.formula): the synthetic data give a similar answer, with some coefficients off.")
    default: text = w("\(c.formula): the synthetic data give a different answer from the real data; do not draw this model's conclusions from them.")
    }
    text += " " + w("Mean confidence interval overlap \(w.number(overlap, decimals: 2)), mean absolute standardised difference \(w.number(c.meanAbsoluteDifference, decimals: 2)).")
    if c.lackOfFit.isFinite {
      let p = c.lackOfFitPValue < 0.001 ? "< " + w.number(0.001, decimals: 3) : "= " + w.number(c.lackOfFitPValue, decimals: 3)
      text += " " + w("Lack of fit: χ² = \(w.number(c.lackOfFit, decimals: 2)) on \(c.lackOfFitDegrees) degrees of freedom, p \(p); a small p says the synthesis does not reproduce this model.")
    }
    return verdict(level, text)
  }

  private func modelBlocks(_ c: ModelComparison) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(c.formula)]
    var facts: [String] = []
    let family: String
    switch c.family {
    case .gaussian: family = w("gaussian (linear regression)")
    case .binomial: family = w("binomial (logistic regression)")
    case .poisson: family = w("poisson (log-linear, counts)")
    }
    facts.append(c.familyChosen ? w("Family: \(family), chosen from the outcome \(c.outcome) (--family chooses another).") : w("Family: \(family)."))
    if let positive = c.positiveLevel, let negative = c.negativeLevel {
      facts.append(w("The outcome \(c.outcome) counts '\(positive)' as 1 and '\(negative)' as 0 (the second value in sorted order is 1, as in R)."))
    }
    facts.append(rowsFact(w("Real data"), c.real))
    for (i, f) in c.copies.enumerated() {
      facts.append(rowsFact(c.m > 1 ? w("Synthetic copy \(i + 1)") : w("Synthetic data"), f))
    }
    if !c.skipped.isEmpty { facts.append(w("Not in the model ('.' leaves out identifiers and constant columns): \(UTF8Text.quotedList(c.skipped, limit: 10)).")) }
    let aliased = c.aliasedInReal
    if !aliased.isEmpty {
      facts.append(w("Not estimable in the real data (a linear combination of other terms, or a level no row has), reported empty as R reports NA: \(UTF8Text.quotedList(aliased.map { $0.text(w) }, limit: 10))."))
    }
    let fits = [(w("the real data"), c.real)] + c.copies.enumerated().map { (c.m > 1 ? w("copy \($0.offset + 1)") : w("the synthetic data"), $0.element) }
    for (name, f) in fits {
      if f.boundary {
        facts.append(c.family == .binomial
          ? w("In \(name) the outcome is (almost) perfectly predicted (separation): some coefficients run off to very large values and their standard errors mean little.")
          : w("In \(name) some fitted counts are numerically 0: some coefficients run off to very large values."))
      } else if !f.converged {
        facts.append(w("The fit on \(name) did not converge in \(f.iterations) iterations; read its numbers with care."))
      }
    }
    blocks.append(.list(facts))
    blocks.append(modelVerdict(c))

    // The table: publication reports leave out the terms of categories (or cells of an
    // interaction) that fewer than --min-count real rows have.
    let shown = c.coefficients.filter { k in
      !k.name.parts.contains { if case .level = $0 { return true } else { return false } } || !isRare(k.realRows)
    }
    let copyColumns = c.m > 1 && c.m <= Self.maxCopyColumns ? c.m : 0
    var header = [w("Term"), w("Real β (SE)")]
    for i in 0..<copyColumns { header.append(w("Copy \(i + 1) β")) }
    header.append(c.m > 1 ? w("Pooled β (SE)") : w("Synthetic β (SE)"))
    if c.m > 1 { header.append(w("Population SE")) }
    header += [w("Std. difference"), w("CI overlap")]
    let rows = shown.map { k -> [ReportCell] in
      let overlap = k.pooled.overlap
      let fill: ReportColor? = overlap.isNaN ? nil : overlap >= 0.5 ? cellColor(0) : overlap >= 0 ? cellColor(5) : cellColor(50)
      var cells = [ReportCell(k.name.text(w)), ReportCell(estimate(k.real.value, k.real.standardError))]
      for i in 0..<copyColumns { cells.append(ReportCell(w.value(k.copies[i].value))) }
      if c.m > 1 {
        cells.append(ReportCell(estimate(k.pooled.estimate, k.pooled.standardError)))
        cells.append(ReportCell(w.value(k.pooled.populationStandardError)))
      } else {
        cells.append(ReportCell(estimate(k.copies.first?.value ?? .nan, k.copies.first?.standardError ?? .nan)))
      }
      cells += [ReportCell(w.number(k.pooled.standardisedDifference, decimals: 2)), ReportCell(w.number(overlap, decimals: 2), fill: fill)]
      return cells
    }
    var widths: [Double] = [2.8, 2.2]
    widths += [Double](repeating: 1.4, count: copyColumns)
    widths.append(2.2)
    if c.m > 1 { widths.append(1.5) }
    widths += [1.4, 1.3]
    blocks.append(.table(ReportTable(header: header, numeric: [false] + [Bool](repeating: true, count: header.count - 1), rows: rows, widths: widths)))
    if shown.count < c.coefficients.count {
      blocks.append(.paragraph(w("\(c.coefficients.count - shown.count) terms of categories with fewer than \(minimumCount) real rows are not shown; the means and the lack of fit count them.")))
    }

    // The chart: in units of the real standard error, so every coefficient shares one axis.
    let charted = shown.filter { !$0.name.isIntercept && $0.real.standardError > 0 && $0.real.standardError.isFinite }
    if !charted.isEmpty {
      let z = Math.normalQuantile(0.975)
      func interval(_ value: Double, _ se: Double, _ scale: Double) -> IntervalChart.Interval {
        IntervalChart.Interval(estimate: value / scale, lower: (value - z * se) / scale, upper: (value + z * se) / scale)
      }
      blocks.append(.chart(.intervals(IntervalChart(
        title: w("95% confidence intervals, in standard errors of the real estimate"),
        labels: charted.map { $0.name.text(w) },
        real: charted.map { interval($0.real.value, $0.real.standardError, $0.real.standardError) },
        synthetic: charted.map { interval($0.pooled.estimate, $0.pooled.standardError, $0.real.standardError) },
        note: c.m > 1 ? w("Synthetic: pooled over \(c.m) copies.") : nil))))
    }
    return blocks
  }

  /// "1,234.5 (67.8)".
  private func estimate(_ value: Double, _ se: Double) -> String {
    guard value.isFinite else { return "–" }
    return w.value(value) + " (" + w.value(se) + ")"
  }

  private func rowsFact(_ name: String, _ f: ModelComparison.FitSummary) -> String {
    var text = w("\(name): \(w.count(f.rows)) rows")
    if f.missing > 0 { text += w(", \(w.count(f.missing)) left out for a missing value") }
    if f.outOfRange > 0 { text += w(", \(w.count(f.outOfRange)) left out for an outcome the family cannot take") }
    return text + "."
  }
}
