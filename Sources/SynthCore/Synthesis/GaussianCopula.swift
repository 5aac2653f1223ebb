/// The Gaussian copula synthesiser: every column is mapped to normal scores through its own
/// marginal, the scores' correlation is estimated, new scores are drawn from that multivariate
/// normal and mapped back through the marginals.
///
///     z_ij = Φ⁻¹(F̂_j(x_ij))     R = corr(z)     z* = L·e (LLᵀ = R, e ~ N(0, I))     x*_j = F̂_j⁻¹(Φ(z*_j))
///
/// Marginals are empirical by default, so every column keeps its distribution almost exactly:
/// numbers are drawn from their own sorted values (interpolated within the observed range for
/// near-continuous decimals; whole numbers, dates and few-valued columns keep their support).
/// Categories own an interval of [0, 1] as wide as their share (SDV's frequency encoding), so a
/// column with 1,000 levels is one dimension, not 1,000. A column with missing values gets a
/// missingness dimension (observed, or which missing code) that joins the copula, so missingness
/// keeps its relations with the other columns.
struct GaussianCopula {
  let config: SynthesisConfig
  /// The correlation matrix is repaired by an O(n³) eigen-decomposition per sweep: 500 dimensions
  /// take about a second, 10,000 would take hours.
  static let maxDimensions = 500
  /// Smallest eigenvalue (and Cholesky pivot) a correlation matrix keeps.
  static let eigenvalueFloor = 1e-6

  /// One dimension of the copula.
  struct Dimension {
    enum Role {
      /// Numbers of the column: sorted observed values (empirical marginal) or a fitted distribution.
      case values(sorted: [Double], continuous: Bool, parametric: ParametricMarginal?)
      /// Levels (or false/true, or observed/missing codes) in interval order: `order[k]` owns
      /// `[bounds[k], bounds[k + 1])`.
      case intervals(order: [Int32], bounds: [Double])
    }
    var column: Int
    var isMissingness: Bool
    var role: Role
    /// Normal score per training row; NaN where this dimension is not observed (a missing value).
    var scores: [Double]
  }

  /// A copula fitted to one stratum: its dimensions (without their training scores) and the
  /// Cholesky factor of their repaired correlation matrix.
  struct Model {
    var dimensions: [Dimension]
    var factor: Cholesky
  }

  func run(_ input: Table, progress: @escaping ProgressHandler = { _, _ in }) throws(SynthesisError) -> SynthesisResult {
    var notes: [SynthesisNote] = []
    var reporter = ProgressReporter(progress)
    let kept = try keptColumns(input, notes: &notes)
    // All-missing columns have nothing to model; they are written all missing, as CART writes them.
    let columns = kept.filter { input.columns[$0].schema.kind != .empty }
    let names = kept.map { input.columns[$0].schema.name }
    guard !columns.isEmpty else {
      var rng = RandomGenerator(seed: config.seed, stream: .synthesis)
      let rows = config.rows ?? input.rowCount
      let copies = (0..<config.copies).map { _ in Self.restoringEmpty(input.selecting(columns: []), rows: rows, from: input, kept: kept, rng: &rng) }
      return SynthesisResult(copies: copies, visitOrder: names, notes: notes, summary: .copula(strata: nil))
    }
    var rng = RandomGenerator(seed: config.seed, stream: .synthesis)
    let prepared = try MissingValuePreparation(handling: config.missingValues, cart: config.cart)
      .prepare(input, columns: columns, notes: &notes, rng: &rng)
    guard prepared.rowCount > 0 else { throw .noRowsLeft(dropped: input.rowCount) }
    let dimensionCount = columns.reduce(0) { total, c in
      // As `dimensions(_:)` makes them: values (levels, booleans or numbers), then missingness.
      let column = prepared.columns[c]
      let hasValues = column.usesLevels || column.schema.kind == .boolean || column.schema.kind.isNumeric
      return total + (hasValues ? 1 : 0) + (column.missing.contains { $0 != 0 } ? 1 : 0)
    }
    guard dimensionCount <= Self.maxDimensions else {
      throw .copulaDimensions(needed: dimensionCount, most: Self.maxDimensions)
    }
    reporter.report("stratifying", 0)
    let strata = try self.strata(prepared, columns: columns, dimensions: dimensionCount)
    let minimumRows = CopulaStrata.minimumRows(dimensions: dimensionCount)
    let summary = strata.splitColumns.isEmpty ? nil : CopulaStrataSummary(count: strata.strata.count, columns: strata.splitColumns, minimumRows: minimumRows)
    if let summary {
      notes.append(.copulaStrata(count: summary.count, columns: summary.columns, minimumRows: minimumRows))
    }
    var models: [Model] = []
    var marginalNotes: [SynthesisNote] = []
    // Strata copy only the synthesised columns; the others stay empty (same positions).
    var synthesised = prepared
    for c in synthesised.columns.indices where !columns.contains(c) { synthesised.columns[c] = Column(schema: prepared.columns[c].schema) }
    for (s, rows) in strata.strata.enumerated() {
      reporter.report("fitting", 0.4 * Double(s) / Double(strata.strata.count))
      models.append(fit(synthesised.selecting(rows: rows), columns: columns, notes: &marginalNotes))
    }
    notes += SynthesisNote.counted(marginalNotes, strata: strata.strata.count)
    let rows = config.rows ?? prepared.rowCount
    let allocation = Self.allocate(rows, over: strata.strata.map { $0.count })
    let uniques = UniqueCopyRepair.index(prepared, columns: columns, differing: config.nearCopyColumns, workers: config.workers)
    if let limited = uniques.keys.limitedNote(asked: config.nearCopyColumns) { notes.append(limited) }
    // Every column of a row is drawn within its stratum, so the stratum is each column's "leaf".
    var stratumOfDrawn: [Int32] = []
    for (s, count) in allocation.enumerated() { stratumOfDrawn += [Int32](repeating: Int32(s), count: count) }
    var copies: [Table] = []
    // A stream of its own, so a table's all-missing columns change no drawn value.
    var emptyRNG = RandomGenerator(seed: config.seed, stream: .copulaEmptyColumns)
    var ruleRNG = RandomGenerator(seed: config.seed, stream: .rules)
    for copy in 0..<config.copies {
      reporter.report("drawing", 0.4 + 0.6 * Double(copy) / Double(config.copies))
      var parts: [Table] = []
      for (s, model) in models.enumerated() {
        parts.append(draw(prepared, columns: columns, model.dimensions, factor: model.factor, rows: allocation[s], rng: &rng))
      }
      var order = Array(0..<rows)
      if parts.count > 1 { rng.shuffle(&order) }
      var drawn = Table.concatenating(parts).selecting(rows: order)
      let stratumOfRow = order.map { stratumOfDrawn[$0] }
      let tails = CopulaTails.apply(real: prepared, synthetic: &drawn, columns: columns, smooth: config.smoothTails, rng: &rng)
      if !tails.isEmpty { notes.append(.copulaTails(copy: config.copies > 1 ? copy + 1 : nil, counts: tails, smoothed: config.smoothTails)) }
      UniqueCopyRepair(uniques: uniques, workers: config.workers).apply(
        config.uniqueCopies, to: &drawn, leaves: columns.map { _ in stratumOfRow }, visit: Array(columns.indices),
        partner: strata.strata.count > 1 ? .stratum : .anyRow, copy: config.copies > 1 ? copy + 1 : nil, notes: &notes, rng: &rng)
      try RuleEnforcement(rules: config.rules).apply(
        to: &drawn, real: prepared, leaves: columns.map { _ in stratumOfRow }, visit: Array(columns.indices),
        copy: config.copies > 1 ? copy + 1 : nil, notes: &notes, rng: &ruleRNG)
      copies.append(kept.count == columns.count ? drawn : Self.restoringEmpty(drawn, rows: rows, from: input, kept: kept, rng: &emptyRNG))
    }
    reporter.report("drawing", 1)
    return SynthesisResult(copies: copies, visitOrder: names, notes: notes, summary: .copula(strata: summary))
  }

  /// The strata the user asked for: none, the tree's choice among all categorical columns, or the
  /// tree's choice among the named ones.
  private func strata(_ table: Table, columns: [Int], dimensions: Int) throws(SynthesisError) -> CopulaStrata {
    let candidates: [Int]
    switch config.strata {
    case .none:
      return CopulaStrata(rows: table.rowCount)
    case .automatic:
      candidates = columns
    case .names(let names):
      var chosen: [Int] = []
      for name in names {
        guard let c = table.column(named: name), columns.contains(c) else {
          throw .strataNotSynthesised(column: name)
        }
        chosen.append(c)
      }
      candidates = chosen
    }
    return CopulaStrata(table, columns: columns, candidates: candidates, minimumRows: CopulaStrata.minimumRows(dimensions: dimensions))
  }

  /// Marginals, category order, repaired correlation and its Cholesky factor for one stratum.
  private func fit(_ table: Table, columns: [Int], notes: inout [SynthesisNote]) -> Model {
    var dimensions: [Dimension] = []
    for c in columns { dimensions += Self.dimensions(table.columns[c], column: c, parametric: config.parametricMarginals, notes: &notes) }
    Self.orderCategories(&dimensions, table)
    let n = dimensions.count
    let correlation = Self.correlation(dimensions)
    for d in dimensions.indices { dimensions[d].scores = [] }
    // A matrix that factorises with every pivot above the eigenvalue floor needs no repair; the
    // repair's eigen-decomposition is the costliest step for many small strata.
    let direct = Cholesky(correlation, size: n, tolerance: Self.eigenvalueFloor)
    if direct.rank == n { return Model(dimensions: dimensions, factor: direct) }
    let repaired = SymmetricEigen.nearestPositiveDefinite(correlation, size: n, floor: Self.eigenvalueFloor)
    return Model(dimensions: dimensions, factor: Cholesky(repaired, size: n, tolerance: 1e-12))
  }

  /// `rows` shared in proportion to `sizes`, the remainders going to the largest fractions
  /// (ties to the earlier stratum), so the parts add up exactly.
  static func allocate(_ rows: Int, over sizes: [Int]) -> [Int] {
    let total = Int64(sizes.reduce(0, +))
    guard total > 0 else { return sizes.map { _ in 0 } }
    var shares = sizes.map { Int((Int64(rows) * Int64($0)) / total) }
    let remainders = sizes.map { (Int64(rows) * Int64($0)) % total }
    let order = sizes.indices.sorted { remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1) }
    var left = rows - shares.reduce(0, +)
    for s in order where left > 0 { shares[s] += 1; left -= 1 }
    return shares
  }

  /// The columns to write, in table order: the sequential synthesiser's choice (excluded columns
  /// out, the user's --visit list checked the same way).
  private func keptColumns(_ table: Table, notes: inout [SynthesisNote]) throws(SynthesisError) -> [Int] {
    let columns = try Synthesis.visitOrder(table, config.visit, notes: &notes).sorted()
    guard !columns.isEmpty else { throw .nothingToSynthesise }
    return columns
  }

  /// `drawn` (the non-empty columns of `kept`, in order) with the all-missing columns of `kept`
  /// back in place, each row a missing code drawn from the real column's.
  static func restoringEmpty(_ drawn: Table, rows: Int, from real: Table, kept: [Int], rng: inout RandomGenerator) -> Table {
    var table = drawn
    table.rowCount = rows
    var next = 0
    table.columns = kept.map { c in
      let source = real.columns[c]
      guard source.schema.kind == .empty else { next += 1; return drawn.columns[next - 1] }
      var column = Column(schema: source.schema)
      column.missing = (0..<rows).map { _ in source.missing.isEmpty ? 1 : source.missing[rng.nextInt(below: source.missing.count)] }
      return column
    }
    return table
  }

  // MARK: Marginals

  /// The column's dimensions: its missingness (when it has missing values), then its values.
  static func dimensions(_ column: Column, column c: Int, parametric: Bool, notes: inout [SynthesisNote]) -> [Dimension] {
    let rows = max(column.numbers.count, column.codes.count, column.missing.count)
    var result: [Dimension] = []
    let largestCode = Int(column.missing.max() ?? 0)
    if largestCode > 0 {
      let classes = column.missing.map { Int32($0) }
      result.append(intervalDimension(classes, classCount: largestCode + 1, column: c, isMissingness: true))
    }
    let observed = (0..<rows).filter { !column.isMissing($0) }
    if column.usesLevels || column.schema.kind == .boolean {
      let classCount = column.usesLevels ? column.levels.count : 2
      result.append(intervalDimension(classes(column, rows: rows), classCount: classCount, column: c, isMissingness: false))
    } else if column.schema.kind.isNumeric {
      let values = observed.map { column.numbers[$0] }
      let sorted = RadixSort.sorted(values)
      var distinct = 0
      for i in sorted.indices where i == 0 || sorted[i] != sorted[i - 1] { distinct += 1 }
      let continuous = column.schema.kind == .decimal && distinct > SynthesisConfig.smoothingMinimumDistinct
      var fitted: ParametricMarginal? = nil
      if parametric && continuous {
        let choice = ParametricMarginal.best(sorted)
        fitted = choice
        notes.append(.parametricMarginal(column: column.schema.name, distribution: choice.name, strata: 1, of: 1))
      }
      result.append(Dimension(column: c, isMissingness: false, role: .values(sorted: sorted, continuous: continuous, parametric: fitted), scores: normalScores(column, rows: rows, sorted: sorted)))
    }
    return result
  }

  /// Level code (or 0/1 for a boolean) per row, -1 where the value is missing.
  static func classes(_ column: Column, rows: Int) -> [Int32] {
    var classes = [Int32](repeating: -1, count: rows)
    for row in 0..<rows where !column.isMissing(row) {
      classes[row] = column.usesLevels ? column.codes[row] : (column.numbers[row] != 0 ? 1 : 0)
    }
    return classes
  }

  /// Mid-ranks of the observed values, Φ⁻¹(rank/(n + 1)); ties share their mean rank. `sorted`
  /// holds the observed values in ascending order.
  private static func normalScores(_ column: Column, rows: Int, sorted: [Double]) -> [Double] {
    var distinct: [Double] = []
    var score: [Double] = []
    let n = Double(sorted.count)
    var i = 0
    while i < sorted.count {
      var j = i
      while j + 1 < sorted.count && sorted[j + 1] == sorted[i] { j += 1 }
      distinct.append(sorted[i])
      score.append(Math.normalQuantile((Double(i + j) / 2 + 1) / (n + 1)))
      i = j + 1
    }
    var scores = [Double](repeating: .nan, count: rows)
    for row in 0..<rows where !column.isMissing(row) {
      let value = column.numbers[row]
      scores[row] = score[min(SortedSearch.lowerBound(distinct, value), distinct.count - 1)]
    }
    return scores
  }

  /// Classes ordered by frequency (most frequent first, ties by class), each owning an interval
  /// as wide as its share; a row's score is Φ⁻¹ of its interval's midpoint. Class -1 is unobserved.
  private static func intervalDimension(_ classes: [Int32], classCount: Int, column: Int, isMissingness: Bool, order given: [Int]? = nil) -> Dimension {
    var counts = [Int](repeating: 0, count: classCount)
    var total = 0
    for k in classes where k >= 0 && Int(k) < classCount { counts[Int(k)] += 1; total += 1 }
    let order = given ?? (0..<classCount).filter { counts[$0] > 0 }.sorted { counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1) }
    var bounds = [0.0]
    var midpoint = [Double](repeating: .nan, count: classCount)
    var cumulative = 0
    for k in order {
      let low = Double(cumulative) / Double(max(total, 1))
      cumulative += counts[k]
      let high = Double(cumulative) / Double(max(total, 1))
      bounds.append(high)
      midpoint[k] = Math.normalQuantile((low + high) / 2)
    }
    let scores = classes.map { k in k >= 0 && Int(k) < classCount ? midpoint[Int(k)] : .nan }
    return Dimension(column: column, isMissingness: isMissingness, role: .intervals(order: order.map { Int32($0) }, bounds: bounds), scores: scores)
  }

  // MARK: Dependence

  /// Category order decides which relations a copula can keep: it sees only monotone ones. Each
  /// categorical dimension's levels are put in the order of their mean on the first principal
  /// component of the other dimensions, so levels that go with high values of the rest sit together.
  static func orderCategories(_ dimensions: inout [Dimension], _ table: Table) {
    let n = dimensions.count
    guard n >= 2 else { return }
    let r = correlation(dimensions)
    // First principal component by power iteration from a fixed start.
    var v = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
    for _ in 0..<50 {
      var next = [Double](repeating: 0, count: n)
      for i in 0..<n { for j in 0..<n { next[i] += r[i * n + j] * v[j] } }
      let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm > 0 else { return }
      v = next.map { $0 / norm }
    }
    for d in 0..<n {
      guard case .intervals(_, _) = dimensions[d].role, !dimensions[d].isMissingness else { continue }
      let rows = dimensions[d].scores.count
      var summary = [Double](repeating: 0, count: rows)
      for k in 0..<n where k != d {
        let scores = dimensions[k].scores
        for row in 0..<rows where !scores[row].isNaN { summary[row] += v[k] * scores[row] }
      }
      let column = table.columns[dimensions[d].column]
      let classes = Self.classes(column, rows: rows)
      let classCount = column.usesLevels ? column.levels.count : 2
      var sums = [Double](repeating: 0, count: classCount), counts = [Int](repeating: 0, count: classCount)
      for row in 0..<rows where classes[row] >= 0 { sums[Int(classes[row])] += summary[row]; counts[Int(classes[row])] += 1 }
      let key = (0..<classCount).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : 0 }
      let order = (0..<classCount).filter { counts[$0] > 0 }.sorted { key[$0] < key[$1] || (key[$0] == key[$1] && $0 < $1) }
      dimensions[d] = intervalDimension(classes, classCount: classCount, column: dimensions[d].column, isMissingness: false, order: order)
    }
  }

  /// Pearson correlation of the normal scores over the rows where both are observed; 0 when a
  /// pair has fewer than 3 such rows or no spread. Diagonal 1. Pairs of fully observed dimensions
  /// (most of them) share each dimension's centred scores: one dot product per pair.
  static func correlation(_ dimensions: [Dimension]) -> [Double] {
    let n = dimensions.count
    var r = [Double](repeating: 0, count: n * n)
    let complete = dimensions.map { d in !d.scores.contains { $0.isNaN } }
    var centred = [[Double]](repeating: [], count: n)
    var squares = [Double](repeating: 0, count: n)
    for i in 0..<n where complete[i] {
      let scores = dimensions[i].scores
      let mean = scores.reduce(0, +) / Double(max(scores.count, 1))
      centred[i] = scores.map { $0 - mean }
      squares[i] = centred[i].reduce(0) { $0 + $1 * $1 }
    }
    for i in 0..<n {
      r[i * n + i] = 1
      for j in 0..<i {
        var value = 0.0
        if complete[i] && complete[j] {
          if centred[i].count >= 3 && squares[i] > 0 && squares[j] > 0 {
            var sum = 0.0
            centred[i].withUnsafeBufferPointer { a in
              centred[j].withUnsafeBufferPointer { b in
                for row in 0..<a.count { sum += a[row] * b[row] }
              }
            }
            value = sum / (squares[i] * squares[j]).squareRoot()
          }
        } else {
          value = pairwiseComplete(dimensions[i].scores, dimensions[j].scores)
        }
        r[i * n + j] = value
        r[j * n + i] = value
      }
    }
    return r
  }

  /// Pearson correlation over the rows where both scores are observed (two passes).
  private static func pairwiseComplete(_ a: [Double], _ b: [Double]) -> Double {
    var count = 0, sa = 0.0, sb = 0.0
    for row in a.indices where !a[row].isNaN && !b[row].isNaN { count += 1; sa += a[row]; sb += b[row] }
    guard count >= 3 else { return 0 }
    let ma = sa / Double(count), mb = sb / Double(count)
    var sab = 0.0, saa = 0.0, sbb = 0.0
    for row in a.indices where !a[row].isNaN && !b[row].isNaN {
      let x = a[row] - ma, y = b[row] - mb
      sab += x * y; saa += x * x; sbb += y * y
    }
    return saa > 0 && sbb > 0 ? sab / (saa * sbb).squareRoot() : 0
  }

  // MARK: Drawing

  private func draw(_ real: Table, columns: [Int], _ dimensions: [Dimension], factor: Cholesky, rows: Int, rng: inout RandomGenerator) -> Table {
    let n = dimensions.count
    // Scores of dimension i are drawn[i * rows ..< (i + 1) * rows]; one flat buffer, no nested arrays.
    var drawn = [Double](repeating: 0, count: n * rows)
    var e = [Double](repeating: 0, count: n)
    factor.lower.withUnsafeBufferPointer { l in
      e.withUnsafeMutableBufferPointer { e in
        drawn.withUnsafeMutableBufferPointer { out in
          for row in 0..<rows {
            for k in 0..<n { e[k] = rng.nextNormal() }
            for i in 0..<n {
              var z = 0.0
              for k in 0...i { z += l[i * n + k] * e[k] }
              // A dropped (degenerate) dimension keeps its own independent score.
              if factor.dropped[i] { z = e[i] }
              out[i * rows + row] = z
            }
          }
        }
      }
    }
    var uniforms = (0..<n).map { Array(drawn[$0 * rows ..< ($0 + 1) * rows]) }
    drawn = []
    // Scores become ranks, (rank + ½)/count, among the rows that take a value of that dimension:
    // the drawn rows keep the copula's order (its dependence) while every marginal is met as
    // closely as the row count allows (Iman–Conover), without the noise of independent uniforms.
    var table = real
    table.rowCount = rows
    table.columns = columns.map { c in
      var column = Column(schema: real.columns[c].schema)
      column.levels = real.columns[c].levels
      return column
    }
    for (index, c) in columns.enumerated() {
      let source = real.columns[c]
      var column = table.columns[index]
      let mine = dimensions.indices.filter { dimensions[$0].column == c }
      var missing = [UInt16](repeating: 0, count: rows)
      for d in mine where dimensions[d].isMissingness {
        if case .intervals(let order, let bounds) = dimensions[d].role {
          let u = Self.rankUniforms(uniforms[d])
          for row in 0..<rows { missing[row] = UInt16(Self.interval(u[row], order: order, bounds: bounds)) }
        }
      }
      let observed = (0..<rows).filter { missing[$0] == 0 }
      for d in mine where !dimensions[d].isMissingness {
        let ranked = Self.rankUniforms(observed.map { uniforms[d][$0] })
        for (k, row) in observed.enumerated() { uniforms[d][row] = ranked[k] }
      }
      if source.usesLevels { column.codes = [Int32](repeating: 0, count: rows) } else { column.numbers = [Double](repeating: 0, count: rows) }
      for d in mine where !dimensions[d].isMissingness {
        switch dimensions[d].role {
        case .intervals(let order, let bounds):
          for row in 0..<rows where missing[row] == 0 {
            let k = Self.interval(uniforms[d][row], order: order, bounds: bounds)
            if source.usesLevels { column.codes[row] = k } else { column.numbers[row] = Double(k) }
          }
        case .values(let sorted, let continuous, let parametric):
          for row in 0..<rows where missing[row] == 0 {
            column.numbers[row] = Self.value(uniforms[d][row], sorted: sorted, continuous: continuous, parametric: parametric, integer: source.schema.kind == .integer)
          }
        }
      }
      if missing.contains(where: { $0 != 0 }) { column.missing = missing }
      table.columns[index] = column
    }
    return table
  }

  /// (rank + ½)/count of each score, ties broken by row. Scores are sorted as packed keys: the
  /// order-preserving bits of the score as a Float, then the row, so the sort compares integers.
  static func rankUniforms(_ scores: [Double]) -> [Double] {
    let count = scores.count
    var keys = [UInt64](repeating: 0, count: count)
    for row in 0..<count {
      let bits = Float(scores[row]).bitPattern
      let ordered = bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
      keys[row] = UInt64(ordered) << 32 | UInt64(UInt32(truncatingIfNeeded: row))
    }
    RadixSort.sort(&keys)
    var uniforms = [Double](repeating: 0, count: count)
    for (rank, key) in keys.enumerated() { uniforms[Int(key & 0xFFFF_FFFF)] = (Double(rank) + 0.5) / Double(count) }
    return uniforms
  }

  /// The class whose interval holds u (the last for u at or above the top bound).
  static func interval(_ u: Double, order: [Int32], bounds: [Double]) -> Int32 {
    guard !order.isEmpty else { return 0 }
    return order[min(SortedSearch.partition(order.count - 1) { !(u < bounds[$0 + 1]) }, order.count - 1)]
  }

  /// The empirical quantile: an observed value for discrete columns, interpolated between
  /// neighbouring order statistics (R type 7) for near-continuous ones, or the fitted
  /// distribution's quantile clipped to the observed range.
  static func value(_ u: Double, sorted: [Double], continuous: Bool, parametric: ParametricMarginal?, integer: Bool) -> Double {
    guard let first = sorted.first, let last = sorted.last else { return 0 }
    if let parametric {
      let x = min(max(parametric.quantile(min(max(u, 1e-12), 1 - 1e-12)), first), last)
      return integer ? x.rounded() : x
    }
    let n = sorted.count
    if !continuous { return sorted[(u * Double(n)).integer(clampedTo: 0 ... n - 1)] }
    let h = u * Double(n - 1)
    let i = h.integer(clampedTo: 0 ... n - 1)
    let fraction = h - Double(i)
    return i + 1 < n ? sorted[i] + fraction * (sorted[i + 1] - sorted[i]) : sorted[i]
  }
}
