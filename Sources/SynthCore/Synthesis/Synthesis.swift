/// What a synthesis run made, whatever the method: the copies, the order the columns were made in,
/// the notes, and what the method itself has to say (its summary, as data).
struct SynthesisResult {
  /// One table per copy, with the synthesised columns in input order.
  var copies: [Table]
  /// Visited columns, in visiting order.
  var visitOrder: [String]
  /// Things the user should know (unused predictors, dropped rows, left-out columns).
  var notes: [SynthesisNote]
  /// The method and what the report says about how it ran.
  var summary: MethodSummary
  /// Columns drawn straight from their own real values, with no predictor (CART's first column,
  /// synthpop's `sample`): their one-way measures are close to ideal by construction.
  var drawnFromReal: [String] = []

  var method: SynthesisMethod { summary.method }
}

/// How a method ran, for the report: CART per column, or the copula with the strata it was fitted in.
enum MethodSummary: Equatable {
  case cart
  /// The strata of a copula fitted within strata; nil for one copula over the whole table.
  case copula(strata: CopulaStrataSummary?)

  var method: SynthesisMethod {
    switch self {
    case .cart: return .cart
    case .copula: return .gc
    }
  }
}

/// The one entry to synthesis: the method of the settings makes the copies.
enum Synthesis {
  static func run(_ table: Table, config: SynthesisConfig, progress: @escaping ProgressHandler = { _, _ in }) throws(SynthesisError) -> SynthesisResult {
    try RuleEnforcement.check(config.rules, table)
    switch config.method {
    case .cart:
      if case .names(let names) = config.strata { return try StratifiedSynthesis(config: config, names: names).run(table, progress: progress) }
      return try SequentialSynthesizer(config: config).run(table, progress: progress)
    case .gc:
      return try GaussianCopula(config: config).run(table, progress: progress)
    }
  }

  /// Columns to synthesise, in visiting order: every method synthesises these (the copula in
  /// file order, as its draw is joint).
  static func visitOrder(_ table: Table, _ visit: VisitOrder, notes: inout [SynthesisNote]) throws(SynthesisError) -> [Int] {
    let candidates = table.columns.indices.filter { !table.columns[$0].schema.excluded }
    var order: [Int]
    switch visit {
    case .columnOrder:
      order = candidates
    case .automatic:
      // Fewest distinct values first: measured on the shared datasets and the flights-like table,
      // columns that take few values (a carrier, a month) predict the many-valued ones (times,
      // amounts, a tail number) well, while the reverse compounds errors along the sequence and
      // shifts later marginals (flights: median pair S_pMSE 10.1 in file order, 1.4 in this one).
      // Moving a column right after one that determines it (occrecode after occ10, the hour after
      // the clock time) measured worse: flights' carrier went after its flight number (one-way
      // S_pMSE 14), hotel_rates' worst column 4.3 → 17.
      let counts = candidates.map { table.columns[$0].distinctValues() }
      order = candidates.indices.sorted { (counts[$0], candidates[$0]) < (counts[$1], candidates[$1]) }.map { candidates[$0] }
    case .names(let names):
      order = []
      for name in names {
        guard let c = table.column(named: name) else { throw .unknownColumn(option: "--visit", name: name, known: table.columnNames) }
        if table.columns[c].schema.excluded {
          throw .visitExcluded(column: name, kind: table.columns[c].schema.kind)
        }
        if !order.contains(c) { order.append(c) }
      }
      let left = candidates.filter { !order.contains($0) }.map { table.columns[$0].schema.name }
      if !left.isEmpty { notes.append(.notInVisitOrder(left)) }
    }
    guard !order.isEmpty else { throw .nothingToSynthesise }
    return order
  }

  /// The visit order with the columns that rules compute moved last: they are computed from the
  /// row's other values, and a column drawn before them must not be predicted by a placeholder.
  static func computedLast(_ order: [Int], _ table: Table, rules: [Rule]) -> [Int] {
    let computed = Rule.computedColumns(rules).compactMap { table.column(named: $0) }
    return order.filter { !computed.contains($0) } + order.filter { computed.contains($0) }
  }
}
