/// Identity and attribute disclosure from key variables, as synthpop's `disclosure()`
/// (`R/disclosure.R`): the keys q are pasted into one quasi-identifier, t is the target.
///
/// Numbers are used as they are (each distinct value a level, synthpop without `ngroups`), and a
/// missing value is a value of its own per missing code (`usekeysNA = usetargetNA = TRUE`). With
/// n_d(q,t), n_s(q,t) the real and synthetic counts, p_s(t|q) = n_s(q,t)/n_s(q), N_d, N_s the
/// row counts, all in percent:
///
///     UiO   = #{q : n_d(q)=1}/N_d            UiS = #{q : n_s(q)=1}/N_s
///     UiOiS = #{q : n_d(q)=1 ∧ n_s(q)>0}/N_d repU = #{q : n_d(q)=1 ∧ n_s(q)=1}/N_d
///     Dorig = Σ_{p_d(t|q)=1} n_d(q,t)/N_d     Dsyn = Σ_{p_s(t|q)=1} n_s(q,t)/N_s
///     iS    = Σ_{n_s(q)>0} n_d(q)/N_d         DiS  = Σ_{q : ∃t p_s(t|q)=1} n_d(q)/N_d
///     DiSCO = Σ_{p_s(t|q)=1} n_d(q,t)/N_d     DiSDiO = DiSCO where also p_d(t|q)=1
///     baseCAPd = Σ_t (n_d(t)/N_d)²            CAPd = Σ_q n_d(q) Σ_t p_d(t|q)² / N_d
///     CAPs  = Σ_q n_s(q) Σ_t p_s(t|q)² / N_s  DCAP = Σ_{q,t} p_s(t|q) n_d(q,t) / N_d
///     TCAP  = DiSCO count / DiS count         (synthpop's `denom_TCAP`)
///
/// reference-systems.md §11 writes TCAP's denominator as Σ_{n_s(q)>0} n_d(q) (the iS count);
/// synthpop's code sums n_d(q) over keys with some p_s(t|q) = 1, which is the DiS count, and that
/// is used here. Without rows the percentages are NaN; without a target the attribute ones are.
/// - Complexity: O((N_d + N_s) · keys) for the key groups (hashes radix-sorted, equality confirmed),
///   plus O(N log N) for the key × target cells.
struct KeyDisclosure {
  var keys: [String]
  var target: String?
  var realRows: Int
  var syntheticRows: Int
  /// Distinct key combinations in the real data.
  var realKeyCount: Int
  // Identity, percent of real rows (UiS: of synthetic rows).
  var uniqueInReal: Double  // UiO
  var uniqueInSynthetic: Double  // UiS
  var uniqueInRealFoundInSynthetic: Double  // UiOiS
  var repU: Double
  var replicatedUniqueCount: Int
  var uniqueInRealCount: Int
  // Attribute, percent; NaN without a target.
  var dOrig = Double.nan, dSyn = Double.nan, iS = Double.nan, diS = Double.nan, disco = Double.nan
  var disDiO = Double.nan, baseCAPd = Double.nan, capD = Double.nan, capS = Double.nan, dcap = Double.nan
  var tcap = Double.nan

  static func compute(real: Table, synthetic: Table, keys: [Int], target: Int?) -> KeyDisclosure {
    let nd = real.rowCount, ns = synthetic.rowCount
    let q = Self.groups(real, synthetic, columns: keys)
    var result = KeyDisclosure(
      keys: keys.map { real.columns[$0].schema.name }, target: target.map { real.columns[$0].schema.name },
      realRows: nd, syntheticRows: ns, realKeyCount: 0, uniqueInReal: .nan, uniqueInSynthetic: .nan,
      uniqueInRealFoundInSynthetic: .nan, repU: .nan, replicatedUniqueCount: 0, uniqueInRealCount: 0)

    var realPerKey = [Int](repeating: 0, count: q.count), synthPerKey = [Int](repeating: 0, count: q.count)
    for g in q.real { realPerKey[Int(g)] += 1 }
    for g in q.synthetic { synthPerKey[Int(g)] += 1 }
    var uiO = 0, uiS = 0, uiOiS = 0, repU = 0, realKeys = 0
    for k in 0..<q.count {
      if realPerKey[k] > 0 { realKeys += 1 }
      if realPerKey[k] == 1 { uiO += 1 }
      if synthPerKey[k] == 1 { uiS += 1 }
      if realPerKey[k] == 1 && synthPerKey[k] > 0 { uiOiS += 1 }
      if realPerKey[k] == 1 && synthPerKey[k] == 1 { repU += 1 }
    }
    result.realKeyCount = realKeys
    result.uniqueInReal = percent(uiO, of: nd)
    result.uniqueInSynthetic = percent(uiS, of: ns)
    result.uniqueInRealFoundInSynthetic = percent(uiOiS, of: nd)
    result.repU = percent(repU, of: nd)
    result.replicatedUniqueCount = repU
    result.uniqueInRealCount = uiO
    guard let target else { return result }

    let t = Self.groups(real, synthetic, columns: [target])
    let targets = Int64(max(t.count, 1))
    var realCells = (0..<nd).map { Int64(q.real[$0]) * targets + Int64(t.real[$0]) }
    var synthCells = (0..<ns).map { Int64(q.synthetic[$0]) * targets + Int64(t.synthetic[$0]) }
    realCells.sort()
    synthCells.sort()
    var realPerTarget = [Int](repeating: 0, count: t.count)
    for g in t.real { realPerTarget[Int(g)] += 1 }

    // Walk the cells of both tables in key-then-target order; a key's cells are contiguous.
    var dOrig = 0, dSyn = 0, iS = 0, diS = 0, disco = 0, disDiO = 0
    var capD = 0.0, capS = 0.0, dcap = 0.0
    var keyHasSyntheticCertainty = false
    var i = 0, j = 0
    while i < realCells.count || j < synthCells.count {
      let cell = j >= synthCells.count || (i < realCells.count && realCells[i] <= synthCells[j]) ? realCells[i] : synthCells[j]
      var o = 0, s = 0
      while i < realCells.count && realCells[i] == cell { o += 1; i += 1 }
      while j < synthCells.count && synthCells[j] == cell { s += 1; j += 1 }
      let key = Int(cell / targets)
      let oq = realPerKey[key], sq = synthPerKey[key]
      let realCertain = o > 0 && o == oq, synthCertain = s > 0 && s == sq
      if realCertain { dOrig += o }
      if synthCertain {
        dSyn += s
        disco += o
        if realCertain { disDiO += o }
        keyHasSyntheticCertainty = true
      }
      if o > 0 { capD += Double(o) * Double(o) / Double(oq) }
      if s > 0 {
        capS += Double(s) * Double(s) / Double(sq)
        dcap += Double(s) / Double(sq) * Double(o)
      }
      // The last cell of a key: add its per-key sums.
      let next = nextCell(realCells, i, synthCells, j)
      if next == nil || Int(next! / targets) != key {
        if sq > 0 { iS += oq }
        if keyHasSyntheticCertainty { diS += oq }
        keyHasSyntheticCertainty = false
      }
    }
    result.dOrig = percent(dOrig, of: nd)
    result.dSyn = percent(dSyn, of: ns)
    result.iS = percent(iS, of: nd)
    result.diS = percent(diS, of: nd)
    result.disco = percent(disco, of: nd)
    result.disDiO = percent(disDiO, of: nd)
    var base = 0.0
    for n in realPerTarget { base += (Double(n) / Double(nd)) * (Double(n) / Double(nd)) }
    result.baseCAPd = nd > 0 ? base * 100 : .nan
    result.capD = nd > 0 ? capD / Double(nd) * 100 : .nan
    result.capS = ns > 0 ? capS / Double(ns) * 100 : .nan
    result.dcap = nd > 0 ? dcap / Double(nd) * 100 : .nan
    result.tcap = percent(disco, of: diS)
    return result
  }

  private static func nextCell(_ a: [Int64], _ i: Int, _ b: [Int64], _ j: Int) -> Int64? {
    if i < a.count && j < b.count { return min(a[i], b[j]) }
    if i < a.count { return a[i] }
    if j < b.count { return b[j] }
    return nil
  }

  static func percent(_ count: Int, of total: Int) -> Double {
    total > 0 ? Double(count) / Double(total) * 100 : .nan
  }

  /// A dense group number per row of both tables: rows share a group when they are equal on all
  /// `columns` (same missing code, same level code, same number with -0.0 as 0.0). Groups are
  /// numbered in hash order, which is the same on every platform. `hashes` (the real rows', then
  /// the synthetic rows') replace the row hashes, as for `RowIndex(_:rows:columns:hashes:)`.
  static func groups(_ real: Table, _ synthetic: Table, columns: [Int], hashes given: [UInt64]? = nil) -> (real: [Int32], synthetic: [Int32], count: Int) {
    let nd = real.rowCount
    let hashes = given ?? (RowIndex.hashes(real, rows: Array(0..<nd), columns: columns)
      + RowIndex.hashes(synthetic, rows: Array(0..<synthetic.rowCount), columns: columns))
    let (sortedHashes, rows) = RowIndex.sortedByHash(hashes, Array(0..<hashes.count))
    // Each row is first checked against the first row of its hash run, one column at a time
    // (which keeps each column's arrays at hand); only rows that differ from it, after a hash
    // collision, go the slow way.
    var leader = [Int](repeating: 0, count: rows.count)
    var start = 0
    while start < rows.count {
      var end = start + 1
      while end < rows.count && sortedHashes[end] == sortedHashes[start] { end += 1 }
      for k in start..<end { leader[k] = rows[start] }
      start = end
    }
    var confirmed = [Bool](repeating: true, count: rows.count)
    // Only rows that share their hash with an earlier row need comparing: in a wide table most
    // rows are alone, and a near-copy check groups the rows once per key set.
    let followers = (0..<rows.count).filter { rows[$0] != leader[$0] }
    for c in columns where !followers.isEmpty {
      let r = real.columns[c], s = synthetic.columns[c]
      for k in followers where confirmed[k] {
        let a = rows[k], b = leader[k]
        let same: Bool
        switch (a < nd, b < nd) {
        case (true, true): same = RowIndex.same(r, a, r, b)
        case (true, false): same = RowIndex.same(r, a, s, b - nd)
        case (false, true): same = RowIndex.same(s, a - nd, r, b)
        case (false, false): same = RowIndex.same(s, a - nd, s, b - nd)
        }
        if !same { confirmed[k] = false }
      }
    }
    func equal(_ a: Int, _ b: Int) -> Bool {
      for c in columns {
        let x = a < nd ? real.columns[c] : synthetic.columns[c], y = b < nd ? real.columns[c] : synthetic.columns[c]
        if !RowIndex.same(x, a < nd ? a : a - nd, y, b < nd ? b : b - nd) { return false }
      }
      return true
    }
    var group = [Int32](repeating: 0, count: hashes.count)
    var count: Int32 = 0
    start = 0
    while start < rows.count {
      var end = start + 1
      while end < rows.count && sortedHashes[end] == sortedHashes[start] { end += 1 }
      // One group per distinct row in the run; more than one only after a hash collision.
      let first = count
      count += 1
      if (start..<end).allSatisfy({ confirmed[$0] }) {
        // The usual run: no list of representatives (an allocation per run) is needed.
        for k in start..<end { group[rows[k]] = first }
        start = end
        continue
      }
      var representatives: [(row: Int, group: Int32)] = [(rows[start], first)]
      for k in start..<end {
        if confirmed[k] {
          group[rows[k]] = representatives[0].group
        } else if let found = representatives.first(where: { equal($0.row, rows[k]) }) {
          group[rows[k]] = found.group
        } else {
          representatives.append((rows[k], count))
          group[rows[k]] = count
          count += 1
        }
      }
      start = end
    }
    return (Array(group[..<nd]), Array(group[nd...]), Int(count))
  }
}

/// p5, median and mean of a set of distances; quantiles as R's `quantile(type = 7)`. NaN when empty.
struct DistanceSummary: Equatable {
  var p5, median, mean: Double

  init(p5: Double, median: Double, mean: Double) {
    self.p5 = p5
    self.median = median
    self.mean = mean
  }

  /// Summarises the finite values (an infinite distance means there was no row to compare with).
  init(_ values: [Double]) {
    let sorted = values.filter { $0.isFinite }.sorted()
    var sum = 0.0
    for v in sorted { sum += v }
    p5 = Statistics.quantile(sorted: sorted, 0.05)
    median = Statistics.quantile(sorted: sorted, 0.5)
    mean = sorted.isEmpty ? .nan : sum / Double(sorted.count)
  }
}

/// Query rows drawn without replacement: the first k of a `RandomGenerator.shuffle`d index list.
enum QuerySample {
  /// The first k steps of a Fisher-Yates shuffle: O(count) memory, O(k) draws.
  static func rows(_ count: Int, _ k: Int, _ rng: inout RandomGenerator) -> [Int] {
    var all = Array(0..<count)
    let take = max(0, min(k, count))
    for i in 0..<take { all.swapAt(i, i + rng.nextInt(below: count - i)) }
    return Array(all[..<take])
  }
}

/// Distance to closest record (SDMetrics DCR, `GowerDistance`), with a real-to-real baseline.
///
/// Synthetic rows are compared with all real rows; sampled real rows with all *other* real rows
/// (leave-one-out), which shows how close one real person sits to another. Both query samples
/// come from one `RandomGenerator(seed:)`: the synthetic rows first, then the real ones.
///
/// `flagged` is true when synthetic rows sit closer to real ones than real rows do:
///
///     shareBelowBaselineP5 > 0.05 + 3·√(0.05·0.95/n_s), or
///     exactMatchShare > baselineExactMatchShare + 3·√(p_s(1−p_s)/n_s + p_b(1−p_b)/n_b)
///
/// with n_s, n_b the synthetic and baseline query counts and p_s, p_b the exact-match shares
/// (a one-sided 3-standard-error test each; the first share is about 5% when the synthetic rows
/// are no closer than real ones). NaN fields (no rows, no columns) never flag.
struct DistanceToClosestRecord {
  /// Query rows requested per side; the counts used are `syntheticQueries` and `baselineQueries`.
  var sampleSize: Int
  var seed: UInt64
  /// Real rows searched (all of them: the search is exact).
  var referenceRows: Int
  var syntheticQueries: Int
  var baselineQueries: Int
  /// Synthetic → real: DCR of the sampled synthetic rows to all real rows.
  var synthetic: DistanceSummary
  /// Sampled real rows to all other real rows.
  var realBaseline: DistanceSummary
  /// Share of sampled synthetic rows whose DCR is below the baseline's 5th percentile.
  var shareBelowBaselineP5: Double
  /// Share of sampled synthetic rows with DCR 0.
  var exactMatchShare: Double
  var baselineExactMatchShare: Double
  var flagged: Bool

  static func compute(real: Table, synthetic: Table, columns: [Int], sampleSize: Int = 1000, seed: UInt64, progress: (Double) -> Void = { _ in })
    -> DistanceToClosestRecord
  {
    let gower = GowerDistance(columns: columns, real: [real], others: [synthetic])
    let search = NearestRecordSearch(gower: gower, reference: real)
    var rng = RandomGenerator(seed: seed)
    let syntheticRows = QuerySample.rows(synthetic.rowCount, sampleSize, &rng)
    let realRows = QuerySample.rows(real.rowCount, sampleSize, &rng)
    let queries = Double(max(syntheticRows.count + realRows.count, 1))
    let toReal = search.nearest(synthetic, rows: syntheticRows) { progress($0 * Double(syntheticRows.count) / queries) }
    let baseline = search.nearest(real, rows: realRows, excludingSelf: true) { progress((Double(syntheticRows.count) + $0 * Double(realRows.count)) / queries) }
      .filter { $0.isFinite }
    let syntheticSummary = DistanceSummary(toReal), baselineSummary = DistanceSummary(baseline)
    let below = share(toReal) { $0 < baselineSummary.p5 }
    let exact = share(toReal) { $0 == 0 }, baselineExact = share(baseline) { $0 == 0 }
    let ns = Double(toReal.count), nb = Double(baseline.count)
    let closeFlag = below > 0.05 + 3 * (0.05 * 0.95 / ns).squareRoot()
    let standardError = (exact * (1 - exact) / ns + baselineExact * (1 - baselineExact) / nb).squareRoot()
    let exactFlag = exact > baselineExact + 3 * standardError
    return DistanceToClosestRecord(
      sampleSize: sampleSize, seed: seed, referenceRows: real.rowCount, syntheticQueries: toReal.count,
      baselineQueries: baseline.count, synthetic: syntheticSummary, realBaseline: baselineSummary,
      shareBelowBaselineP5: below, exactMatchShare: exact, baselineExactMatchShare: baselineExact,
      flagged: closeFlag || exactFlag)
  }

  /// The share of `values` (not NaN) meeting `condition`; NaN when there are none.
  static func share(_ values: [Double], where condition: (Double) -> Bool) -> Double {
    var count = 0, total = 0
    for v in values where !v.isNaN {
      total += 1
      if condition(v) { count += 1 }
    }
    return total > 0 ? Double(count) / Double(total) : .nan
  }
}

/// Privacy against a holdout: the synthesiser saw only the `training` real rows, and `holdout`
/// rows were kept back, so synthetic rows should be no closer to training rows than to holdout
/// rows (DUOpop `privacy_evaluation`, with Gower distance instead of Hamming).
///
///     share = (#{d_train < d_hold} + ½·#{d_train = d_hold}) / n     (ideal 0.5)
///
/// for each sampled synthetic row's smallest distance to training and to holdout rows. Copied
/// outliers (DUOpop `calculate_DCR`): sampled training rows r with RRD(r), the distance to the
/// closest other training row, above the type-7 95% quantile of the sampled RRDs, and SRD(r), the
/// distance to the closest synthetic row, below 0.005. Ranges come from training and holdout
/// together. `flagged`: share > 0.5 + 3·√(0.25/n), or any copied outlier.
/// One `RandomGenerator(seed:)` draws the synthetic sample, then the training sample.
struct HoldoutPrivacy {
  var sampleSize: Int
  var seed: UInt64
  var syntheticQueries: Int
  var trainingQueries: Int
  var shareCloserToTraining: Double
  var closer: Int
  var farther: Int
  var ties: Int
  var meanDistanceTraining: Double
  var meanDistanceHoldout: Double
  /// Among sampled training rows.
  var copiedOutliers: Int
  /// Sampled training rows above the RRD 95% quantile.
  var outlierCandidates: Int
  var flagged: Bool

  static func compute(
    training: Table, holdout: Table, synthetic: Table, columns: [Int], sampleSize: Int = 1000, seed: UInt64, progress: (Double) -> Void = { _ in }
  ) -> HoldoutPrivacy {
    let gower = GowerDistance(columns: columns, real: [training, holdout], others: [synthetic])
    let trainingSearch = NearestRecordSearch(gower: gower, reference: training)
    let holdoutSearch = NearestRecordSearch(gower: gower, reference: holdout)
    var rng = RandomGenerator(seed: seed)
    let syntheticRows = QuerySample.rows(synthetic.rowCount, sampleSize, &rng)
    let trainingRows = QuerySample.rows(training.rowCount, sampleSize, &rng)
    // Four searches of about equal size.
    let toTraining = trainingSearch.nearest(synthetic, rows: syntheticRows) { progress($0 / 4) }
    let toHoldout = holdoutSearch.nearest(synthetic, rows: syntheticRows) { progress((1 + $0) / 4) }
    var closer = 0, farther = 0, ties = 0
    for (a, b) in zip(toTraining, toHoldout) where a.isFinite && b.isFinite {
      if a < b { closer += 1 } else if a > b { farther += 1 } else { ties += 1 }
    }
    let n = closer + farther + ties
    let share = n > 0 ? (Double(closer) + 0.5 * Double(ties)) / Double(n) : .nan

    let rrd = trainingSearch.nearest(training, rows: trainingRows, excludingSelf: true) { progress((2 + $0) / 4) }
    let srd = NearestRecordSearch(gower: gower, reference: synthetic).nearest(training, rows: trainingRows) { progress((3 + $0) / 4) }
    let q95 = Statistics.quantile(sorted: rrd.filter { $0.isFinite }.sorted(), 0.95)
    var candidates = 0, copied = 0
    for (r, s) in zip(rrd, srd) where r.isFinite && r > q95 {
      candidates += 1
      if s < 0.005 { copied += 1 }
    }
    return HoldoutPrivacy(
      sampleSize: sampleSize, seed: seed, syntheticQueries: syntheticRows.count, trainingQueries: trainingRows.count,
      shareCloserToTraining: share, closer: closer, farther: farther, ties: ties,
      meanDistanceTraining: DistanceSummary(toTraining).mean, meanDistanceHoldout: DistanceSummary(toHoldout).mean,
      copiedOutliers: copied, outlierCandidates: candidates,
      flagged: share > 0.5 + 3 * (0.25 / Double(n)).squareRoot() || copied > 0)
  }
}
