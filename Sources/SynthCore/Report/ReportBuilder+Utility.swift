extension ReportBuilder {
  func overallUtility() -> ReportSection {
    let e = evaluation
    var blocks: [ReportBlock] = [
      .paragraph(w("Real and synthetic rows are stacked and a model tries to tell them apart (synthpop's utility.gen). The propensity mean squared error (pMSE) is the mean squared distance of the predicted probabilities from the share of synthetic rows; it is 0 when the model cannot tell them apart. S_pMSE divides it by its expected value for data from the same distribution: about 1 is ideal, below 3 good, below 10 acceptable.")),
    ]
    var rows: [[ReportCell]] = []
    for p in e.propensity {
      let model = p.model == .logistic
        ? w("logistic, main effects") : w("CART, \(p.permutations) permutations")
      rows.append([
        ReportCell(model), ReportCell(w.number(p.pMSE, decimals: 6)), ReportCell(w.number(p.nullPMSE, decimals: 6)), sPMSECell(p.sPMSE),
        ReportCell(w.count(p.parameters)), ReportCell(w.number(p.specks, decimals: 3)), ReportCell(w.number(p.po50, decimals: 1)),
      ])
    }
    blocks.append(.table(ReportTable(
      header: [w("Model"), "pMSE", w("Expected pMSE"), "S_pMSE", w("Parameters"), "SPECKS", "PO50"],
      numeric: [false, true, true, true, true, true, true], rows: rows, widths: [3, 1.6, 1.8, 1.3, 1.4, 1.3, 1.1])))
    for p in e.propensity {
      blocks.append(propensityVerdict(p, p.model == .logistic
        ? w("Main effects: S_pMSE \(w.value(p.sPMSE)). A logistic model on main effects sees differences in single columns, not in how columns go together; the pairs section covers those.")
        : w("CART: S_pMSE \(w.value(p.sPMSE)) against \(p.permutations) label permutations; a tree can see interactions.")))
      if p.model == .logistic && !p.converged {
        blocks.append(verdict(.info, w("The logistic model did not converge in \(p.iterations) iterations; read its numbers with care.")))
      }
      var remarks: [String] = []
      if !p.pooled.isEmpty { remarks.append(w("Rare categories pooled to keep the model under \(e.config.maxParameters) parameters: ") + p.pooled.map { $0.text(w) }.joined(separator: "; ")) }
      if !p.skipped.isEmpty { remarks.append(w("Not in the model: ") + UTF8Text.quotedList(p.skipped.map { $0.text(w) }, limit: 10)) }
      if !remarks.isEmpty { blocks.append(.list(remarks)) }
    }
    return ReportSection(id: "overall", title: w("Overall utility"), blocks: blocks)
  }

  func specificUtility() -> ReportSection {
    let e = evaluation
    guard let s = e.specific else {
      return ReportSection(id: "specific", title: w("Specific utility"), blocks: [
        .paragraph(w("No target column could be chosen, so no model was compared. Choose one with --target."))
      ])
    }
    let heldOut = e.holdoutRows != nil
      ? w("the \(w.count(s.testRows)) real rows the synthesiser never saw")
      : w("a random \(w.count(s.testRows)) real rows (30%); the synthetic data were made from all real rows, including these, so this comparison is optimistic — use the holdout option for a strict test")
    var blocks: [ReportBlock] = [
      .paragraph(w("Can the synthetic data answer a real question? A decision tree predicts \(s.target) from the other columns. One tree is trained on the synthetic data, one on \(w.count(s.trainRows)) real rows; both are tested on \(heldOut).")),
      specificVerdict(s),
    ]
    switch s.task {
    case .classification:
      blocks.append(.table(ReportTable(
        header: [w("Trained on"), w("Accuracy"), "AUC"], numeric: [false, true, true],
        rows: [
          [ReportCell(w("Real data")), ReportCell(w.percent(s.accuracyReal)), ReportCell(w.number(s.aucReal, decimals: 3))],
          [ReportCell(w("Synthetic data")), ReportCell(w.percent(s.accuracySynthetic)), ReportCell(w.number(s.aucSynthetic, decimals: 3))],
          [ReportCell(w("Always the most frequent class")), ReportCell(w.percent(s.baselineAccuracy)), ReportCell(w.number(0.5, decimals: 3))],
        ], widths: [4, 2, 2])))
    case .regression:
      blocks.append(.table(ReportTable(
        header: [w("Trained on"), "RMSE"], numeric: [false, true],
        rows: [
          [ReportCell(w("Real data")), ReportCell(w.value(s.rmseReal))],
          [ReportCell(w("Synthetic data")), ReportCell(w.value(s.rmseSynthetic))],
          [ReportCell(w("Always the training mean")), ReportCell(w.value(s.baselineRMSE))],
        ], widths: [4, 2])))
      if !s.coefficients.isEmpty {
        blocks.append(.heading(w("Linear regression")))
        blocks.append(.paragraph(w("The linear regression of \(s.target) on the other columns, fitted on the real and on the synthetic data, as synthpop's compare.fit: the overlap of the 95% confidence intervals is 1 for identical intervals and 0 or less when they do not overlap. Mean overlap: \(w.number(s.meanCIOverlap, decimals: 2)).")))
        // A publication report leaves out the terms of rare categories: their estimate is close
        // to the target values of a few people.
        let shown = s.coefficients.filter { c in c.level.map { !isRare(realCount(column: c.column, level: $0) ?? minimumCount) } ?? true }
        let rows = shown.map { c -> [ReportCell] in
          let fill: ReportColor? = c.ciOverlap.isNaN ? nil : c.ciOverlap >= 0.5 ? cellColor(0) : c.ciOverlap >= 0 ? cellColor(5) : cellColor(50)
          return [
            ReportCell(c.term.text(w)), ReportCell(w.value(c.realEstimate)), ReportCell(w.value(c.realSE)), ReportCell(w.value(c.syntheticEstimate)),
            ReportCell(w.value(c.syntheticSE)), ReportCell(w.number(c.standardisedDifference, decimals: 2)), ReportCell(w.number(c.ciOverlap, decimals: 2), fill: fill),
          ]
        }
        blocks.append(.table(ReportTable(
          header: [w("Term"), w("Real"), w("SE"), w("Synthetic"), w("SE"), w("Std. difference"), w("CI overlap")],
          numeric: [false, true, true, true, true, true, true], rows: rows, widths: [3.4, 1.4, 1.2, 1.4, 1.2, 1.4, 1.3])))
        if shown.count < s.coefficients.count {
          let hidden = s.coefficients.count - shown.count
          blocks.append(.paragraph(w("\(hidden) terms of categories with fewer than \(minimumCount) real rows are not shown; the mean overlap counts them.")))
        }
      }
    }
    return ReportSection(id: "specific", title: w("Specific utility"), blocks: blocks)
  }
}
