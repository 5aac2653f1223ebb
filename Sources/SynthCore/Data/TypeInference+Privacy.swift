/// The level that `--pool-rare` merges rare categories into.
enum RarePooling {
  static let level = "other"
}

/// The typing decisions that keep the output safe: which missing tokens are real answers, which
/// numbers are random IDs, which columns identify people together with others, and coarsening.
extension TypeInference {
  /// A standard token above this share of a text column's rows is more likely an answer ("NONE")
  /// than a missing value.
  static let keptTokenShare = 0.05
  /// Of the standard tokens only "none" is also an ordinary answer ("speaks no foreign language");
  /// NA, N/A, NaN and null are markers, and `-`, `.` and `?` are SPSS and Stata's missing marks.
  static let answerTokens = ["none"]

  /// The answer tokens (lowercased) that mark missing values in some numeric column of the file:
  /// there they cannot be answers, so the file uses them for "missing" everywhere.
  static func numericMissingMarkers(_ raw: RawTable, decimalCommaAllowed: Bool) -> [String] {
    var markers: [String] = []
    for column in raw.columns {
      // Only columns holding an answer token need the numeric check; most hold none.
      var found: [String] = []
      for code in 0..<column.values.count where isAnswerTokenLength(column.values.byteCount(code)) {
        let lower = UTF8Text.asciiLowercased(column.values.string(code))
        if answerTokens.contains(lower) && !found.contains(lower) { found.append(lower) }
      }
      guard !found.isEmpty else { continue }
      var numbers = 0
      var allNumbers = true
      for code in 0..<column.values.count {
        let text = column.values.string(code)
        if MissingValues.isStandardToken(text) { continue }
        guard NumberFormatting.scan(text, decimalComma: decimalCommaAllowed) != nil else { allNumbers = false; break }
        numbers += 1
      }
      guard allNumbers && numbers > 0 else { continue }
      for t in found where !markers.contains(t) { markers.append(t) }
    }
    return markers
  }

  private static func isAnswerTokenLength(_ bytes: Int) -> Bool { answerTokens.contains { $0.utf8.count == bytes } }

  /// Per distinct value: nil when a standard token counts as missing (or the value is no token),
  /// true when the user said it is a value, false when it is kept because it is a frequent answer.
  static func keptTokens(
    _ distinct: Distinct, rows: Int, userCodes: [String], notMissing: [String], markers: [String], decimalCommaAllowed: Bool
  ) -> [Bool?] {
    var kept = [Bool?](repeating: nil, count: distinct.texts.count)
    // The common case, no answer token and nothing the user kept, costs one look at short values.
    var candidates: [Int] = []
    for (code, text) in distinct.texts.enumerated() where distinct.counts[code] > 0 {
      let short = isAnswerTokenLength(text.utf8.count)
      guard short || !notMissing.isEmpty else { continue }
      guard MissingValues.isStandardToken(text), !MissingValues.isBlank(text) else { continue }
      if !userCodes.isEmpty && MissingValues.matchesUserCode(text, codes: userCodes, decimalComma: decimalCommaAllowed) != nil { continue }
      let lower = UTF8Text.asciiLowercased(text)
      if notMissing.contains(where: { $0 == text || UTF8Text.asciiLowercased($0) == lower }) {
        kept[code] = true
      } else if answerTokens.contains(lower) && !markers.contains(lower) && Double(distinct.counts[code]) > keptTokenShare * Double(rows) {
        candidates.append(code)
      }
    }
    guard !candidates.isEmpty else { return kept }
    // An answer only in a text column: in a numeric column it is the one word among numbers.
    var others = 0
    var othersAreNumbers = true
    for (code, text) in distinct.texts.enumerated() where distinct.counts[code] > 0 && !MissingValues.isStandardToken(text) {
      others += 1
      if NumberFormatting.scan(text, decimalComma: decimalCommaAllowed) == nil { othersAreNumbers = false; break }
    }
    if others > 0 && !othersAreNumbers { for code in candidates { kept[code] = false } }
    return kept
  }

  /// Unique whole numbers spread evenly over a wide range are random ID numbers: real quantities
  /// (incomes, weights, counts) are skewed or bunched, and rarely all distinct.
  static func looksRandom(observed: [Int], observedRows: Int, values: [Double]) -> Bool {
    guard observedRows >= minimumRowsForHeuristics, Double(observed.count) >= identifierUniqueShare * Double(observedRows) else { return false }
    var sorted = observed.map { values[$0] }
    sorted.sort()
    guard let low = sorted.first, let high = sorted.last, low >= 0, high >= 100_000 else { return false }
    // The 95% Kolmogorov-Smirnov bound for a uniform sample, with a small margin for rounding.
    let bound = 1.36 / Double(sorted.count).squareRoot() + 0.01
    return IdentifierPatterns.uniformDistance(sorted) <= bound
  }

  /// The column with six-character postcodes cut to their four digits (PC4).
  static func coarsenPostcodes(_ column: RawTable.Column) throws(DataError) -> RawTable.Column {
    var out = RawTable.Column(name: column.name, headerText: column.headerText)
    var map: [Int32] = []
    var usable = false
    for code in 0..<column.values.count {
      let text = column.values.string(code)
      var coarse = text
      if let four = IdentifierPatterns.pc4(text) {
        coarse = four
        usable = true
      } else if text.utf8.count == 4 && text.utf8.allSatisfy(UTF8Text.isASCIIDigit) {
        usable = true
      }
      let bytes = Array(coarse.utf8)
      map.append(bytes.withUnsafeBufferPointer { out.values.intern($0) })
    }
    guard usable else {
      throw .coarseningNeedsPostcodes(column: column.name)
    }
    out.codes = column.codes.map { map[Int($0)] }
    return out
  }

  /// Dates to their year (a whole number) or month (a date written as year and month).
  static func coarsen(_ c: Coarsening, schema: inout ColumnSchema, observed: [Int], distinct: Distinct, values: inout [Double]) throws(DataError) {
    guard c != .pc4 else {
      schema.coarsened = .pc4
      schema.reasons.append(.coarsened(.pc4))
      return
    }
    switch schema.kind {
    case .date, .datetime:
      break
    case .integer where c == .year:
      // Already years (a synthetic file read back with the real settings).
      schema.coarsened = .year
      return
    default:
      if c == .month, schema.kind == .categorical, let months = monthValues(observed, distinct) {
        for (i, code) in observed.enumerated() { values[code] = months.values[i] }
        schema.kind = .date
        schema.dateFormat = months.format
        schema.numberStyle = .shortest
        schema.coarsened = .month
        schema.reasons = [.coarsened(.month)]
        return
      }
      throw .coarseningNeedsDates(column: schema.name, coarsening: c, kind: schema.kind)
    }
    let seconds = schema.kind == .datetime
    for code in observed {
      var days = values[code]
      if seconds { days = (days / 86_400).rounded(.down) }
      guard days.isFinite, abs(days) < 1e9 else { continue }
      let (year, month, _) = CivilDate.civil(fromDays: days.integer(clampedTo: -1_000_000_000...1_000_000_000))
      values[code] = c == .year ? Double(year) : Double(CivilDate.days(year: year, month: month, day: 1))
    }
    if c == .year {
      schema.kind = .integer
      schema.numberStyle = .integer
      schema.dateFormat = nil
    } else {
      schema.kind = .date
      schema.dateFormat?.time = .none
      schema.dateFormat?.fractionDigits = 0
      schema.dateFormat?.utcSuffix = false
      schema.dateFormat?.monthOnly = true
    }
    schema.coarsened = c
    schema.reasons.append(.coarsened(c))
    // The distinct values and examples are those of the coarse column.
    var pairs = observed.map { (value: values[$0], count: distinct.counts[$0]) }
    pairs.sort { $0.value < $1.value }
    var merged: [(value: Double, count: Int)] = []
    for p in pairs {
      if let last = merged.last, last.value == p.value { merged[merged.count - 1].count += p.count } else { merged.append(p) }
    }
    schema.distinctCount = merged.count
    let ranked = merged.indices.sorted { merged[$0].count != merged[$1].count ? merged[$0].count > merged[$1].count : $0 < $1 }
    schema.examples = ranked.prefix(3).map { schema.text(of: merged[$0].value) }
  }

  /// `2024-03` or `03-2024` in every value: a column already coarsened to months.
  private static func monthValues(_ observed: [Int], _ distinct: Distinct) -> (values: [Double], format: DateFormat)? {
    var out: [Double] = []
    var yearFirst: Bool? = nil
    var separator: UInt8 = 45
    for code in observed {
      let b = Array(distinct.texts[code].utf8)
      guard b.count == 7 else { return nil }
      let first = b[4] == 45 || b[4] == 47
      if yearFirst == nil { yearFirst = first; separator = first ? b[4] : b[2] }
      guard first == yearFirst else { return nil }
      let yearStart = first ? 0 : 3, monthStart = first ? 5 : 0
      guard b[first ? 4 : 2] == separator else { return nil }
      var year: Int64 = 0, month: Int64 = 0
      for i in yearStart..<(yearStart + 4) { guard UTF8Text.isASCIIDigit(b[i]) else { return nil }; year = year * 10 + Int64(b[i] - 48) }
      for i in monthStart..<(monthStart + 2) { guard UTF8Text.isASCIIDigit(b[i]) else { return nil }; month = month * 10 + Int64(b[i] - 48) }
      guard month >= 1 && month <= 12 else { return nil }
      out.append(Double(CivilDate.days(year: year, month: month, day: 1)))
    }
    guard let yf = yearFirst else { return nil }
    var format = DateFormat(order: yf ? .yearMonthDay : .dayMonthYear, separator: separator, padded: true, time: .none)
    format.monthOnly = true
    return (out, format)
  }

  /// Postcodes, dates of birth, exact event dates and free text, with the coarsening that suits them.
  static func quasiIdentifier(_ schema: ColumnSchema, observed: [Int], observedRows: Int, distinct: Distinct) -> QuasiIdentifier? {
    let name = schema.name
    switch schema.kind {
    case .categorical:
      if schema.coarsened == .pc4 { return QuasiIdentifier(kind: .postcode, coarsenings: []) }
      if observed.count >= IdentifierPatterns.minimumDistinct
        && IdentifierPatterns.postcodeShare(distinct.texts, counts: distinct.counts, observed: observed) >= IdentifierPatterns.minimumShare {
        return QuasiIdentifier(kind: .postcode, coarsenings: [.pc4])
      }
      if IdentifierPatterns.nameSays(name, IdentifierPatterns.postcodeNames) { return QuasiIdentifier(kind: .postcode, coarsenings: []) }
      guard observedRows >= minimumRowsForHeuristics, observed.count * 2 >= observedRows else { return nil }
      var bytes = 0, withSpaces = 0
      for code in observed {
        bytes += distinct.texts[code].utf8.count
        if distinct.texts[code].utf8.contains(32) { withSpaces += 1 }
      }
      if bytes / observed.count >= 40 || withSpaces * 2 > observed.count { return QuasiIdentifier(kind: .freeText, coarsenings: []) }
      return nil
    case .integer:
      if schema.coarsened == .pc4 || IdentifierPatterns.nameSays(name, IdentifierPatterns.postcodeNames) { return QuasiIdentifier(kind: .postcode, coarsenings: []) }
      return nil
    case .date, .datetime:
      let monthOnly = schema.dateFormat?.monthOnly ?? false
      let choices: [Coarsening] = monthOnly ? [.year] : [.year, .month]
      if IdentifierPatterns.nameSays(name, IdentifierPatterns.birthNames) { return QuasiIdentifier(kind: .birthDate, coarsenings: choices) }
      if schema.kind == .date && !monthOnly && schema.distinctCount >= 100 && Double(schema.distinctCount) >= 0.3 * Double(observedRows) {
        return QuasiIdentifier(kind: .date, coarsenings: choices)
      }
      return nil
    default:
      return nil
    }
  }

  /// Values of a numeric column that sit apart from the rest like special codes: a few small
  /// negative whole numbers in an otherwise non-negative column (-1, -8, -9), or 99, 999, … far
  /// above the other values.
  static func suggestedCodes(_ schema: ColumnSchema, observed: [Int], distinct: Distinct, values: [Double]) -> [MissingCode] {
    guard schema.kind == .integer || schema.kind == .decimal else { return [] }
    let total = observed.reduce(0) { $0 + distinct.counts[$1] }
    guard total >= minimumRowsForHeuristics else { return [] }
    let nines: [Double] = [99, 999, 9_999, 99_999, 999_999]
    var negatives: [Int] = [], high: [Int] = [], rest: [Int] = []
    for code in observed {
      let v = values[code]
      if v <= -1 && v >= -99 && v == v.rounded() { negatives.append(code) }
      else if nines.contains(v) { high.append(code) }
      else { rest.append(code) }
    }
    guard !rest.isEmpty else { return [] }
    var low = Double.infinity, top = -Double.infinity
    for code in rest { low = min(low, values[code]); top = max(top, values[code]) }
    var chosen: [Int] = []
    if !negatives.isEmpty && negatives.count <= 3 && low >= 0 { chosen += negatives }
    for code in high where values[code] > top && values[code] - top > 0.5 * (top - min(low, 0)) { chosen.append(code) }
    chosen.sort { values[$0] < values[$1] }
    return chosen.map { MissingCode(text: distinct.texts[$0], count: distinct.counts[$0], isUserCode: false) }
  }
}
