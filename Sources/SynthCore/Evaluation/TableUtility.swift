/// Table-based utility, as synthpop's `utility.tab` and `utility.tables` compute it: cross-tabulate
/// grouped columns of the real and the synthetic data and compare the counts cell by cell.
///
/// With o and s the real and synthetic counts of a non-empty cell and c = n_s / (n_o + n_s):
///
///     diff   = s − o·c/(1 − c)          expect = (o + s)·c
///     VW     = Σ diff²/expect           df     = (non-empty cells) − 1
///     S_pMSE = VW/df                    pMSE   = VW·c·(1 − c)²/N
///
/// S_pMSE is about 1 when the synthetic data fit the real data as well as a random split would;
/// synthpop's vignette calls values below 3 good and below 10 acceptable.
///
///     let pairs = TableUtility.allPairs(real: real, synthetic: synthetic, columns: [0, 1, 2])
///     pairs[0].result.sPMSE      // columns 0 and 1
enum TableUtility {
  /// The comparison of one cross-table.
  struct Result {
    var realRows: Int
    var syntheticRows: Int
    /// Groups per tabulated column; a cell's index is mixed radix over them (a·groupsB + b).
    var shape: [Int]
    /// Group names per tabulated column (see `ColumnGrouping.labels`).
    var labels: [[CategoryTerm]]
    /// The same with open ends, "< b" and "≥ a", for intervals that would name an extreme.
    var openLabels: [[CategoryTerm]] = []
    /// Indices of the non-empty cells, ascending.
    var cells: [Int64]
    /// Real count (o) of each cell in `cells`.
    var real: [Int]
    /// Synthetic count (s) of each cell in `cells`.
    var synthetic: [Int]
    /// diff/√expect of each cell: positive where the synthetic data have too many rows.
    var zdiff: [Double]
    var vw: Double
    /// Non-empty cells − 1, and 0 when no cell is filled.
    var df: Int
    /// VW/df; 0 when df is 0 (a single cell cannot differ). NaN when either table has no rows.
    var sPMSE: Double
    var pMSE: Double

    /// The groups of a cell, one per tabulated column.
    func groups(ofCell cell: Int64) -> [Int] {
      var rest = cell
      var result = [Int](repeating: 0, count: shape.count)
      for i in stride(from: shape.count - 1, through: 0, by: -1) {
        result[i] = Int(rest % Int64(shape[i]))
        rest /= Int64(shape[i])
      }
      return result
    }
  }

  /// The result for two columns; `first` comes before `second` in the list `allPairs` was given.
  struct PairResult {
    var first: Int
    var second: Int
    var result: Result
  }

  /// Below this many cells the counts go into dense arrays; above, keys are sorted.
  static let denseCellLimit: Int64 = 1 << 20

  static func oneWay(real: Table, synthetic: Table, column: Int, groups: Int = 5) -> Result {
    compare([ColumnGrouping(real: real, synthetic: synthetic, column: column, groups: groups)])
  }

  static func twoWay(real: Table, synthetic: Table, _ a: Int, _ b: Int, groups: Int = 5) -> Result {
    compare([
      ColumnGrouping(real: real, synthetic: synthetic, column: a, groups: groups),
      ColumnGrouping(real: real, synthetic: synthetic, column: b, groups: groups),
    ])
  }

  /// Every pair i < j of `columns` (positions in that list), like `utility.tables(tables = "twoway")`.
  /// Each column is grouped once and reused by all its pairs.
  static func allPairs(real: Table, synthetic: Table, columns: [Int], groups: Int = 5, progress: (Double) -> Void = { _ in }) -> [PairResult] {
    let grouped = columns.map { ColumnGrouping(real: real, synthetic: synthetic, column: $0, groups: groups) }
    var results: [PairResult] = []
    results.reserveCapacity(columns.count * (columns.count - 1) / 2)
    let total = Double(max(columns.count * (columns.count - 1) / 2, 1))
    for i in 0..<columns.count {
      progress(Double(results.count) / total)
      for j in (i + 1)..<columns.count {
        results.append(PairResult(first: columns[i], second: columns[j], result: compare([grouped[i], grouped[j]])))
      }
    }
    return results
  }

  /// The cross-table of any number of grouped columns.
  ///
  /// Requires at least one grouping, all from the same two tables, and a product of group counts
  /// that fits in Int64 (always true for one or two columns: each has fewer than 2^31 groups).
  static func compare(_ groupings: [ColumnGrouping]) -> Result {
    precondition(!groupings.isEmpty, "TableUtility.compare needs a grouped column")
    var cellCount: Int64 = 1
    for g in groupings {
      let (product, overflow) = cellCount.multipliedReportingOverflow(by: Int64(max(g.count, 1)))
      precondition(!overflow, "TableUtility.compare: too many cells for Int64")
      cellCount = product
    }
    let realKeys = cellKeys(groupings, synthetic: false)
    let syntheticKeys = cellKeys(groupings, synthetic: true)
    var table = CellCounts()
    if cellCount <= denseCellLimit {
      table.countDense(realKeys, syntheticKeys, cells: Int(cellCount))
    } else {
      table.countSorted(realKeys, syntheticKeys)
    }
    return statistics(table, realRows: realKeys.count, syntheticRows: syntheticKeys.count, groupings)
  }

  /// Mixed-radix cell index per row, built one column at a time.
  private static func cellKeys(_ groupings: [ColumnGrouping], synthetic: Bool) -> [Int64] {
    let rows = synthetic ? groupings[0].synthetic.count : groupings[0].real.count
    var keys = [Int64](repeating: 0, count: rows)
    for g in groupings {
      let radix = Int64(max(g.count, 1))
      let codes = synthetic ? g.synthetic : g.real
      precondition(codes.count == rows, "TableUtility.compare: groupings of different tables")
      keys.withUnsafeMutableBufferPointer { k in
        codes.withUnsafeBufferPointer { c in
          for row in 0..<rows { k[row] = k[row] * radix + Int64(c[row]) }
        }
      }
    }
    return keys
  }

  private static func statistics(_ t: CellCounts, realRows: Int, syntheticRows: Int, _ groupings: [ColumnGrouping]) -> Result {
    let no = Double(realRows), ns = Double(syntheticRows), n = no + ns
    let c = ns / n
    let defined = realRows > 0 && syntheticRows > 0
    var vw = 0.0
    var zdiff: [Double] = []
    zdiff.reserveCapacity(t.cells.count)
    for i in 0..<t.cells.count {
      let o = Double(t.real[i]), s = Double(t.synthetic[i])
      // Written as synthpop does: diff <- ts - td * cc / (1 - cc); expect <- sumos * cc.
      let diff = s - o * c / (1 - c)
      let expect = (o + s) * c
      vw += diff * diff / expect
      zdiff.append(defined ? diff / expect.squareRoot() : .nan)
    }
    let df = max(t.cells.count - 1, 0)
    var sPMSE = df > 0 ? vw / Double(df) : 0
    var pMSE = vw * c * ((1 - c) * (1 - c)) / n
    if !defined {
      vw = .nan
      sPMSE = .nan
      pMSE = .nan
    }
    return Result(
      realRows: realRows, syntheticRows: syntheticRows, shape: groupings.map { $0.count },
      labels: groupings.map { $0.labels }, openLabels: groupings.map { $0.openLabels }, cells: t.cells, real: t.real, synthetic: t.synthetic,
      zdiff: zdiff, vw: vw, df: df, sPMSE: sPMSE, pMSE: pMSE)
  }
}

/// Real and synthetic counts of the non-empty cells of a cross-table, ascending by cell. Keys are
/// mixed-radix cell indices (`TableUtility.compare`).
struct CellCounts {
  var cells: [Int64] = []
  var real: [Int] = []
  var synthetic: [Int] = []

  mutating func countDense(_ realKeys: [Int64], _ syntheticKeys: [Int64], cells count: Int) {
    var o = [Int](repeating: 0, count: count), s = [Int](repeating: 0, count: count)
    for k in realKeys { o[Int(k)] += 1 }
    for k in syntheticKeys { s[Int(k)] += 1 }
    for cell in 0..<count where o[cell] + s[cell] > 0 { append(Int64(cell), o[cell], s[cell]) }
  }

  /// For tables too large for arrays (identifiers, three-way tables of many levels).
  /// - Complexity: O(n log n).
  mutating func countSorted(_ realKeys: [Int64], _ syntheticKeys: [Int64]) {
    let a = realKeys.sorted(), b = syntheticKeys.sorted()
    var i = 0, j = 0
    while i < a.count || j < b.count {
      let cell = j == b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
      var o = 0, s = 0
      while i < a.count && a[i] == cell { o += 1; i += 1 }
      while j < b.count && b[j] == cell { s += 1; j += 1 }
      append(cell, o, s)
    }
  }

  private mutating func append(_ cell: Int64, _ o: Int, _ s: Int) {
    cells.append(cell)
    real.append(o)
    synthetic.append(s)
  }
}
