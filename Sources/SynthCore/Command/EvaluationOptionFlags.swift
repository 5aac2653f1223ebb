/// The evaluation and report options shared by `evaluate` and `synth`.
struct EvaluationOptionFlags {
  static let specs: [OptionSpec] = [
    OptionSpec(name: "--target", value: "COLUMN", help: "Column for specific utility and attribute disclosure (default: the last categorical column)."),
    OptionSpec(name: "--keys", value: "A,B,...", help: "Quasi-identifiers for repU and DiSCO (default: all columns for repU, all but the target for DiSCO)."),
    OptionSpec(name: "--groups", value: "N", help: "Quantile groups for numbers in S_pMSE tables (default: 5; DUO uses 25)."),
    OptionSpec(name: "--cart-propensity", value: nil, help: "Also fit synthpop's CART propensity model with 50 permutations (slower)."),
    OptionSpec(name: "--distance-sample", value: "N", help: "Rows sampled per side for distances to the closest record (default: 1000)."),
    LanguageOption.spec,
    OptionSpec(name: "--timing", value: nil, help: "Put the run time in the report (the report then differs from run to run)."),
  ]

  var config = EvaluationConfig()
  var language = Wording.Language.en
  var timing = false

  init(_ a: inout Arguments) throws(UsageError) {
    config.target = try a.value("--target")
    if let keys = try a.value("--keys") {
      config.keys = SynthesisOptionFlags.names(keys).filter { !$0.isEmpty }
      if config.keys.isEmpty { throw a.error("option '--keys' needs column names separated by commas") }
    }
    if let n = try a.int("--groups", atLeast: 2) {
      guard n <= 100 else { throw a.error("option '--groups' allows at most 100 groups, not \(n)") }
      config.groups = n
    }
    config.cartPropensity = a.flag("--cart-propensity")
    if let n = try a.int("--distance-sample", atLeast: 1) {
      guard n <= 100_000 else { throw a.error("option '--distance-sample' allows at most 100000 rows, not \(n)") }
      config.distanceSample = n
    }
    language = try LanguageOption.parse(&a)
    timing = a.flag("--timing")
  }
}

/// Where the report goes: PDF, HTML and JSON, each optional.
struct ReportPaths {
  var pdf: String?
  var html: String?
  var json: String?

  var isEmpty: Bool { pdf == nil && html == nil && json == nil }

  /// Renders the report to every requested file and returns them with the lines to print;
  /// `progress` hears stage "rendering" move from 0 to 1 over the files.
  func files(
    _ document: ReportDocument, _ evaluation: Evaluation, context: ReportContext, progress: @escaping ProgressHandler = { _, _ in }
  ) -> (files: [(path: String, bytes: [UInt8])], text: String) {
    var files: [(path: String, bytes: [UInt8])] = []
    var text = ""
    let total = Double((pdf == nil ? 0 : 1) + (html == nil ? 0 : 1) + (json == nil ? 0 : 1))
    func report() { progress(Self.renderingStage, Double(files.count) / max(total, 1)) }
    report()
    if let pdf {
      files.append((pdf, ReportRendering.pdf(document)))
      text += "Wrote \(pdf)\n"
      report()
    }
    if let html {
      files.append((html, Array(ReportRendering.html(document).utf8)))
      text += "Wrote \(html)\n"
      report()
    }
    if let json {
      files.append((json, EvaluationJSON.document(evaluation, context: context)))
      text += "Wrote \(json)\n"
      report()
    }
    return (files, text)
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
