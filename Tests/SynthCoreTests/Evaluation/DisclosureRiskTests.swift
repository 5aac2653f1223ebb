import Testing

@testable import SynthCore

struct DisclosureRiskTests {
  /// Key k, target t.
  ///   real (N_d = 6):      x p, x p, y p, y q, z q, w p
  ///   synthetic (N_s = 7): x p, y q, y q, z p, v q, w p, w q
  /// n_d(q): x 2, y 2, z 1, w 1.   n_s(q): x 1, y 2, z 1, v 1, w 2.
  /// UiO   = {z, w} = 2/6                UiS = {x, z, v} = 3/7
  /// UiOiS = {z, w} = 2/6                repU = {z} = 1/6 (w has n_s = 2)
  /// Dorig = (x,p) 2 + (z,q) 1 + (w,p) 1 = 4/6
  /// Dsyn  = (x,p) 1 + (y,q) 2 + (z,p) 1 + (v,q) 1 = 5/7    ((w,·) has p_s = ½)
  /// iS    = n_d of x, y, z, w = 6/6     DiS = n_d of x, y, z, v = 2+2+1+0 = 5/6
  /// DiSCO = n_d(x,p) 2 + n_d(y,q) 1 + n_d(z,p) 0 + n_d(v,q) 0 = 3/6
  /// DiSDiO = only (x,p) has p_d = 1 too: 2/6
  /// baseCAPd = (4/6)² + (2/6)² = 20/36
  /// CAPd  = Σ n_d(q,t)²/n_d(q) / N_d = (4/2 + 1/2 + 1/2 + 1 + 1)/6 = 5/6
  /// CAPs  = (1 + 4/2 + 1 + 1 + 1/2 + 1/2)/7 = 6/7
  /// DCAP  = Σ p_s(t|q) n_d(q,t) / N_d = (1·2 + 1·1 + ½·1 + ½·0)/6 = 3.5/6
  /// TCAP  = DiSCO count / DiS count = 3/5 (synthpop's denom_TCAP; §11's iS denominator gives 3/6)
  @Test func keyDisclosureByHand() throws {
    let (real, synthetic) = try realAndSynthetic(
      "k,t", real: ["x,p", "x,p", "y,p", "y,q", "z,q", "w,p"],
      synthetic: ["x,p", "y,q", "y,q", "z,p", "v,q", "w,p", "w,q"])
    let d = KeyDisclosure.compute(real: real, synthetic: synthetic, keys: [0], target: 1)
    #expect(d.keys == ["k"] && d.target == "t")
    expectNear(d.uniqueInReal, 200.0 / 6)
    expectNear(d.uniqueInSynthetic, 300.0 / 7)
    expectNear(d.uniqueInRealFoundInSynthetic, 200.0 / 6)
    expectNear(d.repU, 100.0 / 6)
    #expect(d.replicatedUniqueCount == 1 && d.uniqueInRealCount == 2 && d.realKeyCount == 4)
    expectNear(d.dOrig, 400.0 / 6)
    expectNear(d.dSyn, 500.0 / 7)
    expectNear(d.iS, 100)
    expectNear(d.diS, 500.0 / 6)
    expectNear(d.disco, 50)
    expectNear(d.disDiO, 200.0 / 6)
    expectNear(d.baseCAPd, 2000.0 / 36)
    expectNear(d.capD, 500.0 / 6)
    expectNear(d.capS, 600.0 / 7)
    expectNear(d.dcap, 350.0 / 6)
    expectNear(d.tcap, 60)
  }

  /// Keys (n, c) with NA as a value: real (1,a) (1,a) (NA,a) (2,b); synthetic (NA,a) (2,b) (2,b) (3,a).
  /// n_d: (1,a) 2, (NA,a) 1, (2,b) 1; n_s: (NA,a) 1, (2,b) 2, (3,a) 1.
  /// UiO = 2/4, UiS = 2/4, UiOiS = 2/4, repU = {(NA,a)} = 1/4. No target: attribute measures NaN.
  @Test func missingIsAKeyValueAndNoTargetGivesNaN() throws {
    let (real, synthetic) = try realAndSynthetic(
      "n,c", real: ["1,a", "1,a", "NA,a", "2,b"], synthetic: ["NA,a", "2,b", "2,b", "3,a"])
    let d = KeyDisclosure.compute(real: real, synthetic: synthetic, keys: [0, 1], target: nil)
    expectNear(d.uniqueInReal, 50)
    expectNear(d.uniqueInSynthetic, 50)
    expectNear(d.uniqueInRealFoundInSynthetic, 50)
    expectNear(d.repU, 25)
    #expect(d.target == nil && d.disco.isNaN && d.tcap.isNaN && d.capD.isNaN)
  }

  @Test func copyGivesRepUEqualToUiO() throws {
    let t = try readTable("a,b,t\n1,x,p\n1,x,q\n2,x,p\n3,y,p\n3,y,p\n4,z,q\n")
    let d = KeyDisclosure.compute(real: t, synthetic: t, keys: [0, 1], target: 2)
    // Uniques: (2,x), (4,z) → 2/6.
    expectNear(d.uniqueInReal, 200.0 / 6)
    #expect(d.repU == d.uniqueInReal && d.uniqueInSynthetic == d.uniqueInReal)
    // A copy: p_s = p_d everywhere, so DiSCO = Dorig and CAPs = CAPd.
    #expect(d.disco == d.dOrig && d.disDiO == d.dOrig)
    expectNear(d.capS, d.capD)
    expectNear(d.iS, 100)
  }

  @Test func emptyTablesGiveNaNNotATrap() throws {
    let t = try readTable("a,b\n1,x\n2,y\n")
    let none = t.selecting(rows: [])
    let d = KeyDisclosure.compute(real: none, synthetic: none, keys: [0], target: 1)
    #expect(d.uniqueInReal.isNaN && d.repU.isNaN && d.disco.isNaN && d.tcap.isNaN)
    let e = KeyDisclosure.compute(real: t, synthetic: none, keys: [0], target: 1)
    expectNear(e.uniqueInReal, 100)
    #expect(e.repU == 0 && e.uniqueInSynthetic.isNaN && e.disco == 0 && e.tcap.isNaN)
  }

  /// Real n ranges 0…10 (range 10), k is 5 in every real row (range 0: equality).
  @Test func gowerColumnRules() throws {
    var options = TableOptions()
    options.missingCodes = ["-8"]
    let all = try readTable("n,c,k\n0,x,5\n10,y,5\nNA,x,5\n-8,x,5\n2.5,x,7\nNA,y,5\n20,x,5\n0,x,NA\n", options: options)
    let real = all.selecting(rows: [0, 1, 2, 3]), synthetic = all.selecting(rows: [4, 5, 6, 7])
    let g = GowerDistance(columns: [0, 1, 2], real: [real], others: [synthetic])
    #expect(g.rules[0] == .scaled(minimum: 0, range: 10, halved: false) && g.rules[1] == .equality && g.rules[2] == .equality)
    // (0.25 + 0 + 1[7 ≠ 5]) / 3
    expectNear(g.distance(synthetic, 0, real, 0), 1.25 / 3)
    // NA vs NA → 0, y vs x → 1
    expectNear(g.distance(synthetic, 1, real, 2), 1.0 / 3)
    // NA vs 0 → 1 (one missing), y vs x → 1
    expectNear(g.distance(synthetic, 1, real, 0), 2.0 / 3)
    // NA vs -8: different missing codes → 1
    expectNear(g.distance(synthetic, 1, real, 3), 2.0 / 3)
    // |20 − 0| / 10 capped at 1
    expectNear(g.distance(synthetic, 2, real, 0), 1.0 / 3)
    // k missing vs 5 → 1
    expectNear(g.distance(synthetic, 3, real, 0), 1.0 / 3)
    #expect(g.distance(real, 1, real, 1) == 0)
    // Symmetric.
    #expect(g.distance(real, 0, synthetic, 0) == g.distance(synthetic, 0, real, 0))
  }

  /// A mixed table of `rows` rows with missing values, drawn with a seed.
  static func mixedTable(rows: Int, seed: UInt64, offset: Double = 0) throws -> Table {
    var rng = RandomGenerator(seed: seed)
    var lines = ["a,b,c,d,e"]
    for _ in 0..<rows {
      let a = rng.nextInt(below: 20) == 0 ? "NA" : "\(Double(rng.nextInt(below: 1000)) / 10 + offset)"
      let b = ["p", "q", "r", "s"][rng.nextInt(below: 4)]
      let c = rng.nextInt(below: 2) == 0 ? "true" : "false"
      let d = rng.nextInt(below: 10) == 0 ? "" : "g\(rng.nextInt(below: 12))"
      let e = "\(rng.nextInt(below: 30) + Int(offset))"
      lines.append([a, b, c, d, e].joined(separator: ","))
    }
    return try readTable(lines.joined(separator: "\n") + "\n")
  }

  /// The pruned block search returns the brute-force minimum, with and without leaving self out.
  @Test(arguments: [UInt64(1), 2, 3]) func searchMatchesBruteForce(seed: UInt64) throws {
    let both = try Self.mixedTable(rows: 700, seed: seed)
    let real = both.selecting(rows: Array(0..<500)), synthetic = both.selecting(rows: Array(500..<700))
    let g = GowerDistance(columns: [0, 1, 2, 3, 4], real: [real], others: [synthetic])
    let search = NearestRecordSearch(gower: g, reference: real)
    let queries = Array(stride(from: 0, to: 200, by: 3))
    let found = search.nearest(synthetic, rows: queries)
    for (i, q) in queries.enumerated() {
      var best = Double.infinity
      for r in 0..<real.rowCount { best = min(best, g.distance(synthetic, q, real, r)) }
      expectNear(found[i], best)
    }
    let selfQueries = Array(stride(from: 0, to: 500, by: 7))
    let loo = search.nearest(real, rows: selfQueries, excludingSelf: true)
    for (i, q) in selfQueries.enumerated() {
      var best = Double.infinity
      for r in 0..<real.rowCount where r != q { best = min(best, g.distance(real, q, real, r)) }
      expectNear(loo[i], best)
    }
  }

  @Test func copyIsExactAndFlagged() throws {
    let real = try Self.mixedTable(rows: 300, seed: 9)
    let dcr = DistanceToClosestRecord.compute(real: real, synthetic: real, columns: [0, 1, 2, 3, 4], sampleSize: 100, seed: 4)
    #expect(dcr.exactMatchShare == 1)
    #expect(dcr.synthetic.p5 == 0 && dcr.synthetic.median == 0 && dcr.synthetic.mean == 0)
    #expect(dcr.flagged)
    #expect(dcr.referenceRows == 300 && dcr.syntheticQueries == 100 && dcr.baselineQueries == 100)
    #expect(dcr.realBaseline.median > 0)
  }

  /// Numbers out of the real range differ by the cap 1 in each numeric column; the others match.
  @Test func farRowsGiveOnePerNumericColumn() throws {
    let (real, synthetic) = try realAndSynthetic(
      "n,m,c", real: (0..<40).map { "\($0),\($0 % 7),g\($0 % 3)" },
      synthetic: (0..<40).map { "\(1000 + $0),\(-500 - $0),g\($0 % 3)" })
    let dcr = DistanceToClosestRecord.compute(real: real, synthetic: synthetic, columns: [0, 1, 2], sampleSize: 25, seed: 1)
    #expect(dcr.synthetic.p5 == 2.0 / 3 && dcr.synthetic.median == 2.0 / 3)
    expectNear(dcr.synthetic.mean, 2.0 / 3)
    #expect(dcr.exactMatchShare == 0 && dcr.shareBelowBaselineP5 == 0 && !dcr.flagged)
  }

  @Test func dcrIsRepeatableForASeed() throws {
    let both = try Self.mixedTable(rows: 600, seed: 5)
    let real = both.selecting(rows: Array(0..<400)), synthetic = both.selecting(rows: Array(400..<600))
    let a = DistanceToClosestRecord.compute(real: real, synthetic: synthetic, columns: [0, 1, 2, 3, 4], sampleSize: 50, seed: 77)
    let b = DistanceToClosestRecord.compute(real: real, synthetic: synthetic, columns: [0, 1, 2, 3, 4], sampleSize: 50, seed: 77)
    #expect(a.synthetic == b.synthetic && a.realBaseline == b.realBaseline && a.flagged == b.flagged)
    #expect(a.shareBelowBaselineP5 == b.shareBelowBaselineP5 && a.seed == 77)
    // Independent draws of the same kind: nothing to flag.
    #expect(!a.flagged)
  }

  @Test func summaryQuantilesAreType7() {
    // R: quantile(c(4, 1, 3, 2, 10), c(.05, .5)) = 1.2, 3
    let s = DistanceSummary([4, 1, 3, 2, 10, .infinity])
    expectNear(s.p5, 1.2)
    #expect(s.median == 3 && s.mean == 4)
    #expect(DistanceSummary([]).median.isNaN)
  }

  /// Distinct rows; training = even rows, holdout = odd rows, so each holdout row has close
  /// training neighbours and vice versa.
  static func trainingAndHoldout() throws -> (Table, Table) {
    let rows = (0..<200).map { "\($0),\(($0 * 37) % 101).5,g\($0 % 3)" }
    let t = try readTable("n,m,c\n" + rows.joined(separator: "\n") + "\n")
    return (t.selecting(rows: Array(stride(from: 0, to: 200, by: 2))), t.selecting(rows: Array(stride(from: 1, to: 200, by: 2))))
  }

  @Test func trainingCopyIsCloserToTraining() throws {
    let (training, holdout) = try Self.trainingAndHoldout()
    let h = HoldoutPrivacy.compute(training: training, holdout: holdout, synthetic: training, columns: [0, 1, 2], sampleSize: 60, seed: 3)
    #expect(h.shareCloserToTraining == 1 && h.closer == 60 && h.ties == 0)
    #expect(h.meanDistanceTraining == 0 && h.meanDistanceHoldout > 0)
    // Every outlier candidate has its copy in the synthetic data.
    #expect(h.outlierCandidates > 0 && h.copiedOutliers == h.outlierCandidates)
    #expect(h.flagged)
  }

  @Test func holdoutCopyIsCloserToHoldout() throws {
    let (training, holdout) = try Self.trainingAndHoldout()
    let h = HoldoutPrivacy.compute(training: training, holdout: holdout, synthetic: holdout, columns: [0, 1, 2], sampleSize: 60, seed: 3)
    #expect(h.shareCloserToTraining == 0 && h.farther == 60)
    #expect(h.copiedOutliers == 0 && !h.flagged)
    let again = HoldoutPrivacy.compute(training: training, holdout: holdout, synthetic: holdout, columns: [0, 1, 2], sampleSize: 60, seed: 3)
    #expect(again.meanDistanceTraining == h.meanDistanceTraining && again.outlierCandidates == h.outlierCandidates)
  }

  @Test func emptyInputsDoNotTrap() throws {
    let t = try readTable("a,b\n1,x\n2,y\n")
    let none = t.selecting(rows: [])
    let dcr = DistanceToClosestRecord.compute(real: none, synthetic: t, columns: [0, 1], seed: 1)
    #expect(!dcr.flagged && dcr.synthetic.median.isNaN)
    let one = DistanceToClosestRecord.compute(real: t.selecting(rows: [0]), synthetic: t, columns: [0, 1], seed: 1)
    #expect(one.realBaseline.median.isNaN && one.synthetic.median == 0.5)
    let noColumns = DistanceToClosestRecord.compute(real: t, synthetic: t, columns: [], seed: 1)
    #expect(!noColumns.flagged && noColumns.synthetic.median.isNaN)
    let h = HoldoutPrivacy.compute(training: t, holdout: none, synthetic: t, columns: [0, 1], seed: 1)
    #expect(h.shareCloserToTraining.isNaN)
  }
}
