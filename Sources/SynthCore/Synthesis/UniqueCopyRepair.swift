/// Breaks up synthetic rows identical to a real row that no other real row shares: for some
/// column, the row exchanges that column and every column visited after it with another
/// synthetic row that fell into the same leaf when that column was drawn.
///
/// Both rows' values from that column on were drawn from the same conditional distribution, and
/// the exchanged part travels whole, so every marginal stays exact and the relations among the
/// exchanged columns stay as drawn; rejecting and redrawing the row instead would thin out rare
/// categories, which mostly occur in unique rows. Columns are tried from the last visited
/// backwards, so as little as possible is exchanged.
struct UniqueCopyRepair {
  /// Real rows that no other real row shares, on the synthetic table's columns.
  let uniques: RowIndex
  /// Partners tried per row and column.
  var candidates = 64

  /// The real rows of `table` that no other real row shares on `columns`, indexed on those columns.
  static func uniqueRows(_ table: Table, columns: [Int]) -> RowIndex {
    RowIndex(table.selecting(columns: columns), rows: RowIndex.uniqueRows(table, rows: Array(0..<table.rowCount), columns: columns), columns: Array(columns.indices))
  }

  /// Counts the copies (`keep`) or repairs them (`replace`), and says so in `notes`; `partner`
  /// says which rows the values were exchanged with, `copy` which copy this is (nil for one).
  func apply(
    _ handling: UniqueCopyHandling, to table: inout Table, leaves: [[Int32]], visit: [Int], partner: UniqueCopyPartner,
    copy: Int?, notes: inout [SynthesisNote], rng: inout RandomGenerator
  ) {
    if handling == .keep {
      let copied = uniques.matches(of: table, rows: Array(0..<table.rowCount)).reduce(0) { $0 + ($1 ? 1 : 0) }
      if copied > 0 { notes.append(.uniqueCopiesKept(copy: copy, rows: copied, of: table.rowCount)) }
      return
    }
    let (copied, left) = repair(&table, leaves: leaves, visit: visit, rng: &rng)
    if copied > 0 { notes.append(.uniqueCopiesChanged(copy: copy, rows: copied - left, partner: partner)) }
    if left > 0 { notes.append(.uniqueCopiesLeft(copy: copy, rows: left, of: table.rowCount)) }
  }

  /// Returns how many copies there were and how many remain. `leaves[k][row]` is the leaf row
  /// `row` fell into when column `k` of the synthetic table was drawn; `visit` lists those
  /// columns in visiting order.
  func repair(_ table: inout Table, leaves: [[Int32]], visit: [Int], rng: inout RandomGenerator) -> (copies: Int, left: Int) {
    let all = Array(0..<table.rowCount)
    let flags = uniques.matches(of: table, rows: all)
    var copied = all.filter { flags[$0] }
    let found = copied.count
    for (position, column) in visit.enumerated().reversed() where !copied.isEmpty && leaves[column].count == table.rowCount {
      let suffix = Array(visit[position...])
      // The rows of each leaf that holds a copy, in row order: a copy's partners.
      let members = Self.members(of: leaves[column], holding: copied)
      var still: [Int] = []
      for (i, row) in copied.enumerated() {
        let group = members.rows[members.groupOfCopy[i]]
        let size = group.count
        var fixed = false
        if size > 1 {
          let offset = rng.nextInt(below: size)
          for k in 0..<min(size, candidates) {
            let partner = group[(offset + k) % size]
            guard partner != row, !suffix.allSatisfy({ RowIndex.same(table, row, table, partner, column: $0) }) else { continue }
            for c in suffix { Self.swapCell(&table, c, row, partner) }
            if uniques.matches(of: table, rows: [row, partner]) == [false, false] { fixed = true; break }
            for c in suffix { Self.swapCell(&table, c, row, partner) }
          }
        }
        if !fixed { still.append(row) }
      }
      copied = still
    }
    return (found, copied.count)
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
      var low = 0, high = distinct.count
      while low < high {
        let mid = (low + high) / 2
        if distinct[mid] < k { low = mid + 1 } else { high = mid }
      }
      if low < distinct.count && distinct[low] == k { rows[low].append(row) }
    }
    var groupOfCopy: [Int] = []
    for row in copies {
      var low = 0, high = distinct.count
      while low < high {
        let mid = (low + high) / 2
        if distinct[mid] < leaf[row] { low = mid + 1 } else { high = mid }
      }
      groupOfCopy.append(low)
    }
    return (rows, groupOfCopy)
  }

  static func swapCell(_ table: inout Table, _ c: Int, _ a: Int, _ b: Int) {
    if !table.columns[c].numbers.isEmpty { table.columns[c].numbers.swapAt(a, b) }
    if !table.columns[c].codes.isEmpty { table.columns[c].codes.swapAt(a, b) }
    if !table.columns[c].missing.isEmpty { table.columns[c].missing.swapAt(a, b) }
  }
}
