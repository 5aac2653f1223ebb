/// Running statistics of a node's rows as a split point moves through them from right to left
/// (sklearn's criterion). Generic code over it is specialised, so the scans make no
/// witness-table calls.
///
/// Both criteria maximise a score whose gain over `parentScore` is the impurity decrease:
/// SSE for regression, n × Gini for classification.
protocol SplitCriterion {
  /// Takes a node's rows and returns its impurity.
  mutating func beginNode(_ rows: UnsafeBufferPointer<Int32>) -> Double
  var parentScore: Double { get }
  /// The node's rows outside its largest class (rpart's risk of a classification node), after
  /// `beginNode`; infinity for regression, which has no such risk.
  var misclassified: Double { get }
  /// The best cut of a node's rows sorted by an ordinal key (`key << 32 | row`), only between
  /// distinct keys and with `minBucket` rows on each side: its score and the rows left of it
  /// (0 when there is none). The whole scan is one call so the loop runs on raw buffers.
  mutating func bestCut(_ list: UnsafeBufferPointer<UInt64>, minBucket: Int) -> (score: Double, left: Int)
  /// Summarises each level of a categorical predictor (its rows are `entries[starts[i]..<starts[i+1]]`)
  /// and returns a sort key per level whose order makes the best split of the levels a cut of that
  /// order (exact for regression and two classes; the principal-component heuristic for more).
  mutating func levelKeys(starts: [Int], entries: UnsafeBufferPointer<UInt64>) -> [Double]
  mutating func startScan()
  /// Moves level `i` of the last `levelKeys` call to the left side, in O(its classes) rather than O(its rows).
  mutating func moveLevelLeft(_ i: Int)
  func score(left: Int, right: Int) -> Double
  /// Clears what `moveLevelLeft` accumulated.
  mutating func endScan()
}

extension SplitCriterion {
  /// Equal scores (common when levels are pure) go to the more even cut, so such trees grow
  /// balanced and reach pure leaves within the depth limit instead of peeling off one group per node.
  static func moreBalanced(_ left: Int, than other: Int, size: Int) -> Bool {
    abs(2 * left - size) < abs(2 * other - size)
  }
}

/// Sum of squared errors. Values are centred on the node's mean first, so sums of large numbers
/// (seconds since 1970) lose no precision.
struct VarianceCriterion: SplitCriterion {
  let y: [Double]
  private var mean = 0.0, total = 0.0, count = 0, leftSum = 0.0
  private var levelSums: [Double] = []

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

  var misclassified: Double { .infinity }

  mutating func bestCut(_ list: UnsafeBufferPointer<UInt64>, minBucket: Int) -> (score: Double, left: Int) {
    let size = list.count, mean = self.mean, total = self.total
    var best = -Double.infinity, bestLeft = 0, sum = 0.0
    y.withUnsafeBufferPointer { y in
      for i in 0..<(size - minBucket) {
        let entry = list[i]
        sum += y[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)] - mean
        let left = i + 1
        guard left >= minBucket, list[left] >> 32 != entry >> 32 else { continue }
        let rest = total - sum
        let score = sum * sum / Double(left) + rest * rest / Double(size - left)
        if score > best || (score == best && Self.moreBalanced(left, than: bestLeft, size: size)) {
          best = score
          bestLeft = left
        }
      }
    }
    return (best, bestLeft)
  }

  /// The mean of each level.
  mutating func levelKeys(starts: [Int], entries: UnsafeBufferPointer<UInt64>) -> [Double] {
    let levels = starts.count - 1
    levelSums.removeAll(keepingCapacity: true)
    var keys = [Double](repeating: 0, count: levels)
    for i in 0..<levels {
      var sum = 0.0
      for p in starts[i]..<starts[i + 1] { sum += y[Int(truncatingIfNeeded: entries[p] & 0xFFFF_FFFF)] - mean }
      levelSums.append(sum)
      keys[i] = sum / Double(starts[i + 1] - starts[i])
    }
    return keys
  }

  mutating func startScan() { leftSum = 0 }
  mutating func moveLevelLeft(_ i: Int) { leftSum += levelSums[i] }

  func score(left: Int, right: Int) -> Double {
    let rightSum = total - leftSum
    return leftSum * leftSum / Double(left) + rightSum * rightSum / Double(right)
  }

  mutating func endScan() { leftSum = 0 }
}

/// Gini impurity with integer class counts: moving rows updates the sums of squared counts in
/// O(1) per class, so a scan costs O(rows) however many classes there are.
struct GiniCriterion: SplitCriterion {
  let y: [Int32]
  private var nodeCounts: [Int64]
  private var leftCounts: [Int64]
  /// Classes present in the node, ascending.
  private var present: [Int32] = []
  private var count = 0
  private var totalSquares: Int64 = 0, leftSquares: Int64 = 0, rightSquares: Int64 = 0
  /// Per class, its index in `present` (only valid during `levelKeys`).
  private var compact: [Int32]
  /// Class counts per level of the last `levelKeys` call, sparse: level i owns
  /// `entryClass/entryCount[entryStarts[i]..<entryStarts[i+1]]` (classes as indices into `present`).
  private var entryClass: [Int32] = [], entryCount: [Int64] = [], entryStarts: [Int] = []

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

  var misclassified: Double {
    var largest: Int64 = 0
    for k in present { largest = max(largest, nodeCounts[Int(k)]) }
    return Double(Int64(count) - largest)
  }

  mutating func bestCut(_ list: UnsafeBufferPointer<UInt64>, minBucket: Int) -> (score: Double, left: Int) {
    let size = list.count
    var best = -Double.infinity, bestLeft = 0
    var leftSquares: Int64 = 0, rightSquares = totalSquares
    y.withUnsafeBufferPointer { y in
      nodeCounts.withUnsafeBufferPointer { nodeCounts in
        leftCounts.withUnsafeMutableBufferPointer { leftCounts in
          for i in 0..<(size - minBucket) {
            let entry = list[i]
            let k = Int(truncatingIfNeeded: y[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)])
            let left = leftCounts[k], right = nodeCounts[k] &- left
            leftSquares &+= 2 &* left &+ 1
            rightSquares &-= 2 &* right &- 1
            leftCounts[k] = left &+ 1
            let leftRows = i + 1
            guard leftRows >= minBucket, list[leftRows] >> 32 != entry >> 32 else { continue }
            let score = Double(leftSquares) / Double(leftRows) + Double(rightSquares) / Double(size - leftRows)
            if score > best || (score == best && Self.moreBalanced(leftRows, than: bestLeft, size: size)) {
              best = score
              bestLeft = leftRows
            }
          }
        }
      }
    }
    endScan()
    return (best, bestLeft)
  }

  /// Two classes: the share of the second class (Breiman's exact ordering). More classes: the
  /// projection of each level's class shares on the first principal component of their weighted
  /// covariance (Coppersmith, Hong and Hosking, 1999), found by power iteration in O(entries) per step.
  mutating func levelKeys(starts: [Int], entries: UnsafeBufferPointer<UInt64>) -> [Double] {
    let levelTotal = starts.count - 1
    let classes = present.count
    for (i, k) in present.enumerated() { compact[Int(k)] = Int32(i) }
    entryClass.removeAll(keepingCapacity: true)
    entryCount.removeAll(keepingCapacity: true)
    entryStarts.removeAll(keepingCapacity: true)
    entryStarts.append(0)
    var tally = [Int64](repeating: 0, count: classes)
    var seen: [Int32] = []
    for i in 0..<levelTotal {
      for p in starts[i]..<starts[i + 1] {
        let k = Int(compact[Int(y[Int(truncatingIfNeeded: entries[p] & 0xFFFF_FFFF)])])
        if tally[k] == 0 { seen.append(Int32(k)) }
        tally[k] += 1
      }
      seen.sort()
      for k in seen { entryClass.append(k); entryCount.append(tally[Int(k)]); tally[Int(k)] = 0 }
      seen.removeAll(keepingCapacity: true)
      entryStarts.append(entryClass.count)
    }
    for k in present { compact[Int(k)] = -1 }

    var keys = [Double](repeating: 0, count: levelTotal)
    if classes <= 1 { return keys }
    if classes == 2 {
      for i in 0..<levelTotal {
        var second: Int64 = 0
        for e in entryStarts[i]..<entryStarts[i + 1] where entryClass[e] == 1 { second = entryCount[e] }
        keys[i] = Double(second) / Double(starts[i + 1] - starts[i])
      }
      return keys
    }
    var mean = [Double](repeating: 0, count: classes)
    for (i, k) in present.enumerated() { mean[i] = Double(nodeCounts[Int(k)]) / Double(count) }
    // Start from the largest level's deviation from the node's class shares.
    var largest = 0
    for i in 1..<levelTotal where starts[i + 1] - starts[i] > starts[largest + 1] - starts[largest] { largest = i }
    var v = mean.map { -$0 }
    let largestSize = Double(starts[largest + 1] - starts[largest])
    for e in entryStarts[largest]..<entryStarts[largest + 1] { v[Int(entryClass[e])] += Double(entryCount[e]) / largestSize }
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
        for e in entryStarts[i]..<entryStarts[i + 1] { dot += Double(entryCount[e]) * v[Int(entryClass[e])] }
        let size = Double(starts[i + 1] - starts[i])
        keys[i] = dot / size - meanDotV
        weighted += size * keys[i]
      }
      for i in 0..<classes { u[i] = -mean[i] * weighted }
      for i in 0..<levelTotal {
        for e in entryStarts[i]..<entryStarts[i + 1] { u[Int(entryClass[e])] += Double(entryCount[e]) * keys[i] }
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
    return keys
  }

  mutating func startScan() {
    leftSquares = 0
    rightSquares = totalSquares
  }

  mutating func moveLevelLeft(_ i: Int) {
    for e in entryStarts[i]..<entryStarts[i + 1] {
      let k = Int(present[Int(entryClass[e])]), c = entryCount[e]
      let left = leftCounts[k], right = nodeCounts[k] - left
      leftSquares += (2 * left + c) * c
      rightSquares += (c - 2 * right) * c
      leftCounts[k] = left + c
    }
  }

  func score(left: Int, right: Int) -> Double {
    Double(leftSquares) / Double(left) + Double(rightSquares) / Double(right)
  }

  mutating func endScan() {
    for k in present { leftCounts[Int(k)] = 0 }
  }
}
