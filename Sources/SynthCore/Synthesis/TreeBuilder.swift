/// Grows one CART tree, depth first with an explicit stack (deep trees cannot overflow the wasm stack).
///
/// Every predictor keeps a list of the training rows sorted by its key (value rank, or level),
/// stably partitioned at every split, so a node's rows stay sorted by every predictor without
/// sorting again and each tree level costs O(rows × predictors) of sequential memory access.
/// Categorical levels are ordered (see `SplitCriterion.levelKeys`) and cut like ordinal values,
/// so a split over L levels costs O(rows + L log L) instead of 2^L: hundreds of levels work,
/// where rpart stops at about 60.
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

    // Each predictor's rows in key order, packed as key << 32 | row.
    var sorted = [UInt64](repeating: 0, count: predictors.count * n)
    for (feature, p) in predictors.enumerated() {
      var i = feature * n
      for row in p.order {
        let packed = UInt64(UInt32(p.keys[Int(row)])) << 32 | UInt64(UInt32(row))
        for _ in 0..<Int(weights[Int(row)]) { sorted[i] = packed; i += 1 }
      }
    }
    var goesLeft = [UInt8](repeating: 0, count: weights.count)
    var scratch = Scratch(rows: n)
    var rootImpurity = 0.0, leafRisk = -Double.infinity
    var stack = [Pending(node: 0, start: 0, end: n, depth: 0)]

    while let task = stack.popLast() {
      let impurity = rows.withUnsafeBufferPointer { criterion.beginNode(UnsafeBufferPointer(rebasing: $0[task.start..<task.end])) }
      if task.node == 0 {
        rootImpurity = impurity
        if let cp = config.prunedAt { leafRisk = cp * criterion.misclassified }
      }
      let size = task.end - task.start
      guard size >= config.minSplit, criterion.misclassified > leafRisk, task.depth < config.maxDepth, impurity > config.complexity * rootImpurity, impurity > 0,
        let split = bestSplit(task, rows: rows, sorted: sorted, scratch: &scratch),
        split.improvement > config.complexity * rootImpurity
      else { continue }

      // Mark each row's side, then partition every list so both children are contiguous again.
      var node = tree.nodes[task.node]
      node.feature = Int32(split.feature)
      let predictor = predictors[split.feature]
      let base = split.feature * n
      if predictor.kind == .ordinal {
        for i in task.start..<task.end { goesLeft[Int(sorted[base + i] & 0xFFFF_FFFF)] = i - task.start < split.position ? 1 : 0 }
        let below = predictor.distinct[Int(sorted[base + task.start + split.position - 1] >> 32)]
        let above = predictor.distinct[Int(sorted[base + task.start + split.position] >> 32)]
        node.threshold = below / 2 + above / 2
        if !(node.threshold > below) { node.threshold = above }
      } else {
        let words = (predictor.levelCount + 63) >> 6
        let seen = tree.levelBits.count, left = seen + words
        node.levelBits = Int32(seen)
        tree.levelBits.append(contentsOf: [UInt64](repeating: 0, count: 2 * words))
        for level in split.leftLevels { tree.levelBits[left + Int(level >> 6)] |= UInt64(1) << UInt64(level & 63) }
        for i in task.start..<task.end {
          let entry = sorted[base + i]
          let level = Int(entry >> 32), bit = UInt64(1) << UInt64(level & 63)
          tree.levelBits[seen + (level >> 6)] |= bit
          goesLeft[Int(entry & 0xFFFF_FFFF)] = tree.levelBits[left + (level >> 6)] & bit != 0 ? 1 : 0
        }
      }
      let leftCount = scratch.partition(&rows, task.start, task.end, goesLeft: goesLeft)
      // Children that can never be split need only their rows, not sorted predictor lists.
      let middle = task.start + leftCount
      if task.depth + 1 < config.maxDepth && max(leftCount, task.end - middle) >= config.minSplit {
        for feature in 0..<predictors.count {
          let start = feature * n + task.start, end = feature * n + task.end
          // A list with one key here has it in both children too: it is never scanned below, so its order does not matter.
          if sorted[start] >> 32 == sorted[end - 1] >> 32 { continue }
          scratch.partition(&sorted, start, end, goesLeft: goesLeft)
        }
      }

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
  private mutating func bestSplit(_ task: Pending, rows: [Int32], sorted: [UInt64], scratch: inout Scratch) -> Split? {
    let size = task.end - task.start
    let minBucket = config.minBucket
    let parent = criterion.parentScore
    var best: Split? = nil
    sorted.withUnsafeBufferPointer { sorted in
      for (feature, predictor) in predictors.enumerated() {
        let list = UnsafeBufferPointer(rebasing: sorted[(feature * rows.count + task.start)..<(feature * rows.count + task.end)])
        if list[0] >> 32 == list[size - 1] >> 32 { continue }  // one value or level: nothing to cut
        if predictor.kind == .ordinal {
          let (score, left) = criterion.bestCut(list, minBucket: minBucket)
          if left > 0, score - parent > (best?.improvement ?? 0) {
            best = Split(improvement: score - parent, feature: feature, position: left)
          }
        } else {
          // The list is grouped by level already: find the runs, order them, cut the order.
          scratch.levels.removeAll(keepingCapacity: true)
          scratch.starts.removeAll(keepingCapacity: true)
          for i in 0..<size where i == 0 || list[i] >> 32 != list[i - 1] >> 32 {
            scratch.levels.append(Int32(truncatingIfNeeded: list[i] >> 32))
            scratch.starts.append(i)
          }
          scratch.starts.append(size)
          let levels = scratch.levels, starts = scratch.starts
          guard levels.count >= 2 else { continue }
          let keys = criterion.levelKeys(starts: starts, entries: list)
          let order = levels.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && levels[$0] < levels[$1]) }
          criterion.startScan()
          var bestScore = -Double.infinity, bestLeft = 0, bestCut = 0, left = 0
          for (cut, i) in order.dropLast().enumerated() {
            criterion.moveLevelLeft(i)
            left += starts[i + 1] - starts[i]
            guard left >= minBucket, size - left >= minBucket else { continue }
            let score = criterion.score(left: left, right: size - left)
            if score > bestScore || (score == bestScore && Criterion.moreBalanced(left, than: bestLeft, size: size)) {
              bestScore = score
              bestCut = cut + 1
              bestLeft = left
            }
          }
          criterion.endScan()
          if bestCut > 0, bestScore - parent > (best?.improvement ?? 0) {
            best = Split(improvement: bestScore - parent, feature: feature, leftLevels: order.prefix(bestCut).map { levels[$0] })
          }
        }
      }
    }
    return best
  }
}

/// Buffers reused across the nodes of one tree.
private struct Scratch {
  var levels: [Int32] = []
  var starts: [Int] = []
  var spill: [UInt64]
  var spillRows: [Int32]

  init(rows: Int) {
    spill = [UInt64](repeating: 0, count: rows)
    spillRows = [Int32](repeating: 0, count: rows)
  }

  /// Stable partition of `list[start..<end]`: rows that go left first, in their order. Branch-free
  /// (each entry is written to both places and one cursor advances), because the side is a coin
  /// flip to the branch predictor.
  mutating func partition(_ list: inout [UInt64], _ start: Int, _ end: Int, goesLeft: [UInt8]) {
    var write = start, spilled = 0
    goesLeft.withUnsafeBufferPointer { goesLeft in
      spill.withUnsafeMutableBufferPointer { spill in
        list.withUnsafeMutableBufferPointer { list in
          for i in start..<end {
            let entry = list[i]
            let left = Int(goesLeft[Int(entry & 0xFFFF_FFFF)])
            list[write] = entry
            spill[spilled] = entry
            write &+= left
            spilled &+= 1 &- left
          }
          for i in 0..<spilled { list[write + i] = spill[i] }
        }
      }
    }
  }

  /// The same for the plain row list; returns how many went left.
  mutating func partition(_ list: inout [Int32], _ start: Int, _ end: Int, goesLeft: [UInt8]) -> Int {
    var write = start, spilled = 0
    goesLeft.withUnsafeBufferPointer { goesLeft in
      spillRows.withUnsafeMutableBufferPointer { spill in
        list.withUnsafeMutableBufferPointer { list in
          for i in start..<end {
            let row = list[i]
            let left = Int(goesLeft[Int(row)])
            list[write] = row
            spill[spilled] = row
            write &+= left
            spilled &+= 1 &- left
          }
          for i in 0..<spilled { list[write + i] = spill[i] }
        }
      }
    }
    return write - start
  }
}
