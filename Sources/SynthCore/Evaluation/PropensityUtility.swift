/// General (propensity) utility, as synthpop's `utility.gen` computes it: stack the real rows
/// (t = 0) and the synthetic rows (t = 1), fit a model of t on the columns, and measure how well it
/// tells them apart. With N = n_r + n_s, c = n_s/N and p̂ᵢ the fitted probability that row i is
/// synthetic:
///
///     pMSE   = (1/N) Σ (p̂ᵢ − c)²
///     S_pMSE = pMSE / E₀[pMSE]
///     logistic:  E₀[pMSE] = (k − 1)(1 − c)²c/N   (k − 1 non-intercept coefficients, aliased ones not counted)
///     CART:      E₀[pMSE] = mean of pMSE over label permutations / 2   (synthpop halves them)
///
/// S_pMSE near 1 means the model separates the tables no better than a random split would;
/// synthpop's vignette calls values below 3 good and below 10 acceptable. A main-effects logistic
/// model sees only the margins; the tree also sees interactions.
struct PropensityUtility {
  enum Model: String { case logistic, cart }
  var model: Model
  var pMSE: Double
  var sPMSE: Double
  var nullPMSE: Double
  /// Non-aliased non-intercept coefficients (logistic) or leaves (CART).
  var parameters: Int
  var permutations: Int
  /// IRLS iterations (logistic); 0 for CART.
  var iterations: Int
  var converged: Bool
  /// Kolmogorov–Smirnov distance between the propensities of synthetic and real rows.
  var specks: Double
  /// 100 · (share classified correctly at p̂ = 0.5) − 50; a p̂ of exactly 0.5 counts half.
  var po50: Double
  var terms: [ModelTerm]
  var skipped: [ModelRemark]
  var pooled: [ModelRemark]
  /// Logistic: intercept, then one per term on the design's centred and scaled columns; NaN where aliased.
  var coefficients: [Double] = []

  /// Main-effects logistic propensity model fitted by IRLS (see `LogisticRegression`).
  static func logistic(real: Table, synthetic: Table, columns: [Int], maxParameters: Int = 400) -> PropensityUtility {
    let design = DesignMatrix.mainEffects(tables: [real, synthetic], columns: columns, maxParameters: maxParameters)
    let labels = stackedLabels(real: real, synthetic: synthetic).map { Double($0) }
    let fit = LogisticRegression.fit(design, labels: labels)
    let n = Double(labels.count), c = Double(synthetic.rowCount) / n
    let k1 = fit.aliased.dropFirst().reduce(0) { $0 + ($1 ? 0 : 1) }
    let null = Double(k1) * (1 - c) * (1 - c) * c / n
    var result = PropensityUtility(
      model: .logistic, fitted: fit.fitted, labels: labels, c: c, null: null, parameters: k1, permutations: 0,
      terms: design.terms, skipped: design.skipped, pooled: design.pooled)
    result.iterations = fit.iterations
    result.converged = fit.converged
    result.coefficients = fit.coefficients
    if real.rowCount == 0 || synthetic.rowCount == 0 { result.setUnavailable() }
    return result
  }

  /// An rpart-like classification tree of t on the columns (Gini, cp 1e-3, minbucket 5, see
  /// `treePropensities`); p̂ of a row is the share of synthetic rows in its leaf. The null refits the tree to `permutations`
  /// shuffles of the labels (synthpop's nperms, 50).
  /// - Complexity: (permutations + 1) tree fits.
  static func cart(
    real: Table, synthetic: Table, columns: [Int], permutations: Int = 50, rng: inout RandomGenerator, progress: (Double) -> Void = { _ in }
  ) -> PropensityUtility {
    let plan = CARTPlan(real: real, synthetic: synthetic, columns: columns, permutations: permutations, rng: &rng)
    return plan.result(Workers.serial.map(plan.fits, done: progress) { plan.fit($0) })
  }

  /// The CART propensity model as tasks for the host's threads: fit 0 to the real labels, fit k
  /// to the k-th shuffle of them. Each shuffle has its own seed, drawn before any fit, so the null
  /// is the same whichever thread fits what.
  struct CARTPlan {
    let real: Table, synthetic: Table
    let design: TreeDesign
    let labels: [Int32]
    let seeds: [UInt64]
    var fits: Int { seeds.count + 1 }

    init(real: Table, synthetic: Table, columns: [Int], permutations: Int, rng: inout RandomGenerator) {
      self.real = real
      self.synthetic = synthetic
      design = TreeDesign.make(tables: [real, synthetic], columns: columns)
      labels = stackedLabels(real: real, synthetic: synthetic)
      seeds = (0..<max(permutations, 0)).map { _ in rng.next() }
    }

    /// Fit `k`: the propensities and leaves for the real labels (k = 0); the pMSE alone for a
    /// shuffle, so that 50 of them on a large table do not each keep a propensity per row.
    func fit(_ k: Int) -> (fitted: [Double], leaves: Int, pMSE: Double) {
      let c = Double(synthetic.rowCount) / Double(labels.count)
      if k == 0 {
        let (fitted, leaves) = treePropensities(design, labels: labels)
        return (fitted, leaves, .nan)
      }
      var shuffled = labels
      var rng = RandomGenerator(seed: seeds[k - 1])
      rng.shuffle(&shuffled)
      return ([], 0, pMSE(treePropensities(design, labels: shuffled).fitted, c: c))
    }

    /// The model from every fit, in order.
    func result(_ fits: [(fitted: [Double], leaves: Int, pMSE: Double)]) -> PropensityUtility {
      let n = Double(labels.count), c = Double(synthetic.rowCount) / n
      let permutations = seeds.count
      var nullSum = 0.0
      for fit in fits.dropFirst() { nullSum += fit.pMSE }
      let null = permutations > 0 ? nullSum / Double(permutations) / 2 : .nan
      var result = PropensityUtility(
        model: .cart, fitted: fits[0].fitted, labels: labels.map { Double($0) }, c: c, null: null, parameters: fits[0].leaves,
        permutations: permutations, terms: design.names, skipped: design.skipped, pooled: [])
      result.converged = true
      if real.rowCount == 0 || synthetic.rowCount == 0 { result.setUnavailable() }
      return result
    }
  }

  fileprivate init(
    model: Model, fitted: [Double], labels: [Double], c: Double, null: Double, parameters: Int, permutations: Int,
    terms: [ModelTerm], skipped: [ModelRemark], pooled: [ModelRemark]
  ) {
    self.model = model
    pMSE = Self.pMSE(fitted, c: c)
    nullPMSE = null
    sPMSE = null > 0 ? pMSE / null : .nan
    self.parameters = parameters
    self.permutations = permutations
    iterations = 0
    converged = false
    specks = Self.ksDistance(fitted, labels: labels)
    po50 = Self.po50(fitted, labels: labels)
    self.terms = terms
    self.skipped = skipped
    self.pooled = pooled
  }

  fileprivate mutating func setUnavailable() {
    pMSE = .nan
    sPMSE = .nan
    nullPMSE = .nan
    specks = .nan
    po50 = .nan
  }

  /// 0 for each real row, then 1 for each synthetic row.
  static func stackedLabels(real: Table, synthetic: Table) -> [Int32] {
    [Int32](repeating: 0, count: real.rowCount) + [Int32](repeating: 1, count: synthetic.rowCount)
  }

  static func pMSE(_ fitted: [Double], c: Double) -> Double {
    guard !fitted.isEmpty else { return .nan }
    var sum = 0.0
    for p in fitted { sum += (p - c) * (p - c) }
    return sum / Double(fitted.count)
  }

  /// The tree's propensity for every stacked row (the share of label 1 in its leaf) and its leaf count.
  ///
  /// Grown as far as minbucket 5 allows, then pruned by rpart's cost-complexity rule (`rpartLeaves`):
  /// a split whose first cut gains nothing (as when the margins agree exactly) still stays when the
  /// splits below it pay for it, as in rpart, where a greedy cp test would stop at the root.
  static func treePropensities(_ design: TreeDesign, labels: [Int32], cp: Double = 1e-3) -> (fitted: [Double], leaves: Int) {
    var builder = TreeBuilder(
      config: CARTConfig(minBucket: 5, complexity: 0, prunedAt: cp), predictors: design.training,
      criterion: GiniCriterion(labels, classCount: 2))
    return prunedPropensities(builder.fit(weights: [Int32](repeating: 1, count: labels.count)), labels: labels, cp: cp)
  }

  /// The propensities and leaf count of `tree` once pruned by `rpartLeaves` at `cp`.
  static func prunedPropensities(_ tree: DecisionTree, labels: [Int32], cp: Double) -> (fitted: [Double], leaves: Int) {
    var fitted = [Double](repeating: .nan, count: labels.count)
    guard !tree.donorRows.isEmpty else { return (fitted, 0) }
    let isLeaf = rpartLeaves(tree, labels: labels, cp: cp)
    var leaves = 0
    var stack = [0]
    while let index = stack.popLast() {
      let node = tree.nodes[index]
      if !isLeaf[index] {
        stack.append(Int(node.right))
        stack.append(Int(node.left))
        continue
      }
      leaves += 1
      let rows = tree.donorRows[Int(node.start)..<Int(node.start + node.count)]
      var ones = 0
      for row in rows { ones += Int(labels[Int(row)]) }
      let share = Double(ones) / Double(max(rows.count, 1))
      for row in rows { fitted[Int(row)] = share }
    }
    return (fitted, leaves)
  }

  /// Which nodes are leaves after rpart's pruning (`partition.c`): with risk R = misclassified rows
  /// and α = cp·R(root), a node's complexity is (R(node) − Σ R(its leaves)) / (its splits), letting a
  /// child whose own complexity is lower collapse first; a node with complexity ≤ α becomes a leaf.
  /// Children have higher indices than their parent, so one backward pass visits them first.
  static func rpartLeaves(_ tree: DecisionTree, labels: [Int32], cp: Double) -> [Bool] {
    let n = tree.nodes.count
    var ones = [Int](repeating: 0, count: n)
    var risk = [Double](repeating: 0, count: n), sumRisk = risk, complexity = risk
    var splits = [Int](repeating: 0, count: n)
    var isLeaf = [Bool](repeating: false, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
      let node = tree.nodes[i]
      if node.feature < 0 {
        for j in Int(node.start)..<Int(node.start + node.count) { ones[i] += Int(labels[Int(tree.donorRows[j])]) }
      } else {
        ones[i] = ones[Int(node.left)] + ones[Int(node.right)]
      }
      risk[i] = Double(min(ones[i], Int(node.count) - ones[i]))
    }
    let alpha = cp * risk[0]
    for i in stride(from: n - 1, through: 0, by: -1) {
      let node = tree.nodes[i]
      if node.feature < 0 {
        isLeaf[i] = true
        complexity[i] = alpha
        sumRisk[i] = risk[i]
        continue
      }
      let l = Int(node.left), r = Int(node.right)
      var leftRisk = sumRisk[l], rightRisk = sumRisk[r], leftSplits = splits[l], rightSplits = splits[r]
      var temp = (risk[i] - (leftRisk + rightRisk)) / Double(leftSplits + rightSplits + 1)
      if complexity[r] > complexity[l] {
        if temp > complexity[l] {
          leftRisk = risk[l]
          leftSplits = 0
          temp = (risk[i] - (leftRisk + rightRisk)) / Double(rightSplits + 1)
          if temp > complexity[r] { rightRisk = risk[r]; rightSplits = 0 }
        }
      } else if temp > complexity[r] {
        rightRisk = risk[r]
        rightSplits = 0
        temp = (risk[i] - (leftRisk + rightRisk)) / Double(leftSplits + 1)
        if temp > complexity[l] { leftRisk = risk[l]; leftSplits = 0 }
      }
      complexity[i] = (risk[i] - (leftRisk + rightRisk)) / Double(leftSplits + rightSplits + 1)
      if complexity[i] <= alpha {
        isLeaf[i] = true
        sumRisk[i] = risk[i]
      } else {
        sumRisk[i] = leftRisk + rightRisk
        splits[i] = leftSplits + rightSplits + 1
      }
    }
    return isLeaf
  }

  /// sup |F_synthetic − F_real| over the propensities; NaN when either group is empty.
  static func ksDistance(_ fitted: [Double], labels: [Double]) -> Double {
    var ones = 0
    for t in labels where t == 1 { ones += 1 }
    let zeros = labels.count - ones
    guard ones > 0, zeros > 0 else { return .nan }
    let order = fitted.indices.sorted { fitted[$0] < fitted[$1] || (fitted[$0] == fitted[$1] && $0 < $1) }
    var seenOnes = 0, seenZeros = 0, distance = 0.0
    var i = 0
    while i < order.count {
      // All rows with one value move together, so ties do not open a gap.
      let value = fitted[order[i]]
      while i < order.count && fitted[order[i]] == value {
        if labels[order[i]] == 1 { seenOnes += 1 } else { seenZeros += 1 }
        i += 1
      }
      distance = max(distance, abs(Double(seenOnes) / Double(ones) - Double(seenZeros) / Double(zeros)))
    }
    return distance
  }

  static func po50(_ fitted: [Double], labels: [Double]) -> Double {
    guard !fitted.isEmpty else { return .nan }
    var correct = 0.0
    for (p, t) in zip(fitted, labels) {
      if p == 0.5 { correct += 0.5 } else if (p > 0.5) == (t == 1) { correct += 1 }
    }
    return 100 * correct / Double(fitted.count) - 50
  }
}

/// The main-effects logistic propensity model: `GeneralizedLinearModel.irls` with the binomial
/// family on the sparse `DesignMatrix` (one IRLS loop for `--model` and the propensity), with
/// glm's control (at most 25 steps, deviance change below 1e-8) and its starting values and
/// probabilities (R's `binomial()`: μ within (0, 1) by ε). Columns aliased at the start are dropped
/// (NaN), as glm reports NA; a separated outcome gets large but finite coefficients.
enum LogisticRegression {
  struct Fit {
    /// Intercept first, on the design's centred and scaled columns; NaN for aliased columns.
    var coefficients: [Double]
    var fitted: [Double]
    var iterations: Int
    var converged: Bool
    var deviance: Double
    /// Per coefficient (intercept first), whether it was dropped.
    var aliased: [Bool]
  }

  static func fit(_ design: DesignMatrix, labels: [Double]) -> Fit {
    let n = design.rowCount, p = design.parameterCount
    var mean = 0.0
    for y in labels { mean += y }
    mean = n > 0 ? mean / Double(n) : .nan
    guard n > 0, mean > 0, mean < 1 else {
      return Fit(coefficients: [Double](repeating: .nan, count: p), fitted: [Double](repeating: mean, count: n),
        iterations: 0, converged: false, deviance: .nan, aliased: [Bool](repeating: true, count: p))
    }
    let s = GeneralizedLinearModel.irls(design, labels, family: .binomial, control: .glm)
    var beta = s.coefficients
    for j in 0..<p where s.aliased[j] { beta[j] = .nan }
    return Fit(coefficients: beta, fitted: s.fitted, iterations: s.iterations, converged: s.converged, deviance: s.deviance, aliased: s.aliased)
  }
}
