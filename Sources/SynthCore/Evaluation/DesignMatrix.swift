/// What a term of a regression design stands for. Typed, so that the report words it in its
/// language and the JSON writes its English name ("age: missing").
enum ModelTerm: Equatable {
  /// A column's value (numbers), or the column as a whole (a tree's predictor).
  case value(column: String)
  /// A level of a categorical or boolean column.
  case level(column: String, level: String)
  /// Missing in `column`: `code` is the missing code when the column has several, else nil.
  case missing(column: String, code: String?)
  /// The rare levels pooled into one indicator.
  case other(column: String, levels: Int)
}

/// A column a model left out, with why, or whose rare levels it pooled.
enum ModelRemark: Equatable {
  enum Reason: Equatable {
    case kind(ColumnKind)
    case oneValue
    case overParameterLimit
  }

  case skipped(column: String, Reason)
  case pooled(column: String, levels: Int)
}

/// The main-effects design matrix of a regression over one or more aligned tables, stacked (rows of
/// `tables[0]` first), as synthpop's `utility.gen` builds it for its logit propensity model.
///
/// - Numbers (integer, decimal, date, datetime) enter as x = (value − mean)/sd, with mean and sd of
///   the observed stacked values, for a well-conditioned X'WX. A column with missing values also gets
///   a 0/1 indicator "COLUMN: missing" (one per missing code when it has several) and its missing
///   rows get x = 0; with the indicator in the model the fill value does not change the fit.
/// - Booleans and categoricals enter as indicators of every level but the most frequent (the
///   reference), with missing as a level. When the model would exceed `maxParameters` coefficients,
///   each categorical keeps its K most frequent non-reference levels and pools the rest into one
///   "COLUMN: other (m levels)" indicator, with the largest K that fits (synthpop's `max.params`).
/// - Identifier, constant and empty columns, and columns with one value, are skipped.
///
/// Rows are sparse: each column contributes at most one entry per row (its number, or the indicator
/// of its level), so X'WX costs O(rows × entries²) rather than O(rows × p²).
struct DesignMatrix: IRLSDesign {
  /// The non-intercept columns: age, age missing, sex female, occupation's 12 other levels.
  var terms: [ModelTerm] = []
  /// Columns left out with the reason, and columns whose rare levels were pooled.
  var skipped: [ModelRemark] = []
  var pooled: [ModelRemark] = []
  var rowCount = 0
  /// Entry slots per row: one per column used.
  var width = 0
  /// Row-major `rowCount × width`: the term of each entry (an index into `terms`), or −1 for none.
  /// Within a row the terms ascend, so pairs (i ≤ j) land in the upper triangle.
  var entryTerms: [Int32] = []
  var entryValues: [Double] = []
  /// Per term: value = (x − centre)/scale for numbers; 0 and 1 for indicators.
  var centres: [Double] = []
  var scales: [Double] = []
  /// Per term, the table column it comes from.
  var termColumns: [Int] = []
  /// Per term, the category it indicates (nil for numbers, missing codes and pooled levels).
  var termLevels: [String?] = []

  /// Coefficients including the intercept.
  var parameterCount: Int { terms.count + 1 }

  /// One column's plan: how its values become entries.
  private struct Variable {
    var column: Int
    var isNumeric: Bool
    /// Numbers: the term of the value, or −1 when it has no spread.
    var valueTerm = -1
    var centre = 0.0, scale = 1.0
    /// Per class (numbers: per missing code, index 0 = observed), the term or −1 for the reference.
    var classTerms: [Int32] = []
    /// Categoricals: class counts, and the number of present non-reference classes.
    var counts: [Int] = []
    var reference = -1
    var candidates = 0
    var minimumTerms: Int { isNumeric ? classTerms.reduce(valueTerm >= 0 ? 1 : 0) { $0 + ($1 >= 0 ? 1 : 0) } : 1 }
  }

  /// - Parameters:
  ///   - tables: aligned tables (same columns, kinds and levels); levels and scales are counted over all of them.
  ///   - columns: the columns to use, in term order.
  ///   - maxParameters: the most coefficients, intercept included.
  /// - Complexity: O(rows × columns) plus a sort of each categorical's levels.
  static func mainEffects(tables: [Table], columns: [Int], maxParameters: Int = 400) -> DesignMatrix {
    var design = DesignMatrix()
    design.rowCount = tables.reduce(0) { $0 + $1.rowCount }
    guard let first = tables.first else { return design }
    var variables: [Variable] = []
    for c in columns {
      let column = first.columns[c]
      let name = column.schema.name
      switch column.schema.kind {
      case .identifier, .constant, .empty:
        design.skipped.append(.skipped(column: name, .kind(column.schema.kind)))
      case .integer, .decimal, .date, .datetime:
        if let v = numericVariable(tables, c) { variables.append(v) } else { design.skipped.append(.skipped(column: name, .oneValue)) }
      case .boolean, .categorical:
        if let v = categoricalVariable(tables, c) { variables.append(v) } else { design.skipped.append(.skipped(column: name, .oneValue)) }
      }
    }

    // Every used column needs at least its minimum; later columns that do not fit are skipped.
    let budget = max(maxParameters - 1, 0)
    var used: [Variable] = []
    var minimum = 0
    for v in variables {
      if minimum + v.minimumTerms <= budget {
        used.append(v)
        minimum += v.minimumTerms
      } else {
        design.skipped.append(.skipped(column: first.columns[v.column].schema.name, .overParameterLimit))
      }
    }
    let categoricalBudget = budget - used.reduce(0) { $0 + ($1.isNumeric ? $1.minimumTerms : 0) }
    let keep = levelsKept(used.filter { !$0.isNumeric }.map { $0.candidates }, budget: categoricalBudget)

    for var v in used {
      let column = first.columns[v.column]
      let name = column.schema.name
      if v.isNumeric {
        if v.valueTerm >= 0 { v.valueTerm = design.addTerm(.value(column: name), column: v.column, centre: v.centre, scale: v.scale) }
        for code in 1..<v.classTerms.count where v.classTerms[code] >= 0 {
          v.classTerms[code] = Int32(design.addTerm(.missing(column: name, code: missingCode(column, code: code)), column: v.column))
        }
      } else {
        // Non-reference present classes, most frequent first (ties: lower class).
        var candidates = v.counts.indices.filter { $0 != v.reference && v.counts[$0] > 0 }
        let pooling = candidates.count > keep + 1
        var kept = candidates
        if pooling {
          candidates.sort { (v.counts[$0], -$0) > (v.counts[$1], -$1) }
          kept = Array(candidates.prefix(keep)).sorted()
        }
        v.classTerms = [Int32](repeating: -1, count: v.counts.count)
        for k in kept {
          let observed = k < column.observedLevelCount
          let term: ModelTerm = observed ? .level(column: name, level: classLabel(column, k)) : .missing(column: name, code: missingCode(column, code: k - column.observedLevelCount + 1))
          v.classTerms[k] = Int32(design.addTerm(term, column: v.column, level: observed ? classLabel(column, k) : nil))
        }
        if pooling {
          let rest = candidates.count - keep
          let other = Int32(design.addTerm(.other(column: name, levels: rest), column: v.column))
          for k in candidates.dropFirst(keep) { v.classTerms[k] = other }
          design.pooled.append(.pooled(column: name, levels: rest))
        }
      }
      design.fill(v, tables: tables, slot: design.width, slots: used.count)
      design.width += 1
    }
    return design
  }

  /// The largest K ≥ 0 with Σ min(nᵢ, K + 1) ≤ budget: each categorical keeps K levels and one
  /// "other" indicator, or all its nᵢ levels when that is no more.
  private static func levelsKept(_ needs: [Int], budget: Int) -> Int {
    func cost(_ k: Int) -> Int { needs.reduce(0) { $0 + min($1, k + 1) } }
    let high = needs.max() ?? 0
    if cost(high) <= budget { return high }
    // cost grows with K: the last K within budget is one before the first over it.
    return max(SortedSearch.partition(high) { cost($0) <= budget } - 1, 0)
  }

  private mutating func addTerm(_ term: ModelTerm, column: Int, centre: Double = 0, scale: Double = 1, level: String? = nil) -> Int {
    terms.append(term)
    termColumns.append(column)
    termLevels.append(level)
    centres.append(centre)
    scales.append(scale)
    return terms.count - 1
  }

  /// Writes slot `slot` of every row.
  private mutating func fill(_ v: Variable, tables: [Table], slot: Int, slots: Int) {
    if entryTerms.isEmpty {
      entryTerms = [Int32](repeating: -1, count: rowCount * slots)
      entryValues = [Double](repeating: 0, count: rowCount * slots)
    }
    var row = 0
    for table in tables {
      let column = table.columns[v.column]
      for r in 0..<table.rowCount {
        let at = row * slots + slot
        row += 1
        let code = column.isMissing(r) ? Int(column.missing[r]) : 0
        if v.isNumeric {
          if code > 0 {
            if code < v.classTerms.count && v.classTerms[code] >= 0 { entryTerms[at] = v.classTerms[code]; entryValues[at] = 1 }
          } else if v.valueTerm >= 0 {
            entryTerms[at] = Int32(v.valueTerm)
            entryValues[at] = (column.numbers[r] - v.centre) / v.scale
          }
        } else {
          let k = Self.classOf(column, row: r)
          if k < v.classTerms.count && v.classTerms[k] >= 0 { entryTerms[at] = v.classTerms[k]; entryValues[at] = 1 }
        }
      }
    }
  }

  // MARK: Columns

  private static func numericVariable(_ tables: [Table], _ c: Int) -> Variable? {
    var v = Variable(column: c, isNumeric: true)
    var count = 0, sum = 0.0
    var missingCounts = [Int](repeating: 0, count: 1)
    for table in tables {
      let column = table.columns[c]
      for r in 0..<table.rowCount {
        if column.isMissing(r) {
          let code = Int(column.missing[r])
          if code >= missingCounts.count { missingCounts += [Int](repeating: 0, count: code + 1 - missingCounts.count) }
          missingCounts[code] += 1
        } else {
          count += 1
          sum += column.numbers[r]
        }
      }
    }
    if count > 0 {
      let mean = sum / Double(count)
      var squares = 0.0
      for table in tables {
        let column = table.columns[c]
        for r in 0..<table.rowCount where !column.isMissing(r) {
          let d = column.numbers[r] - mean
          squares += d * d
        }
      }
      let sd = count > 1 ? (squares / Double(count - 1)).squareRoot() : 0
      if sd > 0 && sd.isFinite {
        v.valueTerm = 0
        v.centre = mean
        v.scale = sd
      }
    }
    // An indicator per missing code present; all rows missing with one code would be the intercept.
    let missingRows = missingCounts.reduce(0, +)
    v.classTerms = missingCounts.indices.map { code in
      code > 0 && missingCounts[code] > 0 && missingCounts[code] < count + missingRows ? 0 : -1
    }
    return v.minimumTerms > 0 ? v : nil
  }

  private static func categoricalVariable(_ tables: [Table], _ c: Int) -> Variable? {
    var v = Variable(column: c, isNumeric: false)
    for table in tables {
      let column = table.columns[c]
      for r in 0..<table.rowCount {
        let k = classOf(column, row: r)
        if k >= v.counts.count { v.counts += [Int](repeating: 0, count: k + 1 - v.counts.count) }
        v.counts[k] += 1
      }
    }
    for k in v.counts.indices where v.counts[k] > 0 && (v.reference < 0 || v.counts[k] > v.counts[v.reference]) { v.reference = k }
    v.candidates = v.counts.indices.reduce(0) { $0 + ($1 != v.reference && v.counts[$1] > 0 ? 1 : 0) }
    return v.candidates > 0 ? v : nil
  }

  /// Observed levels first (false/true for booleans), then one class per missing code.
  static func classOf(_ column: Column, row: Int) -> Int {
    let observed = column.observedLevelCount
    if column.isMissing(row) { return observed + Int(column.missing[row]) - 1 }
    if column.usesLevels { return max(Int(column.codes[row]), 0) }
    return column.numbers[row] != 0 ? 1 : 0
  }

  /// The label of an observed class: its level, or a boolean's word.
  private static func classLabel(_ column: Column, _ k: Int) -> String {
    if column.usesLevels { return k < column.levels.count ? column.levels[k] : "level \(k)" }
    let labels = column.schema.booleanLabels ?? ("false", "true")
    return k == 1 ? labels.1 : labels.0
  }

  /// The text of missing code `code` (1-based) when a column has several, else nil.
  private static func missingCode(_ column: Column, code: Int) -> String? {
    let codes = column.schema.missingCodes
    guard codes.count > 1, code <= codes.count, !codes[code - 1].text.isEmpty else { return nil }
    return codes[code - 1].text
  }
}

extension DesignMatrix {
  /// X'WX (p × p, symmetric, the intercept first) and X'r summed over `rows` in their order, with
  /// weight w and residual r per design row: pairs of each row's entries (i ≤ j) add w·xᵢ·xⱼ.
  /// - Complexity: O(rows × width² + p²).
  func crossProducts(rows: [Int], weights: [Double], residuals: [Double]) -> (matrix: [Double], vector: [Double]) {
    let p = parameterCount, width = self.width
    var matrix = [Double](repeating: 0, count: p * p)
    var vector = [Double](repeating: 0, count: p)
    var index = [Int](repeating: 0, count: width), value = [Double](repeating: 0, count: width)
    matrix.withUnsafeMutableBufferPointer { m in
      vector.withUnsafeMutableBufferPointer { v in
        entryTerms.withUnsafeBufferPointer { terms in
          entryValues.withUnsafeBufferPointer { values in
            for row in rows {
              let w = weights[row], r = residuals[row]
              var used = 0
              for s in 0..<width where terms[row * width + s] >= 0 {
                index[used] = Int(terms[row * width + s]) + 1
                value[used] = values[row * width + s]
                used += 1
              }
              m[0] += w
              v[0] += r
              for a in 0..<used {
                let i = index[a], wx = w * value[a]
                m[i] += wx
                v[i] += r * value[a]
                let base = i * p
                for b in a..<used { m[base + index[b]] += wx * value[b] }
              }
            }
          }
        }
      }
    }
    // Mirror the upper triangle into the lower one, which `Cholesky` reads.
    for i in 0..<p { for j in 0..<i { matrix[i * p + j] = matrix[j * p + i] } }
    return (matrix, vector)
  }

  /// X'WX and X'r over every row (`IRLSDesign`).
  func crossProducts(weights: [Double], residuals: [Double]) -> (matrix: [Double], vector: [Double]) {
    crossProducts(rows: Array(0..<rowCount), weights: weights, residuals: residuals)
  }

  /// β₀ + Σ βⱼ xⱼ for one design row (`coefficients` include the intercept first).
  func linearPredictor(_ coefficients: [Double], row: Int) -> Double {
    var eta = coefficients[0]
    for s in 0..<width {
      let t = entryTerms[row * width + s]
      if t >= 0 { eta += coefficients[Int(t) + 1] * entryValues[row * width + s] }
    }
    return eta
  }
}

/// The predictors of a CART over stacked aligned tables, made as the synthesiser makes them
/// (`SynthesisVariable`): booleans and categoricals are classes, with a class per missing code;
/// numbers are ordinal, missing rows filled below the minimum so one cut separates them, plus a
/// missingness class when the column has missing values. Identifier, constant and empty columns
/// are skipped.
struct TreeDesign {
  /// The columns used.
  var names: [ModelTerm] = []
  var skipped: [ModelRemark] = []
  var rowCount = 0
  var training: [TrainingPredictor] = []
  /// The same values, for routing rows through a fitted tree.
  var routing = SyntheticPredictors()

  static func make(tables: [Table], columns: [Int]) -> TreeDesign {
    var design = TreeDesign()
    guard let first = tables.first else { return design }
    var used: [Int] = []
    for c in columns {
      switch first.columns[c].schema.kind {
      case .identifier, .constant, .empty: design.skipped.append(.skipped(column: first.columns[c].schema.name, .kind(first.columns[c].schema.kind)))
      default: used.append(c)
      }
    }
    let stacked = Table.stacking(tables, columns: used)
    design.rowCount = stacked.rowCount
    for (i, c) in used.enumerated() {
      design.names.append(.value(column: first.columns[c].schema.name))
      for v in SynthesisVariable.variables(for: i, in: stacked, smoothing: false) {
        if v.isCategorical {
          // A missing code beyond the schema's would index past the class counts.
          let classes = max(v.classCount, Int(v.classes.max() ?? -1) + 1)
          design.training.append(.categorical(v.classes, levels: classes))
          design.routing.appendCategorical(v.classes, levels: classes)
        } else {
          design.training.append(.ordinal(v.values))
          design.routing.appendOrdinal(v.values)
        }
      }
    }
    return design
  }
}

extension DecisionTree {
  /// The leaf (node index) each of `rows` reaches with the given predictor values. A categorical
  /// level a node never saw goes left at random (see `drawDonors`), so pass a fixed-seed generator.
  func leaves(of predictors: SyntheticPredictors, rows: [Int32], rng: inout RandomGenerator) -> [Int32] {
    guard !rows.isEmpty, !donorRows.isEmpty else { return [Int32](repeating: 0, count: rows.count) }
    return drawDonors(predictors, rows: rows, rng: &rng).leaves
  }
}
