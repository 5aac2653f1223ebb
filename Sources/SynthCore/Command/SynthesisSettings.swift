/// Every synthesis setting, declared once: its settings-file key, its flag, the kind of value with
/// its bounds or choices, its help, its report label in each language, which method uses it, and
/// how it reads and writes `SynthesisConfig`. The flag parser, `--help`, the settings-file reader
/// (unknown keys included) and writer, the report's settings section and `localsynth settings
/// --json` (which the page renders its defaults and choices from) are all built from this table,
/// so adding a setting is one entry here.
struct SynthesisSetting: Sendable {
  /// What values a setting takes; the same check serves the flag and the settings file.
  enum Kind: Sendable {
    /// A flag without value; true or false in the file.
    case toggle
    case whole(ClosedRange<Int>)
    /// Whole seconds: `60` or `60s` on the command line, a number in the file.
    case seconds(ClosedRange<Int>)
    /// A number from `lower` to below `below`.
    case fraction(lower: Double, below: Double)
    /// 0 … 2^64 − 1; a string in the file above 2^53.
    case seed
    case choice([Choice])
    /// One of the choices, or a list of column names (`A,B` on the command line).
    case choiceOrColumns([Choice])
    /// Per column, repeatable on the command line as `COLUMN=VALUE`; an object in the file.
    case columnMap(ColumnValue)
    /// Rules in the rule language (`Rule`), repeatable on the command line; a list of texts in the file.
    case rules
  }

  enum ColumnValue: Sendable {
    /// A list of column names (`COLUMN=A,B`).
    case columns
    /// on/off on the command line, true/false in the file.
    case onOff
    case choice([Choice])
  }

  /// One allowed token and how the report words it.
  struct Choice: Sendable {
    let token: String
    let english: String
    /// For per-column choices: the columns it suits (`ColumnMethod.Scope`), nil for any.
    var scope: String? = nil
    /// The one method it means something for (the copula's automatic strata), nil for both.
    var method: SynthesisMethod? = nil
    /// Its label in the language of `w` (the English label is the catalogues' key).
    func label(_ w: Wording) -> String { w(Phrase(verbatim: english)) }

    init(_ token: String, _ english: String, scope: String? = nil, method: SynthesisMethod? = nil) {
      (self.token, self.english, self.scope, self.method) = (token, english, scope, method)
    }
  }

  let key: String
  let flag: String?
  /// The flag's value placeholder in `--help`.
  let placeholder: String?
  let kind: Kind
  let help: String
  /// Its label in English, the catalogues' key for its label in another language (`label(_:)`).
  let english: String
  /// The one method that uses it, or nil for both.
  var method: SynthesisMethod? = nil
  /// False when another option group parses the flag (`--near-copies`, shared with `evaluate`).
  var parsesFlag = true
  /// The value in `config`, as the settings file writes it; nil leaves it out.
  let get: @Sendable (SynthesisConfig) -> JSONValue?
  /// Stores a value that `check` accepted.
  let set: @Sendable (inout SynthesisConfig, JSONValue) -> Void

  var tokens: [String] {
    switch kind {
    case .choice(let c), .choiceOrColumns(let c), .columnMap(.choice(let c)): return c.map { $0.token }
    default: return []
    }
  }
}

extension SynthesisSetting {
  static func names(_ value: JSONValue) -> [String] { value.arrayValue?.compactMap { $0.stringValue } ?? [] }
  static func namesValue(_ names: [String]) -> JSONValue { .array(names.map { .string($0) }) }
  static func number(_ n: Int) -> JSONValue { .number(Double(n)) }

  static let methodChoices = [
    Choice("cart", "sequential CART"), Choice("gc", "Gaussian copula"),
  ]

  static let all: [SynthesisSetting] = [
    SynthesisSetting(
      key: "method", flag: "--method", placeholder: "cart|gc", kind: .choice(methodChoices),
      help: "Synthesis method: cart (default, synthpop's sequential CART) or gc (Gaussian copula: exact marginals, any number of categories, fast).",
      english: "Method",
      get: { .string($0.method.rawValue) }, set: { $0.method = SynthesisMethod(rawValue: $1.stringValue ?? "") ?? .cart }),
    SynthesisSetting(
      key: "marginals", flag: "--marginals", placeholder: "empirical|parametric",
      kind: .choice([Choice("empirical", "each column's own values"),
                     Choice("parametric", "best fitting formula (BIC)")]),
      help: "Gaussian copula: each column's own distribution (default), or the best fitting of normal, truncated normal, lognormal, gamma, beta and uniform (BIC) for near-continuous columns.",
      english: "Distributions", method: .gc,
      get: { .string($0.parametricMarginals ? "parametric" : "empirical") }, set: { $0.parametricMarginals = $1.stringValue == "parametric" }),
    SynthesisSetting(
      key: "smoothTails", flag: "--smooth-tails", placeholder: nil, kind: .toggle,
      help: "Gaussian copula: replace the real values it would write beyond the real 1st or 99th percentile with values between their real neighbours (extreme values can point at one person).",
      english: "Replace real extreme values (beyond the 1st and 99th percentile) with values between their real neighbours", method: .gc,
      get: { .bool($0.smoothTails) }, set: { $0.smoothTails = $1.boolValue ?? false }),
    SynthesisSetting(
      key: "strata", flag: "--strata", placeholder: "auto|none|A,B,...",
      kind: .choiceOrColumns([Choice("auto", "within strata of categories (automatic, copula)", method: .gc), Choice("none", "none: one model for the whole table")]),
      help: "Synthesise separately within strata. CART: every combination of the named categorical columns is a stratum (synthpop's syn.strata); none (default). Gaussian copula: strata chosen by a shallow tree (auto, default), only among the named columns, or none.",
      english: "Strata",
      get: {
        switch $0.strata {
        case .automatic: return .string($0.method == .cart ? "none" : "auto")
        case .none: return .string("none")
        case .names(let n): return namesValue(n)
        }
      },
      set: { c, v in c.strata = v.stringValue == "auto" ? .automatic : v.stringValue == "none" ? .none : .names(names(v)) }),
    SynthesisSetting(
      key: "rows", flag: "--rows", placeholder: "N", kind: .whole(1...2_000_000_000),
      help: "Synthetic rows per copy (default: as many as the input).", english: "Synthetic rows",
      get: { $0.rows.map { number($0) } }, set: { $0.rows = $1.numberValue?.integer(as: Int.self) }),
    SynthesisSetting(
      key: "copies", flag: "--copies", placeholder: "M", kind: .whole(1...100),
      help: "Number of synthetic copies, each fitted anew (default: 1); files get _1, _2, ... before the extension.",
      english: "Copies",
      get: { number($0.copies) }, set: { $0.copies = $1.numberValue?.integer(as: Int.self) ?? 1 }),
    SynthesisSetting(
      key: "seed", flag: "--seed", placeholder: "S", kind: .seed,
      help: "Seed, 0 to 18446744073709551615 (default: 1): the same seed gives the same bytes on every machine.",
      english: "Seed",
      get: { $0.seed <= 9_007_199_254_740_992 ? .number(Double($0.seed)) : .string(String($0.seed)) },
      set: { c, v in c.seed = v.stringValue.flatMap { UInt64($0) } ?? v.numberValue?.integer(as: UInt64.self) ?? 1 }),
    SynthesisSetting(
      key: "proper", flag: "--proper", placeholder: nil, kind: .toggle,
      help: "Fit each model on a bootstrap sample of the real rows (synthpop's proper = TRUE).",
      english: "Fit each model on a bootstrap sample (proper synthesis)",
      get: { .bool($0.proper) }, set: { $0.proper = $1.boolValue ?? false }),
    SynthesisSetting(
      key: "tune", flag: "--tune", placeholder: nil, kind: .toggle,
      help: "Choose the settings by trying them: synthesise from half of the rows and compare with the other half (CART: minbucket, cp, smoothing, visit order; copula: strata, marginals; the method too, unless a setting only one method has is given), keeping privacy bounds; the finalists are confirmed on all rows, and the chosen settings are used, reported and written to the settings file.",
      english: "Tune the settings automatically",
      get: { $0.tune ? .bool(true) : nil }, set: { $0.tune = $1.boolValue ?? false }),
    SynthesisSetting(
      key: "tuneBudget", flag: "--tune-budget", placeholder: "SECONDS", kind: .seconds(1...3600),
      help: "Time --tune may take, in seconds of a native run (60 or 60s; default: 60); the search counts its work instead of reading the clock, so it chooses the same everywhere.",
      english: "Time for tuning (seconds)",
      get: { $0.tune ? number($0.tuneBudget) : nil }, set: { $0.tuneBudget = $1.numberValue?.integer(as: Int.self) ?? Tuner.defaultBudgetSeconds }),
    SynthesisSetting(
      key: "minbucket", flag: "--minbucket", placeholder: "N", kind: .whole(1...1_000_000_000),
      help: "Fewest real rows in a leaf, the donors of a value (default: 5).",
      english: "Smallest group of real rows a value is drawn from (minbucket)",
      get: { number($0.cart.minBucket) }, set: { $0.cart.minBucket = $1.numberValue?.integer(as: Int.self) ?? 5 }),
    SynthesisSetting(
      key: "cp", flag: "--cp", placeholder: "X", kind: .fraction(lower: 0, below: 1),
      help: "Split only when impurity falls by more than X times the root's (default: 1e-8).",
      english: "Smallest gain for a split, relative to the first (cp)",
      get: { .number($0.cart.complexity) }, set: { $0.cart.complexity = $1.numberValue ?? 1e-8 }),
    SynthesisSetting(
      key: "maxDepth", flag: "--max-depth", placeholder: "N", kind: .whole(1...64),
      help: "Deepest tree level (default: 30).", english: "Deepest tree level",
      get: { number($0.cart.maxDepth) }, set: { $0.cart.maxDepth = $1.numberValue?.integer(as: Int.self) ?? 30 }),
    SynthesisSetting(
      key: "visit", flag: "--visit", placeholder: "auto|A,B,...",
      kind: .choiceOrColumns([Choice("auto", "fewest distinct values first"), Choice("columns", "as in the file")]),
      help: "Visit order: auto (default) visits the columns with the fewest distinct values first, so that they predict the many-valued ones; columns keeps the file's order; a list names the columns to synthesise, in order.",
      english: "Order of columns",
      get: {
        switch $0.visit {
        case .columnOrder: return .string("columns")
        case .automatic: return .string("auto")
        case .names(let n): return namesValue(n)
        }
      },
      set: { c, v in c.visit = v.stringValue == "auto" ? .automatic : v.stringValue == "columns" ? .columnOrder : .names(names(v)) }),
    SynthesisSetting(
      key: "predictors", flag: "--predictors", placeholder: "COLUMN=A,B", kind: .columnMap(.columns),
      help: "Only these earlier columns predict COLUMN (empty: drawn from its own distribution).",
      english: "Predictors", method: .cart,
      get: { .object($0.predictors.map { ($0.column, namesValue($0.predictors)) }) },
      set: { c, v in
        for (column, list) in v.objectValue ?? [] {
          c.predictors.removeAll { $0.column == column }
          c.predictors.append((column, names(list)))
        }
      }),
    SynthesisSetting(
      key: "smoothing", flag: "--smoothing", placeholder: "auto|density|none",
      kind: .choice([Choice("auto", "automatic (near-continuous decimals)"), Choice("density", "on, every number column"), Choice("none", "off")]),
      help: "Smooth written numbers with a Gaussian kernel (auto: near-continuous decimal columns).",
      english: "Smoothing of numbers", method: .cart,
      get: { .string($0.smoothing == .automatic ? "auto" : $0.smoothing == .on ? "density" : "none") },
      set: { c, v in c.smoothing = v.stringValue == "density" ? .on : v.stringValue == "none" ? .off : .automatic }),
    SynthesisSetting(
      key: "smooth", flag: "--smooth", placeholder: "COLUMN=on|off", kind: .columnMap(.onOff),
      help: "Smoothing for one numeric column.", english: "Smoothing per column", method: .cart,
      get: { .object($0.smoothingByColumn.map { ($0.column, .bool($0.on)) }) },
      set: { c, v in
        for (column, on) in v.objectValue ?? [] {
          c.smoothingByColumn.removeAll { $0.column == column }
          c.smoothingByColumn.append((column, on.boolValue ?? false))
        }
      }),
    SynthesisSetting(
      key: "columnMethods", flag: "--column-method", placeholder: "COLUMN=METHOD",
      kind: .columnMap(.choice(ColumnMethod.allCases.map { Choice($0.rawValue, $0.english, scope: $0.scope.rawValue) })),
      help: "How COLUMN is drawn given the earlier columns: " + ColumnMethod.allCases.map { "\($0.rawValue) (\($0.english))" }.joined(separator: ", ") + "; cart is the default.",
      english: "Method per column", method: .cart,
      get: { $0.columnMethods.isEmpty ? nil : .object($0.columnMethods.map { ($0.column, .string($0.method.rawValue)) }) },
      set: { c, v in
        for (column, m) in v.objectValue ?? [] {
          c.columnMethods.removeAll { $0.column == column }
          c.columnMethods.append((column, ColumnMethod(rawValue: m.stringValue ?? "") ?? .cart))
        }
      }),
    SynthesisSetting(
      key: "maxLevels", flag: "--max-levels", placeholder: "N", kind: .whole(2...1000),
      help: "Most categories a categorical predictor may have in a regression model (norm, normrank, lognorm, logreg, polyreg; default: 60, synthpop's maxfaclevels).",
      english: "Most categories of a predictor in a regression", method: .cart,
      get: { number($0.regressionMaxLevels) }, set: { $0.regressionMaxLevels = $1.numberValue?.integer(as: Int.self) ?? 60 }),
    SynthesisSetting(
      key: "missingValues", flag: "--missing-values", placeholder: "model|drop|impute|impute-tree",
      kind: .choice([Choice("model", "synthesise them (keep how often and where they occur)"), Choice("drop", "leave out rows with missing values"),
                     Choice("impute", "fill in (median or most frequent value)"), Choice("impute-tree", "fill in with a tree model")]),
      help: "Synthesise missingness (default), drop incomplete rows, fill with median/mode, or fill with CART donors.",
      english: "Missing values",
      get: { .string($0.missingValues.rawValue) }, set: { $0.missingValues = MissingValueHandling(rawValue: $1.stringValue ?? "") ?? .model }),
    SynthesisSetting(
      key: "uniqueCopies", flag: "--unique-copies", placeholder: "replace|keep",
      kind: .choice([Choice("replace", "changed until they copy no one"), Choice("keep", "kept (as synthpop)")]),
      help: "Synthetic rows identical to a real row no other real row shares: exchange their later values with a row from the same tree leaf (default), or keep them.",
      english: "Synthetic rows that copy a unique real person",
      get: { .string($0.uniqueCopies.rawValue) }, set: { $0.uniqueCopies = UniqueCopyHandling(rawValue: $1.stringValue ?? "") ?? .replace }),
    SynthesisSetting(
      key: "nearCopies", flag: NearCopyOption.spec.name, placeholder: "K", kind: .whole(0...NearCopyKeys.maxDiffering),
      help: NearCopyOption.spec.help, english: "Columns a row may differ in and still copy a person", parsesFlag: false,
      get: { number($0.nearCopyColumns) }, set: { $0.nearCopyColumns = $1.numberValue?.integer(as: Int.self) ?? NearCopyKeys.defaultDiffering }),
    SynthesisSetting(
      key: "holdout", flag: "--holdout", placeholder: nil, kind: .toggle,
      help: "Synthesise from a random half of the rows and test privacy and prediction on the other half.",
      english: "Keep half of the rows back to test privacy and prediction (holdout)",
      get: { .bool($0.holdout) }, set: { $0.holdout = $1.boolValue ?? false }),
    SynthesisSetting(
      key: "formulas", flag: "--formulas", placeholder: "neutralise|keep",
      kind: .choice([Choice("neutralise", "neutralised with a leading '"), Choice("keep", "written as they are")]),
      help: "CSV text cells starting with =, +, -, @, tab or carriage return: write them with a leading ' so spreadsheets do not run them as formulas (default), or as they are.",
      english: "Cells a spreadsheet would run as formulas",
      get: { .string($0.formulas.rawValue) }, set: { $0.formulas = FormulaHandling(rawValue: $1.stringValue ?? "") ?? .neutralise }),
    SynthesisSetting(
      key: "rules", flag: "--rule", placeholder: "RULE", kind: .rules,
      help: "A rule every synthetic row keeps: a computed column (bmi = weight / (height/100)^2), a conditional value (if marital == \"single\" then ymarr is missing), a condition (enddate >= startdate) or keep combinations of A, B.",
      english: "Rules",
      get: { $0.rules.isEmpty ? nil : .array($0.rules.map { .string($0.text) }) },
      set: { c, v in c.rules = names(v).compactMap { text in try? Rule(text) } }),
  ]

  static func named(_ key: String) -> SynthesisSetting? { all.first { $0.key == key } }

  func label(_ w: Wording) -> String { w(Phrase(verbatim: english)) }

  /// Its row in `--help`.
  var spec: OptionSpec { OptionSpec(name: flag ?? key, value: placeholder, help: help, repeatable: { if case .rules = kind { return true } else { return false } }()) }
}

extension SynthesisSetting {
  /// nil when `value` is a valid settings-file value, else what it must be ("a whole number from 1
  /// to 100"): the one check behind the flag and the file.
  func requirement(_ value: JSONValue) -> Phrase? { kind.requirement(value) }
}

extension SynthesisSetting.Kind {
  func requirement(_ value: JSONValue) -> Phrase? {
    func quoted(_ tokens: [String]) -> Phrase {
      let q = tokens.map { "\"\($0)\"" }
      guard q.count > 1 else { return Phrase(verbatim: q.joined()) }
      return Phrase("\(q.dropLast().joined(separator: ", ")) or \(q.last!)")
    }
    switch self {
    case .toggle:
      return value.boolValue == nil ? Phrase("true or false") : nil
    case .whole(let range):
      if let n = value.numberValue, n >= Double(range.lowerBound), n <= Double(range.upperBound), let w = n.integer(as: Int.self), Double(w) == n { return nil }
      return Phrase("a whole number from \(range.lowerBound) to \(range.upperBound)")
    case .seconds(let range):
      if let n = value.numberValue, n >= Double(range.lowerBound), n <= Double(range.upperBound), let w = n.integer(as: Int.self), Double(w) == n { return nil }
      return Phrase("whole seconds from \(range.lowerBound) to \(range.upperBound), such as 60 or 60s")
    case .fraction(let lower, let below):
      if let n = value.numberValue, n >= lower, n < below { return nil }
      return Phrase("a number from \(NumberFormatting.json(lower)) to below \(NumberFormatting.json(below))")
    case .seed:
      if let text = value.stringValue, UInt64(text) != nil { return nil }
      if let n = value.numberValue, n <= 9_007_199_254_740_992, let s = n.integer(as: UInt64.self), Double(s) == n { return nil }
      return Phrase("a whole number from 0 to 18446744073709551615 (as a string above 2^53)")
    case .choice(let choices):
      if let s = value.stringValue, choices.contains(where: { $0.token == s }) { return nil }
      return quoted(choices.map { $0.token })
    case .choiceOrColumns(let choices):
      if let s = value.stringValue, choices.contains(where: { $0.token == s }) { return nil }
      if let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) { return nil }
      return Phrase("\(choices.map { "\"\($0.token)\"" }.joined(separator: ", ")) or a list of column names")
    case .columnMap(let entry):
      let shape: Phrase
      switch entry {
      case .columns: shape = Phrase("an object of column name lists: {\"COLUMN\": [\"A\", \"B\"]}")
      case .onOff: shape = Phrase("an object of true or false: {\"COLUMN\": true}")
      case .choice(let c): shape = Phrase("an object of \(quoted(c.map { $0.token })) per column: {\"COLUMN\": \"\(c[0].token)\"}")
      }
      guard let members = value.objectValue else { return shape }
      for (_, v) in members {
        switch entry {
        case .columns: if !(v.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false) { return shape }
        case .onOff: if v.boolValue == nil { return shape }
        case .choice(let c): if !c.contains(where: { $0.token == v.stringValue }) { return shape }
        }
      }
      return nil
    case .rules:
      guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else { return Phrase("a list of rules, each a text") }
      return nil
    }
  }
}

extension SynthesisSetting {
  /// The value in `config` as the report words it ("automatic (near-continuous decimals) (auto)",
  /// "5", "yes"), or nil when the settings file leaves it out.
  func worded(_ config: SynthesisConfig, _ w: Wording) -> String? {
    func choice(_ choices: [SynthesisSetting.Choice], _ token: String) -> String {
      guard let c = choices.first(where: { $0.token == token }) else { return token }
      return "\(c.label(w)) (\(token))"
    }
    guard let value = get(config) else { return nil }
    let setting = self
    let text: String
    switch (setting.kind, value) {
    case (.toggle, .bool(let b)): text = b ? w("yes") : w("no")
    case (.choice(let choices), .string(let token)), (.choiceOrColumns(let choices), .string(let token)): text = choice(choices, token)
    case (.columnMap, .object(let members)) where members.isEmpty: text = w("default")
    case (.columnMap(let entry), .object(let members)):
      text = members.map { (column, v) -> String in
        switch (entry, v) {
        case (.onOff, .bool(let on)): return "\(column): \(on ? w("on") : w("off"))"
        case (.choice(let choices), .string(let token)): return "\(column): \(choice(choices, token))"
        default: return "\(column): \(SynthesisSetting.names(v).joined(separator: ", "))"
        }
      }.joined(separator: "; ")
    case (.rules, .array(let items)): text = items.compactMap { $0.stringValue }.joined(separator: "; ")
    case (_, .array(let items)): text = items.compactMap { $0.stringValue }.joined(separator: ", ")
    case (_, .number(let n)):
      // Whole numbers grouped, others in their shortest form with the language's decimal mark.
      text = n == n.rounded() && abs(n) < 1e15
        ? w.count(n.integer(clampedTo: Int.min ... Int.max)) : NumberFormatting.format(n, style: .shortest, decimalComma: w.dutch)
    case (_, .string(let s)): text = s
    default: return nil
    }
    return text
  }
}
