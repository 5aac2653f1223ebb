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

/// Copies of real people that need not be identical: a synthetic row equal to a real row on some
/// key set, all the key columns or all but at most `differing` of them (`NearCopyKeys`). A repair
/// that changes one value of a copy leaves a row that still singles the person out, and identical
/// rows alone would not show it.
///
/// Per key set q, with n_d(q) and n_s(q) the real and synthetic rows sharing q's values:
///
///     near-identical share = #{synthetic s : ∃q n_d(q(s)) > 0} / N_s
///     near repU            = #{real r : ∃q n_d(q(r)) = 1 ∧ n_s(q(r)) = 1} / N_d   (percent)
///     copies of uniques    = #{synthetic s : ∃q n_d(q(s)) = 1}
///
/// repU over one key set is synthpop's; a real record counts once however many of its key sets
/// replicate it. The baseline is the near-identical share between two random halves of the real
/// rows (the first ⌊n/2⌋ of a `rng.shuffle`d order against the rest), as `Disclosure` does for
/// identical rows; the flag compares it with the synthetic rows against the same rest.
struct NearCopies {
  /// Columns a row may differ in (after the work limit of `NearCopyKeys`).
  var differing: Int
  /// What was asked (`--near-copies`).
  var requested: Int
  var keySets: Int
  /// Synthetic rows equal to some real row on a key set.
  var syntheticShare: Double
  /// Rows of a random real half A equal to some row of the other half B on a key set.
  var baselineShare: Double
  /// Synthetic rows equal to some row of B on a key set: compared with `baselineShare` for the flag.
  var syntheticHalfShare: Double
  var halfRows: Int
  var syntheticRows: Int
  var repU: Double
  var replicatedUniqueCount: Int
  /// Real rows unique on at least one key set.
  var uniqueInRealCount: Int
  /// Synthetic rows that equal a real row unique on a key set (what the repair removes).
  var copiesOfUniques: Int

  static func compute(real: Table, synthetic: Table, columns: [Int], differing: Int, rng: inout RandomGenerator) -> NearCopies {
    let nd = real.rowCount, ns = synthetic.rowCount
    let keys = NearCopyKeys(columns: columns, differing: differing, rows: nd + ns)
    let realRows = Array(0..<nd), syntheticRows = Array(0..<ns)
    let realTotals = keys.totals(real, rows: realRows), syntheticTotals = keys.totals(synthetic, rows: syntheticRows)
    // The random halves: A is the first ⌊n/2⌋ of a shuffled order, B the rest.
    var order = realRows
    rng.shuffle(&order)
    let half = nd / 2
    var inB = [Bool](repeating: false, count: nd)
    for r in order[half...] { inB[r] = true }
    var matched = [Bool](repeating: false, count: ns), copiesUnique = [Bool](repeating: false, count: ns)
    var matchedHalf = [Bool](repeating: false, count: ns), aMatchesB = [Bool](repeating: false, count: nd)
    var unique = [Bool](repeating: false, count: nd), replicated = [Bool](repeating: false, count: nd)
    // One grouping of real and synthetic rows per key set answers every question.
    for k in keys.dropped.indices {
      let hashes = keys.hashes(real, rows: realRows, totals: realTotals, keySet: k)
        + keys.hashes(synthetic, rows: syntheticRows, totals: syntheticTotals, keySet: k)
      let q = KeyDisclosure.groups(real, synthetic, columns: keys.kept(k), hashes: hashes)
      var realPerKey = [Int32](repeating: 0, count: q.count), synthPerKey = [Int32](repeating: 0, count: q.count)
      var hasB = [Bool](repeating: false, count: q.count)
      for (r, g) in q.real.enumerated() {
        realPerKey[Int(g)] += 1
        if inB[r] { hasB[Int(g)] = true }
      }
      for g in q.synthetic { synthPerKey[Int(g)] += 1 }
      for (s, g) in q.synthetic.enumerated() where realPerKey[Int(g)] > 0 {
        matched[s] = true
        if realPerKey[Int(g)] == 1 { copiesUnique[s] = true }
        if hasB[Int(g)] { matchedHalf[s] = true }
      }
      for (r, g) in q.real.enumerated() {
        if !inB[r] && hasB[Int(g)] { aMatchesB[r] = true }
        if realPerKey[Int(g)] == 1 {
          unique[r] = true
          if synthPerKey[Int(g)] == 1 { replicated[r] = true }
        }
      }
    }
    func share(_ flags: [Bool], of n: Int) -> Double { n > 0 ? Double(flags.filter { $0 }.count) / Double(n) : 0 }
    let replicatedCount = replicated.filter { $0 }.count
    return NearCopies(
      differing: keys.differing, requested: differing, keySets: keys.dropped.count,
      syntheticShare: share(matched, of: ns), baselineShare: share(aMatchesB, of: half), syntheticHalfShare: share(matchedHalf, of: ns),
      halfRows: half, syntheticRows: ns,
      repU: KeyDisclosure.percent(replicatedCount, of: nd), replicatedUniqueCount: replicatedCount,
      uniqueInRealCount: unique.filter { $0 }.count, copiesOfUniques: copiesUnique.filter { $0 }.count)
  }

  /// Synthetic rows match half the real rows more often than the other half does, beyond three
  /// standard errors of the difference.
  var flagged: Bool {
    let p = baselineShare, q = syntheticHalfShare
    let se = (p * (1 - p) / Double(max(halfRows, 1)) + q * (1 - q) / Double(max(syntheticRows, 1))).squareRoot()
    return q > p + 3 * max(se, 0.5 / Double(max(min(halfRows, syntheticRows), 1)))
  }
}
