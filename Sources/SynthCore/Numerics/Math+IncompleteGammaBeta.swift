// Regularized incomplete gamma and beta functions and the p-values built on them.
// The series and continued fractions are those of Numerical Recipes (gser/gcf, betacf), evaluated
// with the modified Lentz method; the prefactors are rearranged to avoid cancellation for large
// arguments (Temme's form for the gamma prefix, R's lbeta for the beta one).

extension Math {
  // MARK: - Incomplete gamma

  /// P(a, x) = γ(a, x)/Γ(a), the regularized lower incomplete gamma function (the CDF of a
  /// Gamma(a, 1) variable at x).
  ///
  /// The series is used for x < a + 1 and the continued fraction for Q otherwise, so the smaller
  /// of P and Q is computed directly and the other as its complement. Relative error ≤ 3e-14 for
  /// a, x < 100 (measured), and about |x − a|·2e-16 beyond (≤ 2e-13 for a ≤ 3000): that is the
  /// conditioning of the x^a·e^(−x) factor, so it is also the conditioning of P itself. The series
  /// and fraction need O(√a) steps; past 200 + 20√a (at most 10⁷) without converging, or when
  /// an intermediate overflows (a ≳ 1e150), the result is NaN rather than a wrong number.
  /// x = 0 → 0, x = +∞ → 1; a ≤ 0, a = +∞, x < 0 or NaN → NaN.
  static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
    incompleteGamma(a, x).lower
  }

  /// Q(a, x) = 1 − P(a, x) = Γ(a, x)/Γ(a), the regularized upper incomplete gamma function,
  /// accurate when it is tiny (right tail). Same domain and accuracy as `regularizedGammaP`.
  static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
    incompleteGamma(a, x).upper
  }

  /// P(X > x) for a chi-square variable with `df` degrees of freedom: Q(df/2, x/2).
  ///
  /// x ≤ 0 → 1; df ≤ 0 or NaN → NaN. E.g. `chiSquareSurvival(3.84, 1) ≈ 0.0500435`.
  static func chiSquareSurvival(_ x: Double, _ df: Double) -> Double {
    if x.isNaN || df.isNaN || !(df > 0) { return .nan }
    if x <= 0 { return 1 }
    if 0.5 * df == 0 { return 0 }  // df subnormal: all mass at 0
    return regularizedGammaQ(0.5 * df, 0.5 * x)
  }

  private static func incompleteGamma(_ a: Double, _ x: Double) -> (lower: Double, upper: Double) {
    if a.isNaN || x.isNaN || !(a > 0) || a == .infinity || x < 0 { return (.nan, .nan) }
    if x == 0 { return (0, 1) }
    if x == .infinity { return (1, 0) }
    let maxIterations = iterationLimit(a)
    let epsilon = Double.ulpOfOne
    if x < a + 1 {
      // P = x^a·e^(−x)/Γ(a + 1) · Σ_{n≥0} x^n / ((a+1) … (a+n)); the terms shrink once a + n > x.
      // Γ(a + 1) rather than Γ(a)/a keeps the front finite when a is tiny.
      let front = a < 10 ? Math.exp(a * Math.log(x) - x - Math.lgamma(a + 1)) : gammaPrefix(a, x) / a
      if front == 0 { return (0, 1) }  // the sum is at most e^x < e^(a+1): P underflows too
      var ap = a, term = 1.0, sum = 1.0, converged = false
      for _ in 0..<maxIterations {
        ap += 1
        term *= x / ap
        sum += term
        if term <= sum * epsilon {
          converged = true
          break
        }
      }
      if !converged { return (.nan, .nan) }
      let p = min(front * sum, 1)
      return (p, 1 - p)
    }
    // Q = x^a·e^(−x)/Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))), by modified Lentz.
    let prefix = gammaPrefix(a, x)
    if prefix == 0 { return (1, 0) }  // the fraction is below 1
    let tiny = 1e-300
    var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
    var i = 1.0, converged = false
    for _ in 0..<maxIterations {
      let an = -i * (i - a)
      b += 2
      d = an * d + b
      if d.magnitude < tiny { d = tiny }
      c = b + an / c
      if c.magnitude < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if (delta - 1).magnitude <= epsilon {
        converged = true
        break
      }
      i += 1
    }
    if !converged { return (.nan, .nan) }
    let q = min(prefix * h, 1)
    return (1 - q, q)
  }

  /// x^a·e^(−x)/Γ(a). For a ≥ 10 it is exp(a·(log(x/a) − (x−a)/a) − stirlingCorrection(a))·√(a/2π),
  /// which avoids the cancellation between a·log x, x and lgamma(a) (all ~a·log a).
  private static func gammaPrefix(_ a: Double, _ x: Double) -> Double {
    if a < 10 { return Math.exp(a * Math.log(x) - x - Math.lgamma(a)) }
    let d = (x - a) / a
    var l: Double  // log(1 + d) − d
    if d.magnitude <= 0.25 {
      l = log1pMinusX(d)
    } else {
      let ratio = x / a
      l = (ratio.isNormal ? Math.log(ratio) : Math.log(x) - Math.log(a)) - d
    }
    return Math.exp(a * l - stirlingCorrection(a)) * (a / 6.283185307179586476925).squareRoot()
  }

  /// log(1 + d) − d for |d| ≤ 1/4 without cancellation: with r = d/(2 + d),
  /// log(1 + d) = 2·atanh(r) and d − 2r = r·d, so the result is −r·d + 2(r³/3 + r⁵/5 + …).
  private static func log1pMinusX(_ d: Double) -> Double {
    let r = d / (2 + d)
    let r2 = r * r
    let lead = -r * d
    var power = r * r2, k = 3.0, sum = 0.0
    while true {
      let term = power / k
      sum += term
      if term.magnitude <= lead.magnitude * 1e-17 || k > 60 { break }
      power *= r2
      k += 2
    }
    return lead + 2 * sum
  }

  /// Iterations allowed for the series and continued fractions: they need O(√a) steps.
  private static func iterationLimit(_ a: Double) -> Int {
    let limit = 200 + 20 * a.squareRoot()
    return limit.integer(clampedTo: 200...10_000_000)
  }

  // MARK: - Incomplete beta

  /// I_x(a, b), the regularized incomplete beta function (the CDF of a Beta(a, b) variable at x).
  ///
  /// The continued fraction runs on whichever of x and 1 − x converges fastest, so the smaller
  /// tail is computed directly. Relative error is ~1e-14 for moderate a and b and grows roughly
  /// like (a + b)·3e-16 (measured ≤ 3e-13 for a, b ≤ 1000). The fraction needs O(√max(a, b))
  /// steps; without convergence within the limit (or past overflow, a·b ≳ 1e300) the result is
  /// NaN. I_0 = 0 and I_1 = 1; x outside [0, 1], a ≤ 0, b ≤ 0, non-finite a or b, or NaN → NaN.
  static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
    incompleteBeta(x: x, y: 1 - x, a, b)
  }

  /// P(T > t) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2)/2 for t ≥ 0.
  ///
  /// Accurate in the right tail: tiny p-values keep their relative accuracy (≤ ~4e-14 measured for
  /// df ≤ 300). t = +∞ → 0, t = −∞ → 1; df > 1e30 (or +∞) uses the normal tail; df ≤ 0 or NaN → NaN.
  static func studentTSurvival(_ t: Double, _ df: Double) -> Double {
    let twoSided = studentTTwoSidedPValue(t, df)
    if twoSided.isNaN { return twoSided }
    return t >= 0 ? 0.5 * twoSided : 1 - 0.5 * twoSided
  }

  /// P(|T| ≥ |t|) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2).
  ///
  /// The two-sided p-value of a t statistic. t = 0 → 1; t = ±∞ → 0; df > 1e30 (or +∞) gives
  /// 2Φ(−|t|); df ≤ 0 or NaN → NaN.
  static func studentTTwoSidedPValue(_ t: Double, _ df: Double) -> Double {
    if t.isNaN || df.isNaN || !(df > 0) { return .nan }
    if t.isInfinite { return 0 }
    // Beyond 1e30 degrees of freedom the t and normal tails agree to double precision (and the
    // continued fraction's (a+m)(a+b+m) products would overflow near the top of the range).
    if df > 1e30 { return 2 * Math.normalCDF(-t.magnitude) }
    if 0.5 * df == 0 { return 1 }  // df subnormal: the tails are infinitely heavy
    // x = df/(df + t²) and y = t²/(df + t²) = 1 − x, each without cancellation or overflow.
    let x: Double, y: Double
    if t.magnitude > 1 {
      let u = df / t / t
      x = u / (1 + u)
      y = 1 / (1 + u)
    } else {
      let t2 = t * t
      x = df / (df + t2)
      y = t2 / (df + t2)
    }
    return incompleteBeta(x: x, y: y, 0.5 * df, 0.5)
  }

  /// I_x(a, b) where the caller supplies y = 1 − x (exactly, when it can).
  private static func incompleteBeta(x: Double, y: Double, _ a: Double, _ b: Double) -> Double {
    if x.isNaN || y.isNaN || a.isNaN || b.isNaN { return .nan }
    if !(a > 0) || !(b > 0) || a.isInfinite || b.isInfinite || x < 0 || x > 1 { return .nan }
    if x == 0 { return 0 }
    if y == 0 { return 1 }
    let logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y)
    let logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x)
    let logFront = a * logX + b * logY - Math.logBeta(a, b)  // log(x^a·y^b / B(a, b))
    // front/s for s = a or b; below 1 the division happens in the log, so a tiny s (where
    // B ≈ 1/s) cannot underflow the front before it is divided.
    func front(over s: Double) -> Double { s >= 1 ? exp(logFront) / s : exp(logFront - log(s)) }
    if x < (a + 1) / (a + b + 2) {
      let f = front(over: a)
      if f == 0 { return 0 }  // the fraction is O(1): the result underflows
      return min(f * betaContinuedFraction(x, a, b), 1)
    }
    let f = front(over: b)
    if f == 0 { return 1 }
    return max(1 - f * betaContinuedFraction(y, b, a), 0)
  }

  /// The continued fraction for I_x(a, b)·a·B(a, b)/(x^a (1−x)^b) (NR betacf, modified Lentz);
  /// it converges fast for x < (a + 1)/(a + b + 2). NaN when it does not converge within the
  /// iteration limit.
  private static func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = Double.ulpOfOne
    let qab = a + b, qap = a + 1, qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if d.magnitude < tiny { d = tiny }
    d = 1 / d
    var h = d
    var m = 1.0
    for _ in 0..<iterationLimit(a > b ? a : b) {
      let m2 = 2 * m
      // Even step: d_{2m} = m(b − m)x / ((a + 2m − 1)(a + 2m)).
      var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
      d = 1 + aa * d
      if d.magnitude < tiny { d = tiny }
      c = 1 + aa / c
      if c.magnitude < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      // Odd step: d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
      d = 1 + aa * d
      if d.magnitude < tiny { d = tiny }
      c = 1 + aa / c
      if c.magnitude < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if (delta - 1).magnitude <= epsilon { return h }
      m += 1
    }
    return .nan
  }
}
