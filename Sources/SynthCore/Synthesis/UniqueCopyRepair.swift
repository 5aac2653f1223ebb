/// Breaks up synthetic rows that copy a real person: rows equal to a real row that no other real
/// row shares, on all columns or on all but `NearCopyKeys.differing` of them (a near-copy reveals
/// the person almost as well). For some column, the row exchanges that column and every column
/// visited after it with another synthetic row that fell into the same leaf when that column was
/// drawn.
///
/// Both rows' values from that column on were drawn from the same conditional distribution, and
/// the exchanged part travels whole, so every marginal stays exact and the relations among the
/// exchanged columns stay as drawn; rejecting and redrawing the row instead would thin out rare
/// categories, which mostly occur in unique rows. Columns are tried from the last visited
/// backwards, so as little as possible is exchanged: a near-copy needs more than its last column
/// exchanged, and the search goes on until neither row matches a unique real row. A row that no
/// leaf partner fixes is tried with any synthetic row (the tree's root) last.
struct UniqueCopyRepair {
  /// Real rows that no other real row shares on a key set, on the synthetic table's columns.
  let uniques: NearCopyIndex
  /// The host's threads, for finding the copies.
  var workers = Workers.serial
  /// Partners tried per row and column.
  var candidates = 64
  /// Leaf partners tried in all, per synthetic row: when most rows copy a person, no leaf partner
  /// may help (flights' month, day, time and carrier: every partner in a day's leaf carries a real
  /// time of that day), and trying 64 for every row and column took a minute where keeping the
  /// copies took one second. Past this work the rows left go to partners from anywhere (there:
  /// 64 s → 12 s; median pair S_pMSE 5.4 → 6.5, 4.6 with 64 tries per row in 28 s).
  static let leafTriesPerRow: Int64 = 16
  /// Leaf tries after which a search that rarely succeeds stops (see `repair`): about a quarter
  /// of a second, so tables where the repair is quick anyway keep the whole search.
  static let hopelessAfter: Int64 = 1_000_000
  static let hopelessRate: Int64 = 64

  /// After `spent` leaf tries that fixed `fixed` rows, whether to leave the rest to partners from anywhere.
  static func leafSearchIsHopeless(spent: Int64, fixed: Int64) -> Bool {
    spent >= hopelessAfter && fixed * hopelessRate < spent
  }

  /// The real rows of `table` that no other real row shares on all but `differing` of `columns`,
  /// indexed on those columns (positions 0..<columns.count, as in the synthetic table).
  static func index(_ table: Table, columns: [Int], differing: Int, workers: Workers) -> NearCopyIndex {
    NearCopyIndex(table.selecting(columns: columns), columns: Array(columns.indices), differing: differing, workers: workers)
  }

  /// Counts the copies (`keep`) or repairs them (`replace`), and says so in `notes`; `partner`
  /// says which rows the values were exchanged with, `copy` which copy this is (nil for one).
  func apply(
    _ handling: UniqueCopyHandling, to table: inout Table, leaves: [[Int32]], visit: [Int], partner: UniqueCopyPartner,
    copy: Int?, notes: inout [SynthesisNote], rng: inout RandomGenerator
  ) {
    let differing = uniques.keys.differing
    if handling == .keep {
      let copied = uniques.matches(of: table, rows: Array(0..<table.rowCount), workers: workers).reduce(0) { $0 + ($1 ? 1 : 0) }
      if copied > 0 { notes.append(.uniqueCopiesKept(copy: copy, rows: copied, of: table.rowCount, differing: differing)) }
      return
    }
    let outcome = repair(&table, leaves: leaves, visit: visit, rng: &rng)
    if outcome.copies > outcome.left {
      notes.append(.uniqueCopiesChanged(copy: copy, rows: outcome.copies - outcome.left, partner: partner, differing: differing, anyRow: outcome.anyRow))
    }
    if outcome.left > 0 { notes.append(.uniqueCopiesLeft(copy: copy, rows: outcome.left, of: table.rowCount, differing: differing)) }
  }

  /// How many copies there were, how many remain, and how many were fixed only with a partner
  /// from anywhere. `leaves[k][row]` is the leaf row `row` fell into when column `k` of the
  /// synthetic table was drawn; `visit` lists those columns in visiting order.
  func repair(_ table: inout Table, leaves: [[Int32]], visit: [Int], rng: inout RandomGenerator) -> (copies: Int, left: Int, anyRow: Int) {
    let all = Array(0..<table.rowCount)
    let flags = uniques.matches(of: table, rows: all, workers: workers)
    var cells = uniques.cellHashes(of: table)
    var copied = all.filter { flags[$0] }
    let found = copied.count
    let budget = Int64(table.rowCount) * Self.leafTriesPerRow
    var leafTries = budget, leafFixed: Int64 = 0
    // Leaf partners are tried while they help: past `hopelessAfter` tries, a search in which
    // fewer than one try in `hopelessRate` found a partner leaves the rest to partners from
    // anywhere (flights' month, day, time and carrier: 1 in 215, and the leaf search was half the
    // repair's time; median pair S_pMSE 6.5 → 6.65 for 3.6 → 2.8 s).
    var hint = 0
    func hopeless() -> Bool { Self.leafSearchIsHopeless(spent: budget - leafTries, fixed: leafFixed) }
    for (position, column) in visit.enumerated().reversed() where !copied.isEmpty && leaves[column].count == table.rowCount {
      // The rows of each leaf that holds a copy, in row order: a copy's partners.
      let members = Self.members(of: leaves[column], holding: copied)
      let suffix = Suffix(Array(visit[position...]), table: table, leaves: leaves, width: uniques.keys.columns.count)
      copied = copied.enumerated().filter { (i, row) in
        if leafTries <= 0 || hopeless() { return true }
        let fixed = exchange(&table, &cells, row, suffix, partners: members.rows[members.groupOfCopy[i]], leaves: leaves, tries: &leafTries, hint: &hint, rng: &rng)
        if fixed { leafFixed += 1 }
        return !fixed
      }.map { $0.1 }
    }
    // The tree's root: any synthetic row, the latest column first.
    let left = copied.count
    var rootTries = Int64.max
    for position in visit.indices.reversed() where !copied.isEmpty {
      let suffix = Suffix(Array(visit[position...]), table: table, leaves: leaves, width: uniques.keys.columns.count)
      copied = copied.filter { !exchange(&table, &cells, $0, suffix, partners: all, leaves: leaves, tries: &rootTries, hint: &hint, rng: &rng) }
    }
    return (found, copied.count, left - copied.count)
  }

  /// The columns a repair exchanges (a visit order's suffix) and what `exchange` compares besides,
  /// worked out once per suffix rather than per row.
  private struct Suffix {
    /// The exchanged columns, in visit order.
    let columns: [Int]
    /// The exchanged and the other columns, each split into key positions (compared by cell
    /// hashes) and the rest (compared by value).
    let keyColumns: [Int], otherColumns: [Int], keyRest: [Int], otherRest: [Int]
    /// Exchanged columns after the first whose leaves cover every row.
    let later: [Int]
    /// Per key position, whether it is exchanged.
    let exchanged: [Bool]
    /// A partner's fit: `laterWeight` for each later leaf shared (more than all other columns
    /// together), 1 for each other column equal; `perfect` when everything is shared.
    let laterWeight: Int, perfect: Int

    init(_ columns: [Int], table: Table, leaves: [[Int32]], width: Int) {
      self.columns = columns
      let rest = (0..<table.columns.count).filter { !columns.contains($0) }
      keyColumns = columns.filter { $0 < width }
      otherColumns = columns.filter { $0 >= width }
      keyRest = rest.filter { $0 < width }
      otherRest = rest.filter { $0 >= width }
      later = columns.dropFirst().filter { leaves[$0].count == table.rowCount }
      var exchanged = [Bool](repeating: false, count: width)
      for c in keyColumns { exchanged[c] = true }
      self.exchanged = exchanged
      laterWeight = rest.count + 1
      perfect = later.count * laterWeight + rest.count
    }
  }

  /// Exchanges `suffix` of `row` with one of `partners` (up to `candidates` of them, from a random
  /// start, each trial counted against `tries`) so that neither row copies a unique real row;
  /// false, with the table unchanged, when none does. Of the partners that would do, the one that fits best is taken: first, it fell
  /// into the row's leaf for most later columns of the suffix (its values there were drawn from
  /// the distribution the row's own would have been); then, it equals the row on most columns
  /// outside the suffix.
  private func exchange(
    _ table: inout Table, _ cells: inout [UInt64], _ row: Int, _ suffix: Suffix, partners group: [Int], leaves: [[Int32]], tries: inout Int64,
    hint: inout Int, rng: inout RandomGenerator
  ) -> Bool {
    let size = group.count
    guard size > 1 else { return false }
    // Cells compare by their hashes, which differ when the values do (a bijection per column).
    let width = uniques.keys.columns.count
    let offset = rng.nextInt(below: size)
    // When no partner can help, the search below tries every candidate and fails; only its tries count.
    let hopeless = uniques.staysCopy(row, whatever: suffix.exchanged, cells: cells)
    var best = -1, bestFit = -1
    cells.withUnsafeBufferPointer { cell in
      let own = row * width
      for k in 0..<min(size, candidates) {
        let partner = group[(offset + k) % size]
        guard partner != row else { continue }
        let other = partner * width
        // A partner equal on every exchanged column changes nothing.
        var differs = false
        for c in suffix.keyColumns where cell[own + c] != cell[other + c] {
          differs = true
          break
        }
        if !differs { differs = !suffix.otherColumns.allSatisfy { RowIndex.same(table, row, table, partner, column: $0) } }
        guard differs else { continue }
        if hopeless {
          guard tries > 0 else { break }
          tries -= 1
          continue
        }
        var fit = 0
        for c in suffix.later where leaves[c][row] == leaves[c][partner] { fit += suffix.laterWeight }
        for c in suffix.keyRest where cell[own + c] == cell[other + c] { fit += 1 }
        for c in suffix.otherRest where RowIndex.same(table, row, table, partner, column: c) { fit += 1 }
        guard fit > bestFit else { continue }
        guard tries > 0 else { break }
        tries -= 1
        if !uniques.eitherMayBeCopy(exchanging: row, partner, at: suffix.exchanged, cells: cells, hint: &hint) {
          best = partner
          bestFit = fit
          if fit == suffix.perfect { break }
        }
      }
    }
    guard best >= 0 else { return false }
    swap(&table, &cells, suffix.columns, row, best)
    return true
  }

  /// Exchanges the `suffix` columns of rows `a` and `b`, with their cell hashes.
  private func swap(_ table: inout Table, _ cells: inout [UInt64], _ suffix: [Int], _ a: Int, _ b: Int) {
    let width = uniques.keys.columns.count
    for c in suffix {
      Self.swapCell(&table, c, a, b)
      // The index's key columns are the synthetic table's columns, position for position.
      if c < width { cells.swapAt(a * width + c, b * width + c) }
    }
  }

  /// For the leaves that hold one of `copies`: their rows in row order, and which of them each
  /// copy's leaf is (in the order of `copies`). One pass over the rows, however many leaves there are.
  static func members(of leaf: [Int32], holding copies: [Int]) -> (rows: [[Int]], groupOfCopy: [Int]) {
    var wanted = copies.map { leaf[$0] }
    wanted.sort()
    var distinct: [Int32] = []
    for k in wanted where distinct.last != k { distinct.append(k) }
    var rows = [[Int]](repeating: [], count: distinct.count)
    for (row, k) in leaf.enumerated() {
      let low = SortedSearch.lowerBound(distinct, k)
      if low < distinct.count && distinct[low] == k { rows[low].append(row) }
    }
    var groupOfCopy: [Int] = []
    for row in copies { groupOfCopy.append(SortedSearch.lowerBound(distinct, leaf[row])) }
    return (rows, groupOfCopy)
  }

  static func swapCell(_ table: inout Table, _ c: Int, _ a: Int, _ b: Int) {
    if !table.columns[c].numbers.isEmpty { table.columns[c].numbers.swapAt(a, b) }
    if !table.columns[c].codes.isEmpty { table.columns[c].codes.swapAt(a, b) }
    if !table.columns[c].missing.isEmpty { table.columns[c].missing.swapAt(a, b) }
  }
}

extension NearCopyKeys {
  /// A note when the work limit, not the table's width, checked fewer columns than asked.
  func limitedNote(asked: Int) -> SynthesisNote? {
    differing < min(asked, max(columns.count - 1, 0)) ? .nearCopiesLimited(asked: asked, checked: differing) : nil
  }
}
