/// The synthesis options of `synth`, from flags and from the settings file (flags win), and their
/// JSON form, which is also a valid settings file: a run can be repeated exactly from it.
struct SynthesisOptionFlags {
  static let specs: [OptionSpec] = [
    OptionSpec(name: "--method", value: "cart|gc", help: "Synthesis method: cart (default, synthpop's sequential CART) or gc (Gaussian copula: exact marginals, any number of categories, fast)."),
    OptionSpec(name: "--marginals", value: "empirical|parametric", help: "Gaussian copula: each column's own distribution (default), or the best fitting of normal, truncated normal, lognormal, gamma, beta and uniform (BIC) for near-continuous columns."),
    OptionSpec(name: "--strata", value: "auto|none|A,B,...", help: "Gaussian copula: fit it separately within strata of categorical columns chosen by a shallow tree (auto, default), only among the named columns, or not at all (none)."),
    OptionSpec(name: "--smooth-tails", value: nil, help: "Gaussian copula: replace the real values it would write beyond the real 1st or 99th percentile with values between their real neighbours (extreme values can point at one person)."),
    OptionSpec(name: "--rows", value: "N", help: "Synthetic rows per copy (default: as many as the input)."),
    OptionSpec(name: "--copies", value: "M", help: "Number of synthetic copies, each fitted anew (default: 1); files get _1, _2, ... before the extension."),
    OptionSpec(name: "--seed", value: "S", help: "Seed, 0 to 18446744073709551615 (default: 1): the same seed gives the same bytes on every machine."),
    OptionSpec(name: "--proper", value: nil, help: "Fit each tree on a bootstrap sample of the real rows (synthpop's proper = TRUE)."),
    OptionSpec(name: "--minbucket", value: "N", help: "Fewest real rows in a leaf, the donors of a value (default: 5)."),
    OptionSpec(name: "--cp", value: "X", help: "Split only when impurity falls by more than X times the root's (default: 1e-8)."),
    OptionSpec(name: "--max-depth", value: "N", help: "Deepest tree level (default: 30)."),
    OptionSpec(name: "--visit", value: "auto|A,B,...", help: "Visit order: auto puts categoricals with over 20 levels last; a list names the columns to synthesise, in order (default: column order)."),
    OptionSpec(name: "--predictors", value: "COLUMN=A,B", help: "Only these earlier columns predict COLUMN (empty: drawn from its own distribution).", repeatable: true),
    OptionSpec(name: "--column-method", value: "COLUMN=METHOD", help: "How COLUMN is drawn given the earlier columns: cart (default), sample (its own values), norm or normrank (linear regression, for numbers), logreg or polyreg (logistic regression, for categories).", repeatable: true),
    OptionSpec(name: "--smoothing", value: "auto|density|none", help: "Smooth written numbers with a Gaussian kernel (auto: near-continuous decimal columns)."),
    OptionSpec(name: "--smooth", value: "COLUMN=on|off", help: "Smoothing for one numeric column.", repeatable: true),
    OptionSpec(name: "--missing-values", value: "model|drop|impute|impute-tree", help: "Synthesise missingness (default), drop incomplete rows, fill with median/mode, or fill with CART donors."),
    OptionSpec(name: "--holdout", value: nil, help: "Synthesise from a random half of the rows and test privacy and prediction on the other half."),
    OptionSpec(name: "--unique-copies", value: "replace|keep", help: "Synthetic rows identical to a real row no other real row shares: exchange their later values with a row from the same tree leaf (default), or keep them."),
    formulasSpec,
  ]

  /// Shared with `convert`, which writes CSV too.
  static let formulasSpec = OptionSpec(
    name: "--formulas", value: "neutralise|keep",
    help: "CSV text cells starting with =, +, -, @, tab or carriage return: write them with a leading ' so spreadsheets do not run them as formulas (default), or as they are.")

  private var flags = SynthesisConfig()
  /// `--copies`, or 1.
  var copies: Int { flags.copies }
  private var given: [String] = []

  init(_ a: inout Arguments) throws(UsageError) {
    if let m = try a.choice("--method", SynthesisMethod.allCases.map { $0.rawValue }) { flags.method = SynthesisMethod(rawValue: m)!; given.append("method") }
    if let m = try a.choice("--marginals", ["empirical", "parametric"]) { flags.parametricMarginals = m == "parametric"; given.append("marginals") }
    if let text = try a.value("--strata") {
      flags.copulaStrata = text == "auto" ? .automatic : text == "none" ? .none : .names(Self.names(text))
      given.append("strata")
    }
    if a.flag("--smooth-tails") { flags.smoothTails = true; given.append("smoothTails") }
    if let n = try a.int("--rows", atLeast: 1) { flags.rows = n; given.append("rows") }
    if let n = try a.int("--copies", atLeast: 1) {
      guard n <= 100 else { throw a.error("option '--copies' allows at most 100 copies, not \(n)") }
      flags.copies = n
      given.append("copies")
    }
    if let seed = try a.seed() {
      flags.seed = seed
      given.append("seed")
    }
    if a.flag("--proper") { flags.proper = true; given.append("proper") }
    if let n = try a.int("--minbucket", atLeast: 1) { flags.cart.minBucket = n; given.append("minbucket") }
    if let text = try a.value("--cp") {
      guard let x = Double(text), x >= 0, x < 1 else { throw a.error("option '--cp' needs a number from 0 to below 1, not '\(text)'") }
      flags.cart.complexity = x
      given.append("cp")
    }
    if let n = try a.int("--max-depth", atLeast: 1) {
      guard n <= 64 else { throw a.error("option '--max-depth' allows at most 64, not \(n)") }
      flags.cart.maxDepth = n
      given.append("maxDepth")
    }
    if let text = try a.value("--visit") {
      flags.visit = text == "auto" ? .automatic : .names(Self.names(text))
      given.append("visit")
    }
    for text in try a.values("--predictors") {
      let (column, list) = try TableOptionFlags.split(text, option: "--predictors", a)
      flags.predictors.append((column, Self.names(list)))
      given.append("predictors")
    }
    for text in try a.values("--column-method") {
      let (column, value) = try TableOptionFlags.split(text, option: "--column-method", a)
      guard let method = ColumnMethod(rawValue: value) else {
        throw a.error("option '--column-method' needs COLUMN=METHOD with METHOD one of \(ColumnMethod.allCases.map { $0.rawValue }.joined(separator: ", ")), not '\(text)'")
      }
      flags.columnMethods.append((column, method))
      given.append("columnMethods")
    }
    if let s = try a.choice("--smoothing", ["auto", "density", "none"]) {
      flags.smoothing = s == "auto" ? .automatic : s == "density" ? .on : .off
      given.append("smoothing")
    }
    for text in try a.values("--smooth") {
      let (column, value) = try TableOptionFlags.split(text, option: "--smooth", a)
      guard value == "on" || value == "off" else { throw a.error("option '--smooth' needs COLUMN=on or COLUMN=off, not '\(text)'") }
      flags.smoothingByColumn.append((column, value == "on"))
      given.append("smooth")
    }
    if let m = try a.choice("--missing-values", MissingValueHandling.allCases.map { $0.rawValue }) {
      flags.missingValues = MissingValueHandling(rawValue: m)!
      given.append("missingValues")
    }
    if a.flag("--holdout") { flags.holdout = true; given.append("holdout") }
    if let u = try a.choice("--unique-copies", UniqueCopyHandling.allCases.map { $0.rawValue }) {
      flags.uniqueCopies = UniqueCopyHandling(rawValue: u)!
      given.append("uniqueCopies")
    }
    if let f = try Self.formulas(&a) { flags.formulas = f; given.append("formulas") }
  }

  /// `--formulas neutralise|keep`, or nil when not given.
  static func formulas(_ a: inout Arguments) throws(UsageError) -> FormulaHandling? {
    try a.choice("--formulas", FormulaHandling.allCases.map { $0.rawValue }).map { FormulaHandling(rawValue: $0)! }
  }

  /// The settings file's `"formulas"` member, or nil when it has none.
  static func formulas(settings: JSONValue?, path: String) throws(CommandError) -> FormulaHandling? {
    guard let value = settings?.objectValue?.first(where: { $0.0 == "formulas" })?.1 else { return nil }
    guard let s = value.stringValue, let f = FormulaHandling(rawValue: s) else {
      throw .data(.invalidOption("\(path): \"formulas\" must be \"neutralise\" or \"keep\""))
    }
    return f
  }

  static func names(_ text: String) -> [String] {
    text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
  }

  /// The settings file's synthesis options with the flags on top.
  func resolve(settings: JSONValue?, path: String) throws(CommandError) -> SynthesisConfig {
    var config = SynthesisConfig()
    if let members = settings?.objectValue {
      for (key, value) in members { try Self.apply(key, value, to: &config, path: path) }
    }
    if given.contains("rows") { config.rows = flags.rows }
    if given.contains("copies") { config.copies = flags.copies }
    if given.contains("seed") { config.seed = flags.seed }
    if given.contains("proper") { config.proper = true }
    if given.contains("minbucket") { config.cart.minBucket = flags.cart.minBucket }
    if given.contains("cp") { config.cart.complexity = flags.cart.complexity }
    if given.contains("maxDepth") { config.cart.maxDepth = flags.cart.maxDepth }
    if given.contains("visit") { config.visit = flags.visit }
    if given.contains("predictors") {
      for entry in flags.predictors {
        config.predictors.removeAll { $0.column == entry.column }
        config.predictors.append(entry)
      }
    }
    for entry in flags.columnMethods {
      config.columnMethods.removeAll { $0.column == entry.column }
      config.columnMethods.append(entry)
    }
    if given.contains("smoothing") { config.smoothing = flags.smoothing }
    for entry in flags.smoothingByColumn {
      config.smoothingByColumn.removeAll { $0.column == entry.column }
      config.smoothingByColumn.append(entry)
    }
    if given.contains("missingValues") { config.missingValues = flags.missingValues }
    if given.contains("uniqueCopies") { config.uniqueCopies = flags.uniqueCopies }
    if given.contains("holdout") { config.holdout = true }
    if given.contains("formulas") { config.formulas = flags.formulas }
    if given.contains("method") { config.method = flags.method }
    if given.contains("smoothTails") { config.smoothTails = true }
    if given.contains("marginals") { config.parametricMarginals = flags.parametricMarginals }
    if given.contains("strata") { config.copulaStrata = flags.copulaStrata }
    if config.method == .cart {
      for (key, option) in [("marginals", "--marginals"), ("strata", "--strata"), ("smoothTails", "--smooth-tails")] where given.contains(key) {
        throw .data(.invalidOption("option '\(option)' is for the Gaussian copula; add --method gc"))
      }
      if config.smoothTails { throw .data(.invalidOption("\(path): \"smoothTails\" is for the Gaussian copula; set \"method\" to \"gc\"")) }
    } else if !config.columnMethods.isEmpty {
      throw .data(.invalidOption(given.contains("columnMethods")
        ? "option '--column-method' is for --method cart; the Gaussian copula models the whole table"
        : "\(path): \"columnMethods\" is for \"method\": \"cart\"; the Gaussian copula models the whole table"))
    }
    return config
  }

  private static func apply(_ key: String, _ value: JSONValue, to config: inout SynthesisConfig, path: String) throws(CommandError) {
    func bad(_ message: String) -> CommandError { .data(.invalidOption("\(path): \(message)")) }
    /// A JSON list of column names, or the error `message`.
    func names(_ list: JSONValue, _ message: String) throws(CommandError) -> [String] {
      guard let items = list.arrayValue else { throw bad(message) }
      var names: [String] = []
      for item in items {
        guard let name = item.stringValue else { throw bad(message) }
        names.append(name)
      }
      return names
    }
    func whole(_ minimum: Double, _ maximum: Double) throws(CommandError) -> Int {
      guard let n = value.numberValue, n >= minimum, n <= maximum, let whole = n.integer(as: Int.self), Double(whole) == n else {
        throw bad("\"\(key)\" must be a whole number from \(minimum.integer(clampedTo: Int.min ... Int.max)) to \(maximum.integer(clampedTo: Int.min ... Int.max))")
      }
      return whole
    }
    switch key {
    case "method":
      guard let s = value.stringValue, let m = SynthesisMethod(rawValue: s) else { throw bad("\"method\" must be \"cart\" or \"gc\"") }
      config.method = m
    case "marginals":
      guard let s = value.stringValue, s == "empirical" || s == "parametric" else { throw bad("\"marginals\" must be \"empirical\" or \"parametric\"") }
      config.parametricMarginals = s == "parametric"
    case "smoothTails":
      guard let b = value.boolValue else { throw bad("\"smoothTails\" must be true or false") }
      config.smoothTails = b
    case "strata":
      let message = "\"strata\" must be \"auto\", \"none\" or a list of column names"
      if value.stringValue == "auto" { config.copulaStrata = .automatic }
      else if value.stringValue == "none" { config.copulaStrata = .none }
      else { config.copulaStrata = .names(try names(value, message)) }
    case "rows": config.rows = try whole(1, 2_000_000_000)
    case "copies": config.copies = try whole(1, 100)
    case "seed":
      if let text = value.stringValue, let seed = UInt64(text) { config.seed = seed }
      else if let n = value.numberValue, n <= 9_007_199_254_740_992, let seed = n.integer(as: UInt64.self), Double(seed) == n { config.seed = seed }
      else { throw bad("\"seed\" must be a whole number from 0 to 18446744073709551615 (as a string above 2^53)") }
    case "proper":
      guard let b = value.boolValue else { throw bad("\"proper\" must be true or false") }
      config.proper = b
    case "minbucket": config.cart.minBucket = try whole(1, 1_000_000_000)
    case "cp":
      guard let x = value.numberValue, x >= 0, x < 1 else { throw bad("\"cp\" must be a number from 0 to below 1") }
      config.cart.complexity = x
    case "maxDepth": config.cart.maxDepth = try whole(1, 64)
    case "visit":
      let message = "\"visit\" must be \"auto\", \"columns\" or a list of column names"
      if value.stringValue == "auto" { config.visit = .automatic }
      else if value.stringValue == "columns" { config.visit = .columnOrder }
      else { config.visit = .names(try names(value, message)) }
    case "predictors":
      guard let members = value.objectValue else { throw bad("\"predictors\" must be an object: {\"COLUMN\": [\"A\", \"B\"]}") }
      for (column, list) in members {
        config.predictors.append((column, try names(list, "\"predictors\" of '\(column)' must be a list of column names")))
      }
    case "smoothing":
      switch value.stringValue {
      case "auto": config.smoothing = .automatic
      case "density": config.smoothing = .on
      case "none": config.smoothing = .off
      default: throw bad("\"smoothing\" must be \"auto\", \"density\" or \"none\"")
      }
    case "smooth":
      guard let members = value.objectValue else { throw bad("\"smooth\" must be an object: {\"COLUMN\": true}") }
      for (column, on) in members {
        guard let b = on.boolValue else { throw bad("\"smooth\" of '\(column)' must be true or false") }
        config.smoothingByColumn.append((column, b))
      }
    case "columnMethods":
      guard let members = value.objectValue else { throw bad("\"columnMethods\" must be an object: {\"COLUMN\": \"norm\"}") }
      for (column, entry) in members {
        guard let text = entry.stringValue, let method = ColumnMethod(rawValue: text) else {
          throw bad("\"columnMethods\" of '\(column)' must be one of \(ColumnMethod.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
        }
        config.columnMethods.append((column, method))
      }
    case "missingValues":
      guard let s = value.stringValue, let m = MissingValueHandling(rawValue: s) else {
        throw bad("\"missingValues\" must be \"model\", \"drop\", \"impute\" or \"impute-tree\"")
      }
      config.missingValues = m
    case "uniqueCopies":
      guard let s = value.stringValue, let u = UniqueCopyHandling(rawValue: s) else { throw bad("\"uniqueCopies\" must be \"replace\" or \"keep\"") }
      config.uniqueCopies = u
    case "nearCopies": config.nearCopyColumns = try whole(0, Double(NearCopyKeys.maxDiffering))
    case "holdout":
      guard let b = value.boolValue else { throw bad("\"holdout\" must be true or false") }
      config.holdout = b
    case "formulas":
      if let f = try formulas(settings: .object([(key, value)]), path: path) { config.formulas = f }
    default:
      break  // reading and typing options are read by TableOptionFlags
    }
  }

  /// The options as settings-file members, in a fixed order.
  static func write(_ config: SynthesisConfig, rows: Int, to json: inout JSONWriter) {
    json.field("method", config.method.rawValue)
    if config.method == .gc {
      json.field("marginals", config.parametricMarginals ? "parametric" : "empirical")
      json.field("smoothTails", config.smoothTails)
      switch config.copulaStrata {
      case .automatic: json.field("strata", "auto")
      case .none: json.field("strata", "none")
      case .names(let names):
        json.key("strata")
        json.beginArray(); for n in names { json.string(n) }; json.endArray()
      }
    }
    json.field("rows", rows)
    json.field("copies", config.copies)
    json.key("seed")
    if config.seed <= 9_007_199_254_740_992 { json.rawNumber(String(config.seed)) } else { json.string(String(config.seed)) }
    json.field("proper", config.proper)
    json.field("minbucket", config.cart.minBucket)
    json.field("cp", number: config.cart.complexity)
    json.field("maxDepth", config.cart.maxDepth)
    json.key("visit")
    switch config.visit {
    case .columnOrder: json.string("columns")
    case .automatic: json.string("auto")
    case .names(let names): json.beginArray(); for n in names { json.string(n) }; json.endArray()
    }
    json.key("predictors")
    json.beginObject()
    for entry in config.predictors {
      json.key(entry.column)
      json.beginArray(); for n in entry.predictors { json.string(n) }; json.endArray()
    }
    json.endObject()
    json.field("smoothing", config.smoothing == .automatic ? "auto" : config.smoothing == .on ? "density" : "none")
    json.key("smooth")
    json.beginObject()
    for entry in config.smoothingByColumn { json.field(entry.column, entry.on) }
    json.endObject()
    if config.method == .cart && !config.columnMethods.isEmpty {
      json.key("columnMethods")
      json.beginObject()
      for entry in config.columnMethods { json.field(entry.column, entry.method.rawValue) }
      json.endObject()
    }
    json.field("missingValues", config.missingValues.rawValue)
    json.field("uniqueCopies", config.uniqueCopies.rawValue)
    json.field("nearCopies", config.nearCopyColumns)
    json.field("holdout", config.holdout)
    json.field("formulas", config.formulas.rawValue)
  }
}
