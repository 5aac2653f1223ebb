/// What the user chose for an evaluation.
struct EvaluationConfig {
  /// The host's threads for independent measures; the results do not depend on them.
  var workers = Workers.serial
  /// Quantile groups for numbers in the table-based S_pMSE (synthpop's `ngroups`; DUO uses 25).
  var groups = 5
  /// The column for specific utility and attribute disclosure; nil picks the last categorical.
  var target: String? = nil
  /// Quasi-identifiers for repU and DiSCO; empty means every evaluated column (repU) and every
  /// column but the target (DiSCO): an attacker who knows everything else.
  var keys: [String] = []
  /// Key columns a synthetic row may differ in from a real person and still count as their copy
  /// (`NearCopies`); 0 counts identical rows only.
  var nearCopyColumns = NearCopyKeys.defaultDiffering
  /// synthpop's CART propensity with a permutation null: a tree sees interactions that a method
  /// keeping every column's distribution exactly cannot hide.
  var cartPropensity = CartPropensityChoice.automatic
  /// Label permutations of its null when asked for (`--cart-propensity`, synthpop's nperms).
  var permutations = 50
  /// Rows sampled on each side for nearest-record distances.
  var distanceSample = 1000
  var seed: UInt64 = 1
  var worstPairs = 5
  var maxParameters = 400
  /// Pairs and associations among at most this many columns (the first ones): 100 columns are
  /// 4,950 pairs; 10,000 would be 50 million.
  var maxPairColumns = 100
  /// Categories and table cells with fewer real rows are rare (`--min-count`): a publication
  /// report never shows them.
  var minimumCount = TableOptions.defaultMinimumCount
  /// Rules whose keeping is counted in real and synthetic rows (`RuleCheck`).
  var rules: [Rule] = []
  /// Models fitted on the real data and on every synthetic copy (`--model`, `ModelComparison`).
  var models: [ModelFormula] = []
  /// Their family (`--family`); nil follows each outcome: binomial for a boolean or two
  /// categories, gaussian otherwise.
  var family: GLMFamily? = nil
  /// The copies come from a proper synthesis (`--proper`): the pooled variance uses that rule.
  var proper = false
}

/// When the CART propensity is fitted.
enum CartPropensityChoice: String, Equatable {
  /// On tables up to `automaticCells` stacked cells, with `automaticPermutations` permutations:
  /// about 3 s natively on the 48,842 x 15 census table, each permutation a tree fit.
  case automatic
  case always
  case never

  static let automaticCells: Int64 = 1_500_000
  static let automaticPermutations = 10

  /// The permutations to run on `rows` stacked rows of `columns` columns, or nil for no model.
  func permutations(rows: Int, columns: Int, asked: Int) -> Int? {
    switch self {
    case .always: return asked
    case .never: return nil
    case .automatic: return Int64(rows) * Int64(columns) <= Self.automaticCells ? Self.automaticPermutations : nil
    }
  }
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
  /// Copies on all of those keys but `config.nearCopyColumns`.
  var nearCopies: NearCopies
  /// DiSCO and the CAP family on the attack keys (chosen, or every column but the target).
  var attribute: KeyDisclosure
  var distances: DistanceToClosestRecord
  var holdout: HoldoutPrivacy?
  var rules: [RuleCheck] = []
  /// One per `config.models`, over every synthetic copy.
  var models: [ModelComparison] = []
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

  var medianPairSPMSE: Double { pairQuantile(0.5) }

  /// A type-7 quantile of the pairs' S_pMSE (NaN without pairs): the 90th percentile shows
  /// relations a method breaks even when most pairs are fine.
  func pairQuantile(_ p: Double) -> Double { Self.pairQuantiles(pairs, [p])[0] }

  /// Type-7 quantiles of the pairs' S_pMSE, NaN pairs left out (also `--tune`'s utility).
  static func pairQuantiles(_ pairs: [TableUtility.PairResult], _ ps: [Double]) -> [Double] {
    let sorted = pairs.map { $0.result.sPMSE }.filter { !$0.isNaN }.sorted()
    return ps.map { Statistics.quantile(sorted: sorted, $0) }
  }

  /// The CART propensity, when it was fitted.
  var cartPropensity: PropensityUtility? { propensity.first { $0.model == .cart } }
}

extension Evaluation {
  /// Runs every measure. `holdout` (aligned with `data.real`) holds real rows the synthesiser
  /// never saw; without it, specific utility tests on a random 30% of the real rows. `copies` are
  /// all synthetic copies for the model fits (columns found by name; nil: `data.synthetic` alone);
  /// every other measure compares `data.synthetic`.
  static func run(
    _ data: AlignedTables, holdout: Table? = nil, copies: [Table]? = nil, config: EvaluationConfig,
    progress: @escaping ProgressHandler = { _, _ in }
  ) throws(EvaluationError) -> Evaluation {
    let real = data.real, synthetic = data.synthetic
    let columns = Array(real.columns.indices)
    let names = real.columnNames
    var notes = data.notes
    let target = try targetColumn(real, config: config)
    let keys = try config.keys.map { (name) throws(EvaluationError) -> Int in
      guard let k = real.column(named: name) else { throw .unknownColumn(option: "--keys", name: name, known: names) }
      return k
    }
    let pairColumns = Array(columns.prefix(max(config.maxPairColumns, 2)))
    let rules = try RuleCheck.run(config.rules, real: real, synthetic: synthetic)
    // Bound before any work, so a misspelt column fails at once.
    let copies = copies ?? [synthetic]
    var designs: [ModelDesign] = []
    for formula in config.models {
      do throws(ModelFormulaError) {
        designs.append(try ModelDesign(formula, family: config.family, real: real, copies: copies))
      } catch {
        throw .model(error)
      }
    }
    var phases = EvaluationProgress(
      progress, rows: real.rowCount + synthetic.rowCount, columns: columns.count, pairs: pairColumns.count * (pairColumns.count - 1) / 2,
      config: config, holdout: holdout != nil)

    if pairColumns.count < columns.count { notes.append(.pairsLimited(shown: pairColumns.count, of: columns.count)) }
    let identityKeys = keys.isEmpty ? columns : keys
    var disclosureKeys = keys.isEmpty ? columns.filter { $0 != target } : keys
    if disclosureKeys.isEmpty { disclosureKeys = identityKeys }
    var cartPlan: PropensityUtility.CARTPlan? = nil
    if let permutations = config.cartPropensity.permutations(rows: real.rowCount + synthetic.rowCount, columns: columns.count, asked: config.permutations) {
      var rng = RandomGenerator(seed: config.seed, stream: .propensity)
      var treeRNG = rng.split()
      cartPlan = PropensityUtility.CARTPlan(real: real, synthetic: synthetic, columns: columns, permutations: permutations, rng: &treeRNG)
    }

    // Every measure reads the tables and writes only its own result, so each is a task for the
    // host's threads, and so is each fit of the CART propensity model (the longest measure on
    // most tables). With one thread they run in the phases' order and report progress within
    // each; with more, the costliest go first and progress moves as tasks end.
    var parts: [Part] = [.columns, .pairs, .associations, .logistic]
    if let cartPlan { parts += (0..<cartPlan.fits).map { .cartFit($0) } }
    parts += [.specific, .models, .disclosure, .distances]
    if holdout != nil { parts.append(.holdout) }
    let serial = config.workers.isSerial
    let rows = real.rowCount + synthetic.rowCount
    func cost(_ part: Part) -> Double {
      let phase = part.phase
      let whole = EvaluationProgress.cost(phase, rows: rows, columns: columns.count, pairs: pairColumns.count * (pairColumns.count - 1) / 2, config: config, holdout: holdout != nil)
      if case .cartFit = part, let cartPlan { return whole / Double(cartPlan.fits) }
      return whole
    }
    if !serial { parts.sort { cost($0) > cost($1) } }

    var comparisons: [ColumnComparison] = []
    var pairs: [TableUtility.PairResult] = []
    var associations: Associations? = nil
    var logistic: PropensityUtility? = nil
    var specific: SpecificUtility? = nil
    var specificNote: EvaluationNote? = nil
    var models: [ModelComparison] = []
    var disclosure: (identical: Double, baseline: Double, identity: KeyDisclosure, nearCopies: NearCopies, attribute: KeyDisclosure)? = nil
    var distances: DistanceToClosestRecord? = nil
    var holdoutPrivacy: HoldoutPrivacy? = nil
    // Progress from inside a task only when tasks run on this thread.
    func advance(_ f: Double) { if serial { phases.advance(f) } }

    // The parts whose results travel are split between the page's workers; the others run in each.
    let results = config.workers.share(
      parts.count, everywhere: { !parts[$0].travels }, finished: { i in if !serial { phases.complete(cost(parts[i])) } }
    ) { i -> PartResult in
      let part = parts[i]
      if serial, part == .cartFit(0) || part.phase != .cartPropensity { phases.begin(part.phase) }
      switch part {
      case .columns:
        comparisons = columns.map { c in
          advance(Double(c) / Double(max(columns.count, 1)))
          return ColumnComparison.compare(real: real, synthetic: synthetic, column: c, groups: config.groups)
        }
      case .pairs:
        pairs = TableUtility.allPairs(real: real, synthetic: synthetic, columns: pairColumns, groups: config.groups) { advance($0) }
      case .associations:
        associations = Associations.compute(real: real, synthetic: synthetic, columns: pairColumns) { advance($0) }
      case .logistic:
        logistic = PropensityUtility.logistic(real: real, synthetic: synthetic, columns: columns, maxParameters: config.maxParameters)
      case .cartFit(let k):
        let fit = cartPlan!.fit(k)
        advance(Double(k + 1) / Double(cartPlan!.fits))
        return .cartFit(fitted: fit.fitted, leaves: fit.leaves, pMSE: fit.pMSE)
      case .specific:
        if let target {
          let predictors = columns.filter { $0 != target }
          if let holdout {
            // Train the real model on the rows the synthesiser saw and test both on rows it never saw.
            let both = Table.stacking([real, holdout], columns: columns)
            let test = Array(real.rowCount..<both.rowCount)
            specific = SpecificUtility.evaluate(real: both, synthetic: synthetic, target: target, predictors: predictors, testRows: test) { advance($0) }
          } else {
            var order = Array(0..<real.rowCount)
            var splitRNG = RandomGenerator(seed: config.seed, stream: .specificUtilitySplit)
            splitRNG.shuffle(&order)
            let test = Array(order[..<(real.rowCount * 3 / 10)]).sorted()
            specific = SpecificUtility.evaluate(real: real, synthetic: synthetic, target: target, predictors: predictors, testRows: test) { advance($0) }
          }
          if predictors.isEmpty { specific = nil }
        } else {
          specificNote = .noTarget
        }
      case .models:
        models = designs.enumerated().map { (i, design) in
          advance(Double(i) / Double(designs.count))
          return ModelComparison.compare(design, real: real, copies: copies, proper: config.proper)
        }
      case .disclosure:
        let identical = Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: columns)
        advance(0.25)
        var halfRNG = RandomGenerator(seed: config.seed, stream: .identicalBaseline)
        let baseline = Disclosure.holdoutIdenticalShare(real: real, columns: columns, rng: &halfRNG)
        advance(0.5)
        let identity = KeyDisclosure.compute(real: real, synthetic: synthetic, keys: identityKeys, target: nil)
        advance(0.6)
        let nearCopies = NearCopies.compute(real: real, synthetic: synthetic, columns: identityKeys, differing: config.nearCopyColumns, rng: &halfRNG)
        advance(0.75)
        let attribute = KeyDisclosure.compute(real: real, synthetic: synthetic, keys: disclosureKeys, target: target.flatMap { disclosureKeys.contains($0) ? nil : $0 })
        return .disclosure(identical: identical, baseline: baseline, identity: identity, nearCopies: nearCopies, attribute: attribute)
      case .distances:
        return .distances(
          DistanceToClosestRecord.compute(real: real, synthetic: synthetic, columns: columns, sampleSize: config.distanceSample, seed: config.seed ^ RandomStream.distanceSample.rawValue) {
            advance($0)
          })
      case .holdout:
        guard let holdout else { return .holdout(nil) }
        return .holdout(
          HoldoutPrivacy.compute(
            training: real, holdout: holdout, synthetic: synthetic, columns: columns, sampleSize: config.distanceSample, seed: config.seed ^ RandomStream.distanceSample.rawValue) { advance($0) })
      }
      return .local
    }
    var cartFits = [(fitted: [Double], leaves: Int, pMSE: Double)](repeating: ([], 0, .nan), count: cartPlan?.fits ?? 0)
    for (part, result) in zip(parts, results) {
      switch result {
      case .local: break
      case .cartFit(let fitted, let leaves, let pMSE): if case .cartFit(let k) = part { cartFits[k] = (fitted, leaves, pMSE) }
      case .disclosure(let identical, let baseline, let identity, let nearCopies, let attribute): disclosure = (identical, baseline, identity, nearCopies, attribute)
      case .distances(let value): distances = value
      case .holdout(let value): holdoutPrivacy = value
      }
    }

    var sums = [Double](repeating: 0, count: columns.count), counts = [Int](repeating: 0, count: columns.count)
    for p in pairs where !p.result.sPMSE.isNaN {
      for c in [p.first, p.second] { sums[c] += p.result.sPMSE; counts[c] += 1 }
    }
    let scores = columns.map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : .nan }
    var propensity = [logistic!]
    if let cartPlan { propensity.append(cartPlan.result(cartFits)) }
    if let specificNote { notes.append(specificNote) }
    let (identical, baseline, identity, nearCopies, attribute) = disclosure!
    if nearCopies.differing < min(config.nearCopyColumns, max(identityKeys.count - 1, 0)) {
      notes.append(.nearCopiesLimited(asked: config.nearCopyColumns, checked: nearCopies.differing))
    }
    phases.finish()

    return Evaluation(
      realFile: real.file, syntheticFile: synthetic.file, realRows: real.rowCount, syntheticRows: synthetic.rowCount,
      holdoutRows: holdout?.rowCount, config: config, names: names, kinds: real.columns.map { $0.schema.kind }, schemas: real.columns.map { $0.schema },
      columns: comparisons, pairColumnCount: pairColumns.count, pairs: pairs, columnScores: scores, associations: associations!, propensity: propensity,
      specific: specific, identicalShare: identical, identicalBaseline: baseline, identity: identity, nearCopies: nearCopies, attribute: attribute,
      distances: distances!, holdout: holdoutPrivacy, rules: rules, models: models, notes: notes)
  }

  /// What a task of the evaluation hands back: the results that travel between the page's
  /// workers (`Part.travels`), or `local` when the task wrote its own.
  private enum PartResult: Portable {
    case local
    case cartFit(fitted: [Double], leaves: Int, pMSE: Double)
    case disclosure(identical: Double, baseline: Double, identity: KeyDisclosure, nearCopies: NearCopies, attribute: KeyDisclosure)
    case distances(DistanceToClosestRecord)
    case holdout(HoldoutPrivacy?)

    func write(to out: inout PortableWriter) {
      switch self {
      case .local:
        out.write(0)
      case .cartFit(let fitted, let leaves, let pMSE):
        out.write(1)
        out.write(fitted)
        out.write(leaves)
        out.write(pMSE)
      case .disclosure(let identical, let baseline, let identity, let nearCopies, let attribute):
        out.write(2)
        out.write(identical)
        out.write(baseline)
        out.write(identity)
        out.write(nearCopies)
        out.write(attribute)
      case .distances(let value):
        out.write(3)
        out.write(value)
      case .holdout(let value):
        out.write(4)
        out.write(value)
      }
    }

    init(from input: inout PortableReader) {
      switch input.int() {
      case 1: self = .cartFit(fitted: input.doubles(), leaves: input.int(), pMSE: input.double())
      case 2:
        self = .disclosure(identical: input.double(), baseline: input.double(), identity: input.read(), nearCopies: input.read(), attribute: input.read())
      case 3: self = .distances(input.read())
      case 4: self = .holdout(input.read())
      default: self = .local
      }
    }
  }

  /// One task of the evaluation (see `run`).
  private enum Part: Equatable {
    case columns, pairs, associations, logistic, cartFit(Int), specific, models, disclosure, distances, holdout

    /// Its result can travel between the page's workers (`PartResult`); the others run in each.
    var travels: Bool {
      switch self {
      case .cartFit, .disclosure, .distances, .holdout: true
      case .columns, .pairs, .associations, .logistic, .specific, .models: false
      }
    }

    var phase: EvaluationProgress.Phase {
      switch self {
      case .columns: return .columns
      case .pairs: return .pairs
      case .associations: return .associations
      case .logistic: return .propensity
      case .cartFit: return .cartPropensity
      case .specific: return .specific
      case .models: return .models
      case .disclosure: return .disclosure
      case .distances: return .distances
      case .holdout: return .holdout
      }
    }
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
