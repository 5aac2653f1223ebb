import Testing

@testable import SynthCore

/// Reads `header` + real rows + synthetic rows as one CSV and cuts it into the two tables, so that
/// their level codes agree.
func realAndSynthetic(_ header: String, real: [String], synthetic: [String]) throws -> (Table, Table) {
  let all = try readTable(([header] + real + synthetic).joined(separator: "\n") + "\n")
  return (all.selecting(rows: Array(0..<real.count)), all.selecting(rows: Array(real.count..<(real.count + synthetic.count))))
}

struct TableUtilityTests {
  @Test func identicalTablesGiveZero() throws {
    let t = try readTable("n,c,b\n1,x,true\n5,y,false\n2,x,true\n9,z,true\n4,,false\n7,y,true\n")
    for column in 0..<3 {
      let one = TableUtility.oneWay(real: t, synthetic: t, column: column)
      #expect(one.vw == 0)
      #expect(one.sPMSE == 0)
      #expect(one.pMSE == 0)
    }
    let two = TableUtility.twoWay(real: t, synthetic: t, 0, 1)
    #expect(two.sPMSE == 0)
    #expect(two.zdiff.allSatisfy { $0 == 0 })
  }

  /// Real: xp 2, yq 2 (4 rows). Synthetic: one row in each of the 4 cells, twice (8 rows).
  /// c = 8/12 = 2/3, so c/(1 − c) = 2 and expect = (o + s)·2/3:
  ///   xp: diff = 2 − 2·2 = −2, expect = 4·2/3 = 8/3, diff²/expect = 1.5
  ///   xq: diff = 2 − 0   =  2, expect = 2·2/3 = 4/3, diff²/expect = 3
  ///   yp: the same as xq: 3;  yq: the same as xp: 1.5
  /// VW = 9, df = 4 − 1 = 3, S_pMSE = 3, pMSE = 9 · (2/3) · (1/3)² / 12 = 1/18.
  @Test func handBuiltTwoByTwo() throws {
    let (real, synthetic) = try realAndSynthetic(
      "a,b", real: ["x,p", "x,p", "y,q", "y,q"], synthetic: ["x,p", "x,q", "y,p", "y,q", "x,p", "x,q", "y,p", "y,q"])
    let r = TableUtility.twoWay(real: real, synthetic: synthetic, 0, 1)
    #expect(r.shape == [2, 2])
    #expect(r.cells == [0, 1, 2, 3])
    #expect(r.real == [2, 0, 0, 2])
    #expect(r.synthetic == [2, 2, 2, 2])
    expectNear(r.vw, 9)
    #expect(r.df == 3)
    expectNear(r.sPMSE, 3)
    expectNear(r.pMSE, 1.0 / 18)
    expectNear(r.zdiff[0], -2 / (8.0 / 3).squareRoot())
    expectNear(r.zdiff[1], 2 / (4.0 / 3).squareRoot())
    #expect(r.groups(ofCell: 2) == [1, 0])
    #expect(r.labels.map { $0.map { $0.english } } == [["x", "y"], ["p", "q"]])
  }

  /// 100 rows, a = x for the first 50 and y after; b = p exactly where a = x; n = row / 2. The
  /// synthetic b and n are rotated by 25 rows, which keeps both margins and breaks the association:
  /// real xp 50, yq 50; synthetic xp, xq, yp, yq 25 each. c = 1/2, diff = s − o, expect = (o + s)/2:
  /// xp, yq: 25²/37.5 each; xq, yp: 25²/12.5 each. VW = 2·(625/37.5 + 625/12.5) = 400/3, S_pMSE = 400/9.
  @Test func shufflingOneColumnBreaksTheTwoWayTable() throws {
    var rows: [String] = []
    for i in 0..<100 { rows.append(i < 50 ? "x,p,\(i / 2)" : "y,q,\(i / 2)") }
    let real = try readTable("a,b,n\n" + rows.joined(separator: "\n") + "\n")
    #expect(real.columns[2].schema.kind == .integer)
    var synthetic = real
    synthetic.columns[1].codes = (0..<100).map { real.columns[1].codes[($0 + 25) % 100] }
    synthetic.columns[2].numbers = (0..<100).map { real.columns[2].numbers[($0 + 25) % 100] }
    for column in 0..<3 {
      #expect(TableUtility.oneWay(real: real, synthetic: synthetic, column: column).sPMSE == 0)
    }
    let categorical = TableUtility.twoWay(real: real, synthetic: synthetic, 0, 1)
    expectNear(categorical.vw, 400.0 / 3)
    expectNear(categorical.sPMSE, 400.0 / 9)
    // n is cut into 5 quantile groups; shifted by a quarter it no longer lines up with a.
    #expect(TableUtility.twoWay(real: real, synthetic: synthetic, 0, 2).sPMSE > 10)
    #expect(TableUtility.twoWay(real: real, synthetic: real, 0, 2).sPMSE == 0)
  }

  @Test func singleCellHasNoDegreesOfFreedom() throws {
    let (real, synthetic) = try realAndSynthetic("a,b", real: ["x,1", "x,2"], synthetic: ["x,3"])
    let r = TableUtility.oneWay(real: real, synthetic: synthetic, column: 0)
    #expect(r.df == 0)
    #expect(r.sPMSE == 0)
    #expect(r.real == [2])
    #expect(r.synthetic == [1])
  }

  @Test func emptySyntheticTableIsUndefined() throws {
    let (real, synthetic) = try realAndSynthetic("a", real: ["x", "y"], synthetic: [])
    let r = TableUtility.oneWay(real: real, synthetic: synthetic, column: 0)
    #expect(r.sPMSE.isNaN)
    #expect(r.pMSE.isNaN)
    #expect(r.real == [1, 1])
    #expect(r.df == 1)
  }

  /// The real data have a missing value the synthetic data lack: the NA cell is its own group.
  /// Real x, y, NA; synthetic x, y, y. c = 1/2: cells x (1,1), y (1,2), NA (1,0).
  /// VW = 0 + 1/1.5 + 1/0.5 = 8/3, df = 2.
  @Test func missingValuesAreCellsToo() throws {
    let (real, synthetic) = try realAndSynthetic("a", real: ["x", "y", "NA"], synthetic: ["x", "y", "y"])
    let r = TableUtility.oneWay(real: real, synthetic: synthetic, column: 0)
    #expect(r.labels.map { $0.map { $0.english } } == [["x", "y", "NA"]])
    #expect(r.real == [1, 1, 1])
    #expect(r.synthetic == [1, 2, 0])
    expectNear(r.vw, 8.0 / 3)
    expectNear(r.sPMSE, 4.0 / 3)
  }

  @Test func allPairsComeInOrderAndMatchTwoWay() throws {
    let t = try readTable("a,b,c,d\n1,x,p,true\n2,y,q,false\n3,x,q,true\n4,y,p,true\n5,x,p,false\n6,y,q,true\n")
    var rng = RandomGenerator(seed: 7)
    var order = Array(0..<t.rowCount)
    rng.shuffle(&order)
    let synthetic = t.selecting(rows: Array(order.prefix(5)))
    let pairs = TableUtility.allPairs(real: t, synthetic: synthetic, columns: [3, 0, 1, 2])
    #expect(pairs.map { [$0.first, $0.second] } == [[3, 0], [3, 1], [3, 2], [0, 1], [0, 2], [1, 2]])
    for p in pairs {
      let direct = TableUtility.twoWay(real: t, synthetic: synthetic, p.first, p.second)
      #expect(p.result.vw == direct.vw)
      #expect(p.result.cells == direct.cells)
    }
  }

  /// Wide tables (identifier × identifier) count by sorting; the counts must match the dense way.
  @Test(arguments: 0..<5) func sortedCountsMatchDenseCounts(seed: Int) {
    var rng = RandomGenerator(seed: UInt64(seed))
    let cells = 1 + rng.nextInt(below: 300)
    let real = (0..<rng.nextInt(below: 500)).map { _ in Int64(rng.nextInt(below: cells)) }
    let synthetic = (0..<rng.nextInt(below: 500)).map { _ in Int64(rng.nextInt(below: cells)) }
    var dense = CellCounts(), sorted = CellCounts()
    dense.countDense(real, synthetic, cells: cells)
    sorted.countSorted(real, synthetic)
    #expect(dense.cells == sorted.cells)
    #expect(dense.real == sorted.real)
    #expect(dense.synthetic == sorted.synthetic)
  }

  @Test func identifierPairsUseTheSortedCount() throws {
    // 1,100 distinct ids in two columns: 1,100² cells is past the dense limit.
    let rows = (0..<1_100).map { "id\($0),k\(1_099 - $0)" }
    let real = try readTable("a,b\n" + rows.joined(separator: "\n") + "\n")
    #expect(real.columns[0].schema.kind == .identifier)
    let same = TableUtility.twoWay(real: real, synthetic: real, 0, 1)
    #expect(same.cells.count == 1_100)
    #expect(same.sPMSE == 0)
    var swapped = real
    swapped.columns[1].codes = real.columns[1].codes.reversed()
    // Row i becomes (id i, k i), never a real pair: 2,200 cells of (1, 0) or (0, 1), each 1/0.5.
    let apart = TableUtility.twoWay(real: real, synthetic: swapped, 0, 1)
    #expect(apart.df == 2_199)
    expectNear(apart.sPMSE, 4_400.0 / 2_199)
  }

  /// synthpop computes every pair of a table against itself as 0; so must the shared datasets.
  @Test(arguments: ["cps1985", "weather", "lawschool"]) func sharedDatasetsAgainstThemselves(name: String) throws {
    let t = try sharedTable(name)
    let pairs = TableUtility.allPairs(real: t, synthetic: t, columns: Array(0..<t.columns.count))
    #expect(pairs.count == t.columns.count * (t.columns.count - 1) / 2)
    for p in pairs {
      #expect(p.result.vw == 0, "\(p.first), \(p.second)")
      #expect(p.result.sPMSE == 0)
    }
    for c in 0..<t.columns.count {
      #expect(TableUtility.oneWay(real: t, synthetic: t, column: c).sPMSE == 0)
    }
  }
}
