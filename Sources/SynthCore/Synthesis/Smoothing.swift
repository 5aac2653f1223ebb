/// Synthpop's "density" smoothing of synthesized numeric values, with R's bandwidth selectors.
///
/// CART copies observed values, so a rare value can reappear exactly and point at a real record;
/// Gaussian noise of a kernel-density bandwidth blurs it but keeps the shape of the distribution.
enum Smoothing {
  /// R's `bw.SJ(x, method = "ste")`: the Sheather–Jones solve-the-equation bandwidth.
  ///
  /// Same steps as R 4.x: pair distances counted in 1000 bins, `bw_phi4`/`bw_phi6` cut off at
  /// DELMAX 1000, the search interval [0.1, 1]·hmax widened up to 99 times, and Brent's zeroin
  /// to tol = 0.1·lower. Tested cases agree with R within 1e-13 relative (R sums the sd in long
  /// double). nil where R stops with an error: fewer than 2 values, a non-finite value, zero
  /// scale, "sample is too sparse", no root bracketed.
  static func sheatherJonesBandwidth(_ values: [Double]) -> Double? {
    guard values.count >= 2, values.allSatisfy({ $0.isFinite }) else { return nil }
    return sheatherJonesBandwidth(sorted: values.sorted())
  }

  /// R's `bw.nrd0`, Silverman's rule of thumb: 0.9 · min(sd, IQR/1.34) · n^(−1/5), or if that
  /// minimum is 0, the sd, then |first value|, then 1 in its place. nil for fewer than 2 values
  /// or a non-finite value.
  static func silvermanBandwidth(_ values: [Double]) -> Double? {
    guard values.count >= 2, values.allSatisfy({ $0.isFinite }) else { return nil }
    return silvermanBandwidth(sorted: values.sorted(), first: values[0])
  }

  /// Synthpop's `syn.smooth(smoothing = "density")`, applied in place to one column's synthetic values.
  ///
  /// - A value held by more than 70% of the synthetic values is not smoothed, so a spike (such as
  ///   zero income) stays a spike.
  /// - Top-coding check, on the counts of the distinct synthetic values in ascending order: when
  ///   10 · count(second largest) < count(largest) − count(second largest), values equal to
  ///   `observedMax` are not smoothed, so the ceiling stays exact.
  /// - The bandwidth is `sheatherJonesBandwidth` of the values to smooth, or `silvermanBandwidth`
  ///   when R's bw.SJ would fail. Nothing changes with fewer than 2 values to smooth, no positive
  ///   finite bandwidth, a non-finite value or an empty observed range.
  /// - In index order, each smoothed value becomes value + bandwidth · `rng.nextNormal()`, clipped
  ///   to [observedMin, observedMax], then rounded half away from zero to `decimals` places.
  ///   Synthpop clips the top at observedMax + bandwidth unless top-coded; LocalSynth keeps every
  ///   value in the observed range.
  /// - Complexity: one O(n log n) sort, then O(n + 1000²), so the sort dominates.
  static func smooth(
    _ synthetic: inout [Double], observedMin: Double, observedMax: Double, decimals: Int?,
    rng: inout RandomGenerator
  ) {
    let n = synthetic.count
    guard n >= 2, observedMin.isFinite, observedMax.isFinite, observedMin <= observedMax,
      synthetic.allSatisfy({ $0.isFinite })
    else { return }
    let sorted = synthetic.sorted()

    // Runs of equal values in ascending order; the first longest run is R's which.max(table(y)).
    var mode = sorted[0], modeCount = 0, largestCount = 0, secondLargestCount = 0
    var runStart = 0
    for i in 1...n where i == n || sorted[i] != sorted[runStart] {
      let count = i - runStart
      if count > modeCount { (mode, modeCount) = (sorted[runStart], count) }
      (secondLargestCount, largestCount) = (largestCount, count)
      runStart = i
    }
    let keepsMode = Double(modeCount) / Double(n) > 0.7
    let topCoded =
      secondLargestCount > 0
      && 10 * Int64(secondLargestCount) < Int64(largestCount) - Int64(secondLargestCount)
    func isSmoothed(_ value: Double) -> Bool {
      !(keepsMode && value == mode) && !(topCoded && value == observedMax)
    }

    let smoothedSorted = keepsMode || topCoded ? sorted.filter(isSmoothed) : sorted
    guard smoothedSorted.count >= 2 else { return }
    var bandwidth = sheatherJonesBandwidth(sorted: smoothedSorted)
    if bandwidth == nil, let first = synthetic.first(where: isSmoothed) {
      bandwidth = silvermanBandwidth(sorted: smoothedSorted, first: first)
    }
    guard let bandwidth, bandwidth > 0, bandwidth.isFinite else { return }

    let rounding = decimals.map(DecimalRounding.init)
    for i in 0..<n where isSmoothed(synthetic[i]) {
      let noisy = synthetic[i] + bandwidth * rng.nextNormal()
      let clipped = Swift.min(Swift.max(noisy, observedMin), observedMax)
      synthetic[i] = rounding?.apply(clipped) ?? clipped
    }
  }
}

// MARK: - Bandwidth internals

extension Smoothing {
  /// `sheatherJonesBandwidth` for values already sorted and finite, so `smooth` sorts only once.
  static func sheatherJonesBandwidth(sorted x: [Double]) -> Double? {
    guard x.count >= 2 else { return nil }
    let n = Double(x.count)
    let scale = Swift.min(standardDeviation(x), interquartileRange(sorted: x) / 1.349)
    guard scale > 0, scale.isFinite, let pairs = PairCounts(sorted: x, bins: 1000) else { return nil }
    let a = 1.24 * scale * Math.pow(n, -1.0 / 7.0)
    let b = 1.23 * scale * Math.pow(n, -1.0 / 9.0)
    let c1 = 1 / (2 * Double.pi.squareRoot() * n)
    let td = -pairs.phi6(b)
    guard td.isFinite, td > 0 else { return nil }  // R: "sample is too sparse to find TD"
    let alpha2 = 1.357 * Math.pow(pairs.phi4(a) / td, 1.0 / 7.0)
    guard alpha2.isFinite else { return nil }
    func equation(_ h: Double) -> Double {
      Math.pow(c1 / pairs.phi4(alpha2 * Math.pow(h, 5.0 / 7.0)), 0.2) - h
    }

    let hmax = 1.144 * scale * Math.pow(n, -0.2)
    var lower = 0.1 * hmax, upper = hmax
    var fLower = equation(lower), fUpper = equation(upper)
    var tries = 1
    while !(fLower * fUpper <= 0) {  // R stops with an error on NaN too
      guard tries <= 99, !(fLower * fUpper).isNaN else { return nil }
      if tries % 2 == 1 {
        upper *= 1.2
        fUpper = equation(upper)
      } else {
        lower /= 1.2
        fLower = equation(lower)
      }
      tries += 1
    }
    // uniroot's fcn2 replaces -Inf by -DBL_MAX, and NaN or +Inf by +DBL_MAX.
    let root = brentRoot(lower: lower, upper: upper, fLower: fLower, fUpper: fUpper, tolerance: 0.1 * lower) { h in
      let y = equation(h)
      return y.isFinite ? y : (y == -.infinity ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude)
    }
    return root.isFinite && root > 0 ? root : nil
  }

  /// `silvermanBandwidth` for sorted finite values; `first` is the first value in the original order.
  static func silvermanBandwidth(sorted x: [Double], first: Double) -> Double? {
    guard x.count >= 2 else { return nil }
    let sd = standardDeviation(x)
    var spread = Swift.min(sd, interquartileRange(sorted: x) / 1.34)
    if spread == 0 { spread = sd != 0 ? sd : (first != 0 ? first.magnitude : 1) }
    let bandwidth = 0.9 * spread * Math.pow(Double(x.count), -0.2)
    return bandwidth.isFinite && bandwidth > 0 ? bandwidth : nil
  }

  /// Sample standard deviation (n − 1), with the second pass R's `var` uses to correct the mean.
  static func standardDeviation(_ x: [Double]) -> Double {
    let n = Double(x.count)
    var mean = x.reduce(0, +) / n
    if mean.isFinite { mean += x.reduce(0) { $0 + ($1 - mean) } / n }
    let squares = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (squares / (n - 1)).squareRoot()
  }

  /// R's `IQR`: the difference of type-7 quantiles, which interpolate linearly between order statistics.
  static func interquartileRange(sorted x: [Double]) -> Double {
    func quantile(_ p: Double) -> Double {
      let position = Double(x.count - 1) * p
      let below = position.integer(.down, clampedTo: 0 ... max(x.count - 1, 0))
      let fraction = position - Double(below)
      guard fraction > 0, x[below + 1] != x[below] else { return x[below] }
      return (1 - fraction) * x[below] + fraction * x[below + 1]
    }
    return quantile(0.75) - quantile(0.25)
  }

  /// R's `R_zeroin2` (Brent's zeroin), the root finder behind `uniroot`, step for step, so the
  /// root stops at the same point inside the tolerance as R's. At most 1000 iterations.
  static func brentRoot(
    lower: Double, upper: Double, fLower: Double, fUpper: Double, tolerance: Double,
    _ f: (Double) -> Double
  ) -> Double {
    var (a, b, fa, fb) = (lower, upper, fLower, fUpper)
    var (c, fc) = (a, fa)
    if fa == 0 || fb == 0 { return fa == 0 ? a : b }
    for _ in 0...1000 {
      let previousStep = b - a
      if fc.magnitude < fb.magnitude {  // keep b the best approximation
        (a, b, c) = (b, c, b)
        (fa, fb, fc) = (fb, fc, fb)
      }
      let actualTolerance = 2 * Double.ulpOfOne * b.magnitude + tolerance / 2
      var step = (c - b) / 2
      if step.magnitude <= actualTolerance || fb == 0 { return b }
      if previousStep.magnitude >= actualTolerance && fa.magnitude > fb.magnitude {
        let cb = c - b
        var p: Double, q: Double
        if a == c {  // secant
          (p, q) = (cb * (fb / fa), 1 - fb / fa)
        } else {  // inverse quadratic interpolation
          let r = fa / fc, t1 = fb / fc, t2 = fb / fa
          p = t2 * (cb * r * (r - t1) - (b - a) * (t1 - 1))
          q = (r - 1) * (t1 - 1) * (t2 - 1)
        }
        if p > 0 { q = -q } else { p = -p }
        if p < 0.75 * cb * q - (actualTolerance * q).magnitude / 2 && p < (previousStep * q / 2).magnitude {
          step = p / q
        }
      }
      if step.magnitude < actualTolerance { step = step > 0 ? actualTolerance : -actualTolerance }
      (a, fa) = (b, fb)
      b += step
      fb = f(b)
      if (fb > 0 && fc > 0) || (fb < 0 && fc < 0) { (c, fc) = (a, fa) }
    }
    return b
  }
}

/// Pair distances counted in equal-width bins, as R's `bw_pair_cnts`: the kernel functionals then
/// sum over 1000 bins instead of n² pairs.
private struct PairCounts {
  let n: Double, width: Double
  var counts: [Double]

  /// R's `bw_den_binned`: counts per bin of x/width truncated toward zero (R's binning, not an
  /// offset from the minimum), then pairs between bins. For n ≤ 500 R counts pair by pair
  /// (`bw_den`), with the same truncation, so both give the same numbers; this is O(n + bins²).
  /// nil when all values are equal.
  init?(sorted x: [Double], bins: Int) {
    n = Double(x.count)
    width = (x[x.count - 1] - x[0]) * 1.01 / Double(bins)
    guard width > 0, width.isFinite else { return nil }
    var perBin = [Double](repeating: 0, count: bins)
    let origin = (x[0] / width).rounded(.towardZero)
    for value in x {
      let bin = (value / width).rounded(.towardZero) - origin
      if bin < Double(bins) { perBin[bin.integer(clampedTo: 0 ... bins - 1)] += 1 }
    }
    counts = [Double](repeating: 0, count: bins)
    for i in 0..<bins where perBin[i] > 0 {
      counts[0] += perBin[i] * (perBin[i] - 1)
      for j in 0..<i { counts[i - j] += perBin[i] * perBin[j] }  // exact: integers below 2^53
    }
    counts[0] *= 0.5
  }

  /// R's `bw_phi4`: the estimate of ∫(f″)² with a Gaussian kernel of bandwidth h.
  func phi4(_ h: Double) -> Double {
    functional(h, power: 5, diagonal: 3) { $0 * $0 - 6 * $0 + 3 }
  }

  /// R's `bw_phi6`: the estimate of −∫(f‴)².
  func phi6(_ h: Double) -> Double {
    functional(h, power: 7, diagonal: -15) { $0 * $0 * $0 - 15 * $0 * $0 + 45 * $0 - 15 }
  }

  /// The sum over bins both share, in R's order of operations. It stops where δ = (i·width/h)²
  /// reaches 1000 (R's DELMAX), as exp(−δ/2) no longer matters there.
  private func functional(
    _ h: Double, power: Double, diagonal: Double, _ polynomial: (Double) -> Double
  ) -> Double {
    var sum = 0.0
    for i in 0..<counts.count {
      var delta = Double(i) * width / h
      delta *= delta
      if delta >= 1000 { break }
      sum += Math.exp(-delta / 2) * polynomial(delta) * counts[i]
    }
    sum = 2 * sum + n * diagonal  // pairs of a value with itself
    return sum / (n * (n - 1) * Math.pow(h, power)) * 0.398942280401432677939946059934  // 1/√(2π)
  }
}

/// Rounding half away from zero to a fixed number of decimals. The power of ten comes from
/// repeated multiplication, not `pow`, so it is the same double on every target.
struct DecimalRounding {
  let decimals: Int, power: Double

  init(_ decimals: Int) {
    var power = 1.0
    for _ in 0..<Swift.min(decimals.magnitude, 400) { power *= 10 }  // ∞ past 10^308
    (self.decimals, self.power) = (decimals, power)
  }

  func apply(_ x: Double) -> Double {
    if decimals == 0 { return x.rounded() }
    let result = decimals > 0 ? (x * power).rounded() / power : (x / power).rounded() * power
    return result.isFinite ? result : x  // so many places that x is already exact
  }
}
