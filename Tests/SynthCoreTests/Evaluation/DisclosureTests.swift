import Testing

@testable import SynthCore

struct DisclosureTests {
  @Test func copiedRowsAreCounted() throws {
    let (real, synthetic) = try realAndSynthetic(
      "n,c,f", real: ["1.5,x,true", "2,y,false", "3,x,true", "4,y,true"],
      synthetic: ["2,y,false", "2,y,true", "4,y,true", "1.5,y,true"])
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [0, 1, 2]) == 0.5)
    // On fewer columns more rows match: (2,y) (2,y) (4,y) and not (1.5,y).
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [0, 1]) == 0.75)
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [1]) == 1)
    #expect(Disclosure.identicalRowShare(real: real, synthetic: real, columns: [0, 1, 2]) == 1)
    #expect(Disclosure.identicalRowShare(real: real, synthetic: real.selecting(rows: []), columns: [0]) == 0)
  }

  @Test func negativeZeroAndMissingCodes() throws {
    var options = TableOptions()
    options.missingCodes = ["-8"]
    let all = try readTable("n,c\n0.0,a\nNA,b\n-8,a\n-0.0,a\nNA,b\n-8,c\n,b\n", options: options)
    let real = all.selecting(rows: [0, 1, 2]), synthetic = all.selecting(rows: [3, 4, 5, 6])
    #expect(synthetic.columns[0].numbers[0].sign == .minus)
    // -0.0 equals 0.0; NA equals NA; -8 does not equal NA; an empty field is another code.
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [0, 1]) == 0.5)
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [0]) == 0.75)
  }

  /// With every hash equal, each lookup compares values against every row, and answers the same.
  @Test func hashCollisionsDoNotMatchDifferentRows() throws {
    let (real, synthetic) = try realAndSynthetic(
      "n,c", real: ["1,x", "2,y", "3,z"], synthetic: ["1,y", "2,y", "3,x", "4,z", "3,z"])
    let rows = Array(0..<real.rowCount), queries = Array(0..<synthetic.rowCount)
    let colliding = RowIndex(real, rows: rows, columns: [0, 1], hashes: Array(repeating: 42, count: rows.count))
    #expect(colliding.share(of: synthetic, rows: queries, hashes: Array(repeating: 42, count: queries.count)) == 0.4)
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [0, 1]) == 0.4)
  }

  @Test(arguments: 0..<5) func holdoutShareSeesDuplicates(seed: Int) throws {
    // 40 distinct rows, each twice: about half of A finds its twin in B.
    let rows = (0..<80).map { "\($0 % 40),g\($0 % 40 % 3)" }
    let doubled = try readTable("n,c\n" + rows.joined(separator: "\n") + "\n")
    var rng = RandomGenerator(seed: UInt64(seed))
    let share = Disclosure.holdoutIdenticalShare(real: doubled, columns: [0, 1], rng: &rng)
    #expect(share > 0.2 && share < 0.8)
    // Twins are all that can match, so the share is a multiple of 1/40.
    #expect((share * 40).rounded() == share * 40)

    let distinct = try readTable("n,c\n" + (0..<80).map { "\($0),g\($0 % 3)" }.joined(separator: "\n") + "\n")
    #expect(Disclosure.holdoutIdenticalShare(real: distinct, columns: [0, 1], rng: &rng) == 0)
    // On column c alone (3 values) every row of A has a twin in B.
    #expect(Disclosure.holdoutIdenticalShare(real: distinct, columns: [1], rng: &rng) == 1)
  }

  @Test func holdoutShareIsRepeatable() throws {
    let rows = (0..<101).map { "\($0 % 30),\($0 % 7)" }
    let t = try readTable("a,b\n" + rows.joined(separator: "\n") + "\n")
    var first = RandomGenerator(seed: 11), second = RandomGenerator(seed: 11)
    let a = Disclosure.holdoutIdenticalShare(real: t, columns: [0, 1], rng: &first)
    #expect(a == Disclosure.holdoutIdenticalShare(real: t, columns: [0, 1], rng: &second))
    #expect(Disclosure.holdoutIdenticalShare(real: t.selecting(rows: [0]), columns: [0], rng: &first) == 0)
  }
}

struct ExtremeDistanceTests {
  /// −1e308 and 1e308 in one column: their difference overflows, which once trapped a conversion
  /// to Int32 (NaN) and lost the synthetic data.
  @Test func extremeRangesGiveFiniteDistances() throws {
    let real = try readTable("n,c\n1e308,a\n-1e308,b\n0,a\n5e307,b\n")
    let synthetic = try readTable("n,c\n1e308,a\n-1e308,a\n0,b\n1.7e308,b\n")
    let gower = GowerDistance(columns: [0, 1], real: [real])
    #expect(gower.distance(real, 0, real, 1) == 1)  // a full range apart, and another category
    #expect(gower.distance(real, 2, synthetic, 2) == 0.5)
    #expect(abs(gower.distance(real, 2, real, 3) - 0.625) < 1e-12)  // 5e307 is a quarter range away
    let search = NearestRecordSearch(gower: gower, reference: real)
    let nearest = search.nearest(synthetic, rows: [0, 1, 2, 3])
    #expect(nearest.allSatisfy { $0.isFinite })
    #expect(nearest[0] == 0)
  }
}
