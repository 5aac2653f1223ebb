/// One coefficient's name: the intercept, or a product of parts (a number, a level indicator).
/// Typed, so the report words it in its language and the JSON writes its English and R names.
struct ModelCoefficientName: Equatable {
  enum Part: Equatable {
    /// A number column's value.
    case value(column: String)
    /// The indicator of a level of a categorical or boolean column.
    case level(column: String, level: String)
  }

  /// Empty for the intercept.
  var parts: [Part]

  var isIntercept: Bool { parts.isEmpty }

  /// R's name: `(Intercept)`, `age`, `sexmale`, `age:sexmale` (booleans as `paidTRUE`).
  var rName: String {
    guard !parts.isEmpty else { return "(Intercept)" }
    return parts.map { part in
      switch part {
      case .value(let c): return c
      case .level(let c, let l): return c + l
      }
    }.joined(separator: ":")
  }
}

/// A model formula bound to tables: the outcome and the design columns, the same for the real data
/// and every synthetic copy, so their coefficients line up.
///
/// The design is R's `model.matrix` with treatment contrasts:
/// - Numbers (integer, decimal; dates as days, date-times as seconds) enter as they are, so the
///   coefficients are per unit, as `lm`/`glm` report them.
/// - Categoricals and booleans enter as indicators of their levels. Levels are sorted as the table
///   sorts them (Swift's `String` order: Unicode scalar order, which is R's order in the C locale;
///   R in a language locale sorts case-insensitively, so `Zeeland` before `amsterdam` here and
///   after it there). Booleans are false, true as in R. The reference is the first level the real
///   rows of the fit have; levels only some fits have give coefficients the others report as
///   aliased (NaN).
/// - As R (`terms.formula`, contrasts): a categorical in a term is coded by contrasts (all
///   levels but the reference) when the term without it is in the model (the intercept counts as
///   the empty term), and by all its levels otherwise: `y ~ 0 + sex` gives both levels, `y ~ age +
///   age:sex` one, `y ~ age:sex` both.
/// - Interactions are products: number×number, number×indicator, indicator×indicator, the first
///   part's levels varying fastest (R's column order).
/// - Rows with a missing value in any model column are dropped, and counted; so are rows whose
///   outcome the family cannot take (a negative count, a third category).
struct ModelDesign {
  /// How a column enters the design.
  enum Variable: Equatable {
    case number(name: String)
    /// Sorted levels (booleans: false, true) with the labels R would print.
    case factor(name: String, levels: [String])

    var name: String {
      switch self {
      case .number(let n), .factor(let n, _): return n
      }
    }
  }

  /// One design column: per part, the variable and (factors) the level index.
  struct DesignColumn {
    var parts: [(variable: Int, level: Int)]
  }

  /// How the outcome becomes a number.
  enum Outcome: Equatable {
    /// Numbers as they are (booleans 0/1).
    case number
    /// A categorical's `positive` level is 1, `negative` 0 (binomial).
    case levels(negative: String, positive: String)
  }

  var formula: ModelFormula
  var family: GLMFamily
  /// The family followed from the outcome's kind (no `--family`).
  var familyChosen: Bool
  var outcomeName: String
  var outcome: Outcome
  var variables: [Variable] = []
  var intercept: Bool
  var columns: [DesignColumn] = []
  /// Per variable: for booleans, the level index of false and of true; empty otherwise.
  var booleanLevels: [[Int]] = []
  var names: [ModelCoefficientName] = []
  /// Columns of `.` left out: identifiers and constants.
  var skipped: [String] = []

  /// The design matrix of one table: its complete rows, the outcome, and how many rows were dropped.
  struct Rows {
    var design: DenseDesign
    var y: [Double]
    /// Rows with a missing value in a model column.
    var missing: Int
    /// Rows whose outcome the family cannot take.
    var outOfRange: Int
  }

  /// The most coefficients, as the propensity model's limit.
  static let maxParameters = 400
  /// The most design cells (rows × coefficients) of one fit: 160 MB of doubles.
  static let maxCells: Int64 = 20_000_000

  /// Binds `formula` to `real` (and the levels of `copies`). `family` nil chooses binomial for a
  /// boolean or two-category outcome, gaussian otherwise.
  init(_ formula: ModelFormula, family: GLMFamily?, real: Table, copies: [Table]) throws(ModelFormulaError) {
    self.formula = formula
    intercept = formula.intercept
    func error(_ message: Phrase, at: Int) -> ModelFormulaError { ModelFormulaError(formula: formula.text, position: at, message: message) }
    func column(_ n: ModelFormula.Name) throws(ModelFormulaError) -> Int {
      if let c = real.column(named: n.name) {
        switch real.columns[c].schema.kind {
        case .identifier: throw error("column '\(n.name)' is an identifier (almost every value unique) and cannot be in a model", at: n.at)
        case .empty: throw error("column '\(n.name)' has no values", at: n.at)
        default: return c
        }
      }
      if let near = SynthesisOptionFlags.nearest(n.name, in: real.columnNames) {
        throw error("there is no column '\(n.name)'; did you mean '\(near)'?", at: n.at)
      }
      throw error("there is no column '\(n.name)' in the table", at: n.at)
    }
    let y = try column(formula.outcome)
    let yColumn = real.columns[y]
    outcomeName = yColumn.schema.name
    let at = formula.outcome.at

    // The outcome and its family.
    let observed = Self.levelsSeen(real, y)
    let kind = yColumn.schema.kind
    let twoLevels = yColumn.usesLevels && observed.count == 2
    let chosen = family ?? (kind == .boolean || twoLevels ? .binomial : .gaussian)
    familyChosen = family == nil
    self.family = chosen
    outcome = .number
    switch chosen {
    case .gaussian:
      if yColumn.usesLevels {
        throw error("the gaussian family needs a numeric outcome, and '\(outcomeName)' holds categories; for two categories use --family binomial", at: at)
      }
    case .binomial:
      if yColumn.usesLevels {
        guard observed.count == 2 else {
          throw error("the binomial family needs an outcome with two values, and '\(outcomeName)' has \(observed.count) categories", at: at)
        }
        outcome = .levels(negative: observed[0], positive: observed[1])
      } else if kind == .boolean, let labels = yColumn.schema.booleanLabels,
        !(UTF8Text.asciiLowercased(labels.0) == "false" && UTF8Text.asciiLowercased(labels.1) == "true")
      {
        // Words (yes/no, ja/nee) are text to R: the second in sorted order is 1.
        let sorted = [labels.0, labels.1].sorted()
        outcome = .levels(negative: sorted[0], positive: sorted[1])
      } else if kind != .boolean {
        for r in 0..<real.rowCount where !yColumn.isMissing(r) && yColumn.numbers[r] != 0 && yColumn.numbers[r] != 1 {
          throw error("the binomial family needs an outcome of 0 and 1, true and false, or two categories; '\(outcomeName)' has \(NumberFormatting.json(yColumn.numbers[r]))", at: at)
        }
      }
    case .poisson:
      if yColumn.usesLevels || kind == .boolean {
        throw error("the poisson family needs counts (whole numbers of 0 or more), and '\(outcomeName)' holds categories", at: at)
      }
      for r in 0..<real.rowCount where !yColumn.isMissing(r) && yColumn.numbers[r] < 0 {
        throw error("the poisson family needs counts of 0 or more, and '\(outcomeName)' has \(NumberFormatting.json(yColumn.numbers[r]))", at: at)
      }
    }

    // The terms, with `.` first in table order.
    var terms: [[Int]] = []
    func add(_ term: [Int]) {
      if !terms.contains(where: { $0.count == term.count && $0.allSatisfy(term.contains) }) { terms.append(term) }
    }
    if formula.allOthers {
      // Distinct columns: no need to look for repeats (a table can have 10,000).
      for (c, col) in real.columns.enumerated() where c != y {
        switch col.schema.kind {
        case .identifier, .empty, .constant: skipped.append(col.schema.name)
        default: terms.append([c])
        }
      }
    }
    for term in formula.terms {
      var list: [Int] = []
      for n in term { list.append(try column(n)) }
      add(list)
    }
    terms = terms.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map { $0.element }

    // Variables, each once, in order of appearance.
    var variableOf: [Int: Int] = [:]
    for term in terms {
      for c in term where variableOf[c] == nil {
        variableOf[c] = variables.count
        let col = real.columns[c]
        if col.schema.kind.isNumeric {
          variables.append(.number(name: col.schema.name))
          booleanLevels.append([])
        } else if col.schema.kind == .boolean {
          // R reads true/false as logical (levels FALSE, TRUE) and other words as text (sorted).
          let labels = col.schema.booleanLabels ?? ("FALSE", "TRUE")
          let logical = UTF8Text.asciiLowercased(labels.0) == "false" && UTF8Text.asciiLowercased(labels.1) == "true"
          let levels = logical ? ["FALSE", "TRUE"] : [labels.0, labels.1].sorted()
          variables.append(.factor(name: col.schema.name, levels: levels))
          booleanLevels.append(logical ? [0, 1] : [levels.firstIndex(of: labels.0)!, levels.firstIndex(of: labels.1)!])
        } else {
          // Levels of every fit; the real fit's first level leads as the reference.
          var all = Self.levelsSeen(real, c)
          for copy in copies {
            if let k = copy.column(named: col.schema.name) {
              for level in Self.levelsSeen(copy, k) where !all.contains(level) { all.append(level) }
            }
          }
          let realLevels = Self.levelsSeen(real, c)
          var sorted = all.sorted()
          if let reference = realLevels.first, let i = sorted.firstIndex(of: reference), i > 0 {
            sorted.remove(at: i)
            sorted.insert(reference, at: 0)
          }
          variables.append(.factor(name: col.schema.name, levels: sorted))
          booleanLevels.append([])
        }
      }
    }

    // Design columns: the intercept, then per term the product of its parts' codings.
    if intercept { columns.append(DesignColumn(parts: [])); names.append(ModelCoefficientName(parts: [])) }
    for term in terms {
      var codings: [[(variable: Int, level: Int)]] = []
      for c in term {
        let v = variableOf[c]!
        switch variables[v] {
        case .number: codings.append([(v, -1)])
        case .factor(_, let levels):
          // Contrasts when the term without this column is in the model.
          let rest = term.filter { $0 != c }
          let margin = rest.isEmpty ? intercept : terms.contains { $0.count == rest.count && $0.allSatisfy(rest.contains) }
          let first = margin ? 1 : 0
          codings.append(first < levels.count ? (first..<levels.count).map { (variable: v, level: $0) } : [])
        }
      }
      // Products, the first part varying fastest.
      var products: [[(variable: Int, level: Int)]] = [[]]
      for coding in codings {
        var next: [[(variable: Int, level: Int)]] = []
        for choice in coding {
          for p in products { next.append(p + [choice]) }
        }
        products = next
      }
      guard columns.count + products.count <= Self.maxParameters else {
        throw error("the model has \(columns.count + products.count) coefficients, more than the \(Self.maxParameters) allowed; leave out columns with many categories", at: at)
      }
      for p in products {
        columns.append(DesignColumn(parts: p))
        names.append(ModelCoefficientName(parts: p.map { part in
          switch variables[part.variable] {
          case .number(let n): return .value(column: n)
          case .factor(let n, let levels): return .level(column: n, level: levels[part.level])
          }
        }))
      }
    }
    guard !columns.isEmpty else { throw error("the model has no coefficients: give a predictor or keep the intercept", at: at) }
    for table in [real] + copies where Int64(table.rowCount) * Int64(columns.count) > Self.maxCells {
      throw error("the model has \(columns.count) coefficients, too many for \(table.rowCount) rows; leave out columns with many categories", at: at)
    }
  }

  /// The design of `table` (the real one or a copy, columns found by name).
  func rows(_ table: Table) -> Rows {
    let columns = variables.map { table.column(named: $0.name) }
    let yc = table.column(named: outcomeName)
    var values: [Double] = []
    var y: [Double] = []
    var missing = 0, outOfRange = 0
    let p = self.columns.count
    var row = [Double](repeating: 0, count: p)
    var parts = [Double](repeating: 0, count: variables.count)
    // Factor values as level indices (−1 for a level the design lacks).
    var lookups: [[Int]] = []
    for (v, variable) in variables.enumerated() {
      guard case .factor(_, let levels) = variable, let c = columns[v], table.columns[c].usesLevels else { lookups.append([]); continue }
      lookups.append(table.columns[c].levels.map { levels.firstIndex(of: $0) ?? -1 })
    }
    rowLoop: for r in 0..<table.rowCount {
      guard let yc, !table.columns[yc].isMissing(r) else { missing += 1; continue }
      for (v, c) in columns.enumerated() {
        guard let c, !table.columns[c].isMissing(r) else { missing += 1; continue rowLoop }
        let column = table.columns[c]
        switch variables[v] {
        case .number:
          // A copy whose column holds categories cannot give this number.
          guard !column.usesLevels, r < column.numbers.count, column.numbers[r].isFinite else { missing += 1; continue rowLoop }
          parts[v] = column.numbers[r]
        case .factor:
          if column.usesLevels {
            let code = Int(column.codes[r])
            parts[v] = code >= 0 && code < lookups[v].count ? Double(lookups[v][code]) : -1
          } else {
            parts[v] = Double(booleanLevels[v].isEmpty ? -1 : booleanLevels[v][column.numbers[r] != 0 ? 1 : 0])
          }
          if parts[v] < 0 { missing += 1; continue rowLoop }
        }
      }
      // The outcome on the family's scale.
      let outcomeColumn = table.columns[yc]
      var value: Double
      switch outcome {
      case .number: value = outcomeColumn.usesLevels ? .nan : outcomeColumn.numbers[r]
      case .levels(let negative, let positive):
        var level = ""
        if outcomeColumn.usesLevels {
          let code = Int(outcomeColumn.codes[r])
          if code >= 0 && code < outcomeColumn.levels.count { level = outcomeColumn.levels[code] }
        } else if let labels = outcomeColumn.schema.booleanLabels {
          level = outcomeColumn.numbers[r] != 0 ? labels.1 : labels.0
        }
        value = level == positive ? 1 : level == negative ? 0 : .nan
      }
      switch family {
      case .gaussian: if !value.isFinite { value = .nan }
      case .binomial: if value != 0 && value != 1 { value = .nan }
      case .poisson: if !(value >= 0) || !value.isFinite { value = .nan }
      }
      guard !value.isNaN else { outOfRange += 1; continue }
      for (j, column) in self.columns.enumerated() {
        var x = 1.0
        for part in column.parts {
          if part.level < 0 { x *= parts[part.variable] } else if parts[part.variable] != Double(part.level) { x = 0 }
        }
        row[j] = x
      }
      values += row
      y.append(value)
    }
    return Rows(design: DenseDesign(rows: y.count, columns: p, values: values), y: y, missing: missing, outOfRange: outOfRange)
  }

  /// The observed levels of column `c` (categoricals: the texts in sorted order; booleans: false, true).
  static func levelsSeen(_ table: Table, _ c: Int) -> [String] {
    let column = table.columns[c]
    guard column.usesLevels else { return [] }
    var seen = [Bool](repeating: false, count: column.levels.count)
    for r in 0..<table.rowCount where !column.isMissing(r) {
      let code = Int(column.codes[r])
      if code >= 0 && code < seen.count { seen[code] = true }
    }
    return column.levels.indices.filter { seen[$0] }.map { column.levels[$0] }.sorted()
  }
}
