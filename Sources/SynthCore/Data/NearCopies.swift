/// Near-copies: a synthetic row that matches a real person on all but one or two columns
/// reveals that person almost as well as an identical row, and a repair that changes one value of
/// a copy would otherwise hide it. A row is a near-copy of a real row when they are equal on some
/// key set: all `columns` but at most `differing` of them.
///
/// Every key set is one subset of the columns, so rows are hashed once, additively: the hash of a
/// key set is the row's total minus the hashes of the cells it leaves out. Per key set the rows
/// are then grouped as `RowIndex` does, and the unique rows of each kept in a `UniqueRowSet`.
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
  /// The real rows.
  private let table: Table
  /// Per key set: the rows unique on it.
  private let uniques: [UniqueRowSet]
  /// Every held hash of every key set in one small filter, asked before a key set's table: the
  /// repair probes each candidate partner on every key set, mostly for a "no", and the tables
  /// (10.7 bytes a row and key set, 18 MB for flights' 5) miss the cache where this (1 byte) does not.
  private let filter: KeySetFilter

  /// `table` holds the real rows; key sets are drawn from `columns`, each indexed as its own task.
  init(_ table: Table, columns: [Int], differing: Int, workers: Workers = .serial) {
    let keys = NearCopyKeys(columns: columns, differing: differing, rows: table.rowCount)
    self.keys = keys
    self.table = table
    let all = Array(0..<table.rowCount)
    let totals = keys.totals(table, rows: all)
    uniques = workers.map(keys.dropped.count) { k -> UniqueRowSet in
      let hashes = keys.hashes(table, rows: all, totals: totals, keySet: k)
      let unique = RowIndex.uniqueRows(table, rows: all, columns: keys.kept(k), hashes: hashes)
      return UniqueRowSet(rows: unique, hashes: hashes)
    }
    filter = KeySetFilter(uniques)
  }

  /// Real rows unique on all columns (the first key set).
  var uniqueRowCount: Int { uniques.first?.count ?? 0 }

  /// The cell hashes of every row of `other` on `keys.columns`, row by row (`eitherMayBeCopy`
  /// reads them instead of the table; the repair swaps them with the cells).
  func cellHashes(of other: Table) -> [UInt64] {
    let width = keys.columns.count
    var cells = [UInt64](repeating: 0, count: other.rowCount * width)
    for (i, c) in keys.columns.enumerated() {
      let column = other.columns[c], salt = NearCopyKeys.salt(c)
      for row in 0..<other.rowCount { cells[row * width + i] = NearCopyKeys.cellHash(column, salt, row) }
    }
    return cells
  }

  /// Whether rows `a` and `b` of a table with the real table's columns, as they would be with the
  /// key positions in `exchanged` exchanged, may equal a real row on a key set on which no other
  /// real row shares their values: `matches` for two rows, from their cell hashes (`cellHashes`)
  /// alone, without exchanging anything. The repair asks this for every candidate partner, so it
  /// allocates nothing and reads no column (exchanging cells to test a partner and back, and
  /// reading columns to confirm a hit, were half of its time). A hit is not confirmed value by
  /// value: "no" is exact, while "yes" is wrong only when a unique row's hash sum shares its upper
  /// 32 bits and its probe run (`UniqueRowSet.mayContain`), which at worst keeps the repair looking
  /// for a partner a row did not need.
  ///
  /// `hint` is the key set asked first, and becomes the one that last said "yes": the answer is
  /// the same in any order, and in a hard repair most partners fail on the same key set (flights:
  /// a real (month, day, time) whatever the carrier), so most "yes" answers cost one probe.
  func eitherMayBeCopy(exchanging a: Int, _ b: Int, at exchanged: [Bool], cells: [UInt64], hint: inout Int) -> Bool {
    let width = keys.columns.count
    let baseA = a * width, baseB = b * width
    var totalA: UInt64 = 0, totalB: UInt64 = 0
    for i in 0..<width {
      let (x, y) = exchanged[i] ? (cells[baseB + i], cells[baseA + i]) : (cells[baseA + i], cells[baseB + i])
      totalA = totalA &+ x
      totalB = totalB &+ y
    }
    return mayBeCopy(total: totalA, from: &hint) { exchanged[$0] ? cells[baseB + $0] : cells[baseA + $0] }
      || mayBeCopy(total: totalB, from: &hint) { exchanged[$0] ? cells[baseA + $0] : cells[baseB + $0] }
  }

  /// Whether row `a` may equal a unique real row on a key set that leaves out every key position
  /// in `exchanged`: then no exchange of those cells makes it differ, whatever the partner, and
  /// `eitherMayBeCopy` says "yes" for every partner (it computes the same hash on that key set).
  /// Asked once per row and suffix instead of once per partner: census' copies that match a
  /// person on all columns but the last are not helped by exchanging the last.
  func staysCopy(_ a: Int, whatever exchanged: [Bool], cells: [UInt64]) -> Bool {
    let width = keys.columns.count, base = a * width
    var needed = 0
    for e in exchanged where e { needed += 1 }
    var total: UInt64 = 0
    for i in 0..<width { total = total &+ cells[base + i] }
    for k in uniques.indices where keys.droppedPositions[k].count >= needed {
      var covered = 0
      for p in keys.droppedPositions[k] where exchanged[p] { covered += 1 }
      if covered == needed && hits(total: total, keySet: k, cell: { cells[base + $0] }) { return true }
    }
    return false
  }

  /// Whether a row whose cell hashes sum to `total`, with the cell at key position `p` hashing to
  /// `cell(p)`, hits a unique real row's hash on key set `k` (the filter first, then its table).
  private func hits(total: UInt64, keySet k: Int, cell: (Int) -> UInt64) -> Bool {
    var h = total
    for p in keys.droppedPositions[k] { h = h &- cell(p) }
    return filter.mayHold(h, keySet: k) && uniques[k].mayContain(h)
  }

  /// Whether a row whose cell hashes sum to `total`, with the cell at key position `p` hashing to
  /// `cell(p)`, hits a unique real row's hash on some key set; key sets are asked from `first` on
  /// (round), and `first` becomes the one that hit.
  private func mayBeCopy(total: UInt64, from first: inout Int, cell: (Int) -> UInt64) -> Bool {
    let count = uniques.count
    var k = first < count ? first : 0
    for _ in 0..<count {
      if hits(total: total, keySet: k, cell: cell) {
        first = k
        return true
      }
      k = k + 1 == count ? 0 : k + 1
    }
    return false
  }

  /// For each of `rows` of `other` (which has the real table's columns), whether it equals a real
  /// row on a key set on which no other real row shares that row's values.
  func matches(of other: Table, rows: [Int], workers: Workers = .serial) -> [Bool] {
    var found = [Bool](repeating: false, count: rows.count)
    guard !rows.isEmpty else { return found }
    let totals = keys.totals(other, rows: rows)
    let hits = workers.map(uniques.count) { k -> [Int] in
      guard uniques[k].count > 0 else { return [] }
      let hashes = keys.hashes(other, rows: rows, totals: totals, keySet: k)
      let kept = keys.kept(k)
      // The positions that match, not a flag per row: fewer bytes per task than the rows.
      var positions: [Int] = []
      for (i, row) in rows.enumerated() where filter.mayHold(hashes[i], keySet: k) && uniques[k].contains(hashes[i], where: { real in kept.allSatisfy { RowIndex.same(table, real, other, row, column: $0) } }) {
        positions.append(i)
      }
      return positions
    }
    for list in hits { for i in list { found[i] = true } }
    return found
  }
}

/// The rows unique on one key set, by hash, in an open-addressing table whose slot holds a row and
/// its hash's upper 32 bits (the lower 32 choose the slot): 8 bytes a slot at most 3/4 full.
/// Sorted hashes, rows and a slot table took 20–28 bytes a row, 800 MB of wasm memory for the
/// 20 key sets of 2 million rows.
struct UniqueRowSet {
  /// Per slot, the hash's upper 32 bits above the row, or `empty`: one 8-byte load per probe
  /// (rows and tags in two arrays cost two cache misses, a third of the repair's time).
  private var slots: [UInt64]
  private static let empty = UInt64.max
  /// Rows held.
  let count: Int

  /// `rows` with their hashes (`hashes[row]`, one per row of the table).
  init(rows unique: [Int], hashes: [UInt64]) {
    count = unique.count
    let capacity = unique.count + unique.count / 3 + 1
    slots = [UInt64](repeating: Self.empty, count: capacity)
    for row in unique {
      let h = hashes[row]
      var s = Self.home(h, capacity)
      while slots[s] != Self.empty { s = s + 1 == capacity ? 0 : s + 1 }
      // Row numbers fit in 31 bits (a table's rows are counted in Int32 throughout the synthesis),
      // so a held slot never equals `empty`.
      slots[s] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(truncatingIfNeeded: row))
    }
  }

  /// The longest run of filled slots, which every probe into it walks (for tests).
  var longestRun: Int {
    var longest = 0, run = 0
    for slot in slots + slots {
      run = slot != Self.empty ? run + 1 : 0
      longest = max(longest, run)
    }
    return min(longest, slots.count)
  }

  /// The upper 32 bits of every held row's hash (which `mayContain` compares), in slot order.
  func forEachTag(_ body: (UInt64) -> Void) {
    for slot in slots where slot != Self.empty { body(slot >> 32) }
  }

  /// A slot from the hash's lower 32 bits, by multiplying instead of a modulo.
  private static func home(_ h: UInt64, _ capacity: Int) -> Int {
    Int(truncatingIfNeeded: ((h & 0xFFFF_FFFF) &* UInt64(capacity)) >> 32)
  }

  /// Whether a row with hash `h` may be here: "no" is exact; "yes" is wrong only when another
  /// row's hash agrees on the slot and the upper 32 bits.
  func mayContain(_ h: UInt64) -> Bool {
    contains(h) { _ in true }
  }

  /// Whether a row with hash `h` that `equal` confirms is here; `equal(row)` is asked of each
  /// held row whose hash may be `h`.
  func contains(_ h: UInt64, where equal: (Int) -> Bool) -> Bool {
    let capacity = slots.count
    guard count > 0 else { return false }
    let tag = h & 0xFFFF_FFFF_0000_0000
    var s = Self.home(h, capacity)
    while slots[s] != Self.empty {
      if slots[s] & 0xFFFF_FFFF_0000_0000 == tag && equal(Int(UInt32(truncatingIfNeeded: slots[s]))) { return true }
      s = s + 1 == capacity ? 0 : s + 1
    }
    return false
  }
}

/// A blocked Bloom filter over the (key set, upper 32 hash bits) pairs of a `NearCopyIndex`: two
/// bits in one 64-bit word per pair, 8 bits a pair, so a "no" (exact) costs one load from a table
/// an eighth of the index's size, and a "yes" is wrong about 5% of the time (then the key set's
/// own table answers).
struct KeySetFilter {
  private var words: [UInt64]

  init(_ sets: [UniqueRowSet]) {
    let pairs = sets.reduce(Int64(0)) { $0 + Int64($1.count) }
    words = [UInt64](repeating: 0, count: Int(pairs / 8 + 1))
    for (k, set) in sets.enumerated() {
      set.forEachTag { tag in
        let (word, mask) = self.place(tag, k)
        words[word] |= mask
      }
    }
  }

  /// Whether a row whose hash on key set `k` is `h` may be held (compares `h`'s upper 32 bits, as
  /// `UniqueRowSet.mayContain` does).
  func mayHold(_ h: UInt64, keySet k: Int) -> Bool {
    let (word, mask) = place(h >> 32, k)
    return words[word] & mask == mask
  }

  /// The word (by multiplying the mixed key's upper 32 bits by the word count and keeping the
  /// upper half: no modulo, and no 128-bit product, which wasm32 emulates) and the two bits (from
  /// its lowest 12 bits) of a tag on key set `k`.
  private func place(_ tag: UInt64, _ k: Int) -> (Int, UInt64) {
    let x = RowIndex.mix(UInt64(truncatingIfNeeded: k) << 32 | tag)
    let word = Int(truncatingIfNeeded: ((x >> 32) &* UInt64(words.count)) >> 32)
    return (word, 1 << (x & 63) | 1 << ((x >> 6) & 63))
  }
}
