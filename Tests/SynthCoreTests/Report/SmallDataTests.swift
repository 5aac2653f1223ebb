import Testing

@testable import SynthCore

/// The first `rows` rows of cps1985 synthesised and evaluated, with the report in `language`.
private func smallReport(rows: Int, language: Wording.Language) throws -> (Evaluation, ReportDocument) {
  let real = try sharedSample("cps1985", rows: rows)
  let synthetic = try synthesize(real) { $0.seed = 3 }.copies[0]
  let e = try Evaluation.run(AlignedTables.sameRun(real: real, synthetic: synthetic), config: EvaluationConfig())
  return (e, ReportBuilder(evaluation: e, context: ReportContext(wording: Wording(language: language), synthesis: .cart)).document())
}

private func verdicts(_ document: ReportDocument) -> [ReportVerdict] {
  document.sections.flatMap { $0.blocks }.compactMap { block -> ReportVerdict? in
    if case .verdict(let v) = block { return v }
    return nil
  }
}

/// 5 and 50 real rows: no verdict says "Good"; the report says the measures are uncertain, and
/// every check that would have passed says there are too few rows to judge.
@Test(arguments: [5, 50]) func tinySamplesGetNoGoodVerdicts(rows: Int) throws {
  for language in [Wording.Language.en, .nl] {
    let (e, document) = try smallReport(rows: rows, language: language)
    let w = Wording(language: language)
    let all = verdicts(document)
    #expect(!all.contains { $0.level == .good || $0.level == .acceptable }, "\(rows) rows, \(language)")
    #expect(all.contains { $0.level == .insufficient && $0.label == w("Too few rows to judge", "Te weinig rijen om te beoordelen") })
    // The first verdict says that the measures are uncertain.
    let first = all[0]
    #expect(first.level == .warning)
    #expect(first.text.hasPrefix(w("Small data: the real data have \(rows) rows, fewer than 1,000 (DUO's threshold).", "Weinig data: de echte data hebben \(rows) rijen, minder dan 1.000 (de drempel van DUO).")))
    // The sample of distances is as large as the data, and says so.
    let distance = all.first { $0.text.hasPrefix(w("Distance to closest record", "Afstand tot het dichtstbijzijnde record")) }!
    #expect(distance.text.contains(w(" of \(rows) sampled synthetic rows", " van \(rows) getrokken synthetische rijen")))
    #expect(!distance.text.contains("1,000") && !distance.text.contains("1.000"))
    let html = ReportRendering.html(document)
    #expect(!html.contains("ls-verdict ls-good") && !html.contains(">" + w("Good", "Goed") + "<"))
    let pdf = String(decoding: ReportRendering.pdf(document), as: UTF8.self)
    #expect(!pdf.contains("(" + w("Good", "Goed") + ")"))
    let json = String(decoding: EvaluationJSON.document(e, context: ReportContext(wording: w)), as: UTF8.self)
    #expect(json.contains("\"utility\": \"insufficient\""))
  }
}

/// The same on the command line: the terminal's summary and the run summary's notes.
@Test func theCommandLineSaysSmallDataToo() throws {
  let file = try sharedSample("cps1985", rows: 50)
  var writer = TableWriter(table: file)
  writer.formulas = .keep
  let csv = String(decoding: writer.csv(), as: UTF8.self)
  let r = run(["synth", "d.csv", "-o", "o.csv", "--summary", "s.json", "--lang", "nl"], files: [("d.csv", csv)])
  #expect(r.code == 0)
  #expect(!r.stdout.contains("  Goed. ") && !r.stdout.contains("  Acceptabel. "))
  #expect(r.stdout.contains("Let op: de data hebben 50 echte rijen, minder dan 1.000"), "\(r.stdout)")
  #expect(r.stdout.contains("\n  Let op. Weinig data: de echte data hebben 50 rijen"))
  let summary = r.files.first { $0.0 == "s.json" }!.1
  #expect(summary.contains(#""code": "smallData","#))
  #expect(summary.contains("de data hebben 50 echte rijen, minder dan 1.000: de maten voor bruikbaarheid en privacy in het rapport zijn onzeker"))
}

/// "accuracy 0.0% vs 0.0%" or a target with one class in the test rows gives no verdict, however
/// many rows there are; enough rows of two classes give one.
@Test func degenerateComparisonsGiveNoVerdict() throws {
  let (e, _) = try smallReport(rows: 534, language: .en)
  let builder = ReportBuilder(evaluation: e, context: ReportContext())
  var s = SpecificUtility(target: "sector", task: .classification, trainRows: 700, testRows: 300, syntheticRows: 1000)
  s.accuracyReal = 0
  s.accuracySynthetic = 0
  s.baselineAccuracy = 0.5
  s.testClassCounts = [150, 150]
  guard case .verdict(let none) = builder.specificVerdict(s) else { Issue.record("no verdict block"); return }
  #expect(none.level == .info && none.label == "Note")
  #expect(none.text.hasSuffix("No verdict: neither model predicts any test row right."))
  s.accuracyReal = 1
  s.accuracySynthetic = 1
  s.baselineAccuracy = 1
  s.testClassCounts = [300, 0]
  guard case .verdict(let one) = builder.specificVerdict(s) else { Issue.record("no verdict block"); return }
  #expect(one.level == .info && one.text.hasSuffix("No verdict: fewer than two classes of sector have 5 or more test rows, so every model gives the same answer."))
  s.testClassCounts = [296, 4]
  guard case .verdict(let rare) = builder.specificVerdict(s) else { Issue.record("no verdict block"); return }
  #expect(rare.level == .info)
  s.accuracyReal = 0.80
  s.accuracySynthetic = 0.79
  s.testClassCounts = [200, 100]
  guard case .verdict(let judged) = builder.specificVerdict(s) else { Issue.record("no verdict block"); return }
  #expect(judged.level == .good)
  s.testRows = 199
  guard case .verdict(let few) = builder.specificVerdict(s) else { Issue.record("no verdict block"); return }
  #expect(few.level == .insufficient && few.text.hasSuffix("There are 199 real test rows; comparing accuracies or errors needs at least 200."))
  var r = SpecificUtility(target: "wage", task: .regression, trainRows: 700, testRows: 300, syntheticRows: 1000)
  r.rmseReal = 0
  r.rmseSynthetic = 0
  guard case .verdict(let flat) = builder.specificVerdict(r) else { Issue.record("no verdict block"); return }
  #expect(flat.level == .info && flat.text.hasSuffix("No verdict: the model trained on real rows has no error to compare with."))
}

/// A table is judged with 5 rows per cell on each side and about 22 rows per degree of freedom;
/// a single cell never.
@Test func tablesAreJudgedFromEnoughRowsPerCellAndDegreeOfFreedom() throws {
  let (e, _) = try smallReport(rows: 50, language: .en)
  let builder = ReportBuilder(evaluation: e, context: ReportContext())
  func table(_ rows: Int, cells: Int) -> TableUtility.Result {
    TableUtility.Result(
      realRows: rows, syntheticRows: rows, shape: [cells], labels: [], cells: (0..<cells).map { Int64($0) }, real: [], synthetic: [],
      zdiff: [], vw: 0, df: cells - 1, sPMSE: 1, pMSE: 0)
  }
  #expect(!builder.judgeable(table(1000, cells: 1)))
  #expect(builder.judgeable(table(1068, cells: 25)))  // n_e = 534: 534 · 0.09 = 48.06 ≥ 48
  #expect(!builder.judgeable(table(1066, cells: 25)))
  #expect(!builder.judgeable(table(60, cells: 20)), "under 5 rows per cell")
  #expect(builder.judgeable(table(90, cells: 2)))
}
