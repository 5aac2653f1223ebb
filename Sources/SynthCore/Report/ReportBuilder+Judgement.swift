/// When a measure rests on enough rows to be judged. Below these minimums a verdict says "too few
/// rows to judge" instead of "Good": a small sample makes every measure look fine by chance.
extension ReportBuilder {
  /// DUO's threshold: below it the report says that every measure is uncertain.
  static let smallDataRows = SynthesisNote.smallDataRows
  /// S_pMSE divides the cross-table's chi-square by its degrees of freedom, a reference that holds
  /// when cells expect about 5 rows or more (Cochran's rule). Each side must therefore have, on
  /// average, 5 rows per non-empty cell.
  static let minimumRowsPerCell = 5
  /// "Good" must also be able to fail. With n_r real and n_s synthetic rows, Pearson's chi-square
  /// of the 2 × k table has noncentrality N·c(1 − c)·D² = n_e·D², with n_e = n_r·n_s/(n_r + n_s)
  /// and D² the chi-square distance between the two distributions, so S_pMSE ≈ 1 + n_e·D²/df.
  /// A moderate difference (Cohen's w = D = 0.3) must lift it to the "good" bound of 3:
  /// n_e·0.09/df ≥ 2, about 22 rows per degree of freedom. For 5 × 5 groups (df 24) that is
  /// about 1,070 rows on each side, in line with DUO's threshold of 1,000.
  static let detectableDifference = 0.3
  /// A logistic model needs about 10 events per parameter to be stable (Peduzzi et al. 1996):
  /// here the smaller of the real and synthetic rows per fitted parameter (or tree leaf); and, as
  /// for tables, enough rows to notice a moderate difference with that many degrees of freedom.
  static let rowsPerParameter = 10
  /// Accuracies are judged within 2 and 5 points, RMSE within 5% and 15%. On n test rows an
  /// accuracy difference has a standard error up to √(0.5/n), and an RMSE a relative one of about
  /// √(1/2n); both fall below the acceptable band (5 points, 5%) from 200 rows.
  static let minimumTestRows = 200
  /// A class with fewer test rows than this tells too little, and at least two classes must have
  /// them, or accuracy only counts the one answer every model gives.
  static let minimumTestRowsPerClass = 5
  /// Privacy baselines need rows in their tail: the 5th percentile of real-to-real distances
  /// rests on at least 5 rows from 100 sampled rows, and with fewer rows nearly every record is
  /// unique, so "no copies" says nothing. Below this a privacy check can warn but not pass.
  static let minimumPrivacyRows = 100

  var isSmallData: Bool { evaluation.realRows < Self.smallDataRows }

  /// Enough rows per cell on both sides, enough rows to notice a moderate difference, and more
  /// than one cell (one cell cannot differ).
  func judgeable(_ r: TableUtility.Result) -> Bool {
    r.df > 0 && min(r.realRows, r.syntheticRows) >= Self.minimumRowsPerCell * r.cells.count && detects(r.realRows, r.syntheticRows, df: r.df)
  }

  /// n_e·w² ≥ 2·df: a moderate difference would show as S_pMSE 3 or more.
  func detects(_ real: Int, _ synthetic: Int, df: Int) -> Bool {
    guard real > 0, synthetic > 0 else { return false }
    let effective = Double(real) * Double(synthetic) / (Double(real) + Double(synthetic))
    return effective * Self.detectableDifference * Self.detectableDifference >= 2 * Double(df)
  }

  /// Pairs (or columns) are judged when at least half of their tables are judgeable.
  func judgeable(_ tables: [TableUtility.Result]) -> Bool {
    !tables.isEmpty && tables.filter { judgeable($0) }.count * 2 >= tables.count
  }

  func judgeable(_ p: PropensityUtility) -> Bool {
    let e = evaluation
    return p.parameters > 0 && min(e.realRows, e.syntheticRows) >= Self.rowsPerParameter * p.parameters && detects(e.realRows, e.syntheticRows, df: p.parameters)
  }

  /// Why a specific-utility comparison gets no verdict, or nil when it gets one.
  func specificProblem(_ s: SpecificUtility) -> String? {
    if s.testRows < Self.minimumTestRows {
      return w("There are \(w.count(s.testRows)) real test rows; comparing accuracies or errors needs at least \(Self.minimumTestRows).")
    }
    switch s.task {
    case .classification:
      if s.testClassCounts.filter({ $0 >= Self.minimumTestRowsPerClass }).count < 2 {
        return w("No verdict: fewer than two classes of \(s.target) have \(Self.minimumTestRowsPerClass) or more test rows, so every model gives the same answer.")
      }
      if s.accuracyReal == 0 && s.accuracySynthetic == 0 {
        return w("No verdict: neither model predicts any test row right.")
      }
    case .regression:
      if !(s.rmseReal > 0) || !s.rmseSynthetic.isFinite {
        return w("No verdict: the model trained on real rows has no error to compare with.")
      }
    }
    return nil
  }

  /// A privacy check that passes on at least `minimumPrivacyRows` rows, or says it cannot tell.
  func privacyVerdict(flagged: Bool, rows: Int, _ text: String) -> ReportBlock {
    if flagged { return verdict(.warning, text) }
    if rows < Self.minimumPrivacyRows { return tooFewRows(text + " " + tooFewPrivacyRows(rows)) }
    return verdict(.good, text)
  }

  func tooFewPrivacyRows(_ rows: Int) -> String {
    w("With \(rowCount(rows)) this cannot show that the data are safe; at least \(Self.minimumPrivacyRows) are needed.")
  }

  /// "1 row", "50 rows".
  func rowCount(_ n: Int) -> String { w.count(n) + (n == 1 ? w(" row") : w(" rows")) }

  func tooFewRows(_ text: String) -> ReportBlock { verdict(.insufficient, text) }

  /// The level of an S_pMSE verdict, or insufficient when its tables have too few rows per cell.
  func tableLevel(_ value: Double, _ tables: [TableUtility.Result]) -> ReportVerdict.Level {
    judgeable(tables) ? Self.level(value) : .insufficient
  }

  func tableVerdict(_ value: Double, _ tables: [TableUtility.Result], _ text: String) -> ReportBlock {
    guard judgeable(tables) else {
      let enough = tables.filter { judgeable($0) }.count
      return tooFewRows(text + " " + w("A table is judged when each data set has on average \(Self.minimumRowsPerCell) rows per cell and enough rows for a moderate difference to show (about 22 per degree of freedom); \(enough) of \(tables.count) tables have them."))
    }
    return verdict(Self.level(value), text)
  }

  func propensityVerdict(_ p: PropensityUtility, _ text: String) -> ReportBlock {
    // No model (no column with two values) or no value: nothing to judge.
    guard p.parameters > 0, p.sPMSE.isFinite else { return verdict(.info, text) }
    guard judgeable(p) else {
      // Equal sides n: 10 per parameter, and n/2·w² ≥ 2·parameters.
      let k = Double(max(p.parameters, 1))
      let needed = max(Self.rowsPerParameter * max(p.parameters, 1), (4 * k / (Self.detectableDifference * Self.detectableDifference)).integer(.up, clampedTo: 0 ... Int.max))
      return tooFewRows(text + " " + w("With \(p.parameters) parameters the model needs about \(w.count(needed)) rows of each data set to be stable and to show a moderate difference."))
    }
    return verdict(Self.level(p.sPMSE), text)
  }

  /// Columns whose one-way measures hold by construction: the synthetic column holds the real
  /// values (the copula's marginals), or the method drew it straight from them (CART's first).
  var constructedColumns: [Int] {
    evaluation.columns.indices.filter { evaluation.columns[$0].sameValues || context.drawnFromReal.contains(evaluation.names[$0]) }
  }

  /// A logistic model on main effects sees each column's own distribution only: with at least half
  /// of them kept by construction, its score says nothing about the method.
  var logisticByConstruction: Bool {
    let n = evaluation.columns.count
    return n > 0 && constructedColumns.count * 2 >= n
  }

  /// A tree with one leaf found no split: it can say nothing either way.
  func cartJudged(_ p: PropensityUtility) -> Bool { p.parameters > 1 && p.sPMSE.isFinite && judgeable(p) }

  /// The level of the whole evaluation's utility, as the JSON summary states it: the worst of the
  /// pairs' median and 90th percentile, a worst pair far beyond chance (at least the acceptable
  /// bound: the relation of two columns is lost, however good the rest), and the CART propensity.
  /// Never a one-way or main-effects measure, which a method can meet by construction.
  var utilityLevel: ReportVerdict.Level {
    let e = evaluation
    let tables = e.pairs.map { $0.result }
    var level = tableLevel(e.medianPairSPMSE, tables)
    guard level != .insufficient && level != .info else { return level }
    level = Self.worse(level, tableLevel(e.pairQuantile(0.9), tables))
    if let worst = e.worstPairs.first, judgeable(worst.result), worst.result.sPMSE >= Self.acceptableSPMSE { level = Self.worse(level, .acceptable) }
    if let cart = e.cartPropensity, cartJudged(cart) { level = Self.worse(level, Self.level(cart.sPMSE)) }
    return level
  }

  /// The worse of two utility levels (good, acceptable, poor); any other level leaves the first.
  static func worse(_ a: ReportVerdict.Level, _ b: ReportVerdict.Level) -> ReportVerdict.Level {
    func rank(_ l: ReportVerdict.Level) -> Int? { l == .good ? 0 : l == .acceptable ? 1 : l == .poor ? 2 : nil }
    guard let x = rank(a), let y = rank(b) else { return a }
    return y > x ? b : a
  }

  /// The first verdict of a small data set: every measure below is uncertain.
  func smallDataVerdict() -> ReportBlock? {
    guard isSmallData else { return nil }
    let e = evaluation
    return verdict(.warning, w("Small data: the real data have \(rowCount(e.realRows)), fewer than \(w.count(Self.smallDataRows)) (DUO's threshold). Every utility and privacy measure in this report is uncertain: another seed or sample can change it a lot. Measures with too few rows say so instead of giving a verdict."))
  }
}
