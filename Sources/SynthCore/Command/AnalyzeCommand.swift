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
    let schema = SchemaDocument(table: table, version: Engine.version, wording: wording, minimumCount: options.minimumCount).json()
    result.stdout = json ? schema : Array(UTF8Text.printable(SchemaReport.text(table, wording: wording)).utf8)
    if let schemaPath { result.files.append((schemaPath, schema)) }
    return result
  }
}

/// The plain-text schema table `analyze` prints.
enum SchemaReport {
  static func text(_ table: Table, wording w: Wording) -> String {
    let d = table.dialect
    var text = "\(table.file): \(group(table.rowCount)) rows, \(table.columns.count) column\(table.columns.count == 1 ? "" : "s")"
    text += " (\(d.delimiterName)-separated, \(d.encoding.rawValue)\(d.byteOrderMark ? " with BOM" : ""), \(d.lineEnding.rawValue) line ends\(d.decimalComma ? ", decimal comma" : ""))\n"
    for n in table.notices { text += w("note: ", "let op: ") + n.message(w) + "\n" }
    text += "\n"
    var rows: [[String]] = [["#", "column", "type", "confidence", "missing", "distinct", "examples"]]
    for c in table.columns {
      let s = c.schema
      var missing = group(s.missingCount)
      if s.missingCount > 0 { missing += " (" + TypeInference.percent(Double(s.missingCount) / Double(max(table.rowCount, 1))) + ")" }
      var examples = ""
      if s.kind == .identifier { examples = "(withheld)" } else {
        for (i, e) in s.examples.enumerated() { examples += (i > 0 ? ", " : "") + quotedIfNeeded(shorten(e)) }
      }
      rows.append([String(s.position + 1), shorten(s.name), s.typeDescription + (s.excluded ? ", excluded" : ""), confidence(s.confidence), missing, group(s.distinctCount), examples])
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
      if let q = s.quasiIdentifier { text += indent + "- " + w("privacy: ", "privacy: ") + q.advice(w) + coarsenHint(s.name, q.coarsenings) + "\n" }
      if !s.suggestedCodes.isEmpty {
        text += indent + "- " + w("possible special codes: ", "mogelijke speciale codes: ") + codeList(s.suggestedCodes, w)
          + w(" sit apart from the other values; declare them missing (--missing ", " liggen los van de andere waarden; geef ze op als ontbrekend (--missing ")
          + quotedIfNeeded(s.name) + "=" + s.suggestedCodes.map { $0.text }.joined(separator: ",") + w(") if they mean 'unknown'", ") als ze 'onbekend' betekenen") + "\n"
      }
      if column.schema.missingCount > 0 || column.schema.missingCodes.contains(where: { $0.isUserCode }) {
        var codes = ""
        for (i, code) in column.schema.missingCodes.enumerated() {
          codes += (i > 0 ? ", " : "") + (code.text.isEmpty ? "empty" : "'" + code.text + "'") + " " + group(code.count) + (code.isUserCode ? " (user code)" : "")
        }
        text += indent + w("- missing: ", "- ontbrekend: ") + codes + "\n"
      }
      if let range = ColumnSummary.range(column) { text += indent + w("- range: ", "- bereik: ") + range.min + w(" to ", " tot ") + range.max + "\n" }
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

  /// 22407 → "22,407".
  static func group(_ n: Int) -> String {
    let digits = Array(String(n < 0 ? -n : n).utf8)
    var out: [UInt8] = n < 0 ? [45] : []
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(44) }
      out.append(d)
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func confidence(_ c: Double) -> String {
    let hundredths = (c * 100).integer(.toNearestOrAwayFromZero, clampedTo: 0...100)
    return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
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
