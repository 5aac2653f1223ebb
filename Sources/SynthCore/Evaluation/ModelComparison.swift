/// Analysis-specific utility (`--model`): a model fitted on the real data and on each of m
/// synthetic copies, compared coefficient by coefficient as synthpop's `compare.fit`, with the
/// combining rules for m copies of Raab, Nowok & Dibben (2016; synthpop's `summary.fit.synds`).
///
/// With n real rows, k synthetic rows per copy (their mean when copies differ), and per
/// coefficient the copies' estimates q_i and variances v_i:
///
///     q̄ = Σ q_i / m                          the pooled estimate
///     v̄ = Σ v_i / m,  b = Σ (q_i − q̄)²/(m − 1)
///     se_syn = √(v̄ k/n)                     estimates the real fit's standard error
///     T = v̄ k/n (1 + n/(k m))               variance for inference to the population (not proper)
///     T = v̄ k/n (1 + (n/k + 1)/m)           the same when the synthesis was proper
///     z = (q̄ − β_real)/se_real               the standardised difference
///
/// and the 95% intervals q̄ ± 1.96 se_syn and β_real ± 1.96 se_real compared by Karr et al.'s
/// overlap (`CoefficientComparison.overlap`); compare.fit compares against the real fit, so it uses
/// se_syn, not √T. The lack-of-fit statistic is synthpop's Wald test
///
///     χ² = (q̄ − β)ᵀ V⁻¹ (q̄ − β),  V = V_real n/(k m)  (proper: V_real (1 + n/k)/m)
///
/// on the coefficients estimable in the real fit and in some copy, with as many degrees of
/// freedom; a small p-value says the synthesis model does not reproduce this analysis. A single
/// copy is the case m = 1. A coefficient aliased in a copy (a level the copy lacks) is pooled
/// over the copies that have it.
struct ModelComparison {
  /// One coefficient of one fit.
  struct Estimate: Equatable {
    var value: Double
    var standardError: Double
  }

  /// Pooled over the copies.
  struct Pooled: Equatable {
    /// The copies whose fit estimated this coefficient.
    var copies: Int
    /// q̄, v̄ and b.
    var estimate: Double
    var withinVariance: Double
    var betweenVariance: Double
    /// √(v̄ k/n): the real fit's standard error as the copies estimate it.
    var standardError: Double
    /// √T: for inference to the population.
    var populationStandardError: Double
    var standardisedDifference: Double
    var overlap: Double
  }

  struct Coefficient {
    var name: ModelCoefficientName
    /// Real rows in which its design column is not 0 (the rows of its level, or cell of levels):
    /// a publication report leaves out coefficients that rest on a few people.
    var realRows: Int
    var real: Estimate
    /// Per copy, NaN where aliased.
    var copies: [Estimate]
    /// Per copy: (q_i − β_real)/se_real and the overlap of q_i ± 1.96 se_i √(k_i/n) with the real interval.
    var standardisedDifferences: [Double]
    var overlaps: [Double]
    var pooled: Pooled
  }

  /// One fit's facts, for the notes.
  struct FitSummary: Equatable {
    var rows: Int
    var missing: Int
    var outOfRange: Int
    var converged: Bool
    var boundary: Bool
    var iterations: Int
    var deviance: Double
    var dispersion: Double
  }

  var formula: String
  var outcome: String
  var family: GLMFamily
  var familyChosen: Bool
  /// Binomial on categories: the level counted as 1 (the other is 0).
  var positiveLevel: String?
  var negativeLevel: String?
  var proper: Bool
  var real: FitSummary
  var copies: [FitSummary]
  var coefficients: [Coefficient]
  /// Columns of `.` left out (identifiers, constants).
  var skipped: [String]
  /// Mean |z| and mean overlap of the pooled comparison, over the coefficients with both.
  var meanAbsoluteDifference: Double
  var meanOverlap: Double
  var lackOfFit: Double
  var lackOfFitDegrees: Int
  var lackOfFitPValue: Double

  var m: Int { copies.count }

  /// Coefficients the real fit could not estimate (aliased), by name.
  var aliasedInReal: [ModelCoefficientName] { coefficients.filter { $0.real.value.isNaN }.map { $0.name } }

  /// Fits `design` on `real` and on every copy (tables found by column name) and compares them.
  static func compare(_ design: ModelDesign, real: Table, copies: [Table], proper: Bool) -> ModelComparison {
    func fit(_ rows: ModelDesign.Rows) -> (GeneralizedLinearModel.Fit, FitSummary) {
      let f = GeneralizedLinearModel.fit(rows.design, rows.y, family: design.family, intercept: design.intercept)
      let summary = FitSummary(
        rows: rows.y.count, missing: rows.missing, outOfRange: rows.outOfRange, converged: f.converged, boundary: f.boundary,
        iterations: f.iterations, deviance: f.deviance, dispersion: f.dispersion)
      return (f, summary)
    }
    let realRows = design.rows(real)
    let (realFit, realSummary) = fit(realRows)
    var support = [Int](repeating: 0, count: realRows.design.columns)
    for i in 0..<realRows.design.rows {
      for j in 0..<realRows.design.columns where realRows.design.values[i * realRows.design.columns + j] != 0 { support[j] += 1 }
    }
    var copyFits: [GeneralizedLinearModel.Fit] = []
    var copySummaries: [FitSummary] = []
    for copy in copies {
      let (f, s) = fit(design.rows(copy))
      copyFits.append(f)
      copySummaries.append(s)
    }
    let n = Double(realSummary.rows)
    let k = copySummaries.isEmpty ? 0 : Double(copySummaries.reduce(0) { $0 + $1.rows }) / Double(copySummaries.count)
    let z = Math.normalQuantile(0.975)
    var coefficients: [Coefficient] = []
    for (j, name) in design.names.enumerated() {
      let real = Estimate(value: realFit.coefficients[j], standardError: realFit.standardErrors[j])
      var estimates: [Estimate] = [], differences: [Double] = [], overlaps: [Double] = []
      var sum = 0.0, variances = 0.0, used = 0
      for (i, f) in copyFits.enumerated() {
        let e = Estimate(value: f.coefficients[j], standardError: f.standardErrors[j])
        estimates.append(e)
        let scale = n > 0 ? (Double(copySummaries[i].rows) / n).squareRoot() : .nan
        differences.append(CoefficientComparison.standardisedDifference(e.value, real: real))
        overlaps.append(CoefficientComparison.overlap(real: real, Estimate(value: e.value, standardError: e.standardError * scale), z: z))
        if e.value.isFinite && e.standardError.isFinite {
          sum += e.value
          variances += e.standardError * e.standardError
          used += 1
        }
      }
      var pooled = Pooled(
        copies: used, estimate: .nan, withinVariance: .nan, betweenVariance: .nan, standardError: .nan, populationStandardError: .nan,
        standardisedDifference: .nan, overlap: .nan)
      if used > 0 && n > 0 {
        let mean = sum / Double(used), within = variances / Double(used), m = Double(used)
        var between = 0.0
        for e in estimates where e.value.isFinite && e.standardError.isFinite { between += (e.value - mean) * (e.value - mean) }
        pooled.estimate = mean
        pooled.withinVariance = within
        pooled.betweenVariance = used > 1 ? between / (m - 1) : .nan
        pooled.standardError = (within * k / n).squareRoot()
        let t = proper ? within * k / n * (1 + (n / k + 1) / m) : within * k / n * (1 + n / (k * m))
        pooled.populationStandardError = t.squareRoot()
        pooled.standardisedDifference = CoefficientComparison.standardisedDifference(mean, real: real)
        pooled.overlap = CoefficientComparison.overlap(real: real, Estimate(value: mean, standardError: pooled.standardError), z: z)
      }
      coefficients.append(Coefficient(
        name: name, realRows: support[j], real: real, copies: estimates, standardisedDifferences: differences, overlaps: overlaps, pooled: pooled))
    }
    var result = ModelComparison(
      formula: design.formula.text, outcome: design.outcomeName, family: design.family, familyChosen: design.familyChosen,
      positiveLevel: nil, negativeLevel: nil, proper: proper, real: realSummary, copies: copySummaries, coefficients: coefficients,
      skipped: design.skipped, meanAbsoluteDifference: .nan, meanOverlap: .nan, lackOfFit: .nan, lackOfFitDegrees: 0, lackOfFitPValue: .nan)
    if case .levels(let negative, let positive) = design.outcome {
      result.negativeLevel = negative
      result.positiveLevel = positive
    }
    result.summarise(realCovariance: realFit.covariance, n: n, k: k)
    return result
  }

  /// Mean |z|, mean overlap and the lack-of-fit test over the coefficients with a pooled comparison.
  private mutating func summarise(realCovariance: [Double], n: Double, k: Double) {
    let p = coefficients.count
    let used = coefficients.indices.filter { coefficients[$0].pooled.standardisedDifference.isFinite && coefficients[$0].pooled.overlap.isFinite }
    guard !used.isEmpty, n > 0, k > 0 else { return }
    meanAbsoluteDifference = used.reduce(0.0) { $0 + abs(coefficients[$1].pooled.standardisedDifference) } / Double(used.count)
    meanOverlap = used.reduce(0.0) { $0 + coefficients[$1].pooled.overlap } / Double(used.count)
    // Wald: V = V_real · n/(k m) (proper: (1 + n/k)/m) on the used coefficients.
    let m = Double(max(copies.count, 1))
    let factor = proper ? (1 + n / k) / m : n / k / m
    let q = used.count
    var v = [Double](repeating: 0, count: q * q)
    var d = [Double](repeating: 0, count: q)
    for (a, i) in used.enumerated() {
      d[a] = coefficients[i].pooled.estimate - coefficients[i].real.value
      for (b, j) in used.enumerated() { v[a * q + b] = realCovariance[i * p + j] * factor }
    }
    let cholesky = Cholesky(v, size: q)
    let solved = cholesky.solve(d)
    var statistic = 0.0
    for a in 0..<q { statistic += d[a] * solved[a] }
    lackOfFit = statistic
    lackOfFitDegrees = cholesky.rank
    lackOfFitPValue = statistic.isFinite && cholesky.rank > 0 ? Math.chiSquareSurvival(statistic, Double(cholesky.rank)) : .nan
  }
}

/// The comparison of one synthetic coefficient with the real one, as synthpop's `compare.fit`:
/// the standardised difference (b_s − b_r)/se_r and Karr et al.'s (2006) overlap of the 95%
/// intervals, with L, U the interval ends and c = min(U_r, U_s) − max(L_r, L_s):
///
///     overlap = ½ [c/(U_r − L_r) + c/(U_s − L_s)]        (negative when the intervals are apart)
///
/// One implementation for `--model` and the specific-utility regression (`SpecificUtility`).
enum CoefficientComparison {
  /// (b_s − b_r)/se_r; NaN without a real standard error.
  static func standardisedDifference(_ synthetic: Double, real: ModelComparison.Estimate) -> Double {
    real.standardError > 0 ? (synthetic - real.value) / real.standardError : .nan
  }

  /// The overlap of b ± z·se for the two estimates; NaN if either interval has no width.
  static func overlap(real: ModelComparison.Estimate, _ synthetic: ModelComparison.Estimate, z: Double) -> Double {
    intervalOverlap(
      real.value - z * real.standardError, real.value + z * real.standardError,
      synthetic.value - z * synthetic.standardError, synthetic.value + z * synthetic.standardError)
  }

  /// Karr et al.'s overlap of the intervals [lr, ur] and [ls, us]; NaN if either has no width.
  static func intervalOverlap(_ lr: Double, _ ur: Double, _ ls: Double, _ us: Double) -> Double {
    guard ur > lr, us > ls else { return .nan }
    let common = min(ur, us) - max(lr, ls)
    return (common / (ur - lr) + common / (us - ls)) / 2
  }
}
