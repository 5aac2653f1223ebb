/// One predictor's real values, prepared once per variable and shared by every tree that uses it.
struct TrainingPredictor {
  enum Kind { case ordinal, categorical }
  var kind: Kind
  /// Per real row: the dense rank of its value among `distinct` (ordinal), or its level (categorical).
  var keys: [Int32]
  /// Real rows ordered by key (then row), so a tree builds its presorted lists in O(n).
  var order: [Int32]
  /// Ordinal: the distinct values, ascending; split thresholds lie halfway between neighbours.
  var distinct: [Double] = []
  /// Categorical: the number of levels.
  var levelCount = 0

  /// - Complexity: O(n + levels), a counting sort.
  static func categorical(_ codes: [Int32], levels: Int) -> TrainingPredictor {
    var starts = [Int](repeating: 0, count: levels + 1)
    for code in codes { starts[Int(code) + 1] += 1 }
    for level in 0..<levels { starts[level + 1] += starts[level] }
    var order = [Int32](repeating: 0, count: codes.count)
    for (row, code) in codes.enumerated() {
      order[starts[Int(code)]] = Int32(row)
      starts[Int(code)] += 1
    }
    return TrainingPredictor(kind: .categorical, keys: codes, order: order, levelCount: levels)
  }

  /// - Complexity: O(n log n) for one sort of the rows by value.
  static func ordinal(_ values: [Double]) -> TrainingPredictor {
    var order: [Int32]
    if values.contains(where: { $0.isNaN }) {
      order = (0..<values.count).map { Int32($0) }
      order.sort { values[Int($0)] < values[Int($1)] || (values[Int($0)] == values[Int($1)] && $0 < $1) }
    } else {
      // By value, then row: a radix sort of the values' order-preserving bit patterns (stable, so
      // equal values keep row order) gives the same order as comparing, several times faster than
      // a sort through a closure (the CART presort and the evaluation's trees).
      let keys = values.map { Self.sortKey($0) }
      order = RowIndex.sortedByHash(keys, Array(0..<values.count)).1.map { Int32(truncatingIfNeeded: $0) }
    }
    var ranks = [Int32](repeating: 0, count: values.count)
    var distinct: [Double] = []
    for row in order {
      let value = values[Int(row)]
      if distinct.last != value { distinct.append(value) }
      ranks[Int(row)] = Int32(distinct.count - 1)
    }
    return TrainingPredictor(kind: .ordinal, keys: ranks, order: order, distinct: distinct)
  }

  /// Bits that order as the number does: -0.0 as 0.0 (they compare equal), negatives flipped.
  static func sortKey(_ value: Double) -> UInt64 {
    let bits = value == 0 ? 0 : value.bitPattern
    return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
  }
}
