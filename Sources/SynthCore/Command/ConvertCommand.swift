/// `localsynth convert FILE -o OUT.csv`: reads and types a file, then writes it back as clean CSV
/// (RFC 4180, UTF-8) and/or JSON, each value in its column's original style.
struct ConvertCommand: Subcommand {
  static let name = "convert"
  static let abstract = "Read a CSV file with the detected types and write it as clean CSV, JSON records and a JSON schema."
  static let usage = "convert FILE.csv [-o OUT.csv] [--json OUT.json] [--schema OUT.json] [options]"
  static let discussion = """
    Output keeps each column's style (decimals, date format, yes/no words) and the input's delimiter,
    decimal mark and line ends; it is always UTF-8.
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "-o", value: "OUT.csv", help: "Write the table as CSV (an Excel workbook for .xlsx, an SPSS file for .sav, a Stata file for .dta)."),
    OptionSpec(name: "--json", value: "OUT.json", help: "Write the table as a JSON array of records (missing values as null)."),
    OptionSpec(name: "--schema", value: "OUT.json", help: "Write the schema (types, levels, ranges, missing codes) as JSON."),
    OptionSpec(name: "--missing-as", value: "empty|code", help: "Write missing values as empty fields (default) or as their original code."),
    OptionSpec(name: "--drop-excluded", value: nil, help: "Leave out columns excluded from synthesis (identifiers, index)."),
    SynthesisOptionFlags.formulasSpec,
  ] + TableOptionFlags.specs

  var input: String
  var csvPath: String?
  var jsonPath: String?
  var schemaPath: String?
  var missingAsCode: Bool
  var dropExcluded: Bool
  /// nil: the settings file's choice, else neutralise.
  var formulas: FormulaHandling?
  var tableFlags: TableOptionFlags

  init(_ a: inout Arguments) throws(UsageError) {
    csvPath = try a.path("-o")
    jsonPath = try a.path("--json")
    schemaPath = try a.path("--schema")
    missingAsCode = try a.choice("--missing-as", ["empty", "code"]) == "code"
    dropExcluded = a.flag("--drop-excluded")
    formulas = try SynthesisOptionFlags.formulas(&a)
    tableFlags = try TableOptionFlags(&a)
    try a.rejectUnknown(ConvertCommand.options)
    input = try a.inputFile()
    if csvPath == nil && jsonPath == nil && schemaPath == nil { throw a.error("nothing to write: give -o OUT.csv, --json OUT.json or --schema OUT.json") }
  }

  var outputPaths: [OutputPath] {
    [("-o", csvPath), ("--json", jsonPath), ("--schema", schemaPath)].compactMap { o, p in p.map { OutputPath(option: o, path: $0) } }
  }

  var inputPaths: [String] { [input] + (tableFlags.settingsPath.map { [$0] } ?? []) }

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    let (options, settings) = try tableFlags.resolveWithSettings(files)
    let fromSettings = try SynthesisOptionFlags.formulas(settings: settings, path: tableFlags.settingsPath ?? "")
    let formulas = self.formulas ?? fromSettings ?? .neutralise
    let table = try files.table(input, options: options, progress: progress)
    progress("writing", 0)
    let selected = table.columns.indices.filter { !dropExcluded || !table.columns[$0].schema.excluded }
    var writer = TableWriter(table: table, columns: selected)
    writer.missingOutput = missingAsCode ? .code : .empty
    writer.formulas = formulas
    var result = CommandResult()
    if let csvPath {
      let written = writer.data(for: csvPath)
      result.files.append((csvPath, written.bytes))
      let notes = written.notes(copy: nil, encoding: table.dialect.encoding.rawValue)
      let text = notes.map { "Note: " + $0.message(Wording(language: .en)) + "\n" }.joined()
      if !text.isEmpty { result.stdout = Array(UTF8Text.printable(text).utf8) }
    }
    if let jsonPath { result.files.append((jsonPath, writer.jsonRecords())) }
    if let schemaPath { result.files.append((schemaPath, SchemaDocument(table: table, version: Engine.version).json())) }
    progress("writing", 1)
    return result
  }
}
