/// Real extreme values that the copula writes out verbatim. Its empirical marginals draw whole
/// numbers, dates and few-valued columns from the real values themselves, so the largest income or
/// the oldest person reappears exactly, and an extreme value can point at one person.
///
/// A synthetic value counts when it lies below the real 1st or above the real 99th percentile
/// (R type 7 on the observed real values) and equals a real value. With `smooth`, each such value
/// is replaced by a uniform draw between its real neighbours (the largest real value below it and
/// the smallest above it; the real extreme itself bounds the range, so nothing leaves the real
/// range), rounded to the column's decimals, and drawn again (up to `attempts` times) while it
/// equals a real value; where every value near it occurs in the real data it stays.
enum CopulaTails {
  static let lower = 0.01, upper = 0.99
  static let attempts = 8

  /// What happened in one column.
  struct Count: Equatable {
    var column: String
    /// Synthetic values beyond the percentiles that equal a real value (before smoothing).
    var copied: Int
    /// The distinct real values among them.
    var distinct: Int
    /// Of `copied`, those smoothing replaced.
    var moved = 0
  }

  /// Counts, and with `smooth` replaces, the real tail values in `synthetic`, whose column `i` was
  /// drawn from column `columns[i]` of `real`. Only numeric columns; columns with no copy are left out.
  static func apply(real: Table, synthetic: inout Table, columns: [Int], smooth: Bool, rng: inout RandomGenerator) -> [Count] {
    var counts: [Count] = []
    for (i, c) in columns.enumerated() where real.columns[c].schema.kind.isNumeric {
      let source = real.columns[c]
      let sorted = RadixSort.sorted((0..<real.rowCount).filter { !source.isMissing($0) }.map { source.numbers[$0] })
      guard sorted.count >= 2 else { continue }
      let low = Statistics.quantile(sorted: sorted, lower), high = Statistics.quantile(sorted: sorted, upper)
      let rounding = SynthesisVariable.decimals(of: source.schema).map(DecimalRounding.init)
      var column = synthetic.columns[i]
      var count = Count(column: source.schema.name, copied: 0, distinct: 0)
      var seen: [Double] = []
      for row in 0..<synthetic.rowCount where !column.isMissing(row) {
        let v = column.numbers[row]
        guard v < low || v > high, let k = index(of: v, in: sorted) else { continue }
        count.copied += 1
        seen.append(v)
        guard smooth else { continue }
        // Neighbours: the nearest real values on each side (the extreme itself at an end).
        var below = k
        while below > 0 && sorted[below] == v { below -= 1 }
        var above = k
        while above < sorted.count - 1 && sorted[above] == v { above += 1 }
        let a = sorted[below], b = sorted[above]
        for _ in 0..<attempts {
          var u = a + (b - a) * rng.nextDouble()
          if let rounding { u = rounding.apply(u) }
          u = Swift.min(Swift.max(u, sorted[0]), sorted[sorted.count - 1])
          if index(of: u, in: sorted) == nil {
            column.numbers[row] = u
            count.moved += 1
            break
          }
        }
      }
      guard count.copied > 0 else { continue }
      seen.sort()
      count.distinct = seen.indices.filter { $0 == 0 || seen[$0] != seen[$0 - 1] }.count
      if smooth { synthetic.columns[i] = column }
      counts.append(count)
    }
    return counts
  }

  /// The first position of `value` in `sorted`, or nil.
  static func index(of value: Double, in sorted: [Double]) -> Int? {
    let low = SortedSearch.lowerBound(sorted, value)
    return low < sorted.count && sorted[low] == value ? low : nil
  }
}
