/// What the user chose for an evaluation.
struct EvaluationConfig {
  /// Quantile groups for numbers in the table-based S_pMSE (synthpop's `ngroups`; DUO uses 25).
  var groups = 5
  /// The column for specific utility and attribute disclosure; nil picks the last categorical.
  var target: String? = nil
  /// Quasi-identifiers for repU and DiSCO; empty means every evaluated column (repU) and every
  /// column but the target (DiSCO): an attacker who knows everything else.
  var keys: [String] = []
  /// Also fit synthpop's CART propensity with a permutation null (slower).
  var cartPropensity = false
  var permutations = 50
  /// Rows sampled on each side for nearest-record distances.
  var distanceSample = 1000
  var seed: UInt64 = 1
  var worstPairs = 5
  var maxParameters = 400
  /// Pairs and associations among at most this many columns (the first ones): 100 columns are
  /// 4,950 pairs; 10,000 would be 50 million.
  var maxPairColumns = 100
}

/// Every measure of one real/synthetic comparison; the report and the JSON are built from it.
struct Evaluation {
  var realFile: String
  var syntheticFile: String
  var realRows: Int
  var syntheticRows: Int
  var holdoutRows: Int?
  var config: EvaluationConfig
  var names: [String]
  var kinds: [ColumnKind]
  var schemas: [ColumnSchema]
  var columns: [ColumnComparison]
  /// Pairs are measured among columns 0..<pairColumnCount.
  var pairColumnCount: Int
  /// Every pair i < j of those columns.
  var pairs: [TableUtility.PairResult]
  /// synthpop's `var.scores`: per column, the mean S_pMSE of its pairs.
  var columnScores: [Double]
  var associations: Associations
  var propensity: [PropensityUtility]
  var specific: SpecificUtility?
  var identicalShare: Double
  var identicalBaseline: Double
  /// Uniques and repU on the chosen keys, or on every column.
  var identity: KeyDisclosure
  /// DiSCO and the CAP family on the attack keys (chosen, or every column but the target).
  var attribute: KeyDisclosure
  var distances: DistanceToClosestRecord
  var holdout: HoldoutPrivacy?
  var notes: [EvaluationNote]

  /// The pairs ordered from worst to best S_pMSE (NaN last), ties by position.
  var worstPairs: [TableUtility.PairResult] {
    pairs.enumerated().sorted { a, b in
      let x = a.element.result.sPMSE, y = b.element.result.sPMSE
      if x.isNaN != y.isNaN { return y.isNaN }
      if x != y && !x.isNaN { return x > y }
      return a.offset < b.offset
    }.map { $0.element }
  }

  var medianPairSPMSE: Double { Statistics.quantile(sorted: pairs.map { $0.result.sPMSE }.filter { !$0.isNaN }.sorted(), 0.5) }
}

extension Evaluation {
  /// Runs every measure. `holdout` (aligned with `data.real`) holds real rows the synthesiser
  /// never saw; without it, specific utility tests on a random 30% of the real rows.
  static func run(
    _ data: AlignedTables, holdout: Table? = nil, config: EvaluationConfig, progress: @escaping ProgressHandler = { _, _ in }
  ) throws(EvaluationError) -> Evaluation {
    let real = data.real, synthetic = data.synthetic
    let columns = Array(real.columns.indices)
    let names = real.columnNames
    var reporter = ProgressReporter(progress)
    var notes = data.notes
    let target = try targetColumn(real, config: config)
    let keys = try config.keys.map { (name) throws(EvaluationError) -> Int in
      guard let k = real.column(named: name) else { throw .unknownColumn(option: "--keys", name: name, known: names) }
      return k
    }

    reporter.report("comparing columns", 0)
    let comparisons = columns.map { ColumnComparison.compare(real: real, synthetic: synthetic, column: $0, groups: config.groups) }
    reporter.report("comparing pairs", 0.15)
    let pairColumns = Array(columns.prefix(max(config.maxPairColumns, 2)))
    if pairColumns.count < columns.count { notes.append(.pairsLimited(shown: pairColumns.count, of: columns.count)) }
    let pairs = TableUtility.allPairs(real: real, synthetic: synthetic, columns: pairColumns, groups: config.groups)
    var sums = [Double](repeating: 0, count: columns.count), counts = [Int](repeating: 0, count: columns.count)
    for p in pairs where !p.result.sPMSE.isNaN {
      for c in [p.first, p.second] { sums[c] += p.result.sPMSE; counts[c] += 1 }
    }
    let scores = columns.map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : .nan }
    reporter.report("comparing pairs", 0.3)
    let associations = Associations.compute(real: real, synthetic: synthetic, columns: pairColumns)

    reporter.report("propensity model", 0.4)
    var propensity = [PropensityUtility.logistic(real: real, synthetic: synthetic, columns: columns, maxParameters: config.maxParameters)]
    var rng = RandomGenerator(seed: config.seed)
    if config.cartPropensity {
      reporter.report("propensity trees", 0.5)
      var treeRNG = rng.split()
      propensity.append(PropensityUtility.cart(real: real, synthetic: synthetic, columns: columns, permutations: config.permutations, rng: &treeRNG))
    }

    reporter.report("specific utility", 0.65)
    var specific: SpecificUtility? = nil
    if let target {
      let predictors = columns.filter { $0 != target }
      if let holdout {
        // Train the real model on the rows the synthesiser saw and test both on rows it never saw.
        let both = Table.stacking([real, holdout], columns: columns)
        let test = Array(real.rowCount..<both.rowCount)
        specific = SpecificUtility.evaluate(real: both, synthetic: synthetic, target: target, predictors: predictors, testRows: test)
      } else {
        var order = Array(0..<real.rowCount)
        var splitRNG = RandomGenerator(seed: config.seed ^ 0x5eed_7e57)
        splitRNG.shuffle(&order)
        let test = Array(order[..<(real.rowCount * 3 / 10)]).sorted()
        specific = SpecificUtility.evaluate(real: real, synthetic: synthetic, target: target, predictors: predictors, testRows: test)
      }
      if predictors.isEmpty { specific = nil }
    } else {
      notes.append(.noTarget)
    }

    reporter.report("disclosure risk", 0.75)
    let identical = Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: columns)
    var halfRNG = RandomGenerator(seed: config.seed ^ 0x4a1f)
    let baseline = Disclosure.holdoutIdenticalShare(real: real, columns: columns, rng: &halfRNG)
    let identityKeys = keys.isEmpty ? columns : keys
    var disclosureKeys = keys.isEmpty ? columns.filter { $0 != target } : keys
    if disclosureKeys.isEmpty { disclosureKeys = identityKeys }
    let identity = KeyDisclosure.compute(real: real, synthetic: synthetic, keys: identityKeys, target: nil)
    let attribute = KeyDisclosure.compute(real: real, synthetic: synthetic, keys: disclosureKeys, target: target.flatMap { disclosureKeys.contains($0) ? nil : $0 })
    reporter.report("distances to closest records", 0.8)
    let distances = DistanceToClosestRecord.compute(real: real, synthetic: synthetic, columns: columns, sampleSize: config.distanceSample, seed: config.seed)
    var holdoutPrivacy: HoldoutPrivacy? = nil
    if let holdout {
      holdoutPrivacy = HoldoutPrivacy.compute(training: real, holdout: holdout, synthetic: synthetic, columns: columns, sampleSize: config.distanceSample, seed: config.seed)
    }
    reporter.report("disclosure risk", 1)

    return Evaluation(
      realFile: real.file, syntheticFile: synthetic.file, realRows: real.rowCount, syntheticRows: synthetic.rowCount,
      holdoutRows: holdout?.rowCount, config: config, names: names, kinds: real.columns.map { $0.schema.kind }, schemas: real.columns.map { $0.schema },
      columns: comparisons, pairColumnCount: pairColumns.count, pairs: pairs, columnScores: scores, associations: associations, propensity: propensity,
      specific: specific, identicalShare: identical, identicalBaseline: baseline, identity: identity, attribute: attribute,
      distances: distances, holdout: holdoutPrivacy, notes: notes)
  }

  /// The chosen target, or the last categorical (then boolean, then numeric) column.
  private static func targetColumn(_ real: Table, config: EvaluationConfig) throws(EvaluationError) -> Int? {
    if let name = config.target {
      guard let c = real.column(named: name) else { throw .unknownColumn(option: "--target", name: name, known: real.columnNames) }
      return c
    }
    let kinds = real.columns.map { $0.schema.kind }
    return kinds.lastIndex(of: .categorical) ?? kinds.lastIndex(of: .boolean) ?? kinds.lastIndex { $0.isNumeric }
  }
}
