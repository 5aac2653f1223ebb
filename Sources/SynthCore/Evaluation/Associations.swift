/// Pairwise associations of the real and of the synthetic table, so that a report can show both
/// matrices side by side. All statistics use pairwise complete rows (both values observed).
///
/// - Pearson r = Σ(x − x̄)(y − ȳ)/√(Σ(x − x̄)²·Σ(y − ȳ)²) for numeric kinds and booleans (0/1).
/// - Spearman ρ = Pearson r of average ranks (ties share the mean of their positions), ranked
///   among the pair's complete rows exactly: each column is sorted once, and a pair with rows
///   missing in one column only re-ranks by walking that sorted order, which is O(n).
/// - Cramér's V = √(χ²/(n·(min(r, c) − 1))) for two categorical columns (booleans count as
///   categorical), over the r × c observed levels with nonzero margins;
///   χ² = n·(Σ O²/(R_i·C_j) − 1).
/// - Correlation ratio η = √(Σ_g n_g(ȳ_g − ȳ)²/Σ(y − ȳ)²) of a numeric column grouped by a
///   categorical one.
///
/// Fewer than 2 complete rows, zero variance, fewer than 2 observed categories (or groups) give NaN,
/// as do pairs with an empty column (`Measure.none`). Matrices are symmetric; the diagonal is 1
/// where the column's own measure is defined.
///
///     let a = Associations.compute(real: real, synthetic: synthetic, columns: [0, 2, 3])
///     a.realAssociation[0][1], a.measure[0][1]      // columns 0 and 2
struct Associations {
  enum Measure { case pearson, spearman, cramersV, correlationRatio, none }

  /// As given; matrix indices are positions in this list.
  var columns: [Int]
  /// Numeric × numeric only (dates and booleans as 0/1 included); NaN otherwise.
  var realPearson: [[Double]]
  var syntheticPearson: [[Double]]
  /// Numeric × numeric only, average ranks for ties; NaN otherwise.
  var realSpearman: [[Double]]
  var syntheticSpearman: [[Double]]
  /// Pearson r, Cramér's V or η, depending on `measure`.
  var realAssociation: [[Double]]
  var syntheticAssociation: [[Double]]
  var measure: [[Measure]]

  /// Above this many cells a contingency table is counted by sorting keys instead of in an array.
  static let denseCellLimit = 1 << 22

  /// - Complexity: O(k·n log n) to prepare k columns, then O(n) per pair (plus the levels_a ×
  ///   levels_b cells of a categorical pair, or O(n log n) when those exceed `denseCellLimit`).
  static func compute(real: Table, synthetic: Table, columns: [Int], progress: (Double) -> Void = { _ in }) -> Associations {
    let roles = columns.map { Role(real.columns[$0].schema.kind) }
    let k = columns.count
    var measure = [[Measure]](repeating: [Measure](repeating: .none, count: k), count: k)
    for i in 0..<k {
      for j in 0..<k { measure[i][j] = Role.measure(roles[i], roles[j]) }
    }
    let r = TableAssociations(real, columns: columns, roles: roles, measure: measure)
    progress(Double(real.rowCount) / Double(max(real.rowCount + synthetic.rowCount, 1)))
    let s = TableAssociations(synthetic, columns: columns, roles: roles, measure: measure)
    return Associations(
      columns: columns, realPearson: r.pearson, syntheticPearson: s.pearson, realSpearman: r.spearman,
      syntheticSpearman: s.spearman, realAssociation: r.association, syntheticAssociation: s.association, measure: measure)
  }

  /// How a column takes part: numbers on a scale, categories, or not at all (empty).
  enum Role {
    case numeric, categorical, boolean, none

    init(_ kind: ColumnKind) {
      switch kind {
      case .integer, .decimal, .date, .datetime: self = .numeric
      case .boolean: self = .boolean
      case .categorical, .identifier, .constant: self = .categorical
      case .empty: self = .none
      }
    }

    /// Pearson and Spearman take booleans as 0/1.
    var hasNumbers: Bool { self == .numeric || self == .boolean }
    /// The association matrix takes booleans as categories.
    var hasCategories: Bool { self == .categorical || self == .boolean }

    static func measure(_ a: Role, _ b: Role) -> Measure {
      if a == .numeric && b == .numeric { return .pearson }
      if a.hasCategories && b.hasCategories { return .cramersV }
      if (a == .numeric && b.hasCategories) || (a.hasCategories && b == .numeric) { return .correlationRatio }
      return .none
    }
  }
}

/// The three matrices of one table.
private struct TableAssociations {
  var pearson: [[Double]]
  var spearman: [[Double]]
  var association: [[Double]]

  init(_ table: Table, columns: [Int], roles: [Associations.Role], measure: [[Associations.Measure]]) {
    let k = columns.count, rows = table.rowCount
    let nan = [[Double]](repeating: [Double](repeating: .nan, count: k), count: k)
    pearson = nan
    spearman = nan
    association = nan
    let prepared = (0..<k).map { PreparedColumn(table.columns[columns[$0]], rows: rows, role: roles[$0]) }
    let ones = [Double](repeating: 1, count: rows)
    var scratchA = [Double](repeating: 0, count: rows), scratchB = [Double](repeating: 0, count: rows)

    for i in 0..<k {
      let a = prepared[i]
      if roles[i].hasNumbers {
        let diagonal = a.observed >= 2 && a.hasVariance ? 1.0 : .nan
        pearson[i][i] = diagonal
        spearman[i][i] = diagonal
      }
      if roles[i] == .numeric { association[i][i] = a.observed >= 2 && a.hasVariance ? 1 : .nan }
      if roles[i].hasCategories { association[i][i] = a.observed >= 2 && a.observedLevels >= 2 ? 1 : .nan }

      for j in (i + 1)..<max(k, i + 1) {
        let b = prepared[j]
        if roles[i].hasNumbers && roles[j].hasNumbers {
          let wa = a.weight.isEmpty ? ones : a.weight, wb = b.weight.isEmpty ? ones : b.weight
          let bothComplete = a.weight.isEmpty && b.weight.isEmpty
          let r = Self.pearson(a.centered, b.centered, wa, wb, unweighted: bothComplete)
          // Ranks are valid for the pair unless the other column drops some of this one's rows.
          let complete = bothComplete ? rows : Self.completeCount(wa, wb)
          let ranksA = complete == a.observed ? a.ranks : Self.rerank(a, keep: wb, kept: complete, into: &scratchA)
          let ranksB = complete == b.observed ? b.ranks : Self.rerank(b, keep: wa, kept: complete, into: &scratchB)
          let rho = Self.pearson(ranksA, ranksB, wa, wb, unweighted: bothComplete)
          pearson[i][j] = r; pearson[j][i] = r
          spearman[i][j] = rho; spearman[j][i] = rho
        }
        var value = Double.nan
        switch measure[i][j] {
        case .pearson: value = pearson[i][j]
        case .cramersV: value = Self.cramersV(a, b)
        case .correlationRatio: value = roles[i] == .numeric ? Self.correlationRatio(a, b) : Self.correlationRatio(b, a)
        case .spearman, .none: break
        }
        association[i][j] = value
        association[j][i] = value
      }
    }
  }

  private static func completeCount(_ wa: [Double], _ wb: [Double]) -> Int {
    var n = 0.0
    for i in 0..<min(wa.count, wb.count) { n += wa[i] * wb[i] }
    return n.integer(clampedTo: 0 ... Int.max)
  }

  /// The column's ranks among the rows `keep` marks, written into `scratch`.
  private static func rerank(_ column: PreparedColumn, keep: [Double], kept: Int, into scratch: inout [Double]) -> [Double] {
    column.order.withUnsafeBufferPointer { order in
      column.sortedValues.withUnsafeBufferPointer { v in
        keep.withUnsafeBufferPointer { w in
          scratch.withUnsafeMutableBufferPointer { out in
            Statistics.centeredAverageRanks(order: order, sortedValues: v, keep: w, kept: kept, into: out)
          }
        }
      }
    }
    return scratch
  }

  /// Pearson r of x and y (each already shifted near its mean) over the rows where both weights
  /// are 1. The shift keeps the one-pass sums accurate for large values such as datetimes.
  private static func pearson(_ x: [Double], _ y: [Double], _ wx: [Double], _ wy: [Double], unweighted: Bool) -> Double {
    var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0
    let count = min(x.count, y.count, wx.count, wy.count)
    x.withUnsafeBufferPointer { x in
      y.withUnsafeBufferPointer { y in
        if unweighted {
          n = Double(count)
          for i in 0..<count {
            sx += x[i]; sy += y[i]
            sxx += x[i] * x[i]; syy += y[i] * y[i]; sxy += x[i] * y[i]
          }
        } else {
          wx.withUnsafeBufferPointer { wx in
            wy.withUnsafeBufferPointer { wy in
              for i in 0..<count {
                let w = wx[i] * wy[i], wxi = w * x[i], wyi = w * y[i]
                n += w; sx += wxi; sy += wyi
                sxx += wxi * x[i]; syy += wyi * y[i]; sxy += wxi * y[i]
              }
            }
          }
        }
      }
    }
    guard n >= 2 else { return .nan }
    let varX = sxx - sx * sx / n, varY = syy - sy * sy / n, cov = sxy - sx * sy / n
    // A constant leaves only rounding error behind; call that zero variance.
    guard varX > 1e-12 * sxx, varY > 1e-12 * syy else { return .nan }
    return min(max(cov / (varX.squareRoot() * varY.squareRoot()), -1), 1)
  }

  /// Cramér's V from the contingency table of the complete rows.
  private static func cramersV(_ a: PreparedColumn, _ b: PreparedColumn) -> Double {
    let la = a.levelCount, lb = b.levelCount
    guard la >= 2, lb >= 2 else { return .nan }
    var rowTotals = [Int](repeating: 0, count: la), columnTotals = [Int](repeating: 0, count: lb)
    var n = 0
    // Σ O²/(R_i·C_j) needs the margins first, so cells are gathered, then summed.
    var cells: [(a: Int, b: Int, count: Int)] = []
    let count = min(a.codes.count, b.codes.count)
    if Int64(la) * Int64(lb) <= Int64(Associations.denseCellLimit) {
      var table = [Int](repeating: 0, count: la * lb)
      a.codes.withUnsafeBufferPointer { ca in
        b.codes.withUnsafeBufferPointer { cb in
          table.withUnsafeMutableBufferPointer { t in
            for row in 0..<count where ca[row] >= 0 && cb[row] >= 0 { t[Int(ca[row]) * lb + Int(cb[row])] += 1 }
          }
        }
      }
      for x in 0..<la {
        for y in 0..<lb where table[x * lb + y] > 0 { cells.append((x, y, table[x * lb + y])) }
      }
    } else {
      var keys: [Int64] = []
      keys.reserveCapacity(count)
      for row in 0..<count where a.codes[row] >= 0 && b.codes[row] >= 0 {
        keys.append(Int64(a.codes[row]) * Int64(lb) + Int64(b.codes[row]))
      }
      keys.sort()
      var i = 0
      while i < keys.count {
        var end = i
        while end < keys.count && keys[end] == keys[i] { end += 1 }
        cells.append((Int(keys[i] / Int64(lb)), Int(keys[i] % Int64(lb)), end - i))
        i = end
      }
    }
    for c in cells {
      rowTotals[c.a] += c.count
      columnTotals[c.b] += c.count
      n += c.count
    }
    var r = 0, c = 0
    for t in rowTotals where t > 0 { r += 1 }
    for t in columnTotals where t > 0 { c += 1 }
    guard n >= 2, min(r, c) >= 2 else { return .nan }
    var sum = 0.0
    for cell in cells { sum += Double(cell.count) * Double(cell.count) / (Double(rowTotals[cell.a]) * Double(columnTotals[cell.b])) }
    let chiSquare = max(Double(n) * (sum - 1), 0)
    return min((chiSquare / (Double(n) * Double(min(r, c) - 1))).squareRoot(), 1)
  }

  /// η of `numeric` grouped by the categories of `groups`, over the complete rows; two passes for
  /// accuracy (group means first, then squared deviations).
  private static func correlationRatio(_ numeric: PreparedColumn, _ groups: PreparedColumn) -> Double {
    let levels = groups.levelCount
    guard levels >= 2 else { return .nan }
    var counts = [Int](repeating: 0, count: levels), sums = [Double](repeating: 0, count: levels)
    let rows = min(numeric.centered.count, groups.codes.count)
    let weighted = !numeric.weight.isEmpty
    var n = 0, total = 0.0, smallest = Double.infinity, largest = -Double.infinity, totalSquares = 0.0
    numeric.centered.withUnsafeBufferPointer { y in
      groups.codes.withUnsafeBufferPointer { g in
        numeric.weight.withUnsafeBufferPointer { w in
          counts.withUnsafeMutableBufferPointer { counts in
            sums.withUnsafeMutableBufferPointer { sums in
              for row in 0..<rows where g[row] >= 0 && (!weighted || w[row] != 0) {
                let group = Int(g[row]), value = y[row]
                counts[group] += 1
                sums[group] += value
                n += 1
                total += value
                smallest = min(smallest, value)
                largest = max(largest, value)
              }
            }
          }
          guard n >= 2 else { return }
          let mean = total / Double(n)
          for row in 0..<rows where g[row] >= 0 && (!weighted || w[row] != 0) {
            let d = y[row] - mean
            totalSquares += d * d
          }
        }
      }
    }
    var nonEmpty = 0
    for c in counts where c > 0 { nonEmpty += 1 }
    guard n >= 2, nonEmpty >= 2, smallest < largest, totalSquares > 0 else { return .nan }
    let mean = total / Double(n)
    var between = 0.0
    for g in 0..<levels where counts[g] > 0 {
      let d = sums[g] / Double(counts[g]) - mean
      between += Double(counts[g]) * d * d
    }
    return min((between / totalSquares).squareRoot(), 1)
  }
}

/// One column laid out for pair statistics: flat arrays indexed by row, with missing rows made
/// harmless (weight 0, value 0, code −1) so the pair loops need no branches on missingness.
private struct PreparedColumn {
  /// The numbers (booleans 0/1), as stored.
  var values: [Double] = []
  /// Values minus the observed mean; 0 for missing rows.
  var centered: [Double] = []
  /// Average ranks among the observed rows minus their mean (n + 1)/2; 0 for missing rows.
  var ranks: [Double] = []
  /// Observed rows, ascending by value.
  var order: [Int32] = []
  /// The values of `order`'s rows, in that order.
  var sortedValues: [Double] = []
  /// 1 observed, 0 missing; empty when every row is observed.
  var weight: [Double] = []
  /// Category per row (levels, or 0/1 for booleans); −1 when missing.
  var codes: [Int32] = []
  var levelCount = 0
  var observedLevels = 0
  var observed = 0
  var hasVariance = false

  init(_ column: Column, rows: Int, role: Associations.Role) {
    let hasMissing = !column.missing.isEmpty && column.missing.contains(where: { $0 != 0 })
    func isMissing(_ row: Int) -> Bool { hasMissing && (row >= column.missing.count || column.missing[row] != 0) }
    if hasMissing { weight = (0..<rows).map { isMissing($0) ? 0 : 1 } }
    if role == .none { return }
    for row in 0..<rows where !isMissing(row) { observed += 1 }

    if role.hasNumbers {
      values = column.numbers.count == rows ? column.numbers : (0..<rows).map { $0 < column.numbers.count ? column.numbers[$0] : 0 }
      if role == .boolean { values = values.map { $0 != 0 ? 1 : 0 } }
      var sum = 0.0
      for row in 0..<rows where !isMissing(row) { sum += values[row] }
      let mean = observed > 0 ? sum / Double(observed) : 0
      centered = (0..<rows).map { isMissing($0) ? 0 : values[$0] - mean }
      let (sorted, sortedNumbers) = Statistics.sortedRows(values, missing: hasMissing ? column.missing : [])
      if let first = sortedNumbers.first, let last = sortedNumbers.last { hasVariance = first < last }
      var averageRanks = [Double](repeating: 0, count: rows)
      let all: [Double] = []
      sorted.withUnsafeBufferPointer { order in
        sortedNumbers.withUnsafeBufferPointer { v in
          all.withUnsafeBufferPointer { keep in
            averageRanks.withUnsafeMutableBufferPointer { out in
              Statistics.centeredAverageRanks(order: order, sortedValues: v, keep: keep, kept: order.count, into: out)
            }
          }
        }
      }
      sortedValues = sortedNumbers
      order = sorted
      ranks = averageRanks
    }

    if role.hasCategories {
      if role == .boolean {
        levelCount = 2
        codes = (0..<rows).map { isMissing($0) ? -1 : (values[$0] != 0 ? 1 : 0) }
      } else {
        levelCount = column.levels.count
        // Codes outside the levels cannot occur in aligned tables; treat them as missing.
        codes = (0..<rows).map { row in
          let code = row < column.codes.count ? column.codes[row] : -1
          return isMissing(row) || code < 0 || Int(code) >= levelCount ? -1 : code
        }
      }
      var seen = [Bool](repeating: false, count: levelCount)
      for c in codes where c >= 0 && !seen[Int(c)] {
        seen[Int(c)] = true
        observedLevels += 1
      }
    }
  }
}
