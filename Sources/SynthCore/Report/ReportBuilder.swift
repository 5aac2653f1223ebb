/// What the report knows besides the measures: how the data were made and in which language to write.
struct ReportContext {
  var wording = Wording(language: .en)
  /// Publication (the default) or analyst; see `ReportMode`.
  var mode = ReportMode.publication
  /// How the data were made when the report comes with a synthesis run; nil for `evaluate` on two files.
  var synthesis: MethodSummary? = nil
  var method: SynthesisMethod? { synthesis?.method }
  /// Synthesis parameters, as the settings file spells them.
  var settings: [ReportFact] = []
  /// The same settings as a settings file (JSON object), for the JSON output.
  var settingsJSON: [UInt8]? = nil
  /// Measured by the host (`--timing`); nil keeps the report byte-identical from run to run.
  var runSeconds: Double? = nil
  /// Columns the method drew straight from their real values (`SynthesisResult`).
  var drawnFromReal: [String] = []
  /// The search of `--tune`, when it chose the settings.
  var tuning: TuningSearch? = nil
  /// The spread over all synthetic copies when there are several, and which one this report is (from 0).
  var copies: CopiesSummary? = nil
  var copy = 0
}

/// Turns an `Evaluation` into the report document: what to say, in which order, with which
/// verdicts. Renderers decide only how it looks.
struct ReportBuilder {
  let evaluation: Evaluation
  let context: ReportContext
  var w: Wording { context.wording }

  /// synthpop's vignette: S_pMSE below 3 is good, below 10 acceptable.
  static let goodSPMSE = 3.0
  static let acceptableSPMSE = 10.0
  /// Longest table of columns in the report; the JSON has them all.
  static let maxTableRows = 500
  /// Columns shown with a chart and their statistics.
  static let maxDetailedColumns = 100
  /// Widest matrix drawn as a heatmap.
  static let maxHeatmapColumns = 60

  func moreColumns(_ n: Int) -> String {
    w("… and \(w.count(n)) more columns; the JSON output has every column.")
  }
  /// DUO's heatmap steps and colours, green to red.
  static let stepBounds = [3.0, 10, 30, 100]
  static let stepColors = [
    ReportColor(26, 152, 80), ReportColor(145, 207, 96), ReportColor(254, 224, 139), ReportColor(252, 141, 89), ReportColor(215, 48, 39),
  ]

  func document() -> ReportDocument {
    let e = evaluation
    var sections = [summary(), dataAndSettings(), columnsSection(), pairsSection()]
    if let rules = rulesSection() { sections.append(rules) }
    if let tuning = tuningSection() { sections.append(tuning) }
    sections += [overallUtility(), specificUtility()]
    if let models = modelsSection() { sections.append(models) }
    sections.append(disclosure())
    if let copies = copiesSection() { sections.append(copies) }
    sections.append(method())
    sections.append(glossary())
    if w.dutch {
      for i in sections.indices { sections[i].blocks = sections[i].blocks.map(Self.withDecimalComma) }
    }
    return ReportDocument(
      title: w("Synthetic data evaluation report"),
      subtitle: "\(e.syntheticFile) " + w("compared with") + " \(e.realFile)",
      language: w.language.rawValue,
      footer: "LocalSynth \(Engine.version)",
      marking: context.mode == .analyst ? analystMarking : nil,
      words: ReportWords(page: w("page"), of: w("of"), contents: w("Contents"), real: w("real"), synthetic: w("synthetic")),
      sections: sections)
  }

  /// Charts write their numbers as Dutch does (1,5).
  static func withDecimalComma(_ block: ReportBlock) -> ReportBlock {
    func comma(_ chart: ReportChart) -> ReportChart {
      switch chart {
      case .bars(var b): b.decimalComma = true; return .bars(b)
      case .heatmap(var h): h.decimalComma = true; return .heatmap(h)
      case .scatter(var c): c.decimalComma = true; return .scatter(c)
      case .intervals(var i): i.decimalComma = true; return .intervals(i)
      }
    }
    switch block {
    case .chart(let c): return .chart(comma(c))
    case .chartGrid(let charts): return .chartGrid(charts.map(comma))
    default: return block
    }
  }

  // MARK: Verdicts

  static func level(_ sPMSE: Double) -> ReportVerdict.Level {
    guard !sPMSE.isNaN else { return .info }
    return sPMSE < goodSPMSE ? .good : sPMSE < acceptableSPMSE ? .acceptable : .poor
  }

  func label(_ level: ReportVerdict.Level) -> String {
    switch level {
    case .good: return w("Good")
    case .acceptable: return w("Acceptable")
    case .poor: return w("Poor")
    case .warning: return w("Attention")
    case .info: return w("Note")
    case .insufficient: return w("Too few rows to judge")
    }
  }

  func verdict(_ level: ReportVerdict.Level, _ text: String) -> ReportBlock {
    .verdict(ReportVerdict(level: level, label: label(level), text: text))
  }

  func stepColor(_ value: Double) -> ReportColor? {
    guard !value.isNaN else { return nil }
    for (i, bound) in Self.stepBounds.enumerated() where value < bound { return Self.stepColors[i] }
    return Self.stepColors[Self.stepBounds.count]
  }

  /// A light version of a step colour for table cells, so dark text stays readable.
  func cellColor(_ value: Double) -> ReportColor? {
    guard let c = stepColor(value) else { return nil }
    func light(_ x: UInt8) -> UInt8 { UInt8((Int(x) + 2 * 255) / 3) }
    return ReportColor(light(c.red), light(c.green), light(c.blue))
  }

  func sPMSECell(_ value: Double) -> ReportCell { ReportCell(w.value(value), fill: cellColor(value)) }

  func kindName(_ kind: ColumnKind) -> String { kind.text(w) }

  /// The type with its details, as `analyze` shows it, in the report's language.
  func typeName(_ schema: ColumnSchema) -> String { SchemaText.type(schema).text(w) }




  // MARK: Sections

  private func summary() -> ReportSection {
    let e = evaluation
    var blocks: [ReportBlock] = [
      .paragraph(
        w("This report compares \(w.count(e.syntheticRows)) synthetic rows with the \(w.count(e.realRows)) real rows they were made from: each column, each pair of columns, the table as a whole, and how close synthetic records sit to real people. Utility is measured with synthpop's standardised propensity mean squared error (S_pMSE): about 1 means the synthetic data are as alike to the real data as a random half of the real data would be; below 3 is good and below 10 acceptable.")),
      modeParagraph(),
    ]
    if let small = smallDataVerdict() { blocks.append(small) }
    blocks.append(.heading(w("Utility")))
    blocks += utilityVerdicts()
    if let s = e.specific { blocks.append(specificVerdict(s)) }
    if let rules = rulesVerdict() { blocks.append(rules) }
    blocks.append(.heading(w("Privacy")))
    blocks += privacyVerdicts()
    return ReportSection(id: "summary", title: w("Summary"), blocks: blocks)
  }

  /// Pairs, single columns and the whole table, each judged on what the method cannot meet by
  /// construction.
  func utilityVerdicts() -> [ReportBlock] {
    let e = evaluation
    var blocks: [ReportBlock] = []
    if !e.pairs.isEmpty, let worst = e.worstPairs.first {
      let median = e.medianPairSPMSE, p90 = e.pairQuantile(0.9)
      let tables = e.pairs.map { $0.result }
      var level = Self.worse(tableLevel(median, tables), tableLevel(p90, tables))
      var text = w("Pairs of columns: the median S_pMSE over \(e.pairs.count) pairs is \(w.value(median)) and 90% of pairs are below \(w.value(p90)); the worst pair is \(e.names[worst.first]) × \(e.names[worst.second]) with \(w.value(worst.result.sPMSE)).")
      if level != .insufficient, judgeable(worst.result), worst.result.sPMSE >= Self.acceptableSPMSE {
        level = Self.worse(level, .acceptable)
        text += " " + w("A pair this far off is no chance result: the relation between these two columns is not kept, however well the others are.")
      }
      blocks.append(judgeable(tables) ? verdict(level, text) : tableVerdict(median, tables, text))
    }
    let constructed = constructedColumns
    let judged = e.columns.indices.filter { !constructed.contains($0) }
    let names = UTF8Text.quotedList(constructed.map { e.names[$0] }, limit: 5)
    if !e.columns.isEmpty && judged.isEmpty {
      blocks.append(verdict(.info, w("Single columns: every column holds the real values or was drawn straight from them, so its distribution is kept by construction and KS, TVD and one-way S_pMSE are close to ideal whatever the rows are like. They are no verdict on the method; the pairs, the tree-based model and the distances below are.")))
    } else if let worstColumn = judged.max(by: { Self.less(e.columns[$0].oneWay.sPMSE, e.columns[$1].oneWay.sPMSE) }) {
      let value = e.columns[worstColumn].oneWay.sPMSE
      let good = judged.filter { e.columns[$0].oneWay.sPMSE < Self.goodSPMSE }.count
      var text = w("Single columns: \(good) of \(judged.count) have an S_pMSE below 3; the highest is \(e.names[worstColumn]) with \(w.value(value)).")
      if !constructed.isEmpty {
        text += " " + w("Not counted, as the method keeps their distribution by construction: \(names).")
      }
      blocks.append(tableVerdict(value, judged.map { e.columns[$0].oneWay }, text))
    }
    if let logit = e.propensity.first {
      let text = w("Whole table: a logistic model on all columns tells real from synthetic rows with S_pMSE \(w.value(logit.sPMSE)) (\(logit.parameters) parameters).")
      if logisticByConstruction {
        blocks.append(verdict(.info, text + " " + w("On main effects it sees each column's own distribution only, which the method keeps by construction for \(constructed.count) of \(e.columns.count) columns: no verdict.")))
      } else {
        blocks.append(propensityVerdict(logit, text))
      }
    }
    if let cart = e.cartPropensity {
      let leaves = cart.parameters == 1 ? w("1 leaf") : w("\(w.count(cart.parameters)) leaves")
      let text = w("Whole table, with interactions: a classification tree tells real from synthetic rows with S_pMSE \(w.value(cart.sPMSE)) (\(leaves), against \(cart.permutations) permutations of the labels).")
      if cart.parameters <= 1 {
        blocks.append(verdict(.info, text + " " + w("The tree found no split that tells them apart.")))
      } else {
        blocks.append(propensityVerdict(cart, text))
      }
    }
    for model in e.models { blocks.append(modelVerdict(model)) }
    return blocks
  }

  static func less(_ a: Double, _ b: Double) -> Bool {
    if a.isNaN { return !b.isNaN ? true : false }
    if b.isNaN { return false }
    return a < b
  }

  func specificVerdict(_ s: SpecificUtility) -> ReportBlock {
    let problem = specificProblem(s)
    func judged(_ level: ReportVerdict.Level, _ text: String) -> ReportBlock {
      guard let problem else { return verdict(level, text) }
      return s.testRows < Self.minimumTestRows ? tooFewRows(text + " " + problem) : verdict(.info, text + " " + problem)
    }
    switch s.task {
    case .classification:
      let loss = s.accuracyReal - s.accuracySynthetic
      let level: ReportVerdict.Level = loss.isNaN ? .info : loss <= 0.02 ? .good : loss <= 0.05 ? .acceptable : .poor
      return judged(level,
        w("Prediction: a tree trained on the synthetic data predicts \(s.target) in held-out real rows with accuracy \(w.percent(s.accuracySynthetic)), against \(w.percent(s.accuracyReal)) for the same tree trained on real rows (good within 2 points, acceptable within 5)."))
    case .regression:
      let ratio = s.rmseSynthetic / s.rmseReal
      let level: ReportVerdict.Level = ratio.isNaN ? .info : ratio <= 1.05 ? .good : ratio <= 1.15 ? .acceptable : .poor
      return judged(level,
        w("Prediction: a tree trained on the synthetic data predicts \(s.target) in held-out real rows with RMSE \(w.value(s.rmseSynthetic)), against \(w.value(s.rmseReal)) for the same tree trained on real rows (good within 5%, acceptable within 15%)."))
    }
  }

  /// What to do when synthetic rows sit closer to real people than real people sit to each other.
  var closenessRemedy: String {
    switch context.method {
    case .cart?:
      return w("Rows this close to real people may reveal them. Larger leaves (minbucket 20 or more) or a bootstrap sample per tree (proper) draw rows further from any one person; coarsening or leaving out columns that make people unique helps too.")
    case .gc?:
      return w("Rows this close to real people may reveal them. Coarsening or leaving out columns that make people unique, or fitting the copula without strata, draws rows further from any one person.")
    default:
      return w("Rows this close to real people may reveal them: make the synthesis less detailed (for CART larger leaves or a bootstrap sample per tree), or coarsen or leave out columns that make people unique.")
    }
  }

  /// Real records copied once, on all key columns or on all but a few.
  var replicatedUniquesFlagged: Bool { evaluation.identity.replicatedUniqueCount > 0 || evaluation.nearCopies.replicatedUniqueCount > 0 }

  /// "all columns or all but one", or of the chosen keys: "all of A, B, C or all but one".
  func allBut(_ differing: Int) -> String {
    let none = evaluation.config.keys.isEmpty ? w("all columns") : w("all of ") + evaluation.config.keys.joined(separator: ", ")
    return differing == 1 ? none + w(" or on all but one") : none + w(" or on all but at most \(differing)")
  }

  /// The share of synthetic rows identical to a real row may exceed the share between two real
  /// halves by chance only within three standard errors.
  var identicalRowsFlagged: Bool {
    let e = evaluation
    let b = e.identicalBaseline
    let n = Double(max(min(e.syntheticRows, e.realRows / 2), 1))
    return e.identicalShare > b + 3 * (max(b * (1 - b), 0.25 / n) / n).squareRoot()
  }

  func privacyVerdicts() -> [ReportBlock] { privacyChecks().map { $0.block } }

  /// The summary's verdicts with what each judges, for the run summary (the page shows them
  /// beside the result without reading the report).
  func summaryVerdicts() -> [(topic: VerdictTopic, verdict: ReportVerdict)] {
    var out: [(topic: VerdictTopic, verdict: ReportVerdict)] = []
    func add(_ topic: VerdictTopic, _ blocks: [ReportBlock]) {
      for case .verdict(let v) in blocks { out.append((topic, v)) }
    }
    add(.data, smallDataVerdict().map { [$0] } ?? [])
    add(.utility, utilityVerdicts() + (evaluation.specific.map { [specificVerdict($0)] } ?? []) + (rulesVerdict().map { [$0] } ?? []))
    add(.privacy, privacyVerdicts())
    return out
  }

  /// The summary's privacy verdicts, each with the check it comes from and whether it warns: the
  /// run summary passes the warnings on to the page.
  func privacyChecks() -> [(check: PrivacyCheck, warns: Bool, block: ReportBlock)] {
    let e = evaluation
    var checks: [(check: PrivacyCheck, warns: Bool, block: ReportBlock)] = []
    func add(_ check: PrivacyCheck, _ flagged: Bool, _ block: ReportBlock) { checks.append((check, flagged, block)) }
    let rows = min(e.realRows, e.syntheticRows)
    add(.identicalRows, identicalRowsFlagged, privacyVerdict(flagged: identicalRowsFlagged, rows: rows,
      w("Identical rows: \(w.percent(e.identicalShare, decimals: 2)) of synthetic rows equal a real row on every column; between two random halves of the real data the share is \(w.percent(e.identicalBaseline, decimals: 2)).")))
    let n = e.nearCopies
    if n.differing > 0 {
      add(.nearCopies, n.flagged, privacyVerdict(flagged: n.flagged, rows: rows,
        w("Near-copies: \(w.percent(n.syntheticShare, decimals: 2)) of synthetic rows equal a real row on \(allBut(n.differing)); against one random half of the real data the share is \(w.percent(n.syntheticHalfShare, decimals: 2)), and a real row from the other half matches it in \(w.percent(n.baselineShare, decimals: 2)) of cases.")))
    }
    let i = e.identity, k = e.attribute
    let keys = e.config.keys.isEmpty ? w("all columns") : e.config.keys.joined(separator: ", ")
    var repU = w("Replicated uniques (repU): \(w.percentValue(i.repU)) of real records (\(w.count(i.replicatedUniqueCount))) are unique on \(keys) and appear exactly once in the synthetic data")
    if n.differing > 0 {
      repU += w("; on \(allBut(n.differing)) \(w.percentValue(n.repU)) (\(w.count(n.replicatedUniqueCount)))")
    }
    add(.replicatedUniques, replicatedUniquesFlagged, privacyVerdict(flagged: replicatedUniquesFlagged, rows: rows, repU + w(". 0 is the target.")))
    let d = e.distances
    var distance = w("Distance to closest record: \(w.percent(d.shareBelowBaselineP5)) of \(w.count(d.syntheticQueries)) sampled synthetic rows sit closer to a real row than 95% of real rows sit to another real row (about 5% expected); \(w.percent(d.exactMatchShare)) are exact matches, against \(w.percent(d.baselineExactMatchShare)) among real rows.")
    if d.flagged { distance += " " + closenessRemedy }
    add(.closeToReal, d.flagged, privacyVerdict(flagged: d.flagged, rows: min(d.syntheticQueries, d.baselineQueries), distance))
    if let h = e.holdout {
      add(.holdout, h.flagged, privacyVerdict(flagged: h.flagged, rows: h.syntheticQueries,
        w("Holdout: \(w.percent(h.shareCloserToTraining)) of synthetic rows are closer to the training half than to the held-out half (ideal 50%); \(h.copiedOutliers) real outliers were copied.")))
    }
    if let target = k.target {
      let knowing = e.config.keys.isEmpty ? w("other columns") : keys
      add(.attributeDisclosure, false, verdict(.info,
        w("Attribute disclosure (DiSCO): for \(w.percentValue(k.disco)) of real records, someone who knows their \(knowing) finds one value of \(target) in the synthetic data, and it is the true one. There is no fixed threshold; compare with the share of real records whose value is determined in the real data (Dorig \(w.percentValue(k.dOrig))).")))
    }
    return checks
  }

  private func dataAndSettings() -> ReportSection {
    let e = evaluation
    var facts = [
      ReportFact(term: w("Real data"), value: e.realFile),
      ReportFact(term: w("Synthetic data"), value: e.syntheticFile),
      ReportFact(term: w("Rows"), value: w.count(e.realRows) + " " + w("real") + ", " + w.count(e.syntheticRows) + " " + w("synthetic")),
      ReportFact(term: w("Columns evaluated"), value: w.count(e.names.count)),
    ]
    if let h = e.holdoutRows {
      facts.append(ReportFact(term: w("Held-out real rows"), value: w.count(h) + " " + w("(the synthesiser never saw them)")))
    }
    let method: String
    switch context.method {
    case .cart?: method = w("sequential CART (synthpop)")
    case .gc?: method = w("Gaussian copula")
    case nil: method = w("not known (evaluation of two files)")
    }
    facts.append(ReportFact(term: w("Method"), value: method))
    facts += context.settings
    facts.append(ReportFact(term: w("Evaluation"), value: w("\(e.config.groups) quantile groups for numbers; seed \(e.config.seed); distances on \(w.count(e.distances.syntheticQueries)) sampled rows")))
    facts.append(modeFact())
    facts.append(ReportFact(term: w("Software"), value: "LocalSynth \(Engine.version)"))
    if let seconds = context.runSeconds { facts.append(ReportFact(term: w("Run time"), value: w.seconds(seconds))) }

    var rows: [[ReportCell]] = []
    for (i, c) in e.columns.enumerated().prefix(Self.maxTableRows) {
      rows.append([
        ReportCell(e.names[i]), ReportCell(typeName(e.schemas[i])),
        ReportCell(w.percent(c.real.missingShare)), ReportCell(w.percent(c.synthetic.missingShare)),
        ReportCell(w.count(e.schemas[i].distinctCount)),
      ])
    }
    var blocks: [ReportBlock] = [
      .facts(facts),
      .heading(w("Columns")),
      .table(ReportTable(
        header: [w("Column"), w("Type"), w("Missing, real"), w("Missing, synthetic"), w("Distinct values")],
        numeric: [false, false, true, true, true], rows: rows, widths: [3, 3, 2, 2, 2])),
    ]
    if e.columns.count > Self.maxTableRows { blocks.append(.paragraph(moreColumns(e.columns.count - Self.maxTableRows))) }
    if !e.notes.isEmpty { blocks.append(.list(e.notes.map { $0.text(w) })) }
    return ReportSection(id: "data", title: w("Data and settings"), blocks: blocks)
  }
}

extension EvaluationNote {
  /// The English text (tests and the terminal use it; the report words it per language).
  var text: String { text(Wording(language: .en)) }

  /// A stable camelCase identifier, as `SynthesisNote.code`.
  var code: String {
    switch self {
    case .emptyColumn: return "emptyColumn"
    case .excludedColumn: return "excludedColumn"
    case .notInSynthetic: return "notInSynthetic"
    case .onlyInSynthetic: return "onlyInSynthetic"
    case .pairsLimited: return "pairsLimited"
    case .nearCopiesLimited: return "nearCopiesLimited"
    case .noTarget: return "noTarget"
    }
  }

  func text(_ w: Wording) -> String {
    switch self {
    case .emptyColumn(let name):
      return w("'\(name)' is not evaluated: every value is missing")
    case .excludedColumn(let name, _, let identifier?):
      let what = identifier.name(w)
      return w("'\(name)' is not evaluated: it is left out of synthesis because its values look like \(what), which identify people")
    case .excludedColumn(let name, let kind, nil):
      return w("'\(name)' is not evaluated: it is left out of synthesis (\(kind.rawValue))")
    case .notInSynthetic(let names):
      return w("Not in the synthetic data, so not evaluated: ") + UTF8Text.quotedList(names, limit: 20)
    case .onlyInSynthetic(let names):
      return w("Only in the synthetic data, so not evaluated: ") + UTF8Text.quotedList(names, limit: 20)
    case .pairsLimited(let shown, let total):
      return w("Pairs of columns are measured among the first \(shown) of \(total) columns")
    case .nearCopiesLimited(let asked, let checked):
      return w("Copies of real people were looked for on all key columns but at most \(checked) instead of \(asked): with this many columns more would take too long")
    case .noTarget:
      return w("Specific utility needs a categorical or numeric target column; none was found")
    }
  }
}
