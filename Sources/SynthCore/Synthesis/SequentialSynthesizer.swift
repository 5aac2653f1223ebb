/// synthpop's sequential CART: columns are visited in order; the first is drawn from its real
/// values, and each next one from a tree fitted on the real data with the earlier columns as
/// predictors, into whose leaves the synthetic rows fall with their *synthetic* predictor values.
///
/// The loop owns the visit order and the plumbing of real and synthetic values; trees know
/// nothing about columns, and columns nothing about trees.
struct SequentialSynthesizer {
  let config: SynthesisConfig

  func run(_ input: Table, progress: @escaping ProgressHandler = { _, _ in }) throws(SynthesisError) -> SynthesisResult {
    var notes: [SynthesisNote] = []
    for entry in config.columnMethods where input.column(named: entry.column) == nil {
      throw .unknownColumn(option: "--column-method", name: entry.column, known: input.columnNames)
    }
    let order = Synthesis.computedLast(try Synthesis.visitOrder(input, config.visit, notes: &notes), input, rules: config.rules)
    var rng = RandomGenerator(seed: config.seed, stream: .synthesis)
    let prepared = try MissingValuePreparation(handling: config.missingValues, cart: config.cart)
      .prepare(input, columns: order, notes: &notes, rng: &rng)
    let rows = config.rows ?? prepared.rowCount
    let variables = try makeVariables(prepared, order: order, notes: &notes)
    // Each predictor presorted once, as its own task.
    let used = variables.indices.map { p in variables.contains { $0.predictors.contains(p) } }
    var trainingPredictors = config.workers.map(variables.count) { p in used[p] ? variables[p].trainingPredictor() : nil }

    var copies: [Table] = []
    var reporter = ProgressReporter(progress)
    let synthesised = order.sorted()
    let uniques = UniqueCopyRepair.index(prepared, columns: synthesised, differing: config.nearCopyColumns, workers: config.workers)
    if let limited = uniques.keys.limitedNote(asked: config.nearCopyColumns) { notes.append(limited) }
    var ruleRNG = RandomGenerator(seed: config.seed, stream: .rules)
    var bootstrap = RandomGenerator(seed: config.seed, stream: .bootstrap)
    var trees: [DecisionTree?] = []
    var bootstrapWeights: [[Int32]] = []
    for copy in 0..<config.copies {
      // Fitting is most of the work: a copy's steps are its fits, then its draws.
      func report(_ fraction: Double) { reporter.report("synthesising", (Double(copy) + fraction) / Double(config.copies)) }
      report(0)
      // Without a bootstrap every copy fits the same trees; with one, each copy draws its own
      // weights, variable by variable from their own stream, before any tree is fitted.
      if trees.isEmpty || config.proper {
        bootstrapWeights = config.proper ? variables.map { Self.bootstrapWeights($0.fitRows, rowCount: prepared.rowCount, rng: &bootstrap) } : []
        trees = fitTrees(variables, trainingPredictors, bootstrap: bootstrapWeights, rowCount: prepared.rowCount) { report(0.8 * $0) }
      }
      var (drawn, leaves) = try drawCopy(
        prepared, variables, &trainingPredictors, trees: &trees, release: copy == config.copies - 1, bootstrap: bootstrapWeights, rows: rows, notes: &notes, rng: &rng,
        report: { report(0.8 + 0.2 * Double($0) / Double(max(variables.count, 1))) })
      let visit = order.map { synthesised.firstIndex(of: $0)! }
      UniqueCopyRepair(uniques: uniques, workers: config.workers).apply(
        config.uniqueCopies, to: &drawn, leaves: leaves, visit: visit, partner: variables.allSatisfy({ $0.method == .cart }) ? .treeLeaf : .modelGroup, copy: config.copies > 1 ? copy + 1 : nil, notes: &notes, rng: &rng)
      try RuleEnforcement(rules: config.rules).apply(
        to: &drawn, real: prepared, leaves: leaves, visit: visit, copy: config.copies > 1 ? copy + 1 : nil, notes: &notes, rng: &ruleRNG)
      copies.append(drawn)
    }
    reporter.report("synthesising", 1)
    // A column's values may be predicted by its own missingness, and still by nothing else.
    let computed = Rule.computedColumns(config.rules)
    let sampled = order.filter { !computed.contains(input.columns[$0].schema.name) }.filter { c in
      variables.allSatisfy { v in v.column != c || v.method == .sample || v.predictors.allSatisfy { variables[$0].column == c } }
    }
    return SynthesisResult(
      copies: copies, visitOrder: order.map { input.columns[$0].schema.name }, notes: notes, summary: .cart,
      drawnFromReal: sampled.map { input.columns[$0].schema.name })
  }

  /// Every tree variable's tree, fitted at once on the host's threads (or split between the
  /// page's workers, the trees travelling as bytes): a tree sees only real
  /// rows, so none waits for another's draws (synthpop fits and draws in turn, which only the
  /// draws need). Other methods fit as they draw; their slots are nil. The biggest fits (most
  /// predictors: the last visited) go first, so no thread is left with one at the end.
  private func fitTrees(
    _ variables: [SynthesisVariable], _ trainingPredictors: [TrainingPredictor?], bootstrap: [[Int32]], rowCount: Int, done: (Double) -> Void
  ) -> [DecisionTree?] {
    let order = variables.indices.sorted { variables[$0].predictors.count > variables[$1].predictors.count || (variables[$0].predictors.count == variables[$1].predictors.count && $0 < $1) }
    var ended = 0
    let fitted = config.workers.share(
      order.count, everywhere: { variables[order[$0]].method != .cart },
      finished: { _ in
        ended += 1
        done(Double(ended) / Double(order.count))
      }
    ) { k -> DecisionTree? in
      let v = variables[order[k]]
      guard v.method == .cart else { return nil }
      return Self.fitTree(v, training: v.predictors.map { trainingPredictors[$0]! }, weights: Self.weights(v, order[k], bootstrap: bootstrap, rowCount: rowCount), cart: config.cart)
    }
    var trees = [DecisionTree?](repeating: nil, count: variables.count)
    for (k, index) in order.enumerated() { trees[index] = fitted[k] }
    return trees
  }

  /// One synthetic table of `rows` rows: every variable drawn in visit order (trees given, other
  /// models fitted here). With `release` (the last copy) each tree and each predictor's presorted
  /// real values are let go once no later variable needs them: on 2 million rows that is 16 MB a
  /// predictor and up to 8 MB a tree, which the drawn columns can then reuse.
  private func drawCopy(
    _ prepared: Table, _ variables: [SynthesisVariable], _ trainingPredictors: inout [TrainingPredictor?], trees: inout [DecisionTree?], release: Bool,
    bootstrap: [[Int32]], rows: Int, notes: inout [SynthesisNote], rng: inout RandomGenerator, report: (Int) -> Void
  ) throws(SynthesisError) -> (table: Table, leaves: [[Int32]]) {
    var lastUse = [Int](repeating: -1, count: variables.count)
    for (index, variable) in variables.enumerated() { for p in variable.predictors { lastUse[p] = index } }
    var syntheticClasses = [[Int32]](repeating: [], count: variables.count)
    // Per synthesised column (in table order), the leaf each row fell into for its first variable.
    let columns = Array(Set(variables.map { $0.column })).sorted()
    var leaves = [[Int32]](repeating: [], count: columns.count)
    var syntheticValues = [[Double]](repeating: [], count: variables.count)
    var outputValues = [[Double]](repeating: [], count: variables.count)
    for (index, variable) in variables.enumerated() {
      report(index)
      var predictors = SyntheticPredictors()
      var training: [TrainingPredictor] = []
      for p in variable.predictors {
        training.append(trainingPredictors[p]!)
        if variables[p].isCategorical { predictors.appendCategorical(syntheticClasses[p], levels: variables[p].classCount) }
        else { predictors.appendOrdinal(syntheticValues[p]) }
      }
      // Values are drawn only for rows whose synthetic missingness says observed.
      var targetRows = (0..<rows).map { Int32($0) }
      if variable.role == .values, index > 0, variables[index - 1].role == .missingness, variables[index - 1].column == variable.column {
        targetRows = targetRows.filter { syntheticClasses[index - 1][Int($0)] == 0 }
      }
      let input = ModelInput(
        target: variable, predictors: variable.predictors.map { variables[$0] }, training: training, synthetic: predictors,
        weights: Self.weights(variable, index, bootstrap: bootstrap, rowCount: prepared.rowCount), tree: trees[index], rows: targetRows, config: config, method: variable.method,
        name: prepared.columns[variable.column].schema.name,
        predictorNames: variable.predictors.map { prepared.columns[variables[$0].column].schema.name })
      let drawn = try variable.method.draw(input, rng: &rng)
      if release {
        trees[index] = nil
        for p in variable.predictors where lastUse[p] == index { trainingPredictors[p] = nil }
      }
      if let (predictor, share) = drawn.nearlyDetermined {
        let note = SynthesisNote.nearlyDeterminedPredictor(column: input.name, predictor: predictor, explained: share)
        if !notes.contains(note) { notes.append(note) }
      }
      // The repair uses a column's groups when they cover every row (its first variable).
      if let k = columns.firstIndex(of: variable.column), leaves[k].isEmpty { leaves[k] = drawn.groups }
      if variable.isCategorical {
        syntheticClasses[index] = drawn.classes
      } else {
        var values = [Double](repeating: variable.fill, count: rows)
        for (i, row) in targetRows.enumerated() where i < drawn.values.count { values[Int(row)] = drawn.values[i] }
        syntheticValues[index] = values
        // Smoothing changes only the written values: later columns are drawn given the donor
        // values, whose heaps (a common price, a round income) carry the real relations.
        if let plan = variable.smoothing, drawn.valuesAreReal, !drawn.values.isEmpty {
          var smoothed = targetRows.map { values[Int($0)] }
          Smoothing.smooth(&smoothed, observedMin: plan.observedMin, observedMax: plan.observedMax, decimals: plan.decimals, rng: &rng)
          for (i, row) in targetRows.enumerated() { values[Int(row)] = smoothed[i] }
          outputValues[index] = values
        }
      }
    }
    for (index, values) in outputValues.enumerated() where !values.isEmpty { syntheticValues[index] = values }
    return (makeTable(prepared, variables: variables, classes: syntheticClasses, values: syntheticValues, rows: rows), leaves)
  }

  /// The variable's tree: regression for values, classification otherwise.
  static func fitTree(_ variable: SynthesisVariable, training: [TrainingPredictor], weights: [Int32], cart: CARTConfig) -> DecisionTree {
    if variable.isCategorical {
      var builder = TreeBuilder(config: cart, predictors: training, criterion: GiniCriterion(variable.classes, classCount: variable.classCount))
      return builder.fit(weights: weights)
    }
    var builder = TreeBuilder(config: cart, predictors: training, criterion: VarianceCriterion(variable.values))
    return builder.fit(weights: weights)
  }

  /// Fits the variable's tree (unless `fitted` is given) and draws a donor row per target row;
  /// also returns the leaf each target row fell into.
  static func fitAndDraw(
    _ variable: SynthesisVariable, training: [TrainingPredictor], weights: [Int32], fitted: DecisionTree? = nil, predictors: SyntheticPredictors,
    rows: [Int32], cart: CARTConfig, rng: inout RandomGenerator
  ) -> (donors: [Int32], leaves: [Int32]) {
    let tree = fitted ?? fitTree(variable, training: training, weights: weights, cart: cart)
    if tree.donorRows.isEmpty { return ([], []) }
    return tree.drawDonors(predictors, rows: rows, rng: &rng)
  }

  /// Bootstrap counts over the fit rows (`--proper`).
  private static func bootstrapWeights(_ fitRows: [Int32], rowCount: Int, rng: inout RandomGenerator) -> [Int32] {
    var weights = [Int32](repeating: 0, count: rowCount)
    for _ in 0..<fitRows.count { weights[Int(fitRows[rng.nextInt(below: fitRows.count)])] += 1 }
    return weights
  }

  /// Variable `index`'s weights per real row: its bootstrap counts when drawn, else 1 per fit row
  /// (made when needed, not kept for every variable at once).
  private static func weights(_ variable: SynthesisVariable, _ index: Int, bootstrap: [[Int32]], rowCount: Int) -> [Int32] {
    if !bootstrap.isEmpty { return bootstrap[index] }
    var weights = [Int32](repeating: 0, count: rowCount)
    for row in variable.fitRows { weights[Int(row)] = 1 }
    return weights
  }

  // MARK: Plan

  private func makeVariables(_ table: Table, order: [Int], notes: inout [SynthesisNote]) throws(SynthesisError) -> [SynthesisVariable] {
    var variables: [SynthesisVariable] = []
    var variablesOfColumn = [[Int]](repeating: [], count: table.columns.count)
    let allRows = (0..<table.rowCount).map { Int32($0) }
    for (position, column) in order.enumerated() {
      let name = table.columns[column].schema.name
      var predictors: [Int] = []
      if let names = config.predictorNames(for: name) {
        for p in names {
          guard let c = table.column(named: p) else { throw .unknownColumn(option: "--predictors", name: p, known: table.columnNames) }
          guard let at = order.firstIndex(of: c), at < position else {
            notes.append(.predictorNotBefore(predictor: p, column: name))
            continue
          }
          predictors += variablesOfColumn[c]
        }
        predictors.sort()
      } else {
        predictors = Array(0..<variables.count)
      }
      // A computed column is not modelled: its own values stand in until the rules compute it.
      let passive = Rule.computedColumns(config.rules).contains(name)
      let method = passive ? .sample : config.columnMethod(for: name)
      if method.modelsNumbers && !table.columns[column].schema.kind.isNumeric {
        throw .methodUnsuited(column: name, method: method, numbers: false)
      }
      if method.modelsCategories && table.columns[column].schema.kind.isNumeric {
        throw .methodUnsuited(column: name, method: method, numbers: true)
      }
      for var v in SynthesisVariable.variables(for: column, in: table, smoothing: smooths(table.columns[column]), allRows: allRows) {
        v.predictors = method == .sample ? [] : predictors
        v.method = method.method(for: v)
        variablesOfColumn[column].append(variables.count)
        variables.append(v)
      }
    }
    return variables
  }

  private func smooths(_ column: Column) -> Bool {
    guard column.schema.kind.isNumeric else { return false }
    if let choice = config.smoothingOverride(for: column.schema.name) { return choice }
    switch config.smoothing {
    case .on: return true
    case .off: return false
    case .automatic:
      // Only near-continuous decimals (prices, exact incomes): there an exact value can point at a
      // person, while smoothing heaped values (whole numbers, income brackets, dates) would blur
      // their real spikes. Counted on the rows at hand, which may be fewer than the file's.
      guard column.schema.kind == .decimal else { return false }
      var observed = (0..<column.numbers.count).filter { !column.isMissing($0) }.map { column.numbers[$0] }
      observed.sort()
      var distinct = observed.isEmpty ? 0 : 1
      for i in observed.indices.dropFirst() where observed[i] != observed[i - 1] { distinct += 1 }
      return distinct > SynthesisConfig.smoothingMinimumDistinct && distinct * 10 >= observed.count
    }
  }

  /// Synthetic columns in input order, with the real schemas (so they are written in the input's style).
  private func makeTable(_ real: Table, variables: [SynthesisVariable], classes: [[Int32]], values: [[Double]], rows: Int) -> Table {
    var table = real
    table.rowCount = rows
    var columns: [Column] = []
    for (c, realColumn) in real.columns.enumerated() {
      let mine = variables.indices.filter { variables[$0].column == c }
      guard !mine.isEmpty else { continue }
      var column = Column(schema: realColumn.schema)
      column.levels = realColumn.levels
      for index in mine {
        let v = variables[index]
        switch v.role {
        case .values:
          column.numbers = values[index]
        case .missingness:
          column.missing = classes[index].map { UInt16($0) }
        case .categories:
          let observed = realColumn.observedLevelCount
          let drawn = classes[index]
          if realColumn.usesLevels { column.codes = drawn.map { $0 < observed ? $0 : 0 } }
          else if realColumn.schema.kind == .boolean { column.numbers = drawn.map { $0 == 1 ? 1 : 0 } }
          if !realColumn.schema.missingCodes.isEmpty {
            column.missing = drawn.map { Int($0) < observed ? 0 : UInt16(Int($0) - observed + 1) }
          }
        }
      }
      columns.append(column)
    }
    table.columns = columns
    return table
  }
}
