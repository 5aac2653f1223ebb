/// A category, bar or group as the evaluation names it: a value of the data, a missing code as
/// written, or "missing" itself, which the report words in its language (a category that is
/// literally called "missing" stays a value).
enum CategoryTerm: Equatable {
  case value(String)
  /// A user's missing-value code (-8), shown as written.
  case code(String)
  /// Missing: nil when one standard token occurs; else the token ("NA"; "" for an empty field).
  case missing(String?)
  /// A number or date: a value bar, or a bin by its lower edge.
  case number(LabelNumber)
  /// [a, b), (a, b] or [a, b]: a group of numbers between two cut points.
  case interval(LabelNumber, LabelNumber, closedLow: Bool, closedHigh: Bool)
  /// < b or ≤ b: every value below a cut point (an open first group, which names no extreme).
  case below(LabelNumber, inclusive: Bool)
  /// ≥ a or > a: every value from a cut point on.
  case from(LabelNumber, inclusive: Bool)
  /// a–b: values from a to b (bars merged in a publication report).
  case range(LabelNumber, LabelNumber)
  /// One group of every value.
  case everything
}

extension CategoryTerm {
  /// The term in a language's words for missing and empty; numbers with its decimal mark. With a
  /// decimal comma an interval's bounds are kept apart by a semicolon: [2,5; 4,8).
  func worded(missing: String, empty: String, decimalComma: Bool) -> String {
    func n(_ x: LabelNumber) -> String { x.text(decimalComma: decimalComma) }
    switch self {
    case .value(let text), .code(let text): return text
    case .missing(nil): return missing
    case .missing(let token?): return "\(missing) (\(token.isEmpty ? empty : token))"
    case .number(let x): return n(x)
    case .interval(let a, let b, let closedLow, let closedHigh):
      return (closedLow ? "[" : "(") + n(a) + (decimalComma ? "; " : ", ") + n(b) + (closedHigh ? "]" : ")")
    case .below(let b, let inclusive): return (inclusive ? "≤ " : "< ") + n(b)
    case .from(let a, let inclusive): return (inclusive ? "≥ " : "> ") + n(a)
    case .range(let a, let b): return n(a) + "–" + n(b)
    case .everything: return "…"
    }
  }
}

/// A number in a label, written when the label is worded, with the language's decimal mark.
enum LabelNumber: Equatable {
  /// A date or date-time in its column's format.
  case date(Double, DateFormat?)
  /// A value in its column's number style.
  case styled(Double, NumberStyle)
  /// A cut point: whole when integral, else to 8 significant digits (R's `cut(dig.lab = 8)`), so a
  /// break such as 2.8000000000000003 reads 2.8; `exact`, the shortest form that reads back.
  case cut(Double, exact: Bool)

  func text(decimalComma: Bool) -> String {
    switch self {
    case .date(let value, let format):
      var out: [UInt8] = []
      format?.append(value, to: &out)
      return String(decoding: out, as: UTF8.self)
    case .styled(let value, let style):
      return NumberFormatting.format(value, style: style, decimalComma: decimalComma)
    case .cut(let value, let exact):
      if value == value.rounded() && abs(value) < NumberFormatting.largestExactInteger { return String(value.integer(clampedTo: Int64.min ... Int64.max)) }
      if exact || !value.isFinite { return decimalComma ? UTF8Text.replacing(".", with: ",", in: "\(value)") : "\(value)" }
      var magnitude = abs(value), digitsBeforePoint = 0, leadingZeros = 0
      while magnitude >= 1 && digitsBeforePoint < 20 { magnitude /= 10; digitsBeforePoint += 1 }
      magnitude = abs(value)
      while magnitude < 0.1 && leadingZeros < 9 { magnitude *= 10; leadingZeros += 1 }
      if leadingZeros > 8 { return decimalComma ? UTF8Text.replacing(".", with: ",", in: "\(value)") : "\(value)" }
      let decimals = digitsBeforePoint > 0 ? max(0, 8 - digitsBeforePoint) : 8 + leadingZeros
      return NumberFormatting.format(value, style: .decimals(minimum: 0, maximum: decimals), decimalComma: decimalComma)
    }
  }
}

/// Real against synthetic for one column: summaries of each side, the distances between the two
/// distributions, coverage, and the bars of a chart.
///
/// - Numeric kinds (integer, decimal, date, datetime): mean, sd (n − 1), R type-7 quartiles, the
///   Kolmogorov–Smirnov statistic D = sup_x |F_r(x) − F_s(x)|, SDMetrics' RangeCoverage
///   max(0, 1 − [max(0, (min_s − min_r)/(max_r − min_r)) + max(0, (max_r − max_s)/(max_r − min_r))])
///   and BoundaryAdherence #{s ∈ [min_r, max_r]}/n_s, all on observed values.
/// - Categorical, boolean, constant, identifier (and empty): category shares of all rows, each
///   missing code as a category of its own, and CategoryCoverage |C_s ∩ C_r|/|C_r|.
/// - Every kind: TVD = ½Σ|r − s| over the categories or the histogram bars (missing included), and
///   synthpop's one-way `utility.tab`.
///
///     let c = ColumnComparison.compare(real: real, synthetic: synthetic, column: 2)
///     c.real.median, c.ks, c.tvd, c.oneWay.sPMSE
struct ColumnComparison {
  /// One side's counts and, for numeric kinds, its summary statistics on observed values.
  struct Summary {
    /// All rows.
    var rows: Int
    /// Rows with a value.
    var observed: Int
    /// Missing rows / rows; NaN when rows == 0.
    var missingShare: Double
    /// Numeric kinds only, else NaN. sd uses n − 1 (NaN below 2 values); quantiles are R type 7.
    var mean = Double.nan, sd = Double.nan, minimum = Double.nan, q1 = Double.nan, median = Double.nan
    var q3 = Double.nan, maximum = Double.nan
    /// The 5th and 95th percentiles, which a publication report shows instead of the extremes.
    var p5 = Double.nan, p95 = Double.nan
  }

  /// Shares of all rows, missing rows included, and the counts behind them.
  struct CategoryShare {
    var term: CategoryTerm
    var real: Double
    var synthetic: Double
    var realCount = 0
    var syntheticCount = 0
    /// As the JSON writes it; the report words `term` in its language.
    var label: String { term.english }
    /// A missing-value code, not a value someone gave.
    var isMissing: Bool {
      switch term {
      case .code, .missing: return true
      default: return false
      }
    }
  }

  var column: Int
  var name: String
  var kind: ColumnKind
  var real: Summary
  var synthetic: Summary
  /// Non-numeric kinds: every category that occurs in either table, by real share descending then
  /// label; then one entry per missing code that occurs (the code's text, or "missing" for a
  /// standard NA token; "missing (NA)", "missing (empty)" when several standard tokens occur).
  /// Empty for numeric kinds.
  var categories: [CategoryShare] = []
  /// sup|F_real − F_synth| on observed values; NaN for non-numeric kinds or an empty side.
  var ks = Double.nan
  /// ½Σ|r − s| over `categories` (non-numeric) or the histogram bars (numeric); NaN when a table has no rows.
  var tvd = Double.nan
  /// synthpop's one-way `utility.tab`.
  var oneWay: TableUtility.Result
  /// Numeric kinds only (else NaN); NaN when a side has no observed values or the real ones are all equal.
  var rangeCoverage = Double.nan
  /// Numeric kinds only (else NaN); NaN when a side has no observed values.
  var boundaryAdherence = Double.nan
  /// Non-numeric kinds only (else NaN); NaN when the real data have no observed category.
  var categoryCoverage = Double.nan
  /// Observed categories only in the synthetic data, sorted.
  var syntheticOnly: [String] = []
  /// Observed real categories the synthetic data lack, sorted.
  var notReproduced: [String] = []
  /// Numeric kinds: equal-width bins over the pooled observed range (the last closed), or one bin
  /// per value for an integer column with at most 20 distinct values; then a "missing" bar when a
  /// side has missing values. Non-numeric kinds: the same bars as `categories`. Shares of all rows.
  var histogramTerms: [CategoryTerm] = []
  /// As the JSON writes them.
  var histogramLabels: [String] { histogramTerms.map { $0.english } }
  var histogramReal: [Double] = []
  var histogramSynthetic: [Double] = []
  /// Real rows behind each bar.
  var histogramRealCounts: [Int] = []
  /// Numeric kinds: one bar per value (else equal-width bins, labelled by their lower edge).
  var histogramValueBars = false
  /// Numeric kinds: the histogram ends with a "missing" bar.
  var histogramHasMissing = false
  /// The synthetic column holds exactly the real column's values, each as often (missing codes
  /// included), in another order: what a method that keeps every distribution by construction
  /// (the copula's empirical marginals) gives. One-way measures then say nothing about the method.
  var sameValues = false

  /// Integer columns with at most this many distinct values get one histogram bar per value.
  static let valueBarLimit = 20

  /// - Parameters:
  ///   - groups: quantile groups of the one-way utility table (synthpop's `ngroups`).
  ///   - bins: equal-width histogram bins for numeric kinds (at least 1).
  /// - Complexity: O(n log n) for numeric kinds (sorting), O(n + levels log levels) otherwise.
  static func compare(real: Table, synthetic: Table, column: Int, groups: Int = 5, bins: Int = 20) -> ColumnComparison {
    let r = real.columns[column], s = synthetic.columns[column]
    let schema = r.schema
    var result = ColumnComparison(
      column: column, name: schema.name, kind: schema.kind,
      real: summary(r, rows: real.rowCount), synthetic: summary(s, rows: synthetic.rowCount),
      oneWay: TableUtility.oneWay(real: real, synthetic: synthetic, column: column, groups: groups))
    if schema.kind.isNumeric {
      result.compareNumbers(r, s, bins: max(bins, 1))
    } else {
      result.compareCategories(r, s)
    }
    result.sameValues = Self.sameValues(real, synthetic, column: column)
    return result
  }

  /// Equal multisets of cells, compared as `RowIndex` compares cells (aligned tables share level
  /// codes and missing codes).
  static func sameValues(_ real: Table, _ synthetic: Table, column c: Int) -> Bool {
    guard real.rowCount == synthetic.rowCount, real.rowCount > 0 else { return false }
    // The columns taken once: subscripting the table per row retains and releases its arrays.
    let realColumn = real.columns[c], syntheticColumn = synthetic.columns[c]
    var a = (0..<real.rowCount).map { RowIndex.word(realColumn, $0) }
    var b = (0..<synthetic.rowCount).map { RowIndex.word(syntheticColumn, $0) }
    RadixSort.sort(&a)
    RadixSort.sort(&b)
    return a == b
  }

  // MARK: Counts

  private static func summary(_ column: Column, rows: Int) -> Summary {
    var missing = 0
    for m in column.missing where m != 0 { missing += 1 }
    missing = min(missing, rows)
    let missingShare = rows > 0 ? Double(missing) / Double(rows) : .nan
    return Summary(rows: rows, observed: rows - missing, missingShare: missingShare)
  }

  /// Rows per missing code (index k for code k, stored as k + 1 in `missing`).
  private static func missingCounts(_ column: Column, codes: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: codes)
    for m in column.missing where m != 0 {
      let k = Int(m) - 1
      while counts.count <= k { counts.append(0) }
      counts[k] += 1
    }
    return counts
  }

  private static func share(_ count: Int, of rows: Int) -> Double {
    rows > 0 ? Double(count) / Double(rows) : .nan
  }

  private static func totalVariation(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in 0..<min(a.count, b.count) { sum += abs(a[i] - b[i]) }
    return sum / 2
  }

  // MARK: Categories

  private mutating func compareCategories(_ r: Column, _ s: Column) {
    var labels: [String] = []
    var realCounts: [Int] = [], syntheticCounts: [Int] = []
    switch kind {
    case .boolean:
      labels = [r.schema.text(of: 0), r.schema.text(of: 1)]
      realCounts = Self.booleanCounts(r)
      syntheticCounts = Self.booleanCounts(s)
    case .categorical, .identifier, .constant:
      labels = r.levels.count >= s.levels.count ? r.levels : s.levels
      realCounts = Self.levelCounts(r, levels: labels.count)
      syntheticCounts = Self.levelCounts(s, levels: labels.count)
    default:
      break  // empty: only missing values
    }
    var present = (0..<labels.count).filter { realCounts[$0] > 0 || syntheticCounts[$0] > 0 }
    present.sort { realCounts[$0] != realCounts[$1] ? realCounts[$0] > realCounts[$1] : labels[$0] < labels[$1] }

    let realRows = real.rows, syntheticRows = synthetic.rows
    var inBoth = 0, inReal = 0
    for i in present {
      categories.append(CategoryShare(
        term: .value(labels[i]), real: Self.share(realCounts[i], of: realRows), synthetic: Self.share(syntheticCounts[i], of: syntheticRows),
        realCount: realCounts[i], syntheticCount: syntheticCounts[i]))
      if realCounts[i] > 0 {
        inReal += 1
        if syntheticCounts[i] > 0 { inBoth += 1 } else { notReproduced.append(labels[i]) }
      } else {
        syntheticOnly.append(labels[i])
      }
    }
    syntheticOnly.sort()
    notReproduced.sort()
    categoryCoverage = inReal > 0 ? Double(inBoth) / Double(inReal) : .nan

    // Missing codes after the categories, in code order.
    let codes = r.schema.missingCodes.count >= s.schema.missingCodes.count ? r.schema.missingCodes : s.schema.missingCodes
    let realMissing = Self.missingCounts(r, codes: codes.count), syntheticMissing = Self.missingCounts(s, codes: codes.count)
    let missingLabels = Self.missingLabels(codes, realMissing, syntheticMissing)
    for k in 0..<max(realMissing.count, syntheticMissing.count) {
      let o = k < realMissing.count ? realMissing[k] : 0, m = k < syntheticMissing.count ? syntheticMissing[k] : 0
      guard o + m > 0 else { continue }
      categories.append(CategoryShare(
        term: missingLabels[k], real: Self.share(o, of: realRows), synthetic: Self.share(m, of: syntheticRows), realCount: o, syntheticCount: m))
    }

    histogramTerms = categories.map { $0.term }
    histogramRealCounts = categories.map { $0.realCount }
    histogramReal = categories.map { $0.real }
    histogramSynthetic = categories.map { $0.synthetic }
    tvd = realRows > 0 && syntheticRows > 0 ? Self.totalVariation(histogramReal, histogramSynthetic) : .nan
  }

  private static func booleanCounts(_ column: Column) -> [Int] {
    var counts = [0, 0]
    let hasMissing = !column.missing.isEmpty
    for (row, v) in column.numbers.enumerated() where !(hasMissing && row < column.missing.count && column.missing[row] != 0) {
      counts[v != 0 ? 1 : 0] += 1
    }
    return counts
  }

  /// Observed rows per level; codes outside the levels (which aligned tables never hold) are skipped.
  private static func levelCounts(_ column: Column, levels: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: levels)
    let hasMissing = !column.missing.isEmpty
    for (row, code) in column.codes.enumerated() where !(hasMissing && row < column.missing.count && column.missing[row] != 0) {
      if code >= 0 && Int(code) < levels { counts[Int(code)] += 1 }
    }
    return counts
  }

  /// User codes by their text; standard tokens as "missing", told apart only when several occur.
  private static func missingLabels(_ codes: [MissingCode], _ real: [Int], _ synthetic: [Int]) -> [CategoryTerm] {
    let count = max(real.count, synthetic.count)
    func occurs(_ k: Int) -> Bool { (k < real.count && real[k] > 0) || (k < synthetic.count && synthetic[k] > 0) }
    var standardOccurring = 0
    for k in 0..<count where occurs(k) && !(k < codes.count && codes[k].isUserCode) { standardOccurring += 1 }
    return (0..<count).map { k in
      if k < codes.count && codes[k].isUserCode { return .code(codes[k].text) }
      if standardOccurring <= 1 || k >= codes.count { return .missing(nil) }
      return .missing(codes[k].text)
    }
  }

  // MARK: Numbers

  private mutating func compareNumbers(_ r: Column, _ s: Column, bins: Int) {
    let a = Statistics.sortedObserved(r), b = Statistics.sortedObserved(s)
    Self.describe(a, into: &real)
    Self.describe(b, into: &synthetic)
    ks = Statistics.kolmogorovSmirnov(sorted: a, b)
    if let minR = a.first, let maxR = a.last, let minS = b.first, let maxS = b.last {
      let range = maxR - minR
      if range > 0 {
        rangeCoverage = max(0, 1 - (max(0, (minS - minR) / range) + max(0, (maxR - maxS) / range)))
      }
      var within = 0
      for x in b where x >= minR && x <= maxR { within += 1 }
      boundaryAdherence = Double(within) / Double(b.count)
    }
    histogram(a, b, r, s, bins: bins)
    tvd = real.rows > 0 && synthetic.rows > 0 ? Self.totalVariation(histogramReal, histogramSynthetic) : .nan
  }

  private static func describe(_ sorted: [Double], into summary: inout Summary) {
    guard let first = sorted.first, let last = sorted.last else { return }
    summary.mean = Statistics.mean(sorted)
    summary.sd = Statistics.standardDeviation(sorted, mean: summary.mean)
    summary.minimum = first
    summary.q1 = Statistics.quantile(sorted: sorted, 0.25)
    summary.median = Statistics.quantile(sorted: sorted, 0.5)
    summary.q3 = Statistics.quantile(sorted: sorted, 0.75)
    summary.maximum = last
    summary.p5 = Statistics.quantile(sorted: sorted, 0.05)
    summary.p95 = Statistics.quantile(sorted: sorted, 0.95)
  }

  private mutating func histogram(_ a: [Double], _ b: [Double], _ r: Column, _ s: Column, bins: Int) {
    var realCounts: [Int] = [], syntheticCounts: [Int] = []
    let low = min(a.first ?? .infinity, b.first ?? .infinity), high = max(a.last ?? -.infinity, b.last ?? -.infinity)
    let schema = r.schema
    if low <= high {
      if kind == .integer && Statistics.distinctCount(sorted: a, b, limit: Self.valueBarLimit) <= Self.valueBarLimit {
        histogramValueBars = true
        // One bar per value: walk both sorted samples together.
        var i = 0, j = 0
        while i < a.count || j < b.count {
          let x = j == b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
          var o = 0, m = 0
          while i < a.count && a[i] <= x { i += 1; o += 1 }
          while j < b.count && b[j] <= x { j += 1; m += 1 }
          histogramTerms.append(.number(Self.valueNumber(x, schema)))
          realCounts.append(o)
          syntheticCounts.append(m)
        }
      } else {
        let count = high > low ? bins : 1
        let width = (high - low) / Double(count)
        realCounts = Self.binCounts(a, low: low, width: width, bins: count)
        syntheticCounts = Self.binCounts(b, low: low, width: width, bins: count)
        for i in 0..<count { histogramTerms.append(.number(Self.edgeLabel(low + Double(i) * width, schema))) }
      }
    }
    histogramReal = realCounts.map { Self.share($0, of: real.rows) }
    histogramSynthetic = syntheticCounts.map { Self.share($0, of: synthetic.rows) }
    histogramRealCounts = realCounts
    let realMissing = real.rows - real.observed, syntheticMissing = synthetic.rows - synthetic.observed
    if realMissing > 0 || syntheticMissing > 0 {
      histogramHasMissing = true
      histogramRealCounts.append(realMissing)
      histogramTerms.append(.missing(nil))
      histogramReal.append(Self.share(realMissing, of: real.rows))
      histogramSynthetic.append(Self.share(syntheticMissing, of: synthetic.rows))
    }
  }

  /// Bin ⌊(x − low)/width⌋, the top edge in the last bin. Ranges too wide for a Double (width
  /// infinite) put everything in the first bin rather than convert NaN to Int.
  private static func binCounts(_ values: [Double], low: Double, width: Double, bins: Int) -> [Int] {
    var counts = [Int](repeating: 0, count: bins)
    let last = Double(bins - 1)
    for x in values {
      var t = width > 0 ? ((x - low) / width).rounded(.down) : 0
      if !(t >= 0) { t = 0 }
      if t > last { t = last }
      counts[t.integer(clampedTo: 0 ... counts.count - 1)] += 1
    }
    return counts
  }

  /// The smallest value a bin can hold: whole numbers, days and seconds round the edge up.
  private static func edgeLabel(_ edge: Double, _ schema: ColumnSchema) -> LabelNumber {
    switch schema.kind {
    case .integer, .date, .datetime: return valueNumber(edge.rounded(.up), schema)
    default: return NumericCuts.number(edge, schema, exact: false)
    }
  }

  /// A value as its column writes it.
  private static func valueNumber(_ value: Double, _ schema: ColumnSchema) -> LabelNumber {
    schema.kind == .date || schema.kind == .datetime ? .date(value, schema.dateFormat) : .styled(value, schema.numberStyle)
  }
}
