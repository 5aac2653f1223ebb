// erf and erfc follow fdlibm s_erf.c (algorithm and constants), rewritten in Swift:
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================
//
// normalQuantile is Wichura's AS 241 (PPND16), Applied Statistics 37 (1988) 477–484.

extension Math {
  // MARK: - erf, erfc

  /// The error function (fdlibm s_erf.c): rational approximations on [0, 0.84375) and
  /// [0.84375, 1.25), then 1 − erfc(x).
  ///
  /// Error < 1 ulp. `erf(±0) = ±0`; |x| ≥ 6 → ±1; `erf(±∞) = ±1`; NaN → NaN; subnormal x gives
  /// 2x/√π without underflowing early.
  static func erf(_ x: Double) -> Double {
    let hx = highWord(x)
    let ix = hx & 0x7FFF_FFFF
    if ix >= 0x7FF0_0000 {
      if x.isNaN { return x }
      return hx < 0 ? -1 : 1
    }
    if ix < 0x3FEB_0000 {  // |x| < 0.84375
      if ix < 0x3E30_0000 {  // |x| < 2^-28
        let efx = 1.28379167095512586316e-01  // 0x3FC06EBA, 0x8214DB69 = 2/√π − 1
        let efx8 = 1.02703333676410069053e+00  // 0x3FF06EBA, 0x8214DB69 = 8·efx
        if ix < 0x0080_0000 { return 0.125 * (8 * x + efx8 * x) }  // avoid underflow
        return x + efx * x
      }
      return x + x * smallRatio(x * x)
    }
    if ix < 0x3FF4_0000 {  // |x| < 1.25
      let v = erx + middleRatio(x.magnitude - 1)
      return hx >= 0 ? v : -v
    }
    if ix >= 0x4018_0000 { return hx >= 0 ? 1 : -1 }  // |x| ≥ 6
    let ax = x.magnitude
    let z = clearingLowWord(ax)
    let r = Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + tailRatio(ax, nearRange: ix < 0x4006_DB6E))
    return hx >= 0 ? 1 - r / ax : r / ax - 1
  }

  /// The complementary error function 1 − erf(x), accurate in the right tail (fdlibm s_erf.c):
  /// erfc(x) = exp(−x² − 0.5625 + R(1/x²)/S(1/x²)) / x for x ≥ 1.25, with −x² split exactly.
  ///
  /// Error ≤ 2.5 ulp (measured 2.2) for x < 26.5; beyond, the result is subnormal and loses
  /// relative but not absolute accuracy. x ≥ 28 → 0; x ≤ −6 → 2; `erfc(−∞) = 2`,
  /// `erfc(+∞) = 0`; NaN → NaN.
  static func erfc(_ x: Double) -> Double {
    let hx = highWord(x)
    let ix = hx & 0x7FFF_FFFF
    if ix >= 0x7FF0_0000 {
      if x.isNaN { return x }
      return hx < 0 ? 2 : 0
    }
    if ix < 0x3FEB_0000 {  // |x| < 0.84375
      if ix < 0x3C70_0000 { return 1 - x }  // |x| < 2^-56
      let y = smallRatio(x * x)
      if hx < 0x3FD0_0000 { return 1 - (x + x * y) }  // x < 1/4
      return 0.5 - (x * y + (x - 0.5))
    }
    if ix < 0x3FF4_0000 {  // |x| < 1.25
      let v = middleRatio(x.magnitude - 1)
      return hx >= 0 ? (1 - erx) - v : 1 + (erx + v)
    }
    if ix >= 0x403C_0000 { return hx > 0 ? 0 : 2 }  // |x| ≥ 28
    if hx < 0 && ix >= 0x4018_0000 { return 2 }  // x ≤ −6
    let ax = x.magnitude
    let z = clearingLowWord(ax)
    let r = Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + tailRatio(ax, nearRange: ix < 0x4006_DB6D))
    return hx > 0 ? r / ax : 2 - r / ax
  }

  /// erf(1) rounded to 24 bits; erf on [0.84375, 1.25) is this plus a small rational.
  private static var erx: Double { 8.45062911510467529297e-01 }  // 0x3FEB0AC1, 0x60000000

  /// (erf(x) − x)/x on |x| < 0.84375, as a rational in z = x².
  private static func smallRatio(_ z: Double) -> Double {
    let pp0 = 1.28379167095512558561e-01  // 0x3FC06EBA, 0x8214DB68
    let pp1 = -3.25042107247001499370e-01  // 0xBFD4CD7D, 0x691CB913
    let pp2 = -2.84817495755985104766e-02  // 0xBF9D2A51, 0xDBD7194F
    let pp3 = -5.77027029648944159157e-03  // 0xBF77A291, 0x236668E4
    let pp4 = -2.37630166566501626084e-05  // 0xBEF8EAD6, 0x120016AC
    let qq1 = 3.97917223959155352819e-01  // 0x3FD97779, 0xCDDADC09
    let qq2 = 6.50222499887672944485e-02  // 0x3FB0A54C, 0x5536CEBA
    let qq3 = 5.08130628187576562776e-03  // 0x3F74D022, 0xC4D36B0F
    let qq4 = 1.32494738004321644526e-04  // 0x3F215DC9, 0x221C1A10
    let qq5 = -3.96022827877536812320e-06  // 0xBED09C43, 0x42A26120
    let r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)))
    let s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))))
    return r / s
  }

  /// erf(1 + s) − erx on 0.84375 ≤ |x| < 1.25, where s = |x| − 1.
  private static func middleRatio(_ s: Double) -> Double {
    let pa0 = -2.36211856075265944077e-03  // 0xBF6359B8, 0xBEF77538
    let pa1 = 4.14856118683748331666e-01  // 0x3FDA8D00, 0xAD92B34D
    let pa2 = -3.72207876035701323847e-01  // 0xBFD7D240, 0xFBB8C3F1
    let pa3 = 3.18346619901161753674e-01  // 0x3FD45FCA, 0x805120E4
    let pa4 = -1.10894694282396677476e-01  // 0xBFBC6398, 0x3D3E28EC
    let pa5 = 3.54783043256182359371e-02  // 0x3FA22A36, 0x599795EB
    let pa6 = -2.16637559486879084300e-03  // 0xBF61BF38, 0x0A96073F
    let qa1 = 1.06420880400844228286e-01  // 0x3FBB3E66, 0x18EEE323
    let qa2 = 5.40397917702171048937e-01  // 0x3FE14AF0, 0x92EB6F33
    let qa3 = 7.18286544141962662868e-02  // 0x3FB2635C, 0xD99FE9A7
    let qa4 = 1.26171219808761642112e-01  // 0x3FC02660, 0xE763351F
    let qa5 = 1.36370839120290507362e-02  // 0x3F8BEDC2, 0x6B51DD1C
    let qa6 = 1.19844998467991074170e-02  // 0x3F888B54, 0x5735151D
    let p = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))))
    let q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))))
    return p / q
  }

  /// log(x·erfc(x)) + x² + 0.5625 for x ≥ 1.25, as a rational in 1/x²: one fit below 1/0.35
  /// (`nearRange`), another above.
  private static func tailRatio(_ ax: Double, nearRange: Bool) -> Double {
    let s = 1 / (ax * ax)
    if nearRange {
      let ra0 = -9.86494403484714822705e-03  // 0xBF843412, 0x600D6435
      let ra1 = -6.93858572707181764372e-01  // 0xBFE63416, 0xE4BA7360
      let ra2 = -1.05586262253232909814e+01  // 0xC0251E04, 0x41B0E726
      let ra3 = -6.23753324503260060396e+01  // 0xC04F300A, 0xE4CBA38D
      let ra4 = -1.62396669462573470355e+02  // 0xC0644CB1, 0x84282266
      let ra5 = -1.84605092906711035994e+02  // 0xC067135C, 0xEBCCABB2
      let ra6 = -8.12874355063065934246e+01  // 0xC0545265, 0x57E4D2F2
      let ra7 = -9.81432934416914548592e+00  // 0xC023A0EF, 0xC69AC25C
      let sa1 = 1.96512716674392571292e+01  // 0x4033A6B9, 0xBD707687
      let sa2 = 1.37657754143519042600e+02  // 0x4061350C, 0x526AE721
      let sa3 = 4.34565877475229228821e+02  // 0x407B290D, 0xD58A1A71
      let sa4 = 6.45387271733267880336e+02  // 0x40842B19, 0x21EC2868
      let sa5 = 4.29008140027567833386e+02  // 0x407AD021, 0x57700314
      let sa6 = 1.08635005541779435134e+02  // 0x405B28A3, 0xEE48AE2C
      let sa7 = 6.57024977031928170135e+00  // 0x401A47EF, 0x8E484A93
      let sa8 = -6.04244152148580987438e-02  // 0xBFAEEFF2, 0xEE749A62
      let r = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))))
      let q = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))))
      return r / q
    }
    let rb0 = -9.86494292470009928597e-03  // 0xBF843412, 0x39E86F4A
    let rb1 = -7.99283237680523006574e-01  // 0xBFE993BA, 0x70C285DE
    let rb2 = -1.77579549177547519889e+01  // 0xC031C209, 0x555F995A
    let rb3 = -1.60636384855821916062e+02  // 0xC064145D, 0x43C5ED98
    let rb4 = -6.37566443368389627722e+02  // 0xC083EC88, 0x1375F228
    let rb5 = -1.02509513161107724954e+03  // 0xC0900461, 0x6A2E5992
    let rb6 = -4.83519191608651397019e+02  // 0xC07E384E, 0x9BDC383F
    let sb1 = 3.03380607434824582924e+01  // 0x403E568B, 0x261D5190
    let sb2 = 3.25792512996573918826e+02  // 0x40745CAE, 0x221B9F0A
    let sb3 = 1.53672958608443695994e+03  // 0x409802EB, 0x189D5118
    let sb4 = 3.19985821950859553908e+03  // 0x40A8FFB7, 0x688C246A
    let sb5 = 2.55305040643316442583e+03  // 0x40A3F219, 0xCEDF3BE6
    let sb6 = 4.74528541206955367215e+02  // 0x407DA874, 0xE79FE763
    let sb7 = -2.24409524465858183362e+01  // 0xC03670E2, 0x42712D62
    let r = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))))
    let q = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))))
    return r / q
  }

  // MARK: - Normal distribution

  /// The standard normal CDF Φ(x) = erfc(−x/√2)/2, accurate in both tails.
  ///
  /// For |x| ≥ 1.25·√2, Φ is computed from x itself, not from a rounded x/√2: erfc's
  /// exp(−t²) factor is formed as exp(−x²/2) with x² split exactly, which keeps relative error
  /// at a few ulps where a rounded argument would cost ~x² ulps (e.g. Φ(−10) ≈ 7.6e-24); for
  /// smaller |x| the argument x/√2 is carried in two parts. Error ≤ 4 ulp (measured 3.5) where Φ
  /// is a normal number; Φ(x) underflows to 0 below about −38.5 and rounds to 1 above 8.3;
  /// `Φ(−∞) = 0`, `Φ(+∞) = 1`; NaN → NaN.
  static func normalCDF(_ x: Double) -> Double {
    if x.isNaN { return x }
    let ax = x.magnitude
    if ax < 1.7677669529663689 {  // |x|/√2 < 1.25
      // u = −x/√2 = uh + ul exactly enough (Dekker's product with a two-part 1/√2), then
      // erfc(uh + ul) ≈ erfc(uh) − ul·(2/√π)·e^(−uh²): a rounded u would cost up to 3 ulp here.
      let (ph, pl) = exactProduct(x, 0.7071067811865476)
      let uh = -ph
      let ul = -(pl + x * -4.833646656726457e-17)
      return 0.5 * Math.erfc(uh) - ul * 0.5641895835477563 * Math.exp(-(uh * uh))
    }
    let lower = lowerTail(ax)  // Φ(−|x|)
    return x < 0 ? lower : 1 - lower
  }

  /// Φ(−ax) for ax ≥ 1.25·√2: erfc(t)/2 with t = ax/√2, using −t² = −x²/2 split into an exact
  /// head and a small tail.
  private static func lowerTail(_ ax: Double) -> Double {
    let t = ax * 0.70710678118654752440
    if t >= 28 { return 0 }  // Φ < 1e-342
    let xh = clearingLowWord(ax)  // xh² is exact (≤ 42 bits), and so is xh²/2
    let ratio = tailRatio(t, nearRange: t < 2.857142857142857)
    let r = Math.exp(-0.5 * (xh * xh) - 0.5625) * Math.exp(0.5 * ((xh - ax) * (xh + ax)) + ratio)
    return (r / ax) * 0.70710678118654752440  // erfc(t)/2 = r/(2t) = r/(√2·ax)
  }

  /// The standard normal quantile Φ⁻¹(p) (Wichura AS 241, PPND16): rational approximations in
  /// p − 1/2 for |p − 1/2| ≤ 0.425, else in √(−log(min(p, 1 − p))).
  ///
  /// Relative error ≤ 1e-15 for p in [1e-300, 1 − 2^-53] (measured ≤ 7.5e-16, 6 ulp). For p > 1/2
  /// the result depends on 1 − p, which is exact in double. p ≤ 0 → −∞, p ≥ 1 → +∞, NaN → NaN.
  /// `normalQuantile(0.5) == 0`.
  static func normalQuantile(_ p: Double) -> Double {
    if p.isNaN { return p }
    if p <= 0 { return -.infinity }
    if p >= 1 { return .infinity }
    let q = p - 0.5
    if q.magnitude <= 0.425 {
      let a0 = 3.3871328727963666080e0, a1 = 1.3314166789178437745e+2
      let a2 = 1.9715909503065514427e+3, a3 = 1.3731693765509461125e+4
      let a4 = 4.5921953931549871457e+4, a5 = 6.7265770927008700853e+4
      let a6 = 3.3430575583588128105e+4, a7 = 2.5090809287301226727e+3
      let b1 = 4.2313330701600911252e+1, b2 = 6.8718700749205790830e+2
      let b3 = 5.3941960214247511077e+3, b4 = 2.1213794301586595867e+4
      let b5 = 3.9307895800092710610e+4, b6 = 2.8729085735721942674e+4
      let b7 = 5.2264952788528545610e+3
      let r = 0.180625 - q * q
      let num = ((((((a7 * r + a6) * r + a5) * r + a4) * r + a3) * r + a2) * r + a1) * r + a0
      let den = ((((((b7 * r + b6) * r + b5) * r + b4) * r + b3) * r + b2) * r + b1) * r + 1
      return q * num / den
    }
    var r = (q < 0 ? p : 1 - p)
    r = (-Math.log(r)).squareRoot()
    var value: Double
    if r <= 5 {
      let c0 = 1.42343711074968357734e0, c1 = 4.63033784615654529590e0
      let c2 = 5.76949722146069140550e0, c3 = 3.64784832476320460504e0
      let c4 = 1.27045825245236838258e0, c5 = 2.41780725177450611770e-1
      let c6 = 2.27238449892691845833e-2, c7 = 7.74545014278341407640e-4
      let d1 = 2.05319162663775882187e0, d2 = 1.67638483018380384940e0
      let d3 = 6.89767334985100004550e-1, d4 = 1.48103976427480074590e-1
      let d5 = 1.51986665636164571966e-2, d6 = 5.47593808499534494600e-4
      let d7 = 1.05075007164441684324e-9
      r -= 1.6
      let num = ((((((c7 * r + c6) * r + c5) * r + c4) * r + c3) * r + c2) * r + c1) * r + c0
      let den = ((((((d7 * r + d6) * r + d5) * r + d4) * r + d3) * r + d2) * r + d1) * r + 1
      value = num / den
    } else {
      let e0 = 6.65790464350110377720e0, e1 = 5.46378491116411436990e0
      let e2 = 1.78482653991729133580e0, e3 = 2.96560571828504891230e-1
      let e4 = 2.65321895265761230930e-2, e5 = 1.24266094738807843860e-3
      let e6 = 2.71155556874348757815e-5, e7 = 2.01033439929228813265e-7
      let f1 = 5.99832206555887937690e-1, f2 = 1.36929880922735805310e-1
      let f3 = 1.48753612908506148525e-2, f4 = 7.86869131145613259100e-4
      let f5 = 1.84631831751005468180e-5, f6 = 1.42151175831644588870e-7
      let f7 = 2.04426310338993978564e-15
      r -= 5
      let num = ((((((e7 * r + e6) * r + e5) * r + e4) * r + e3) * r + e2) * r + e1) * r + e0
      let den = ((((((f7 * r + f6) * r + f5) * r + f4) * r + f3) * r + f2) * r + f1) * r + 1
      value = num / den
    }
    return q < 0 ? -value : value
  }
}
