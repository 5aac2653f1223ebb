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
      // Rows grouped by leaf; a row's partners are byLeaf[first...last], its leaf's group.
      let leaf = leaves[column]
      let byLeaf = all.sorted { (leaf[$0], $0) < (leaf[$1], $1) }
      var groupFirst = [Int](repeating: 0, count: table.rowCount), groupLast = groupFirst
      var start = 0
      for i in byLeaf.indices where i + 1 == byLeaf.count || leaf[byLeaf[i + 1]] != leaf[byLeaf[i]] {
        for j in start...i { groupFirst[byLeaf[j]] = start; groupLast[byLeaf[j]] = i }
        start = i + 1
      }
      var still: [Int] = []
      for row in copied {
        let first = groupFirst[row], size = groupLast[row] - first + 1
        var fixed = false
        if size > 1 {
          let offset = rng.nextInt(below: size)
          for k in 0..<min(size, candidates) {
            let partner = byLeaf[first + (offset + k) % size]
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

  static func swapCell(_ table: inout Table, _ c: Int, _ a: Int, _ b: Int) {
    if !table.columns[c].numbers.isEmpty { table.columns[c].numbers.swapAt(a, b) }
    if !table.columns[c].codes.isEmpty { table.columns[c].codes.swapAt(a, b) }
    if !table.columns[c].missing.isEmpty { table.columns[c].missing.swapAt(a, b) }
  }
}
