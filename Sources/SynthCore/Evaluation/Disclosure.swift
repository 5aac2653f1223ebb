/// Exact copies: how many rows of one table reappear unchanged in another.
///
/// A synthetic row identical to a real row can reveal that person. Some copying is expected by
/// chance when few columns take few values, so `holdoutIdenticalShare` gives the share found
/// between two random halves of the real data as a baseline to compare with.
enum Disclosure {
  /// The share of synthetic rows equal, on all `columns`, to at least one real row; 0 when the
  /// synthetic table has no rows.
  ///
  /// Values are equal when both are missing with the same code, or both observed with the same
  /// level code or the same number (compared by bit pattern, with -0.0 read as 0.0).
  /// - Complexity: O((n_o + n_s) · columns): hashes are radix-sorted.
  static func identicalRowShare(real: Table, synthetic: Table, columns: [Int]) -> Double {
    let index = RowIndex(real, rows: Array(0..<real.rowCount), columns: columns)
    return index.share(of: synthetic, rows: Array(0..<synthetic.rowCount))
  }

  /// The share of rows of a random half A of the real rows that equal some row of the other half B.
  ///
  /// The row indices are shuffled with `rng.shuffle`; A is the first ⌊n/2⌋ of them, B the rest.
  static func holdoutIdenticalShare(real: Table, columns: [Int], rng: inout RandomGenerator) -> Double {
    var order = Array(0..<real.rowCount)
    rng.shuffle(&order)
    let half = order.count / 2
    let index = RowIndex(real, rows: Array(order[half...]), columns: columns)
    return index.share(of: real, rows: Array(order[..<half]))
  }
}
