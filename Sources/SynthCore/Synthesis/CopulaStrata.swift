/// The strata a Gaussian copula is fitted in: groups of rows that share the values of a few
/// categorical (or few-valued) columns, found by a shallow tree.
///
/// One copula over a whole table keeps only monotone relations: it cannot say that the young are
/// mostly unmarried and the old often widowed, or that an occupation code fixes its group. Within
/// a stratum such relations are held by the stratum's own marginals (every column's values among
/// its rows), and the copula keeps the rest. The tree splits a group of rows by the column whose
/// levels tell most about the other columns (the G statistic against their quintile groups, less
/// its degrees of freedom, summed), as long as every part keeps `minimumRows` rows; levels with
/// fewer rows are pooled into one part.
struct CopulaStrata {
  /// Row indices of each stratum, ascending, strata in tree order.
  var strata: [[Int]]
  /// Names of the columns the tree split on, in order of first use.
  var splitColumns: [String]

  /// Columns with more distinct numbers than this are not split on (they are no categories).
  static let maximumNumericLevels = 32
  /// The split score is estimated on at most this many rows of a group (an even spread of them).
  static let scoreSampleRows = 5_000
  /// Quantile groups of a numeric column in the split score, as in the pairwise utility tables.
  static let numericGroups = 5

  /// The fewest rows a stratum may have: a hundred, and ten per copula dimension so each
  /// stratum's correlation matrix is estimated on many more rows than it has entries per row.
  static func minimumRows(dimensions: Int) -> Int { max(100, 10 * dimensions) }

  /// One stratum of all rows: the plain copula.
  init(rows: Int) {
    strata = [Array(0..<rows)]
    splitColumns = []
  }

  /// Splits the rows of `table` on `candidates` (column indices), scoring against `columns`.
  init(_ table: Table, columns: [Int], candidates: [Int], minimumRows: Int) {
    let groups = columns.map { Self.scoreGroups(table.columns[$0], rows: table.rowCount) }
    var splitters: [(column: Int, codes: [Int32], levels: Int)] = []
    for c in candidates {
      if let (codes, levels) = Self.splitCodes(table.columns[c], rows: table.rowCount), levels >= 2 {
        splitters.append((c, codes, levels))
      }
    }
    var finished: [[Int]] = []
    var used: [Int] = []
    // Depth first, so strata come out in a fixed order; each entry carries the splitters still open.
    var work: [(rows: [Int], open: [Int])] = [(Array(0..<table.rowCount), Array(splitters.indices))]
    while let (rows, open) = work.popLast() {
      var best: (score: Double, splitter: Int, partOfLevel: [Int], partCount: Int)? = nil
      if rows.count >= 2 * minimumRows {
        let sample = Self.sample(rows)
        let sampledGroups = groups.map { group in (codes: sample.map { group.codes[$0] }, count: group.count) }
        for s in open {
          let splitter = splitters[s]
          let (partOfLevel, partCount) = Self.parts(rows, codes: splitter.codes, levels: splitter.levels, minimumRows: minimumRows)
          guard partCount >= 2 else { continue }
          let partOfRow = sample.map { partOfLevel[Int(splitter.codes[$0])] }
          let score = Self.score(partOfRow, partCount: partCount, groups: sampledGroups, skipping: columns.firstIndex(of: splitter.column))
          if score > (best?.score ?? 0) { best = (score, s, partOfLevel, partCount) }
        }
      }
      guard let (_, s, partOfLevel, partCount) = best else { finished.append(rows); continue }
      if !used.contains(splitters[s].column) { used.append(splitters[s].column) }
      var parts = [[Int]](repeating: [], count: partCount)
      for row in rows { parts[partOfLevel[Int(splitters[s].codes[row])]].append(row) }
      let rest = open.filter { $0 != s }
      for part in parts.reversed() { work.append((part, rest)) }
    }
    strata = finished
    splitColumns = used.map { table.columns[$0].schema.name }
  }

  /// Each row's split level (a missing value is a level of its own), or nil when the column is
  /// no category: a numeric column with more than `maximumNumericLevels` distinct values.
  static func splitCodes(_ column: Column, rows: Int) -> (codes: [Int32], levels: Int)? {
    var codes = [Int32](repeating: 0, count: rows)
    var levels: Int
    if column.usesLevels || column.schema.kind == .boolean {
      levels = column.observedLevelCount
      let classes = GaussianCopula.classes(column, rows: rows)
      for row in 0..<rows { codes[row] = classes[row] }
    } else if column.schema.kind.isNumeric {
      var observed: [Double] = []
      for row in 0..<rows where !column.isMissing(row) { observed.append(column.numbers[row]) }
      let distinct = RadixSort.sorted(observed)
      var unique: [Double] = []
      for value in distinct where unique.last != value {
        unique.append(value)
        if unique.count > maximumNumericLevels { return nil }
      }
      levels = unique.count
      for row in 0..<rows where !column.isMissing(row) { codes[row] = Int32(SortedSearch.lowerBound(unique, column.numbers[row])) }
      for row in 0..<rows where column.isMissing(row) { codes[row] = -1 }
    } else {
      return nil
    }
    for row in 0..<rows where codes[row] < 0 { codes[row] = Int32(levels) }
    if column.missing.contains(where: { $0 != 0 }) { levels += 1 }
    return (codes, levels)
  }

  /// Each row's group for the score: its level (capped), or its numeric quintile group; a missing
  /// value is a group of its own.
  static func scoreGroups(_ column: Column, rows: Int) -> (codes: [Int32], count: Int) {
    if let (codes, levels) = splitCodes(column, rows: rows) { return (codes, levels) }
    var values: [Double] = []
    for row in 0..<rows where !column.isMissing(row) { values.append(column.numbers[row]) }
    let observed = RadixSort.sorted(values)
    let cuts = (1..<numericGroups).map { Statistics.quantile(sorted: observed, Double($0) / Double(numericGroups)) }
    var codes = [Int32](repeating: Int32(numericGroups), count: rows)
    for row in 0..<rows where !column.isMissing(row) {
      var group = 0
      while group < cuts.count && column.numbers[row] > cuts[group] { group += 1 }
      codes[row] = Int32(group)
    }
    return (codes, numericGroups + 1)
  }

  /// The part of each level when `rows` are split by level: a level with at least `minimumRows`
  /// rows is a part of its own, the others are pooled into one part (joined to the smallest part
  /// when the pool is too small).
  static func parts(_ rows: [Int], codes: [Int32], levels: Int, minimumRows: Int) -> (partOfLevel: [Int], count: Int) {
    var counts = [Int](repeating: 0, count: levels)
    for row in rows { counts[Int(codes[row])] += 1 }
    var partOfLevel = [Int](repeating: -1, count: levels)
    var partCount = 0
    for level in 0..<levels where counts[level] >= minimumRows {
      partOfLevel[level] = partCount
      partCount += 1
    }
    let pooled = (0..<levels).filter { partOfLevel[$0] < 0 }.reduce(0) { $0 + counts[$1] }
    if pooled >= minimumRows {
      for level in 0..<levels where partOfLevel[level] < 0 { partOfLevel[level] = partCount }
      partCount += 1
    } else if pooled > 0 {
      var smallest: Int? = nil
      for level in 0..<levels where partOfLevel[level] >= 0 && (smallest == nil || counts[level] < counts[smallest!]) { smallest = level }
      guard let smallest else { return (partOfLevel, 0) }
      for level in 0..<levels where partOfLevel[level] < 0 { partOfLevel[level] = partOfLevel[smallest] }
    }
    return (partOfLevel, partCount)
  }

  /// An even spread of at most `scoreSampleRows` of the rows.
  static func sample(_ rows: [Int]) -> [Int] {
    let stride = max(1, (rows.count + scoreSampleRows - 1) / scoreSampleRows)
    return stride == 1 ? rows : (0..<(rows.count + stride - 1) / stride).map { rows[$0 * stride] }
  }

  /// Σ over the other columns of G − df for the table of part × score group over the sampled
  /// rows; `groups` holds each column's group codes of those rows.
  static func score(_ partOfRow: [Int], partCount: Int, groups: [(codes: [Int32], count: Int)], skipping own: Int?) -> Double {
    let n = Double(partOfRow.count)
    var partCounts = [Double](repeating: 0, count: partCount)
    for p in partOfRow { partCounts[p] += 1 }
    var score = 0.0
    for (j, group) in groups.enumerated() where j != own {
      var table = [Int](repeating: 0, count: partCount * group.count)
      table.withUnsafeMutableBufferPointer { table in
        group.codes.withUnsafeBufferPointer { codes in
          partOfRow.withUnsafeBufferPointer { parts in
            for i in 0..<parts.count { table[parts[i] * group.count + Int(codes[i])] += 1 }
          }
        }
      }
      var groupCounts = [Double](repeating: 0, count: group.count)
      for p in 0..<partCount { for k in 0..<group.count { groupCounts[k] += Double(table[p * group.count + k]) } }
      var g = 0.0
      for p in 0..<partCount {
        for k in 0..<group.count where table[p * group.count + k] > 0 {
          let observed = Double(table[p * group.count + k])
          g += 2 * observed * Math.log(observed * n / (partCounts[p] * groupCounts[k]))
        }
      }
      let groupsSeen = groupCounts.filter { $0 > 0 }.count
      score += g - Double((partCount - 1) * max(groupsSeen - 1, 0))
    }
    return score
  }
}

/// What the report says about the strata: how many, split on which columns, how small at least.
struct CopulaStrataSummary: Equatable {
  var count: Int
  var columns: [String]
  var minimumRows: Int
}
