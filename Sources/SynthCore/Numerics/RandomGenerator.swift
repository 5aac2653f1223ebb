/// The seeded pseudo-random generator every SynthCore draw goes through: xoshiro256** (Blackman
/// and Vigna, 2018) on four `UInt64` words.
///
/// The state is filled with the first four outputs of splitmix64 started at the seed, as the
/// xoshiro authors recommend. splitmix64 maps distinct counters to distinct outputs, so the four
/// words are never all zero, the one state xoshiro cannot leave. Every method uses fixed-width
/// integer arithmetic only, so a seed gives the same stream natively and in wasm32, where `Int` is
/// 32 bits:
///
///     var rng = RandomGenerator(seed: 42)
///     let u = rng.nextDouble()            // in [0, 1)
///     let i = rng.nextInt(below: 10)      // in 0..<10
///     rng.shuffle(&rows)
///
/// It also conforms to `RandomNumberGenerator`, but the stdlib's `Int.random(in:using:)` and
/// `shuffle(using:)` draw differently when `Int` is 32 bits: use `nextInt(below:)` and `shuffle(_:)`
/// for output that must match across targets. Period 2^256 − 1.
struct RandomGenerator: RandomNumberGenerator {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// Seeds the four state words with splitmix64(seed) outputs 1…4.
  init(seed: UInt64) {
    var counter = seed
    s0 = Self.splitMix64(&counter)
    s1 = Self.splitMix64(&counter)
    s2 = Self.splitMix64(&counter)
    s3 = Self.splitMix64(&counter)
  }

  /// One splitmix64 step (Steele, Lea and Flood, 2014): advances `state` and returns the mixed value.
  static func splitMix64(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    let result = Self.rotateLeft(s1 &* 5, by: 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = Self.rotateLeft(s3, by: 45)
    return result
  }

  /// A uniform double in [0, 1): the top 53 bits of `next()` times 2^-53, so every value is a
  /// multiple of 2^-53 and 1 is never returned.
  mutating func nextDouble() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform double in the open interval (0, 1): (53 bits + ½)·2^-53, in [2^-54, 1 − 2^-54].
  /// Safe to pass to `log` or `Math.normalQuantile`.
  mutating func nextOpenDouble() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1p-53
  }

  /// A uniform integer in 0..<n, without modulo bias (Lemire's multiply-and-reject, 2019, on
  /// 64-bit words). Requires n ≥ 1.
  mutating func nextInt64(below n: UInt64) -> UInt64 {
    precondition(n > 0, "nextInt64(below:) needs a positive bound")
    var product = next().multipliedFullWidth(by: n)
    if product.low < n {
      let threshold = (0 &- n) % n  // 2^64 mod n: low words below it would favour small results
      while product.low < threshold {
        product = next().multipliedFullWidth(by: n)
      }
    }
    return product.high
  }

  /// A uniform integer in 0..<n (see `nextInt64(below:)`). Requires n ≥ 1. It draws the same
  /// 64-bit values whether `Int` has 32 or 64 bits, so both targets get the same results.
  mutating func nextInt(below n: Int) -> Int {
    precondition(n > 0, "nextInt(below:) needs a positive bound")
    return Int(truncatingIfNeeded: nextInt64(below: UInt64(n)))
  }

  /// A standard normal draw by inversion: `Math.normalQuantile(nextOpenDouble())`.
  ///
  /// One 64-bit draw per value and no libm, so it is bit-identical across targets; the
  /// results lie within ±8.3 (the quantile of 2^-54).
  mutating func nextNormal() -> Double {
    Math.normalQuantile(nextOpenDouble())
  }

  /// Shuffles `array` in place (Fisher–Yates, from the end, with `nextInt(below:)`).
  /// - Complexity: O(n), n − 1 draws.
  mutating func shuffle<T>(_ array: inout [T]) {
    var i = array.count - 1
    while i > 0 {
      let j = nextInt(below: i + 1)
      if i != j { array.swapAt(i, j) }
      i -= 1
    }
  }

  /// An independent generator derived from this one: seeded with `next()`, so the parent
  /// advances by one draw and the child's stream is a fresh splitmix64-seeded state.
  mutating func split() -> RandomGenerator {
    RandomGenerator(seed: next())
  }

  /// Advances the state by 2^128 draws (the xoshiro256 jump polynomial), giving 2^128
  /// non-overlapping subsequences for parallel streams.
  mutating func jump() {
    let polynomial: (UInt64, UInt64, UInt64, UInt64) = (
      0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C
    )
    var t0: UInt64 = 0, t1: UInt64 = 0, t2: UInt64 = 0, t3: UInt64 = 0
    for word in [polynomial.0, polynomial.1, polynomial.2, polynomial.3] {
      for bit in 0..<64 {
        if word & (1 << UInt64(bit)) != 0 {
          t0 ^= s0
          t1 ^= s1
          t2 ^= s2
          t3 ^= s3
        }
        _ = next()
      }
    }
    s0 = t0
    s1 = t1
    s2 = t2
    s3 = t3
  }

  private static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }
}
