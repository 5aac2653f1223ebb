/// Running statistics of a node's rows as a split point moves through them, one row at a time
/// from right to left (sklearn's criterion). Generic code over it is specialised, so the scan
/// loop makes no witness-table calls.
///
/// Both criteria maximise a score whose gain over `parentScore` is the impurity decrease:
/// SSE for regression, n × Gini for classification.
protocol SplitCriterion {
  /// Takes a node's rows and returns its impurity.
  mutating func beginNode(_ rows: UnsafeBufferPointer<Int32>) -> Double
  var parentScore: Double { get }
  mutating func startScan()
  mutating func moveLeft(_ row: Int)
  func score(left: Int, right: Int) -> Double
  /// Clears what `moveLeft` accumulated.
  mutating func endScan()
  /// A sort key per level (given with its rows: `entries[starts[i]..<starts[i+1]]`, packed as level << 32 | row) whose order makes the best split of the levels a
  /// cut of that order (exact for regression and two classes; the principal-component heuristic for more).
  mutating func levelKeys(levels: [Int32], starts: [Int], entries: UnsafeBufferPointer<UInt64>) -> [Double]
}

/// Sum of squared errors. Values are centred on the node's mean first, so sums of large numbers
/// (seconds since 1970) lose no precision.
struct VarianceCriterion: SplitCriterion {
  let y: [Double]
  private var mean = 0.0, total = 0.0, count = 0, leftSum = 0.0

  init(_ y: [Double]) { self.y = y }

  mutating func beginNode(_ rows: UnsafeBufferPointer<Int32>) -> Double {
    count = rows.count
    var sum = 0.0
    for row in rows { sum += y[Int(row)] }
    mean = sum / Double(count)
    var centred = 0.0, squares = 0.0
    for row in rows {
      let d = y[Int(row)] - mean
      centred += d
      squares += d * d
    }
    total = centred
    return squares - centred * centred / Double(count)
  }

  var parentScore: Double { total * total / Double(count) }
  mutating func startScan() { leftSum = 0 }
  mutating func moveLeft(_ row: Int) { leftSum += y[row] - mean }

  func score(left: Int, right: Int) -> Double {
    let rightSum = total - leftSum
    return leftSum * leftSum / Double(left) + rightSum * rightSum / Double(right)
  }

  mutating func endScan() { leftSum = 0 }

  func levelKeys(levels: [Int32], starts: [Int], entries: UnsafeBufferPointer<UInt64>) -> [Double] {
    var keys: [Double] = []
    keys.reserveCapacity(levels.count)
    for i in 0..<levels.count {
      var sum = 0.0
      for p in starts[i]..<starts[i + 1] { sum += y[Int(entries[p] & 0xFFFF_FFFF)] - mean }
      keys.append(sum / Double(starts[i + 1] - starts[i]))
    }
    return keys
  }
}

/// Gini impurity with integer class counts: moving one row updates the sums of squared counts in
/// O(1), so a scan costs O(rows) however many classes there are.
struct GiniCriterion: SplitCriterion {
  let y: [Int32]
  private var nodeCounts: [Int64]
  private var leftCounts: [Int64]
  /// Classes present in the node, ascending.
  private var present: [Int32] = []
  private var count = 0
  private var totalSquares: Int64 = 0, leftSquares: Int64 = 0, rightSquares: Int64 = 0
  /// Scratch for the principal-component ordering, indexed by class.
  private var compact: [Int32]

  init(_ y: [Int32], classCount: Int) {
    self.y = y
    nodeCounts = [Int64](repeating: 0, count: classCount)
    leftCounts = [Int64](repeating: 0, count: classCount)
    compact = [Int32](repeating: -1, count: classCount)
  }

  mutating func beginNode(_ rows: UnsafeBufferPointer<Int32>) -> Double {
    for k in present { nodeCounts[Int(k)] = 0 }
    present.removeAll(keepingCapacity: true)
    count = rows.count
    for row in rows {
      let k = Int(y[Int(row)])
      if nodeCounts[k] == 0 { present.append(Int32(k)) }
      nodeCounts[k] += 1
    }
    present.sort()
    totalSquares = 0
    for k in present { totalSquares += nodeCounts[Int(k)] * nodeCounts[Int(k)] }
    return Double(count) - Double(totalSquares) / Double(count)
  }

  var parentScore: Double { Double(totalSquares) / Double(count) }

  mutating func startScan() {
    leftSquares = 0
    rightSquares = totalSquares
  }

  mutating func moveLeft(_ row: Int) {
    let k = Int(y[row])
    let left = leftCounts[k], right = nodeCounts[k] - left
    leftSquares += 2 * left + 1
    rightSquares -= 2 * right - 1
    leftCounts[k] = left + 1
  }

  func score(left: Int, right: Int) -> Double {
    Double(leftSquares) / Double(left) + Double(rightSquares) / Double(right)
  }

  mutating func endScan() {
    for k in present { leftCounts[Int(k)] = 0 }
  }

  /// Two classes: the share of the second class (Breiman's exact ordering). More classes: the
  /// projection of each level's class shares on the first principal component of their weighted
  /// covariance (Coppersmith, Hong and Hosking, 1999), found by power iteration in O(rows) per step.
  mutating func levelKeys(levels: [Int32], starts: [Int], entries: UnsafeBufferPointer<UInt64>) -> [Double] {
    let levelTotal = levels.count
    var keys = [Double](repeating: 0, count: levelTotal)
    if present.count <= 1 { return keys }
    if present.count == 2 {
      let second = present[1]
      for i in 0..<levelTotal {
        var hits = 0
        for p in starts[i]..<starts[i + 1] where y[Int(entries[p] & 0xFFFF_FFFF)] == second { hits += 1 }
        keys[i] = Double(hits) / Double(starts[i + 1] - starts[i])
      }
      return keys
    }
    let classes = present.count
    for (i, k) in present.enumerated() { compact[Int(k)] = Int32(i) }
    defer { for k in present { compact[Int(k)] = -1 } }
    // Class counts per level as sparse (class, count) entries: an iteration then costs O(entries), not O(rows).
    var entryClass: [Int32] = [], entryCount: [Double] = [], entryStarts = [0]
    var tally = [Int](repeating: 0, count: classes)
    var seen: [Int32] = []
    for i in 0..<levelTotal {
      for p in starts[i]..<starts[i + 1] {
        let k = Int(compact[Int(y[Int(entries[p] & 0xFFFF_FFFF)])])
        if tally[k] == 0 { seen.append(Int32(k)) }
        tally[k] += 1
      }
      seen.sort()
      for k in seen { entryClass.append(k); entryCount.append(Double(tally[Int(k)])); tally[Int(k)] = 0 }
      seen.removeAll(keepingCapacity: true)
      entryStarts.append(entryClass.count)
    }
    var mean = [Double](repeating: 0, count: classes)
    for (i, k) in present.enumerated() { mean[i] = Double(nodeCounts[Int(k)]) / Double(count) }
    // Start from the largest level's deviation from the node's class shares.
    var largest = 0
    for i in 1..<levelTotal where starts[i + 1] - starts[i] > starts[largest + 1] - starts[largest] { largest = i }
    var v = mean.map { -$0 }
    let largestSize = Double(starts[largest + 1] - starts[largest])
    for e in entryStarts[largest]..<entryStarts[largest + 1] { v[Int(entryClass[e])] += entryCount[e] / largestSize }
    var projections = [Double](repeating: 0, count: levelTotal)
    var u = [Double](repeating: 0, count: classes)
    for _ in 0..<16 {
      var norm = 0.0
      for x in v { norm += x * x }
      guard norm > 0 else { break }
      norm = norm.squareRoot()
      for i in 0..<classes { v[i] /= norm }
      var meanDotV = 0.0
      for i in 0..<classes { meanDotV += mean[i] * v[i] }
      var weighted = 0.0
      for i in 0..<levelTotal {
        var dot = 0.0
        for e in entryStarts[i]..<entryStarts[i + 1] { dot += entryCount[e] * v[Int(entryClass[e])] }
        let size = Double(starts[i + 1] - starts[i])
        projections[i] = dot / size - meanDotV
        weighted += size * projections[i]
      }
      for i in 0..<classes { u[i] = -mean[i] * weighted }
      for i in 0..<levelTotal {
        for e in entryStarts[i]..<entryStarts[i + 1] { u[Int(entryClass[e])] += entryCount[e] * projections[i] }
      }
      // Stop once the direction has settled; the test is exact arithmetic, so both targets stop together.
      var length = 0.0
      for x in u { length += x * x }
      length = length.squareRoot()
      var change = 0.0
      if length > 0 { for i in 0..<classes { let d = u[i] / length - v[i]; change += d * d } }
      swap(&u, &v)
      if change < 1e-12 { break }
    }
    return projections
  }
}
