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
    range, rounded to the column's decimals). The reports (--report, --html) are the publication
    version: no category or table cell with fewer than --min-count real rows, no real minimum or
    maximum; --analyst-report writes the full version, marked as not for publication.
    """
  static let options: [OptionSpec] = [
    OptionSpec(
      name: "-o", value: "OUT.csv", help: "Write the synthetic table as CSV (an Excel workbook for .xlsx, an SPSS file for .sav, a Stata file for .dta); give -o again for more formats.",
      repeatable: true),
    OptionSpec(name: "--json", value: "OUT.json", help: "Write the settings and the synthetic rows as JSON."),
    OptionSpec(name: "--missing-as", value: "code|empty", help: "Write missing values as in the input (default) or as empty fields."),
    OptionSpec(name: "--report", value: "FILE.pdf", help: "Write the publication report as PDF (default: OUT-report.pdf beside the output)."),
    OptionSpec(name: "--html", value: "FILE.html", help: "Write the publication report as HTML (default: OUT-report.html beside the output)."),
    ReportPaths.analystSpec,
    OptionSpec(name: "--metrics", value: "FILE.json", help: "Write every evaluation measure as JSON."),
    OptionSpec(name: "--no-report", value: nil, help: "Do not evaluate the synthetic data or write a report."),
    OptionSpec(name: "--summary", value: "FILE.json", help: "Write what the run did as JSON: rows, columns, left-out columns, every note (in --lang) and the settings."),
  ] + SynthesisOptionFlags.specs + EvaluationOptionFlags.specs + TableOptionFlags.specs

  var input: String
  /// The synthetic table's files (`-o`), each in the format its extension names.
  var dataPaths: [String]
  var jsonPath: String?
  var summaryPath: String?
  var missingAsCode: Bool
  var synthesisFlags: SynthesisOptionFlags
  var evaluationFlags: EvaluationOptionFlags
  var tableFlags: TableOptionFlags
  var reportPaths: ReportPaths

  init(_ a: inout Arguments) throws(UsageError) {
    dataPaths = try a.values("-o")
    if dataPaths.contains(""), let option = Optional("-o") { throw a.error("option '\(option)' needs a file name") }
    jsonPath = try a.path("--json")
    summaryPath = try a.path("--summary")
    missingAsCode = try a.choice("--missing-as", ["code", "empty"]) != "empty"
    reportPaths = ReportPaths(pdf: try a.path("--report"), html: try a.path("--html"), json: try a.path("--metrics"), analyst: try ReportPaths.analystPaths(&a))
    try ReportPaths.checkFormats(pdf: reportPaths.pdf, html: reportPaths.html, a)
    let noReport = a.flag("--no-report")
    synthesisFlags = try SynthesisOptionFlags(&a)
    evaluationFlags = try EvaluationOptionFlags(&a)
    tableFlags = try TableOptionFlags(&a)
    try a.rejectUnknown(SynthCommand.options)
    input = try a.inputFile()
    if dataPaths.isEmpty && jsonPath == nil { throw a.error("nothing to write: give -o OUT.csv and/or --json OUT.json") }
    if noReport {
      if !reportPaths.isEmpty { throw a.error("option '--no-report' cannot go with --report, --html, --analyst-report or --metrics") }
    } else if reportPaths.pdf == nil && reportPaths.html == nil && reportPaths.json == nil, let beside = dataPaths.first ?? jsonPath {
      // The publication reports by default, also beside an analyst report.
      let stem = Self.stem(beside)
      reportPaths.pdf = stem + "-report.pdf"
      reportPaths.html = stem + "-report.html"
    }
  }

  /// The path without its extension: `out/s.csv` is `out/s`.
  static func stem(_ path: String) -> String { split(path).stem }

  /// `out/s.csv` is ("out/s", ".csv"); a name without an extension (or a dot file) keeps all of it.
  private static func split(_ path: String) -> (stem: String, extension: String) {
    let bytes = Array(path.utf8)
    let slash = bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1
    guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > slash + 1 else { return (path, "") }
    return (String(decoding: bytes[..<dot], as: UTF8.self), String(decoding: bytes[dot...], as: UTF8.self))
  }

  var inputPaths: [String] { [input] + (tableFlags.settingsPath.map { [$0] } ?? []) + reportPaths.bundledInputs }

  var outputPaths: [OutputPath] {
    let copies = synthesisFlags.copies
    let suffixes = copies > 1 ? (1...copies).map { "_\($0)" } : [""]
    var outputs: [OutputPath] = []
    for suffix in suffixes {
      outputs += dataPaths.map { OutputPath(option: "-o", path: Self.path($0, suffix: suffix)) }
      outputs += jsonPath.map { [OutputPath(option: "--json", path: Self.path($0, suffix: suffix))] } ?? []
      outputs += reportPaths.suffixed(suffix).outputs
    }
    return outputs + (summaryPath.map { [OutputPath(option: "--summary", path: $0)] } ?? [])
  }

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    let started = files.clock()
    let (options, settings) = try tableFlags.resolveWithSettings(files)
    var config = try synthesisFlags.resolve(settings: settings, path: tableFlags.settingsPath ?? "")
    if let n = evaluationFlags.nearCopies { config.nearCopyColumns = n }
    config.workers = files.workers.limited(to: evaluationFlags.threads)
    let input = try files.table(self.input, options: options, progress: progress)
    let inputBytes = try files.bytes(self.input).count
    do throws(DataError) {
      try MemoryBudget.checkSynthesis(input, syntheticRows: config.rows ?? input.rowCount, copies: config.copies, nearCopies: config.nearCopyColumns, inputBytes: inputBytes)
    } catch {
      throw .data(error)
    }
    let unicodeFont = reportPaths.bundledInputs.isEmpty ? nil : files.unicodeFont()
    var table = input
    var heldOut: Table? = nil
    if config.holdout {
      // The synthesiser sees a random half; the other half tests it.
      var order = Array(0..<input.rowCount)
      var rng = RandomGenerator(seed: config.seed, stream: .holdoutSplit)
      rng.shuffle(&order)
      let half = input.rowCount / 2
      guard half >= 1 else { throw .synthesis(.holdoutTooSmall) }
      table = input.selecting(rows: Array(order[..<(input.rowCount - half)]).sorted())
      heldOut = input.selecting(rows: Array(order[(input.rowCount - half)...]).sorted())
    }
    let output: SynthesisResult
    var tuning: TuningSearch? = nil
    do throws(SynthesisError) {
      if config.tune {
        // The chosen settings replace the searched ones; the settings file repeats them without a search.
        let tuned = try Tuner(base: config, budgetSeconds: config.tuneBudget).run(table, progress: progress)
        config = tuned.config
        config.tune = false
        tuning = tuned.search
      }
      output = try Synthesis.run(table, config: config, progress: progress)
    } catch {
      throw .synthesis(error)
    }

    var result = CommandResult()
    let rows = output.copies.first?.rowCount ?? 0
    // The settings file that repeats this run: reading options, then synthesis options.
    var settingsWriter = JSONWriter(indent: 0)
    settingsWriter.beginObject()
    TableOptionFlags.write(options, to: &settingsWriter)
    SynthesisOptionFlags.write(config, rows: rows, to: &settingsWriter)
    settingsWriter.endObject()
    let settingsFile = settingsWriter.bytes
    let columns = output.copies.first?.columns.count ?? 0
    var notes = output.notes
    var evaluationNotes: [EvaluationNote] = []
    // The report's privacy warnings, for the page beside the result.
    var warnings: [RunSummary.Note] = []
    var verdicts: [RunSummary.Verdict] = []
    var ruleChecks: [(copy: Int?, check: RuleCheck)] = []
    var written = ""
    var writtenPaths: [String] = []
    var copiesSummary: CopiesSummary? = nil
    for (i, copy) in output.copies.enumerated() {
      var writer = TableWriter(table: copy)
      writer.workers = config.workers
      writer.missingOutput = missingAsCode ? .code : .empty
      writer.formulas = config.formulas
      let suffix = config.copies > 1 ? "_\(i + 1)" : ""
      do throws(DataError) {
        for path in self.dataPaths { try MemoryBudget.checkOutput(copy, file: Self.path(path, suffix: suffix), names: false) }
        if let jsonPath { try MemoryBudget.checkOutput(copy, file: Self.path(jsonPath, suffix: suffix), names: true) }
      } catch {
        throw .data(error)
      }
      for dataPath in self.dataPaths {
        let path = Self.path(dataPath, suffix: suffix)
        let data = writer.data(for: path)
        notes += data.notes(copy: config.copies > 1 ? i + 1 : nil, encoding: table.dialect.encoding.rawValue)
        // Out before the evaluation, which can fail without costing the data.
        try files.deliver(path, data.bytes, into: &result)
        written += CommandWord.wrote(path).text(evaluationFlags.language) + "\n"
        writtenPaths.append(path)
      }
      if let jsonPath {
        let path = Self.path(jsonPath, suffix: suffix)
        try files.deliver(path, document(writer, settings: settingsFile, copy: i + 1), into: &result)
        written += CommandWord.wrote(path).text(evaluationFlags.language) + "\n"
        writtenPaths.append(path)
      }
    }
    if !reportPaths.isEmpty {
      // Every copy is measured before any report is written: each report shows the spread over all copies.
      var evaluations: [Evaluation] = []
      for (i, copy) in output.copies.enumerated() {
        do throws(CommandError) {
          evaluations.append(try evaluateCopy(
            table, copy, copies: output.copies, heldOut: heldOut, config: config, evaluationConfig: evaluationFlags.config(reading: options, workers: files.workers),
            suffix: config.copies > 1 ? "_\(i + 1)" : "", progress: progress))
        } catch {
          // The synthetic data stays: say where it is and that only the report failed.
          var failed = CommandLineInterface.failure(error, evaluationFlags.language)
          failed.stderr += Array("localsynth: \(CommandWord.reportFailed(writtenPaths).text(evaluationFlags.language))\n".utf8)
          failed.stdout = Array(UTF8Text.printable(written).utf8)
          failed.files = result.files
          failed.delivered = result.delivered
          return failed
        }
      }
      let pooled = evaluations.count > 1 ? CopiesSummary(evaluations) : nil
      copiesSummary = pooled
      for (i, evaluation) in evaluations.enumerated() {
        let seconds = evaluationFlags.timing ? files.clock() - started : nil
        let report = render(
          evaluation, copies: pooled, copy: i, config: config, rows: output.copies[i].rowCount, reading: options, settings: settingsFile,
          summary: output.summary, drawnFromReal: output.drawnFromReal, tuning: tuning, suffix: config.copies > 1 ? "_\(i + 1)" : "",
          seconds: seconds, unicodeFont: unicodeFont, progress: progress)
        result.files += report.files
        written += report.text
        // Left-out columns are in the summary's own list.
        let copyPrefix = config.copies > 1 ? Wording(language: evaluationFlags.language)("copy \(i + 1): ") : ""
        let copyArgument: JSONValue = .object(config.copies > 1 ? [("copy", .number(Double(i + 1)))] : [])
        warnings += report.warnings.map { RunSummary.Note(code: $0.code, arguments: copyArgument, message: copyPrefix + $0.message) }
        verdicts += report.verdicts.map { v in
          var v = v
          if config.copies > 1 { v.copy = i + 1 }
          return v
        }
        ruleChecks += evaluation.rules.map { (config.copies > 1 ? i + 1 : nil, $0) }
        for note in evaluation.notes where !evaluationNotes.contains(note) {
          if case .excludedColumn = note { continue }
          evaluationNotes.append(note)
        }
      }
    }
    if !reportPaths.isEmpty && table.rowCount < SynthesisNote.smallDataRows { notes.append(.smallData(rows: table.rowCount)) }
    if reportPaths.pdf != nil || reportPaths.html != nil { notes.append(.publicationMode(minimumCount: options.minimumCount)) }
    // The terminal speaks the run's language (--lang), as its report and summary do.
    let w = Wording(language: evaluationFlags.language)
    let suggestion = config.method == .cart ? Self.copulaSuggestion(table) : nil
    var text = CommandWord.synthesised(rows: rows, columns: columns, input: self.input, method: config.method, seed: config.seed, copies: config.copies).text(w) + "\n"
    // What reading noticed (a re-decoded file, ragged rows, …) must not pass unseen.
    for notice in input.notices { text += CommandWord.note.text(w) + notice.message(w) + "\n" }
    if let heldOut { text += CommandWord.heldOut(rows: heldOut.rowCount, of: input.rowCount, left: table.rowCount).text(w) + "\n" }
    text += CommandWord.columns(output.visitOrder, visited: config.method == .cart).text(w) + "\n"
    if let suggestion { text += CommandWord.suggestion.text(w) + suggestion.message(w) + "\n" }
    let left = table.columns.filter { $0.schema.excluded }.map { $0.schema.name }
    if !left.isEmpty { text += CommandWord.leftOut(left).text(w) + "\n" }
    for note in notes { text += CommandWord.note.text(w) + note.message(w) + "\n" }
    text += written
    if let summaryPath {
      var summary = RunSummary(
        input: self.input, method: config.method, rows: rows, columns: columns, copies: config.copies,
        leftOut: input.columnNames.filter { name in !(output.copies.first?.columnNames.contains(name) ?? false) }, settings: settingsFile)
      // The run's small-data note says what the reading notice says, and more.
      let saysSmall = notes.contains { if case .smallData = $0 { return true } else { return false } }
      let notices = input.notices.filter { !(saysSmall && $0.code == "fewRows") }
      summary.notes = notices.map { RunSummary.Note(code: $0.code, arguments: .object($0.arguments), message: RunSummary.noticeMessage($0, w)) }
      let runNotes = (heldOut.map { [SynthesisNote.heldOut(rows: $0.rowCount, of: input.rowCount)] } ?? []) + (suggestion.map { [$0] } ?? []) + notes
      summary.notes += runNotes.map { RunSummary.Note(code: $0.code, arguments: .object($0.arguments), message: $0.message(w)) }
      summary.notes += evaluationNotes.map { RunSummary.Note(code: $0.code, arguments: .object($0.arguments), message: $0.text(w)) }
      summary.notes += warnings
      summary.verdicts = verdicts
      summary.rules = ruleChecks
      summary.tuning = tuning
      summary.spread = copiesSummary
      result.files.append((summaryPath, summary.json()))
      text += CommandWord.wrote(summaryPath).text(w) + "\n"
    }
    result.stdout = Array(UTF8Text.printable(text).utf8)
    return result
  }

  /// Evaluates one copy against the rows it was made from (the model fits over all copies).
  private func evaluateCopy(
    _ real: Table, _ copy: Table, copies: [Table], heldOut: Table?, config: SynthesisConfig, evaluationConfig: EvaluationConfig, suffix: String,
    progress: @escaping ProgressHandler
  ) throws(CommandError) -> Evaluation {
    var evaluationConfig = evaluationConfig
    evaluationConfig.seed = config.seed
    evaluationConfig.nearCopyColumns = config.nearCopyColumns
    evaluationConfig.rules = config.rules
    evaluationConfig.proper = config.proper
    var synthetic = copy
    synthetic.file = (dataPaths.first ?? jsonPath).map { Self.path($0, suffix: suffix) } ?? copy.file
    let aligned = AlignedTables.sameRun(real: real, synthetic: synthetic)
    let holdout = heldOut.map { h in h.selecting(columns: aligned.real.columnNames.map { h.column(named: $0)! }) }
    do throws(EvaluationError) {
      return try Evaluation.run(aligned, holdout: holdout, copies: copies, config: evaluationConfig, progress: progress)
    } catch {
      throw .evaluation(error)
    }
  }

  /// Renders one copy's report files; `copies` is the spread over all copies when there are several.
  private func render(
    _ evaluation: Evaluation, copies: CopiesSummary?, copy: Int, config: SynthesisConfig, rows: Int, reading options: TableOptions, settings: [UInt8],
    summary: MethodSummary, drawnFromReal: [String], tuning: TuningSearch?, suffix: String, seconds: Double?, unicodeFont: PDFUnicodeFont?,
    progress: @escaping ProgressHandler
  ) -> (files: [(path: String, bytes: [UInt8])], text: String, warnings: [RunSummary.Note], verdicts: [RunSummary.Verdict]) {
    let wording = Wording(language: evaluationFlags.language)
    var context = ReportContext(
      wording: wording, synthesis: summary, settings: Self.settingFacts(config, rows: rows, reading: options, wording: wording),
      settingsJSON: settings, runSeconds: seconds, drawnFromReal: drawnFromReal, tuning: tuning)
    context.copies = copies
    context.copy = copy
    let paths = reportPaths.suffixed(suffix)
    let builder = ReportBuilder(evaluation: evaluation, context: context)
    let document = builder.document()
    let (files, lines) = paths.files(document, evaluation, context: context, unicodeFont: unicodeFont, progress: progress)
    let text = EvaluationSummaryText.text(document)
    let warnings = builder.privacyChecks().compactMap { check -> RunSummary.Note? in
      guard check.warns, case .verdict(let v) = check.block else { return nil }
      return RunSummary.Note(code: check.check.rawValue, message: v.text)
    }
    let verdicts = builder.summaryVerdicts().map {
      RunSummary.Verdict(copy: nil, topic: $0.topic, level: $0.verdict.level, label: $0.verdict.label, message: $0.verdict.text)
    }
    return (files, text + lines, warnings, verdicts)
  }

  /// Categoricals with more levels than this make CART trees slow and their leaves thin.
  static let copulaLevels = 1000
  /// Above this many cells CART takes minutes; the copula seconds.
  static let copulaCells: Int64 = 50_000_000

  /// Why the Gaussian copula may suit this table better than CART, or nil.
  static func copulaSuggestion(_ table: Table) -> SynthesisNote? {
    let included = table.columns.filter { !$0.schema.excluded && $0.schema.kind != .empty }
    if let wide = included.first(where: { $0.schema.kind == .categorical && $0.levels.count > copulaLevels }) {
      return .copulaSuggestedForLevels(column: wide.schema.name, levels: wide.levels.count)
    }
    let cells = Int64(table.rowCount) * Int64(included.count)
    if cells > copulaCells { return .copulaSuggestedForSize(rows: table.rowCount, columns: included.count) }
    return nil
  }

  /// The settings as named term/value pairs for the report: the synthesis settings from their
  /// declarations (`SynthesisSetting`), worded in the report's language with the token that
  /// repeats them; then how the file was read (`TableOptions`).
  static func settingFacts(_ config: SynthesisConfig, rows: Int, reading options: TableOptions, wording w: Wording) -> [ReportFact] {
    var config = config
    config.rows = rows
    var facts: [ReportFact] = []
    // The method has a row of its own in the report.
    for setting in SynthesisSetting.all where (setting.method == nil || setting.method == config.method) && setting.key != "method" {
      guard let text = setting.worded(config, w) else { continue }
      facts.append(ReportFact(term: setting.label(w), value: text))
    }
    // How the file was read: its missing-value codes, and each column's own settings, worded.
    if !options.missingCodes.isEmpty {
      facts.append(ReportFact(term: w("Missing-value codes"), value: options.missingCodes.joined(separator: ", ")))
    }
    for o in options.overrides {
      var parts: [String] = []
      if let kind = o.kind { parts.append(w("type \(kind.text(w))")) }
      if !o.missingCodes.isEmpty { parts.append(w("missing-value codes \(o.missingCodes.joined(separator: ", "))")) }
      if !o.notMissing.isEmpty { parts.append(w("real values, not missing: \(o.notMissing.joined(separator: ", "))")) }
      if let include = o.include { parts.append(include ? w("synthesised") : w("left out")) }
      switch o.coarsen {
      case .year: parts.append(w("coarsened to the year"))
      case .month: parts.append(w("coarsened to the month"))
      case .pc4: parts.append(w("coarsened to PC4"))
      case nil: break
      }
      if let k = o.poolRare { parts.append(w("categories with fewer than \(w.count(k)) rows pooled")) }
      guard !parts.isEmpty else { continue }
      facts.append(ReportFact(term: w("Column '\(o.column)'"), value: parts.joined(separator: "; ")))
    }
    return facts
  }

  /// `{"localsynth": version, "input": file, "settings": {...}, "copy": k, "data": [records]}`;
  /// "settings" is a settings file that repeats the run.
  private func document(_ writer: TableWriter, settings: [UInt8], copy: Int) -> [UInt8] {
    var json = JSONWriter(indent: 0)
    json.beginObject()
    json.field("localsynth", Engine.version)
    json.field("input", input)
    json.key("settings")
    json.rawValue(settings)
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
    let (stem, ext) = split(path)
    return stem + suffix + ext
  }
}
