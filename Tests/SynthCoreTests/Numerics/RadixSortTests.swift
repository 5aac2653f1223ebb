import Testing

@testable import SynthCore

@Test func radixSortAgreesWithTheStandardSort() {
  var rng = RandomGenerator(seed: 3)
  for count in [0, 1, 100, 5000, 70_000] {
    var keys = (0..<count).map { _ in rng.next() >> (rng.nextInt(below: 2) == 0 ? 0 : 40) }
    let expected = keys.sorted()
    RadixSort.sort(&keys)
    #expect(keys == expected, "\(count) keys")
  }
}

@Test func radixSortOrdersNumbersAsTheyCompare() {
  var rng = RandomGenerator(seed: 4)
  let values = (0..<20_000).map { i in i % 7 == 0 ? -rng.nextNormal() * 1e6 : i % 5 == 0 ? 0.0 : rng.nextNormal() }
  #expect(RadixSort.sorted(values) == values.sorted())
  #expect(RadixSort.sorted([3, -1, 2]) == [-1, 2, 3])
}
