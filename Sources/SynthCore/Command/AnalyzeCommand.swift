/// `localsynth analyze FILE`: shows how the file is read and typed, with the reasons.
struct AnalyzeCommand: Subcommand {
  static let name = "analyze"
  static let abstract = "Show the columns of a CSV file: type, confidence, missing values, examples and the reasons."
  static let usage = "analyze FILE.csv [--json] [--schema OUT.json] [options]"
  static let discussion = """
    Nothing is synthesised; use this to check and correct the detected types before a run.
    Every decision can be changed with the options below or with a settings file.
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "--json", value: nil, help: "Print the schema as JSON instead of a table."),
    OptionSpec(name: "--schema", value: "OUT.json", help: "Also write the schema (JSON) to a file."),
    LanguageOption.spec,
  ] + TableOptionFlags.specs

  var input: String
  var json: Bool
  var schemaPath: String?
  var language: Wording.Language
  var tableFlags: TableOptionFlags

  init(_ a: inout Arguments) throws(UsageError) {
    json = a.flag("--json")
    schemaPath = try a.path("--schema")
    language = try LanguageOption.parse(&a)
    tableFlags = try TableOptionFlags(&a)
    try a.rejectUnknown(AnalyzeCommand.options)
    input = try a.inputFile()
  }

  var outputPaths: [OutputPath] { schemaPath.map { [OutputPath(option: "--schema", path: $0)] } ?? [] }

  var inputPaths: [String] { [input] + (tableFlags.settingsPath.map { [$0] } ?? []) }

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    let options = try tableFlags.resolve(files)
    let table = try files.table(input, options: options, progress: progress)
    var result = CommandResult()
    let wording = Wording(language: language)
    let rules = RuleDiscovery.discover(table)
    let searched = table.columns.filter { !$0.schema.excluded && $0.schema.kind != .empty }.count > RuleDiscovery.maxColumns
    var document = SchemaDocument(table: table, version: Engine.version, wording: wording, minimumCount: options.minimumCount, rules: rules)
    document.synthesisBytes = MemoryBudget.synthesisPeak(
      table, syntheticRows: table.rowCount, copies: 1, nearCopies: NearCopyKeys.defaultDiffering, inputBytes: try files.bytes(input).count)
    let schema = document.json()
    result.stdout = json ? schema : Array(UTF8Text.printable(SchemaReport.text(table, wording: wording) + SchemaReport.rules(rules, limited: searched, wording: wording)).utf8)
    if let schemaPath { result.files.append((schemaPath, schema)) }
    return result
  }
}

/// The words of the schema table that `analyze` prints, worded by the catalogues.
enum SchemaText: Message {
  /// "cps1985.csv: 534 rows, 11 columns (comma-separated, UTF-8, LF line ends)".
  case heading(file: String, rows: Int, columns: Int, dialect: CSVDialect)
  case header(Header)
  /// A column's type with its details, as `analyze` and the report show it.
  case type(ColumnSchema)
  case excluded
  /// An identifier's examples, not shown.
  case withheld
  /// A missing value written as an empty field.
  case emptyField
  case userCode

  enum Header: CaseIterable { case number, column, type, confidence, missing, distinct, examples }
}

/// The plain-text schema table `analyze` prints.
enum SchemaReport {
  /// The discovered rules, each with how often it holds, for the user to confirm with --rule.
  static func rules(_ rules: [DiscoveredRule], limited: Bool, wording w: Wording) -> String {
    let scope = limited ? w("Rules were looked for among the first \(RuleDiscovery.maxColumns) synthesised columns only.") + "\n" : ""
    guard !rules.isEmpty else { return limited ? "\n" + scope : "" }
    var text = "\n" + scope + w("Rules that hold in the real rows; to keep one in the synthetic rows, add it with --rule \"RULE\":") + "\n"
    for r in rules {
      let share = r.support >= 1 ? w("all \(w.count(r.rows)) rows")
        : r.support > 0.999 ? w("over 99.9% of \(w.count(r.rows)) rows") : w("\(w.percent(r.support)) of \(w.count(r.rows)) rows")
      text += "  " + r.text + "  (" + share + ")\n"
    }
    return text
  }

  static func text(_ table: Table, wording w: Wording) -> String {
    var text = SchemaText.heading(file: table.file, rows: table.rowCount, columns: table.columns.count, dialect: table.dialect).text(w) + "\n"
    for n in table.notices { text += w("note: ") + n.message(w) + "\n" }
    text += "\n"
    var rows: [[String]] = [SchemaText.Header.allCases.map { SchemaText.header($0).text(w) }]
    for c in table.columns {
      let s = c.schema
      var missing = w.count(s.missingCount)
      if s.missingCount > 0 { missing += " (" + w.percent(Double(s.missingCount) / Double(max(table.rowCount, 1))) + ")" }
      var examples = ""
      if s.kind == .identifier { examples = SchemaText.withheld.text(w) } else {
        for (i, e) in s.examples.enumerated() { examples += (i > 0 ? ", " : "") + quotedIfNeeded(shorten(e)) }
      }
      let type = SchemaText.type(s).text(w) + (s.excluded ? ", " + SchemaText.excluded.text(w) : "")
      rows.append([String(s.position + 1), shorten(s.name), type, w.number(s.confidence, decimals: 2), missing, w.count(s.distinctCount), examples])
    }
    var widths = Array(repeating: 0, count: rows[0].count)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.unicodeScalars.count) } }
    for (r, row) in rows.enumerated() {
      var line = ""
      for (i, cell) in row.enumerated() {
        line += i == row.count - 1 ? cell : Help.pad(cell, widths[i] + 2)
      }
      text += line + "\n"
      guard r > 0 else { continue }
      let column = table.columns[r - 1]
      let indent = Help.pad("", widths[0] + 2)
      let s = column.schema
      for reason in s.reasons { text += indent + "- " + reason.text(w) + "\n" }
      if let q = s.quasiIdentifier { text += indent + "- " + w("privacy: ") + q.advice(w) + coarsenHint(s.name, q.coarsenings) + "\n" }
      if !s.suggestedCodes.isEmpty {
        text += indent + "- " + w("possible special codes: ") + codeList(s.suggestedCodes, w)
          + w(" sit apart from the other values; declare them missing (--missing ")
          + quotedIfNeeded(s.name) + "=" + s.suggestedCodes.map { $0.text }.joined(separator: ",") + w(") if they mean 'unknown'") + "\n"
      }
      if column.schema.missingCount > 0 || column.schema.missingCodes.contains(where: { $0.isUserCode }) {
        var codes = ""
        for (i, code) in column.schema.missingCodes.enumerated() {
          codes += (i > 0 ? ", " : "") + (code.text.isEmpty ? SchemaText.emptyField.text(w) : "'" + code.text + "'") + " " + w.count(code.count)
            + (code.isUserCode ? " (" + SchemaText.userCode.text(w) + ")" : "")
        }
        text += indent + w("- missing: ") + codes + "\n"
      }
      if let range = ColumnSummary.range(column, asInput: true) { text += indent + w("- range: ") + range.min + w(" to ") + range.max + "\n" }
    }
    return text
  }

  /// `--coarsen` for the command line, as the advice's one step.
  private static func coarsenHint(_ name: String, _ choices: [Coarsening]) -> String {
    guard !choices.isEmpty else { return "" }
    return " (--coarsen " + quotedIfNeeded(name) + "=" + choices.map { $0.rawValue }.joined(separator: "|") + ")"
  }

  private static func codeList(_ codes: [MissingCode], _ w: Wording) -> String {
    var out = ""
    for (i, c) in codes.enumerated() { out += (i > 0 ? ", " : "") + "'" + c.text + "' (" + w.count(c.count) + ")" }
    return out
  }

  /// Values that hold the list separator or edge spaces are quoted so the list stays readable.
  static func quotedIfNeeded(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var hasSeparator = false
    for i in bytes.indices.dropLast() where bytes[i] == 44 && bytes[i + 1] == 32 { hasSeparator = true }
    let needs = hasSeparator || bytes.first == 32 || bytes.last == 32 || bytes.first == 34
    return needs ? "\"" + text + "\"" : text
  }

  /// Long or multi-line values cut to fit a terminal line.
  static func shorten(_ text: String) -> String {
    var out = ""
    var n = 0
    for scalar in text.unicodeScalars {
      if n == 24 { return out + "..." }
      out.unicodeScalars.append(scalar.value < 32 ? " " : scalar)
      n += 1
    }
    return out
  }
}
