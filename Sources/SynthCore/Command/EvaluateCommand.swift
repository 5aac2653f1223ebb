/// `localsynth evaluate REAL.csv SYNTH.csv [SYNTH2.csv ...]`: how faithful and how private
/// synthetic data are, as a report in PDF, HTML and JSON. Several synthetic files are m copies:
/// the model fits (`--model`) pool all of them; every other measure compares the first.
struct EvaluateCommand: Subcommand {
  static let name = "evaluate"
  static let abstract = "Compare synthetic data with the real data: utility, disclosure risk, and a report in PDF, HTML and JSON."
  static let usage = "evaluate REAL.csv SYNTH.csv [SYNTH2.csv ...] [--report r.pdf] [--html r.html] [--analyst-report a.pdf] [--json m.json] [--target C] [--keys A,B] [--lang en|nl]"
  static let discussion = """
    The synthetic file is read with the real file's column types and missing-value codes. Measures:
    per column (statistics, KS, TVD, one-way S_pMSE, coverage), every pair of columns (S_pMSE as
    synthpop's utility.tables, correlations), the whole table (logistic propensity S_pMSE), a
    prediction task (train on synthetic, test on real), and disclosure risk (identical rows, repU,
    DiSCO, distance to the closest record). Without --report, --html or --json the summary is printed.
    --report and --html write the publication version: no category or table cell with fewer than
    --min-count real rows, no real minimum or maximum. --analyst-report writes the full version.
    Several synthetic files are copies of one synthesis: --model fits the model on each and pools
    them (synthpop's compare.fit); the other measures compare the first copy.
    """
  static let options: [OptionSpec] = [
    OptionSpec(name: "--report", value: "FILE.pdf", help: "Write the publication report as PDF."),
    OptionSpec(name: "--html", value: "FILE.html", help: "Write the publication report as a standalone HTML page."),
    ReportPaths.analystSpec,
    OptionSpec(name: "--json", value: "FILE.json", help: "Write every measure as JSON."),
    OptionSpec(name: "--holdout", value: "FILE.csv", help: "Real rows the synthesiser never saw: tests prediction on them and adds the holdout privacy test."),
    OptionSpec(name: "--seed", value: "S", help: "Seed for the samples of the evaluation (default: 1)."),
    Self.rule.spec,
    OptionSpec(name: "--proper", value: nil, help: "The synthetic copies come from a proper synthesis (synth --proper): the pooled model variance uses the proper rule."),
  ] + EvaluationOptionFlags.specs + TableOptionFlags.specs

  /// `--rule`, declared with the synthesis settings: here it only counts the rows that keep it.
  static let rule = SynthesisSetting.named("rules")!

  var real: String
  var synthetic: String
  /// The other synthetic copies, for the model fits.
  var otherCopies: [String] = []
  var holdout: String?
  var paths: ReportPaths
  var evaluationFlags: EvaluationOptionFlags
  var tableFlags: TableOptionFlags

  init(_ a: inout Arguments) throws(UsageError) {
    paths = ReportPaths(pdf: try a.path("--report"), html: try a.path("--html"), json: try a.path("--json"), analyst: try ReportPaths.analystPaths(&a), jsonOption: "--json")
    try ReportPaths.checkFormats(pdf: paths.pdf, html: paths.html, a)
    holdout = try a.path("--holdout")
    evaluationFlags = try EvaluationOptionFlags(&a)
    if let seed = try a.seed() { evaluationFlags.config.seed = seed }
    if let rules = try SynthesisOptionFlags.parse(.rules, flag: "--rule", placeholder: Self.rule.placeholder, &a) {
      // Each text parsed in `parse`.
      evaluationFlags.config.rules = SynthesisSetting.names(rules).compactMap { try? Rule($0) }
    }
    evaluationFlags.config.proper = a.flag("--proper")
    tableFlags = try TableOptionFlags(&a)
    try a.rejectUnknown(EvaluateCommand.options)
    let files = a.positionals()
    if files.count < 2 { throw a.error("give the real file and the synthetic file: evaluate REAL.csv SYNTH.csv") }
    guard files.allSatisfy({ !$0.isEmpty }) else { throw a.error("an input file name is empty") }
    real = files[0]
    synthetic = files[1]
    otherCopies = Array(files.dropFirst(2))
  }

  var outputPaths: [OutputPath] { paths.outputs }

  var inputPaths: [String] {
    [real, synthetic] + otherCopies + (holdout.map { [$0] } ?? []) + (tableFlags.settingsPath.map { [$0] } ?? []) + paths.bundledInputs
  }

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    let started = files.clock()
    let options = try tableFlags.resolve(files)
    let realTable = try files.table(real, options: options, progress: progress)
    let like = AlignedTables.readingOptions(like: realTable, base: options)
    let syntheticTable = try files.table(synthetic, options: like, progress: progress)
    let holdoutRead = try holdout.map { (path) throws(CommandError) -> Table in try files.table(path, options: like, progress: progress) }
    /// A synthetic table aligned with the real one, and the holdout aligned with both.
    func aligning(_ syntheticTable: Table) throws(EvaluationError) -> (AlignedTables, Table?) {
      guard let holdoutRead else { return (try AlignedTables.align(real: realTable, synthetic: syntheticTable), nil) }
      // Merge the holdout's levels into the real ones first; synthetic levels come after both.
      let h = try AlignedTables.align(real: realTable, synthetic: holdoutRead)
      let aligned = try AlignedTables.align(real: h.real, synthetic: syntheticTable)
      var kept = h.synthetic
      kept.columns = aligned.real.columns.map { column in
        var c = h.synthetic.columns[h.synthetic.column(named: column.schema.name)!]
        if c.usesLevels { c.levels = column.levels }
        return c
      }
      return (aligned, kept)
    }
    // Every copy is read and aligned as the first; the model fits find their columns by name.
    var tables = [syntheticTable]
    for path in otherCopies { tables.append(try files.table(path, options: like, progress: progress)) }
    var runs: [(AlignedTables, Table?)] = []
    do throws(EvaluationError) {
      for table in tables { runs.append(try aligning(table)) }
    } catch {
      throw .evaluation(error)
    }
    let copies = runs.map { $0.0.synthetic }
    // The report describes the first copy; the others are measured too, for the spread over all
    // copies (the model fits, over all copies, once).
    var evaluations: [Evaluation] = []
    for (k, (aligned, holdoutTable)) in runs.enumerated() {
      var config = evaluationFlags.config(reading: options, workers: files.workers)
      if k > 0 { config.models = [] }
      do throws(EvaluationError) {
        evaluations.append(try Evaluation.run(aligned, holdout: holdoutTable, copies: k == 0 ? copies : nil, config: config, progress: progress))
      } catch {
        throw .evaluation(error)
      }
    }
    let evaluation = evaluations[0]
    var context = ReportContext(wording: Wording(language: evaluationFlags.language))
    if evaluations.count > 1 { context.copies = CopiesSummary(evaluations) }
    if evaluationFlags.timing { context.runSeconds = files.clock() - started }
    var result = CommandResult()
    let w = context.wording
    var text = CommandWord.evaluated(synthetic: synthetic, syntheticRows: evaluation.syntheticRows, real: real, realRows: evaluation.realRows, columns: evaluation.names.count).text(w) + "\n"
    // Columns that were not compared are said here too, not only in the report.
    for note in evaluation.notes {
      switch note {
      case .notInSynthetic, .onlyInSynthetic: text += CommandWord.note.text(w) + note.text(w) + "\n"
      default: break
      }
    }
    if !otherCopies.isEmpty { text += CommandWord.note.text(w) + w("the report describes the first synthetic file; its section 'All copies' gives the spread of the measures over all \(w.count(evaluations.count)) files") + "\n" }
    let document = ReportBuilder(evaluation: evaluation, context: context).document()
    text += EvaluationSummaryText.text(document)
    let (written, lines) = paths.files(document, evaluation, context: context, unicodeFont: files.unicodeFont(), progress: progress)
    result.files = written
    text += lines
    result.stdout = Array(UTF8Text.printable(text).utf8)
    return result
  }
}
