import Testing
@testable import SynthCore

// Reference bandwidths: R 4.2.2 (Debian r-base-core 4.2.2), printed with sprintf("%.17g", ...).
// The vectors are built from exact integer arithmetic and single IEEE operations, so R and Swift
// see the same doubles. The R commands:
//   u <- ((i * 7919) %% 1000) / 1000                      # i <- 1:n, as in `pattern` below
//   bw.SJ(x); bw.nrd0(x)                                  # x as named in each test
// with x = c(1, 2, 3, 4, 5, 7, 11, 13, 20); ((i * 7919) %% 1000) / 10 for i in 1:2000;
// u * u * u * 100 for 1:3000 and 1:300; ((i * 7919) %% 1000) / 10 - 37.3 for 1:800;
// 1 / (u + 0.001) and ifelse(u < 0.5, u, u + 100) and
// c(rep(0, 400), rep(1, 300), rep(50, 300)) + u / 1000 for 1:1000;
// w <- ((i * 7919) %% 100003) / 100003; w * w * 50 + ((i * 31) %% 7) for i in 1:200000.

/// ((i · 7919) mod modulus) / divisor for i in 1...n: a deterministic permutation-like sequence.
private func pattern(_ n: Int, modulus: Int = 1000, divisor: Double = 1000) -> [Double] {
  (1...n).map { Double(($0 * 7919) % modulus) / divisor }
}

private enum Vectors {
  static let small: [Double] = [1, 2, 3, 4, 5, 7, 11, 13, 20]
  static let uniform = pattern(2000, divisor: 10)
  static let skewed = pattern(3000).map { $0 * $0 * $0 * 100 }
  static let skewedSmall = pattern(300).map { $0 * $0 * $0 * 100 }
  static let shifted = pattern(800, divisor: 10).map { $0 - 37.3 }
  static let heavy = pattern(1000).map { 1 / ($0 + 0.001) }  // R widens the search 14 times
  static let bimodal = pattern(1000).map { $0 < 0.5 ? $0 : $0 + 100 }
  static let clumps = pattern(1000).enumerated().map { i, u -> Double in
    let base: Double = i < 400 ? 0 : i < 700 ? 1 : 50
    return base + u / 1000
  }
  static let large = (1...200_000).map { i -> Double in
    let w = Double((i * 7919) % 100_003) / 100_003
    return w * w * 50 + Double((i * 31) % 7)
  }
}

@Test func sheatherJonesMatchesR() throws {
  let cases: [([Double], Double)] = [
    (Vectors.small, 2.6816970564698748),  // n ≤ 500: R counts pairs one by one
    (Vectors.skewedSmall, 1.7722956250559627),
    (Vectors.uniform, 3.6051377864559666),  // n > 500: R bins first
    (Vectors.skewed, 0.47614248652689517),
    (Vectors.shifted, 5.0776952248530378),  // negative and positive values
    (Vectors.heavy, 0.017363147753677931),
    (Vectors.bimodal, 0.30799425006860592),
    (Vectors.clumps, 0.22969855748030726),
    (Vectors.large, 0.35195797639408172),
    ([1, 2], 0.11569036699762997),
    ([0, 1, 10], 1.2258453898404045),
  ]
  for (values, expected) in cases {
    expectClose(try #require(Smoothing.sheatherJonesBandwidth(values)), expected, relative: 1e-6)
  }
}

@Test func silvermanMatchesR() throws {
  let cases: [([Double], Double)] = [
    (Vectors.small, 3.4624156028628583),
    (Vectors.uniform, 5.6826939999057808),
    (Vectors.skewed, 5.1372016528376276),
    (Vectors.skewedSmall, 8.1604478221069616),
    (Vectors.shifted, 6.814446458612232),
    (Vectors.heavy, 0.44794854925489147),
    (Vectors.large, 1.1784253809618395),
    ([0, 0, 0, 0, 0, 1, 5], 0.22755590375389284),  // IQR 0: falls back to the sd
    ([3, 3, 3], 2.167402216752623),  // sd 0: |x[1]|
    ([-2.5, -2.5], 1.9587387674162793),
    ([0, 0, 0], 0.72246740558420763),  // all zero: 1
  ]
  for (values, expected) in cases {
    expectClose(try #require(Smoothing.silvermanBandwidth(values)), expected, relative: 1e-6)
  }
}

@Test func bandwidthsAreNilWhereRStops() {
  // R: "need at least 2 data points", and "sample is too sparse to find TD" for zero scale.
  for values: [Double] in [[], [1], [4, 4, 4], [1, 1, 1, 1, 2], [1, .infinity, 3], [-.infinity, 0]] {
    #expect(Smoothing.sheatherJonesBandwidth(values) == nil)
  }
  for values: [Double] in [[], [7], [1, .infinity, 3]] {
    #expect(Smoothing.silvermanBandwidth(values) == nil)
  }
}

// MARK: - smooth

private func smoothed(
  _ values: [Double], min: Double? = nil, max: Double? = nil, decimals: Int? = nil, seed: UInt64 = 1
) -> [Double] {
  var result = values
  var rng = RandomGenerator(seed: seed)
  Smoothing.smooth(
    &result, observedMin: min ?? values.min() ?? 0, observedMax: max ?? values.max() ?? 0,
    decimals: decimals, rng: &rng)
  return result
}

/// What `smooth` must produce: one normal draw per smoothed value in index order, then the clip.
private func expectedSmoothing(
  _ values: [Double], bandwidth: Double, min: Double, max: Double, seed: UInt64, skip: (Double) -> Bool
) -> [Double] {
  var rng = RandomGenerator(seed: seed)
  return values.map { skip($0) ? $0 : Swift.min(Swift.max($0 + bandwidth * rng.nextNormal(), min), max) }
}

@Test func smoothAddsNoiseOfTheSheatherJonesBandwidthInIndexOrder() throws {
  let values = Vectors.skewed
  let bandwidth = try #require(Smoothing.sheatherJonesBandwidth(values))
  let expected = expectedSmoothing(values, bandwidth: bandwidth, min: 0, max: 100, seed: 9) { _ in false }
  #expect(smoothed(values, min: 0, max: 100, seed: 9) == expected)
}

@Test func changesHaveTheBandwidthsMagnitude() throws {
  let values = pattern(20_000, modulus: 10_007, divisor: 10.007).map { $0 + 500 }  // far from the clip
  let bandwidth = try #require(Smoothing.sheatherJonesBandwidth(values))
  let result = smoothed(values, min: 0, max: 10_000)
  var totalChange = 0.0
  for (a, b) in zip(values, result) { totalChange += (a - b).magnitude }
  let meanChange = totalChange / Double(values.count)  // E|Z|·bw ≈ 0.80·bw
  #expect(meanChange > 0.3 * bandwidth && meanChange < 1.2 * bandwidth)
  #expect(zip(values, result).filter { $0 == $1 }.isEmpty)
}

@Test func aValueHeldByMoreThan70PercentIsKept() {
  let values = (0..<1000).map { $0 % 10 < 8 ? 0 : Double($0) / 10 }  // 80% zeros
  let result = smoothed(values, min: 0, max: 100)
  for (before, after) in zip(values, result) where before == 0 { #expect(after == 0) }
  #expect(zip(values, result).filter { $0 != 0 && $0 == $1 }.count < 5)

  let seventy = (0..<1000).map { $0 % 10 < 7 ? 0 : Double($0) / 10 }  // exactly 70%: smoothed
  #expect(zip(seventy, smoothed(seventy, min: 0, max: 100)).filter { $0 == 0 && $1 != 0 }.count > 100)
}

@Test func topCodedMaximumIsKeptAndBoundsTheValues() {
  // 900 distinct values below a ceiling held by 100: 10·1 < 100 − 1, so the data look top-coded.
  let values = (0..<1000).map { $0 < 900 ? Double($0) / 10 : 100 }
  let result = smoothed(values, min: 0, max: 100)
  for (before, after) in zip(values, result) where before == 100 { #expect(after == 100) }
  #expect(result.allSatisfy { $0 >= 0 && $0 <= 100 })
  #expect(zip(values, result).filter { $0 < 100 && $0 == $1 }.count < 5)

  // With 20 at the second-largest value, 10·20 ≥ 100 − 20: not top-coded, so the maximum is smoothed too.
  let spread = (0..<1000).map { $0 < 880 ? Double($0) / 10 : $0 < 900 ? 99 : 100 }
  #expect(zip(spread, smoothed(spread, min: 0, max: 100)).filter { $0 == 100 && $1 != 100 }.count > 25)
}

@Test func valuesAreClippedToTheObservedRange() {
  let values = pattern(500)  // in [0, 1), clipped to a narrower range so that many hit its ends
  let result = smoothed(values, min: 0.2, max: 0.8)
  #expect(result.allSatisfy { $0 >= 0.2 && $0 <= 0.8 })
  #expect(result.filter { $0 == 0.2 }.count > 50 && result.filter { $0 == 0.8 }.count > 50)
}

@Test func roundsToTheRequestedDecimals() {
  let integers = smoothed(pattern(1000, divisor: 1), decimals: 0)
  #expect(integers.allSatisfy { $0 == $0.rounded() })
  let cents = smoothed(pattern(1000, divisor: 100), decimals: 2)
  #expect(cents.allSatisfy { ($0 * 100).rounded() / 100 == $0 })
  #expect(cents.contains { ($0 * 10).rounded() / 10 != $0 })  // not coarser than asked
  #expect(smoothed([0.1, 0.2, 0.3, 0.4], min: -10, max: 10, decimals: 0).allSatisfy { $0 == $0.rounded() })
}

/// The smoothed values of a seed are pinned by the hash of their bits; another seed gives others.
@Test func sameSeedSameOutputAndOtherSeedsDiffer() {
  let values = Vectors.uniform
  let bits = smoothed(values, seed: 42).flatMap { v in (0..<8).map { UInt8(truncatingIfNeeded: v.bitPattern >> (8 * $0)) } }
  #expect(fingerprint(bits) == "ea41c07d38fc25b5")
  #expect(smoothed(values, seed: 42) != smoothed(values, seed: 43))
}

@Test func fallsBackToSilvermanWhenSheatherJonesFails() throws {
  // 60% at 5 makes the IQR 0, so bw.SJ stops ("sample is too sparse"); 60% is not above 70%.
  let values = (0..<100).map { $0 % 5 < 3 ? 5 : Double($0) / 10 }
  #expect(Smoothing.sheatherJonesBandwidth(values) == nil)
  let bandwidth = try #require(Smoothing.silvermanBandwidth(values))
  let expected = expectedSmoothing(values, bandwidth: bandwidth, min: 0, max: 10, seed: 3) { _ in false }
  #expect(smoothed(values, min: 0, max: 10, seed: 3) == expected)
}

@Test func degenerateInputsAreLeftAlone() {
  for values: [Double] in [[], [3], [2, 2], [7, 7, 7, 7], [1, .infinity, 3], [-.infinity, 1, 2]] {
    #expect(smoothed(values, min: 0, max: 10).elementsEqual(values))
  }
  #expect(smoothed([1, 2, 3, 4], min: 5, max: 1) == [1, 2, 3, 4])  // empty observed range
  #expect(smoothed([1, 2, 3, 4], min: 0, max: .infinity) == [1, 2, 3, 4])
  // A spike above 70% leaving one other value: fewer than 2 values to smooth.
  #expect(smoothed([0, 0, 0, 0, 0, 0, 0, 0, 1], min: 0, max: 1) == [0, 0, 0, 0, 0, 0, 0, 0, 1])
  let two = smoothed([1, 2], min: 1, max: 2)  // two distinct values: smoothed, within range
  #expect(two != [1, 2] && two.allSatisfy { $0 >= 1 && $0 <= 2 })
}

@Test func smoothsMillionsOfValues() {
  let values = (0..<1_400_000).map { Double(($0 &* 2_654_435_761) % 1_000_003) / 1000 }
  let result = smoothed(values, min: 0, max: 1000.002, decimals: 3)
  #expect(result.count == values.count && result.allSatisfy { $0 >= 0 && $0 <= 1000.002 })
}
