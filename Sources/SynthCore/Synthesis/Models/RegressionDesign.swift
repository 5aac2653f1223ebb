/// The design matrix of the regression models (`NormModel`, `LogitModel`), built the same way for
/// the real fit rows and the synthetic rows: an intercept; a numeric predictor's value, with its
/// missing rows at the observed mean (its missingness is a predictor of its own); and one
/// indicator per category of a categorical predictor but the first present one (R's treatment
/// contrasts).
///
/// Predictors that nearly determine each other in the real data (age = education + experience
/// + 6) get large opposing coefficients; synthetic predictors, drawn without that exact relation,
/// turn them into extreme predictions. Such a column should be given fewer predictors
/// (`--predictors`), as synthpop's users do with its predictor matrix.
struct RegressionDesign {
  /// Dense cells (rows × columns) one design may hold: 200 MB of doubles.
  static let maxCells: Int64 = 25_000_000

  /// The real rows with positive weight, their design and weights.
  var fitRows: [Int] = []
  var fit: DenseDesign
  var weights: [Double] = []
  /// The synthetic target rows' design, in `input.rows` order.
  var draw: DenseDesign
  /// Per design column, the predictor it comes from (−1 for the intercept).
  var owners: [Int] = []
  /// Explained shares at or above this make a predictor "nearly determined" by the others.
  static let nearlyDetermined = 0.99

  init(_ input: ModelInput) throws(SynthesisError) {
    fitRows = input.weights.indices.filter { input.weights[$0] > 0 }
    weights = fitRows.map { Double(input.weights[$0]) }
    // Per predictor: (numeric mean) or (indicator column per class, −1 for the reference).
    var means: [Double?] = []
    var numericColumn: [Int] = []
    var indicators: [[Int]] = []
    var width = 1
    for (f, v) in input.predictors.enumerated() {
      if v.role == .values {
        var sum = 0.0, count = 0.0
        for row in fitRows where v.values[row] != v.fill { sum += v.values[row]; count += 1 }
        means.append(count > 0 ? sum / count : 0)
        numericColumn.append(width)
        owners.append(f)
        indicators.append([])
        width += 1
      } else {
        var present = [Bool](repeating: false, count: v.classCount)
        for row in fitRows { present[Int(v.classes[row])] = true }
        let levels = present.reduce(0) { $0 + ($1 ? 1 : 0) }
        // synthpop's `maxfaclevels`: a factor with more levels makes a regression slow and unstable.
        let most = input.config.regressionMaxLevels
        guard levels <= most else {
          throw .predictorLevels(column: input.name, method: input.method, predictor: input.predictorNames[f], levels: levels, most: most)
        }
        var map = [Int](repeating: -1, count: v.classCount)
        var reference = true
        for c in 0..<v.classCount where present[c] {
          if reference { reference = false; continue }
          map[c] = width
          owners.append(f)
          width += 1
        }
        means.append(nil)
        numericColumn.append(-1)
        indicators.append(map)
      }
    }
    let cells = Int64(max(fitRows.count, input.rows.count)) * Int64(width)
    guard cells <= Self.maxCells else {
      throw .designTooLarge(column: input.name, method: input.method, cells: cells, most: Self.maxCells)
    }
    func fill(_ rows: Int, _ numeric: (Int, Int) -> Double, _ category: (Int, Int) -> Int32) -> DenseDesign {
      var values = [Double](repeating: 0, count: rows * width)
      for i in 0..<rows {
        values[i * width] = 1
        for f in input.predictors.indices {
          if let mean = means[f] {
            let x = numeric(f, i)
            values[i * width + numericColumn[f]] = x == input.predictors[f].fill ? mean : x
          } else {
            let target = indicators[f][Int(category(f, i))]
            if target >= 0 { values[i * width + target] = 1 }
          }
        }
      }
      return DenseDesign(rows: rows, columns: width, values: values)
    }
    let rows = fitRows
    let predictors = input.predictors
    owners.insert(-1, at: 0)
    fit = DenseDesign(rows: 0, columns: width, values: [])
    draw = fit
    fit = fill(rows.count, { f, i in predictors[f].values[rows[i]] }, { f, i in predictors[f].classes[rows[i]] })
    let synthetic = input.synthetic, targets = input.rows
    draw = fill(targets.count,
      { f, i in synthetic.values[synthetic.slot[f]][Int(targets[i])] },
      { f, i in
        let c = synthetic.codes[synthetic.slot[f]][Int(targets[i])]
        return c >= 0 && Int(c) < predictors[f].classCount ? c : 0
      })
  }

  /// The predictor (index into `input.predictors`) whose design column the earlier columns explain
  /// most, with that share, when it is at least `nearlyDetermined` but not exact (exact ones are
  /// dropped and harmless). Such a predictor gets large opposing coefficients, which synthetic
  /// predictors without the exact real relation turn into extreme predictions.
  func nearlyDeterminedPredictor() -> (predictor: Int, explained: Double)? {
    let p = fit.columns
    guard p > 2 else { return nil }
    let (z, _, _) = fit.standardised(weights: weights)
    var matrix = [Double](repeating: 0, count: p * p)
    for i in 0..<z.rows {
      let base = i * p, w = weights[i]
      for a in 1..<p { for b in 1...a { matrix[a * p + b] += w * z.values[base + a] * z.values[base + b] } }
    }
    // Without the intercept: the columns are centred, so the shares are R² on the earlier ones.
    var centred = [Double](repeating: 0, count: (p - 1) * (p - 1))
    for a in 1..<p { for b in 1...a { centred[(a - 1) * (p - 1) + (b - 1)] = matrix[a * p + b] } }
    let factor = Cholesky(centred, size: p - 1, tolerance: 1e-9)
    var best: (Int, Double)? = nil
    for j in 0..<(p - 1) where !factor.dropped[j] && factor.explained[j] >= Self.nearlyDetermined {
      if factor.explained[j] > (best?.1 ?? 0) { best = (owners[j + 1], factor.explained[j]) }
    }
    return best
  }

  /// A fit on numbers near the double range (±1e308) overflows; its draws would be NaN or
  /// infinite, so it is refused with the way out instead.
  static func checkFinite(_ coefficients: [Double], _ sigma: Double, _ input: ModelInput) throws(SynthesisError) {
    guard sigma.isFinite, coefficients.allSatisfy({ $0.isFinite }) else {
      throw .regressionOverflow(column: input.name, method: input.method)
    }
  }
}
