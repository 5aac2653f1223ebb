/// A fitted univariate distribution for a numeric column (metasyn's choice by BIC), the marginal
/// of the Gaussian copula: a value x maps to Φ⁻¹(cdf(x)) and back through `quantile(Φ(z))`.
///
/// Families and densities (k = parameter count in BIC):
/// - normal(μ, σ), k = 2: φ((x − μ)/σ)/σ.
/// - truncated normal(μ, σ) on [lower, upper] = observed [min, max], k = 4:
///   φ((x − μ)/σ) / (σ·(Φ(b) − Φ(a))), a = (lower − μ)/σ, b = (upper − μ)/σ.
/// - lognormal(μ, σ) for x > 0, k = 2: φ((ln x − μ)/σ)/(σ·x).
/// - gamma(k, θ) for x > 0, k = 2: x^(k−1)·e^(−x/θ) / (Γ(k)·θ^k).
/// - beta(α, β) on [lower, upper] = observed [min, max], k = 4: with t = (x − lower)/(upper − lower)
///   pushed into [ε, 1 − ε] (ε = 1e-6) so the end points keep a finite density,
///   t^(α−1)·(1 − t)^(β−1) / (B(α, β)·(upper − lower)).
/// - uniform on [lower, upper], k = 2: 1/(upper − lower).
///
/// `fitAll` fits each by maximum likelihood and ranks by BIC = ln(n)·k − 2·ln L.
enum ParametricMarginal: Equatable {
  case normal(mean: Double, sd: Double)
  case truncatedNormal(mean: Double, sd: Double, lower: Double, upper: Double)
  case lognormal(meanLog: Double, sdLog: Double)
  case gamma(shape: Double, scale: Double)
  case beta(alpha: Double, beta: Double, lower: Double, upper: Double)
  case uniform(lower: Double, upper: Double)

  /// How far the beta fit pushes end points inside (0, 1), on the rescaled [0, 1] scale.
  static let betaEpsilon = 1e-6

  var name: String {
    switch self {
    case .normal: return "normal"
    case .truncatedNormal: return "truncated normal"
    case .lognormal: return "lognormal"
    case .gamma: return "gamma"
    case .beta: return "beta"
    case .uniform: return "uniform"
    }
  }

  /// Free parameters in BIC; observed bounds count as fitted parameters (as metasyn does).
  var parameterCount: Int {
    switch self {
    case .normal, .lognormal, .gamma, .uniform: return 2
    case .truncatedNormal, .beta: return 4
    }
  }

  // MARK: - Likelihood

  /// Σ ln f(xᵢ). Any value outside the support gives −∞; invalid parameters (σ ≤ 0, empty
  /// interval) give NaN. Summed in input order.
  func logLikelihood(_ values: [Double]) -> Double {
    let n = Double(values.count)
    switch self {
    case .normal(let mean, let sd):
      guard sd > 0 else { return .nan }
      var sum = 0.0
      for x in values {
        let z = (x - mean) / sd
        sum += -0.5 * z * z
      }
      return sum - n * (Math.log(sd) + Math.logSqrt2Pi)

    case .truncatedNormal(let mean, let sd, let lower, let upper):
      guard sd > 0, lower < upper else { return .nan }
      let mass = Self.normalMass((lower - mean) / sd, (upper - mean) / sd)
      guard mass > 0 else { return -.infinity }
      var sum = 0.0
      for x in values {
        if !(x >= lower && x <= upper) { return -.infinity }
        let z = (x - mean) / sd
        sum += -0.5 * z * z
      }
      return sum - n * (Math.log(sd) + Math.logSqrt2Pi + Math.log(mass))

    case .lognormal(let meanLog, let sdLog):
      guard sdLog > 0 else { return .nan }
      var sum = 0.0
      for x in values {
        if !(x > 0) { return -.infinity }
        let logX = Math.log(x)
        let z = (logX - meanLog) / sdLog
        sum += -0.5 * z * z - logX
      }
      return sum - n * (Math.log(sdLog) + Math.logSqrt2Pi)

    case .gamma(let shape, let scale):
      guard shape > 0, scale > 0 else { return .nan }
      var sum = 0.0
      for x in values {
        if !(x > 0) { return -.infinity }
        sum += (shape - 1) * Math.log(x) - x / scale
      }
      return sum - n * (Math.lgamma(shape) + shape * Math.log(scale))

    case .beta(let alpha, let beta, let lower, let upper):
      guard alpha > 0, beta > 0, lower < upper else { return .nan }
      let width = upper - lower
      var sum = 0.0
      for x in values {
        if !(x >= lower && x <= upper) { return -.infinity }
        let t = Self.pushedInside((x - lower) / width)
        sum += (alpha - 1) * Math.log(t) + (beta - 1) * Math.log(1 - t)
      }
      return sum - n * (Math.logBeta(alpha, beta) + Math.log(width))

    case .uniform(let lower, let upper):
      guard lower <= upper else { return .nan }
      for x in values where !(x >= lower && x <= upper) { return -.infinity }
      return -n * Math.log(upper - lower)  // +∞ for a point mass
    }
  }

  // MARK: - cdf and quantile

  /// P(X ≤ x): 0 below the support, 1 above; NaN → NaN.
  func cdf(_ x: Double) -> Double {
    if x.isNaN { return x }
    switch self {
    case .normal(let mean, let sd):
      return Math.normalCDF((x - mean) / sd)
    case .truncatedNormal(let mean, let sd, let lower, let upper):
      if x <= lower { return 0 }
      if x >= upper { return 1 }
      let a = (lower - mean) / sd
      let mass = Self.normalMass(a, (upper - mean) / sd)
      guard mass > 0 else { return (x - lower) / (upper - lower) }
      return min(1, Self.normalMass(a, (x - mean) / sd) / mass)
    case .lognormal(let meanLog, let sdLog):
      if x <= 0 { return 0 }
      return Math.normalCDF((Math.log(x) - meanLog) / sdLog)
    case .gamma(let shape, let scale):
      if x <= 0 { return 0 }
      return Math.regularizedGammaP(shape, x / scale)
    case .beta(let alpha, let beta, let lower, let upper):
      if x <= lower { return 0 }
      if x >= upper { return 1 }
      return Math.regularizedBeta((x - lower) / (upper - lower), alpha, beta)
    case .uniform(let lower, let upper):
      if x < lower { return 0 }
      if x >= upper { return 1 }
      return (x - lower) / (upper - lower)
    }
  }

  /// The inverse of `cdf`, monotone in p: closed forms for normal, lognormal and uniform,
  /// inversion of Φ for the truncated normal, bracketing then bisection on the cdf for gamma and
  /// beta. p ≤ 0 → the lower end of the support, p ≥ 1 → the upper end; NaN → NaN.
  func quantile(_ p: Double) -> Double {
    if p.isNaN { return p }
    switch self {
    case .normal(let mean, let sd):
      if p <= 0 { return -.infinity }
      if p >= 1 { return .infinity }
      return mean + sd * Math.normalQuantile(p)
    case .truncatedNormal(let mean, let sd, let lower, let upper):
      if p <= 0 { return lower }
      if p >= 1 { return upper }
      let a = (lower - mean) / sd, b = (upper - mean) / sd
      let mass = Self.normalMass(a, b)
      guard mass > 0 else { return lower + p * (upper - lower) }
      let z: Double
      if a >= 0 {  // both bounds in the upper tail: invert the survival function Φ(−z)
        z = -Math.normalQuantile(Math.normalCDF(-a) - p * mass)
      } else {
        z = Math.normalQuantile(Math.normalCDF(a) + p * mass)
      }
      return min(upper, max(lower, mean + sd * z))
    case .lognormal(let meanLog, let sdLog):
      if p <= 0 { return 0 }
      if p >= 1 { return .infinity }
      return Math.exp(meanLog + sdLog * Math.normalQuantile(p))
    case .gamma(let shape, let scale):
      if p <= 0 { return 0 }
      if p >= 1 { return .infinity }
      return scale * Self.gammaQuantile(shape, p)
    case .beta(let alpha, let beta, let lower, let upper):
      if p <= 0 { return lower }
      if p >= 1 { return upper }
      let t = Self.bisect(low: 0, high: 1) { Math.regularizedBeta($0, alpha, beta) < p }
      return min(upper, lower + t * (upper - lower))
    case .uniform(let lower, let upper):
      if p <= 0 { return lower }
      if p >= 1 { return upper }
      return lower + p * (upper - lower)
    }
  }

  // MARK: - Fitting

  /// Fits every candidate whose support covers the data by maximum likelihood and returns them
  /// sorted by BIC = ln(n)·k − 2·ln L, lowest first (ties keep the family order normal, truncated
  /// normal, lognormal, gamma, beta, uniform).
  ///
  /// Non-finite values are ignored. Lognormal and gamma need every value > 0. Fewer than 3
  /// values, or all equal → `[(.uniform(min, max), NaN)]` only (BIC not available); no values at
  /// all → `.uniform(0, 0)`. Candidates whose fit fails (non-finite likelihood) are left out.
  static func fitAll(_ values: [Double]) -> [(marginal: ParametricMarginal, bic: Double)] {
    let finite = values.filter { $0.isFinite }
    guard let low = finite.min(), let high = finite.max() else {
      return [(.uniform(lower: 0, upper: 0), .nan)]
    }
    let fallback = [(marginal: ParametricMarginal.uniform(lower: low, upper: high), bic: Double.nan)]
    guard finite.count >= 3, low < high, (high - low).isFinite else { return fallback }

    let n = Double(finite.count)
    var mean = 0.0
    for x in finite { mean += x }
    mean /= n
    var variance = 0.0
    for x in finite { variance += (x - mean) * (x - mean) }
    variance /= n
    let sd = variance.squareRoot()

    var candidates: [ParametricMarginal] = []
    if sd > 0 {
      candidates.append(.normal(mean: mean, sd: sd))
      candidates.append(fitTruncatedNormal(mean: mean, variance: variance, lower: low, upper: high))
    }
    if low > 0 {
      var meanLog = 0.0
      for x in finite { meanLog += Math.log(x) }
      meanLog /= n
      var varianceLog = 0.0
      for x in finite {
        let d = Math.log(x) - meanLog
        varianceLog += d * d
      }
      varianceLog /= n
      if varianceLog > 0 {
        candidates.append(.lognormal(meanLog: meanLog, sdLog: varianceLog.squareRoot()))
      }
      if let shape = fitGammaShape(logOfMean: Math.log(mean), meanOfLog: meanLog) {
        candidates.append(.gamma(shape: shape, scale: mean / shape))
      }
    }
    if let beta = fitBeta(finite, lower: low, upper: high) { candidates.append(beta) }
    candidates.append(.uniform(lower: low, upper: high))

    let logN = Math.log(n)
    var ranked: [(marginal: ParametricMarginal, bic: Double, order: Int)] = []
    for (order, candidate) in candidates.enumerated() {
      let logL = candidate.logLikelihood(finite)
      let bic = logN * Double(candidate.parameterCount) - 2 * logL
      if bic.isFinite { ranked.append((candidate, bic, order)) }
    }
    if ranked.isEmpty { return fallback }
    ranked.sort { $0.bic < $1.bic || ($0.bic == $1.bic && $0.order < $1.order) }
    return ranked.map { (marginal: $0.marginal, bic: $0.bic) }
  }

  /// The candidate with the lowest BIC (see `fitAll`).
  static func best(_ values: [Double]) -> ParametricMarginal {
    fitAll(values)[0].marginal
  }

  // MARK: - Family fits

  /// Gamma shape k solving ln k − ψ(k) = s, s = ln(mean) − mean(ln x) > 0 (the profile
  /// likelihood with θ = mean/k): Minka's (2002) closed-form start, then Newton steps, which
  /// converge monotonically because ln k − ψ(k) is convex and decreasing. nil when s ≤ 0.
  static func fitGammaShape(logOfMean: Double, meanOfLog: Double) -> Double? {
    let s = logOfMean - meanOfLog
    guard s > 0, s.isFinite else { return nil }
    var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
    for _ in 0..<100 {
      let residual = Math.log(k) - Math.digamma(k) - s
      let slope = 1 / k - Math.trigamma(k)
      guard slope < 0 else { break }
      var next = k - residual / slope
      if !(next > 0) { next = k / 2 }
      let step = (next - k).magnitude
      k = next
      if step <= 1e-14 * k { break }
    }
    return k.isFinite && k > 0 ? k : nil
  }

  /// Beta on [lower, upper] by maximum likelihood on t = (x − lower)/(upper − lower) pushed inside:
  /// method-of-moments start, then Newton steps on ψ(α) − ψ(α+β) = mean(ln t),
  /// ψ(β) − ψ(α+β) = mean(ln(1 − t)), halved until the (concave) log-likelihood improves.
  static func fitBeta(_ values: [Double], lower: Double, upper: Double) -> ParametricMarginal? {
    let width = upper - lower
    guard width > 0, !values.isEmpty else { return nil }
    let n = Double(values.count)
    var meanLog = 0.0, meanLog1m = 0.0, mean = 0.0
    for x in values {
      let t = pushedInside((x - lower) / width)
      meanLog += Math.log(t)
      meanLog1m += Math.log(1 - t)
      mean += t
    }
    meanLog /= n
    meanLog1m /= n
    mean /= n
    var variance = 0.0
    for x in values {
      let d = pushedInside((x - lower) / width) - mean
      variance += d * d
    }
    variance /= n

    var alpha = 1.0, beta = 1.0
    if variance > 0 {
      let common = mean * (1 - mean) / variance - 1
      if common > 0 {
        alpha = mean * common
        beta = (1 - mean) * common
      }
    }
    // Mean log-likelihood per value, up to the constant −ln(width).
    func objective(_ a: Double, _ b: Double) -> Double {
      (a - 1) * meanLog + (b - 1) * meanLog1m - Math.logBeta(a, b)
    }
    var current = objective(alpha, beta)
    for _ in 0..<100 {
      let digammaSum = Math.digamma(alpha + beta)
      let g1 = Math.digamma(alpha) - digammaSum - meanLog
      let g2 = Math.digamma(beta) - digammaSum - meanLog1m
      let trigammaSum = Math.trigamma(alpha + beta)
      let j11 = Math.trigamma(alpha) - trigammaSum
      let j22 = Math.trigamma(beta) - trigammaSum
      let j12 = -trigammaSum
      let det = j11 * j22 - j12 * j12
      guard det > 0, det.isFinite else { break }
      let dAlpha = (j22 * g1 - j12 * g2) / det
      let dBeta = (j11 * g2 - j12 * g1) / det
      var fraction = 1.0
      var improved = false
      for _ in 0..<60 {
        let a = alpha - fraction * dAlpha, b = beta - fraction * dBeta
        if a > 0, b > 0 {
          let value = objective(a, b)
          if value >= current {
            alpha = a
            beta = b
            current = value
            improved = true
            break
          }
        }
        fraction *= 0.5
      }
      if !improved { break }
      if (fraction * dAlpha).magnitude <= 1e-12 * alpha && (fraction * dBeta).magnitude <= 1e-12 * beta { break }
    }
    guard alpha.isFinite, beta.isFinite, alpha > 0, beta > 0 else { return nil }
    return .beta(alpha: alpha, beta: beta, lower: lower, upper: upper)
  }

  /// Truncated normal on [lower, upper]: Nelder–Mead on the log-likelihood per value,
  /// −ln σ − (v + (m − μ)²)/(2σ²) − ln(Φ(b) − Φ(a)) (m, v the sample mean and variance),
  /// over u = (μ − m)/s and w = ln(σ/s), s = √v, starting from (0, 0) = the sample moments.
  /// Kept at the start if the search does not improve it; |u| ≤ 50 and |w| ≤ 10.
  static func fitTruncatedNormal(mean: Double, variance: Double, lower: Double, upper: Double) -> ParametricMarginal {
    let s = variance.squareRoot()
    func cost(_ u: Double, _ w: Double) -> Double {
      guard u.magnitude <= 50, w.magnitude <= 10 else { return .infinity }
      let mu = mean + u * s, sigma = s * Math.exp(w)
      let mass = normalMass((lower - mu) / sigma, (upper - mu) / sigma)
      guard mass > 0 else { return .infinity }
      let d = mean - mu
      return Math.log(sigma) + (variance + d * d) / (2 * sigma * sigma) + Math.log(mass)
    }
    let start = cost(0, 0)
    let best = nelderMead(start: (0, 0), step: 0.25, cost)
    let u = best.cost < start ? best.point.0 : 0
    let w = best.cost < start ? best.point.1 : 0
    return .truncatedNormal(mean: mean + u * s, sd: s * Math.exp(w), lower: lower, upper: upper)
  }

  /// A plain two-dimensional Nelder–Mead minimiser (reflection 1, expansion 2, contraction ½,
  /// shrink ½), at most 400 iterations, deterministic.
  static func nelderMead(
    start: (Double, Double), step: Double, _ f: (Double, Double) -> Double
  ) -> (point: (Double, Double), cost: Double) {
    var points = [start, (start.0 + step, start.1), (start.0, start.1 + step)]
    var costs = points.map { f($0.0, $0.1) }
    for _ in 0..<400 {
      // Order best to worst; index ties keep the earlier vertex first.
      let order = [0, 1, 2].sorted { costs[$0] < costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
      points = order.map { points[$0] }
      costs = order.map { costs[$0] }
      if costs[2] - costs[0] <= 1e-15 * (1 + costs[0].magnitude) { break }
      let centroid = (0.5 * (points[0].0 + points[1].0), 0.5 * (points[0].1 + points[1].1))
      func along(_ factor: Double) -> (Double, Double) {
        (centroid.0 + factor * (points[2].0 - centroid.0), centroid.1 + factor * (points[2].1 - centroid.1))
      }
      let reflected = along(-1)
      let reflectedCost = f(reflected.0, reflected.1)
      if reflectedCost < costs[0] {
        let expanded = along(-2)
        let expandedCost = f(expanded.0, expanded.1)
        if expandedCost < reflectedCost {
          points[2] = expanded
          costs[2] = expandedCost
        } else {
          points[2] = reflected
          costs[2] = reflectedCost
        }
      } else if reflectedCost < costs[1] {
        points[2] = reflected
        costs[2] = reflectedCost
      } else {
        let outside = reflectedCost < costs[2]
        let contracted = along(outside ? -0.5 : 0.5)
        let contractedCost = f(contracted.0, contracted.1)
        if contractedCost < (outside ? reflectedCost : costs[2]) {
          points[2] = contracted
          costs[2] = contractedCost
        } else {
          for i in 1...2 {
            points[i] = (0.5 * (points[0].0 + points[i].0), 0.5 * (points[0].1 + points[i].1))
            costs[i] = f(points[i].0, points[i].1)
          }
        }
      }
    }
    var best = 0
    for i in 1...2 where costs[i] < costs[best] { best = i }
    return (points[best], costs[best])
  }

  // MARK: - Helpers

  /// t clamped into [ε, 1 − ε].
  static func pushedInside(_ t: Double) -> Double {
    min(1 - betaEpsilon, max(betaEpsilon, t))
  }

  /// Φ(b) − Φ(a) for a ≤ b, from the lower tails when both lie above 0 so no 1 − tiny cancels.
  static func normalMass(_ a: Double, _ b: Double) -> Double {
    if a >= 0 { return Math.normalCDF(-a) - Math.normalCDF(-b) }
    return Math.normalCDF(b) - Math.normalCDF(a)
  }

  /// The standard gamma(shape, 1) quantile: from the mean, double or halve to bracket p, then
  /// bisect (the bracket spans a factor 2, so ~60 halvings reach the last bit).
  static func gammaQuantile(_ shape: Double, _ p: Double) -> Double {
    var low = shape, high = shape
    if Math.regularizedGammaP(shape, shape) < p {
      for _ in 0..<2000 {
        low = high
        high *= 2
        if !(Math.regularizedGammaP(shape, high) < p) || !high.isFinite { break }
      }
    } else {
      for _ in 0..<2000 {
        high = low
        low *= 0.5
        if Math.regularizedGammaP(shape, low) < p || low == 0 { break }
      }
    }
    return bisect(low: low, high: high) { Math.regularizedGammaP(shape, $0) < p }
  }

  /// The boundary of a monotone predicate on [low, high] (true below, false above), by at most
  /// 1100 halvings, stopping when the midpoint equals an end; returns the upper end.
  static func bisect(low: Double, high: Double, _ isBelow: (Double) -> Bool) -> Double {
    var low = low, high = high
    for _ in 0..<1100 {
      let mid = low + 0.5 * (high - low)
      if mid <= low || mid >= high { break }
      if isBelow(mid) { low = mid } else { high = mid }
    }
    return high
  }
}

extension Math {
  /// The trigamma function ψ′(x) = Σ_{k≥0} 1/(x + k)² for x > 0: the recurrence
  /// ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 12, then the asymptotic series
  /// 1/x + 1/(2x²) + Σ B₂ₖ/x^(2k+1) through B₁₂ (truncation error < 1e-16 relative).
  /// `trigamma(0) = +∞`; negative x (not needed here) and NaN → NaN.
  static func trigamma(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x <= 0 { return x == 0 ? .infinity : .nan }
    if x == .infinity { return 0 }
    if x < 1e-9 { return 1 / (x * x) + 1.6449340668482264 }  // ψ′(x) = 1/x² + π²/6 + O(x)
    var x = x, shift = 0.0
    while x < 12 {
      shift += 1 / (x * x)
      x += 1
    }
    let z = 1 / x, z2 = z * z
    let b2 = 1.0 / 6, b4 = -1.0 / 30, b6 = 1.0 / 42, b8 = -1.0 / 30, b10 = 5.0 / 66, b12 = -691.0 / 2730
    let series = z2 * z * (b2 + z2 * (b4 + z2 * (b6 + z2 * (b8 + z2 * (b10 + z2 * b12)))))
    return shift + (z + 0.5 * z2 + series)
  }
}
