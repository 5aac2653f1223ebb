/// Order statistics without a full sort, for quantile breaks of columns with millions of values.
///
/// A most-significant-digit radix select on the bits of the numbers, ordered as unsigned keys:
/// count the top 11 bits of every value, keep only the buckets that hold a wanted rank, and
/// repeat on those with the next 11 bits. It never compares values, so it has no bad inputs, it
/// reads the columns in place (no pooled copy), and two or three passes usually settle it.
/// - Complexity: O(n) per level, at most 6 levels; the later levels see only the kept buckets.
enum OrderStatistics {
  /// The values of the given ranks (0-based positions in ascending order) among the observed
  /// numbers of `columns` taken together. -0.0 counts as 0.0. Requires every rank to be below
  /// the number of observed values.
  static func select(ranks: [Int], observedIn columns: [Column]) -> [Double] {
    var counts = [Int](repeating: 0, count: 2048)
    counts.withUnsafeMutableBufferPointer { c in
      forEachObserved(columns) { c[Int(key($0) >> 53)] += 1 }
    }
    var found = [UInt64](repeating: 0, count: ranks.count)
    let groups = group(ranks.enumerated().map { (rank: $0.element, slot: $0.offset) }, counts: counts)
    // Gather the kept buckets into one array, bucket after bucket. Other buckets write to a
    // spare last slot and do not advance, which keeps the loop free of branches.
    var start = [Int](repeating: 0, count: 2048), step = [Int](repeating: 0, count: 2048)
    var total = 0
    for g in groups {
      start[g.bucket] = total
      step[g.bucket] = 1
      total += counts[g.bucket]
    }
    var next = start
    for b in 0..<2048 where step[b] == 0 { next[b] = total }
    var kept = [UInt64](repeating: 0, count: total + 1)
    kept.withUnsafeMutableBufferPointer { out in
      next.withUnsafeMutableBufferPointer { next in
        step.withUnsafeBufferPointer { step in
          forEachObserved(columns) { value in
            let k = key(value), b = Int(k >> 53)
            out[next[b]] = k
            next[b] += step[b]
          }
        }
      }
    }
    for g in groups {
      refine(kept[start[g.bucket]..<(start[g.bucket] + counts[g.bucket])], level: 1, wanted: g.wanted, into: &found)
    }
    return found.map(value)
  }

  /// (shift, mask) of each digit, from the top: 11 + 11 + 11 + 11 + 11 + 9 bits.
  private static let digits: [(shift: UInt64, mask: UInt64)] = [
    (53, 0x7FF), (42, 0x7FF), (31, 0x7FF), (20, 0x7FF), (9, 0x7FF), (0, 0x1FF),
  ]

  private static func refine(_ keys: ArraySlice<UInt64>, level: Int, wanted: [(rank: Int, slot: Int)], into found: inout [UInt64]) {
    // Tied values (counts, codes) would otherwise take one counting pass per remaining digit.
    let first = keys[keys.startIndex]
    if level == digits.count || keys.allSatisfy({ $0 == first }) {
      for w in wanted { found[w.slot] = first }
      return
    }
    if keys.count <= 32 {
      let sorted = keys.sorted()
      for w in wanted { found[w.slot] = sorted[w.rank] }
      return
    }
    let (shift, mask) = digits[level]
    var counts = [Int](repeating: 0, count: Int(mask) + 1)
    for k in keys { counts[Int((k >> shift) & mask)] += 1 }
    for g in group(wanted, counts: counts) {
      if counts[g.bucket] == keys.count {
        refine(keys, level: level + 1, wanted: g.wanted, into: &found)
      } else {
        let bucket = UInt64(g.bucket)
        var subset = [UInt64](repeating: 0, count: counts[g.bucket] + 1)
        var next = 0
        subset.withUnsafeMutableBufferPointer { out in
          for k in keys {
            out[next] = k  // overwritten unless it belongs: no branch
            next += (k >> shift) & mask == bucket ? 1 : 0
          }
        }
        refine(subset[0..<counts[g.bucket]], level: level + 1, wanted: g.wanted, into: &found)
      }
    }
  }

  /// Sorts the wanted ranks into buckets, with ranks made relative to their bucket's start.
  private static func group(_ wanted: [(rank: Int, slot: Int)], counts: [Int]) -> [(bucket: Int, wanted: [(rank: Int, slot: Int)])] {
    let sorted = wanted.sorted { $0.rank < $1.rank }
    var groups: [(bucket: Int, wanted: [(rank: Int, slot: Int)])] = []
    var bucket = 0, before = 0
    for w in sorted {
      while bucket < counts.count - 1 && before + counts[bucket] <= w.rank {
        before += counts[bucket]
        bucket += 1
      }
      if groups.last?.bucket != bucket { groups.append((bucket, [])) }
      groups[groups.count - 1].wanted.append((w.rank - before, w.slot))
    }
    return groups
  }

  @inline(__always)
  private static func forEachObserved(_ columns: [Column], _ body: (Double) -> Void) {
    for column in columns {
      column.numbers.withUnsafeBufferPointer { numbers in
        if column.missing.isEmpty {
          for x in numbers { body(x) }
        } else {
          column.missing.withUnsafeBufferPointer { missing in
            for i in 0..<min(numbers.count, missing.count) where missing[i] == 0 { body(numbers[i]) }
          }
        }
      }
    }
  }

  /// An unsigned key in the order of the values: negative numbers have all bits flipped, the
  /// others only the sign bit.
  @inline(__always)
  static func key(_ value: Double) -> UInt64 {
    let bits = (value + 0).bitPattern  // -0.0 + 0.0 is +0.0; every other value is unchanged
    let negative = UInt64(bitPattern: Int64(bitPattern: bits) >> 63)  // all ones or all zeros
    return bits ^ (negative | (1 << 63))
  }

  static func value(_ key: UInt64) -> Double {
    Double(bitPattern: key >> 63 == 1 ? key & ~(1 << 63) : ~key)
  }
}
