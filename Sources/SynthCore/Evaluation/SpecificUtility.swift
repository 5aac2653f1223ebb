/// Specific (analysis) utility: does a model trained on the synthetic data do as well on held-out
/// real rows as the same model trained on real rows ("train synthetic, test real")?
///
/// The model is the project's CART (minbucket 5, cp 1e-3), predicting a leaf's class shares or
/// mean. Classification targets (categorical, boolean) report accuracy and AUC: for two levels
/// the ROC AUC of the predicted probability of the second level, by the rank formula
///
///     AUC = (Σ ranks of positives − n₊(n₊ + 1)/2) / (n₊ n₋)      (mid-ranks for ties)
///
/// and for more levels the mean of one-vs-rest AUCs over the classes with positives and negatives
/// in the test rows. Numeric targets report RMSE, plus the comparison of linear regression fits
/// that synthpop's `compare.fit` makes: per term, (b_s − b_r)/se_r and the overlap of the 95%
/// intervals (Karr et al. 2006), by `CoefficientComparison`, the one implementation `--model`
/// (`ModelComparison`) uses too. The fit itself stays on the sparse main-effects design, which
/// scales to hundreds of indicator columns; `--model` fits the user's own formula.
///
/// Rows whose target is missing are left out of training and testing.
struct SpecificUtility {
  enum Task: String { case classification, regression }

  /// One regression term fitted on real and on synthetic data. Estimates and standard errors are
  /// in the column's own units (per unit of a number, or for an indicator versus the reference).
  struct Coefficient {
    var term: ModelTerm
    /// The evaluated column the term comes from, and the category it indicates (nil for numbers,
    /// missing codes and pooled levels).
    var column = 0
    var level: String? = nil
    var realEstimate: Double
    var realSE: Double
    var syntheticEstimate: Double
    var syntheticSE: Double
    var standardisedDifference: Double
    var ciOverlap: Double
  }

  var target: String
  var task: Task
  /// Real rows the real model trained on.
  var trainRows: Int
  /// Held-out real rows tested on.
  var testRows: Int
  var syntheticRows: Int
  var accuracyReal = Double.nan, accuracySynthetic = Double.nan
  var aucReal = Double.nan, aucSynthetic = Double.nan
  /// Accuracy of predicting the most frequent class of the real training rows.
  var baselineAccuracy = Double.nan
  /// Classification: test rows per class of the target (classes in level order).
  var testClassCounts: [Int] = []
  var rmseReal = Double.nan, rmseSynthetic = Double.nan
  /// RMSE of predicting the mean of the real training rows.
  var baselineRMSE = Double.nan
  var coefficients: [Coefficient] = []
  /// Mean CI overlap over the terms estimable in both fits; NaN when none is.
  var meanCIOverlap = Double.nan

  /// - Parameters:
  ///   - testRows: real rows held out for testing; the real model trains on the others, the synthetic one on all synthetic rows.
  ///   - progress: told how far the work is, from 0 to 1.
  static func evaluate(
    real: Table, synthetic: Table, target: Int, predictors: [Int], testRows: [Int], progress: (Double) -> Void = { _ in }
  ) -> SpecificUtility {
    let targetColumn = real.columns[target]
    let task: Task = targetColumn.schema.kind.isNumeric ? .regression : .classification
    let columns = predictors.filter { $0 != target }
    let nReal = real.rowCount, n = nReal + synthetic.rowCount

    // Stacked numbering: real rows, then synthetic rows.
    var heldOut = [Bool](repeating: false, count: nReal)
    for row in testRows where row >= 0 && row < nReal { heldOut[row] = true }
    var observed = [Bool](repeating: true, count: n)
    for row in 0..<nReal { observed[row] = !real.columns[target].isMissing(row) }
    for row in 0..<synthetic.rowCount { observed[nReal + row] = !synthetic.columns[target].isMissing(row) }
    if targetColumn.schema.kind == .empty { observed = [Bool](repeating: false, count: n) }
    let realTrain = (0..<nReal).filter { !heldOut[$0] && observed[$0] }
    let test = (0..<nReal).filter { heldOut[$0] && observed[$0] }
    let syntheticTrain = (nReal..<n).filter { observed[$0] }

    var result = SpecificUtility(
      target: targetColumn.schema.name, task: task, trainRows: realTrain.count, testRows: test.count,
      syntheticRows: syntheticTrain.count)
    let design = TreeDesign.make(tables: [real, synthetic], columns: columns)
    let stackedTarget = Table.stacking([real, synthetic], columns: [target]).columns[0]
    let models = TreeModels(design: design, testRows: test.map { Int32($0) })
    // The design sorts every column once; the two trees take the rest, the synthetic one last.
    progress(0.2)
    if task == .regression {
      let y = stackedTarget.numbers
      let rmse = models.regression(y: y, realTrain: realTrain, syntheticTrain: syntheticTrain, progress: { progress(0.2 + 0.6 * $0) })
      result.rmseReal = rmse.real
      result.rmseSynthetic = rmse.synthetic
      result.baselineRMSE = rmse.baseline
      result.compareFits(
        design: DesignMatrix.mainEffects(tables: [real, synthetic], columns: columns), y: y,
        realRows: (0..<nReal).filter { observed[$0] }, syntheticRows: syntheticTrain)
    } else {
      let classCount = max(targetColumn.observedLevelCount, 1)
      var y = [Int32](repeating: 0, count: n)
      for row in 0..<n where observed[row] { y[row] = Int32(min(DesignMatrix.classOf(stackedTarget, row: row), classCount - 1)) }
      result.testClassCounts = [Int](repeating: 0, count: classCount)
      for row in test { result.testClassCounts[Int(y[row])] += 1 }
      let scores = models.classification(y: y, classCount: classCount, realTrain: realTrain, syntheticTrain: syntheticTrain, progress: { progress(0.2 + 0.8 * $0) })
      result.accuracyReal = scores.accuracyReal
      result.accuracySynthetic = scores.accuracySynthetic
      result.aucReal = scores.aucReal
      result.aucSynthetic = scores.aucSynthetic
      result.baselineAccuracy = scores.baseline
    }
    return result
  }

  /// ROC AUC of `scores` for the rows where `positives` is true, by the rank formula with mid-ranks
  /// (a tie between a positive and a negative counts ½). NaN without both positives and negatives.
  /// - Complexity: O(n log n).
  static func auc(scores: [Double], positives: [Bool]) -> Double {
    var nPositive = 0
    for p in positives where p { nPositive += 1 }
    let nNegative = positives.count - nPositive
    guard nPositive > 0, nNegative > 0 else { return .nan }
    let order = scores.indices.sorted { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    var rankSum = 0.0
    var i = 0
    while i < order.count {
      var j = i
      var tiedPositives = 0
      while j < order.count && scores[order[j]] == scores[order[i]] {
        if positives[order[j]] { tiedPositives += 1 }
        j += 1
      }
      // Ranks i+1 … j share their mean.
      rankSum += Double(tiedPositives) * Double(i + 1 + j) / 2
      i = j
    }
    let np = Double(nPositive), nn = Double(nNegative)
    return (rankSum - np * (np + 1) / 2) / (np * nn)
  }

  /// Least-squares fits of y on the design over the real and the synthetic rows, compared term by term.
  private mutating func compareFits(design: DesignMatrix, y: [Double], realRows: [Int], syntheticRows: [Int]) {
    let onReal = LinearFit(design, rows: realRows, y: y)
    let onSynthetic = LinearFit(design, rows: syntheticRows, y: y)
    let z = Math.normalQuantile(0.975)
    var overlapSum = 0.0, overlapCount = 0
    for (j, term) in design.terms.enumerated() {
      // Back to the column's units: a coefficient of (x − centre)/scale is b/scale per unit of x.
      let scale = design.scales[j]
      let br = onReal.estimates[j + 1] / scale, ser = onReal.standardErrors[j + 1] / scale
      let bs = onSynthetic.estimates[j + 1] / scale, ses = onSynthetic.standardErrors[j + 1] / scale
      let real = ModelComparison.Estimate(value: br, standardError: ser)
      let difference = CoefficientComparison.standardisedDifference(bs, real: real)
      let overlap = CoefficientComparison.overlap(real: real, ModelComparison.Estimate(value: bs, standardError: ses), z: z)
      if overlap.isFinite {
        overlapSum += overlap
        overlapCount += 1
      }
      coefficients.append(Coefficient(
        term: term, column: design.termColumns[j], level: design.termLevels[j], realEstimate: br, realSE: ser, syntheticEstimate: bs, syntheticSE: ses,
        standardisedDifference: difference, ciOverlap: overlap))
    }
    meanCIOverlap = overlapCount > 0 ? overlapSum / Double(overlapCount) : .nan
  }
}

/// Ordinary least squares on some rows of a design: β = (X'X)⁻¹X'y, se_j = √(σ̂² (X'X)⁻¹_jj) with
/// σ̂² = RSS/(n − rank). Aliased columns (see `Cholesky`) and everything of a fit with no residual
/// degrees of freedom are NaN.
struct LinearFit {
  /// Intercept first, then one per design term (on the design's scaled columns).
  var estimates: [Double]
  var standardErrors: [Double]
  var residualDegreesOfFreedom: Int

  init(_ design: DesignMatrix, rows: [Int], y: [Double]) {
    let p = design.parameterCount
    let ones = [Double](repeating: 1, count: design.rowCount)
    let (matrix, vector) = design.crossProducts(rows: rows, weights: ones, residuals: y)
    let factor = Cholesky(matrix, size: p)
    estimates = factor.solve(vector)
    var rss = 0.0
    for row in rows {
      let e = y[row] - design.linearPredictor(estimates, row: row)
      rss += e * e
    }
    residualDegreesOfFreedom = rows.count - factor.rank
    let variance = residualDegreesOfFreedom > 0 ? rss / Double(residualDegreesOfFreedom) : .nan
    let diagonal = factor.inverseDiagonal()
    standardErrors = (0..<p).map { (variance * diagonal[$0]).squareRoot() }
    for j in 0..<p where factor.dropped[j] {
      estimates[j] = .nan
      standardErrors[j] = .nan
    }
  }
}

/// The real-trained and the synthetic-trained trees of one evaluation, tested on the same real rows.
private struct TreeModels {
  let design: TreeDesign
  let testRows: [Int32]

  /// nil when there are no training rows.
  func fit<Criterion: SplitCriterion>(_ criterion: Criterion, rows: [Int]) -> DecisionTree? {
    guard !rows.isEmpty else { return nil }
    var weights = [Int32](repeating: 0, count: design.rowCount)
    for row in rows { weights[row] = 1 }
    var builder = TreeBuilder(config: CARTConfig(minBucket: 5, complexity: 1e-3), predictors: design.training, criterion: criterion)
    return builder.fit(weights: weights)
  }

  /// The leaf of each test row; unseen levels are routed by a fixed seed, so results are reproducible.
  func testLeaves(_ tree: DecisionTree) -> [Int32] {
    var rng = RandomGenerator(seed: 0x5EED)
    return tree.leaves(of: design.routing, rows: testRows, rng: &rng)
  }

  func regression(y: [Double], realTrain: [Int], syntheticTrain: [Int], progress: (Double) -> Void) -> (real: Double, synthetic: Double, baseline: Double) {
    func rmse(_ rows: [Int]) -> Double {
      guard let tree = fit(VarianceCriterion(y), rows: rows), !testRows.isEmpty else { return .nan }
      var means = [Double](repeating: .nan, count: tree.nodes.count)
      for (index, node) in tree.nodes.enumerated() where node.feature < 0 && node.count > 0 {
        var sum = 0.0
        for i in Int(node.start)..<Int(node.start + node.count) { sum += y[Int(tree.donorRows[i])] }
        means[index] = sum / Double(node.count)
      }
      let leaves = testLeaves(tree)
      var squares = 0.0
      for (i, row) in testRows.enumerated() {
        let e = y[Int(row)] - means[Int(leaves[i])]
        squares += e * e
      }
      return (squares / Double(testRows.count)).squareRoot()
    }
    var baseline = Double.nan
    if !realTrain.isEmpty && !testRows.isEmpty {
      var mean = 0.0
      for row in realTrain { mean += y[row] }
      mean /= Double(realTrain.count)
      var squares = 0.0
      for row in testRows { squares += (y[Int(row)] - mean) * (y[Int(row)] - mean) }
      baseline = (squares / Double(testRows.count)).squareRoot()
    }
    let real = rmse(realTrain)
    progress(Double(realTrain.count) / Double(max(realTrain.count + syntheticTrain.count, 1)))
    let synthetic = rmse(syntheticTrain)
    progress(1)
    return (real, synthetic, baseline)
  }

  func classification(y: [Int32], classCount: Int, realTrain: [Int], syntheticTrain: [Int], progress: (Double) -> Void)
    -> (accuracyReal: Double, accuracySynthetic: Double, aucReal: Double, aucSynthetic: Double, baseline: Double)
  {
    func scores(_ rows: [Int]) -> (accuracy: Double, auc: Double) {
      guard let tree = fit(GiniCriterion(y, classCount: classCount), rows: rows), !testRows.isEmpty else { return (.nan, .nan) }
      let leaves = testLeaves(tree)
      // Class shares of each leaf a test row reaches, computed once per leaf.
      var shares = [[Double]](repeating: [], count: tree.nodes.count)
      var probabilities = [Double](repeating: 0, count: testRows.count * classCount)
      var correct = 0
      for (i, row) in testRows.enumerated() {
        let leaf = Int(leaves[i])
        if shares[leaf].isEmpty {
          let node = tree.nodes[leaf]
          var counts = [Double](repeating: 0, count: classCount)
          for j in Int(node.start)..<Int(node.start + node.count) { counts[Int(y[Int(tree.donorRows[j])])] += 1 }
          shares[leaf] = counts.map { $0 / Double(max(node.count, 1)) }
        }
        var best = 0
        for k in 0..<classCount {
          probabilities[i * classCount + k] = shares[leaf][k]
          if shares[leaf][k] > shares[leaf][best] { best = k }
        }
        if best == Int(y[Int(row)]) { correct += 1 }
      }
      let accuracy = Double(correct) / Double(testRows.count)
      if classCount == 2 {
        let auc = SpecificUtility.auc(
          scores: testRows.indices.map { probabilities[$0 * 2 + 1] }, positives: testRows.map { y[Int($0)] == 1 })
        return (accuracy, auc)
      }
      var sum = 0.0, classes = 0
      for k in 0..<classCount {
        let auc = SpecificUtility.auc(
          scores: testRows.indices.map { probabilities[$0 * classCount + k] }, positives: testRows.map { y[Int($0)] == Int32(k) })
        if auc.isFinite {
          sum += auc
          classes += 1
        }
      }
      return (accuracy, classes > 0 ? sum / Double(classes) : .nan)
    }
    var baseline = Double.nan
    if !realTrain.isEmpty && !testRows.isEmpty {
      var counts = [Int](repeating: 0, count: classCount)
      for row in realTrain { counts[Int(y[row])] += 1 }
      var majority = 0
      for k in 0..<classCount where counts[k] > counts[majority] { majority = k }
      var correct = 0
      for row in testRows where y[Int(row)] == Int32(majority) { correct += 1 }
      baseline = Double(correct) / Double(testRows.count)
    }
    let onReal = scores(realTrain)
    progress(Double(realTrain.count) / Double(max(realTrain.count + syntheticTrain.count, 1)))
    let onSynthetic = scores(syntheticTrain)
    progress(1)
    return (onReal.accuracy, onSynthetic.accuracy, onReal.auc, onSynthetic.auc, baseline)
  }
}
