/// The evaluation's progress as one stage, "evaluating", whose fraction moves through the phases
/// in proportion to their estimated cost, so a progress bar moves at a roughly even pace whether
/// a table is long (distances and trees dominate) or wide (pairs grow with the square of the
/// columns). Progress never feeds back into a result.
struct EvaluationProgress {
  enum Phase: Int, CaseIterable {
    case columns, pairs, associations, propensity, cartPropensity, specific, models, disclosure, distances, holdout
  }

  static let stage = "evaluating"

  private var reporter: ProgressReporter
  /// The fraction at which each phase starts, and its share of the whole.
  private var starts: [Double] = []
  private var shares: [Double] = []
  private var phase = Phase.columns
  private var totalCost = 1.0
  private var completed = 0.0

  /// - Parameters:
  ///   - rows: real plus synthetic rows; `columns` evaluated columns, `pairs` measured pairs.
  init(_ handler: @escaping ProgressHandler, rows: Int, columns: Int, pairs: Int, config: EvaluationConfig, holdout: Bool) {
    reporter = ProgressReporter(handler)
    let costs = Phase.allCases.map { Self.cost($0, rows: rows, columns: columns, pairs: pairs, config: config, holdout: holdout) }
    let total = max(costs.reduce(0, +), 1e-300)
    totalCost = total
    var start = 0.0
    for cost in costs {
      starts.append(start)
      shares.append(cost / total)
      start += cost / total
    }
  }

  /// Rough nanoseconds of each phase, measured natively on the census (48,842 x 15) and flights
  /// (336,776 x 19) benchmark tables: per row and column for most phases, per row and pair for
  /// pairs and associations. Only the proportions matter.
  static func cost(_ phase: Phase, rows: Int, columns: Int, pairs: Int, config: EvaluationConfig, holdout: Bool) -> Double {
    let cells = Double(rows) * Double(max(columns, 1))
    let pairCells = Double(rows) * Double(pairs)
    // Nearest records are searched for a sample on each side; their cost grows with the sample.
    let sample = Double(min(config.distanceSample, max(rows / 2, 1))) / 1000
    switch phase {
    case .columns: return 22 * cells
    case .pairs: return 4 * pairCells
    case .associations: return 7 * pairCells
    case .propensity: return 50 * cells
    case .cartPropensity:
      return config.cartPropensity.permutations(rows: rows, columns: columns, asked: config.permutations).map { 150 * Double($0 + 1) * cells } ?? 0
    case .specific: return 150 * cells
    // One dense fit of a few coefficients per copy, a few IRLS steps each.
    case .models: return 20 * cells * Double(config.models.count)
    case .disclosure: return 70 * cells
    case .distances: return 250 * sample * cells
    case .holdout: return holdout ? 330 * sample * cells : 0
    }
  }

  /// Reports the start of `phase`.
  mutating func begin(_ phase: Phase) {
    self.phase = phase
    advance(0)
  }

  /// Reports how far the current phase is, from 0 to 1.
  mutating func advance(_ within: Double) {
    let i = phase.rawValue
    reporter.report(Self.stage, min(starts[i] + shares[i] * max(0, min(within, 1)), 1))
  }

  mutating func finish() { reporter.report(Self.stage, 1) }

  /// Reports a task of `cost` (in `cost`'s units) as done, when tasks run at once and a phase's
  /// progress is the sum of the tasks that ended.
  mutating func complete(_ cost: Double) {
    completed += cost / totalCost
    reporter.report(Self.stage, min(completed, 1))
  }
}
