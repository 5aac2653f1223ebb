/// Gower distance between rows, as SDMetrics' DCR (`dcr_utils.py`) defines it:
///
///     d(x, y) = (1/p) Σ_j d_j(x_j, y_j)
///     d_j = min(|x_j − y_j| / range_j, 1)   numbers, dates, datetimes (range from the real data)
///     d_j = 1[x_j ≠ y_j]                    categorical, boolean, identifier, constant, and
///                                           numbers whose real range is 0 (or has no values)
///     both missing with the same code → 0, otherwise one or both missing → 1
///
/// Every column becomes either a scaled number ((x − min)/range) with a missing code, or an
/// `Int32` code in which missing values are the distinct negative codes −k, so the inner loops
/// compare plain arrays.
struct GowerDistance {
  enum Rule: Equatable {
    /// `halved`: minimum and range are halves of the real ones, whose difference overflows
    /// (−1e308 and 1e308); values are halved alike, so the quotient is the same.
    case scaled(minimum: Double, range: Double, halved: Bool)
    case equality
  }

  var columns: [Int]
  var rules: [Rule]
  /// For `.equality` number columns (range 0): the distinct observed values of every table given
  /// to `init`, sorted; a value's code is its position.
  var equalityValues: [[Double]]
  /// Whether a `.scaled` column is missing somewhere in the tables given to `init`.
  var scaledHasMissing: [Bool]

  /// - Parameters:
  ///   - real: the tables whose observed numbers give each range (the real data).
  ///   - others: further tables that will be encoded (synthetic data), for their distinct values.
  init(columns: [Int], real: [Table], others: [Table] = []) {
    self.columns = columns
    rules = []
    equalityValues = []
    scaledHasMissing = []
    let all = real + others
    for c in columns {
      var kind = ColumnKind.empty
      for t in all where t.columns[c].schema.kind != .empty { kind = t.columns[c].schema.kind }
      var rule = Rule.equality
      if kind.isNumeric {
        var low = Double.infinity, high = -Double.infinity
        for t in real { Self.observedNumbers(t.columns[c]) { low = min(low, $0); high = max(high, $0) } }
        if high > low { rule = (high - low).isFinite ? .scaled(minimum: low, range: high - low, halved: false) : .scaled(minimum: low * 0.5, range: high * 0.5 - low * 0.5, halved: true) }
      }
      rules.append(rule)
      var values: [Double] = []
      if rule == .equality && kind.isNumeric {
        for t in all { Self.observedNumbers(t.columns[c]) { values.append($0 + 0) } }  // -0.0 reads as 0.0
        values.sort()
        var unique: [Double] = []
        for v in values where unique.last != v { unique.append(v) }
        values = unique
      }
      equalityValues.append(values)
      scaledHasMissing.append(all.contains { t in t.columns[c].missing.contains { $0 != 0 } })
    }
  }

  var isEmpty: Bool { columns.isEmpty }

  /// `(x − minimum) / range`, finite: a value that is not (1e308 against a real range around 0)
  /// is beyond two ranges anyway, where every distance to a real row is 1.
  static func scale(_ x: Double, minimum: Double, range: Double) -> Double {
    let s = (x - minimum) / range
    return s.isFinite ? s : (s < 0 ? -2 : 2)
  }

  /// The distance between row `a` of `x` and row `b` of `y`, column by column in `columns` order;
  /// NaN without columns. For tests and single pairs: `NearestRecordSearch` does the bulk work.
  func distance(_ x: Table, _ a: Int, _ y: Table, _ b: Int) -> Double {
    guard !columns.isEmpty else { return .nan }
    let ex = encode(x, rows: [a]), ey = encode(y, rows: [b])
    var sum = 0.0
    for j in 0..<columns.count {
      switch rules[j] {
      case .scaled:
        let same = ex.missing[j][0] == ey.missing[j][0]
        sum += same ? min(abs(ex.scaled[j][0] - ey.scaled[j][0]), 1) : 1
      case .equality:
        sum += ex.codes[j][0] == ey.codes[j][0] ? 0 : 1
      }
    }
    return sum / Double(columns.count)
  }

  /// Rows of a table as arrays per column (in `columns` order): `scaled` and `missing` for
  /// `.scaled` columns (missing rows have scaled value 0), `codes` for `.equality` columns.
  struct Encoded {
    var rowCount: Int
    var scaled: [[Double]]
    var missing: [[Int32]]
    var codes: [[Int32]]
  }

  func encode(_ table: Table, rows: [Int]) -> Encoded {
    var result = Encoded(rowCount: rows.count, scaled: [], missing: [], codes: [])
    for (j, c) in columns.enumerated() {
      let column = table.columns[c]
      var missing = [Int32](repeating: 0, count: rows.count)
      if !column.missing.isEmpty {
        for (i, row) in rows.enumerated() { missing[i] = -Int32(column.missing[row]) }
      }
      var scaled: [Double] = [], codes: [Int32] = []
      switch rules[j] {
      case .scaled(let minimum, let range, let halved):
        scaled = [Double](repeating: 0, count: rows.count)
        if !column.numbers.isEmpty {
          for (i, row) in rows.enumerated() where missing[i] == 0 { scaled[i] = Self.scale(halved ? column.numbers[row] * 0.5 : column.numbers[row], minimum: minimum, range: range) }
        }
      case .equality:
        codes = missing
        let values = equalityValues[j]
        for (i, row) in rows.enumerated() where missing[i] == 0 {
          if column.usesLevels {
            codes[i] = column.codes.isEmpty ? 0 : column.codes[row]
          } else if column.numbers.isEmpty {
            codes[i] = 0
          } else if column.schema.kind == .boolean {
            codes[i] = column.numbers[row] != 0 ? 1 : 0
          } else {
            codes[i] = Self.position(of: column.numbers[row] + 0, in: values)
          }
        }
      }
      result.scaled.append(scaled)
      result.missing.append(missing)
      result.codes.append(codes)
    }
    return result
  }

  /// The index of `value` in sorted `values`; a value not there (a table not given to `init`)
  /// gets Int32.max, so such values compare equal to each other: never a trap.
  private static func position(of value: Double, in values: [Double]) -> Int32 {
    let low = SortedSearch.lowerBound(values, value)
    return low < values.count && values[low] == value ? Int32(low) : Int32.max
  }

  private static func observedNumbers(_ column: Column, _ body: (Double) -> Void) {
    guard column.schema.kind != .empty else { return }
    let hasMissing = !column.missing.isEmpty
    for (row, v) in column.numbers.enumerated() where !(hasMissing && column.missing[row] != 0) && !v.isNaN { body(v) }
  }
}

/// Exact nearest-record search under `GowerDistance`: the smallest distance from a query row to
/// any reference row.
///
/// The reference rows are sorted lexicographically on coarse keys (codes, numbers cut into eighths)
/// and cut into blocks (64 rows by default). Each block keeps per-column bounds (code range, value
/// range, missing codes), which give a lower bound of the distance from a query to every row of the
/// block. A query visits the blocks in ascending order of that bound and stops at the first bound
/// not below the best distance so far (or at distance 0). Inside a block the distances grow column
/// by column over flat arrays, and the block is left once no row in it can still beat the best. Pruning never changes the
/// answer: the minimum is exact, and equal for any visiting order.
/// - Complexity: O(n · p) per query at worst; far less when blocks are pruned.
struct NearestRecordSearch {
  /// Rows per block: smaller blocks prune finer, larger ones loop longer between checks.
  var blockSize: Int

  var gower: GowerDistance
  var rowCount: Int
  /// Reference row number at each sorted position.
  var order: [Int]
  /// Position of each reference row in `order`.
  var positionOf: [Int]
  /// Columns in visiting order (largest typical contribution first).
  var slots: [Slot]
  /// The Gower column (index into `gower.columns`) of each slot.
  var visitingColumns: [Int]
  /// Column-major, in sorted row order: scaled values, their missing codes, equality codes.
  var scaled: [Double]
  var scaledMissing: [Int32]
  var codes: [Int32]
  /// Per block and slot (slot-major): lower and upper value or code, and missing code range.
  var boundLow: [Double]
  var boundHigh: [Double]
  var boundMissingLow: [Int32]
  var boundMissingHigh: [Int32]
  var blockCount: Int

  enum Slot {
    /// Offset into `scaled`/`scaledMissing` (in rows), and whether missing codes need checking.
    case scaled(offset: Int, hasMissing: Bool)
    case equality(offset: Int)
  }

  init(gower: GowerDistance, reference table: Table, blockSize: Int = 64) {
    self.gower = gower
    self.blockSize = max(blockSize, 1)
    let n = table.rowCount
    rowCount = n
    let encoded = gower.encode(table, rows: Array(0..<n))
    let p = gower.columns.count
    // Typical contribution of each column: mean distance between rows i and i + n/2.
    var contribution = [Double](repeating: 0, count: p)
    let pairs = min(n / 2, 4096)
    for j in 0..<p {
      var sum = 0.0
      for i in 0..<pairs {
        let k = i + n / 2
        switch gower.rules[j] {
        case .scaled:
          sum += encoded.missing[j][i] == encoded.missing[j][k] ? min(abs(encoded.scaled[j][i] - encoded.scaled[j][k]), 1) : 1
        case .equality:
          sum += encoded.codes[j][i] == encoded.codes[j][k] ? 0 : 1
        }
      }
      contribution[j] = sum
    }
    let visit = (0..<p).sorted { (contribution[$0], -$0) > (contribution[$1], -$1) }
    visitingColumns = visit
    // Coarse sort keys, row-major, for a lexicographic sort that makes blocks homogeneous.
    var keys = [Int32](repeating: 0, count: n * p)
    for (k, j) in visit.enumerated() {
      for i in 0..<n {
        let key: Int32
        switch gower.rules[j] {
        case .scaled:
          let m = encoded.missing[j][i]
          key = m != 0 ? m - 16 : (encoded.scaled[j][i] * 8).integer(.down, clampedTo: 0...8)
        case .equality:
          key = encoded.codes[j][i]
        }
        keys[i * p + k] = key
      }
    }
    order = Array(0..<n)
    order.sort { a, b in
      for k in 0..<p where keys[a * p + k] != keys[b * p + k] { return keys[a * p + k] < keys[b * p + k] }
      return a < b
    }
    positionOf = [Int](repeating: 0, count: n)
    for (position, row) in order.enumerated() { positionOf[row] = position }

    slots = []
    scaled = []
    scaledMissing = []
    codes = []
    for j in visit {
      switch gower.rules[j] {
      case .scaled:
        slots.append(.scaled(offset: scaled.count, hasMissing: gower.scaledHasMissing[j]))
        for row in order {
          scaled.append(encoded.scaled[j][row])
          scaledMissing.append(encoded.missing[j][row])
        }
      case .equality:
        slots.append(.equality(offset: codes.count))
        for row in order { codes.append(encoded.codes[j][row]) }
      }
    }

    let size = self.blockSize
    blockCount = (n + size - 1) / size
    boundLow = []
    boundHigh = []
    boundMissingLow = []
    boundMissingHigh = []
    for slot in slots {
      for b in 0..<blockCount {
        let start = b * size, end = min(start + size, n)
        var low = Double.infinity, high = -Double.infinity
        var missingLow = Int32.max, missingHigh = Int32.min
        switch slot {
        case .scaled(let offset, _):
          for i in start..<end {
            let m = scaledMissing[offset + i]
            missingLow = min(missingLow, m)
            missingHigh = max(missingHigh, m)
            if m == 0 {
              low = min(low, scaled[offset + i])
              high = max(high, scaled[offset + i])
            }
          }
        case .equality(let offset):
          for i in start..<end {
            missingLow = min(missingLow, codes[offset + i])
            missingHigh = max(missingHigh, codes[offset + i])
          }
        }
        boundLow.append(low)
        boundHigh.append(high)
        boundMissingLow.append(missingLow)
        boundMissingHigh.append(missingHigh)
      }
    }
  }

  /// The smallest distance from each query row to a reference row (+∞ when there is none).
  /// - Parameter excludingSelf: the queries are rows of the reference table itself, and a row is
  ///   not compared with itself (leave-one-out; an identical other row still gives 0).
  /// - Parameter progress: told the share of queries done, now and then.
  func nearest(_ queries: Table, rows: [Int], excludingSelf: Bool = false, progress: (Double) -> Void = { _ in }) -> [Double] {
    let p = slots.count
    guard p > 0 else { return [Double](repeating: .nan, count: rows.count) }
    let q = gower.encode(queries, rows: rows)
    var slotValue = [Double](repeating: 0, count: p), slotCode = [Int32](repeating: 0, count: p)
    var result = [Double](repeating: .infinity, count: rows.count)
    var lowerBound = [Double](repeating: 0, count: blockCount)
    var partial = [Double](repeating: 0, count: blockSize)
    // Blocks are visited by lower bound: each key is the bound's bits with the block number in
    // the low bits (bounds are non-negative, so their bits sort as the numbers). The truncated
    // bound never exceeds the true one, so stopping on it stays exact. Sorting plain integers
    // avoids a comparison closure, which is slow in wasm.
    var indexBits: UInt64 = 1
    while (1 << indexBits) < UInt64(blockCount) { indexBits += 1 }
    let indexMask: UInt64 = (1 << indexBits) - 1
    var visitKeys = [UInt64](repeating: 0, count: blockCount)
    let size = blockSize, n = rowCount
    scaled.withUnsafeBufferPointer { scaled in
      scaledMissing.withUnsafeBufferPointer { scaledMissing in
        codes.withUnsafeBufferPointer { codes in
          boundLow.withUnsafeBufferPointer { boundLow in
            boundHigh.withUnsafeBufferPointer { boundHigh in
              boundMissingLow.withUnsafeBufferPointer { boundMissingLow in
                boundMissingHigh.withUnsafeBufferPointer { boundMissingHigh in
                  lowerBound.withUnsafeMutableBufferPointer { lowerBound in
                    partial.withUnsafeMutableBufferPointer { partial in
                      for (qi, row) in rows.enumerated() {
                        if qi & 31 == 0 { progress(Double(qi) / Double(rows.count)) }
                        for k in 0..<p {
                          let j = visitingColumns[k]
                          switch slots[k] {
                          case .scaled:
                            slotValue[k] = q.scaled[j][qi]
                            slotCode[k] = q.missing[j][qi]
                          case .equality:
                            slotCode[k] = q.codes[j][qi]
                          }
                        }
                        let selfPosition = excludingSelf ? positionOf[row] : -1
                        // Lower bounds of every block.
                        for b in 0..<blockCount { lowerBound[b] = 0 }
                        for k in 0..<p {
                          let base = k * blockCount, m = slotCode[k]
                          switch slots[k] {
                          case .scaled:
                            let v = slotValue[k]
                            for b in 0..<blockCount {
                              let hasMissingCode = boundMissingLow[base + b] <= m && m <= boundMissingHigh[base + b]
                              var d: Double = hasMissingCode ? 0 : 1
                              if m == 0 && boundLow[base + b] <= boundHigh[base + b] {
                                let gap = max(0, max(v - boundHigh[base + b], boundLow[base + b] - v))
                                d = min(d, min(gap, 1))
                              }
                              lowerBound[b] += d
                            }
                          case .equality:
                            for b in 0..<blockCount {
                              let only = boundMissingLow[base + b] == boundMissingHigh[base + b]
                              lowerBound[b] += only && boundMissingLow[base + b] != m ? 1 : 0
                            }
                          }
                        }
                        var best = Double.infinity
                        // Most promising blocks first: the best distance falls early and prunes the
                        // rest. Round one visits the block with the lowest bound; round two sorts only
                        // the blocks whose bound is still below the best distance found.
                        var first = 0, keyCount = 0
                        if blockCount > 0 {
                          for b in 1..<blockCount where lowerBound[b] < lowerBound[first] { first = b }
                          visitKeys[0] = (lowerBound[first].bitPattern & ~indexMask) | UInt64(first)
                          keyCount = 1
                        }
                        for round in 0..<2 {
                        if round == 1 {
                          keyCount = 0
                          for b in 0..<blockCount where b != first && lowerBound[b] < best {
                            visitKeys[keyCount] = (lowerBound[b].bitPattern & ~indexMask) | UInt64(b)
                            keyCount += 1
                          }
                          visitKeys[0..<keyCount].sort()
                        }
                        for key in visitKeys[0..<keyCount] {
                          if Double(bitPattern: key & ~indexMask) >= best || best == 0 { break }
                          let b = Int(key & indexMask)
                          if lowerBound[b] >= best { continue }
                          let start = b * size, count = min(size, n - start)
                          for i in 0..<count { partial[i] = 0 }
                          if selfPosition >= start && selfPosition < start + count { partial[selfPosition - start] = .infinity }
                          var alive = true
                          for k in 0..<p where alive {
                            let m = slotCode[k]
                            var anyBelow = 0
                            switch slots[k] {
                            case .scaled(let offset, let hasMissing):
                              let v = slotValue[k], base = offset + start
                              if hasMissing {
                                for i in 0..<count {
                                  let d = scaledMissing[base + i] == m ? min(abs(scaled[base + i] - v), 1) : 1
                                  partial[i] += d
                                  anyBelow |= partial[i] < best ? 1 : 0
                                }
                              } else {
                                for i in 0..<count {
                                  partial[i] += min(abs(scaled[base + i] - v), 1)
                                  anyBelow |= partial[i] < best ? 1 : 0
                                }
                              }
                            case .equality(let offset):
                              let base = offset + start
                              for i in 0..<count {
                                partial[i] += codes[base + i] == m ? 0 : 1
                                anyBelow |= partial[i] < best ? 1 : 0
                              }
                            }
                            alive = anyBelow != 0
                          }
                          if alive {
                            for i in 0..<count where partial[i] < best { best = partial[i] }
                          }
                        }
                        }
                        result[qi] = best / Double(p)
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return result
  }
}
