/// Decides each column's kind from its distinct values, with a confidence and the reasons, and
/// builds the typed table. Every decision can be overridden through `TableOptions`.
struct TypeInference {
  let options: TableOptions

  /// Text columns with at least this share of unique values are identifiers or free text.
  static let identifierUniqueShare = 0.95
  /// Numbers with at most this many distinct values may be category codes (synthpop warns about these).
  static let categoricalCodeLimit = 5
  /// Below this many observed values no column is called an identifier or a possible code.
  static let minimumRowsForHeuristics = 20

  /// Takes the raw table over so each column's reader codes are freed once it is typed.
  func type(_ raw: consuming RawTable, progress: inout ProgressReporter) throws(DataError) -> Table {
    let names = raw.columns.map { $0.name }
    for o in options.overrides where !names.contains(o.column) && !options.overridesMayBeAbsent { throw .unknownColumn(o.column, available: names) }
    let decimalCommaAllowed = options.csv.decimalComma ?? (raw.dialect.delimiter != UInt8(ascii: ","))
    let markers = TypeInference.numericMissingMarkers(raw, decimalCommaAllowed: decimalCommaAllowed)
    var dialect = raw.dialect
    var notices = raw.notices
    var columns: [Column] = []
    columns.reserveCapacity(raw.columns.count)
    for position in 0..<raw.columns.count {
      progress.report("typing", Double(position) / Double(raw.columns.count))
      let column = try typeColumn(raw.columns[position], position: position, raw: raw, decimalCommaAllowed: decimalCommaAllowed, markers: markers)
      raw.columns[position].codes = []
      raw.columns[position].values = ValueInterner()
      if column.schema.decimalComma { dialect.decimalComma = true }
      if column.schema.isIndex { notices.append(Notice(.indexColumn(name: column.schema.name, excluded: column.schema.excluded))) }
      columns.append(column)
    }
    progress.report("typing", 1)
    if dialect.decimalComma {
      notices.append(Notice(.decimalComma))
    } else if options.csv.decimalComma == true {
      notices.append(Notice(.decimalCommaUnused(commaSeparated: raw.dialect.delimiter == UInt8(ascii: ","))))
    }
    if raw.rowCount < Table.smallRowCount { notices.append(Notice(.fewRows(raw.rowCount))) }
    return Table(file: raw.file, dialect: dialect, notices: notices, columns: columns, rowCount: raw.rowCount)
  }

  // MARK: One column

  struct Distinct {
    var texts: [String]
    var counts: [Int]
    var firstRow: [Int]
  }

  private func typeColumn(_ original: RawTable.Column, position: Int, raw table: RawTable, decimalCommaAllowed: Bool, markers: [String]) throws(DataError) -> Column {
    let override = options.override(for: original.name)
    var raw = original
    if override?.coarsen == .pc4 { raw = try TypeInference.coarsenPostcodes(original) }
    let n = raw.values.count
    var distinct = Distinct(texts: [], counts: Array(repeating: 0, count: n), firstRow: Array(repeating: -1, count: n))
    distinct.texts.reserveCapacity(n)
    for code in 0..<n { distinct.texts.append(raw.values.string(code)) }
    for (row, code) in raw.codes.enumerated() {
      let c = Int(code)
      if distinct.counts[c] == 0 { distinct.firstRow[c] = row }
      distinct.counts[c] += 1
    }

    let userCodes = options.missingCodes + (override?.missingCodes ?? [])
    let notMissing = override?.notMissing ?? []
    let tokenDecisions = TypeInference.keptTokens(distinct, rows: table.rowCount, userCodes: userCodes, notMissing: notMissing, markers: markers, decimalCommaAllowed: decimalCommaAllowed)

    // Missing values: user codes first, in the order given, then standard tokens as they appear.
    var missingCodes: [MissingCode] = userCodes.map { MissingCode(text: $0, count: 0, isUserCode: true) }
    var keptTokens: [MissingCode] = []
    var missingIndex = Array(repeating: UInt16(0), count: n)
    for code in 0..<n {
      let text = distinct.texts[code]
      if !userCodes.isEmpty, let k = MissingValues.matchesUserCode(text, codes: userCodes, decimalComma: decimalCommaAllowed) {
        missingCodes[k].count += distinct.counts[code]
        missingIndex[code] = UInt16(k + 1)
      } else if MissingValues.isStandardToken(text) {
        if let byUser = tokenDecisions[code] {
          keptTokens.append(MissingCode(text: text, count: distinct.counts[code], isUserCode: byUser))
          continue
        }
        if missingCodes.count >= Int(UInt16.max) { continue }
        missingCodes.append(MissingCode(text: text, count: distinct.counts[code], isUserCode: false))
        missingIndex[code] = UInt16(missingCodes.count)
      }
    }
    let observed = (0..<n).filter { missingIndex[$0] == 0 }
    let observedRows = observed.reduce(0) { $0 + distinct.counts[$1] }

    var schema = ColumnSchema(name: raw.name, position: position, kind: .categorical, confidence: 1, reasons: [], excluded: false)
    schema.missingCodes = missingCodes
    schema.keptTokens = keptTokens
    schema.missingCount = table.rowCount - observedRows
    schema.distinctCount = observed.count
    schema.examples = TypeInference.examples(observed, distinct)

    var valueOfCode = Array(repeating: 0.0, count: n)
    if let forced = override?.kind {
      try applyForcedKind(forced, schema: &schema, observed: observed, distinct: distinct, values: &valueOfCode, decimalCommaAllowed: decimalCommaAllowed, raw: table)
    } else {
      inferKind(&schema, raw: raw, observed: observed, observedRows: observedRows, distinct: distinct, values: &valueOfCode, decimalCommaAllowed: decimalCommaAllowed)
    }
    for token in keptTokens { schema.reasons.append(token.isUserCode ? .tokenKeptByUser(token: token.text, count: token.count) : .tokenKept(token: token.text, count: token.count)) }
    if let coarsening = override?.coarsen {
      try TypeInference.coarsen(coarsening, schema: &schema, observed: observed, distinct: distinct, values: &valueOfCode)
    }
    if !schema.excluded {
      schema.quasiIdentifier = TypeInference.quasiIdentifier(schema, observed: observed, observedRows: observedRows, distinct: distinct)
      schema.suggestedCodes = TypeInference.suggestedCodes(schema, observed: observed, distinct: distinct, values: valueOfCode)
    }
    if let include = override?.include {
      schema.excluded = !include
      schema.reasons.append(include ? .includedByUser : .excludedByUser)
    }
    let pool = override?.poolRare ?? options.poolRare
    return TypeInference.buildColumn(
      schema: schema, raw: raw, observed: observed, distinct: distinct, values: valueOfCode, missingIndex: missingIndex,
      minimumCount: options.minimumCount, pool: pool)
  }

  private static func examples(_ observed: [Int], _ distinct: Distinct) -> [String] {
    let ranked = observed.sorted { a, b in
      distinct.counts[a] != distinct.counts[b] ? distinct.counts[a] > distinct.counts[b] : a < b
    }
    return ranked.prefix(3).map { distinct.texts[$0] }
  }

  private func inferKind(_ schema: inout ColumnSchema, raw: RawTable.Column, observed: [Int], observedRows: Int, distinct: Distinct, values: inout [Double], decimalCommaAllowed: Bool) {
    let count = observed.count
    if count == 0 {
      schema.kind = .empty
      schema.reasons.append(.allMissing)
      return
    }
    if count == 1 {
      schema.kind = .constant
      schema.reasons.append(.constant(value: distinct.texts[observed[0]]))
      return
    }
    if let (kind, share) = IdentifierPatterns.direct(distinct.texts, counts: distinct.counts, observed: observed, observedRows: observedRows) {
      schema.markIdentifier(kind, detail: .matching(share: share), confidence: share)
      return
    }
    if let labels = booleanLabels(observed, distinct, allowDigits: options.booleanZeroOne, values: &values) {
      schema.kind = .boolean
      schema.booleanLabels = labels
      schema.reasons.append(.yesNo(falseLabel: labels.0, trueLabel: labels.1))
      schema.confidence = labels.0 == "0" ? 0.9 : 1
      return
    }
    let numbers = scanNumbers(observed, distinct, decimalCommaAllowed: decimalCommaAllowed, values: &values)
    if numbers.failed.isEmpty {
      // `1.234` beside `750` in a file whose decimal mark may be a comma: thousands, not decimals.
      if numbers.usesDecimalPoint && decimalCommaAllowed && options.csv.decimalComma == nil,
        NumberNotation.groupsWholeNumbers(observed.map { distinct.texts[$0] }),
        let learned = noteNotation(&schema, observed: observed, distinct: distinct, decimalCommaAllowed: true, values: &values)
      {
        describeNumbers(&schema, learned, raw: raw, observed: observed, observedRows: observedRows, distinct: distinct, values: values)
        return
      }
      describeNumbers(&schema, numbers, raw: raw, observed: observed, observedRows: observedRows, distinct: distinct, values: values)
      return
    }
    // Amounts as spreadsheets write them: `15.438,50`, `€ 1.234`, `(12,50)`, `7,5%`.
    if let learned = noteNotation(&schema, observed: observed, distinct: distinct, decimalCommaAllowed: decimalCommaAllowed, values: &values) {
      describeNumbers(&schema, learned, raw: raw, observed: observed, observedRows: observedRows, distinct: distinct, values: values)
      return
    }
    if let dates = DateInference.infer(observed.map { distinct.texts[$0] }, preferredOrder: options.dateOrder) {
      schema.kind = dates.format.hasTime ? .datetime : .date
      schema.dateFormat = dates.format
      for (i, code) in observed.enumerated() { values[code] = dates.values[i] }
      schema.reasons.append(.dates(pattern: dates.format.pattern, withTime: dates.format.hasTime))
      if let note = dates.orderReason { schema.reasons.append(.dateOrder(note)) }
      schema.confidence = dates.ambiguous ? 0.7 : 1
      return
    }
    describeText(&schema, observed: observed, observedRows: observedRows, distinct: distinct, numbers: numbers)
  }

  private struct NumberScan {
    var failed: [Int] = []
    var numericRows = 0
    var maxDecimals = 0
    var minDecimals = Int.max
    var allIntegers = true
    var usesExponent = false
    var usesDecimalComma = false
    var usesDecimalPoint = false

    mutating func add(_ number: ScannedNumber, rows: Int) {
      numericRows += rows
      maxDecimals = max(maxDecimals, number.decimals)
      minDecimals = min(minDecimals, number.decimals)
      if !number.isInteger { allIntegers = false }
      if number.usesExponent { usesExponent = true }
      if number.usesDecimalComma { usesDecimalComma = true }
      if number.decimals > 0 && !number.usesDecimalComma { usesDecimalPoint = true }
    }
  }

  /// Reads every observed value under the notation they share (`NumberNotation.learn`), sets it on
  /// the schema with its reason, and returns the scan of the numbers; nil when there is none.
  private func noteNotation(
    _ schema: inout ColumnSchema, observed: [Int], distinct: Distinct, decimalCommaAllowed: Bool, values: inout [Double]
  ) -> NumberScan? {
    guard let (notation, _, numbers) = NumberNotation.learn(observed.map { distinct.texts[$0] }, decimalCommaAllowed: decimalCommaAllowed) else { return nil }
    var scan = NumberScan()
    for (i, code) in observed.enumerated() {
      values[code] = numbers[i].value
      scan.add(numbers[i], rows: distinct.counts[code])
    }
    schema.numberNotation = notation
    schema.reasons.append(.notation(notation))
    return scan
  }

  private func scanNumbers(_ observed: [Int], _ distinct: Distinct, decimalCommaAllowed: Bool, values: inout [Double]) -> NumberScan {
    var scan = NumberScan()
    for code in observed {
      guard let number = NumberFormatting.scan(distinct.texts[code], decimalComma: decimalCommaAllowed) else {
        scan.failed.append(code)
        continue
      }
      values[code] = number.value
      scan.add(number, rows: distinct.counts[code])
    }
    return scan
  }

  private func describeNumbers(_ schema: inout ColumnSchema, _ scan: NumberScan, raw: RawTable.Column, observed: [Int], observedRows: Int, distinct: Distinct, values: [Double]) {
    let count = observed.count
    schema.decimalComma = scan.usesDecimalComma
    if scan.allIntegers {
      schema.kind = .integer
      schema.numberStyle = .integer
      schema.reasons.append(.wholeNumbers)
      if count == observedRows && observedRows >= TypeInference.minimumRowsForHeuristics {
        var low = Double.infinity, high = -Double.infinity
        for code in observed { low = min(low, values[code]); high = max(high, values[code]) }
        if high - low + 1 == Double(count) {
          schema.kind = .identifier
          schema.excluded = true
          schema.confidence = 0.9
          if schema.position == 0 && isUnnamed(raw.headerText) && countsRows(raw, values: values) {
            schema.isIndex = true
            schema.identifierKind = .index
            schema.confidence = 0.99
            schema.reasons = [.identifier(.index, detail: .none)]
          } else {
            schema.identifierKind = .sequence
            schema.reasons = [.identifier(.sequence, detail: .run(from: NumberFormatting.format(low, style: .integer), to: NumberFormatting.format(high, style: .integer)))]
          }
          return
        }
      }
      if TypeInference.looksRandom(observed: observed, observedRows: observedRows, values: values) {
        schema.markIdentifier(.randomNumber, detail: .none, confidence: 0.8, replacingReasons: true)
        return
      }
      // Unique whole numbers under a name like `id` or `klantnummer` are IDs even when they are
      // neither gapless nor spread evenly (handed out in blocks, or from a few ranges).
      if count == observedRows && observedRows >= TypeInference.minimumRowsForHeuristics && IdentifierPatterns.nameSaysNumbered(raw.headerText) {
        schema.markIdentifier(.namedNumber, detail: .none, confidence: 0.8, replacingReasons: true)
        return
      }
    } else {
      schema.kind = .decimal
      schema.numberStyle = scan.usesExponent ? .shortest : .decimals(minimum: scan.minDecimals, maximum: scan.maxDecimals)
      schema.reasons.append(.numbers(maximumDecimals: scan.maxDecimals, exponent: scan.usesExponent))
    }
    if count <= TypeInference.categoricalCodeLimit && observedRows >= TypeInference.minimumRowsForHeuristics {
      schema.possiblyCategorical = true
      schema.confidence = 0.6
      let shown = observed.sorted { values[$0] < values[$1] }.map { distinct.texts[$0] }
      schema.reasons.append(.possiblyCodes(count: count, values: shown))
    }
  }

  private func describeText(_ schema: inout ColumnSchema, observed: [Int], observedRows: Int, distinct: Distinct, numbers: NumberScan) {
    let count = observed.count
    // A few stray words in a numeric column are more likely unlisted missing codes than data.
    if numbers.numericRows * 10 >= observedRows * 9 && numbers.failed.count <= 3 {
      schema.kind = .categorical
      schema.confidence = 0.5
      schema.reasons.append(.text(distinct: count))
      schema.reasons.append(.mostlyNumbers(exceptions: numbers.failed.map { distinct.texts[$0] }))
      return
    }
    let uniqueShare = Double(count) / Double(observedRows)
    // Six-character postcodes are often unique in small files, yet they are a quasi-identifier to coarsen, not an ID.
    let postcodes = count >= IdentifierPatterns.minimumDistinct
      && IdentifierPatterns.postcodeShare(distinct.texts, counts: distinct.counts, observed: observed) >= IdentifierPatterns.minimumShare
    // In a small file most columns are unique, so uniqueness alone says little there; but codes that
    // all differ and all hold a digit (K100234, 2024-0012) are numbers given to people, left out too.
    let smallFileCodes = observedRows < TypeInference.minimumRowsForHeuristics && observedRows >= 3 && count == observedRows
      && observed.allSatisfy { code in distinct.texts[code].utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
    if !postcodes && (observedRows >= TypeInference.minimumRowsForHeuristics || smallFileCodes) && uniqueShare >= TypeInference.identifierUniqueShare {
      var totalBytes = 0, withSpaces = 0
      for code in observed {
        let t = distinct.texts[code]
        totalBytes += t.utf8.count
        if t.utf8.contains(32) { withSpaces += 1 }
      }
      let freeText = totalBytes / count >= 40 || withSpaces * 2 > count
      schema.markIdentifier(freeText ? .freeText : .text, detail: .unique(share: uniqueShare, freeText: freeText), confidence: uniqueShare)
      return
    }
    schema.kind = .categorical
    schema.reasons.append(.text(distinct: count))
  }

  private func isUnnamed(_ header: String) -> Bool {
    header.isEmpty || header == "Unnamed: 0" || header == "...1"
  }

  /// True when the values are 0, 1, 2, ... or 1, 2, 3, ... in row order.
  private func countsRows(_ raw: RawTable.Column, values: [Double]) -> Bool {
    guard let first = raw.codes.first else { return false }
    let start = values[Int(first)]
    guard start == 0 || start == 1 else { return false }
    for (row, code) in raw.codes.enumerated() where values[Int(code)] != start + Double(row) { return false }
    return true
  }

  private func booleanLabels(_ observed: [Int], _ distinct: Distinct, allowDigits: Bool, values: inout [Double]) -> (String, String)? {
    var bestFalse = -1, bestTrue = -1
    var truth = Array(repeating: false, count: observed.count)
    for (i, code) in observed.enumerated() {
      guard let value = BooleanTokens.value(distinct.texts[code], allowDigits: allowDigits) else { return nil }
      truth[i] = value
    }
    for (i, code) in observed.enumerated() {
      values[code] = truth[i] ? 1 : 0
      if truth[i] {
        if bestTrue < 0 || distinct.counts[code] > distinct.counts[bestTrue] { bestTrue = code }
      } else if bestFalse < 0 || distinct.counts[code] > distinct.counts[bestFalse] {
        bestFalse = code
      }
    }
    guard bestTrue >= 0 && bestFalse >= 0 else { return nil }
    return (distinct.texts[bestFalse], distinct.texts[bestTrue])
  }

  // MARK: Types chosen by the user

  private func applyForcedKind(_ kind: ColumnKind, schema: inout ColumnSchema, observed: [Int], distinct: Distinct, values: inout [Double], decimalCommaAllowed: Bool, raw: RawTable) throws(DataError) {
    schema.kind = kind
    schema.confidence = 1
    schema.reasons = [.setByUser]
    func reject(_ code: Int, _ kind: ColumnKind) -> DataError {
      let row = distinct.firstRow[code]
      let text = distinct.texts[code]
      // Digits only, and yet no number: a whole number beyond what a Double holds exactly.
      var digits = Array(text.utf8)
      if digits.first == UInt8(ascii: "-") || digits.first == UInt8(ascii: "+") { digits.removeFirst() }
      if !digits.isEmpty && digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
        return .wholeNumberTooLarge(column: schema.name, row: row + 1, line: Int(raw.rowLines[row]), value: text)
      }
      return .valueDoesNotFitType(column: schema.name, row: row + 1, line: Int(raw.rowLines[row]), value: text, type: kind)
    }
    switch kind {
    case .integer, .decimal:
      var maxDecimals = 0, minDecimals = Int.max, exponent = false, comma = false
      var scanned = observed.map { NumberFormatting.scan(distinct.texts[$0], decimalComma: decimalCommaAllowed) }
      if let notation = options.override(for: schema.name)?.notation {
        // A synthetic file read like its real one: the real column's notation, plain numbers too.
        let comma = notation.grouping == .point || (notation.grouping == .none && decimalCommaAllowed)
        scanned = observed.map { NumberNotation.read(distinct.texts[$0], decimalComma: comma)?.number ?? NumberFormatting.scan(distinct.texts[$0], decimalComma: decimalCommaAllowed) }
        schema.numberNotation = notation
      } else if scanned.contains(where: { $0 == nil || (kind == .integer && !$0!.isInteger) }),
        let learned = NumberNotation.learn(observed.map { distinct.texts[$0] }, decimalCommaAllowed: decimalCommaAllowed)
      {
        // Amounts with grouped thousands or signs are numbers too when they share one notation.
        scanned = learned.numbers.map { Optional($0) }
        schema.numberNotation = learned.notation
        schema.reasons.append(.notation(learned.notation))
      }
      for (i, code) in observed.enumerated() {
        guard let number = scanned[i] else { throw reject(code, kind) }
        if kind == .integer && number.value != number.value.rounded() { throw reject(code, .integer) }
        values[code] = number.value
        maxDecimals = max(maxDecimals, number.decimals)
        minDecimals = min(minDecimals, number.decimals)
        exponent = exponent || number.usesExponent
        comma = comma || number.usesDecimalComma
      }
      schema.decimalComma = comma
      schema.numberStyle = kind == .integer ? .integer : (exponent ? .shortest : .decimals(minimum: min(minDecimals, maxDecimals), maximum: maxDecimals))
    case .boolean:
      for code in observed where BooleanTokens.value(distinct.texts[code], allowDigits: true) == nil { throw reject(code, .boolean) }
      if let labels = booleanLabels(observed, distinct, allowDigits: true, values: &values) {
        schema.booleanLabels = labels
      } else if let only = observed.first {
        let truth = BooleanTokens.value(distinct.texts[only], allowDigits: true) ?? false
        values[only] = truth ? 1 : 0
        schema.booleanLabels = truth ? ("false", distinct.texts[only]) : (distinct.texts[only], "true")
      } else {
        schema.booleanLabels = ("false", "true")
      }
    case .date, .datetime:
      guard let dates = DateInference.infer(observed.map { distinct.texts[$0] }, preferredOrder: options.dateOrder) else {
        let bad = observed.first { DateParts.scan(distinct.texts[$0]) == nil } ?? observed[0]
        throw reject(bad, kind)
      }
      schema.kind = dates.format.hasTime ? .datetime : .date
      schema.dateFormat = dates.format
      for (i, code) in observed.enumerated() { values[code] = dates.values[i] }
      schema.reasons.append(.writtenAs(pattern: dates.format.pattern))
      if let note = dates.orderReason { schema.reasons.append(.dateOrder(note)) }
    case .categorical:
      break
    case .identifier:
      schema.excluded = true
    case .constant, .empty:
      throw .kindNotChoosable(column: schema.name, kind: kind)
    }
    if observed.isEmpty && kind != .identifier {
      schema.reasons.append(.allMissing)
    }
  }

  // MARK: Storage

  private static func buildColumn(
    schema: ColumnSchema, raw: RawTable.Column, observed: [Int], distinct: Distinct, values: [Double], missingIndex: [UInt16], minimumCount: Int, pool: Int?
  ) -> Column {
    var column = Column(schema: schema)
    let rows = raw.codes.count
    if schema.missingCount > 0 {
      column.missing = raw.codes.map { missingIndex[Int($0)] }
    }
    switch schema.kind {
    case .empty:
      break
    case .categorical, .identifier, .constant:
      // Rare categories pooled into one level before anything sees them, so no stage can copy them.
      var texts = distinct.texts
      var pooledLevels = 0, pooledRows = 0
      if let k = pool, schema.kind == .categorical, !schema.excluded {
        for code in observed where distinct.counts[code] < k && texts[code] != RarePooling.level {
          texts[code] = RarePooling.level
          pooledLevels += 1
          pooledRows += distinct.counts[code]
        }
      }
      var levels: [String] = []
      for text in observed.map({ texts[$0] }).sorted() where levels.last != text { levels.append(text) }
      var levelOfCode = Array(repeating: Int32(-1), count: distinct.texts.count)
      for code in observed {
        levelOfCode[code] = Int32(SortedSearch.lowerBound(levels, texts[code]))
      }
      column.levels = levels
      column.codes = raw.codes.map { levelOfCode[Int($0)] }
      if pooledLevels > 0 {
        column.schema.reasons.append(.pooled(levels: pooledLevels, rows: pooledRows, threshold: pool ?? 0))
        column.schema.distinctCount = levels.count
        var counts = Array(repeating: 0, count: levels.count)
        for code in observed { counts[Int(levelOfCode[code])] += distinct.counts[code] }
        column.schema.examples = levels.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.prefix(3).map { levels[$0] }
      }
      if schema.kind == .categorical && !schema.excluded {
        var counts = Array(repeating: 0, count: levels.count)
        for code in observed { counts[Int(levelOfCode[code])] += distinct.counts[code] }
        for c in counts where c < minimumCount {
          column.schema.rareLevels += 1
          column.schema.rareRows += c
        }
        if column.schema.rareLevels > 0 {
          column.schema.reasons.append(.rareLevels(levels: column.schema.rareLevels, rows: column.schema.rareRows, threshold: minimumCount))
        }
      }
    default:
      var numbers = [Double](repeating: 0, count: rows)
      for (row, code) in raw.codes.enumerated() { numbers[row] = values[Int(code)] }
      column.numbers = numbers
    }
    return column
  }

  static func percent(_ share: Double) -> String {
    if share > 0 && share < 0.001 { return "<0.1%" }
    let tenths = (share * 1000).integer(.toNearestOrAwayFromZero, clampedTo: 0...1000)
    return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
  }
}

/// Finds one date format that reads every value of a column.
enum DateInference {
  struct Result {
    var format: DateFormat
    var values: [Double]
    var ambiguous: Bool
    var orderReason: DateOrderReason?
  }

  static func infer(_ texts: [String], preferredOrder: DateFormat.Order?) -> Result? {
    guard !texts.isEmpty else { return nil }
    var parts: [DateParts] = []
    parts.reserveCapacity(texts.count)
    for t in texts {
      guard let p = DateParts.scan(t) else { return nil }
      parts.append(p)
    }
    let shape = parts[0]
    var padded = true
    var firstAbove12 = false, secondAbove12 = false
    for p in parts {
      guard p.separator == shape.separator, (p.firstDigits == 4) == (shape.firstDigits == 4), p.time == shape.time,
        p.timeSeparator == shape.timeSeparator, p.utcSuffix == shape.utcSuffix
      else { return nil }
      if !p.isPadded { padded = false }
      if p.first > 12 { firstAbove12 = true }
      if p.second > 12 { secondAbove12 = true }
    }
    let order: DateFormat.Order
    var ambiguous = false
    var reason: DateOrderReason? = nil
    if shape.firstDigits == 4 {
      order = .yearMonthDay
    } else if firstAbove12 && secondAbove12 {
      return nil
    } else if firstAbove12 {
      order = .dayMonthYear
      if shape.separator == UInt8(ascii: "/") { reason = .firstAbove12 }
    } else if secondAbove12 {
      order = .monthDayYear
      reason = .secondAbove12
    } else if let preferred = preferredOrder, preferred != .yearMonthDay {
      order = preferred
      reason = .setByUser
    } else {
      order = .dayMonthYear
      if shape.separator == UInt8(ascii: "/") {
        ambiguous = true
        reason = .ambiguous
      }
    }
    var values: [Double] = []
    values.reserveCapacity(parts.count)
    for p in parts {
      guard let v = p.value(order: order) else { return nil }
      values.append(v)
    }
    var format = DateFormat(order: order, separator: shape.separator, padded: padded, time: shape.time, timeSeparator: shape.timeSeparator, utcSuffix: shape.utcSuffix)
    format.fractionDigits = parts.reduce(0) { max($0, $1.fractionDigits) }
    return Result(format: format, values: values, ambiguous: ambiguous, orderReason: reason)
  }
}

extension ColumnSchema {
  /// Marks the column as an identifier of `kind`, left out of synthesis, with its reason after the
  /// ones found so far (or instead of them: "whole numbers" says nothing once they are IDs).
  mutating func markIdentifier(_ kind: IdentifierKind, detail: IdentifierDetail, confidence: Double, replacingReasons: Bool = false) {
    self.kind = .identifier
    identifierKind = kind
    excluded = true
    self.confidence = confidence
    if replacingReasons { reasons = [] }
    reasons.append(.identifier(kind, detail: detail))
  }
}
