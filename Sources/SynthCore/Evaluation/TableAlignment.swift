/// Why an evaluation cannot go ahead. Each case is a message id: the catalogue files word it
/// (naming the file, column or option and what to do) in every language.
enum EvaluationError: Error, Equatable {
  case noCommonColumns(real: String, synthetic: String)
  /// Every real column is empty or left out (identifiers): there is nothing to compare.
  case nothingToEvaluate(real: String)
  /// Fewer than half of the real columns have a synthetic column of the same name.
  case fewCommonColumns(real: String, synthetic: String, common: Int, of: Int, missing: [String], extra: [String])
  case unknownColumn(option: String, name: String, known: [String])
  /// A rule to check that cannot be read or bound to the tables.
  case rule(RuleError)
  /// A model (`--model`) that cannot be read or bound to the tables.
  case model(ModelFormulaError)
}

/// Something the reader of an evaluation should know about its columns; the report words it.
enum EvaluationNote: Equatable {
  /// Every value of the real column is missing.
  case emptyColumn(String)
  /// Left out of synthesis (identifier, index, or the user's choice), with its kind.
  /// Left out of synthesis; with what it looks like when it was left out as an identifier.
  case excludedColumn(String, ColumnKind, IdentifierKind?)
  case notInSynthetic([String])
  case onlyInSynthetic([String])
  case noTarget
  /// Pairs were measured among the first `shown` columns only.
  case pairsLimited(shown: Int, of: Int)
  /// Near-copies were looked for on all key columns but `checked` instead of `asked`: more key
  /// sets would take too long (`NearCopyKeys.maxWork`).
  case nearCopiesLimited(asked: Int, checked: Int)
}

/// A real and a synthetic table made comparable column by column: the same columns in the same
/// order, the same kinds, one level list per column (so a code means the same category on both
/// sides) and one list of missing codes per column.
///
/// Synthetic data made in the same run already share the real levels; a synthetic CSV read on
/// its own has its own, so `align` merges them: real levels keep their codes, categories found
/// only in the synthetic file are appended.
struct AlignedTables {
  var real: Table
  var synthetic: Table
  /// Real columns that were not evaluated, and why, for the report.
  var notes: [EvaluationNote]

  /// Options that read a synthetic file with the real table's kinds and missing codes, so a
  /// column that happens to hold only whole numbers in the synthetic file is still a decimal.
  static func readingOptions(like real: Table, base: TableOptions) -> TableOptions {
    var options = base
    options.overrides = []
    options.overridesMayBeAbsent = true
    for column in real.columns where !column.schema.excluded {
      var override = ColumnOverride(column: column.schema.name)
      switch column.schema.kind {
      case .empty: continue
      case .constant, .identifier: override.kind = .categorical
      default: override.kind = column.schema.kind
      }
      override.missingCodes = column.schema.missingCodes.filter { $0.isUserCode }.map { $0.text }
      if column.schema.kind.isNumeric && !column.schema.numberNotation.isPlain { override.notation = column.schema.numberNotation }
      options.overrides.append(override)
    }
    return options
  }

  /// Pairs the evaluable real columns (not excluded, not empty) with the synthetic columns of the same name.
  static func align(real: Table, synthetic: Table) throws(EvaluationError) -> AlignedTables {
    var notes: [EvaluationNote] = []
    var realColumns: [Column] = [], syntheticColumns: [Column] = []
    var absent: [String] = []
    for column in real.columns {
      let name = column.schema.name
      if column.schema.excluded || column.schema.kind == .empty {
        notes.append(column.schema.kind == .empty ? .emptyColumn(name) : .excludedColumn(name, column.schema.kind, column.schema.identifierKind))
        continue
      }
      guard let s = synthetic.column(named: name) ?? neutralisedColumn(synthetic, name) else {
        absent.append(name)
        continue
      }
      var (r, syn) = (column, synthetic.columns[s])
      syn.schema = merged(r.schema, syn.schema)
      if r.usesLevels { mergeLevels(&r, &syn) }
      let extraCodes = remapMissing(&syn, to: r.schema.missingCodes, from: synthetic.columns[s].schema.missingCodes)
      syn.schema.missingCodes = r.schema.missingCodes + extraCodes
      realColumns.append(r)
      syntheticColumns.append(syn)
    }
    if !absent.isEmpty { notes.append(.notInSynthetic(absent)) }
    let extra = synthetic.columnNames.filter { name in real.column(named: name) == nil && !real.columnNames.contains { neutralisedColumn(synthetic, $0) != nil && "'" + $0 == name } }
    if !extra.isEmpty { notes.append(.onlyInSynthetic(extra)) }
    guard !realColumns.isEmpty else {
      if realColumns.count + absent.count == 0 { throw .nothingToEvaluate(real: real.file) }
      throw .noCommonColumns(real: real.file, synthetic: synthetic.file)
    }
    // Below half, the report would judge a different table than the user thinks (renamed columns).
    if realColumns.count * 2 < realColumns.count + absent.count {
      throw .fewCommonColumns(
        real: real.file, synthetic: synthetic.file, common: realColumns.count, of: realColumns.count + absent.count, missing: absent, extra: extra)
    }
    var a = real, b = synthetic
    a.columns = realColumns
    b.columns = syntheticColumns
    return AlignedTables(real: a, synthetic: b, notes: notes)
  }

  /// The synthetic column named `name` with the apostrophe that CSV output puts before a name
  /// a spreadsheet would run as a formula (see `FormulaHandling`), or nil.
  private static func neutralisedColumn(_ synthetic: Table, _ name: String) -> Int? {
    guard let first = name.utf8.first, FormulaHandling.triggers.contains(first) else { return nil }
    return synthetic.column(named: "'" + name)
  }

  /// Pairs a table with synthetic data made from it in the same run (same levels already); both
  /// keep the columns they share, in the real order, without all-missing ones.
  static func sameRun(real: Table, synthetic: Table) -> AlignedTables {
    var notes: [EvaluationNote] = []
    var keep: [Int] = []
    for (i, column) in real.columns.enumerated() {
      if synthetic.column(named: column.schema.name) != nil && column.schema.kind != .empty { keep.append(i) }
      else { notes.append(column.schema.kind == .empty ? .emptyColumn(column.schema.name) : .excludedColumn(column.schema.name, column.schema.kind, column.schema.identifierKind)) }
    }
    var a = real.selecting(columns: keep)
    for i in a.columns.indices { a.columns[i].schema.excluded = false }
    let b = synthetic.selecting(columns: a.columnNames.map { synthetic.column(named: $0)! })
    return AlignedTables(real: a, synthetic: b, notes: notes)
  }

  /// The synthetic column keeps its own numbers but describes itself as the real one does.
  private static func merged(_ real: ColumnSchema, _ synthetic: ColumnSchema) -> ColumnSchema {
    var schema = real
    schema.missingCount = synthetic.missingCount
    schema.distinctCount = synthetic.distinctCount
    schema.examples = synthetic.examples
    return schema
  }

  /// Real levels first with their codes; synthetic-only levels appended in sorted order. A
  /// synthetic level written with the apostrophe of `FormulaHandling` matches the real level.
  private static func mergeLevels(_ real: inout Column, _ synthetic: inout Column) {
    func unneutralised(_ level: String) -> String? {
      var bytes = Array(level.utf8)
      guard bytes.count > 2, bytes[0] == 39, FormulaHandling.triggers.contains(bytes[1]) else { return nil }
      bytes.removeFirst()
      let text = String(decoding: bytes, as: UTF8.self)
      return sortedContains(real.levels, text) ? text : nil
    }
    let extra = synthetic.levels.filter { !sortedContains(real.levels, $0) && unneutralised($0) == nil }
    let levels = real.levels + extra
    var map = [Int32](repeating: 0, count: synthetic.levels.count)
    for (i, level) in synthetic.levels.enumerated() {
      if let at = sortedIndex(real.levels, level) ?? unneutralised(level).flatMap({ sortedIndex(real.levels, $0) }) { map[i] = Int32(at) }
      else { map[i] = Int32(real.levels.count + sortedIndex(extra, level)!) }
    }
    synthetic.codes = synthetic.codes.enumerated().map { row, code in
      synthetic.isMissing(row) || code < 0 || Int(code) >= map.count ? code : map[Int(code)]
    }
    real.levels = levels
    synthetic.levels = levels
  }

  /// Missing rows point at `codes`; synthetic codes the real column lacks go after the real ones.
  /// Returns the synthetic codes the real column lacks, in the order they now have.
  private static func remapMissing(_ column: inout Column, to real: [MissingCode], from own: [MissingCode]) -> [MissingCode] {
    guard !column.missing.isEmpty else { return [] }
    var map = [UInt16](repeating: 0, count: own.count + 1)
    var extra: [MissingCode] = []
    for (k, code) in own.enumerated() {
      if let at = real.firstIndex(where: { $0.text == code.text }) { map[k + 1] = UInt16(at + 1) }
      else { extra.append(code); map[k + 1] = UInt16(real.count + extra.count) }
    }
    column.missing = column.missing.map { Int($0) < map.count ? map[Int($0)] : $0 }
    return extra
  }

  private static func sortedIndex(_ levels: [String], _ level: String) -> Int? {
    let low = SortedSearch.lowerBound(levels, level)
    return low < levels.count && levels[low] == level ? low : nil
  }

  private static func sortedContains(_ levels: [String], _ level: String) -> Bool { sortedIndex(levels, level) != nil }
}
