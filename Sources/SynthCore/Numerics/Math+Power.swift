// pow follows fdlibm e_pow.c (algorithm and constants), rewritten in Swift. fdlibm's notice, and
// the one fdlibm 5.3 puts on its revised e_pow.c:
//
// ====================================================
// Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================
// Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
//
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================

extension Math {
  /// x^y (fdlibm e_pow.c): log2(x) in extra precision, y·log2(x) = n + y′ with |y′| ≤ 1/2,
  /// then 2^n · e^(y′·ln2).
  ///
  /// Error < 1 ulp; exact when x and y are integers and the result is representable.
  /// C99 special cases: `pow(x, ±0) = 1` and `pow(1, y) = 1` (even for NaN); `pow(−1, ±∞) = 1`;
  /// otherwise NaN in → NaN; (x < 0)^(non-integer) = NaN; |x| > 1: x^+∞ = +∞, x^−∞ = 0, and the
  /// reverse for |x| < 1; `pow(±0, y < 0) = +∞` (−∞ for −0 and odd y); overflow → ±∞; underflow →
  /// ±0 or a subnormal result rounded once.
  static func pow(_ x: Double, _ y: Double) -> Double {
    let l1 = 5.99999999999994648725e-01  // 0x3FE33333, 0x33333303
    let l2 = 4.28571428578550184252e-01  // 0x3FDB6DB6, 0xDB6FABFF
    let l3 = 3.33333329818377432918e-01  // 0x3FD55555, 0x518F264D
    let l4 = 2.72728123808534006489e-01  // 0x3FD17460, 0xA91D4101
    let l5 = 2.30660745775561754067e-01  // 0x3FCD864A, 0x93C9DB65
    let l6 = 2.06975017800338417784e-01  // 0x3FCA7E28, 0x4A454EEF
    let p1 = 1.66666666666666019037e-01  // 0x3FC55555, 0x5555553E
    let p2 = -2.77777777770155933842e-03  // 0xBF66C16C, 0x16BEBD93
    let p3 = 6.61375632143793436117e-05  // 0x3F11566A, 0xAF25DE2C
    let p4 = -1.65339022054652515390e-06  // 0xBEBBBD41, 0xC5D26BF1
    let p5 = 4.13813679705723846039e-08  // 0x3E663769, 0x72BEA4D0
    let ln2 = 6.93147180559945286227e-01  // 0x3FE62E42, 0xFEFA39EF
    let ln2H = 6.93147182464599609375e-01  // 0x3FE62E43, 0x00000000
    let ln2L = -1.90465429995776804525e-09  // 0xBE205C61, 0x0CA86C39
    let ovt = 8.0085662595372944372e-17  // −(1024 − log2(max + ulp/2))
    let cp = 9.61796693925975554329e-01  // 0x3FEEC709, 0xDC3A03FD = 2/(3 ln2)
    let cpH = 9.61796700954437255859e-01  // 0x3FEEC709, 0xE0000000
    let cpL = -7.02846165095275826516e-09  // 0xBE3E2FE0, 0x145B01F5
    let ivln2 = 1.44269504088896338700e+00  // 0x3FF71547, 0x652B82FE
    let ivln2H = 1.44269502162933349609e+00  // 0x3FF71547, 0x60000000
    let ivln2L = 1.92596299112661746887e-08  // 0x3E54AE0B, 0xF85DDF44
    let dpH1 = 5.84962487220764160156e-01  // 0x3FE2B803, 0x40000000 = log2(1.5) high
    let dpL1 = 1.35003920212974897128e-08  // 0x3E4CFDEB, 0x43CFD006 = log2(1.5) low

    let hx = highWord(x), lx = lowWord(x)
    let hy = highWord(y), ly = lowWord(y)
    var ix = hx & 0x7FFF_FFFF
    let iy = hy & 0x7FFF_FFFF

    if y == 0 || x == 1 { return 1 }
    if x.isNaN { return x }
    if y.isNaN { return y }

    // yIsInt: 0 = not an integer, 1 = odd integer, 2 = even integer (only needed for x < 0).
    var yIsInt: Int32 = 0
    if hx < 0 {
      if iy >= 0x4340_0000 {  // |y| ≥ 2^53: even
        yIsInt = 2
      } else if iy >= 0x3FF0_0000 {
        let e = (iy >> 20) - 0x3FF
        if e > 20 {
          let j = ly >> UInt32(52 - e)
          if j << UInt32(52 - e) == ly { yIsInt = 2 - Int32(j & 1) }
        } else if ly == 0 {
          let j = iy >> (20 - e)
          if j << (20 - e) == iy { yIsInt = 2 - (j & 1) }
        }
      }
    }

    if ly == 0 {
      if iy == 0x7FF0_0000 {  // y = ±∞
        if ((ix - 0x3FF0_0000) | Int32(bitPattern: lx)) == 0 { return 1 }  // (−1)^±∞
        if ix >= 0x3FF0_0000 { return hy >= 0 ? y : 0 }
        return hy < 0 ? -y : 0
      }
      if iy == 0x3FF0_0000 { return hy < 0 ? 1 / x : x }  // y = ±1
      if hy == 0x4000_0000 { return x * x }  // y = 2
      if hy == 0x3FE0_0000 && hx >= 0 { return x.squareRoot() }  // y = 1/2
    }

    var ax = x.magnitude
    if lx == 0 && (ix == 0x7FF0_0000 || ix == 0 || ix == 0x3FF0_0000) {  // x = ±0, ±∞, −1
      var z = ax
      if hy < 0 { z = 1 / z }
      if hx < 0 {
        if ((ix - 0x3FF0_0000) | yIsInt) == 0 { return .nan }  // (−1)^non-integer
        if yIsInt == 1 { z = -z }
      }
      return z
    }

    if hx < 0 && yIsInt == 0 { return .nan }  // (x < 0)^non-integer
    let sign: Double = hx < 0 && yIsInt == 1 ? -1 : 1

    // log2(|x|) = t1 + t2, with t1 holding ≤ 21 significand bits.
    var t1: Double, t2: Double
    if iy > 0x41E0_0000 {  // |y| > 2^31
      if iy > 0x43F0_0000 {  // |y| > 2^64: certain overflow or underflow
        if ix <= 0x3FEF_FFFF { return hy < 0 ? .infinity : 0 }
        if ix >= 0x3FF0_0000 { return hy > 0 ? .infinity : 0 }
      }
      if ix < 0x3FEF_FFFF { return hy < 0 ? sign * .infinity : sign * 0 }
      if ix > 0x3FF0_0000 { return hy > 0 ? sign * .infinity : sign * 0 }
      // |1 − x| ≤ 2^-20: log(x) ≈ t − t²/2 + t³/3 − t⁴/4
      let t = ax - 1
      let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
      let u = ivln2H * t
      let v = t * ivln2L - w * ivln2
      t1 = clearingLowWord(u + v)
      t2 = v - (t1 - u)
    } else {
      var n: Int32 = 0
      if ix < 0x0010_0000 {  // subnormal x
        ax *= 0x1p53
        n -= 53
        ix = highWord(ax)
      }
      n += (ix >> 20) - 0x3FF
      let j = ix & 0x000F_FFFF
      ix = j | 0x3FF0_0000
      let k: Int32
      if j <= 0x3988E {  // |x| < √(3/2)
        k = 0
      } else if j < 0xBB67A {  // |x| < √3
        k = 1
      } else {
        k = 0
        n += 1
        ix -= 0x0010_0000
      }
      ax = double(high: ix, low: lowWord(ax))
      let bp = k == 0 ? 1.0 : 1.5
      let dpH = k == 0 ? 0.0 : dpH1
      let dpL = k == 0 ? 0.0 : dpL1

      // s = sH + sL = (x − bp)/(x + bp)
      var u = ax - bp
      var v = 1 / (ax + bp)
      let s = u * v
      let sH = clearingLowWord(s)
      var tH = double(high: ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + (k << 18), low: 0)  // ≈ ax + bp
      var tL = ax - (tH - bp)
      let sL = v * ((u - sH * tH) - sH * tL)
      // log(ax)
      var s2 = s * s
      var r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))))
      r += sL * (sH + s)
      s2 = sH * sH
      tH = clearingLowWord(3 + s2 + r)
      tL = r - ((tH - 3) - s2)
      u = sH * tH
      v = sL * tH + tL * s
      // 2/(3 ln2) · (s + …)
      let pH = clearingLowWord(u + v)
      let pL = v - (pH - u)
      let zH = cpH * pH
      let zL = cpL * pH + pL * cp + dpL
      let t = Double(n)
      t1 = clearingLowWord(((zH + zL) + dpH) + t)
      t2 = zL - (((t1 - t) - dpH) - zH)
    }

    // y·log2(x) = pH + pL, splitting y as y1 + (y − y1).
    let y1 = clearingLowWord(y)
    let pL = (y - y1) * t1 + y * t2
    var pH = y1 * t1
    var z = pL + pH
    var j = highWord(z)
    let i = Int32(bitPattern: lowWord(z))
    if j >= 0x4090_0000 {  // z ≥ 1024
      if ((j - 0x4090_0000) | i) != 0 { return sign * .infinity }
      if pL + ovt > z - pH { return sign * .infinity }
    } else if (j & 0x7FFF_FFFF) >= 0x4090_CC00 {  // z ≤ −1075
      if ((j &- Int32(bitPattern: 0xC090_CC00)) | i) != 0 { return sign * 0 }
      if pL <= z - pH { return sign * 0 }
    }

    // 2^(pH + pL): n = nearest integer to z, then 2^n · e^((pH + pL − n)·ln2).
    let iz = j & 0x7FFF_FFFF
    var n: Int32 = 0
    if iz > 0x3FE0_0000 {  // |z| > 1/2
      n = j &+ (0x0010_0000 >> (((iz >> 20) - 0x3FF) + 1))
      let e = ((n & 0x7FFF_FFFF) >> 20) - 0x3FF
      let t = double(high: n & ~(0x000F_FFFF >> e), low: 0)
      n = ((n & 0x000F_FFFF) | 0x0010_0000) >> (20 - e)
      if j < 0 { n = -n }
      pH -= t
    }
    let t = clearingLowWord(pL + pH)
    let u = t * ln2H
    let v = (pL - (t - pH)) * ln2 + t * ln2L
    z = u + v
    let w = v - (z - u)
    let tt = z * z
    let c = z - tt * (p1 + tt * (p2 + tt * (p3 + tt * (p4 + tt * p5))))
    let r = (z * c) / (c - 2) - (w + z * w)
    z = 1 - (r - z)
    j = highWord(z) &+ (n << 20)
    if (j >> 20) <= 0 { return sign * scaledIntoSubnormal(z, n) }
    return sign * double(high: j, low: lowWord(z))
  }

  /// x^n for an integer exponent, through `pow(x, Double(n))`.
  ///
  /// Same accuracy and special cases as `pow(_:_:)` (< 1 ulp, exact for representable integer
  /// results), rather than the error that grows with log2|n| in repeated squaring. `n` is exact
  /// as a Double for |n| ≤ 2^53, which covers every 32-bit `Int`.
  static func pow(_ x: Double, _ n: Int) -> Double {
    Math.pow(x, Double(n))
  }
}
