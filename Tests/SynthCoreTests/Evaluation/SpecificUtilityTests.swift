import Testing

@testable import SynthCore

struct SpecificUtilityTests {
  @Test func aucByRanks() {
    let positives = [false, false, false, true, true, true]
    #expect(SpecificUtility.auc(scores: [1, 2, 3, 4, 5, 6], positives: positives) == 1)
    #expect(SpecificUtility.auc(scores: [6, 5, 4, 3, 2, 1], positives: positives) == 0)
    #expect(SpecificUtility.auc(scores: [1, 1, 1, 1, 1, 1], positives: positives) == 0.5)
    // scikit-learn's roc_auc_score example: 3 of the 4 positive–negative pairs are ordered.
    #expect(SpecificUtility.auc(scores: [0.1, 0.4, 0.35, 0.8], positives: [false, false, true, true]) == 0.75)
    // One tie between a positive and a negative counts a half: (2 + 2 + 0.5 + 1) / 6... pairs (p, n):
    // positives 0.5, 0.9; negatives 0.5, 0.1, 0.7 → 0.5 vs {0.5: ½, 0.1: 1, 0.7: 0}, 0.9 vs all: 3 → 4.5/6.
    #expect(SpecificUtility.auc(scores: [0.5, 0.9, 0.5, 0.1, 0.7], positives: [true, true, false, false, false]) == 0.75)
    #expect(SpecificUtility.auc(scores: [1, 2], positives: [true, true]).isNaN)
  }

  @Test func ciOverlapByKarr() {
    #expect(CoefficientComparison.intervalOverlap(0, 2, 1, 3) == 0.5)
    #expect(CoefficientComparison.intervalOverlap(0, 2, 0, 2) == 1)
    #expect(CoefficientComparison.intervalOverlap(0, 1, 2, 3) == -1)
    // A narrow interval inside a wide one: ½(1/4 + 1/1).
    #expect(CoefficientComparison.intervalOverlap(0, 4, 1, 2) == 0.625)
    #expect(CoefficientComparison.intervalOverlap(0, 0, 1, 2).isNaN)
  }

  /// g is "hi" exactly when x ≥ 100: one split fits it, on real and on a copy alike.
  @Test func deterministicTargetIsLearnedFromACopy() throws {
    var text = "x,g,noise\n"
    var rng = RandomGenerator(seed: 3)
    for i in 0..<400 { text += "\(i % 200),\(i % 200 >= 100 ? "hi" : "lo"),\(rng.nextInt(below: 5))\n" }
    let real = try readTable(text)
    #expect(real.columns[1].schema.kind == .categorical)
    let test = Array(stride(from: 0, to: 400, by: 4))
    let u = SpecificUtility.evaluate(real: real, synthetic: real, target: 1, predictors: [0, 1, 2], testRows: test)
    #expect(u.task == .classification)
    #expect(u.target == "g")
    #expect(u.trainRows == 300 && u.testRows == 100 && u.syntheticRows == 400)
    #expect(u.accuracyReal == 1 && u.accuracySynthetic == 1)
    #expect(u.aucReal == 1 && u.aucSynthetic == 1)
    #expect(u.baselineAccuracy == 0.5)
    #expect(u.rmseReal.isNaN && u.coefficients.isEmpty)
    // A synthetic table whose g ignores x: the synthetic-trained tree does no better than chance.
    var broken = real
    broken.columns[1].codes = (0..<400).map { real.columns[1].codes[($0 + 50) % 400] }
    let b = SpecificUtility.evaluate(real: real, synthetic: broken, target: 1, predictors: [0, 2], testRows: test)
    #expect(b.accuracyReal == 1)
    #expect(b.accuracySynthetic <= 0.75)
  }

  @Test func threeClassesAverageOneVersusRest() throws {
    var text = "x,g\n"
    // x = i/2 repeats, so it is read as an integer, not a row counter.
    for i in 0..<300 { text += "\(i / 2),\(["a", "b", "c"][i / 100])\n" }
    let real = try readTable(text)
    #expect(real.columns[0].schema.kind == .integer)
    let u = SpecificUtility.evaluate(real: real, synthetic: real, target: 1, predictors: [0], testRows: Array(stride(from: 1, to: 300, by: 3)))
    #expect(u.accuracyReal == 1)
    #expect(u.aucReal == 1 && u.aucSynthetic == 1)
    expectNear(u.baselineAccuracy, 1.0 / 3, 0.02)
  }

  /// y = 1.05 + 2x − 0.05·[g = b] + noise. Reference from numpy: (X'X)⁻¹X'y on [1, x, g==b] gives
  /// b = (1.05, 2, −0.05), se = (0.15716233645501695, 0.030822070014844855, 0.1412444689182552).
  @Test func regressionCoefficientsOfIdenticalDataOverlapFully() throws {
    let rows = ["3.1,1,a", "4.9,2,b", "7.2,3,a", "8.8,4,b", "11.1,5,a", "13.2,6,b", "14.8,7,a", "17.1,8,b"]
    let real = try readTable("y,x,g\n" + rows.joined(separator: "\n") + "\n")
    let u = SpecificUtility.evaluate(real: real, synthetic: real, target: 0, predictors: [1, 2], testRows: [0, 4])
    #expect(u.task == .regression)
    #expect(u.coefficients.map { $0.term.english } == ["x", "g: b"])
    expectNear(u.coefficients[0].realEstimate, 2, 1e-12)
    expectNear(u.coefficients[0].realSE, 0.030822070014844855, 1e-10)
    expectNear(u.coefficients[1].realEstimate, -0.05, 1e-10)
    expectNear(u.coefficients[1].realSE, 0.1412444689182552, 1e-10)
    for c in u.coefficients {
      #expect(c.ciOverlap == 1)
      #expect(c.standardisedDifference == 0)
      #expect(c.syntheticEstimate == c.realEstimate)
    }
    #expect(u.meanCIOverlap == 1)
    // 6 training rows < 3 × minbucket: both trees are one leaf predicting the training mean.
    expectNear(u.rmseReal, u.baselineRMSE, 1e-12)
  }

  @Test func regressionTreeAndShiftedCoefficients() throws {
    var rng = RandomGenerator(seed: 9)
    var realText = "y,x\n", syntheticText = "y,x\n"
    for _ in 0..<1000 {
      let x = rng.nextDouble() * 10
      realText += "\(2 * x + rng.nextNormal() * 0.1),\(x)\n"
      let xs = rng.nextDouble() * 10
      syntheticText += "\(3 * xs + rng.nextNormal() * 0.1),\(xs)\n"
    }
    let (real, synthetic) = (try readTable(realText), try readTable(syntheticText))
    let u = SpecificUtility.evaluate(real: real, synthetic: synthetic, target: 0, predictors: [1], testRows: Array(0..<200))
    #expect(u.rmseReal < 0.5)
    #expect(u.rmseSynthetic > 4)
    #expect(u.baselineRMSE > 5)
    expectNear(u.coefficients[0].realEstimate, 2, 0.01)
    expectNear(u.coefficients[0].syntheticEstimate, 3, 0.01)
    #expect(u.coefficients[0].ciOverlap < -10)
    #expect(u.coefficients[0].standardisedDifference > 100)
  }

  @Test func missingTargetsAndEmptyTablesAreNotAvailable() throws {
    let real = try readTable("y,x\n1,1\nNA,2\n3,3\n")
    let u = SpecificUtility.evaluate(real: real, synthetic: real.selecting(rows: []), target: 0, predictors: [1], testRows: [0, 1])
    #expect(u.testRows == 1 && u.trainRows == 1 && u.syntheticRows == 0)
    #expect(u.rmseSynthetic.isNaN)
    #expect(u.coefficients.allSatisfy { $0.syntheticEstimate.isNaN })
    let none = SpecificUtility.evaluate(real: real, synthetic: real, target: 0, predictors: [1], testRows: [])
    #expect(none.rmseReal.isNaN && none.baselineRMSE.isNaN)
  }
}
