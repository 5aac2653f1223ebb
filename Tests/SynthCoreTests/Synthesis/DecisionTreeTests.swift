import Testing

@testable import SynthCore

private func allRows(_ n: Int) -> [Int32] { (0..<n).map { Int32($0) } }

/// Leaf contents of a tree, as sorted lists of real rows.
private func leaves(_ tree: DecisionTree) -> [[Int32]] {
  tree.nodes.filter { $0.feature < 0 }.map { leaf in
    Array(tree.donorRows[Int(leaf.start)..<Int(leaf.start + leaf.count)]).sorted()
  }.sorted { $0[0] < $1[0] }
}

@Test func regressionSplitsWhereTheStepIs() {
  // y steps from 0 to 100 between x = 10 and x = 11: one split at 10.5, two pure leaves.
  let x = (1...20).map { Double($0) }
  let y = x.map { $0 <= 10 ? 0.0 : 100.0 }
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.ordinal(x)], criterion: VarianceCriterion(y))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 20))
  #expect(tree.nodes.count == 3)
  #expect(tree.nodes[0].feature == 0)
  #expect(tree.nodes[0].threshold == 10.5)
  #expect(leaves(tree) == [Array(0..<10), Array(10..<20)].map { $0.map { Int32($0) } })
}

@Test func minbucketAndMinsplitStopGrowth() {
  // Alternating y can always be split further; minbucket 5 means at most 40 / 5 leaves, each of ≥ 5 rows.
  let x = (0..<40).map { Double($0) }
  let y = x.map { Double(Int($0) % 2) }
  var config = CARTConfig()
  var builder = TreeBuilder(config: config, predictors: [.ordinal(x)], criterion: VarianceCriterion(y))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 40))
  #expect(leaves(tree).allSatisfy { $0.count >= 5 })
  // A node of fewer than 15 rows (3 × minbucket) is never split.
  for node in tree.nodes where node.feature >= 0 { #expect(node.count >= 15) }
  config.maxDepth = 1
  var shallow = TreeBuilder(config: config, predictors: [.ordinal(x)], criterion: VarianceCriterion(y))
  #expect(shallow.fit(weights: [Int32](repeating: 1, count: 40)).nodes.count <= 3)
}

@Test func tiesAreCutOnlyBetweenDistinctValues() {
  // Ten rows at x = 1 and ten at x = 2: the only possible cut is between them, whatever y says.
  let x = (0..<20).map { $0 < 10 ? 1.0 : 2.0 }
  let y = (0..<20).map { Double($0) }
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.ordinal(x)], criterion: VarianceCriterion(y))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 20))
  #expect(tree.nodes[0].threshold == 1.5)
  #expect(tree.nodes.count == 3)
}

@Test func manyLevelsAreOrderedAndSplitLinearly() {
  // 300 levels; the class is the level's parity. Ordering levels by class share puts all even
  // levels before all odd ones, so a single split separates the classes perfectly (rpart gives up at 60 levels).
  let levels = 300
  let codes = (0..<3000).map { Int32($0 % levels) }
  let classes = codes.map { $0 % 2 }
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.categorical(codes, levels: levels)], criterion: GiniCriterion(classes, classCount: 2))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 3000))
  #expect(tree.nodes.count == 3)
  for leaf in leaves(tree) { #expect(Set(leaf.map { classes[Int($0)] }).count == 1) }
}

@Test func multiclassLevelsFollowTheirClasses() {
  // 1,000 classes, each the class of exactly one predictor level (10 rows each): the principal-component
  // ordering must find splits that end in pure leaves, and quickly.
  let n = 10_000
  let codes = (0..<n).map { Int32(($0 * 7919) % 1000) }
  let classes = codes.map { ($0 * 13) % 1000 }
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.categorical(codes, levels: 1000)], criterion: GiniCriterion(classes, classCount: 1000))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: n))
  let impure = leaves(tree).filter { Set($0.map { classes[Int($0)] }).count > 1 }
  #expect(impure.count == 0)
  #expect(tree.leafCount == 1000)
}

@Test func regressionOnCategoriesOrdersLevelsByMean() {
  // Levels 0...9 with means 10·level shuffled over codes: the first split must put the lower means left.
  let means: [Double] = [50, 10, 90, 30, 70, 0, 80, 20, 60, 40]
  let codes = (0..<200).map { Int32($0 % 10) }
  let y = codes.map { means[Int($0)] }
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.categorical(codes, levels: 10)], criterion: VarianceCriterion(y))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 200))
  for leaf in leaves(tree) { #expect(Set(leaf.map { y[Int($0)] }).count == 1) }
  #expect(tree.leafCount == 10)
}

@Test func donorsComeFromTheLeafOfTheSyntheticValues() {
  let x = (1...20).map { Double($0) }
  let y = x.map { $0 <= 10 ? 0.0 : 100.0 }
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.ordinal(x)], criterion: VarianceCriterion(y))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 20))
  var synthetic = SyntheticPredictors()
  let values = [0.0, 10.4, 10.6, 1000, -5]
  synthetic.appendOrdinal(values)
  var rng = RandomGenerator(seed: 3)
  for _ in 0..<20 {
    let donors = tree.drawDonors(synthetic, rows: allRows(values.count), rng: &rng).donors
    #expect(donors.map { y[Int($0)] } == [0, 0, 100, 100, 0])
  }
}

@Test func unseenLevelsFollowTheTrainingMix() {
  // The node saw levels 0 (30 rows, left) and 1 (10 rows, right); level 2 never occurs in training.
  let codes = (0..<40).map { Int32($0 < 30 ? 0 : 1) }
  let classes = codes
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.categorical(codes, levels: 3)], criterion: GiniCriterion(classes, classCount: 2))
  let tree = builder.fit(weights: [Int32](repeating: 1, count: 40))
  #expect(tree.nodes.count == 3)
  var synthetic = SyntheticPredictors()
  synthetic.appendCategorical([Int32](repeating: 2, count: 20_000), levels: 3)
  var rng = RandomGenerator(seed: 9)
  let donors = tree.drawDonors(synthetic, rows: allRows(20_000), rng: &rng).donors
  let zeros = donors.filter { classes[Int($0)] == 0 }.count
  #expect(abs(Double(zeros) / 20_000 - 0.75) < 0.02)
}

@Test func bootstrapWeightsRepeatRows() {
  let x = (0..<30).map { Double($0) }
  let y = x
  var weights = [Int32](repeating: 0, count: 30)
  weights[3] = 4
  weights[7] = 2
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.ordinal(x)], criterion: VarianceCriterion(y))
  let tree = builder.fit(weights: weights)
  #expect(tree.donorRows.sorted() == [3, 3, 3, 3, 7, 7])
}

@Test func emptyAndSingleRowTreesAreLeaves() {
  var builder = TreeBuilder(config: CARTConfig(), predictors: [.ordinal([1, 2])], criterion: VarianceCriterion([1, 2]))
  #expect(builder.fit(weights: [0, 0]).donorRows.isEmpty)
  #expect(builder.fit(weights: [1, 0]).nodes.count == 1)
}
