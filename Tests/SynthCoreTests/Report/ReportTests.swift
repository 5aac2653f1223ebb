import Testing

@testable import SynthCore

/// Evaluates `synthetic` against `real` (same run: shared levels) and builds the report.
private func evaluate(_ real: Table, _ synthetic: Table, _ change: (inout EvaluationConfig) -> Void = { _ in }) throws -> Evaluation {
  var config = EvaluationConfig()
  change(&config)
  return try Evaluation.run(AlignedTables.sameRun(real: real, synthetic: synthetic), config: config)
}

/// x, y = 2x + noise, a category that follows x, and a flag: strong pairwise structure.
private let related: Table = {
  var text = "x,y,band,flag\n"
  var rng = RandomGenerator(seed: 3)
  for _ in 0..<2000 {
    let x = rng.nextDouble() * 100
    let y = 2 * x + rng.nextNormal() * 5
    let band = x < 33 ? "low" : x < 66 ? "mid" : "high"
    text += "\(NumberFormatting.format(x, style: .decimals(minimum: 2, maximum: 2))),\(NumberFormatting.format(y, style: .decimals(minimum: 2, maximum: 2))),\(band),\(rng.nextDouble() < 0.3 ? "yes" : "no")\n"
  }
  return try! Table.read(Array(text.utf8), file: "related.csv")
}()

/// Each column permuted on its own: every column keeps its values, the pairs lose their relation.
private func columnShuffled(_ table: Table, seed: UInt64) -> Table {
  var rng = RandomGenerator(seed: seed)
  var shuffled = table
  for c in table.columns.indices {
    var order = Array(0..<table.rowCount)
    rng.shuffle(&order)
    shuffled.columns[c] = table.columns[c].selecting(order)
  }
  return shuffled
}

@Test func identicalDataGiveZeroSPMSEAndAreFlaggedAsCopies() throws {
  let e = try evaluate(related, related)
  #expect(e.columns.allSatisfy { $0.oneWay.sPMSE == 0 && ($0.ks.isNaN || $0.ks == 0) })
  #expect(e.pairs.allSatisfy { $0.result.sPMSE == 0 })
  #expect(e.propensity[0].pMSE < 1e-20)
  #expect(e.identicalShare == 1)
  #expect(ReportBuilder(evaluation: e, context: ReportContext()).identicalRowsFlagged)
  #expect(e.distances.exactMatchShare == 1 && e.distances.flagged)
}

@Test func aColumnShuffledCopyKeepsEveryColumnButBreaksThePairs() throws {
  let e = try evaluate(related, columnShuffled(related, seed: 8))
  #expect(e.columns.allSatisfy { $0.oneWay.sPMSE == 0 }, "one-way tables are identical")
  let xy = e.pairs.first { $0.first == 0 && $0.second == 1 }!.result.sPMSE
  #expect(xy > 100, "x and y were related")
  #expect(e.medianPairSPMSE > 10)
  // Main effects cannot see relations between columns; the pairs can.
  #expect(e.propensity[0].sPMSE < 3)
  #expect(abs(e.associations.realAssociation[0][1]) > 0.95 && abs(e.associations.syntheticAssociation[0][1]) < 0.1)
  let builder = ReportBuilder(evaluation: e, context: ReportContext())
  let verdicts = builder.document().sections[0].blocks.compactMap { block -> ReportVerdict? in
    if case .verdict(let v) = block { return v }
    return nil
  }
  guard let pairs = verdicts.first(where: { $0.text.hasPrefix("Pairs of columns") }) else { Issue.record("no pair verdict"); return }
  #expect(pairs.level == .poor)
}

@Test func theReportIsTheSameEveryTimeAndTheJSONParses() throws {
  let real = try sharedSample("weather", rows: 1500)
  let synthetic = try synthesize(real) { $0.seed = 4 }.copies[0]
  let e = try evaluate(real, synthetic)
  let document = ReportBuilder(evaluation: e, context: ReportContext()).document()
  #expect(document.sections.map { $0.id } == ["summary", "data", "columns", "pairs", "overall", "specific", "privacy", "method", "glossary"])
  let pdf = ReportRendering.pdf(document)
  #expect(ReportRendering.pdf(ReportBuilder(evaluation: try evaluate(real, synthetic), context: ReportContext()).document()) == pdf)
  #expect(pdf.starts(with: Array("%PDF-1.4".utf8)))
  let json = EvaluationJSON.document(e, context: ReportContext())
  guard case .object(let members) = try JSONParser.parse(json) else { Issue.record("not an object"); return }
  guard case .array(let columns) = members.first(where: { $0.0 == "columns" })!.1 else { Issue.record("no columns"); return }
  #expect(columns.count == e.columns.count)
}

@Test func theDutchReportIsDutchThroughout() throws {
  let real = try sharedSample("gss_wages", rows: 1500)
  let synthetic = try synthesize(real) { $0.seed = 4 }.copies[0]
  let e = try evaluate(real, synthetic)
  let document = ReportBuilder(evaluation: e, context: ReportContext(wording: Wording(language: .nl), synthesis: .cart)).document()
  #expect(document.sections.map { $0.title } == [
    "Samenvatting", "Data en instellingen", "Kolommen", "Paren van kolommen", "Algemene bruikbaarheid",
    "Specifieke bruikbaarheid", "Onthullingsrisico", "Hoe de methode werkt en haar beperkingen", "Woordenlijst",
  ])
  let html = ReportRendering.html(document)
  #expect(html.contains("<html lang=\"nl\""))
  // Words of the English text that must not leak into the Dutch one.
  for english in ["Summary", " the synthetic data ", "Missing, real", "Good", "Rows with a value", " categorical", "missing (", ": other ("] {
    #expect(!html.contains(english), "\(english)")
  }
}

@Test func hostileColumnNamesAreTextInEveryFormat() throws {
  var text = "<script>alert(1)</script>,) Tj (,\"\"\" onmouseover=\"\"x\"\n"
  for i in 0..<300 { text += "a\(i % 3),\(i % 7),\(i * 13 % 17)\n" }
  let real = try Table.read(Array(text.utf8), file: "hostile.csv")
  let synthetic = try synthesize(real) { $0.seed = 2 }.copies[0]
  let e = try evaluate(real, synthetic)
  let document = ReportBuilder(evaluation: e, context: ReportContext()).document()
  let html = ReportRendering.html(document)
  #expect(!html.contains("<script"))
  #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
  #expect(!html.contains("\" onmouseover=\"x"))
  let pdf = String(decoding: ReportRendering.pdf(document), as: UTF8.self)
  #expect(pdf.contains("(\\) Tj \\()"))
  #expect(!pdf.contains("() Tj ()"))
  let json = String(decoding: EvaluationJSON.document(e, context: ReportContext()), as: UTF8.self)
  #expect(json.contains("\"\\\" onmouseover=\\\"x\""))
}

/// The whole report of 2,000 rows of lawschool with seed 42, publication and analyst versions,
/// pinned by hash: any change in a measure, the wording or a renderer shows here. After an intended change, update the hashes
/// from the failure messages.
@Test func reportsMatchGolden() throws {
  let real = try sharedSample("lawschool", rows: 2000)
  let synthetic = try synthesize(real) { $0.seed = 42 }.copies[0]
  let e = try evaluate(real, synthetic)
  let context = ReportContext(wording: Wording(language: .en), synthesis: .cart)
  let document = ReportBuilder(evaluation: e, context: context).document()
  #expect(fingerprint(EvaluationJSON.document(e, context: context)) == "f717653c6854a194")
  #expect(fingerprint(Array(ReportRendering.html(document).utf8)) == "95cf1da5153879a2")
  #expect(fingerprint(ReportRendering.pdf(document)) == "9759a4fb84948582")
  var full = context
  full.mode = .analyst
  let analyst = ReportBuilder(evaluation: e, context: full).document()
  #expect(fingerprint(Array(ReportRendering.html(analyst).utf8)) == "05a0099c378474c9")
  #expect(fingerprint(ReportRendering.pdf(analyst)) == "0e7c54c86782ccc9")
}
