/// Summary statistics on sorted samples, shared by the column comparisons and the associations.
/// Every function returns NaN rather than trapping when the sample is too small.
enum Statistics {
  /// The observed numbers of a column, ascending (-0.0 reads as 0.0).
  /// - Complexity: O(n), see `sortedRows`.
  static func sortedObserved(_ column: Column) -> [Double] {
    sortedRows(column.numbers, missing: column.missing).values
  }

  /// The rows whose `missing` entry is 0 (every row when `missing` is empty), ascending by value
  /// and by row among equal values, with their values in that order (-0.0 reads as 0.0).
  ///
  /// A stable least-significant-digit radix sort on the order-preserving bit keys of
  /// `OrderStatistics.key`: six passes of 11 bits, skipping the digits every key shares (most of
  /// them for small integers and dates). No comparisons, so no bad inputs.
  /// - Complexity: O(n) per pass, at most 6 passes.
  static func sortedRows(_ values: [Double], missing: [UInt16]) -> (rows: [Int32], values: [Double]) {
    var keys: [UInt64] = [], rows: [Int32] = []
    keys.reserveCapacity(values.count)
    rows.reserveCapacity(values.count)
    let hasMissing = !missing.isEmpty
    for (row, v) in values.enumerated() where !hasMissing || (row < missing.count && missing[row] == 0) {
      keys.append(OrderStatistics.key(v))
      rows.append(Int32(truncatingIfNeeded: row))
    }
    let n = keys.count
    // One counting pass for all six digits.
    var counts = [Int](repeating: 0, count: 6 * 2048)
    keys.withUnsafeBufferPointer { k in
      counts.withUnsafeMutableBufferPointer { c in
        for key in k {
          for d in 0..<6 { c[d * 2048 + Int((key >> UInt64(11 * d)) & 0x7FF)] += 1 }
        }
      }
    }
    var otherKeys = [UInt64](repeating: 0, count: n), otherRows = [Int32](repeating: 0, count: n)
    var next = [Int](repeating: 0, count: 2048)
    for d in 0..<6 {
      let base = d * 2048
      var total = 0, shared = false
      for b in 0..<2048 {
        if counts[base + b] == n { shared = true }
        next[b] = total
        total += counts[base + b]
      }
      if shared { continue }  // every key has this digit: the pass would not move anything
      let shift = UInt64(11 * d)
      keys.withUnsafeBufferPointer { k in
        rows.withUnsafeBufferPointer { r in
          otherKeys.withUnsafeMutableBufferPointer { ok in
            otherRows.withUnsafeMutableBufferPointer { or in
              next.withUnsafeMutableBufferPointer { next in
                for i in 0..<n {
                  let b = Int((k[i] >> shift) & 0x7FF)
                  ok[next[b]] = k[i]
                  or[next[b]] = r[i]
                  next[b] += 1
                }
              }
            }
          }
        }
      }
      swap(&keys, &otherKeys)
      swap(&rows, &otherRows)
    }
    return (rows, keys.map(OrderStatistics.value))
  }

  /// Arithmetic mean, summed in the given order; NaN when empty.
  static func mean(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    var sum = 0.0
    for v in values { sum += v }
    return sum / Double(values.count)
  }

  /// Sample standard deviation √(Σ(x − x̄)²/(n − 1)), two-pass; NaN when n < 2.
  static func standardDeviation(_ values: [Double], mean: Double) -> Double {
    guard values.count >= 2 else { return .nan }
    var squares = 0.0
    for v in values { squares += (v - mean) * (v - mean) }
    return (squares / Double(values.count - 1)).squareRoot()
  }

  /// R's `quantile(type = 7)`: with h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) on
  /// the ascending sample (0-based). NaN when empty; p is clamped to [0, 1].
  static func quantile(sorted values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty, !p.isNaN else { return .nan }
    let h = Double(values.count - 1) * min(max(p, 0), 1)
    let low = h.rounded(.down)
    let i = low.integer(clampedTo: 0 ... values.count - 1)
    guard i + 1 < values.count, h > low else { return values[i] }
    return values[i] + (h - low) * (values[i + 1] - values[i])
  }

  /// The two-sample Kolmogorov–Smirnov statistic sup_x |F_a(x) − F_b(x)| of ascending samples,
  /// evaluated after each distinct value by merging the two. NaN when either is empty.
  /// - Complexity: O(n_a + n_b).
  static func kolmogorovSmirnov(sorted a: [Double], _ b: [Double]) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return .nan }
    let na = Double(a.count), nb = Double(b.count)
    var i = 0, j = 0, largest = 0.0
    while i < a.count || j < b.count {
      let x = j == b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
      while i < a.count && a[i] <= x { i += 1 }
      while j < b.count && b[j] <= x { j += 1 }
      largest = max(largest, abs(Double(i) / na - Double(j) / nb))
    }
    return largest
  }

  /// The number of distinct values in two ascending samples together, counting no further than
  /// `limit + 1`.
  static func distinctCount(sorted a: [Double], _ b: [Double], limit: Int) -> Int {
    var i = 0, j = 0, count = 0
    while (i < a.count || j < b.count) && count <= limit {
      let x = j == b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
      while i < a.count && a[i] <= x { i += 1 }
      while j < b.count && b[j] <= x { j += 1 }
      count += 1
    }
    return count
  }

  /// Average ranks (1-based; tied values share the mean of their positions) written to
  /// `ranks[row]` for the rows of `order`, which lists rows ascending by value, with
  /// `sortedValues[k]` the value of row `order[k]`. Rows whose `keep[row]` is 0 are skipped and
  /// ranks count only the `kept` others; an empty `keep` keeps all. Each rank is stored minus
  /// (kept + 1)/2, the mean rank.
  /// - Complexity: O(order.count).
  static func centeredAverageRanks(
    order: UnsafeBufferPointer<Int32>, sortedValues: UnsafeBufferPointer<Double>, keep: UnsafeBufferPointer<Double>,
    kept: Int, into ranks: UnsafeMutableBufferPointer<Double>
  ) {
    let center = (Double(kept) + 1) / 2
    let all = keep.isEmpty
    // A run of equal values holding r kept rows after p earlier ones gets rank p + (r + 1)/2.
    var position = 0, k = 0
    let count = min(order.count, sortedValues.count)
    while k < count {
      let x = sortedValues[k]
      var end = k + 1
      while end < count && sortedValues[end] == x { end += 1 }
      var runLength = end - k
      if !all {
        runLength = 0
        for t in k..<end where keep[Int(order[t])] != 0 { runLength += 1 }
      }
      let rank = Double(position) + (Double(runLength) + 1) / 2 - center
      for t in k..<end { ranks[Int(order[t])] = rank }  // rows not kept get a value nobody reads
      position += runLength
      k = end
    }
  }
}
