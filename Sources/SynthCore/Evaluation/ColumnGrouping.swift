/// One column of the real and the synthetic table as small group codes per row, the way synthpop's
/// `utility.tab` turns every variable into a factor before tabulating it.
///
/// - Numbers (integer, decimal, date, datetime) are cut at quantiles of the pooled observed values
///   of both tables, as synthpop's `group_num` does with classInt (see `NumericCuts`).
/// - Booleans get their two values, level-coded kinds their levels (synthetic codes index the real
///   levels), an all-missing column no value groups at all.
/// - Every missing code gets a group of its own after the value groups (synthpop's `addNA`).
///
///     let g = ColumnGrouping(real: real, synthetic: synthetic, column: 2)
///     g.real[0]          // group of real row 0, in 0..<g.count
///     g.labels[1]        // "[2.8, 4.6)"
struct ColumnGrouping {
  /// The group of each real row.
  var real: [Int32]
  /// The group of each synthetic row.
  var synthetic: [Int32]
  /// Group names in group order: intervals, values or levels first, then one per missing code.
  var labels: [CategoryTerm]
  /// `labels` with the outer ends of the first and last interval left open ("< 20", "≥ 65"):
  /// those ends are the smallest and largest value, one person's each.
  var openLabels: [CategoryTerm]
  var count: Int { labels.count }

  /// Which end of a numeric interval belongs to it. synthpop's `group_num` calls
  /// `cut(right = FALSE, include.lowest = TRUE)`: `[a, b)`, the last `[a, b]`. `.right` gives R's
  /// default `cut`: `[a, b]` first, then `(a, b]`.
  enum Closure { case left, right }

  /// - Parameter groups: how many quantile groups numbers are cut into (synthpop's `ngroups`).
  init(real: Table, synthetic: Table, column: Int, groups: Int = 5, closure: Closure = .left) {
    let r = real.columns[column], s = synthetic.columns[column]
    let schema = r.schema
    var labels: [CategoryTerm] = []
    var open: [CategoryTerm]? = nil
    switch schema.kind {
    case .integer, .decimal, .date, .datetime:
      let cuts = NumericCuts(r, s, groups: groups, closure: closure)
      self.real = cuts.groups(of: r)
      self.synthetic = cuts.groups(of: s)
      labels = cuts.labels(schema)
      open = cuts.openLabels(schema)
    case .boolean:
      self.real = r.numbers.map { $0 != 0 ? 1 : 0 }
      self.synthetic = s.numbers.map { $0 != 0 ? 1 : 0 }
      labels = [.value(schema.text(of: 0)), .value(schema.text(of: 1))]
    case .categorical, .identifier, .constant:
      self.real = r.codes
      self.synthetic = s.codes
      labels = (r.levels.count >= s.levels.count ? r.levels : s.levels).map { .value($0) }
    case .empty:
      self.real = []
      self.synthetic = []
    }
    // Missing rows: value groups come first, then one group per missing code.
    let codes = r.schema.missingCodes.count >= s.schema.missingCodes.count ? r.schema.missingCodes : s.schema.missingCodes
    let missingGroups = max(codes.count, Int(Self.largestCode(r.missing)), Int(Self.largestCode(s.missing)))
    let first = Int32(labels.count)
    var openLabels = open ?? labels
    for k in 0..<missingGroups {
      labels.append(k < codes.count && !codes[k].text.isEmpty ? .code(codes[k].text) : .missing(nil))
      openLabels.append(labels[labels.count - 1])
    }
    self.openLabels = openLabels
    Self.markMissing(&self.real, r.missing, first: first, rows: real.rowCount)
    Self.markMissing(&self.synthetic, s.missing, first: first, rows: synthetic.rowCount)
    self.labels = labels
  }

  private static func largestCode(_ missing: [UInt16]) -> UInt16 {
    var largest: UInt16 = 0
    for m in missing where m > largest { largest = m }
    return largest
  }

  private static func markMissing(_ groups: inout [Int32], _ missing: [UInt16], first: Int32, rows: Int) {
    if groups.count != rows { groups = [Int32](repeating: 0, count: rows) }  // an all-missing column
    guard !missing.isEmpty else { return }
    for row in 0..<rows where missing[row] != 0 {
      groups[row] = first + Int32(missing[row]) - 1
    }
  }
}

/// Where synthpop's `group_num` cuts a numeric column, with classInt's `classIntervals`:
///
/// - At most `groups` distinct pooled values: one group per value (classInt's "unique" style,
///   taken when `n` is not below the number of distinct values).
/// - Otherwise type-7 quantiles at 0, 1/g, …, 1 of the pooled observed values (R's `quantile`),
///   duplicates removed. If fewer than 3 breaks remain, `groups` equal-width intervals over the
///   pooled range instead (classInt's "equal"; synthpop would keep a single interval there).
struct NumericCuts {
  /// Ascending: the distinct values, or the interval breaks.
  var bounds: [Double] = []
  /// Groups: `bounds.count` for values, `bounds.count - 1` for intervals.
  var count = 0
  var isValues = true
  var closure: ColumnGrouping.Closure

  init(_ real: Column, _ synthetic: Column, groups requested: Int, closure: ColumnGrouping.Closure) {
    self.closure = closure
    let groups = max(requested, 1)
    if let few = Self.distinctValues([real, synthetic], atMost: groups) {
      bounds = few.sorted()
      count = bounds.count
      return
    }
    let n = Self.observedCount(real) + Self.observedCount(synthetic)
    guard n > 0 else { return }
    isValues = false
    // R's quantile(type = 7) on probs seq(0, 1, 1/g): index = 1 + (n - 1) p, 1-based.
    var lows: [Int] = [], fractions: [Double] = []
    for i in 0...groups {
      let p = i == groups ? 1 : Double(i) * (1 / Double(groups))
      let index = 1 + Double(n - 1) * p
      let low = index.rounded(.down)
      lows.append(low.integer(clampedTo: 1 ... max(n, 1)) - 1)
      fractions.append(index - low)
    }
    let highs = lows.map { min($0 + 1, n - 1) }
    let order = OrderStatistics.select(ranks: lows + highs, observedIn: [real, synthetic])
    var breaks: [Double] = []
    for i in 0...groups {
      var q = order[i]
      let h = fractions[i], above = order[groups + 1 + i]
      if h > 0, above != q { q = (1 - h) * q + h * above }
      breaks.append(q)
    }
    bounds = Self.sortedUnique(breaks)
    if bounds.count < 3 {
      let low = order[0], high = order[groups]
      breaks = [low]
      // R's seq(from, to, length.out = g + 1): from + i * ((to - from) / g), ending on `to` exactly.
      for i in 1..<groups { breaks.append(low + Double(i) * ((high - low) / Double(groups))) }
      breaks.append(high)
      bounds = Self.sortedUnique(breaks)
    }
    count = bounds.count - 1
  }

  /// Group of each row; missing rows get 0 here and are overwritten by the caller.
  func groups(of column: Column) -> [Int32] {
    var result = [Int32](repeating: 0, count: column.numbers.count)
    guard count > 1 else { return result }
    let last = Int32(count - 1)
    // The group is the number of bounds at or below x (below x when right-closed), less one.
    // One pass per bound counts without branches, which vectorizes; a binary search per row
    // mispredicts on every other comparison and is 2-3 times slower for a few bounds.
    let strict = !isValues && closure == .right
    column.numbers.withUnsafeBufferPointer { numbers in
      result.withUnsafeMutableBufferPointer { out in
        for row in 0..<numbers.count { out[row] = -1 }
        for b in bounds {
          if strict {
            for row in 0..<numbers.count { out[row] &+= b < numbers[row] ? 1 : 0 }
          } else {
            for row in 0..<numbers.count { out[row] &+= b <= numbers[row] ? 1 : 0 }
          }
        }
        for row in 0..<numbers.count { out[row] = min(max(out[row], 0), last) }
      }
    }
    return result
  }

  func labels(_ schema: ColumnSchema) -> [CategoryTerm] {
    if isValues { return bounds.map { .number(Self.number($0, schema, exact: true)) } }
    // Dates are whole days (or seconds): a break at day 1.8 of [1.8, 3.6) holds days 2 and 3, so
    // it reads [day 2, day 4). Rounding up (down when right-closed) keeps the label true.
    let isDate = schema.kind == .date || schema.kind == .datetime
    let bounds = isDate ? bounds.map { $0.rounded(closure == .left ? .up : .down) } : bounds
    return (0..<count).map { i in
      .interval(
        Self.number(bounds[i], schema, exact: false), Self.number(bounds[i + 1], schema, exact: false),
        closedLow: !(closure == .right && i > 0), closedHigh: !(closure == .left && i < count - 1))
    }
  }

  /// `labels` with open outer ends: "< b" for the first interval and "≥ a" for the last ("≤ b" and
  /// "> a" when right-closed); a single interval is every value. Values stay as they are.
  func openLabels(_ schema: ColumnSchema) -> [CategoryTerm] {
    var result = labels(schema)
    guard !isValues, count > 0 else { return result }
    let isDate = schema.kind == .date || schema.kind == .datetime
    let bounds = isDate ? bounds.map { $0.rounded(closure == .left ? .up : .down) } : bounds
    if count == 1 { return [.everything] }
    result[0] = .below(Self.number(bounds[1], schema, exact: false), inclusive: closure == .right)
    result[count - 1] = .from(Self.number(bounds[count - 1], schema, exact: false), inclusive: closure == .left)
    return result
  }

  /// A cut point of the column: a date in the column's format, else a number (`LabelNumber.cut`).
  static func number(_ value: Double, _ schema: ColumnSchema, exact: Bool) -> LabelNumber {
    if schema.kind == .date || schema.kind == .datetime, schema.dateFormat != nil { return .date(value, schema.dateFormat) }
    return .cut(value, exact: exact)
  }

  /// The distinct observed values when there are at most `limit` of them, else nil.
  /// - Complexity: O(n · limit), and it stops at the first value past the limit.
  private static func distinctValues(_ columns: [Column], atMost limit: Int) -> [Double]? {
    var seen: [Double] = []
    for column in columns {
      let hasMissing = !column.missing.isEmpty
      for (row, v) in column.numbers.enumerated() where !(hasMissing && column.missing[row] != 0) && !seen.contains(v) {
        if seen.count == limit { return nil }
        seen.append(v)
      }
    }
    return seen
  }

  /// Rows with a number that is not marked missing (a column of only missing values may hold no numbers).
  private static func observedCount(_ column: Column) -> Int {
    guard !column.missing.isEmpty else { return column.numbers.count }
    var observed = 0
    for row in 0..<min(column.numbers.count, column.missing.count) where column.missing[row] == 0 { observed += 1 }
    return observed
  }

  private static func sortedUnique(_ values: [Double]) -> [Double] {
    var result: [Double] = []
    for v in values.sorted() where result.last != v { result.append(v) }
    return result
  }
}
