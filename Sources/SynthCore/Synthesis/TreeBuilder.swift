/// Grows one CART tree, depth first with an explicit stack (deep trees cannot overflow the wasm stack).
///
/// Ordinal predictors keep presorted row lists that are stably partitioned at every split, so a
/// node's rows stay sorted by every predictor without sorting again: each level of the tree costs
/// O(rows × predictors). Categorical predictors bucket the node's rows by level and order the
/// levels (see `SplitCriterion.levelKeys`), so a split over L levels costs O(rows + L log L)
/// instead of 2^L, and hundreds of levels work (rpart stops at about 60 for a reason).
struct TreeBuilder<Criterion: SplitCriterion> {
  let config: CARTConfig
  let predictors: [TrainingPredictor]
  var criterion: Criterion

  private struct Pending { var node: Int; var start: Int; var end: Int; var depth: Int }

  private struct Split {
    var improvement: Double
    var feature: Int
    /// Ordinal: rows before this position (in the feature's sorted list) go left.
    var position = 0
    /// Categorical: the levels that go left.
    var leftLevels: [Int32] = []
  }

  init(config: CARTConfig, predictors: [TrainingPredictor], criterion: Criterion) {
    self.config = config
    self.predictors = predictors
    self.criterion = criterion
  }

  /// Fits a tree to the real rows with the given multiplicities (1 each, 0 to leave a row out,
  /// or bootstrap counts). Ties go to the first predictor, then the most even cut.
  mutating func fit(weights: [Int32]) -> DecisionTree {
    var rows: [Int32] = []
    for (row, w) in weights.enumerated() where w > 0 {
      for _ in 0..<Int(w) { rows.append(Int32(row)) }
    }
    let n = rows.count
    var tree = DecisionTree()
    tree.nodes.append(DecisionTree.Node(start: 0, count: Int32(n)))
    guard n > 0 else { return tree }

    let ordinal = predictors.indices.filter { predictors[$0].kind == .ordinal }
    // Each ordinal predictor's rows in value order, packed as rank << 32 | row.
    var sorted = [UInt64](repeating: 0, count: ordinal.count * n)
    for (list, feature) in ordinal.enumerated() {
      let p = predictors[feature]
      var i = list * n
      for row in p.order {
        let packed = UInt64(UInt32(p.ranks[Int(row)])) << 32 | UInt64(UInt32(row))
        for _ in 0..<Int(weights[Int(row)]) { sorted[i] = packed; i += 1 }
      }
    }
    var goesLeft = [Bool](repeating: false, count: weights.count)
    var scratch = Scratch(predictors: predictors, rows: n)
    var rootImpurity = 0.0
    var stack = [Pending(node: 0, start: 0, end: n, depth: 0)]

    while let task = stack.popLast() {
      let impurity = rows.withUnsafeBufferPointer { criterion.beginNode(UnsafeBufferPointer(rebasing: $0[task.start..<task.end])) }
      if task.node == 0 { rootImpurity = impurity }
      let size = task.end - task.start
      guard size >= config.minSplit, task.depth < config.maxDepth, impurity > config.complexity * rootImpurity, impurity > 0,
        let split = bestSplit(task, rows: rows, sorted: sorted, ordinal: ordinal, scratch: &scratch),
        split.improvement > config.complexity * rootImpurity
      else { continue }

      // Mark each row's side, then partition every list so both children are contiguous again.
      var node = tree.nodes[task.node]
      node.feature = Int32(split.feature)
      let predictor = predictors[split.feature]
      if predictor.kind == .ordinal {
        let base = (ordinal.firstIndex(of: split.feature) ?? 0) * n
        for i in task.start..<task.end { goesLeft[Int(sorted[base + i] & 0xFFFF_FFFF)] = i - task.start < split.position }
        let below = predictor.distinct[Int(sorted[base + task.start + split.position - 1] >> 32)]
        let above = predictor.distinct[Int(sorted[base + task.start + split.position] >> 32)]
        node.threshold = below / 2 + above / 2
        if !(node.threshold > below) { node.threshold = above }
      } else {
        let words = (predictor.levelCount + 63) >> 6
        node.levelBits = Int32(tree.levelBits.count)
        tree.levelBits.append(contentsOf: [UInt64](repeating: 0, count: 2 * words))
        for i in task.start..<task.end {
          let level = Int(predictor.codes[Int(rows[i])])
          tree.levelBits[Int(node.levelBits) + (level >> 6)] |= UInt64(1) << UInt64(level & 63)
        }
        for level in split.leftLevels {
          tree.levelBits[Int(node.levelBits) + words + Int(level >> 6)] |= UInt64(1) << UInt64(level & 63)
        }
        for i in task.start..<task.end {
          let row = Int(rows[i])
          let level = Int(predictor.codes[row])
          goesLeft[row] = tree.levelBits[Int(node.levelBits) + words + (level >> 6)] & (UInt64(1) << UInt64(level & 63)) != 0
        }
      }
      var leftCount = 0
      scratch.partition(&rows, task.start, task.end, goesLeft: goesLeft, leftCount: &leftCount)
      for list in 0..<ordinal.count { scratch.partition(&sorted, list * n + task.start, list * n + task.end, goesLeft: goesLeft) }

      let middle = task.start + leftCount
      node.left = Int32(tree.nodes.count)
      node.right = Int32(tree.nodes.count + 1)
      tree.nodes.append(DecisionTree.Node(start: Int32(task.start), count: Int32(leftCount)))
      tree.nodes.append(DecisionTree.Node(start: Int32(middle), count: Int32(task.end - middle)))
      tree.nodes[task.node] = node
      stack.append(Pending(node: Int(node.right), start: middle, end: task.end, depth: task.depth + 1))
      stack.append(Pending(node: Int(node.left), start: task.start, end: middle, depth: task.depth + 1))
    }
    tree.donorRows = rows
    return tree
  }

  /// The best split of one node over all predictors, or nil when no split keeps minbucket rows on both sides.
  private mutating func bestSplit(_ task: Pending, rows: [Int32], sorted: [UInt64], ordinal: [Int], scratch: inout Scratch) -> Split? {
    let size = task.end - task.start
    let minBucket = config.minBucket
    let parent = criterion.parentScore
    var best: Split? = nil
    var ordinalList = 0
    rows.withUnsafeBufferPointer { rows in
      let nodeRows = UnsafeBufferPointer(rebasing: rows[task.start..<task.end])
      for (feature, predictor) in predictors.enumerated() {
        if predictor.kind == .ordinal {
          let base = ordinalList * rows.count + task.start
          ordinalList += 1
          sorted.withUnsafeBufferPointer { list in
            criterion.startScan()
            var bestHere = -Double.infinity, bestPosition = 0
            for i in 0..<(size - minBucket) {
              let entry = list[base + i]
              criterion.moveLeft(Int(entry & 0xFFFF_FFFF))
              let left = i + 1
              // Only cut between distinct values.
              guard left >= minBucket, list[base + left] >> 32 != entry >> 32 else { continue }
              let score = criterion.score(left: left, right: size - left)
              if score > bestHere || (score == bestHere && Self.moreBalanced(left, than: bestPosition, size: size)) {
                bestHere = score
                bestPosition = left
              }
            }
            criterion.endScan(nodeRows)
            if bestPosition > 0, bestHere - parent > (best?.improvement ?? 0) {
              best = Split(improvement: bestHere - parent, feature: feature, position: bestPosition)
            }
          }
        } else {
          guard let (levels, starts) = scratch.bucket(nodeRows, by: predictor), levels.count >= 2 else { continue }
          let keys = scratch.bucketed.withUnsafeBufferPointer {
            criterion.levelKeys(levels: levels, starts: starts, rows: UnsafeBufferPointer(rebasing: $0[0..<size]))
          }
          let order = levels.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && levels[$0] < levels[$1]) }
          criterion.startScan()
          var bestHere = -Double.infinity, bestCut = 0, bestLeft = 0, left = 0
          for (cut, i) in order.dropLast().enumerated() {
            for p in starts[i]..<starts[i + 1] { criterion.moveLeft(Int(scratch.bucketed[p])) }
            left += starts[i + 1] - starts[i]
            guard left >= minBucket, size - left >= minBucket else { continue }
            let score = criterion.score(left: left, right: size - left)
            if score > bestHere || (score == bestHere && Self.moreBalanced(left, than: bestLeft, size: size)) {
              bestHere = score
              bestCut = cut + 1
              bestLeft = left
            }
          }
          criterion.endScan(nodeRows)
          if bestCut > 0, bestHere - parent > (best?.improvement ?? 0) {
            best = Split(improvement: bestHere - parent, feature: feature, leftLevels: order.prefix(bestCut).map { levels[$0] })
          }
        }
      }
    }
    return best
  }

  /// Equal scores (common when levels are pure) go to the more even cut, so such trees grow
  /// balanced and reach pure leaves within the depth limit instead of peeling off one level per node.
  private static func moreBalanced(_ left: Int, than other: Int, size: Int) -> Bool {
    abs(2 * left - size) < abs(2 * other - size)
  }
}

/// Buffers reused across the nodes of one tree.
private struct Scratch {
  var levelSizes: [Int32]
  var bucketed: [Int32]
  var spill: [UInt64]
  var spillRows: [Int32]

  init(predictors: [TrainingPredictor], rows: Int) {
    levelSizes = [Int32](repeating: 0, count: predictors.reduce(0) { max($0, $1.levelCount) })
    bucketed = [Int32](repeating: 0, count: rows)
    spill = [UInt64](repeating: 0, count: rows)
    spillRows = [Int32](repeating: 0, count: rows)
  }

  /// Groups the node's rows by level into `bucketed`: the levels present (ascending) and where each starts.
  mutating func bucket(_ rows: UnsafeBufferPointer<Int32>, by predictor: TrainingPredictor) -> ([Int32], [Int])? {
    var levels: [Int32] = []
    for row in rows {
      let level = Int(predictor.codes[Int(row)])
      if levelSizes[level] == 0 { levels.append(Int32(level)) }
      levelSizes[level] += 1
    }
    if levels.count < 2 {
      for level in levels { levelSizes[Int(level)] = 0 }
      return nil
    }
    levels.sort()
    var starts = [Int](repeating: 0, count: levels.count + 1)
    for (i, level) in levels.enumerated() {
      starts[i + 1] = starts[i] + Int(levelSizes[Int(level)])
      levelSizes[Int(level)] = Int32(starts[i])  // now the next free slot of the level
    }
    for row in rows {
      let level = Int(predictor.codes[Int(row)])
      bucketed[Int(levelSizes[level])] = row
      levelSizes[level] += 1
    }
    for level in levels { levelSizes[Int(level)] = 0 }
    return (levels, starts)
  }

  /// Stable partition of `list[start..<end]`: rows that go left first, in their order.
  mutating func partition(_ list: inout [UInt64], _ start: Int, _ end: Int, goesLeft: [Bool]) {
    var write = start, spilled = 0
    for i in start..<end {
      let entry = list[i]
      if goesLeft[Int(entry & 0xFFFF_FFFF)] { list[write] = entry; write += 1 } else { spill[spilled] = entry; spilled += 1 }
    }
    for i in 0..<spilled { list[write + i] = spill[i] }
  }

  mutating func partition(_ list: inout [Int32], _ start: Int, _ end: Int, goesLeft: [Bool], leftCount: inout Int) {
    var write = start, spilled = 0
    for i in start..<end {
      let row = list[i]
      if goesLeft[Int(row)] { list[write] = row; write += 1 } else { spillRows[spilled] = row; spilled += 1 }
    }
    for i in 0..<spilled { list[write + i] = spillRows[i] }
    leftCount = write - start
  }
}
