/// Some rows of a table, ordered by a 64-bit hash of their values on `columns`. Queries are
/// sorted the same way and walked alongside, and a hash match is confirmed value by value, so a
/// collision costs time, never a wrong answer.
struct RowIndex {
  var table: Table
  var columns: [Int]
  /// Row numbers in `table`, ascending by hash.
  var rows: [Int]
  /// `hashes[i]` belongs to `rows[i]`.
  var hashes: [UInt64]

  init(_ table: Table, rows: [Int], columns: [Int]) {
    self.init(table, rows: rows, columns: columns, hashes: Self.hashes(table, rows: rows, columns: columns))
  }

  /// Takes the hashes as given (tests pass colliding ones).
  init(_ table: Table, rows: [Int], columns: [Int], hashes: [UInt64]) {
    precondition(rows.count == hashes.count, "RowIndex: one hash per row")
    self.table = table
    self.columns = columns
    (self.hashes, self.rows) = Self.sortedByHash(hashes, rows)
  }

  /// The share of `queries` (rows of `other`, which has this table's columns) found here.
  /// - Complexity: O((n + queries) · columns), plus the candidates of any hash collision.
  func share(of other: Table, rows queries: [Int], hashes queryHashes: [UInt64]? = nil) -> Double {
    guard !queries.isEmpty else { return 0 }
    let found = matches(of: other, rows: queries, hashes: queryHashes)
    return Double(found.reduce(0) { $0 + ($1 ? 1 : 0) }) / Double(queries.count)
  }

  /// For each query (a row of `other`, which has this table's columns), whether it is found here.
  func matches(of other: Table, rows queries: [Int], hashes queryHashes: [UInt64]? = nil) -> [Bool] {
    guard !queries.isEmpty else { return [] }
    let (found, asked) = Self.sortedByHash(queryHashes ?? Self.hashes(other, rows: queries, columns: columns), Array(queries.indices))
    let askedRows = asked.map { queries[$0] }
    // The first entry with each query's hash, walking both sorted lists together.
    var candidate = [Int](repeating: -1, count: asked.count)
    if asked.count * 32 < hashes.count {
      // A few queries (a repair checking two rows): a binary search each beats a walk over all.
      for i in 0..<asked.count {
        let low = SortedSearch.lowerBound(hashes, found[i])
        if low < hashes.count && hashes[low] == found[i] { candidate[i] = low }
      }
    } else {
      var j = 0
      for i in 0..<asked.count {
        while j < hashes.count && hashes[j] < found[i] { j += 1 }
        if j < hashes.count && hashes[j] == found[i] { candidate[i] = j }
      }
    }
    // Confirm one column at a time, which keeps each column's arrays at hand.
    var confirmed = candidate.map { $0 >= 0 }
    for c in columns {
      let mine = table.columns[c], theirs = other.columns[c]
      for i in 0..<asked.count where confirmed[i] && !Self.same(mine, rows[candidate[i]], theirs, askedRows[i]) {
        confirmed[i] = false
      }
    }
    var result = [Bool](repeating: false, count: queries.count)
    for i in 0..<asked.count {
      // A first candidate that differs is a hash collision: try the others with that hash.
      result[asked[i]] = confirmed[i] || (candidate[i] >= 0 && contains(askedRows[i], of: other, from: candidate[i] + 1, hash: found[i]))
    }
    return result
  }

  /// The rows of `rows` whose values on `columns` no other of them shares, ascending.
  /// `hashes` (one per row) replace the row hashes, as for `init(_:rows:columns:hashes:)`.
  static func uniqueRows(_ table: Table, rows: [Int], columns: [Int], hashes given: [UInt64]? = nil) -> [Int] {
    let (hashes, sorted) = sortedByHash(given ?? hashes(table, rows: rows, columns: columns), rows)
    var unique: [Int] = []
    var start = 0
    while start < sorted.count {
      var end = start + 1
      while end < sorted.count && hashes[end] == hashes[start] { end += 1 }
      func equal(_ i: Int, _ j: Int) -> Bool {
        for c in columns where !same(table, sorted[i], table, sorted[j], column: c) { return false }
        return true
      }
      // Usually a hash group is one repeated row; only a collision needs the pairwise check.
      if end - start == 1 {
        unique.append(sorted[start])
      } else if !(start + 1..<end).allSatisfy({ equal(start, $0) }) {
        for i in start..<end {
          if !(start..<end).contains(where: { $0 != i && equal(i, $0) }) { unique.append(sorted[i]) }
        }
      }
      start = end
    }
    // In row order: marks over the table's rows instead of a comparison sort (a tenth of a
    // copula's time on flights), when the rows are not a few of many.
    guard unique.count >= 64, unique.count * 16 >= table.rowCount else { return unique.sorted() }
    var marked = [Bool](repeating: false, count: table.rowCount)
    var outside: [Int] = []
    for row in unique {
      if row >= 0 && row < marked.count { marked[row] = true } else { outside.append(row) }
    }
    guard outside.isEmpty else { return unique.sorted() }
    var inOrder: [Int] = []
    inOrder.reserveCapacity(unique.count)
    for row in marked.indices where marked[row] { inOrder.append(row) }
    return inOrder
  }

  private func contains(_ row: Int, of other: Table, from start: Int, hash: UInt64) -> Bool {
    var i = start
    while i < hashes.count && hashes[i] == hash {
      if columns.allSatisfy({ Self.same(table, rows[i], other, row, column: $0) }) { return true }
      i += 1
    }
    return false
  }

  /// LSD radix sort on 16-bit digits; stable, so equal hashes keep their input order.
  /// - Complexity: O(n), four passes (fewer when a digit is the same everywhere).
  static func sortedByHash(_ hashes: [UInt64], _ rows: [Int]) -> ([UInt64], [Int]) {
    // Few rows (a repair checking two, a near-copy key set of a small table) would pay four
    // passes over 65,536 counters; a comparison sort on (hash, position) gives the same order.
    if hashes.count < 4096 {
      let order = hashes.indices.sorted { (hashes[$0], $0) < (hashes[$1], $1) }
      return (order.map { hashes[$0] }, order.map { rows[$0] })
    }
    var h = hashes, r = rows
    var otherH = [UInt64](repeating: 0, count: h.count), otherR = [Int](repeating: 0, count: r.count)
    var counts = [Int](repeating: 0, count: 65_536)
    for shift in stride(from: UInt64(0), to: 64, by: 16) {
      for i in counts.indices { counts[i] = 0 }
      for x in h { counts[Int((x >> shift) & 0xFFFF)] += 1 }
      if counts[Int((h.first ?? 0) >> shift & 0xFFFF)] == h.count { continue }
      var total = 0
      for i in counts.indices {
        let c = counts[i]
        counts[i] = total
        total += c
      }
      h.withUnsafeBufferPointer { hIn in
        r.withUnsafeBufferPointer { rIn in
          otherH.withUnsafeMutableBufferPointer { hOut in
            otherR.withUnsafeMutableBufferPointer { rOut in
              for i in 0..<hIn.count {
                let d = Int((hIn[i] >> shift) & 0xFFFF), p = counts[d]
                counts[d] = p + 1
                hOut[p] = hIn[i]
                rOut[p] = rIn[i]
              }
            }
          }
        }
      }
      swap(&h, &otherH)
      swap(&r, &otherR)
    }
    return (h, r)
  }

  /// Compares one column of two rows in place: copying a `Column` to compare would retain its
  /// four arrays on every call.
  static func same(_ a: Table, _ rowA: Int, _ b: Table, _ rowB: Int, column c: Int) -> Bool {
    let missingA = a.columns[c].missing.isEmpty ? 0 : a.columns[c].missing[rowA]
    let missingB = b.columns[c].missing.isEmpty ? 0 : b.columns[c].missing[rowB]
    if missingA != 0 || missingB != 0 { return missingA == missingB }
    if a.columns[c].usesLevels { return a.columns[c].codes[rowA] == b.columns[c].codes[rowB] }
    if a.columns[c].schema.kind == .empty { return true }
    return bits(a.columns[c].numbers[rowA]) == bits(b.columns[c].numbers[rowB])
  }

  static func same(_ a: Column, _ rowA: Int, _ b: Column, _ rowB: Int) -> Bool {
    let missingA = a.missing.isEmpty ? 0 : a.missing[rowA]
    let missingB = b.missing.isEmpty ? 0 : b.missing[rowB]
    if missingA != 0 || missingB != 0 { return missingA == missingB }
    if a.usesLevels { return a.codes[rowA] == b.codes[rowB] }
    if a.schema.kind == .empty { return true }
    return bits(a.numbers[rowA]) == bits(b.numbers[rowB])
  }

  /// Hashes column by column (splitmix64's finalizer over state ^ value), so the inner loop reads
  /// one array. The finalizer is a bijection: rows that differ in one column never collide.
  static func hashes(_ table: Table, rows: [Int], columns: [Int]) -> [UInt64] {
    var h = [UInt64](repeating: 0x243F_6A88_85A3_08D3, count: rows.count)
    for c in columns {
      let column = table.columns[c]
      let hasMissing = !column.missing.isEmpty, levels = column.usesLevels, empty = column.schema.kind == .empty
      for (i, row) in rows.enumerated() {
        let word: UInt64
        if hasMissing && column.missing[row] != 0 {
          word = missingWord(column.missing[row])
        } else if levels {
          word = UInt64(UInt32(bitPattern: column.codes[row]))
        } else if empty {
          word = 0
        } else {
          word = bits(column.numbers[row])
        }
        h[i] = mix(h[i] ^ word)
      }
    }
    return h
  }

  /// One cell as 64 bits, equal exactly when `same` says the cells are equal.
  static func word(_ column: Column, _ row: Int) -> UInt64 {
    if !column.missing.isEmpty && column.missing[row] != 0 { return missingWord(column.missing[row]) }
    if column.usesLevels { return UInt64(UInt32(bitPattern: column.codes[row])) }
    if column.schema.kind == .empty { return 0 }
    return bits(column.numbers[row])
  }

  /// A NaN pattern, never a stored number.
  private static func missingWord(_ code: UInt16) -> UInt64 { 0x7FF4_0000_0000_0000 | UInt64(code) }

  private static func bits(_ value: Double) -> UInt64 {
    value == 0 ? 0 : value.bitPattern
  }

  static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
