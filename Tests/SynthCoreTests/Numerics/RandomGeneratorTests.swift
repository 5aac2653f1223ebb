import Testing
@testable import SynthCore

// Golden values come from an independent Python implementation of splitmix64 seeding and
// xoshiro256** (and, for `jump()`, from raising the generator's 256×256 GF(2) transition matrix
// to the power 2^128, which does not use the jump polynomial at all).

@Test func splitMix64MatchesPublishedOutput() {
  var state: UInt64 = 0
  #expect(RandomGenerator.splitMix64(&state) == 0xE220_A839_7B1D_CDAF)
  #expect(RandomGenerator.splitMix64(&state) == 0x6E78_9E6A_A1B9_65F4)
}

@Test func goldenOutputsForSeedZero() {
  var rng = RandomGenerator(seed: 0)
  let expected: [UInt64] = [
    0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0, 0x6AA5_94F1_262D_2D2C,
    0xBBA5_AD4A_1F84_2E59,
  ]
  for value in expected { #expect(rng.next() == value) }
}

@Test func goldenOutputsForSeed42() {
  var rng = RandomGenerator(seed: 42)
  let expected: [UInt64] = [
    0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1, 0xECB8_AD47_03B3_60A1,
    0xFDE6_DC7F_E2EC_5E64,
  ]
  for value in expected { #expect(rng.next() == value) }
}

@Test func sameSeedGivesSameStream() {
  var a = RandomGenerator(seed: 123_456_789), b = RandomGenerator(seed: 123_456_789)
  var c = RandomGenerator(seed: 123_456_790)
  var differences = 0
  for _ in 0..<1000 {
    let x = a.next()
    #expect(x == b.next())
    if x != c.next() { differences += 1 }
  }
  #expect(differences == 1000)
}

@Test func nextDoubleIsTopBitsInUnitInterval() {
  var rng = RandomGenerator(seed: 0)
  #expect(rng.nextDouble() == 0x1.33d8be6d96ebep-1)  // (0x99EC5F36CB75F2B4 >> 11)·2^-53
  var sum = 0.0
  for _ in 0..<100_000 {
    let u = rng.nextDouble()
    #expect(u >= 0 && u < 1)
    #expect(u * 0x1p53 == (u * 0x1p53).rounded())  // a multiple of 2^-53
    sum += u
  }
  #expect((sum / 100_000 - 0.5).magnitude < 0.005)
}

@Test func nextOpenDoubleAvoidsZeroAndOne() {
  var rng = RandomGenerator(seed: 9)
  for _ in 0..<10_000 {
    let u = rng.nextOpenDouble()
    #expect(u > 0 && u < 1)
  }
}

@Test func nextIntGoldenAndBounds() {
  var rng = RandomGenerator(seed: 42)
  #expect((0..<10).map { _ in rng.nextInt(below: 10) } == [0, 3, 6, 9, 9, 7, 7, 8, 7, 5])
  for n in [1, 2, 3, 7, 10, 1000, Int(Int32.max)] {
    for _ in 0..<2000 {
      let k = rng.nextInt(below: n)
      #expect(k >= 0 && k < n)
    }
  }
  var wide = RandomGenerator(seed: 42)
  #expect(wide.nextInt64(below: 0x8000_0000_0000_0001) == 0x7EF3_6E3F_F176_2F32)
  #expect(wide.nextInt64(below: 0x8000_0000_0000_0001) == 0x6286_D298_80BC_A91C)
}

@Test func nextIntIsRoughlyUniform() {
  var rng = RandomGenerator(seed: 2024)
  var counts = [Int](repeating: 0, count: 10)
  for _ in 0..<100_000 { counts[rng.nextInt(below: 10)] += 1 }
  #expect(counts == [10160, 10047, 9828, 10185, 9936, 9964, 10058, 9975, 9909, 9938])
  let chiSquare = counts.reduce(0.0) { $0 + Double(($1 - 10_000) * ($1 - 10_000)) / 10_000 }
  #expect(Math.chiSquareSurvival(chiSquare, 9) > 0.01)
}

@Test func nextNormalIsQuantileOfOpenUniform() {
  var rng = RandomGenerator(seed: 5), copy = rng
  for _ in 0..<100 { #expect(rng.nextNormal() == Math.normalQuantile(copy.nextOpenDouble())) }
  var sum = 0.0, sumSquares = 0.0
  let n = 50_000
  for _ in 0..<n {
    let z = rng.nextNormal()
    sum += z
    sumSquares += z * z
  }
  let mean = sum / Double(n)
  #expect(mean.magnitude < 0.02)
  #expect((sumSquares / Double(n) - mean * mean - 1).magnitude < 0.03)
}

@Test func shuffleIsAGoldenPermutation() {
  var rng = RandomGenerator(seed: 7)
  var small = Array(0..<10)
  rng.shuffle(&small)
  #expect(small == [1, 8, 3, 0, 4, 5, 9, 6, 2, 7])
  var large = Array(0..<1000)
  rng.shuffle(&large)
  #expect(large != Array(0..<1000))
  #expect(large.sorted() == Array(0..<1000))
  var empty: [Int] = []
  rng.shuffle(&empty)
  #expect(empty.isEmpty)
}

@Test func splitDerivesADeterministicChild() {
  var parent = RandomGenerator(seed: 42)
  var child = parent.split()
  #expect(child.next() == 0x8EE4_45D1_4631_C453)  // RandomGenerator(seed: first output of seed 42)
  #expect(parent.next() == 0x6104_D986_6D11_3A7E)  // the parent's second output
}

@Test func jumpAdvancesBy2To128() {
  var rng = RandomGenerator(seed: 42)
  rng.jump()
  #expect(rng.next() == 0x5008_6EF8_3CBF_4F4A)
  #expect(rng.next() == 0xBA28_5EC2_1347_D703)
}

@Test func worksAsStandardLibraryGenerator() {
  var rng = RandomGenerator(seed: 3)
  for _ in 0..<100 {
    let x = UInt64.random(in: 10...20, using: &rng)
    #expect((10...20).contains(x))
  }
}
