/// One predictor's real values, prepared once per variable and shared by every tree that uses it.
struct TrainingPredictor {
  enum Kind { case ordinal, categorical }
  var kind: Kind
  /// Ordinal: per real row, the dense rank of its value among `distinct`.
  var ranks: [Int32] = []
  /// Ordinal: the distinct values, ascending; split thresholds lie halfway between neighbours.
  var distinct: [Double] = []
  /// Ordinal: real rows ordered by rank (then row), so a tree can build its presorted lists in O(n).
  var order: [Int32] = []
  /// Categorical: per real row, its level.
  var codes: [Int32] = []
  var levelCount = 0

  static func categorical(_ codes: [Int32], levels: Int) -> TrainingPredictor {
    TrainingPredictor(kind: .categorical, codes: codes, levelCount: levels)
  }

  /// - Complexity: O(n log n) for one sort of the rows by value.
  static func ordinal(_ values: [Double]) -> TrainingPredictor {
    var order = (0..<values.count).map { Int32($0) }
    order.sort { values[Int($0)] < values[Int($1)] || (values[Int($0)] == values[Int($1)] && $0 < $1) }
    var ranks = [Int32](repeating: 0, count: values.count)
    var distinct: [Double] = []
    for row in order {
      let value = values[Int(row)]
      if distinct.last != value { distinct.append(value) }
      ranks[Int(row)] = Int32(distinct.count - 1)
    }
    return TrainingPredictor(kind: .ordinal, ranks: ranks, distinct: distinct, order: order)
  }
}
