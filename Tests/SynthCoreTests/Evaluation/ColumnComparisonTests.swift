import Testing

@testable import SynthCore

struct ColumnComparisonTests {
  /// 1..10: mean 5.5, sd √(82.5/9), type-7 quartiles at h = 9p: 3.25, 5.5, 7.75.
  @Test func summaryOfOneToTen() throws {
    let values = (1...10).map { "\($0)" }
    let (real, synthetic) = try realAndSynthetic("x", real: values, synthetic: values)
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.kind == .integer)
    #expect(c.name == "x")
    #expect(c.real.rows == 10 && c.real.observed == 10 && c.real.missingShare == 0)
    expectNear(c.real.mean, 5.5)
    expectNear(c.real.sd, (82.5 / 9).squareRoot())
    #expect(c.real.minimum == 1 && c.real.maximum == 10)
    expectNear(c.real.q1, 3.25)
    expectNear(c.real.median, 5.5)
    expectNear(c.real.q3, 7.75)
    #expect(c.categories.isEmpty)
    #expect(c.categoryCoverage.isNaN)
    #expect(c.ks == 0 && c.tvd == 0 && c.oneWay.sPMSE == 0)
    #expect(c.rangeCoverage == 1 && c.boundaryAdherence == 1)
  }

  /// Real 1..10, synthetic 3..12: F_r − F_s is 0.2 at x = 2 and again at x = 10, so D = 0.2.
  /// RangeCoverage 1 − (3 − 1)/9 = 7/9; 8 of 10 synthetic values lie in [1, 10].
  /// 12 distinct integers: one bar per value, 0.1 each; TVD = ½(4 · 0.1) = 0.2.
  @Test func shiftedIntegers() throws {
    let (real, synthetic) = try realAndSynthetic("x", real: (1...10).map { "\($0)" }, synthetic: (3...12).map { "\($0)" })
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    expectNear(c.ks, 0.2)
    expectNear(c.rangeCoverage, 7.0 / 9)
    expectNear(c.boundaryAdherence, 0.8)
    #expect(c.histogramLabels == (1...12).map { "\($0)" })
    #expect(c.histogramReal == (1...12).map { $0 <= 10 ? 0.1 : 0 })
    #expect(c.histogramSynthetic == (1...12).map { $0 >= 3 ? 0.1 : 0 })
    expectNear(c.tvd, 0.2)
    expectNear(c.synthetic.mean, 7.5)
  }

  /// Synthetic entirely above the real maximum: no coverage, no adherence, D = 1.
  @Test func disjointRanges() throws {
    let (real, synthetic) = try realAndSynthetic("x", real: ["1.5", "2.5"], synthetic: ["7.5", "9.5"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.ks == 1)
    #expect(c.rangeCoverage == 0)
    #expect(c.boundaryAdherence == 0)
    expectNear(c.tvd, 1)
  }

  /// Range [0, 1] in 4 bins [0, .25) [.25, .5) [.5, .75) [.75, 1] (1.0 goes into the last).
  /// Real 0, 0.1, 0.6, 1 → 2, 0, 1, 1; synthetic 0.3, 0.3, 0.8, 0.9 → 0, 2, 0, 2.
  /// TVD = ½(.5 + .5 + .25 + .25) = 0.75.
  @Test func equalWidthBins() throws {
    let (real, synthetic) = try realAndSynthetic(
      "x", real: ["0.0", "0.1", "0.6", "1.0"], synthetic: ["0.3", "0.3", "0.8", "0.9"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0, bins: 4)
    #expect(c.kind == .decimal)
    #expect(c.histogramLabels == ["0", "0.25", "0.5", "0.75"])
    #expect(c.histogramReal == [0.5, 0, 0.25, 0.25])
    #expect(c.histogramSynthetic == [0, 0.5, 0, 0.5])
    expectNear(c.tvd, 0.75)
    // After 0.1 the real CDF is 0.5 and the synthetic one 0; no later gap is wider.
    expectNear(c.ks, 0.5)
  }

  /// Real 1, 2, NA, 4; synthetic 1, NA, NA, 3. Bars 1 2 3 4 missing:
  /// real .25 .25 0 .25 .25, synthetic .25 0 .25 0 .5; TVD = ½(4 · .25) = 0.5.
  @Test func numericMissingValues() throws {
    let (real, synthetic) = try realAndSynthetic("x", real: ["1", "2", "NA", "4"], synthetic: ["1", "NA", "NA", "3"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.real.observed == 3 && c.synthetic.observed == 2)
    #expect(c.real.missingShare == 0.25 && c.synthetic.missingShare == 0.5)
    expectNear(c.synthetic.mean, 2)
    expectNear(c.synthetic.sd, 2.0.squareRoot())
    #expect(c.histogramLabels == ["1", "2", "3", "4", "missing"])
    #expect(c.histogramReal == [0.25, 0.25, 0, 0.25, 0.25])
    #expect(c.histogramSynthetic == [0.25, 0, 0.25, 0, 0.5])
    expectNear(c.histogramReal.reduce(0, +), 1)
    expectNear(c.histogramSynthetic.reduce(0, +), 1)
    expectNear(c.tvd, 0.5)
    // Observed real 1 2 4 vs synthetic 1 3: at 2, 2/3 − 1/2 = 1/6; at 3, 2/3 − 1 → 1/3.
    expectNear(c.ks, 1.0 / 3)
  }

  /// Real a a b c; synthetic a b d NA. Order by real share: a (.5), then b, c (.25, by label), d (0),
  /// then the missing entry. TVD = ½(.25 + 0 + .25 + .25 + .25) = 0.5; coverage {a, b}/{a, b, c}.
  @Test func categoricalShares() throws {
    let (real, synthetic) = try realAndSynthetic("c,n", real: ["a,1", "a,2", "b,3", "c,4"], synthetic: ["a,5", "b,6", "d,7", ",8"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.kind == .categorical)
    #expect(c.categories.map { $0.label } == ["a", "b", "c", "d", "missing"])
    #expect(c.categories.map { $0.real } == [0.5, 0.25, 0.25, 0, 0])
    #expect(c.categories.map { $0.synthetic } == [0.25, 0.25, 0, 0.25, 0.25])
    expectNear(c.tvd, 0.5)
    expectNear(c.categoryCoverage, 2.0 / 3)
    #expect(c.syntheticOnly == ["d"])
    #expect(c.notReproduced == ["c"])
    #expect(c.histogramLabels == c.categories.map { $0.label })
    #expect(c.synthetic.missingShare == 0.25)
    #expect(c.ks.isNaN && c.rangeCoverage.isNaN && c.boundaryAdherence.isNaN && c.real.mean.isNaN)
  }

  /// A user code keeps its text; standard tokens are told apart when both occur.
  @Test func missingCodeLabels() throws {
    var options = TableOptions()
    options.missingCodes = ["zz"]
    let all = try readTable("c,n\na,1\nzz,2\nNA,3\nb,4\n,5\na,6\n", options: options)
    let real = all.selecting(rows: [0, 1, 2, 3]), synthetic = all.selecting(rows: [4, 5])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.categories.map { $0.label } == ["a", "b", "zz", "missing (NA)", "missing (empty)"])
    #expect(c.categories.map { $0.real } == [0.25, 0.25, 0.25, 0.25, 0])
    #expect(c.categories.map { $0.synthetic } == [0.5, 0, 0, 0, 0.5])
  }

  /// Real true true false; synthetic true false false: TVD 1/3, one-way table of two groups.
  @Test func booleanShares() throws {
    let (real, synthetic) = try realAndSynthetic("b", real: ["true", "true", "false"], synthetic: ["true", "false", "false"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.kind == .boolean)
    #expect(c.categories.map { $0.label } == ["true", "false"])
    expectNear(c.categories[0].real, 2.0 / 3)
    expectNear(c.categories[0].synthetic, 1.0 / 3)
    expectNear(c.tvd, 1.0 / 3)
    #expect(c.categoryCoverage == 1)
    #expect(c.oneWay.shape == [2])
    #expect(c.real.mean.isNaN)
  }

  @Test func identicalTablesAgreeOnEveryColumn() throws {
    let t = try readTable("n,c,b,d,x\n1,x,true,2024-01-05,1.5\n5,y,false,2024-02-01,\n2,x,true,2023-12-30,2.25\n9,,true,2024-01-05,7\n")
    for column in 0..<t.columns.count {
      let c = ColumnComparison.compare(real: t, synthetic: t, column: column)
      #expect(c.tvd == 0, "column \(column)")
      #expect(c.oneWay.sPMSE == 0)
      if c.kind.isNumeric { #expect(c.ks == 0) } else { #expect(c.ks.isNaN) }
      expectNear(c.histogramReal.reduce(0, +), 1)
    }
  }

  /// Dates bin like numbers and label a bin by its first day.
  @Test func dateLabels() throws {
    let (real, synthetic) = try realAndSynthetic(
      "d", real: ["2024-01-01", "2024-01-02", "2024-01-05"], synthetic: ["2024-01-03", "2024-01-09"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0, bins: 4)
    #expect(c.kind == .date)
    // Range 8 days in 4 bins of 2: [1, 3), [3, 5), [5, 7), [7, 9].
    #expect(c.histogramLabels == ["2024-01-01", "2024-01-03", "2024-01-05", "2024-01-07"])
    expectNear(c.real.median, c.real.minimum + 1)
    expectNear(c.boundaryAdherence, 0.5)
  }

  /// No rows, no observed values, a constant real column: NaN where undefined, never a trap.
  @Test func degenerateInputs() throws {
    let (real, synthetic) = try realAndSynthetic("x,c", real: ["3,a", "5,a"], synthetic: ["NA,NA", "NA,NA"])
    let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 0)
    #expect(c.synthetic.observed == 0 && c.synthetic.mean.isNaN && c.synthetic.sd.isNaN)
    expectNear(c.real.sd, 2.0.squareRoot())
    #expect(c.ks.isNaN && c.rangeCoverage.isNaN && c.boundaryAdherence.isNaN)
    #expect(c.histogramLabels == ["3", "5", "missing"])
    #expect(c.tvd == 1)
    let d = ColumnComparison.compare(real: real, synthetic: synthetic, column: 1)
    #expect(d.categoryCoverage == 0)
    #expect(d.notReproduced == ["a"])

    let none = real.selecting(rows: [])
    for column in 0..<2 {
      let e = ColumnComparison.compare(real: real, synthetic: none, column: column)
      #expect(e.synthetic.rows == 0 && e.synthetic.missingShare.isNaN)
      #expect(e.tvd.isNaN && e.ks.isNaN)
    }
    let empty = try readTable("e,n\n,1\n,2\n")
    #expect(empty.columns[0].schema.kind == .empty)
    let f = ColumnComparison.compare(real: empty, synthetic: empty, column: 0)
    #expect(f.categories.map { $0.label } == ["missing"])
    #expect(f.tvd == 0 && f.categoryCoverage.isNaN)
  }
}
