/// A dense design matrix: `rows × columns`, row-major. Column 0 is the intercept (all ones) when
/// the fits below are asked for R's `lm`/`glm` coefficients.
struct DenseDesign {
  let rows: Int
  let columns: Int
  var values: [Double]

  init(rows: Int, columns: Int, values: [Double]) {
    precondition(values.count == rows * columns)
    (self.rows, self.columns, self.values) = (rows, columns, values)
  }

  func linear(_ beta: [Double], row: Int, offset: Int = 0) -> Double {
    var s = 0.0
    let base = row * columns
    for j in 0..<columns { s += values[base + j] * beta[offset + j] }
    return s
  }

  /// Centres and scales every non-constant column by its weighted mean and standard deviation, so
  /// the normal equations are well conditioned (raw ages next to raw incomes would cost half the
  /// digits). `coefficients(original:)` maps coefficients back; column 0 must be the intercept.
  func standardised(weights: [Double]) -> (design: DenseDesign, centres: [Double], scales: [Double]) {
    var centres = [Double](repeating: 0, count: columns), scales = [Double](repeating: 1, count: columns)
    var total = 0.0
    for w in weights { total += w }
    guard total > 0 else { return (self, centres, scales) }
    for j in 1..<max(columns, 1) {
      var mean = 0.0
      for i in 0..<rows { mean += weights[i] * values[i * columns + j] }
      mean /= total
      var variance = 0.0
      for i in 0..<rows { let d = values[i * columns + j] - mean; variance += weights[i] * d * d }
      let sd = (variance / total).squareRoot()
      if sd > 0 && sd.isFinite { (centres[j], scales[j]) = (mean, sd) }
    }
    var out = self
    for i in 0..<rows {
      for j in 1..<max(columns, 1) { out.values[i * columns + j] = (values[i * columns + j] - centres[j]) / scales[j] }
    }
    return (out, centres, scales)
  }

  /// Coefficients on the standardised columns → on the original ones (block `offset` of length
  /// `columns`): β_j = β'_j/s_j and β_0 = β'_0 − Σ β'_j·m_j/s_j.
  static func unstandardise(_ beta: inout [Double], offset: Int, centres: [Double], scales: [Double]) {
    var shift = 0.0
    for j in 1..<centres.count where !beta[offset + j].isNaN {
      beta[offset + j] /= scales[j]
      shift += beta[offset + j] * centres[j]
    }
    beta[offset] -= shift
  }
}

/// Weighted least squares, as R's `lm(y ~ x, weights = w)`: the normal equations of the
/// standardised design solved by `Cholesky`, aliased columns (duplicates, linear combinations)
/// dropped and reported as NaN, as `lm` reports NA.
///
/// Weights are frequency weights (bootstrap counts), so the residual degrees of freedom are
/// Σw − rank. Matches `lm` to about 1e-12 relative on well-posed tables (tested against R 4.2).
enum LeastSquares {
  struct Fit {
    /// Intercept first; NaN where aliased.
    var coefficients: [Double]
    var aliased: [Bool]
    /// The residual standard deviation √(Σ w r² / (Σw − rank)); 0 when no degrees of freedom remain.
    var sigma: Double
    var residualDegrees: Double
    /// The factor of (X'WX) on the standardised design, for drawing coefficients (`proper`).
    var factor: Cholesky
    var centres: [Double]
    var scales: [Double]
  }

  static func fit(_ x: DenseDesign, _ y: [Double], weights: [Double]) -> Fit {
    let (z, centres, scales) = x.standardised(weights: weights)
    let p = x.columns
    var matrix = [Double](repeating: 0, count: p * p)
    var vector = [Double](repeating: 0, count: p)
    for i in 0..<x.rows where weights[i] != 0 {
      let base = i * p, w = weights[i]
      for a in 0..<p {
        let wa = w * z.values[base + a]
        vector[a] += wa * y[i]
        for b in 0...a { matrix[a * p + b] += wa * z.values[base + b] }
      }
    }
    for a in 0..<p { for b in (a + 1)..<max(p, a + 1) { matrix[a * p + b] = matrix[b * p + a] } }
    let factor = Cholesky(matrix, size: p, tolerance: 1e-9)
    var beta = factor.solve(vector)
    var rss = 0.0, total = 0.0
    for i in 0..<x.rows where weights[i] != 0 {
      let r = y[i] - z.linear(beta, row: i)
      rss += weights[i] * r * r
      total += weights[i]
    }
    let degrees = total - Double(factor.rank)
    let sigma = degrees > 0 ? (rss / degrees).squareRoot() : 0
    for j in 0..<p where factor.dropped[j] { beta[j] = .nan }
    DenseDesign.unstandardise(&beta, offset: 0, centres: centres, scales: scales)
    return Fit(coefficients: beta, aliased: factor.dropped, sigma: sigma, residualDegrees: degrees, factor: factor, centres: centres, scales: scales)
  }
}

/// Multinomial logistic regression by Newton's method, as R's `nnet::multinom` (without decay)
/// and, for two classes, `glm(family = binomial)`: class 0 is the reference, and class k ≥ 1 has
/// log(P(k)/P(0)) = x·β_k. Coefficients are `(classes − 1) × columns`, class-major.
///
/// Each step solves H·δ = g on the standardised design with H_(k,l) = Σ w p_k(δ_kl − p_l) x xᵀ and
/// g_k = Σ w (y_k − p_k) x, halving a step that raises the deviance, until the deviance changes by
/// less than 1e-10 relatively, no step lowers it, or after 25 steps (glm's limit). Parameters
/// aliased at the start are dropped (NaN); if the Hessian becomes singular later, as it does when a class is separated by the
/// predictors, a ridge of 1e-8 of its mean diagonal keeps the step finite: the coefficients then
/// grow large but the probabilities stay within [1e-10, 1 − 1e-10].
enum MultinomialLogit {
  struct Fit {
    var coefficients: [Double]
    var aliased: [Bool]
    var iterations: Int
    var converged: Bool
    var deviance: Double
  }

  static let maxIterations = 25
  static let tolerance = 1e-10
  static let clip = 1e-10

  /// `classes[i]` in 0..<classCount; every class should occur with positive weight.
  static func fit(_ x: DenseDesign, classes: [Int32], classCount: Int, weights: [Double]) -> Fit {
    let k1 = classCount - 1, p = x.columns, size = k1 * p
    let (z, centres, scales) = x.standardised(weights: weights)
    var beta = [Double](repeating: 0, count: size)
    // Start at the intercept-only fit: log(share_k / share_0).
    var shares = [Double](repeating: 0, count: classCount)
    for i in 0..<x.rows { shares[Int(classes[i])] += weights[i] }
    for k in 0..<k1 where shares[k + 1] > 0 && shares[0] > 0 { beta[k * p] = Math.log(shares[k + 1] / shares[0]) }
    var probabilities = [Double](repeating: 0, count: x.rows * classCount)
    var deviance = evaluate(z, beta, classes: classes, classCount: classCount, weights: weights, probabilities: &probabilities)
    var excluded: [Bool]? = nil
    var rank = 0, iterations = 0, converged = false
    var trial = probabilities
    while iterations < maxIterations && !converged && size > 0 {
      iterations += 1
      var hessian = [Double](repeating: 0, count: size * size)
      var gradient = [Double](repeating: 0, count: size)
      // The O(n·k²·p²) heart of the fit: raw buffers keep it free of bounds checks.
      hessian.withUnsafeMutableBufferPointer { h in z.values.withUnsafeBufferPointer { zv in
        for i in 0..<x.rows where weights[i] != 0 {
          let base = i * p, w = weights[i], pb = i * classCount
          for k in 0..<k1 {
            let pk = probabilities[pb + k + 1]
            let residual = (Int(classes[i]) == k + 1 ? 1 : 0) - pk
            for a in 0..<p { gradient[k * p + a] += w * residual * zv[base + a] }
            // Lower triangle only: blocks l ≤ k, and within the diagonal block b ≤ a.
            for l in 0...k {
              let factor = w * pk * ((k == l ? 1 : 0) - probabilities[pb + l + 1])
              if factor == 0 { continue }
              for a in 0..<p {
                let fa = factor * zv[base + a]
                let row = (k * p + a) * size + l * p
                let last = l == k ? a : p - 1
                for b in 0...last { h[row + b] += fa * zv[base + b] }
              }
            }
          }
        }
      } }
      let factor = Cholesky.newtonStep(hessian, size: size, excluded: &excluded, rank: &rank)
      let delta = factor.solve(gradient)
      var step = 1.0
      var next = beta, nextDeviance = Double.nan
      for _ in 0..<11 {
        for j in 0..<size { next[j] = beta[j] + step * delta[j] }
        nextDeviance = evaluate(z, next, classes: classes, classCount: classCount, weights: weights, probabilities: &trial)
        if nextDeviance.isFinite && nextDeviance <= deviance * (1 + 1e-12) { break }
        step /= 2
      }
      // No step along δ lowers the deviance: the quadratic model has failed (a nearly separated
      // class makes the Hessian nearly singular), and the current fit is the best one found.
      guard nextDeviance.isFinite, nextDeviance <= deviance * (1 + 1e-12) else { break }
      converged = abs(nextDeviance - deviance) / (abs(nextDeviance) + 0.1) < tolerance
      beta = next
      deviance = nextDeviance
      swap(&probabilities, &trial)
    }
    let aliased = excluded ?? [Bool](repeating: false, count: size)
    for j in 0..<size where aliased[j] { beta[j] = .nan }
    for k in 0..<k1 { DenseDesign.unstandardise(&beta, offset: k * p, centres: centres, scales: scales) }
    return Fit(coefficients: beta, aliased: aliased, iterations: iterations, converged: converged, deviance: deviance)
  }

  /// Class probabilities of every row (row-major, `classCount` per row) on the original design;
  /// NaN (aliased) coefficients count as 0.
  static func probabilities(_ x: DenseDesign, _ beta: [Double], classCount: Int, row i: Int, into out: inout [Double]) {
    let p = x.columns
    var top = 0.0
    out[0] = 0
    for k in 1..<classCount {
      var eta = 0.0
      for a in 0..<p where !beta[(k - 1) * p + a].isNaN { eta += x.values[i * p + a] * beta[(k - 1) * p + a] }
      out[k] = eta
      top = max(top, eta)
    }
    var sum = 0.0
    for k in 0..<classCount { out[k] = Math.exp(out[k] - top); sum += out[k] }
    for k in 0..<classCount { out[k] /= sum }
  }

  /// Fills clipped probabilities and returns the deviance −2 Σ w log p_(y).
  private static func evaluate(
    _ z: DenseDesign, _ beta: [Double], classes: [Int32], classCount: Int, weights: [Double], probabilities: inout [Double]
  ) -> Double {
    var deviance = 0.0
    var row = [Double](repeating: 0, count: classCount)
    for i in 0..<z.rows {
      Self.probabilities(z, beta, classCount: classCount, row: i, into: &row)
      for k in 0..<classCount { probabilities[i * classCount + k] = min(max(row[k], clip), 1 - clip) }
      if weights[i] != 0 { deviance -= 2 * weights[i] * Math.log(probabilities[i * classCount + Int(classes[i])]) }
    }
    return deviance
  }
}
