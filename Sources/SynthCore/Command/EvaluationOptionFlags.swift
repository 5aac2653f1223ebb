/// The evaluation and report options shared by `evaluate` and `synth`.
struct EvaluationOptionFlags {
  static let specs: [OptionSpec] = [
    OptionSpec(name: "--target", value: "COLUMN", help: "Column for specific utility and attribute disclosure (default: the last categorical column)."),
    OptionSpec(name: "--keys", value: "A,B,...", help: "Quasi-identifiers for repU and DiSCO (default: all columns for repU, all but the target for DiSCO)."),
    EvaluationSetting.groups.spec,
    OptionSpec(name: "--cart-propensity", value: nil, help: "Fit synthpop's CART propensity model with 50 permutations (by default it is fitted with 10 on tables up to 1,500,000 stacked cells)."),
    OptionSpec(name: "--no-cart-propensity", value: nil, help: "Do not fit the CART propensity model."),
    EvaluationSetting.distanceSample.spec,
    EvaluationSetting.models.spec,
    EvaluationSetting.family.spec,
    NearCopyOption.spec,
    LanguageOption.spec,
    ThreadsOption.spec,
    OptionSpec(name: "--timing", value: nil, help: "Put the run time in the report (the report then differs from run to run)."),
  ]

  var config = EvaluationConfig()
  var language = Wording.Language.en
  var timing = false
  /// `--threads`, when given.
  var threads: Int?
  /// `--near-copies`, when given (`synth` also reads it from a settings file).
  var nearCopies: Int?

  init(_ a: inout Arguments) throws(UsageError) {
    config.target = try a.value("--target")
    if let keys = try a.value("--keys") {
      config.keys = SynthesisOptionFlags.names(keys).filter { !$0.isEmpty }
      if config.keys.isEmpty { throw a.error("option '--keys' needs column names separated by commas") }
    }
    for setting in EvaluationSetting.all {
      if let value = try setting.parse(&a) { setting.set(&config, value) }
    }
    let always = a.flag("--cart-propensity"), never = a.flag("--no-cart-propensity")
    if always && never { throw a.error("options '--cart-propensity' and '--no-cart-propensity' cannot go together") }
    config.cartPropensity = always ? .always : never ? .never : .automatic
    nearCopies = try NearCopyOption.parse(&a)
    if let nearCopies { config.nearCopyColumns = nearCopies }
    language = try LanguageOption.parse(&a)
    timing = a.flag("--timing")
    threads = try ThreadsOption.parse(&a)
  }

  /// The evaluation's settings for a table read with `options`: the one place where the rare
  /// threshold (`--min-count`) reaches the evaluation and its reports.
  func config(reading options: TableOptions, workers: Workers) -> EvaluationConfig {
    var config = self.config
    config.minimumCount = options.minimumCount
    config.workers = workers.limited(to: threads)
    return config
  }
}

/// Where the report goes: PDF, HTML and JSON, each optional, and analyst reports.
struct ReportPaths {
  /// Publication reports.
  var pdf: String?
  var html: String?
  var json: String?
  /// Full reports with real values, PDF or HTML by their extension.
  var analyst: [String] = []
  /// The option that names `json`: `--metrics` for synth, `--json` for evaluate.
  var jsonOption = "--metrics"

  var isEmpty: Bool { pdf == nil && html == nil && json == nil && analyst.isEmpty }

  /// The bundled files the reports may need: the Unicode font, for PDFs only.
  var bundledInputs: [String] {
    pdf != nil || analyst.contains { Self.isPDF($0) == true } ? [PDFUnicodeFont.path] : []
  }

  static let analystSpec = OptionSpec(
    name: "--analyst-report", value: "FILE.pdf|FILE.html",
    help: "Also write the full report with real values (rare categories, extremes, small cells), marked \"not for publication\" on every page.",
    repeatable: true)

  /// `--analyst-report` values, each ending in .pdf or .html.
  static func analystPaths(_ a: inout Arguments) throws(UsageError) -> [String] {
    let paths = try a.values("--analyst-report")
    for path in paths where isPDF(path) == nil || path.isEmpty {
      throw a.error("option '--analyst-report' needs a file ending in .pdf or .html, not '\(path)'")
    }
    return paths
  }

  /// `--report` and `--html` with the other format's extension: a PDF in a file called .html (or
  /// HTML in one called .pdf) would open as garbage, so the words are refused.
  static func checkFormats(pdf: String?, html: String?, _ a: Arguments) throws(UsageError) {
    if let pdf, isPDF(pdf) == false { throw a.error("option '--report' writes a PDF, not HTML; for the HTML report give --html \(pdf)") }
    if let html, isPDF(html) == true { throw a.error("option '--html' writes HTML, not a PDF; for the PDF report give --report \(html)") }
  }

  /// true for .pdf, false for .html or .htm, nil for anything else.
  static func isPDF(_ path: String) -> Bool? {
    let lower = UTF8Text.asciiLowercased(path)
    if lower.hasSuffix(".pdf") { return true }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return false }
    return nil
  }

  /// Renders the report to every requested file and returns them with the lines to print;
  /// `document` is the publication report, the analyst one is built here when asked for.
  /// PDFs set text WinAnsi lacks in `unicodeFont`, and say so when it was missing or lacked some.
  /// `progress` hears stage "rendering" move from 0 to 1 over the files.
  func files(
    _ document: ReportDocument, _ evaluation: Evaluation, context: ReportContext, unicodeFont: PDFUnicodeFont? = nil,
    progress: @escaping ProgressHandler = { _, _ in }
  ) -> (files: [(path: String, bytes: [UInt8])], text: String) {
    var files: [(path: String, bytes: [UInt8])] = []
    var text = ""
    let total = Double((pdf == nil ? 0 : 1) + (html == nil ? 0 : 1) + (json == nil ? 0 : 1) + analyst.count)
    func report() { progress(Self.renderingStage, Double(files.count) / max(total, 1)) }
    report()
    if let pdf {
      let (bytes, shortfall) = ReportRendering.pdfNotingFonts(document, unicodeFont: unicodeFont)
      files.append((pdf, bytes))
      text += CommandWord.wrote(pdf).text(context.wording) + "\n" + shortfall.notes(pdf)
      report()
    }
    if let html {
      files.append((html, Array(ReportRendering.html(document).utf8)))
      text += CommandWord.wrote(html).text(context.wording) + "\n"
      report()
    }
    if !analyst.isEmpty {
      var full = context
      full.mode = .analyst
      let analystDocument = ReportBuilder(evaluation: evaluation, context: full).document()
      for path in analyst {
        if Self.isPDF(path) == true {
          let (bytes, shortfall) = ReportRendering.pdfNotingFonts(analystDocument, unicodeFont: unicodeFont)
          files.append((path, bytes))
          text += CommandWord.wrote(path).text(context.wording) + "\n" + shortfall.notes(path)
        } else {
          files.append((path, Array(ReportRendering.html(analystDocument).utf8)))
          text += CommandWord.wrote(path).text(context.wording) + "\n"
        }
        report()
      }
    }
    if let json {
      files.append((json, EvaluationJSON.document(evaluation, context: context)))
      text += CommandWord.wrote(json).text(context.wording) + "\n"
      report()
    }
    return (files, text)
  }

  /// Every path with `suffix` before its extension (copies: `_2`).
  /// The report files with the options that name them.
  var outputs: [OutputPath] {
    [("--report", pdf), ("--html", html), (jsonOption, json)].compactMap { o, p in p.map { OutputPath(option: o, path: $0) } }
      + analyst.map { OutputPath(option: Self.analystSpec.name, path: $0) }
  }

  func suffixed(_ suffix: String) -> ReportPaths {
    ReportPaths(
      pdf: pdf.map { SynthCommand.path($0, suffix: suffix) }, html: html.map { SynthCommand.path($0, suffix: suffix) },
      json: json.map { SynthCommand.path($0, suffix: suffix) }, analyst: analyst.map { SynthCommand.path($0, suffix: suffix) }, jsonOption: jsonOption)
  }

  static let renderingStage = "rendering"
}

/// The summary verdicts as plain text lines, for the terminal.
enum EvaluationSummaryText {
  static func text(_ document: ReportDocument) -> String {
    var text = ""
    for block in document.sections[0].blocks {
      switch block {
      case .heading(let h): text += h + ":\n"
      case .verdict(let v): text += "  " + v.label + ". " + v.text + "\n"
      default: break
      }
    }
    return text
  }
}
