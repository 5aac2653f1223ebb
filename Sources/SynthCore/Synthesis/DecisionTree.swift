/// A fitted CART tree, kept in sklearn's flat layout: nodes in one array, children by index.
///
/// Leaves keep their training rows (a segment of `donorRows`), because synthesis draws a donor
/// from the leaf instead of predicting a mean: that keeps spikes, gaps and the real joint spread
/// (synthpop's `syn.cart` does the same).
struct DecisionTree {
  struct Node {
    /// The predictor this node splits on, or -1 for a leaf.
    var feature: Int32 = -1
    /// Ordinal splits: values below go left.
    var threshold = 0.0
    var left: Int32 = -1
    var right: Int32 = -1
    /// The node's training rows: `donorRows[start..<start+count]` (for leaves; inner nodes only use `count`).
    var start: Int32 = 0
    var count: Int32 = 0
    /// Categorical splits: offset into `levelBits` of two bit sets over the predictor's levels,
    /// the levels seen in training at this node and, after them, the levels that go left.
    var levelBits: Int32 = -1
  }

  var nodes: [Node] = []
  /// Training rows (real row numbers, repeated when bootstrapped), grouped by leaf.
  var donorRows: [Int32] = []
  var levelBits: [UInt64] = []

  var leafCount: Int { nodes.reduce(0) { $0 + ($1.feature < 0 ? 1 : 0) } }

  /// Draws one donor row for each of the given synthetic rows from the leaf its synthetic predictor values reach.
  ///
  /// Rows are routed node by node (each node partitions its rows by one predictor column, which
  /// keeps memory access sequential), then donors are drawn in row order.
  /// A categorical level the node never saw in training (a level absent from this branch, or from
  /// a bootstrap sample) goes left with probability left rows / all rows, so it follows the
  /// training data's own mix instead of one arbitrary side (synthpop walks left or right at 1/2).
  /// - Complexity: O(rows × depth).
  /// Also returns the leaf (node index) each row fell into.
  func drawDonors(_ predictors: SyntheticPredictors, rows: [Int32], rng: inout RandomGenerator) -> (donors: [Int32], leaves: [Int32]) {
    var routed = rows
    var spill = [Int32](repeating: 0, count: rows.count)
    var leafOf = [Int32](repeating: 0, count: Int(rows.max() ?? 0) + 1)
    var stack = [(node: 0, start: 0, end: rows.count)]
    while let (index, start, end) = stack.popLast() {
      let node = nodes[index]
      if node.feature < 0 {
        for i in start..<end { leafOf[Int(routed[i])] = Int32(index) }
        continue
      }
      let feature = Int(node.feature)
      var write = start, spilled = 0
      if predictors.isOrdinal[feature] {
        predictors.values[predictors.slot[feature]].withUnsafeBufferPointer { values in
          for i in start..<end {
            let row = routed[i]
            if values[Int(row)] < node.threshold { routed[write] = row; write += 1 } else { spill[spilled] = row; spilled += 1 }
          }
        }
      } else {
        let words = (predictors.levelCounts[feature] + 63) >> 6
        let base = Int(node.levelBits)
        let leftRows = Int(nodes[Int(node.left)].count), rightRows = Int(nodes[Int(node.right)].count)
        predictors.codes[predictors.slot[feature]].withUnsafeBufferPointer { codes in
          for i in start..<end {
            let row = routed[i]
            let level = Int(codes[Int(row)])
            let bit = UInt64(1) << UInt64(level & 63)
            let goLeft: Bool
            if levelBits[base + (level >> 6)] & bit != 0 {
              goLeft = levelBits[base + words + (level >> 6)] & bit != 0
            } else {
              goLeft = rng.nextInt(below: leftRows + rightRows) < leftRows
            }
            if goLeft { routed[write] = row; write += 1 } else { spill[spilled] = row; spilled += 1 }
          }
        }
      }
      for i in 0..<spilled { routed[write + i] = spill[i] }
      stack.append((Int(node.right), write, end))
      stack.append((Int(node.left), start, write))
    }
    var donors = [Int32](repeating: 0, count: rows.count)
    var leaves = [Int32](repeating: 0, count: rows.count)
    for i in 0..<rows.count {
      leaves[i] = leafOf[Int(rows[i])]
      let leaf = nodes[Int(leaves[i])]
      donors[i] = donorRows[Int(leaf.start) + rng.nextInt(below: Int(leaf.count))]
    }
    return (donors, leaves)
  }
}

/// The synthetic values of a tree's predictors, in the tree's feature order.
struct SyntheticPredictors {
  var isOrdinal: [Bool] = []
  /// Index into `values` (ordinal) or `codes` (categorical) for each feature.
  var slot: [Int] = []
  var levelCounts: [Int] = []
  var values: [[Double]] = []
  var codes: [[Int32]] = []

  mutating func appendOrdinal(_ column: [Double]) {
    isOrdinal.append(true)
    slot.append(values.count)
    levelCounts.append(0)
    values.append(column)
  }

  mutating func appendCategorical(_ column: [Int32], levels: Int) {
    isOrdinal.append(false)
    slot.append(codes.count)
    levelCounts.append(levels)
    codes.append(column)
  }
}

/// A tree travels as its three flat arrays, node fields one after another.
extension DecisionTree: Portable {
  func write(to out: inout PortableWriter) {
    out.write(nodes.count)
    for node in nodes {
      for field in [node.feature, node.left, node.right, node.start, node.count, node.levelBits] { out.write(UInt32(bitPattern: field)) }
      out.write(node.threshold)
    }
    out.write(donorRows)
    out.write(levelBits.count)
    for word in levelBits { out.write(word) }
  }

  init(from input: inout PortableReader) {
    let count = input.count()
    nodes = (0..<count).map { _ in
      var node = Node()
      node.feature = Int32(bitPattern: input.uint32())
      node.left = Int32(bitPattern: input.uint32())
      node.right = Int32(bitPattern: input.uint32())
      node.start = Int32(bitPattern: input.uint32())
      node.count = Int32(bitPattern: input.uint32())
      node.levelBits = Int32(bitPattern: input.uint32())
      node.threshold = input.double()
      return node
    }
    donorRows = input.int32s()
    let words = input.count()
    levelBits = (0..<words).map { _ in input.uint64() }
  }
}
