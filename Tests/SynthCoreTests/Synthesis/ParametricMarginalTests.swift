import Testing
@testable import SynthCore

struct ParametricMarginalTests {
  // MARK: - Seeded samples, drawn without the code under test

  private func normalSample(_ n: Int, mean: Double, sd: Double, seed: UInt64) -> [Double] {
    var random = RandomGenerator(seed: seed)
    return (0..<n).map { _ in mean + sd * random.nextNormal() }
  }

  /// Gamma with integer shape: a sum of `shape` exponentials, −θ·Σ ln Uᵢ.
  private func gammaSample(_ n: Int, shape: Int, scale: Double, seed: UInt64) -> [Double] {
    var random = RandomGenerator(seed: seed)
    return (0..<n).map { _ in
      var sum = 0.0
      for _ in 0..<shape { sum -= Math.log(random.nextOpenDouble()) }
      return scale * sum
    }
  }

  private func expectRelative(
    _ actual: Double, _ expected: Double, _ tolerance: Double,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let error = (actual - expected).magnitude / expected.magnitude
    #expect(error <= tolerance, "\(actual) vs \(expected): relative error \(error)", sourceLocation: sourceLocation)
  }

  // MARK: - Fits recover parameters

  @Test func normalFitIsTheSampleMoments() {
    let values: [Double] = [1, 2, 3, 4, 5]
    let fits = ParametricMarginal.fitAll(values)
    let normal = fits.first { $0.marginal.name == "normal" }!.marginal
    #expect(normal == .normal(mean: 3, sd: 2.0.squareRoot()))  // MLE variance 10/5
    // ln L = −n·ln σ − n·½ln 2π − Σz²/2 = −5·(½ ln 2 + ½ ln 2π) − 5/2.
    let logL = normal.logLikelihood(values)
    let expected = -5 * (0.5 * Math.log(2) + Math.logSqrt2Pi) - 2.5
    #expect((logL - expected).magnitude < 1e-12)
    let bic = fits.first { $0.marginal.name == "normal" }!.bic
    #expect((bic - (Math.log(5) * 2 - 2 * expected)).magnitude < 1e-12)
    // Sorted by BIC.
    for k in 1..<fits.count { #expect(fits[k - 1].bic <= fits[k].bic) }
  }

  @Test func recoversNormal() {
    let values = normalSample(20_000, mean: 10, sd: 3, seed: 1)
    guard case .normal(let mean, let sd) = ParametricMarginal.best(values) else {
      Issue.record("expected normal, got \(ParametricMarginal.best(values))")
      return
    }
    expectRelative(mean, 10, 0.01)
    expectRelative(sd, 3, 0.02)
  }

  @Test func recoversLognormal() {
    let values = normalSample(20_000, mean: 1, sd: 0.5, seed: 2).map { Math.exp($0) }
    guard case .lognormal(let meanLog, let sdLog) = ParametricMarginal.best(values) else {
      Issue.record("expected lognormal, got \(ParametricMarginal.best(values))")
      return
    }
    expectRelative(meanLog, 1, 0.02)
    expectRelative(sdLog, 0.5, 0.02)
  }

  @Test func recoversGammaShapeTwo() {
    let values = gammaSample(20_000, shape: 2, scale: 3, seed: 3)
    guard case .gamma(let shape, let scale) = ParametricMarginal.best(values) else {
      Issue.record("expected gamma, got \(ParametricMarginal.best(values))")
      return
    }
    expectRelative(shape, 2, 0.04)
    expectRelative(scale, 3, 0.04)
    // The MLE solves ln k − ψ(k) = ln(mean) − mean(ln x) exactly.
    var mean = 0.0, meanLog = 0.0
    for x in values {
      mean += x
      meanLog += Math.log(x)
    }
    mean /= Double(values.count)
    meanLog /= Double(values.count)
    #expect((Math.log(shape) - Math.digamma(shape) - (Math.log(mean) - meanLog)).magnitude < 1e-12)
    #expect((shape * scale - mean).magnitude < 1e-9 * mean)
  }

  @Test func recoversBeta() {
    // Beta(2, 5) = G₂/(G₂ + G₅), placed on [10, 30].
    let g2 = gammaSample(20_000, shape: 2, scale: 1, seed: 4)
    let g5 = gammaSample(20_000, shape: 5, scale: 1, seed: 5)
    let values = (0..<g2.count).map { 10 + 20 * g2[$0] / (g2[$0] + g5[$0]) }
    // On the true support the shapes come back within a few percent.
    guard case .beta(let alpha, let beta, _, _)? = ParametricMarginal.fitBeta(values, lower: 10, upper: 30) else {
      Issue.record("beta fit failed")
      return
    }
    expectRelative(alpha, 2, 0.04)
    expectRelative(beta, 5, 0.04)
    // fitAll uses the sample min/max (about 27.5 here, where the right tail is thin), so β
    // comes out smaller, but beta still wins on BIC.
    let fits = ParametricMarginal.fitAll(values)
    #expect(fits[0].marginal.name == "beta")
    guard case .beta(let fittedAlpha, let fittedBeta, let lower, let upper) = fits[0].marginal else { return }
    expectRelative(fittedAlpha, 2, 0.1)
    expectRelative(fittedBeta, 5, 0.25)
    #expect(lower == values.min()! && upper == values.max()!)
  }

  @Test func betaFitSolvesTheLikelihoodEquations() {
    let values: [Double] = [0, 0.1, 0.15, 0.3, 0.32, 0.5, 0.55, 0.7, 0.9, 1]
    guard case .beta(let a, let b, _, _)? = ParametricMarginal.fitBeta(values, lower: 0, upper: 1) else {
      Issue.record("beta fit failed")
      return
    }
    var meanLog = 0.0, meanLog1m = 0.0
    for x in values {
      let t = ParametricMarginal.pushedInside(x)
      meanLog += Math.log(t)
      meanLog1m += Math.log(1 - t)
    }
    meanLog /= 10
    meanLog1m /= 10
    #expect((Math.digamma(a) - Math.digamma(a + b) - meanLog).magnitude < 1e-9)
    #expect((Math.digamma(b) - Math.digamma(a + b) - meanLog1m).magnitude < 1e-9)
  }

  @Test func recoversTruncatedNormal() {
    // N(1, 2²) kept on [−1, 4] (standardised [−1, 1.5]) by rejection.
    var random = RandomGenerator(seed: 6)
    var values: [Double] = []
    while values.count < 20_000 {
      let x = 1 + 2 * random.nextNormal()
      if x >= -1 && x <= 4 { values.append(x) }
    }
    let fits = ParametricMarginal.fitAll(values)
    #expect(fits[0].marginal.name == "truncated normal")
    guard case .truncatedNormal(let mean, let sd, let lower, let upper) =
      fits.first(where: { $0.marginal.name == "truncated normal" })!.marginal
    else { return }
    #expect((mean - 1).magnitude < 0.1)
    expectRelative(sd, 2, 0.05)
    #expect(lower == values.min()! && upper == values.max()!)
    // The fit improves on the sample moments it starts from.
    var m = 0.0
    for x in values { m += x }
    m /= Double(values.count)
    var v = 0.0
    for x in values { v += (x - m) * (x - m) }
    v /= Double(values.count)
    let start = ParametricMarginal.truncatedNormal(mean: m, sd: v.squareRoot(), lower: lower, upper: upper)
    #expect(fits.first(where: { $0.marginal.name == "truncated normal" })!.marginal.logLikelihood(values)
      > start.logLikelihood(values))
  }

  @Test func recoversUniform() {
    var random = RandomGenerator(seed: 7)
    let values = (0..<20_000).map { _ in -5 + 10 * random.nextDouble() }
    let best = ParametricMarginal.best(values)
    #expect(best == .uniform(lower: values.min()!, upper: values.max()!))
    guard case .uniform(let lower, let upper) = best else { return }
    #expect((lower + 5).magnitude < 0.01 && (upper - 5).magnitude < 0.01)
  }

  // MARK: - BIC choice and support

  @Test func bicChoosesTheGeneratingFamily() {
    #expect(ParametricMarginal.best(normalSample(5_000, mean: 0, sd: 1, seed: 11)).name == "normal")
    #expect(ParametricMarginal.best(normalSample(5_000, mean: 50, sd: 5, seed: 12)).name == "normal")
    #expect(ParametricMarginal.best(normalSample(5_000, mean: 0, sd: 0.8, seed: 13).map { Math.exp($0) }).name == "lognormal")
    #expect(ParametricMarginal.best(gammaSample(5_000, shape: 2, scale: 1, seed: 14)).name == "gamma")
    var random = RandomGenerator(seed: 15)
    #expect(ParametricMarginal.best((0..<5_000).map { _ in random.nextDouble() }).name == "uniform")
  }

  @Test func supportExcludesPositiveOnlyFamilies() {
    let names = ParametricMarginal.fitAll(normalSample(500, mean: 0, sd: 1, seed: 21)).map { $0.marginal.name }
    #expect(!names.contains("lognormal") && !names.contains("gamma"))
    #expect(names.contains("normal") && names.contains("uniform") && names.contains("beta"))
    let withZero = ParametricMarginal.fitAll([0, 1, 2, 3, 4]).map { $0.marginal.name }
    #expect(!withZero.contains("lognormal") && !withZero.contains("gamma"))
  }

  @Test func degenerateInputsFallBackToUniform() {
    let constant = ParametricMarginal.fitAll([4, 4, 4, 4])
    #expect(constant.count == 1 && constant[0].marginal == .uniform(lower: 4, upper: 4) && constant[0].bic.isNaN)
    let two = ParametricMarginal.fitAll([1, 3])
    #expect(two.count == 1 && two[0].marginal == .uniform(lower: 1, upper: 3))
    #expect(ParametricMarginal.best([]) == .uniform(lower: 0, upper: 0))
    #expect(ParametricMarginal.best([.nan, .infinity, 2]) == .uniform(lower: 2, upper: 2))
    // Non-finite values are ignored, not fitted.
    let withNaN = ParametricMarginal.fitAll([1, 2, .nan, 3, 4, 7])
    #expect(withNaN.count >= 4)
    for fit in withNaN { #expect(fit.bic.isFinite) }
    #expect(ParametricMarginal.best([-1e308, 1e308, 0]) == .uniform(lower: -1e308, upper: 1e308))
    // A point-mass uniform never traps when evaluated.
    let point = ParametricMarginal.uniform(lower: 4, upper: 4)
    #expect(point.quantile(0.3) == 4 && point.cdf(4) == 1 && point.cdf(3) == 0)
  }

  // MARK: - cdf and quantile

  private static let families: [ParametricMarginal] = [
    .normal(mean: 2, sd: 3),
    .truncatedNormal(mean: 1, sd: 2, lower: -1, upper: 4),
    .truncatedNormal(mean: 0, sd: 1, lower: 3, upper: 6),  // both bounds in the upper tail
    .truncatedNormal(mean: 0, sd: 1, lower: -7, upper: -4),
    .lognormal(meanLog: 1, sdLog: 0.5),
    .gamma(shape: 2, scale: 3),
    .gamma(shape: 0.3, scale: 1),
    .gamma(shape: 150, scale: 0.01),
    .beta(alpha: 2, beta: 5, lower: 10, upper: 30),
    .beta(alpha: 0.5, beta: 0.5, lower: 0, upper: 1),
    .uniform(lower: -5, upper: 5),
  ]

  @Test(arguments: families) func cdfInvertsQuantile(_ marginal: ParametricMarginal) {
    var previous = -Double.infinity
    for i in 1..<200 {
      let p = Double(i) / 200
      let x = marginal.quantile(p)
      #expect(x >= previous, "\(marginal.name) quantile not monotone at \(p)")
      previous = x
      #expect((marginal.cdf(x) - p).magnitude < 1e-9, "\(marginal.name): cdf(quantile(\(p))) = \(marginal.cdf(x))")
    }
    for p in [1e-6, 1e-3, 0.999, 1 - 1e-6] {
      #expect((marginal.cdf(marginal.quantile(p)) - p).magnitude < 1e-9 * max(1, 1 / p))
    }
    #expect(marginal.cdf(marginal.quantile(0)) == 0)
    #expect(marginal.cdf(marginal.quantile(1)) == 1)
    #expect(marginal.quantile(.nan).isNaN && marginal.cdf(.nan).isNaN)
  }

  @Test func closedFormValues() {
    #expect(ParametricMarginal.normal(mean: 2, sd: 3).cdf(2) == 0.5)
    #expect(ParametricMarginal.normal(mean: 2, sd: 3).quantile(0.5) == 2)
    #expect(ParametricMarginal.uniform(lower: 2, upper: 6).quantile(0.25) == 3)
    #expect((ParametricMarginal.lognormal(meanLog: 1, sdLog: 0.5).quantile(0.5) - Math.exp(1)).magnitude < 1e-14)
    // gamma(1, θ) is exponential: F(x) = 1 − e^(−x/θ), F⁻¹(p) = −θ ln(1 − p).
    let exponential = ParametricMarginal.gamma(shape: 1, scale: 2)
    #expect((exponential.cdf(3) - (1 - Math.exp(-1.5))).magnitude < 1e-14)
    #expect((exponential.quantile(0.7) - -2 * Math.log(0.3)).magnitude < 1e-13)
    // beta(2, 1) on [0, 1]: F(t) = t², F⁻¹(p) = √p.
    let beta21 = ParametricMarginal.beta(alpha: 2, beta: 1, lower: 0, upper: 1)
    #expect((beta21.cdf(0.6) - 0.36).magnitude < 1e-14)
    #expect((beta21.quantile(0.49) - 0.7).magnitude < 1e-14)
    // Truncated normal on [−1, 1] around 0 is symmetric.
    let symmetric = ParametricMarginal.truncatedNormal(mean: 0, sd: 1, lower: -1, upper: 1)
    #expect((symmetric.cdf(0) - 0.5).magnitude < 1e-15)
    #expect(symmetric.quantile(0.5).magnitude < 1e-15)
    // Density integrates: truncated ln L at a single point = −½z² − ln σ − ln √2π − ln(Φ(1) − Φ(−1)).
    let logL = symmetric.logLikelihood([0.5])
    let expected = -0.125 - Math.logSqrt2Pi - Math.log(Math.normalCDF(1) - Math.normalCDF(-1))
    #expect((logL - expected).magnitude < 1e-14)
    #expect(symmetric.logLikelihood([2]) == -.infinity)
    #expect(ParametricMarginal.gamma(shape: 2, scale: 1).logLikelihood([1, -1]) == -.infinity)
  }

  @Test func namesAndParameterCounts() {
    let all: [ParametricMarginal] = [
      .normal(mean: 0, sd: 1), .truncatedNormal(mean: 0, sd: 1, lower: 0, upper: 1),
      .lognormal(meanLog: 0, sdLog: 1), .gamma(shape: 1, scale: 1),
      .beta(alpha: 1, beta: 1, lower: 0, upper: 1), .uniform(lower: 0, upper: 1),
    ]
    #expect(all.map(\.name) == ["normal", "truncated normal", "lognormal", "gamma", "beta", "uniform"])
    #expect(all.map(\.parameterCount) == [2, 4, 2, 2, 4, 2])
  }

  // MARK: - trigamma

  @Test func trigammaMatchesKnownValues() {
    let pi2 = 9.869604401089358  // π²
    expectRelative(Math.trigamma(1), pi2 / 6, 1e-15)
    expectRelative(Math.trigamma(0.5), pi2 / 2, 1e-15)
    // ψ′(n) = π²/6 − Σ_{k<n} 1/k².
    var partial = 0.0
    for k in 1..<10 { partial += 1 / Double(k * k) }
    expectRelative(Math.trigamma(10), pi2 / 6 - partial, 1e-13)
    // Large x: ψ′(x) ≈ 1/x + 1/(2x²).
    expectRelative(Math.trigamma(1e8), 1e-8 + 0.5e-16, 1e-15)
    // The recurrence ψ′(x) = ψ′(x + 1) + 1/x² holds across the series switch.
    for x in [0.3, 2.7, 11.5, 11.99, 12.5] {
      expectRelative(Math.trigamma(x), Math.trigamma(x + 1) + 1 / (x * x), 1e-14)
    }
    #expect(Math.trigamma(0) == .infinity && Math.trigamma(-1).isNaN && Math.trigamma(.nan).isNaN)
  }
}
