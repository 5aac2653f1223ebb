/// One variable of the sequential synthesis. Most columns are one variable; a numeric column with
/// missing values is two, as synthpop's padMis makes them: its missingness (observed, or which
/// missing code) and then its values on the rows where it is observed. Missingness is then drawn
/// given the earlier columns and conditions the later ones, at the real rates.
struct SynthesisVariable {
  enum Role: Equatable {
    /// A categorical, boolean, constant or empty column: classes are its levels, then one per missing code.
    case categories
    /// 0 where a numeric column is observed, k for its k-th missing code.
    case missingness
    /// A numeric column's values, modelled on its observed rows.
    case values
  }

  var column: Int
  var role: Role
  var classCount = 0
  /// Real classes per row (categories, missingness).
  var classes: [Int32] = []
  /// Real values per row (values); missing rows hold `fill`, below every observed value, so that as a
  /// predictor one cut separates them.
  var values: [Double] = []
  var fill = 0.0
  /// Real rows the model is fitted on: all, or the observed ones for values.
  var fitRows: [Int32] = []
  /// Indices of earlier variables that predict this one.
  var predictors: [Int] = []
  /// How it is drawn given them.
  var method = ColumnMethod.cart
  var smoothing: SmoothingPlan? = nil
  /// Values: the decimals the column is written with (nil: shortest form).
  var decimals: Int? = nil

  struct SmoothingPlan {
    var observedMin: Double
    var observedMax: Double
    var decimals: Int?
  }

  var isCategorical: Bool { role != .values }

  /// The variables of one column, in visiting order.
  /// `allRows` (0..<rows), when given, is shared by the variables of every column.
  static func variables(for column: Int, in table: Table, smoothing: Bool, allRows given: [Int32]? = nil) -> [SynthesisVariable] {
    let c = table.columns[column]
    let rows = table.rowCount
    let allRows = given ?? (0..<rows).map { Int32($0) }
    if !c.schema.kind.isNumeric {
      let observed = c.observedLevelCount
      var classes = [Int32](repeating: 0, count: rows)
      for row in 0..<rows {
        if c.isMissing(row) { classes[row] = Int32(observed + Int(c.missing[row]) - 1) }
        else if c.usesLevels { classes[row] = c.codes[row] }
        else { classes[row] = c.numbers[row] != 0 ? 1 : 0 }
      }
      return [SynthesisVariable(column: column, role: .categories, classCount: observed + c.schema.missingCodes.count, classes: classes, fitRows: allRows)]
    }
    var result: [SynthesisVariable] = []
    var observedRows = allRows
    if !c.missing.isEmpty {
      observedRows = allRows.filter { c.missing[Int($0)] == 0 }
      result.append(SynthesisVariable(column: column, role: .missingness, classCount: 1 + c.schema.missingCodes.count,
        classes: c.missing.map { Int32($0) }, fitRows: allRows))
    }
    var low = Double.infinity, high = -Double.infinity
    for row in observedRows { low = min(low, c.numbers[Int(row)]); high = max(high, c.numbers[Int(row)]) }
    var values = c.numbers
    let fill = low - max(1, abs(low))
    for row in 0..<rows where c.isMissing(row) { values[row] = fill }
    var variable = SynthesisVariable(column: column, role: .values, values: values, fill: fill, fitRows: observedRows)
    variable.decimals = decimals(of: c.schema)
    if smoothing && !observedRows.isEmpty {
      variable.smoothing = SmoothingPlan(observedMin: low, observedMax: high, decimals: decimals(of: c.schema))
    }
    result.append(variable)
    return result
  }

  /// The decimals a column's values are written with, which smoothed values are rounded to.
  static func decimals(of schema: ColumnSchema) -> Int? {
    switch schema.kind {
    case .integer, .date: return 0
    case .datetime: return schema.dateFormat?.fractionDigits ?? 0
    case .decimal:
      switch schema.numberStyle {
      case .integer: return 0
      case .decimals(_, let maximum): return maximum
      case .shortest: return nil
      }
    default: return nil
    }
  }

  func trainingPredictor() -> TrainingPredictor {
    role == .values ? .ordinal(values) : .categorical(classes, levels: classCount)
  }
}
