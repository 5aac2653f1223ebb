/// The families of `GeneralizedLinearModel`, each with R's canonical link.
enum GLMFamily: String, Equatable, CaseIterable, Sendable {
  /// Identity link, variance 1: least squares, R's `lm`.
  case gaussian
  /// Logit link, variance μ(1 − μ); the outcome is 0 or 1.
  case binomial
  /// Log link, variance μ; the outcome is a count (0 or more).
  case poisson
}

/// Generalised linear models fitted by iteratively reweighted least squares, as R's `glm.fit`
/// (and `lm` for the gaussian family): the same coefficients, standard errors and deviance.
///
/// Each step solves the weighted normal equations (X'WX)β = X'Wz with working weights
/// w = 1/(g'(μ)² V(μ)) and working response z = η + (y − μ) g'(μ) (McCullagh & Nelder 1989,
/// ch. 2.5; R's `glm.fit`). The design is centred and scaled first (`DenseDesign.standardised`)
/// and solved by `Cholesky`, so raw incomes next to ages lose no digits; the coefficients and their
/// covariance are mapped back to the design's own units (β = Aβ', Cov = A Cov' Aᵀ), as `lm`/`glm`
/// report them. Without an intercept the columns are only scaled (centring would change the model).
///
/// - Aliased columns (a duplicate, a level no row has, a linear combination) are found at the first
///   step (`Cholesky`, 1 − R² ≤ 1e-10) and dropped: their coefficient and standard error are NaN,
///   as R reports NA. A fit never traps on a singular design.
/// - Convergence: the deviance changes by less than 1e-12 relatively (R: 1e-8; tighter so that a
///   fit matches R's to 1e-8 whatever R's last step was), at most 50 steps. A step that makes the
///   deviance non-finite or larger is halved (up to 10 times), as `glm.fit` does for non-finite ones.
/// - Starting values as R's: μ = (y + ½)/2 for binomial, μ = y + 0.1 for poisson.
/// - Separation (a binomial outcome predicted perfectly) shows as fitted probabilities within
///   10 ε of 0 or 1 (R's warning "fitted probabilities numerically 0 or 1 occurred"): `boundary`.
/// - Dispersion: RSS/(n − rank) for gaussian, 1 for binomial and poisson (`summary.glm`).
///
///     // y = 1 + 2x exactly: coefficients [1, 2], standard errors 0
///     let x = DenseDesign(rows: 3, columns: 2, values: [1, 0, 1, 1, 1, 2])
///     GeneralizedLinearModel.fit(x, [1, 3, 5], family: .gaussian, intercept: true).coefficients
/// - Complexity: O(n p²) per step, O(p³) for the factorisation.
enum GeneralizedLinearModel {
  struct Fit {
    var family: GLMFamily
    /// Per design column; NaN where aliased.
    var coefficients: [Double]
    var standardErrors: [Double]
    /// Dispersion × (X'WX)⁻¹ in the design's units, row-major p × p; NaN in aliased rows and columns.
    var covariance: [Double]
    var aliased: [Bool]
    var dispersion: Double
    var deviance: Double
    /// Rows minus the rank.
    var residualDegrees: Int
    var rows: Int
    var iterations: Int
    var converged: Bool
    /// Fitted probabilities (or rates) numerically 0 or 1: the outcome is separated by the predictors.
    var boundary: Bool

    var rank: Int { aliased.reduce(0) { $0 + ($1 ? 0 : 1) } }
  }

  static let maxIterations = 50
  static let tolerance = 1e-12
  /// R's `.Machine$double.eps`.
  static let epsilon = 2.220446049250313e-16

  /// Fits `y` on every row of `x`. With `intercept`, column 0 must be all ones.
  static func fit(_ x: DenseDesign, _ y: [Double], family: GLMFamily, intercept: Bool) -> Fit {
    let n = x.rows, p = x.columns
    let ones = [Double](repeating: 1, count: n)
    let (z, centres, scales) = intercept ? x.standardised(weights: ones) : scaled(x)
    var mu = [Double](repeating: 0, count: n), eta = [Double](repeating: 0, count: n)
    for i in 0..<n {
      switch family {
      case .gaussian: mu[i] = y[i]
      case .binomial: mu[i] = (y[i] + 0.5) / 2
      case .poisson: mu[i] = y[i] + 0.1
      }
      eta[i] = link(family, mu[i])
    }
    var beta = [Double](repeating: 0, count: p)
    var excluded: [Bool]? = nil
    var deviance = Double.infinity
    var iterations = 0, converged = false
    while iterations < maxIterations && !converged && p > 0 {
      iterations += 1
      let (matrix, vector) = normalEquations(z, y, family: family, eta: eta, mu: mu)
      let factor = Cholesky(matrix, size: p, tolerance: 1e-10, excluded: excluded)
      if excluded == nil { excluded = factor.dropped }
      let target = factor.solve(vector)
      // The first step starts from μ, not from a β: take it whole.
      var step = 1.0
      var next = target, nextDeviance = Double.nan
      var nextEta = eta, nextMu = mu
      for _ in 0...10 {
        for j in 0..<p { next[j] = iterations == 1 ? target[j] : beta[j] + step * (target[j] - beta[j]) }
        for i in 0..<n {
          nextEta[i] = z.linear(next, row: i)
          nextMu[i] = inverseLink(family, nextEta[i])
        }
        nextDeviance = Self.deviance(family, y, nextMu)
        if nextDeviance.isFinite && (iterations == 1 || nextDeviance <= deviance * (1 + 1e-12) + 1e-300) { break }
        step /= 2
      }
      guard nextDeviance.isFinite else { break }
      if iterations > 1 && nextDeviance > deviance * (1 + 1e-12) + 1e-300 {
        // No step lowers the deviance: the current fit is the best one found.
        converged = abs(nextDeviance - deviance) / (abs(deviance) + 0.1) < 1e-8
        break
      }
      converged = family == .gaussian || abs(nextDeviance - deviance) / (abs(nextDeviance) + 0.1) < tolerance
      (beta, eta, mu, deviance) = (next, nextEta, nextMu, nextDeviance)
    }
    let aliased = excluded ?? [Bool](repeating: false, count: p)
    let rank = aliased.reduce(0) { $0 + ($1 ? 0 : 1) }
    let degrees = n - rank
    let dispersion: Double
    switch family {
    case .gaussian: dispersion = degrees > 0 ? deviance / Double(degrees) : .nan
    case .binomial, .poisson: dispersion = 1
    }
    // The covariance at the final fit.
    let (matrix, _) = normalEquations(z, y, family: family, eta: eta, mu: mu)
    let inverse = Cholesky(matrix, size: p, tolerance: 1e-10, excluded: aliased).inverse()
    // β = Aβ' with A = diag(1/s) plus, with an intercept, row 0 = (1, −c₁/s₁, …, −c_p/s_p).
    var a = [Double](repeating: 0, count: p * p)
    for j in 0..<p { a[j * p + j] = 1 / scales[j] }
    if intercept && p > 0 {
      for j in 1..<p { a[j] = -centres[j] / scales[j] }
    }
    var coefficients = [Double](repeating: 0, count: p)
    for r in 0..<p {
      for j in 0..<p where !aliased[j] { coefficients[r] += a[r * p + j] * beta[j] }
    }
    // Cov = A·Cov'·Aᵀ, Cov' = dispersion·(Z'WZ)⁻¹ (zero in aliased rows and columns).
    var left = [Double](repeating: 0, count: p * p)
    for r in 0..<p {
      for c in 0..<p {
        var s = 0.0
        for k in 0..<p { s += a[r * p + k] * inverse[k * p + c] }
        left[r * p + c] = s
      }
    }
    var covariance = [Double](repeating: 0, count: p * p)
    for r in 0..<p {
      for c in 0..<p {
        var s = 0.0
        for k in 0..<p { s += left[r * p + k] * a[c * p + k] }
        covariance[r * p + c] = dispersion * s
      }
    }
    var errors = (0..<p).map { covariance[$0 * p + $0] >= 0 ? covariance[$0 * p + $0].squareRoot() : Double.nan }
    for j in 0..<p where aliased[j] {
      coefficients[j] = .nan
      errors[j] = .nan
      for k in 0..<p { covariance[j * p + k] = .nan; covariance[k * p + j] = .nan }
    }
    var boundary = false
    let edge = 10 * epsilon
    for m in mu where family == .binomial && (m < edge || m > 1 - edge) || family == .poisson && m < edge { boundary = true }
    return Fit(
      family: family, coefficients: coefficients, standardErrors: errors, covariance: covariance, aliased: aliased, dispersion: dispersion,
      deviance: deviance, residualDegrees: degrees, rows: n, iterations: iterations, converged: converged, boundary: boundary)
  }

  /// X'WX (both triangles) and X'Wz of one IRLS step.
  private static func normalEquations(_ z: DenseDesign, _ y: [Double], family: GLMFamily, eta: [Double], mu: [Double]) -> (matrix: [Double], vector: [Double]) {
    let n = z.rows, p = z.columns
    var matrix = [Double](repeating: 0, count: p * p)
    var vector = [Double](repeating: 0, count: p)
    matrix.withUnsafeMutableBufferPointer { m in
      z.values.withUnsafeBufferPointer { x in
        for i in 0..<n {
          let d = derivative(family, mu[i])
          let w = 1 / (d * d * variance(family, mu[i]))
          guard w.isFinite, w > 0 else { continue }
          let working = eta[i] + (y[i] - mu[i]) * d
          let base = i * p
          for a in 0..<p {
            let wa = w * x[base + a]
            vector[a] += wa * working
            for b in 0...a { m[a * p + b] += wa * x[base + b] }
          }
        }
      }
    }
    for a in 0..<p { for b in (a + 1)..<max(p, a + 1) { matrix[a * p + b] = matrix[b * p + a] } }
    return (matrix, vector)
  }

  /// Columns scaled by their root mean square, not centred (a model without an intercept).
  private static func scaled(_ x: DenseDesign) -> (design: DenseDesign, centres: [Double], scales: [Double]) {
    var scales = [Double](repeating: 1, count: x.columns)
    for j in 0..<x.columns {
      var squares = 0.0
      for i in 0..<x.rows { squares += x.values[i * x.columns + j] * x.values[i * x.columns + j] }
      let rms = (squares / Double(max(x.rows, 1))).squareRoot()
      if rms > 0 && rms.isFinite { scales[j] = rms }
    }
    var out = x
    for i in 0..<x.rows { for j in 0..<x.columns { out.values[i * x.columns + j] /= scales[j] } }
    return (out, [Double](repeating: 0, count: x.columns), scales)
  }

  // MARK: Families

  /// η = g(μ).
  static func link(_ family: GLMFamily, _ mu: Double) -> Double {
    switch family {
    case .gaussian: return mu
    case .binomial: return Math.log(mu / (1 - mu))
    case .poisson: return Math.log(mu)
    }
  }

  /// μ = g⁻¹(η), kept inside the family's range as R's `binomial()$linkinv` and `poisson()$linkinv` do.
  static func inverseLink(_ family: GLMFamily, _ eta: Double) -> Double {
    switch family {
    case .gaussian: return eta
    case .binomial:
      // R's C code: e^η, with ε below η = −30 and 1/ε above 30, so μ stays within (0, 1).
      let t = eta < -30 ? epsilon : eta > 30 ? 1 / epsilon : Math.exp(eta)
      return t / (1 + t)
    case .poisson: return max(Math.exp(eta), epsilon)
    }
  }

  /// dη/dμ = g'(μ).
  static func derivative(_ family: GLMFamily, _ mu: Double) -> Double {
    switch family {
    case .gaussian: return 1
    case .binomial: return 1 / (mu * (1 - mu))
    case .poisson: return 1 / mu
    }
  }

  /// V(μ).
  static func variance(_ family: GLMFamily, _ mu: Double) -> Double {
    switch family {
    case .gaussian: return 1
    case .binomial: return mu * (1 - mu)
    case .poisson: return mu
    }
  }

  /// The residual deviance: Σ(y − μ)² (gaussian), −2Σ[y log μ + (1 − y) log(1 − μ)] (binomial,
  /// y ∈ {0, 1}), 2Σ[y log(y/μ) − (y − μ)] with 0 log 0 = 0 (poisson).
  static func deviance(_ family: GLMFamily, _ y: [Double], _ mu: [Double]) -> Double {
    var sum = 0.0
    for i in 0..<y.count {
      switch family {
      case .gaussian: sum += (y[i] - mu[i]) * (y[i] - mu[i])
      case .binomial: sum -= 2 * (y[i] > 0.5 ? Math.log(mu[i]) : Math.log(1 - mu[i]))
      case .poisson: sum += 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]))
      }
    }
    return sum
  }
}
