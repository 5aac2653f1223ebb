/// Applies the chosen missing-value handling before synthesis (except `.model`, which the
/// synthesiser handles itself): drop incomplete rows, or fill them in.
struct MissingValuePreparation {
  let handling: MissingValueHandling
  let cart: CARTConfig

  func prepare(_ table: Table, columns: [Int], notes: inout [SynthesisNote], rng: inout RandomGenerator) throws(SynthesisError) -> Table {
    let incomplete = columns.filter { !table.columns[$0].missing.isEmpty && table.columns[$0].schema.kind != .empty }
    switch handling {
    case .model:
      return table
    case .drop:
      guard !incomplete.isEmpty else { return table }
      let kept = (0..<table.rowCount).filter { row in !incomplete.contains { table.columns[$0].isMissing(row) } }
      guard !kept.isEmpty else { throw .noRowsLeft(dropped: table.rowCount) }
      notes.append(.rowsDropped(left: table.rowCount - kept.count, of: table.rowCount))
      return table.selecting(rows: kept)
    case .impute, .imputeTree:
      var filled = table
      for c in incomplete { Self.fillWithTypicalValue(&filled.columns[c]) }
      if handling == .imputeTree { imputeWithTrees(&filled, original: table, columns: columns, incomplete: incomplete, rng: &rng) }
      var count = 0
      for c in incomplete { count += table.columns[c].schema.missingCount }
      if count > 0 { notes.append(.valuesImputed(count: count, trees: handling == .imputeTree)) }
      return filled
    }
  }

  /// Median of the observed numbers (the lower middle one, so it is a real value) or the most frequent level.
  static func fillWithTypicalValue(_ column: inout Column) {
    let rows = column.missing.count
    let observed = (0..<rows).filter { column.missing[$0] == 0 }
    guard !observed.isEmpty else { return }
    if column.usesLevels {
      var counts = [Int](repeating: 0, count: column.levels.count)
      for row in observed { counts[Int(column.codes[row])] += 1 }
      var mode = 0
      for (level, n) in counts.enumerated() where n > counts[mode] { mode = level }
      for row in 0..<rows where column.missing[row] != 0 { column.codes[row] = Int32(mode) }
    } else {
      var values = observed.map { column.numbers[$0] }
      values.sort()
      let median = values[(values.count - 1) / 2]
      for row in 0..<rows where column.missing[row] != 0 { column.numbers[row] = median }
    }
    column.missing = []
  }

  /// Replaces each column's filled-in values with donors from a tree fitted on its observed rows,
  /// with every other synthesised column as predictor, one column at a time in visit order.
  /// Each column's predictor data is built once, and again only after its own values change.
  private func imputeWithTrees(_ table: inout Table, original: Table, columns: [Int], incomplete: [Int], rng: inout RandomGenerator) {
    func prepared(_ c: Int) -> (SynthesisVariable, TrainingPredictor)? {
      guard let v = SynthesisVariable.variables(for: c, in: table, smoothing: false).last else { return nil }
      return (v, v.trainingPredictor())
    }
    var byColumn = columns.map { prepared($0) }
    for target in incomplete {
      let missingRows = (0..<table.rowCount).filter { original.columns[target].isMissing($0) }.map { Int32($0) }
      var weights = [Int32](repeating: 1, count: table.rowCount)
      for row in missingRows { weights[Int(row)] = 0 }
      var training: [TrainingPredictor] = []
      var predictors = SyntheticPredictors()
      for (k, c) in columns.enumerated() where c != target {
        guard let (v, predictor) = byColumn[k] else { continue }
        training.append(predictor)
        if v.isCategorical { predictors.appendCategorical(v.classes, levels: v.classCount) } else { predictors.appendOrdinal(v.values) }
      }
      guard let k = columns.firstIndex(of: target), let (variable, _) = byColumn[k] else { continue }
      let (donors, _) = SequentialSynthesizer.fitAndDraw(variable, training: training, weights: weights, predictors: predictors, rows: missingRows, cart: cart, rng: &rng)
      for (i, row) in missingRows.enumerated() {
        let donor = Int(donors[i])
        if table.columns[target].usesLevels { table.columns[target].codes[Int(row)] = table.columns[target].codes[donor] }
        else { table.columns[target].numbers[Int(row)] = table.columns[target].numbers[donor] }
      }
      byColumn[k] = prepared(target)
    }
  }
}
