// The exp, log, log1p and expm1 algorithms and their constants are those of fdlibm
// (e_exp.c, e_log.c, s_log1p.c, s_expm1.c), rewritten in Swift:
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

/// Elementary and special functions written in pure Swift.
///
/// glibc and wasi-libc (musl) differ in the last bits of `exp`, `log`, `pow`, `erf` and `lgamma`, so
/// SynthCore never calls libm. Everything here uses only + − × ÷, `squareRoot()` and integer
/// operations on `Double.bitPattern`; IEEE-754 rounds those identically on every target (Swift does
/// not contract `a * b + c` into an FMA, and wasm has none), so the same input gives the same bits
/// natively and in wasm. Bit manipulation uses `Int32`/`UInt32`/`UInt64` only, because `Int` is 32
/// bits on wasm32.
///
/// Files: `Math.swift` (bit access, exp, expm1, log, log1p), `Math+Power.swift` (pow),
/// `Math+ErrorFunction.swift` (erf, erfc, normal CDF and quantile), `Math+Gamma.swift` (lgamma,
/// gamma, logBeta, digamma), `Math+IncompleteGammaBeta.swift` (regularized incomplete gamma and
/// beta, chi-square and Student t tails).
///
/// Accuracy is stated per function, in ulps against the correctly rounded result, as measured over
/// ≥ 20,000 random arguments each against mpmath at 40 digits.
enum Math {}

// MARK: - Bit access (fdlibm's __HI / __LO)

extension Math {
  /// The upper 32 bits of `x`: sign, exponent and the top 20 significand bits.
  static func highWord(_ x: Double) -> Int32 {
    Int32(truncatingIfNeeded: x.bitPattern >> 32)
  }

  /// The lower 32 significand bits of `x`.
  static func lowWord(_ x: Double) -> UInt32 {
    UInt32(truncatingIfNeeded: x.bitPattern)
  }

  static func double(high: Int32, low: UInt32) -> Double {
    Double(bitPattern: UInt64(UInt32(bitPattern: high)) << 32 | UInt64(low))
  }

  /// `x` with its low word zeroed: at most 21 significand bits, so products of two such values are exact.
  static func clearingLowWord(_ x: Double) -> Double {
    Double(bitPattern: x.bitPattern & 0xFFFF_FFFF_0000_0000)
  }

  /// `x · 2^k` by adding `k` to the exponent field; the result must be a normal number.
  static func addingToExponent(_ x: Double, _ k: Int32) -> Double {
    Double(bitPattern: x.bitPattern &+ UInt64(bitPattern: Int64(k) << 52))
  }

  /// `x · 2^n` for a normal `x` and a result in the subnormal range, rounded once (fdlibm's scalbn).
  static func scaledIntoSubnormal(_ x: Double, _ n: Int32) -> Double {
    let biased = Int32(truncatingIfNeeded: (x.bitPattern >> 52) & 0x7FF) + n
    if biased <= -54 { return x * 0 }  // keeps the sign
    let bits = (x.bitPattern & 0x800F_FFFF_FFFF_FFFF) | UInt64(UInt32(biased + 54)) << 52
    return Double(bitPattern: bits) * 0x1p-54
  }

  /// a·b as an unevaluated sum p + e with p = a·b rounded and e its exact error (Dekker, with
  /// Veltkamp splitting, so no FMA is needed). Requires |a·b| well inside the normal range.
  static func exactProduct(_ a: Double, _ b: Double) -> (Double, Double) {
    let p = a * b
    let ca = 134_217_729.0 * a, cb = 134_217_729.0 * b  // 2^27 + 1
    let ah = ca - (ca - a), bh = cb - (cb - b)
    let al = a - ah, bl = b - bh
    return (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
  }
}

// MARK: - Shared constants (computed properties, so no lazy global initialization)

extension Math {
  /// ln 2 split so that `k * ln2Hi` is exact for |k| < 2^21.
  static var ln2Hi: Double { 6.93147180369123816490e-01 }  // 0x3FE62E42, 0xFEE00000
  static var ln2Lo: Double { 1.90821492927058770002e-10 }  // 0x3DEA39EF, 0x35793C76
  static var invLn2: Double { 1.44269504088896338700e+00 }  // 0x3FF71547, 0x652B82FE
}

// MARK: - exp, expm1

extension Math {
  /// e^x (fdlibm e_exp.c): reduce x = k·ln2 + r with |r| ≤ ln2/2, then a Remez rational in r.
  ///
  /// Error < 1 ulp. `exp(0) == 1` exactly; x > 709.78 → +∞; x < −745.13 → 0; results below
  /// 2^−1022 are subnormal (rounded once); NaN → NaN; −∞ → 0.
  static func exp(_ x: Double) -> Double {
    let p1 = 1.66666666666666019037e-01  // 0x3FC55555, 0x5555553E
    let p2 = -2.77777777770155933842e-03  // 0xBF66C16C, 0x16BEBD93
    let p3 = 6.61375632143793436117e-05  // 0x3F11566A, 0xAF25DE2C
    let p4 = -1.65339022054652515390e-06  // 0xBEBBBD41, 0xC5D26BF1
    let p5 = 4.13813679705723846039e-08  // 0x3E663769, 0x72BEA4D0

    let hx = highWord(x)
    let negative = hx < 0
    let ix = hx & 0x7FFF_FFFF
    if ix >= 0x4086_2E42 {  // |x| ≥ 709.78, or not finite
      if ix >= 0x7FF0_0000 {
        if x.isNaN { return x }
        return negative ? 0 : x
      }
      if x > 7.09782712893383973096e+02 { return .infinity }  // 0x40862E42, 0xFEFA39EF
      if x < -7.45133219101941108420e+02 { return 0 }  // 0xC0874910, 0xD52D3051
    }

    var hi = 0.0, lo = 0.0, k: Int32 = 0, r = x
    if ix > 0x3FD6_2E42 {  // |x| > ln2/2
      if ix < 0x3FF0_A2B2 {  // and |x| < 1.5 ln2: k = ±1
        hi = negative ? x + ln2Hi : x - ln2Hi
        lo = negative ? -ln2Lo : ln2Lo
        k = negative ? -1 : 1
      } else {
        k = (invLn2 * x + (negative ? -0.5 : 0.5)).integer(clampedTo: Int32.min ... Int32.max)  // truncates toward zero, like C
        let t = Double(k)
        hi = x - t * ln2Hi  // exact: t·ln2Hi has ≤ 53 bits
        lo = t * ln2Lo
      }
      r = hi - lo
    } else if ix < 0x3E30_0000 {  // |x| < 2^-28: e^x rounds to 1 + x
      return 1 + x
    }

    let t = r * r
    let c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
    if k == 0 { return 1 - ((r * c) / (c - 2) - r) }
    let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
    if k >= -1021 { return addingToExponent(y, k) }
    return addingToExponent(y, k + 1000) * 0x1p-1000  // subnormal result: one rounding, here
  }

  /// e^x − 1, accurate for small |x| (fdlibm s_expm1.c).
  ///
  /// Error < 1 ulp. `expm1(±0) = ±0`; x > 709.78 → +∞; x < −38.1 → −1; NaN → NaN; −∞ → −1.
  static func expm1(_ x: Double) -> Double {
    let q1 = -3.33333333333331316428e-02  // 0xBFA11111, 0x111110F4
    let q2 = 1.58730158725481460165e-03  // 0x3F5A01A0, 0x19FE5585
    let q3 = -7.93650757867487942473e-05  // 0xBF14CE19, 0x9EAADBB7
    let q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA, 0x86E65239
    let q5 = -2.01099218183624371326e-07  // 0xBE8AFDB7, 0x6E09C32D

    let hx = highWord(x)
    let negative = hx < 0
    let ix = hx & 0x7FFF_FFFF
    if ix >= 0x4043_687A {  // |x| ≥ 56 ln2
      if ix >= 0x4086_2E42 {  // |x| ≥ 709.78
        if ix >= 0x7FF0_0000 {
          if x.isNaN { return x }
          return negative ? -1 : x
        }
        if x > 7.09782712893383973096e+02 { return .infinity }
      }
      if negative { return -1 }  // e^x < 2^-56: the result rounds to −1
    }

    var k: Int32 = 0, r = x, c = 0.0
    if ix > 0x3FD6_2E42 {  // |x| > ln2/2
      var hi: Double, lo: Double
      if ix < 0x3FF0_A2B2 {  // and |x| < 1.5 ln2
        hi = negative ? x + ln2Hi : x - ln2Hi
        lo = negative ? -ln2Lo : ln2Lo
        k = negative ? -1 : 1
      } else {
        k = (invLn2 * x + (negative ? -0.5 : 0.5)).integer(clampedTo: Int32.min ... Int32.max)
        let t = Double(k)
        hi = x - t * ln2Hi
        lo = t * ln2Lo
      }
      r = hi - lo
      c = (hi - r) - lo  // the rounding error of r
    } else if ix < 0x3C90_0000 {  // |x| < 2^-54
      return x
    }

    let hfx = 0.5 * r
    let hxs = r * hfx
    let r1 = 1 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))))
    let t = 3 - r1 * hfx
    var e = hxs * ((r1 - t) / (6 - r * t))
    if k == 0 { return r - (r * e - hxs) }
    e = r * (e - c) - c
    e -= hxs
    if k == -1 { return 0.5 * (r - e) - 0.5 }
    if k == 1 {
      if r < -0.25 { return -2 * (e - (r + 0.5)) }
      return 1 + 2 * (r - e)
    }
    if k <= -2 || k > 56 {  // 1 is negligible next to e^x or e^x next to 1
      let y = 1 - (e - r)
      return addingToExponent(y, k) - 1
    }
    if k < 20 {
      let oneMinusTwoToMinusK = double(high: 0x3FF0_0000 - (0x20_0000 >> k), low: 0)
      return addingToExponent(oneMinusTwoToMinusK - (e - r), k)
    }
    let twoToMinusK = double(high: (0x3FF - k) << 20, low: 0)
    return addingToExponent((r - (e + twoToMinusK)) + 1, k)
  }
}

// MARK: - log, log1p

extension Math {
  // Coefficients of R(s²) in log(1+f) = 2s + s·R(s²) (fdlibm Lg1…Lg7; log1p's Lp1…Lp7 are the same).
  static var lg1: Double { 6.666666666666735130e-01 }  // 0x3FE55555, 0x55555593
  static var lg2: Double { 3.999999999940941908e-01 }  // 0x3FD99999, 0x9997FA04
  static var lg3: Double { 2.857142874366239149e-01 }  // 0x3FD24924, 0x94229359
  static var lg4: Double { 2.222219843214978396e-01 }  // 0x3FCC71C5, 0x1D8E78AF
  static var lg5: Double { 1.818357216161805012e-01 }  // 0x3FC74664, 0x96CB03DE
  static var lg6: Double { 1.531383769920937332e-01 }  // 0x3FC39A09, 0xD078C69F
  static var lg7: Double { 1.479819860511658591e-01 }  // 0x3FC2F112, 0xDF3E5244

  /// Natural logarithm (fdlibm e_log.c): x = 2^k·(1+f) with √2/2 < 1+f < √2, then
  /// log(1+f) = 2s + s·R(s²) with s = f/(2+f).
  ///
  /// Error < 1 ulp. `log(1) == 0`; `log(±0) = −∞`; x < 0 → NaN; `log(+∞) = +∞`; NaN → NaN;
  /// subnormal x is scaled by 2^54 first, so it is as accurate as normal x.
  static func log(_ x: Double) -> Double {
    var x = x
    var hx = highWord(x)
    var k: Int32 = 0
    if hx < 0x0010_0000 {  // x < 2^-1022: zero, subnormal, negative or −NaN
      if x == 0 { return -.infinity }
      if hx < 0 { return x.isNaN ? x : .nan }
      k -= 54
      x *= 0x1p54
      hx = highWord(x)
    }
    if hx >= 0x7FF0_0000 { return x }  // +∞ or NaN
    k += (hx >> 20) - 1023
    hx &= 0x000F_FFFF
    let i = (hx + 0x95F64) & 0x10_0000  // 0x100000 when the significand ≥ √2: use x/2
    x = double(high: hx | (i ^ 0x3FF0_0000), low: lowWord(x))
    k += i >> 20
    let f = x - 1
    let dk = Double(k)
    if (0x000F_FFFF & (2 + hx)) < 3 {  // |f| < 2^-20
      if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
      let r = f * f * (0.5 - 0.33333333333333333 * f)
      if k == 0 { return f - r }
      return dk * ln2Hi - ((r - dk * ln2Lo) - f)
    }
    let s = f / (2 + f)
    let z = s * s
    let w = z * z
    let t1 = w * (lg2 + w * (lg4 + w * lg6))
    let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
    let r = t2 + t1
    if ((hx - 0x6147A) | (0x6B851 - hx)) > 0 {  // f beyond ±0.15ish: keep f²/2 separate
      let hfsq = 0.5 * f * f
      if k == 0 { return f - (hfsq - s * (hfsq + r)) }
      return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
    }
    if k == 0 { return f - s * (f - r) }
    return dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
  }

  /// log(1 + x), accurate for small |x| (fdlibm s_log1p.c).
  ///
  /// Error < 1 ulp. `log1p(±0) = ±0`; `log1p(−1) = −∞`; x < −1 → NaN; +∞ → +∞; NaN → NaN.
  static func log1p(_ x: Double) -> Double {
    let hx = highWord(x)
    let ax = hx & 0x7FFF_FFFF
    var k: Int32 = 1, f = 0.0, c = 0.0, hu: Int32 = 0
    if hx < 0x3FDA_827A {  // x < 0.41422
      if ax >= 0x3FF0_0000 {  // x ≤ −1, or −NaN
        if x == -1 { return -.infinity }
        return x.isNaN ? x : .nan
      }
      if ax < 0x3E20_0000 {  // |x| < 2^-29
        if ax < 0x3C90_0000 { return x }  // |x| < 2^-54
        return x - x * x * 0.5
      }
      if hx > 0 || hx <= Int32(bitPattern: 0xBFD2_BEC3) {  // −0.2929 < x < 0.41422: f = x
        k = 0
        f = x
        hu = 1
      }
    }
    if hx >= 0x7FF0_0000 { return x }  // +∞ or NaN
    if k != 0 {
      var u: Double
      if hx < 0x4340_0000 {
        u = 1 + x
        hu = highWord(u)
        k = (hu >> 20) - 1023
        c = k > 0 ? 1 - (u - x) : x - (u - 1)  // the rounding error of 1 + x
        c /= u
      } else {
        u = x  // 1 + x == x
        hu = highWord(u)
        k = (hu >> 20) - 1023
        c = 0
      }
      hu &= 0x000F_FFFF
      if hu < 0x6A09E {  // normalize u into [√2/2, √2)
        u = double(high: hu | 0x3FF0_0000, low: lowWord(u))
      } else {
        k += 1
        u = double(high: hu | 0x3FE0_0000, low: lowWord(u))
        hu = (0x0010_0000 - hu) >> 2
      }
      f = u - 1
    }
    let dk = Double(k)
    let hfsq = 0.5 * f * f
    if hu == 0 {  // |f| < 2^-20
      if f == 0 { return k == 0 ? 0 : dk * ln2Hi + (c + dk * ln2Lo) }
      let r = hfsq * (1 - 0.66666666666666666 * f)
      if k == 0 { return f - r }
      return dk * ln2Hi - ((r - (dk * ln2Lo + c)) - f)
    }
    let s = f / (2 + f)
    let z = s * s
    let r = z * (lg1 + z * (lg2 + z * (lg3 + z * (lg4 + z * (lg5 + z * (lg6 + z * lg7))))))
    if k == 0 { return f - (hfsq - s * (hfsq + r)) }
    return dk * ln2Hi - ((hfsq - (s * (hfsq + r) + (dk * ln2Lo + c))) - f)
  }
}
