import Testing

@testable import SynthCore

struct AssociationsTests {
  private func table(_ header: String, _ rows: [String]) throws -> Table {
    try readTable(([header] + rows).joined(separator: "\n") + "\n")
  }

  private func onItself(_ t: Table) -> Associations {
    Associations.compute(real: t, synthetic: t, columns: Array(0..<t.columns.count))
  }

  @Test func linearAndMonotone() throws {
    let t = try table("x,lin,cube", (-5...6).map { "\($0),\(2 * $0 + 1),\($0 * $0 * $0)" })
    let a = onItself(t)
    expectNear(a.realPearson[0][1], 1)
    expectNear(a.realSpearman[0][1], 1)
    expectNear(a.realSpearman[0][2], 1)
    #expect(a.realPearson[0][2] < 0.95)
    #expect(a.measure[0][1] == .pearson)
    #expect(a.realAssociation[0][2] == a.realPearson[0][2])
    for i in 0..<3 {
      #expect(a.realPearson[i][i] == 1 && a.realSpearman[i][i] == 1 && a.realAssociation[i][i] == 1)
      for j in 0..<3 { #expect(a.realPearson[i][j] == a.realPearson[j][i] && a.syntheticSpearman[i][j] == a.realSpearman[j][i]) }
    }
  }

  /// x 1 2 3 4, y 2 1 4 3: deviations ∓1.5 ∓.5 and ∓.5 ∓1.5, Σxy = 3, Σx² = Σy² = 5, r = ρ = 0.6.
  /// With ties, x 1 2 2 3 ranks 1 2.5 2.5 4 against 1 2 3 4: ρ = 4.5/√(4.5 · 5).
  @Test func handComputedPearsonAndSpearman() throws {
    let a = onItself(try table("x,y,t", ["1,2,1", "2,1,2", "3,4,2", "4,3,3"]))
    expectNear(a.realPearson[0][1], 0.6)
    expectNear(a.realSpearman[0][1], 0.6)
    expectNear(a.realSpearman[0][2], 4.5 / (4.5 * 5).squareRoot())
    // y ranks 2 1 4 3 and t ranks 1 2.5 2.5 4, centered: y −.5 −1.5 1.5 .5, t −1.5 0 0 1.5;
    // Σyt = .75 + .75 = 1.5, Σy² = 5, Σt² = 4.5.
    expectNear(a.realSpearman[1][2], 1.5 / (5 * 4.5).squareRoot())
  }

  /// Row 5 lacks x, so y is ranked among rows 1-4 only: 1 2 4 5 become ranks 1 2 3 4 and ρ = 1,
  /// while Pearson on the same rows stays below 1.
  @Test func pairwiseCompleteRowsAreReranked() throws {
    let a = onItself(try table("x,y", ["1,1", "2,2", "3,4", "4,5", "NA,3"]))
    expectNear(a.realSpearman[0][1], 1)
    // x 1..4 (dev ∓1.5 ∓.5), y 1 2 4 5 (dev ∓2 ∓1): Σxy = 3 + .5 + .5 + 3 = 7, Σx² 5, Σy² 10.
    expectNear(a.realPearson[0][1], 7 / (50.0).squareRoot())
  }

  /// Datetimes in seconds near 1.7e9 still correlate exactly with their day counter.
  @Test func largeValuesStayAccurate() throws {
    let rows = (0..<50).map { "2024-03-01 10:00:\(10 + $0 % 40),\($0 % 40)" }
    let a = onItself(try table("t,k", rows))
    #expect(a.measure[0][1] == .pearson)
    expectNear(a.realPearson[0][1], 1, 1e-12)
  }

  /// [[3, 1], [1, 3]]: χ² = 8·((9 + 1 + 1 + 9)/16 − 1) = 2, V = √(2/8) = 0.5.
  @Test func cramersV() throws {
    let rows = ["x,p", "x,p", "x,p", "x,q", "y,p", "y,q", "y,q", "y,q"]
    let a = onItself(try table("a,b", rows))
    #expect(a.measure[0][1] == .cramersV)
    expectNear(a.realAssociation[0][1], 0.5)
    #expect(a.realPearson[0][1].isNaN)

    // Identical columns: 1; a balanced independent pair: 0.
    var same: [String] = [], independent: [String] = []
    for i in 0..<12 {
      let level = ["r", "s", "t"][i % 3]
      same.append(level + "," + level)
      independent.append(["r", "s", "t"][i % 3] + "," + ["u", "v"][(i / 3) % 2])
    }
    expectNear(onItself(try table("a,b", same)).realAssociation[0][1], 1)
    expectNear(onItself(try table("a,b", independent)).realAssociation[0][1], 0)
  }

  /// Groups x: 1 3, y: 5 7. Mean 4; between 2·4 + 2·4 = 16; total 9 + 1 + 1 + 9 = 20; η = √0.8.
  @Test func correlationRatio() throws {
    let a = onItself(try table("g,v", ["x,1", "x,3", "y,5", "y,7"]))
    #expect(a.measure[0][1] == .correlationRatio && a.measure[1][0] == .correlationRatio)
    expectNear(a.realAssociation[0][1], 0.8.squareRoot())
    expectNear(a.realAssociation[1][0], 0.8.squareRoot())

    let determined = onItself(try table("g,v", (0..<30).map { ["a,10", "b,20", "c,35"][$0 % 3] + ".5" }))
    expectNear(determined.realAssociation[0][1], 1)
  }

  /// Booleans are 0/1 for Pearson but categories for the association matrix.
  @Test func booleansPlayBothRoles() throws {
    let a = onItself(try table("b,v,c", ["true,1,x", "true,3,x", "false,5,y", "false,7,y"]))
    #expect(a.measure[0][1] == .correlationRatio)
    #expect(a.measure[0][2] == .cramersV)
    expectNear(a.realAssociation[0][1], 0.8.squareRoot())
    expectNear(a.realAssociation[0][2], 1)
    // Point-biserial r of b (1 1 0 0) and v equals −η here: two groups.
    expectNear(a.realPearson[0][1], -(0.8.squareRoot()))
    #expect(a.realPearson[0][2].isNaN)
  }

  @Test func undefinedPairsAreNaN() throws {
    var options = TableOptions()
    for name in ["x", "s", "z"] {
      var o = ColumnOverride(column: name)
      o.kind = .integer
      options.overrides.append(o)
    }
    let t = try readTable("k,x,e,g,s,z\n7,1,,a,1,4\n7,2,,a,NA,4\n7,3,,a,NA,4\n", options: options)
    #expect(t.columns.map { $0.schema.kind } == [.constant, .integer, .empty, .constant, .integer, .integer])
    let a = onItself(t)
    // k and g have one level, e no values, s one observed value, z no variance.
    #expect(a.measure[0][2] == .none && a.measure[2][2] == .none && a.measure[1][4] == .pearson)
    #expect(a.realAssociation[1][2].isNaN && a.realAssociation[2][2].isNaN)
    #expect(a.realAssociation[0][1].isNaN && a.realAssociation[0][3].isNaN && a.realAssociation[0][0].isNaN)
    #expect(a.realPearson[1][4].isNaN && a.realSpearman[1][4].isNaN && a.realPearson[4][4].isNaN)
    #expect(a.realPearson[1][5].isNaN && a.realPearson[5][5].isNaN && a.realAssociation[3][5].isNaN)
    #expect(a.realAssociation[1][1] == 1)
  }

  /// Permuting columns independently keeps every column's distribution (one-way results) but
  /// breaks the associations between them.
  @Test func shuffledColumnsKeepMarginsButNotAssociations() throws {
    // Repeated values make x and y read as integers, not identifiers.
    let real = try table("x,y,g,b", (0..<40).map { "\($0 / 2),\(($0 / 4) * ($0 / 4)),\($0 < 20 ? "lo" : "hi"),\($0 % 4 < 2)" })
    #expect(real.columns.map { $0.schema.kind } == [.integer, .integer, .categorical, .boolean])
    var synthetic = real
    synthetic.columns[1].numbers = (0..<40).map { real.columns[1].numbers[($0 + 20) % 40] }
    synthetic.columns[2].codes = (0..<40).map { real.columns[2].codes[($0 + 10) % 40] }
    for column in 0..<4 {
      let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: column)
      #expect(c.tvd == 0 && c.oneWay.sPMSE == 0, "column \(column)")
    }
    let a = Associations.compute(real: real, synthetic: synthetic, columns: [0, 1, 2, 3])
    #expect(a.realPearson[0][1] > 0.95)
    #expect(a.syntheticPearson[0][1] < 0.5)
    #expect(a.realAssociation[0][2] > 0.85)
    #expect(a.syntheticAssociation[0][2] < 0.3)
    // Columns 0 and 3 were left alone.
    #expect(a.realAssociation[0][3] == a.syntheticAssociation[0][3])
  }

  /// A subset of columns, in the caller's order.
  @Test func columnsAsGiven() throws {
    let t = try table("x,g,y", ["1,a,2", "2,a,4", "3,b,7", "4,b,8"])
    let a = Associations.compute(real: t, synthetic: t, columns: [2, 0])
    #expect(a.columns == [2, 0])
    #expect(a.realPearson.count == 2)
    #expect(a.measure[0][1] == .pearson)
    #expect(a.realPearson[0][1] > 0.9)
  }

  /// Random columns with missing values in different rows against a direct computation on the
  /// complete rows of each pair (ranks by counting, two-pass Pearson).
  @Test func matchesDirectComputationOnCompleteRows() throws {
    var rng = RandomGenerator(seed: 11)
    var lines: [String] = []
    var data: [[Double?]] = [[], [], []]
    for _ in 0..<60 {
      var fields: [String] = []
      for c in 0..<3 {
        let value = Double(rng.nextInt(below: 12)) + (c == 2 ? 0.5 : 0)
        let missing = rng.nextInt(below: 5) == 0
        data[c].append(missing ? nil : value)
        fields.append(missing ? "NA" : (c == 2 ? "\(value)" : "\(Int(value))"))
      }
      lines.append(fields.joined(separator: ","))
    }
    let a = onItself(try table("x,y,z", lines))
    func pearson(_ x: [Double], _ y: [Double]) -> Double {
      let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
      var sxy = 0.0, sxx = 0.0, syy = 0.0
      for i in 0..<x.count { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx); syy += (y[i] - my) * (y[i] - my) }
      return sxy / (sxx * syy).squareRoot()
    }
    func ranks(_ x: [Double]) -> [Double] {
      x.map { v in Double(x.filter { $0 < v }.count) + (Double(x.filter { $0 == v }.count) + 1) / 2 }
    }
    for i in 0..<3 {
      for j in 0..<3 where i != j {
        let rows = (0..<60).filter { data[i][$0] != nil && data[j][$0] != nil }
        let x = rows.map { data[i][$0]! }, y = rows.map { data[j][$0]! }
        expectNear(a.realPearson[i][j], pearson(x, y), 1e-12)
        expectNear(a.realSpearman[i][j], pearson(ranks(x), ranks(y)), 1e-12)
      }
    }
  }

  /// 2,100 × 2,100 levels exceed the dense limit, so the cells are counted by sorting keys. Each
  /// level of a pairs with one level of b: Σ O²/(R·C) = n, χ² = n(n − 1), V = 1.
  @Test func manyLevelsCountBySorting() throws {
    for n in [100, 2100] {
      let t = try table("a,b", (0..<n).map { "a\($0),b\(($0 * 13) % n)" })
      #expect(t.columns[0].levels.count * t.columns[1].levels.count > (n > 2000 ? Associations.denseCellLimit : 0))
      expectNear(onItself(t).realAssociation[0][1], 1)
    }
  }
}
