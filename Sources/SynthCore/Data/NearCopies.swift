/// Near-copies: a synthetic row that matches a real person on all but one or two columns
/// reveals that person almost as well as an identical row, and a repair that changes one value of
/// a copy would otherwise hide it. A row is a near-copy of a real row when they are equal on some
/// key set: all `columns` but at most `differing` of them.
///
/// Every key set is one subset of the columns, so rows are hashed once, additively: the hash of a
/// key set is the row's total minus the hashes of the cells it leaves out. Per key set the rows
/// are then grouped as `RowIndex` does (sorted hashes, equality confirmed value by value).
struct NearCopyKeys {
  /// The columns (positions in the tables) that key sets are drawn from.
  let columns: [Int]
  /// Columns a row may differ in and still count as a copy (after any limit, see `limited`).
  let differing: Int
  /// Each key set as the columns it leaves out: first none (all columns), then every single
  /// column, then every pair, … up to `differing`, each in ascending order.
  let dropped: [[Int]]

  /// All but one column, by default: a repair that changes one value of a copy leaves a row that
  /// still singles the person out.
  static let defaultDiffering = 1
  /// The most `--near-copies` allows: all but three of 15 columns are already 576 key sets.
  static let maxDiffering = 3

  /// Work (key sets × rows) above which fewer differing columns are checked: 10,000 columns
  /// would be 10,001 key sets, and every key set is a pass over the rows.
  static let maxWork: Int64 = 100_000_000

  /// Key sets for `differing` columns out of `columns`, or for fewer when checking `rows` rows
  /// on that many key sets would exceed `maxWork`.
  init(columns: [Int], differing: Int, rows: Int) {
    self.columns = columns
    var k = max(0, min(differing, columns.count - 1))
    while k > 0 && Self.keySetCount(columns: columns.count, differing: k) * Int64(max(rows, 1)) > Self.maxWork { k -= 1 }
    self.differing = k
    // Positions in `columns`, in lexicographic order within each size.
    var sets: [[Int]] = [[]]
    var current: [[Int]] = [[]]
    for _ in 0..<k {
      var next: [[Int]] = []
      for set in current {
        for i in (set.last.map { $0 + 1 } ?? 0)..<columns.count { next.append(set + [i]) }
      }
      sets += next
      current = next
    }
    droppedPositions = sets
    dropped = sets.map { $0.map { columns[$0] } }
  }

  /// `dropped` as positions in `columns`.
  let droppedPositions: [[Int]]

  /// Σ_{d ≤ differing} C(columns, d), saturating at Int64.max.
  static func keySetCount(columns n: Int, differing k: Int) -> Int64 {
    var total: Int64 = 0, term: Int64 = 1
    for d in 0...max(k, 0) {
      if d > 0 {
        let (product, overflow) = term.multipliedReportingOverflow(by: Int64(n - d + 1))
        if overflow { return .max }
        term = product / Int64(d)
      }
      let (sum, overflow) = total.addingReportingOverflow(term)
      if overflow { return .max }
      total = sum
    }
    return total
  }

  /// The columns of key set `k`.
  func kept(_ k: Int) -> [Int] { columns.filter { !dropped[k].contains($0) } }

  /// Each row's sum of cell hashes over all `columns`.
  func totals(_ table: Table, rows: [Int]) -> [UInt64] {
    var h = [UInt64](repeating: 0, count: rows.count)
    for c in columns {
      // One copy of the column per pass, not per cell.
      let column = table.columns[c], salt = Self.salt(c)
      for (i, row) in rows.enumerated() { h[i] = h[i] &+ Self.cellHash(column, salt, row) }
    }
    return h
  }

  /// The hashes of `rows` on key set `k`, from their `totals`.
  func hashes(_ table: Table, rows: [Int], totals: [UInt64], keySet k: Int) -> [UInt64] {
    var h = totals
    for c in dropped[k] {
      let column = table.columns[c], salt = Self.salt(c)
      for (i, row) in rows.enumerated() { h[i] = h[i] &- Self.cellHash(column, salt, row) }
    }
    return h
  }

  /// Cells are salted by their column so that equal values in different columns differ.
  static func salt(_ c: Int) -> UInt64 { RowIndex.mix(UInt64(c) &+ 0x9E37_79B9_7F4A_7C15) }

  /// A cell's hash. The mix is a bijection, so rows that differ in one kept column never collide.
  static func cellHash(_ column: Column, _ salt: UInt64, _ row: Int) -> UInt64 {
    RowIndex.mix(RowIndex.word(column, row) ^ salt)
  }
}

/// The real rows that no other real row shares on some key set, to ask of any row whether it is a
/// near-copy of one of them (what `UniqueCopyRepair` removes).
struct NearCopyIndex {
  let keys: NearCopyKeys
  /// Per key set: the rows unique on it.
  private let uniques: [RowIndex]

  /// `table` holds the real rows; key sets are drawn from `columns`.
  init(_ table: Table, columns: [Int], differing: Int) {
    keys = NearCopyKeys(columns: columns, differing: differing, rows: table.rowCount)
    let all = Array(0..<table.rowCount)
    let totals = keys.totals(table, rows: all)
    var uniques: [RowIndex] = []
    for k in keys.dropped.indices {
      let hashes = keys.hashes(table, rows: all, totals: totals, keySet: k)
      let unique = RowIndex.uniqueRows(table, rows: all, columns: keys.kept(k), hashes: hashes)
      uniques.append(RowIndex(table, rows: unique, columns: keys.kept(k), hashes: unique.map { hashes[$0] }))
    }
    self.uniques = uniques
  }

  /// Real rows unique on all columns (the first key set).
  var uniqueRowCount: Int { uniques.first?.rows.count ?? 0 }

  /// Whether row `row` of `other` (which has the real table's columns) equals a real row on a key
  /// set on which no other real row shares that row's values: `matches` for one row, without
  /// sorting or allocating per key set, as the repair asks it for every candidate exchange.
  func isCopy(_ other: Table, _ row: Int) -> Bool {
    var cells = [UInt64](repeating: 0, count: keys.columns.count)
    var total: UInt64 = 0
    for (i, c) in keys.columns.enumerated() {
      cells[i] = NearCopyKeys.cellHash(other.columns[c], NearCopyKeys.salt(c), row)
      total = total &+ cells[i]
    }
    for (k, index) in uniques.enumerated() where !index.rows.isEmpty {
      var h = total
      for p in keys.droppedPositions[k] { h = h &- cells[p] }
      var low = SortedSearch.lowerBound(index.hashes, h)
      while low < index.hashes.count && index.hashes[low] == h {
        if index.columns.allSatisfy({ RowIndex.same(index.table, index.rows[low], other, row, column: $0) }) { return true }
        low += 1
      }
    }
    return false
  }

  /// For each of `rows` of `other` (which has the real table's columns), whether it equals a real
  /// row on a key set on which no other real row shares that row's values.
  func matches(of other: Table, rows: [Int]) -> [Bool] {
    var found = [Bool](repeating: false, count: rows.count)
    guard !rows.isEmpty else { return found }
    let totals = keys.totals(other, rows: rows)
    for (k, index) in uniques.enumerated() where !index.rows.isEmpty {
      let hashes = keys.hashes(other, rows: rows, totals: totals, keySet: k)
      for (i, hit) in index.matches(of: other, rows: rows, hashes: hashes).enumerated() where hit { found[i] = true }
    }
    return found
  }
}
