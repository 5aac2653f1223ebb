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
/// ch. 2.5; R's `glm.fit`), written as a Newton step for β (`irls`), which is generic over the
/// design (`IRLSDesign`): the same loop fits `--model` on a dense design and the propensity
/// model (`LogisticRegression`) on the sparse main-effects one. `fit` centres and scales a dense
/// design first (`DenseDesign.standardised`) and solves by `Cholesky`, so raw incomes next to ages
/// lose no digits; the coefficients and their covariance are mapped back to the design's own units
/// (β = Aβ', Cov = A Cov' Aᵀ), as `lm`/`glm` report them. Without an intercept the columns are only
/// scaled (centring would change the model).
///
/// - Aliased columns (a duplicate, a level no row has, a linear combination) are found at the first
///   step (`Cholesky`, 1 − R² ≤ 1e-10) and dropped: their coefficient and standard error are NaN,
///   as R reports NA. A fit never traps on a singular design.
/// - Convergence (`Control`): the deviance changes by less than 1e-12 relatively (R: 1e-8; tighter
///   so that a fit matches R's to 1e-8 whatever R's last step was), at most 50 steps. A step that
///   makes the deviance non-finite or larger is halved (up to 10 times), as `glm.fit` does for
///   non-finite ones; when none lowers it, the fit stops there (converged false).
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

  /// How long the IRLS runs: glm's defaults (25 steps, 1e-8) for the propensity model, whose
  /// coefficients nobody reads; tighter for `--model`, which must match R to 1e-8 whatever R's
  /// last step was.
  struct Control {
    var maxIterations = 50
    var tolerance = 1e-12

    static let glm = Control(maxIterations: 25, tolerance: 1e-8)
  }

  /// The IRLS itself, on the design's own columns (see `IRLSDesign`).
  struct Solution {
    /// 0 where aliased.
    var coefficients: [Double]
    /// η and μ of every row at the solution.
    var linear: [Double]
    var fitted: [Double]
    var deviance: Double
    var aliased: [Bool]
    var iterations: Int
    var converged: Bool
  }

  /// R's `.Machine$double.eps`.
  static let epsilon = 2.220446049250313e-16

  /// Fits `y` on every row of `x` as `glm` does: coefficients and covariance in `x`'s own units.
  /// With `intercept`, column 0 must be all ones.
  static func fit(_ x: DenseDesign, _ y: [Double], family: GLMFamily, intercept: Bool, control: Control = Control()) -> Fit {
    let n = x.rows, p = x.columns
    let ones = [Double](repeating: 1, count: n)
    let (z, centres, scales) = intercept ? x.standardised(weights: ones) : scaled(x)
    let solution = irls(z, y, family: family, control: control)
    let (beta, aliased, deviance) = (solution.coefficients, solution.aliased, solution.deviance)
    let rank = aliased.reduce(0) { $0 + ($1 ? 0 : 1) }
    let degrees = n - rank
    let dispersion: Double
    switch family {
    case .gaussian: dispersion = degrees > 0 ? deviance / Double(degrees) : .nan
    case .binomial, .poisson: dispersion = 1
    }
    // The covariance at the final fit.
    let (matrix, _) = z.crossProducts(weights: workingWeights(family, solution.fitted), residuals: ones)
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
    for m in solution.fitted where family == .binomial && (m < edge || m > 1 - edge) || family == .poisson && m < edge { boundary = true }
    return Fit(
      family: family, coefficients: coefficients, standardErrors: errors, covariance: covariance, aliased: aliased, dispersion: dispersion,
      deviance: deviance, residualDegrees: degrees, rows: n, iterations: solution.iterations, converged: solution.converged, boundary: boundary)
  }

  /// Iteratively reweighted least squares in Newton form: each step solves (X'WX)δ = X'r with
  /// rᵢ = wᵢ(zᵢ − (Xβ)ᵢ), zᵢ = ηᵢ + (yᵢ − μᵢ)g'(μᵢ), and moves β by δ (halved while the deviance
  /// is non-finite or larger, up to 10 times). The first step starts from R's μ, not from a β
  /// (β = 0, η = g(μ)). Columns aliased at the first step are dropped for good; when the weights
  /// later make X'WX singular (a separated outcome), a ridge of 1e-8 of its mean diagonal keeps
  /// the step finite, and the coefficients grow large but stay finite.
  static func irls<Design: IRLSDesign>(_ x: Design, _ y: [Double], family: GLMFamily, control: Control = Control()) -> Solution {
    let n = x.rowCount, p = x.parameterCount
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
    // Xβ: 0 before the first step, whatever η the start implies.
    var linear = [Double](repeating: 0, count: n)
    var excluded: [Bool]? = nil
    var rank = 0
    var deviance = Double.infinity
    var iterations = 0, converged = false
    var residuals = [Double](repeating: 0, count: n)
    var nextEta = eta, nextMu = mu
    while iterations < control.maxIterations && !converged && p > 0 {
      iterations += 1
      let weights = workingWeights(family, mu)
      for i in 0..<n { residuals[i] = weights[i] > 0 ? weights[i] * (eta[i] + (y[i] - mu[i]) * derivative(family, mu[i]) - linear[i]) : 0 }
      let (matrix, vector) = x.crossProducts(weights: weights, residuals: residuals)
      let factor = Cholesky.newtonStep(matrix, size: p, excluded: &excluded, rank: &rank)
      let delta = factor.solve(vector)
      var step = 1.0
      var next = beta, nextDeviance = Double.nan
      for _ in 0...10 {
        for j in 0..<p { next[j] = beta[j] + step * delta[j] }
        for i in 0..<n {
          nextEta[i] = x.linearPredictor(next, row: i)
          nextMu[i] = inverseLink(family, nextEta[i])
        }
        nextDeviance = Self.deviance(family, y, nextMu)
        if nextDeviance.isFinite && nextDeviance <= deviance * (1 + 1e-12) { break }
        step /= 2
      }
      // No step along δ lowers the deviance: the current fit is the best one found.
      guard nextDeviance.isFinite, nextDeviance <= deviance * (1 + 1e-12) else { break }
      converged = family == .gaussian || abs(nextDeviance - deviance) / (abs(nextDeviance) + 0.1) < control.tolerance
      beta = next
      deviance = nextDeviance
      swap(&eta, &nextEta)
      swap(&mu, &nextMu)
      linear = eta
    }
    if p == 0 { deviance = Self.deviance(family, y, mu) }
    return Solution(
      coefficients: beta, linear: eta, fitted: mu, deviance: deviance, aliased: excluded ?? [Bool](repeating: false, count: p),
      iterations: iterations, converged: converged)
  }

  /// w = 1/(g'(μ)² V(μ)) per row; 0 where that is not a positive finite number.
  static func workingWeights(_ family: GLMFamily, _ mu: [Double]) -> [Double] {
    mu.map { m in
      let d = derivative(family, m)
      let w = 1 / (d * d * variance(family, m))
      return w.isFinite && w > 0 ? w : 0
    }
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

/// A design matrix the IRLS of `GeneralizedLinearModel` can fit: dense (`DenseDesign`, a model's
/// own formula) or sparse (`DesignMatrix`, the propensity model's main effects), so one loop
/// serves both. Coefficients are in the design's own columns.
protocol IRLSDesign {
  var rowCount: Int { get }
  var parameterCount: Int { get }
  /// X'WX (both triangles, row-major) and X'r over every row: weight wᵢ and residual rᵢ per row.
  func crossProducts(weights: [Double], residuals: [Double]) -> (matrix: [Double], vector: [Double])
  /// (Xβ)ᵢ.
  func linearPredictor(_ beta: [Double], row: Int) -> Double
}

extension DenseDesign: IRLSDesign {
  var rowCount: Int { rows }
  var parameterCount: Int { columns }

  func crossProducts(weights: [Double], residuals: [Double]) -> (matrix: [Double], vector: [Double]) {
    let n = rows, p = columns
    var matrix = [Double](repeating: 0, count: p * p)
    var vector = [Double](repeating: 0, count: p)
    matrix.withUnsafeMutableBufferPointer { m in
      values.withUnsafeBufferPointer { x in
        for i in 0..<n where weights[i] != 0 {
          let w = weights[i], base = i * p
          for a in 0..<p {
            vector[a] += residuals[i] * x[base + a]
            let wa = w * x[base + a]
            for b in 0...a { m[a * p + b] += wa * x[base + b] }
          }
        }
      }
    }
    for a in 0..<p { for b in (a + 1)..<max(p, a + 1) { matrix[a * p + b] = matrix[b * p + a] } }
    return (matrix, vector)
  }

  func linearPredictor(_ beta: [Double], row: Int) -> Double { linear(beta, row: row) }
}
