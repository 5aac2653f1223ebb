/// `localsynth synth FILE -o OUT.csv`: fits synthpop's sequential CART to a CSV file and writes
/// synthetic rows in the input's style.
struct SynthCommand: Subcommand {
  static let name = "synth"
  static let abstract = "Fit a synthesiser to a CSV file and write synthetic rows with the same columns."
  static let usage = "synth FILE.csv -o OUT.csv [--json OUT.json] [--rows N] [--seed S] [options]"
  static let discussion = """
    Columns are synthesised one after another (synthpop's sequential CART): the first is drawn from
    its real values; each next one from the leaf of a tree, fitted on the real data with the earlier
    columns as predictors, that the synthetic row falls into. Identifiers and an index column are
    left out of the output. Missing values are synthesised with their real rates and relations.
    Near-continuous decimal columns (over 20 distinct values, at least one per ten rows) are
    smoothed in the output (synthpop's "density": Sheather-Jones bandwidth, clipped to the real
    range, rounded to the column's decimals).
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "-o", value: "OUT.csv", help: "Write the synthetic table as CSV."),
    OptionSpec(name: "--json", value: "OUT.json", help: "Write the settings and the synthetic rows as JSON."),
    OptionSpec(name: "--missing-as", value: "code|empty", help: "Write missing values as in the input (default) or as empty fields."),
  ] + SynthesisOptionFlags.specs + TableOptionFlags.specs

  var input: String
  var csvPath: String?
  var jsonPath: String?
  var missingAsCode: Bool
  var synthesisFlags: SynthesisOptionFlags
  var tableFlags: TableOptionFlags

  init(_ a: inout Arguments) throws(UsageError) {
    csvPath = try a.value("-o")
    jsonPath = try a.value("--json")
    missingAsCode = try a.choice("--missing-as", ["code", "empty"]) != "empty"
    synthesisFlags = try SynthesisOptionFlags(&a)
    tableFlags = try TableOptionFlags(&a)
    try a.rejectUnknown(SynthCommand.options)
    input = try a.inputFile()
    if csvPath == nil && jsonPath == nil { throw a.error("nothing to write: give -o OUT.csv and/or --json OUT.json") }
  }

  var inputPaths: [String] { [input] + (tableFlags.settingsPath.map { [$0] } ?? []) }

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    let (options, settings) = try tableFlags.resolveWithSettings(files)
    let config = try synthesisFlags.resolve(settings: settings, path: tableFlags.settingsPath ?? "")
    let table = try files.table(input, options: options, progress: progress)
    let output: SequentialSynthesizer.Output
    do throws(SynthesisError) {
      output = try SequentialSynthesizer(config: config).run(table, progress: progress)
    } catch {
      throw .synthesis(error)
    }

    var result = CommandResult()
    let rows = output.copies.first?.rowCount ?? 0
    let columns = output.copies.first?.columns.count ?? 0
    var text = "Synthesised \(rows) rows x \(columns) columns from \(input) with CART, seed \(config.seed)"
    text += config.copies > 1 ? ", \(config.copies) copies.\n" : ".\n"
    text += "Visit order: " + output.visitOrder.joined(separator: ", ") + "\n"
    let left = table.columns.filter { $0.schema.excluded }.map { $0.schema.name }
    if !left.isEmpty { text += "Left out (excluded): " + UTF8Text.quotedList(left) + "\n" }
    for note in output.notes { text += "Note: " + note + "\n" }
    for (i, copy) in output.copies.enumerated() {
      var writer = TableWriter(table: copy)
      writer.missingOutput = missingAsCode ? .code : .empty
      let suffix = config.copies > 1 ? "_\(i + 1)" : ""
      if let csvPath {
        let path = Self.path(csvPath, suffix: suffix)
        result.files.append((path, writer.csv()))
        text += "Wrote \(path)\n"
      }
      if let jsonPath {
        let path = Self.path(jsonPath, suffix: suffix)
        result.files.append((path, document(writer, config: config, rows: rows, copy: i + 1)))
        text += "Wrote \(path)\n"
      }
    }
    result.stdout = Array(UTF8Text.printable(text).utf8)
    return result
  }

  /// `{"localsynth": version, "input": file, "settings": {...}, "copy": k, "data": [records]}`;
  /// "settings" is a settings file that repeats the run.
  private func document(_ writer: TableWriter, config: SynthesisConfig, rows: Int, copy: Int) -> [UInt8] {
    var json = JSONWriter(indent: 0)
    json.beginObject()
    json.field("localsynth", Engine.version)
    json.field("input", input)
    json.key("settings")
    json.beginObject()
    SynthesisOptionFlags.write(config, rows: rows, to: &json)
    json.endObject()
    json.field("copy", copy)
    json.key("data")
    var records = writer.jsonRecords()
    if records.last == 10 { records.removeLast() }
    json.rawValue(records)
    json.endObject()
    return json.bytes + [10]
  }

  /// `out.csv` with suffix `_2` is `out_2.csv`.
  static func path(_ path: String, suffix: String) -> String {
    guard !suffix.isEmpty else { return path }
    let bytes = Array(path.utf8)
    let slash = bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1
    if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > slash + 1 {
      return String(decoding: bytes[..<dot], as: UTF8.self) + suffix + String(decoding: bytes[dot...], as: UTF8.self)
    }
    return path + suffix
  }
}
