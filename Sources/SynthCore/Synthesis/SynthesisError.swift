/// Why a synthesis run cannot go ahead. Each case is a message id: the catalogue files word it
/// (naming the column, the setting and what to do) in every language.
enum SynthesisError: Error, Equatable {
  /// A setting (`option` is its flag) names a column the table lacks.
  case unknownColumn(option: String, name: String, known: [String])
  case nothingToSynthesise
  case noRowsLeft(dropped: Int)
  /// The visit order names a column that is left out of synthesis (an identifier, an index).
  case visitExcluded(column: String, kind: ColumnKind)
  /// A column model that does not suit the column: `numbers` when the column holds numbers.
  case methodUnsuited(column: String, method: ColumnMethod, numbers: Bool)
  case strataNumeric(column: String, kind: ColumnKind)
  case strataEmpty
  /// The copula's strata name a column that is not synthesised.
  case strataNotSynthesised(column: String)
  /// A regression's categorical predictor with more levels than `--max-levels`.
  case predictorLevels(column: String, method: ColumnMethod, predictor: String, levels: Int, most: Int)
  case designTooLarge(column: String, method: ColumnMethod, cells: Int64, most: Int64)
  case regressionOverflow(column: String, method: ColumnMethod)
  case logregClasses(column: String, count: Int)
  case logitParameters(column: String, method: ColumnMethod, classes: Int, designColumns: Int, parameters: Int, most: Int)
  case logitTooSlow(column: String, method: ColumnMethod, rows: Int, parameters: Int)
  case lognormNegative(column: String)
  case copulaDimensions(needed: Int, most: Int)
  /// `--holdout` on a table of one row.
  case holdoutTooSmall
  /// A rule that cannot be read or bound to the table, with the position of the mistake.
  case rule(RuleError)
  /// A rule names a column that is left out of synthesis.
  case ruleColumnExcluded(rule: String, column: String, kind: ColumnKind)
  /// Two rules compute the same column.
  case ruleTargetTwice(column: String)
  /// Computed columns that are computed from each other.
  case ruleCircle(columns: [String])
}
