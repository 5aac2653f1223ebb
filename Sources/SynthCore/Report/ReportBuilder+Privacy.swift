extension ReportBuilder {
  func disclosure() -> ReportSection {
    let e = evaluation
    let i = e.identity, k = e.attribute
    let d = e.distances
    var blocks: [ReportBlock] = [
      .paragraph(w("Synthetic rows are made up, but a synthetic row can still sit very close to a real person, or repeat what only one person has. These measures look for that. No measure proves that data are anonymous; they show where to look.")),
    ]
    blocks += privacyVerdicts()

    blocks.append(.heading(w("Identity disclosure")))
    let keys = e.config.keys.isEmpty ? w("all columns") : e.config.keys.joined(separator: ", ")
    blocks.append(.paragraph(w("synthpop's disclosure measures with the key \(keys). A record is unique when no other record shares its key. repU counts real records that are unique and appear exactly once in the synthetic data: a synthetic copy of a unique person.")))
    if e.nearCopies.differing > 0 {
      blocks.append(.paragraph(w("A synthetic row that matches a real person on all but one or two columns singles them out almost as well as an identical row. The last four rows of the table count such near-copies on \(w.count(e.nearCopies.keySets)) key sets: \(keySetList(e.nearCopies.differing)). A real record is a replicated unique when, on one of these key sets, no other real record shares its values and exactly one synthetic row does.")))
    }
    blocks.append(.table(ReportTable(
      header: [w("Measure"), w("Value"), w("Meaning")], numeric: [false, true, false],
      rows: [
        [ReportCell(w("Identical rows")), ReportCell(w.percent(e.identicalShare, decimals: 2)), ReportCell(w("synthetic rows equal to some real row"))],
        [ReportCell(w("Identical rows, two real halves")), ReportCell(w.percent(e.identicalBaseline, decimals: 2)), ReportCell(w("the same between two random halves of the real data"))],
        [ReportCell("UiO"), ReportCell(w.percentValue(i.uniqueInReal)), ReportCell(w("real records unique on the key"))],
        [ReportCell("UiS"), ReportCell(w.percentValue(i.uniqueInSynthetic)), ReportCell(w("synthetic records unique on the key"))],
        [ReportCell("UiOiS"), ReportCell(w.percentValue(i.uniqueInRealFoundInSynthetic)), ReportCell(w("real uniques whose key occurs in the synthetic data"))],
        [ReportCell("repU", bold: true), ReportCell(w.percentValue(i.repU), bold: true), ReportCell(w("real uniques that are also unique in the synthetic data"))],
      ] + nearCopyRows(), widths: [2.6, 1.3, 5])))

    if let target = k.target {
      blocks.append(.heading(w("Attribute disclosure")))
      let known = e.config.keys.isEmpty ? w("all other columns") : keys
      blocks.append(.paragraph(w("Someone who knows a person's \(known) looks them up in the synthetic data to learn their \(target). DiSCO is the share of real records for which the synthetic rows with that key all give one value of \(target), and it is the true one. Dorig is the same within the real data itself: what an attacker with the real data would learn.")))
      let rows: [(String, Double, String)] = [
        ("Dorig", k.dOrig, w("real records whose key determines the target in the real data")),
        ("Dsyn", k.dSyn, w("the same for synthetic records in the synthetic data")),
        ("iS", k.iS, w("real records whose key occurs in the synthetic data")),
        ("DiS", k.diS, w("… and there determines one target value")),
        ("DiSCO", k.disco, w("… and that value is correct")),
        ("DiSDiO", k.disDiO, w("… and the key also determines it in the real data")),
        ("baseCAPd", k.baseCAPd, w("chance of guessing right from the target's shares alone")),
        ("CAPd", k.capD, w("chance of guessing right with the real data")),
        ("CAPs", k.capS, w("the same within the synthetic data")),
        ("DCAP", k.dcap, w("chance of guessing a real record right with the synthetic data")),
        ("TCAP", k.tcap, w("the same among real records whose key occurs in the synthetic data")),
      ]
      blocks.append(.table(ReportTable(
        header: [w("Measure"), w("Value"), w("Meaning")], numeric: [false, true, false],
        rows: rows.map { [ReportCell($0.0, bold: $0.0 == "DiSCO"), ReportCell(w.percentValue($0.1), bold: $0.0 == "DiSCO"), ReportCell($0.2)] },
        widths: [2, 1.3, 5.6])))
    }

    blocks.append(.heading(w("Distance to closest record")))
    blocks.append(.paragraph(w("The Gower distance between two rows is the mean over columns of the difference: for numbers the absolute difference divided by the real range (at most 1), for categories 0 when equal and 1 otherwise; missing matches missing. \(w.count(d.syntheticQueries)) synthetic rows and \(w.count(d.baselineQueries)) real rows were drawn (seed \(d.seed)) and each was compared with all \(w.count(d.referenceRows)) real rows, exactly: the real rows with every other real row, as a baseline for how close people are to each other anyway.")))
    blocks.append(.table(ReportTable(
      header: ["", w("5th percentile"), w("Median"), w("Mean"), w("Exact matches")],
      numeric: [false, true, true, true, true],
      rows: [
        [ReportCell(w("Synthetic to real")), ReportCell(w.number(d.synthetic.p5, decimals: 4)), ReportCell(w.number(d.synthetic.median, decimals: 4)), ReportCell(w.number(d.synthetic.mean, decimals: 4)), ReportCell(w.percent(d.exactMatchShare))],
        [ReportCell(w("Real to other real")), ReportCell(w.number(d.realBaseline.p5, decimals: 4)), ReportCell(w.number(d.realBaseline.median, decimals: 4)), ReportCell(w.number(d.realBaseline.mean, decimals: 4)), ReportCell(w.percent(d.baselineExactMatchShare))],
      ], widths: [3, 1.6, 1.6, 1.6, 1.8])))

    if let h = e.holdout {
      blocks.append(.heading(w("Holdout test")))
      blocks.append(.paragraph(w("The synthesiser saw only a random half of the real rows (training); the other half was held back. Synthetic data that learned patterns, not people, sit as close to the held-back half as to the training half (DUO's privacy evaluation): the share closer to training should be near 50%. A copied outlier is a real training row far from every other real row (beyond the 95th percentile) with a synthetic row within Gower distance 0.005.")))
      blocks.append(.facts([
        ReportFact(term: w("Closer to training"), value: w.percent(h.shareCloserToTraining) + " (" + w.count(h.closer) + " / " + w.count(h.farther) + " / " + w.count(h.ties) + w(" closer / farther / tied)")),
        ReportFact(term: w("Mean distance"), value: w("training ") + w.number(h.meanDistanceTraining, decimals: 4) + ", holdout " + w.number(h.meanDistanceHoldout, decimals: 4)),
        ReportFact(term: w("Copied outliers"), value: w.count(h.copiedOutliers) + w(" of \(w.count(h.outlierCandidates)) outliers among \(w.count(h.trainingQueries)) sampled training rows")),
      ]))
    }
    return ReportSection(id: "privacy", title: w("Disclosure risk"), blocks: blocks)
  }

  /// "all key columns, and every set of all of them but one".
  func keySetList(_ differing: Int) -> String {
    let all = evaluation.config.keys.isEmpty ? w("all columns") : w("all key columns")
    return differing == 1
      ? all + w(", and every set of all of them but one")
      : all + w(", and every set of all of them but up to \(differing)")
  }

  /// The identity table's rows for near-copies (none when only identical rows count).
  func nearCopyRows() -> [[ReportCell]] {
    let n = evaluation.nearCopies
    guard n.differing > 0 else { return [] }
    let but = n.differing == 1 ? w("all but one column") : w("all but \(n.differing) columns")
    return [
      [ReportCell(w("Near-copies")), ReportCell(w.percent(n.syntheticShare, decimals: 2)), ReportCell(w("synthetic rows equal to some real row on \(but) or more"))],
      [ReportCell(w("Near-copies, against one real half")), ReportCell(w.percent(n.syntheticHalfShare, decimals: 2)), ReportCell(w("the same against a random half of the real data"))],
      [ReportCell(w("Near-copies, two real halves")), ReportCell(w.percent(n.baselineShare, decimals: 2)), ReportCell(w("real rows of the other half that match that half"))],
      [ReportCell(w("repU, \(but)"), bold: true), ReportCell(w.percentValue(n.repU), bold: true), ReportCell(w("real records unique on a key set that appear exactly once in the synthetic data on it"))],
    ]
  }

  func method() -> ReportSection {
    var blocks: [ReportBlock] = []
    if context.method == .cart {
      blocks.append(.paragraph(w("The synthetic data were made with sequential CART, as in R's synthpop. Columns are synthesised one after another. The first is drawn from its real values. For each next column a decision tree is fitted on the real data, with the columns before it as predictors; every synthetic row falls into a leaf of that tree by its synthetic values so far, and takes the value of a randomly chosen real row (a donor) in that leaf. Missing values are modelled as values of their own, so they keep their real rates and relations.")))
    } else if context.method == .gc {
      blocks.append(.paragraph(w("The synthetic data were made with a Gaussian copula. Each column is turned into normal scores through its own distribution: numbers by their rank, categories by an interval of [0, 1] as wide as their share, missing values by a separate observed-or-missing dimension. The correlations of these scores are estimated, new scores are drawn from a multivariate normal distribution with those correlations, and each is turned back into a value through the column's own distribution. Every column keeps its distribution almost exactly; one copula keeps monotone relations, but weakens relations that go up and then down, or that depend on a third column.")))
      if case .copula(let strata?) = context.synthesis {
        let columns = strata.columns.map { "‘\($0)’" }.joined(separator: ", ")
        blocks.append(.paragraph(w("The copula was fitted separately in \(w.count(strata.count)) strata: groups of at least \(w.count(strata.minimumRows)) real rows that share their values of \(columns). A shallow tree chose these columns, each time the one whose categories tell most about the other columns. Within a stratum every column has the distribution it has among the stratum's rows, so relations with these columns are kept whatever their shape, and the copula keeps the rest. Synthetic rows are shared over the strata in proportion to their real rows.")))
      }
    } else {
      blocks.append(.paragraph(w("This report compares two files: it does not know how the synthetic data were made. The measures apply to any method.")))
    }
    blocks.append(.heading(w("Limits")))
    blocks.append(.list([
      w("Synthetic data are not anonymous by definition. Donor values are real values: a rare value or combination can reappear. Check the disclosure section, and leave out or coarsen columns that identify people before sharing."),
      w("Good utility on these measures does not promise that every analysis gives the real answer: relations among three or more columns, small subgroups and extreme values are kept less well than the marginal distributions and pairs checked here."),
      w("S_pMSE depends on how numbers are grouped (here in \(evaluation.config.groups) quantile groups) and has a random spread: with many columns, a few values above 3 are expected by chance."),
      w("Distances are computed exactly, but on a sample of rows; repeated with another seed they change a little."),
      w("Everything was computed on this computer; no data left it."),
    ]))
    return ReportSection(id: "method", title: w("How the method works and its limits"), blocks: blocks)
  }

  func glossary() -> ReportSection {
    let terms: [(String, String)] = [
      ("S_pMSE", w("Standardised propensity mean squared error: how well real and synthetic rows can be told apart, divided by what chance gives. About 1 is ideal; below 3 good, below 10 acceptable.")),
      ("pMSE", w("Mean squared difference between each row's predicted probability of being synthetic and the share of synthetic rows.")),
      ("KS", w("Kolmogorov–Smirnov statistic: the largest vertical gap between two cumulative distributions.")),
      ("TVD", w("Total variation distance: half the sum of the absolute differences between two sets of shares.")),
      ("Cramér's V", w("Strength of association between two categorical columns, from 0 (none) to 1.")),
      (w("Correlation ratio (eta)"), w("Correlation ratio: how much of a number's variance the categories of another column explain (square root), 0 to 1.")),
      ("AUC", w("Area under the ROC curve: the chance that a model ranks a random positive case above a random negative one; 0.5 is guessing.")),
      ("RMSE", w("Root mean squared error of predictions.")),
      ("repU", w("Replicated uniques: real records unique on the key that are also unique in the synthetic data, as a percentage of real records.")),
      ("DiSCO", w("Disclosive in synthetic, correct in original: real records whose key leads to one, correct, value of the target in the synthetic data.")),
      ("Gower", w("A distance for mixed data: the mean of per-column differences scaled to 0…1.")),
      ("DCR", w("Distance to closest record: a row's Gower distance to the nearest real row.")),
      ("CART", w("Classification and regression trees: models that split the data by one column at a time.")),
      (w("Seed"), w("The number that starts the random generator: the same data, settings and seed give the same synthetic data and report.")),
    ]
    return ReportSection(id: "glossary", title: w("Glossary"), blocks: [.facts(terms.map { ReportFact(term: $0.0, value: $0.1) })])
  }
}
