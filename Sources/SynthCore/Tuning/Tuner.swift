/// `--tune`: chooses the synthesis settings that matter by trying them, DUO's "automatic
/// optimisation" under privacy bounds.
///
/// The real rows are split once into a training half A and a validation half B. Each trial
/// synthesises from (a sample of) A with one candidate's settings and measures
/// - utility against A, as the report measures it against the rows the data were made from: the
///   median and the 90th percentile of the pair S_pMSE (`TableUtility`), scored by their geometric
///   mean, so that halving either counts the same. (Against B, the sampling difference between
///   the halves dominated and favoured large leaves: lawschool chose minbucket 200, with a median
///   of 1.57 in the report against 0.79 for the defaults.)
/// - privacy against A: the share of synthetic rows closer to A than to B (DUO's holdout test,
///   at most `maxCloserShare`), rows identical to a row of A (at most the share of B's rows that
///   are, the random-half baseline) and copies of rows unique in A (none).
///
/// The search is successive halving (Jamieson & Talwalkar 2016, η = 3): every candidate on a small
/// sample of A, the best third on three times the rows, and so on up to all of A; the default
/// settings and the best of each family (`TuningCandidate.Family`) always go on. The finalists
/// are then synthesised from all rows (`confirm`), so their utility is the report's, and the
/// choice (`leader`) can only replace the defaults by settings within the bounds.
/// Every trial of a rung uses the same rows and the same seed (common random numbers), so the
/// candidates differ by their settings, not by their luck.
///
/// The budget is in seconds but spent by a cost model (`TuningCost`), never by the clock: the
/// choice depends only on the data, the options and the seed, natively and in wasm alike.
struct Tuner {
  /// DUO's bound on the share of synthetic rows closer to the training half.
  static let maxCloserShare = 0.55
  /// Rows of A in the first rung.
  static let firstRungRows = 1000
  /// Each rung keeps a third of the candidates on three times the rows.
  static let eta = 3
  /// Synthetic rows sampled for the closer-to-training test in each trial.
  static let distanceSample = 500
  static let defaultBudgetSeconds = 60

  var base: SynthesisConfig
  var budgetSeconds: Int

  init(base: SynthesisConfig, budgetSeconds: Int = Tuner.defaultBudgetSeconds) {
    self.base = base
    self.budgetSeconds = budgetSeconds
  }

  /// The settings tried, the default first: the grid of the chosen method, then, when no setting
  /// ties the run to it (`switchesMethod`), the other method's grid.
  func candidates(rows: Int, decimals: Bool = true) -> [TuningCandidate] {
    var list: [TuningCandidate] = [TuningCandidate(base)]
    let methods: [SynthesisMethod] = Self.switchesMethod(base) ? (base.method == .cart ? [.cart, .gc] : [.gc, .cart]) : [base.method]
    for method in methods {
      switch method {
      case .cart:
        // Leaf sizes up to a tenth of the rows: larger leaves keep fewer details of a person,
        // too large ones blur relations.
        let buckets = [5, 10, 15, 20, 30, 50, 75, 100, 150, 200].filter { $0 == 5 || $0 * 10 <= rows }
        var visits: [VisitOrder] = [.automatic, .columnOrder]
        if case .names = base.visit { visits = [base.visit] }
        for visit in visits {
          for minBucket in buckets {
            for complexity in [1e-8, 1e-4] {
              // Automatic smoothing changes decimal columns only; on smooths every number (noise
              // that moves synthetic rows away from their donors).
              for smoothing in decimals ? [SmoothingChoice.automatic, .off, .on] : [base.smoothing, .on] {
                var c = TuningCandidate(base)
                c.method = .cart
                c.visit = visit
                c.minBucket = minBucket
                c.complexity = complexity
                c.smoothing = smoothing
                if !list.contains(c) { list.append(c) }
              }
            }
          }
        }
      case .gc:
        for strata in [StrataChoice.automatic, .none] {
          for parametric in [false, true] {
            var c = TuningCandidate(base)
            c.method = .gc
            c.strata = strata
            c.parametricMarginals = parametric
            if !list.contains(c) { list.append(c) }
          }
        }
      }
    }
    return list
  }

  /// Whether the search may try the other method: not when a setting only one method has was
  /// given (per-column methods, predictors, smoothing per column or a named visit order for CART;
  /// smoothed tails for the copula; named strata, which the two read differently). Measured: on
  /// the shared tables whose CART defaults put over 55% of synthetic rows closer to the training
  /// half (gss_wages, hotel_rates, weather), the copula keeps that bound with a lower median pair
  /// S_pMSE than larger leaves reach; on lawschool and duo_cub_20k it halves the median.
  static func switchesMethod(_ config: SynthesisConfig) -> Bool {
    if case .names = config.visit { return false }
    if case .names = config.strata { return false }
    return config.columnMethods.isEmpty && config.predictors.isEmpty && config.smoothingByColumn.isEmpty && !config.smoothTails
  }

  /// Searches the candidates on `table` (the rows the synthesiser may see) and returns the chosen
  /// settings with the record of the search.
  func run(_ table: Table, progress: @escaping ProgressHandler = { _, _ in }) throws(SynthesisError) -> (config: SynthesisConfig, search: TuningSearch) {
    var reporter = ProgressReporter(progress)
    let candidates = self.candidates(rows: table.rowCount / 2, decimals: table.columns.contains { !$0.schema.excluded && $0.schema.kind == .decimal })
    var search = TuningSearch(base: base, candidates: candidates, budgetSeconds: budgetSeconds)
    let columns = table.columns.filter { !$0.schema.excluded && $0.schema.kind != .empty }.count
    search.columns = columns
    // Halves of at least 50 rows and two columns, or there is nothing to compare.
    guard table.rowCount >= 100, columns >= 2 else {
      search.stop = .tooSmall
      return (base, search)
    }
    var rng = RandomGenerator(seed: base.seed, stream: .tuning)
    var order = Array(0..<table.rowCount)
    rng.shuffle(&order)
    let half = table.rowCount / 2
    let training = Array(order[half...])
    let validation = Array(order[..<half])
    search.trainingRows = training.count
    search.validationRows = validation.count

    var rungRows: [Int] = []
    var r = min(Self.firstRungRows, training.count)
    while true {
      rungRows.append(r)
      if r >= training.count { break }
      r = training.count / r < Self.eta * 2 ? training.count : r * Self.eta
    }
    let budget = TuningCost.units(seconds: budgetSeconds)
    var alive = Array(candidates.indices)
    var leader = 0
    var lastScored: [(candidate: Int, trial: TuningTrial)] = []
    for (rung, rows) in rungRows.enumerated() {
      let cost = TuningCost.trial(rows: rows, columns: columns) * Int64(alive.count)
      if search.spent + cost > budget {
        search.stop = rung == 0 ? .budgetTooSmall : .budget
        break
      }
      // The same rows of A and of B for every candidate of this rung.
      let a = Array(training.prefix(rows)).sorted()
      let b = Array(validation.prefix(rows)).sorted()
      let trainingTable = table.selecting(rows: a)
      let validationTable = table.selecting(rows: b)
      // A rung's trials are independent: each a task for the host's threads.
      let spent = search.spent
      let trials = base.workers.map(alive.count, done: { reporter.report("tuning", (Double(spent) + Double(cost) * $0) / Double(max(budget, 1))) }) {
        k -> Result<TuningTrial, SynthesisError> in
        var config = candidates[alive[k]].applied(to: base)
        config.copies = 1
        config.rows = nil
        config.holdout = false
        config.seed = base.seed ^ RandomStream.tuning.rawValue ^ UInt64(rung)
        return Self.trial(config, on: trainingTable) { synthetic in
          var trial = TuningTrial.measure(
            candidate: alive[k], rung: rung, training: trainingTable, validation: validationTable, synthetic: synthetic, seed: config.seed)
          trial.rows = rows
          return trial
        }
      }
      var scored: [(candidate: Int, trial: TuningTrial)] = []
      for (k, outcome) in trials.enumerated() {
        let trial = try outcome.get()
        search.trials.append(trial)
        scored.append((alive[k], trial))
      }
      search.spent += cost
      search.rungs = rung + 1
      leader = Self.leader(scored, default: 0)
      lastScored = scored
      // Who goes on is decided softly: a candidate just over a bound on a small sample may keep it
      // on more rows, so its score is only penalised (the choice itself stays strict).
      let ranked = scored.sorted {
        let (x, y) = ($0.trial.survivalKey, $1.trial.survivalKey)
        if x.isNaN != y.isNaN { return y.isNaN }
        return x != y && !x.isNaN ? x < y : $0.candidate < $1.candidate
      }.map { $0.candidate }
      let keep = max(1, (alive.count + Self.eta - 1) / Self.eta)
      var next = Array(ranked.prefix(keep))
      if !next.contains(0) { next.append(0) }
      // The best of each family goes on too: on a small sample one family's many leaf sizes can
      // crowd out another (gss_wages lost the copula with strata and the automatic visit order
      // on 1,000 rows, which did best on all rows).
      for family in TuningCandidate.Family.allCases {
        if let best = ranked.first(where: { candidates[$0].family == family }), !next.contains(best) { next.append(best) }
      }
      alive = next.sorted()
      if alive.count == 1 { break }
    }
    if let confirmed = try confirm(lastScored, on: table, columns: columns, budget: budget, search: &search) { leader = confirmed }
    search.chosen = leader
    reporter.report("tuning", 1)
    return (candidates[leader].applied(to: base), search)
  }

  /// One trial as a task: `config` synthesised from `table` on one thread (the trials themselves
  /// share the host's threads), then `measure`d; an error is returned, to be thrown in trial order.
  static func trial(
    _ config: SynthesisConfig, on table: Table, measure: (Table) -> TuningTrial
  ) -> Result<TuningTrial, SynthesisError> {
    var config = config
    config.workers = .serial
    do throws(SynthesisError) {
      return .success(measure(try Synthesis.run(table, config: config).copies[0]))
    } catch {
      return .failure(error)
    }
  }

  /// Finalists confirmed on all rows: the defaults and the candidates keeping the bounds that
  /// score best (this many), have the lowest median, or are the best of their family.
  static let confirmedFinalists = 3

  /// Measures the utility of the last round's finalists as the report will: synthesised from all
  /// of `table` with the run's seed and compared with it. The halves' rungs choose well among
  /// settings, but a difference measured on half of the rows grows with the rows (S_pMSE grows
  /// with n when the distributions differ): gss_wages' chosen file-order visit had a median of 1.54
  /// on the training half and 2.20 on all rows, where the defaults had 1.63. Privacy stays as the
  /// last round measured it, against the rows kept back. Returns the choice among the finalists,
  /// or nil when the budget does not cover two finalists or nothing keeps the bounds.
  func confirm(_ scored: [(candidate: Int, trial: TuningTrial)], on table: Table, columns: Int, budget: Int64, search: inout TuningSearch) throws(SynthesisError) -> Int? {
    guard let defaults = scored.first(where: { $0.candidate == 0 }) else { return nil }
    let kept = scored.filter { $0.candidate != 0 && $0.trial.admissible }
    var finalists = [defaults]
    for x in kept.sorted(by: { Self.better($0.trial, $1.trial, ties: ($0.candidate, $1.candidate)) }).prefix(Self.confirmedFinalists) { finalists.append(x) }
    let lowest = kept.min(by: { ($0.trial.medianPair, $0.candidate) < ($1.trial.medianPair, $1.candidate) })
    let families = TuningCandidate.Family.allCases.compactMap { family in
      kept.filter { search.candidates[$0.candidate].family == family }.min { Self.better($0.trial, $1.trial, ties: ($0.candidate, $1.candidate)) }
    }
    for x in (lowest.map { [$0] } ?? []) + families where !finalists.contains(where: { $0.candidate == x.candidate }) {
      finalists.append(x)
    }
    let cost = TuningCost.trial(rows: table.rowCount, columns: columns)
    while finalists.count > 1 && search.spent + cost * Int64(finalists.count) > budget { finalists.removeLast() }
    guard finalists.count > 1 else { return nil }
    let rung = search.rungs
    let candidates = search.candidates
    let outcomes = base.workers.map(finalists.count) { k -> Result<TuningTrial, SynthesisError> in
      var config = candidates[finalists[k].candidate].applied(to: base)
      config.copies = 1
      config.holdout = false
      return Self.trial(config, on: table) { synthetic in
        var trial = finalists[k].trial
        trial.rung = rung
        trial.confirmedRows = table.rowCount
        (trial.medianPair, trial.p90Pair) = TuningTrial.pairUtility(real: table, synthetic: synthetic)
        return trial
      }
    }
    var confirmed: [(candidate: Int, trial: TuningTrial)] = []
    for (k, outcome) in outcomes.enumerated() {
      let trial = try outcome.get()
      search.trials.append(trial)
      confirmed.append((finalists[k].candidate, trial))
    }
    search.spent += cost * Int64(finalists.count)
    search.rungs += 1
    search.confirmed = true
    return Self.leader(confirmed, default: 0)
  }

  /// Of one rung's trials, the candidate to use: when the default keeps the privacy bounds, the
  /// best-scoring candidate that keeps them too and beats the default on both the median and the
  /// score. When it does not: the best-scoring candidate that keeps the bounds with a median no
  /// worse than the default's; else the one keeping them that loses the least median (weather: no
  /// CART leaf size keeps the 55% bound below a median of 2.1, the copula does at 1.8); else, when
  /// none keeps them, the one with the fewest rows closer to the training half, if fewer than the
  /// default's.
  static func leader(_ scored: [(candidate: Int, trial: TuningTrial)], default d: Int) -> Int {
    guard let base = scored.first(where: { $0.candidate == d })?.trial else { return d }
    if !base.admissible {
      let kept = scored.filter { $0.candidate != d && $0.trial.admissible }
      let noWorse = kept.filter { $0.trial.medianPair <= base.medianPair }
      if var best = noWorse.first {
        for x in noWorse.dropFirst() where better(x.trial, best.trial, ties: (x.candidate, best.candidate)) { best = x }
        return best.candidate
      }
      if var best = kept.first {
        for x in kept.dropFirst() where (x.trial.medianPair, x.trial.score, -x.candidate) < (best.trial.medianPair, best.trial.score, -best.candidate) { best = x }
        return best.candidate
      }
    }
    var best = d
    var bestTrial = base
    for (c, t) in scored where c != d {
      let improves = base.admissible
        ? t.admissible && t.medianPair <= base.medianPair && t.score < base.score
        : t.admissible || t.closerShare < base.closerShare
      if improves && better(t, bestTrial, ties: (c, best)) {
        best = c
        bestTrial = t
      }
    }
    return best
  }

  /// Admissible trials first, by score; the others by their closer-to-training share.
  static func better(_ x: TuningTrial, _ y: TuningTrial, ties: (Int, Int)) -> Bool {
    if x.admissible != y.admissible { return x.admissible }
    let (u, v) = x.admissible ? (x.score, y.score) : (x.closerShare, y.closerShare)
    if u.isNaN != v.isNaN { return v.isNaN }
    if u != v && !u.isNaN { return u < v }
    return ties.0 < ties.1
  }
}

/// The settings one trial changes.
struct TuningCandidate: Equatable {
  var method: SynthesisMethod
  var minBucket: Int
  var complexity: Double
  var smoothing: SmoothingChoice
  var visit: VisitOrder
  var strata: StrataChoice
  var parametricMarginals: Bool

  init(_ config: SynthesisConfig) {
    method = config.method
    minBucket = config.cart.minBucket
    complexity = config.cart.complexity
    smoothing = config.smoothing
    visit = config.visit
    strata = config.strata
    parametricMarginals = config.parametricMarginals
  }

  /// The structural choice a candidate makes; the leaf sizes and marginals vary within it.
  enum Family: CaseIterable {
    case cartAutomaticOrder, cartFileOrder, cartNamedOrder, copulaStrata, copulaWhole
  }

  var family: Family {
    switch (method, visit, strata) {
    case (.cart, .automatic, _): return .cartAutomaticOrder
    case (.cart, .columnOrder, _): return .cartFileOrder
    case (.cart, .names, _): return .cartNamedOrder
    case (.gc, _, .none): return .copulaWhole
    case (.gc, _, _): return .copulaStrata
    }
  }

  func applied(to config: SynthesisConfig) -> SynthesisConfig {
    var c = config
    c.method = method
    c.cart.minBucket = minBucket
    c.cart.complexity = complexity
    c.smoothing = smoothing
    c.visit = visit
    c.strata = strata
    c.parametricMarginals = parametricMarginals
    return c
  }
}

/// One candidate measured on one rung's rows.
struct TuningTrial {
  var candidate: Int
  var rung: Int
  var rows = 0
  var medianPair: Double
  var p90Pair: Double
  var closerShare: Double
  var identicalShare: Double
  var identicalBaseline: Double
  var replicatedUniques: Int
  /// Set when the utility was measured on a synthesis of all rows (`Tuner.confirm`); the privacy
  /// fields stay those of `rows` training rows.
  var confirmedRows: Int? = nil

  /// Geometric mean of the median and the 90th percentile pair S_pMSE.
  var score: Double {
    guard medianPair >= 0, p90Pair >= 0 else { return .nan }
    return (Swift.max(medianPair, 1e-12) * Swift.max(p90Pair, 1e-12)).squareRoot()
  }

  /// The score, times 1 + 20 × (closer share − 55%) above the bound and doubled for each other
  /// bound broken: 60% closer counts as twice the score, 68% as 3.6 times.
  var survivalKey: Double {
    var key = score
    if !closerWithinBound { key *= 1 + 20 * (closerShare - Tuner.maxCloserShare) }
    if !identicalWithinBaseline { key *= 2 }
    if replicatedUniques > 0 { key *= 2 }
    return key
  }

  var closerWithinBound: Bool { closerShare.isNaN || closerShare <= Tuner.maxCloserShare }
  /// Within two standard errors of the random-half baseline: both shares are estimates from `rows` rows.
  var identicalWithinBaseline: Bool {
    let p = identicalBaseline
    return identicalShare <= p + 2 * (p * (1 - p) / Double(Swift.max(rows, 1))).squareRoot() + 1e-12
  }
  var admissible: Bool { closerWithinBound && identicalWithinBaseline && replicatedUniques == 0 }

  /// The median and the 90th percentile of the pair S_pMSE, as the report measures them.
  static func pairUtility(_ aligned: AlignedTables) -> (median: Double, p90: Double) {
    let columns = Array(aligned.real.columns.indices.prefix(EvaluationConfig().maxPairColumns))
    let q = Evaluation.pairQuantiles(TableUtility.allPairs(real: aligned.real, synthetic: aligned.synthetic, columns: columns), [0.5, 0.9])
    return (q[0], q[1])
  }

  static func pairUtility(real: Table, synthetic: Table) -> (median: Double, p90: Double) {
    guard let aligned = try? AlignedTables.align(real: real, synthetic: synthetic) else { return (.nan, .nan) }
    return pairUtility(aligned)
  }

  static func measure(candidate: Int, rung: Int, training: Table, validation: Table, synthetic: Table, seed: UInt64) -> TuningTrial {
    var trial = TuningTrial(
      candidate: candidate, rung: rung, medianPair: .nan, p90Pair: .nan, closerShare: .nan, identicalShare: 0, identicalBaseline: 0, replicatedUniques: 0)
    // A and B come from one table, so aligning the synthetic rows with A aligns them with B too.
    guard let aligned = try? AlignedTables.align(real: training, synthetic: synthetic),
      let againstB = try? AlignedTables.align(real: validation, synthetic: synthetic)
    else { return trial }
    let columns = Array(aligned.real.columns.indices)
    (trial.medianPair, trial.p90Pair) = pairUtility(aligned)
    let holdout = HoldoutPrivacy.compute(
      training: aligned.real, holdout: againstB.real, synthetic: aligned.synthetic, columns: columns, sampleSize: Tuner.distanceSample, seed: seed ^ RandomStream.distanceSample.rawValue)
    trial.closerShare = holdout.shareCloserToTraining
    trial.identicalShare = Disclosure.identicalRowShare(real: aligned.real, synthetic: aligned.synthetic, columns: columns)
    trial.identicalBaseline = Disclosure.identicalRowShare(real: aligned.real, synthetic: againstB.real, columns: columns)
    trial.replicatedUniques = KeyDisclosure.compute(real: aligned.real, synthetic: aligned.synthetic, keys: columns, target: nil).replicatedUniqueCount
    return trial
  }
}

/// What the search did, for the report, the run summary and the page.
struct TuningSearch {
  enum Stop: Equatable {
    /// Every rung up to all of the training half was run (or one candidate was left).
    case finished
    /// The next rung would not fit in the budget.
    case budget
    /// Not even the first rung fits: the default settings are kept.
    case budgetTooSmall
    /// Fewer than 100 rows or 2 columns: nothing to compare.
    case tooSmall
  }

  /// The settings the search started from; candidate 0 keeps them.
  var base: SynthesisConfig
  var candidates: [TuningCandidate]
  var budgetSeconds: Int
  var trials: [TuningTrial] = []
  var chosen = 0
  var rungs = 0
  var spent: Int64 = 0
  var stop = Stop.finished
  /// The last round is the finalists' confirmation on all rows (`Tuner.confirm`).
  var confirmed = false
  var trainingRows = 0
  var validationRows = 0
  var columns = 0

  /// The seconds the cost model estimates for the trials run.
  var estimatedSeconds: Double { TuningCost.seconds(units: spent) }

  /// The trials of the last rung run, the chosen first, then best first: the ones the choice was
  /// made among.
  var finalTrials: [TuningTrial] {
    let last = trials.filter { $0.rung == rungs - 1 }
    return last.sorted {
      if ($0.candidate == chosen) != ($1.candidate == chosen) { return $0.candidate == chosen }
      return Tuner.better($0, $1, ties: ($0.candidate, $1.candidate))
    }
  }
}

/// The cost model of the budget: work units for a trial, calibrated so that a unit is about a
/// microsecond of a native release build on the 2-core test machine: estimated against measured
/// seconds of whole searches, gss_wages 9.2 / 6.3, hotel_rates 11.8 / 11.3, weather 8.0 / 8.5,
/// flights 43.7 / 27, military 16.5 / 6.7 (the estimate errs on the long side for large tables).
/// The page's wasm runs slower by its usual ratio.
enum TuningCost {
  /// Units per trial: synthesis grows with rows × columns × log(rows) (sorting for the trees),
  /// the pair tables with rows × pairs, the distance searches with the sample × rows × columns.
  static func trial(rows: Int, columns: Int) -> Int64 {
    let n = Double(rows), c = Double(columns)
    let synthesis = 0.18 * n * c * Math.log(Swift.max(n, 2)) / Math.log(2)
    let pairs = 0.016 * n * c * (c - 1) / 2
    let distances = 0.0008 * Double(Tuner.distanceSample) * n * c
    return Int64(exactly: (synthesis + pairs + distances + 4_000).rounded()) ?? Int64.max / 4
  }

  static func units(seconds: Int) -> Int64 { Int64(seconds) * 1_000_000 }
  static func seconds(units: Int64) -> Double { Double(units) / 1_000_000 }
}

extension Tuner {
  /// The settings the search changes, by their settings-file keys (`SynthesisSetting`).
  static func tunedKeys(_ method: SynthesisMethod) -> [String] {
    switch method {
    case .cart: return ["minbucket", "cp", "smoothing", "visit"]
    case .gc: return ["strata", "marginals"]
    }
  }
}

extension TuningSearch {
  var stopCode: String {
    switch stop {
    case .finished: return "finished"
    case .budget: return "budget"
    case .budgetTooSmall: return "budgetTooSmall"
    case .tooSmall: return "tooSmall"
    }
  }

  /// Whether the candidates include the other method than the one the search started from.
  var spansMethods: Bool { candidates.contains { $0.method != base.method } }

  /// The settings-file keys a candidate's settings are told by: its method's tuned settings, led
  /// by the method when the search tried both.
  func keys(_ candidate: Int) -> [String] {
    (spansMethods ? ["method"] : []) + Tuner.tunedKeys(candidates[candidate].method)
  }

  /// A candidate's tuned settings as the settings file writes them.
  func settings(_ candidate: Int, to j: inout JSONWriter) {
    let config = candidates[candidate].applied(to: base)
    j.beginObject()
    for key in keys(candidate) {
      guard let setting = SynthesisSetting.named(key), let value = setting.get(config) else { continue }
      j.key(key)
      j.value(value)
    }
    j.endObject()
  }

  /// Its members in the metrics JSON and the run summary: every trial, with its settings.
  func writeFields(to j: inout JSONWriter) {
    j.field("budgetSeconds", budgetSeconds)
    j.field("estimatedSeconds", number: estimatedSeconds)
    j.field("stop", stopCode)
    j.field("trainingRows", trainingRows)
    j.field("validationRows", validationRows)
    j.field("rungs", rungs)
    j.field("confirmedOnAllRows", confirmed)
    j.field("candidates", candidates.count)
    j.field("chosenIsDefault", chosen == 0)
    j.key("chosen"); settings(chosen, to: &j)
    j.key("default"); settings(0, to: &j)
    j.key("trials")
    j.beginArray()
    for t in trials {
      j.beginObject()
      j.field("candidate", t.candidate)
      j.field("rung", t.rung)
      j.field("rows", t.rows)
      if let n = t.confirmedRows { j.field("utilityRows", n) }
      j.key("settings"); settings(t.candidate, to: &j)
      j.field("medianPairSPMSE", number: t.medianPair)
      j.field("p90PairSPMSE", number: t.p90Pair)
      j.field("score", number: t.score)
      j.field("closerToTraining", number: t.closerShare)
      j.field("identicalShare", number: t.identicalShare)
      j.field("identicalBaseline", number: t.identicalBaseline)
      j.field("replicatedUniques", t.replicatedUniques)
      j.field("admissible", t.admissible)
      j.endObject()
    }
    j.endArray()
  }
}
