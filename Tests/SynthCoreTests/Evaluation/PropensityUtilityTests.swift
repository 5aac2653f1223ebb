import Testing

@testable import SynthCore

/// Rows of x (normal, 2 decimals), g = "hi" exactly when x > 0 else "lo", and z (integer 0–9) with
/// 5% missing values: x and g are fully dependent, which only joint models can see. One table of
/// `rows` rows per seed (x shifted by `shifts`), read as one CSV so that their codes agree.
private func dependentTables(rows n: Int, seeds: [UInt64], shifts: [Double]? = nil) throws -> [Table] {
  var text = "x,g,z\n"
  for (i, seed) in seeds.enumerated() {
    var rng = RandomGenerator(seed: seed)
    let shift = shifts?[i] ?? 0
    for _ in 0..<n {
      let x = ((rng.nextNormal() + shift) * 100).rounded() / 100
      let z = rng.nextInt(below: 10)
      text += "\(x),\(x > 0 ? "hi" : "lo"),\(rng.nextInt(below: 20) == 0 ? "NA" : "\(z)")\n"
    }
  }
  let all = try readTable(text)
  return seeds.indices.map { all.selecting(rows: Array(($0 * n)..<(($0 + 1) * n))) }
}

/// `table` with each column's rows permuted independently: every margin kept, every relation broken.
private func columnShuffled(_ table: Table, seed: UInt64) -> Table {
  var rng = RandomGenerator(seed: seed)
  var result = table
  for c in table.columns.indices {
    var order = Array(0..<table.rowCount)
    rng.shuffle(&order)
    result.columns[c] = table.columns[c].selecting(order)
  }
  return result
}

struct PropensityUtilityTests {
  /// Compared with IRLS run to convergence in numpy (x centred by 4.0714285714, scaled by its stacked sd
  /// 2.2001498450, missing x as 0 plus an indicator, g with reference a, the most frequent):
  ///
  ///     X = [1, (x−m)/sd or 0, x missing, g==b, g==c];  b ← b + (X'WX)⁻¹X'(t − p) until it stops moving
  ///     b = (−0.38160562737024195, 0.6114097570180502, 0.2471947109980254, 0.8222782304834848, 0.268821832744433)
  ///     deviance 20.456805471117114, pMSE = 0.025929632067010603, E₀ = 4·(1/2)²(1/2)/16, S_pMSE = 0.8297482261443393
  @Test func logisticMatchesAnIRLSReference() throws {
    let (real, synthetic) = try realAndSynthetic(
      "x,g", real: ["1,a", "2,b", "3,a", "4,c", "5,b", "NA,a", "7,c", "2,a"],
      synthetic: ["3,b", "4,b", "6,c", "5,a", "NA,c", "8,c", "6,b", "1,a"])
    let u = PropensityUtility.logistic(real: real, synthetic: synthetic, columns: [0, 1])
    #expect(u.terms.map { $0.english } == ["x", "x: missing", "g: b", "g: c"])
    #expect(u.parameters == 4)
    #expect(u.converged)
    let reference = [-0.38160562737024195, 0.6114097570180502, 0.2471947109980254, 0.8222782304834848, 0.268821832744433]
    for (got, want) in zip(u.coefficients, reference) { expectNear(got, want, 1e-7) }
    expectNear(u.pMSE, 0.025929632067010603, 1e-9)
    expectNear(u.nullPMSE, 4 * 0.25 * 0.5 / 16, 1e-15)
    expectNear(u.sPMSE, 0.8297482261443393, 1e-8)
    let design = DesignMatrix.mainEffects(tables: [real, synthetic], columns: [0, 1])
    expectNear(design.centres[0], 4.071428571428571, 1e-15)
    expectNear(design.scales[0], 2.2001498450467736, 1e-14)
    let fit = LogisticRegression.fit(design, labels: PropensityUtility.stackedLabels(real: real, synthetic: synthetic).map { Double($0) })
    expectNear(fit.deviance, 20.456805471117114, 1e-10)
    expectNear(fit.fitted[0], 0.2252832401221225, 1e-8)
    expectNear(fit.fitted[13], 0.7268988279053473, 1e-8)
  }

  @Test func identicalTablesAreIndistinguishable() throws {
    let t = try dependentTables(rows: 2000, seeds: [1])[0]
    let u = PropensityUtility.logistic(real: t, synthetic: t, columns: [0, 1, 2])
    #expect(u.pMSE < 1e-20)
    #expect(u.sPMSE < 1e-10)
    #expect(u.po50 == 0)
    #expect(u.specks == 0)
    var rng = RandomGenerator(seed: 7)
    let tree = PropensityUtility.cart(real: t, synthetic: t, columns: [0, 1, 2], permutations: 5, rng: &rng)
    #expect(tree.pMSE == 0)
    #expect(tree.parameters == 1)  // no split separates identical rows
  }

  @Test func shiftedColumnGivesLargeSPMSE() throws {
    let tables = try dependentTables(rows: 3000, seeds: [1, 2], shifts: [0, 0.5])
    let (real, synthetic) = (tables[0], tables[1])
    let u = PropensityUtility.logistic(real: real, synthetic: synthetic, columns: [0, 1, 2])
    #expect(u.sPMSE > 100)
    #expect(u.po50 > 5)
    #expect(u.specks > 0.1)
  }

  /// Shuffling each column keeps every margin, so the main-effects score equations X'(t − p) = 0 hold at
  /// β = (0, …, 0): the logistic model sees nothing. Exactly equal margins also mean every first cut
  /// leaves the synthetic share at c on both sides, a Gini gain of exactly 0, so the tree (like rpart)
  /// has no first split. Shuffling an independent draw leaves sampling noise in the margins: enough
  /// for a first cut, and rpart's pruning keeps it because the splits below it find that x > 0 no
  /// longer implies g = hi.
  @Test func mainEffectsMissJointStructureThatCARTSees() throws {
    let tables = try dependentTables(rows: 3000, seeds: [3, 6])
    let real = tables[0]
    let exact = columnShuffled(real, seed: 4)
    let logistic = PropensityUtility.logistic(real: real, synthetic: exact, columns: [0, 1, 2])
    #expect(logistic.pMSE < 1e-20)
    #expect(logistic.sPMSE < 1e-10)
    var rng = RandomGenerator(seed: 5)
    #expect(PropensityUtility.cart(real: real, synthetic: exact, columns: [0, 1, 2], permutations: 2, rng: &rng).parameters == 1)

    let synthetic = columnShuffled(tables[1], seed: 4)
    #expect(PropensityUtility.logistic(real: real, synthetic: synthetic, columns: [0, 1, 2]).sPMSE < 10)
    let tree = PropensityUtility.cart(real: real, synthetic: synthetic, columns: [0, 1, 2], permutations: 10, rng: &rng)
    #expect(tree.permutations == 10)
    #expect(tree.parameters > 2)
    #expect(tree.sPMSE > 10)
    #expect(tree.terms.map { $0.english } == ["x", "g", "z"])
  }

  /// A node whose misclassified rows are at most cp times the root's never survives rpart's
  /// pruning, so the builder does not grow it: same propensities and leaves as the full tree,
  /// from fewer nodes. Shuffled labels (the permutation null) grow the deepest trees.
  @Test(arguments: [0, 1], [1e-3, 1e-2]) func stoppingAtPrunedRiskGivesTheFullTreesPropensities(tables kind: Int, cp: Double) throws {
    let tables = try dependentTables(rows: 3000, seeds: [3, 6])
    let design = TreeDesign.make(tables: tables, columns: [0, 1, 2])
    var labels = PropensityUtility.stackedLabels(real: tables[0], synthetic: tables[1])
    if kind == 1 {
      var rng = RandomGenerator(seed: 1)
      rng.shuffle(&labels)
    }
    let stopped = PropensityUtility.treePropensities(design, labels: labels, cp: cp)
    var full = TreeBuilder(config: CARTConfig(minBucket: 5, complexity: 0), predictors: design.training, criterion: GiniCriterion(labels, classCount: 2))
    let tree = full.fit(weights: [Int32](repeating: 1, count: labels.count))
    let (fitted, leaves) = PropensityUtility.prunedPropensities(tree, labels: labels, cp: cp)
    #expect(stopped.leaves == leaves)
    #expect(stopped.fitted == fitted)
    var grown = TreeBuilder(
      config: CARTConfig(minBucket: 5, complexity: 0, prunedAt: cp), predictors: design.training, criterion: GiniCriterion(labels, classCount: 2))
    #expect(grown.fit(weights: [Int32](repeating: 1, count: labels.count)).nodes.count < tree.nodes.count)
  }

  /// Two independent samples of one distribution. synthpop's null (k − 1)(1 − c)²c/N assumes the
  /// real data fixed and only the synthetic data random; with both random the expected pMSE is
  /// (k − 1)c(1 − c)/N, so S_pMSE averages 1/(1 − c) = 2 here.
  @Test func independentSamplesAverageSPMSEOfTwo() throws {
    var sum = 0.0
    for pair in 0..<20 {
      let tables = try dependentTables(rows: 1000, seeds: [UInt64(100 + 2 * pair), UInt64(101 + 2 * pair)])
      sum += PropensityUtility.logistic(real: tables[0], synthetic: tables[1], columns: [0, 1, 2]).sPMSE
    }
    #expect(sum / 20 > 1.4 && sum / 20 < 2.8)
  }

  /// Level counts a 5, b 4, c 3, d 2, e 1; 4 parameters leave 3 terms: reference a, b and c on their
  /// own (K = 2), d and e pooled.
  @Test func rareLevelsArePooledByFrequency() throws {
    let letters = ["a", "a", "a", "a", "a", "b", "b", "b", "b", "c", "c", "c", "d", "d", "e"]
    let t = try readTable("c,n\n" + letters.enumerated().map { "\($1),\($0 % 2)" }.joined(separator: "\n") + "\n")
    let design = DesignMatrix.mainEffects(tables: [t], columns: [0], maxParameters: 4)
    #expect(design.terms == [.level(column: "c", level: "b"), .level(column: "c", level: "c"), .other(column: "c", levels: 2)])
    #expect(design.pooled == [.pooled(column: "c", levels: 2)])
    // Rows of d and e share the pooled indicator; a rows have no entry.
    #expect(design.entryTerms[12] == 2 && design.entryTerms[14] == 2 && design.entryTerms[0] == -1)
    #expect(DesignMatrix.mainEffects(tables: [t], columns: [0], maxParameters: 5).pooled.isEmpty)
  }

  @Test func thousandLevelColumnStaysWithinMaxParameters() throws {
    var rng = RandomGenerator(seed: 11)
    var text = "id,code,x,k\n"
    for i in 0..<6000 {
      // A skewed level: low numbers are common.
      let level = min(rng.nextInt(below: 1000), rng.nextInt(below: 1000))
      text += "r\(i),L\(i < 1000 ? i : level),\(rng.nextNormal()),same\n"
    }
    let all = try readTable(text)
    #expect(all.columns[0].schema.kind == .identifier)
    #expect(all.columns[1].schema.kind == .categorical)
    #expect(all.columns[1].levels.count == 1000)
    let real = all.selecting(rows: Array(0..<3000)), synthetic = all.selecting(rows: Array(3000..<6000))
    let u = PropensityUtility.logistic(real: real, synthetic: synthetic, columns: [0, 1, 2, 3])
    #expect(u.parameters + 1 <= 400)
    #expect(u.terms.count == 399)
    #expect(u.pooled.count == 1)
    #expect(u.terms.contains { if case .other(column: "code", _) = $0 { return true } else { return false } })
    #expect(u.skipped == [.skipped(column: "id", .kind(.identifier)), .skipped(column: "k", .kind(.constant))])
  #expect(u.skipped.map { $0.english } == ["id (identifier)", "k (constant)"])
    #expect(u.sPMSE.isFinite)
  }

  @Test func emptyOrUnusableInputIsNotAvailable() throws {
    let t = try readTable("x,g\n1,a\n2,b\n3,a\n")
    let none = t.selecting(rows: [])
    let u = PropensityUtility.logistic(real: t, synthetic: none, columns: [0, 1])
    #expect(u.pMSE.isNaN && u.sPMSE.isNaN)
    var rng = RandomGenerator(seed: 1)
    #expect(PropensityUtility.cart(real: none, synthetic: t, columns: [0, 1], permutations: 3, rng: &rng).sPMSE.isNaN)
    // No usable column: only the intercept, k − 1 = 0, so there is no null to compare with.
    let c = try readTable("k\nsame\nsame\nsame\nsame\n")
    let onlyConstant = PropensityUtility.logistic(real: c, synthetic: c, columns: [0])
    #expect(onlyConstant.parameters == 0)
    #expect(onlyConstant.sPMSE.isNaN)
    #expect(onlyConstant.pMSE < 1e-20)
  }

  /// Perfect separation: probabilities are clipped, so the fit stops with finite numbers.
  @Test func separationDoesNotTrap() throws {
    let (real, synthetic) = try realAndSynthetic("x", real: ["1", "2", "3", "4"], synthetic: ["11", "12", "13", "14"])
    let u = PropensityUtility.logistic(real: real, synthetic: synthetic, columns: [0])
    #expect(u.pMSE > 0.24 && u.pMSE <= 0.25)
    #expect(u.po50 == 50)
    #expect(u.specks == 1)
    #expect(u.coefficients.allSatisfy { $0.isFinite })
  }
}
