import Testing

@testable import SynthCore

/// The report's model fits section: in both languages, the publication version without
/// coefficients that rest on a few real rows, and the interval chart.
struct ModelFitsReportTests {
  /// y = 2x + group effect + noise, a group "rare" of 3 rows, and the same table shuffled as a copy.
  static func tables() throws -> (Table, Table) {
    var text = "y,x,group\n"
    var rng = RandomGenerator(seed: 8)
    for i in 0..<300 {
      let x = rng.nextDouble() * 10
      let group = i < 3 ? "rare" : ["a", "b"][i % 2]
      text += "\(NumberFormatting.json(2 * x + (group == "b" ? 1 : 0) + rng.nextNormal())),\(NumberFormatting.json(x)),\(group)\n"
    }
    let real = try Table.read(Array(text.utf8), file: "real.csv")
    var copy = real
    copy.file = "copy.csv"
    var order = Array(0..<real.rowCount)
    rng.shuffle(&order)
    copy.columns[0] = real.columns[0].selecting(order)
    return (real, copy)
  }

  static func evaluation() throws -> Evaluation {
    let (real, copy) = try tables()
    var config = EvaluationConfig()
    config.models = [try ModelFormula("y ~ x + group")]
    config.cartPropensity = .never
    return try Evaluation.run(AlignedTables.sameRun(real: real, synthetic: copy), copies: [copy, real], config: config)
  }

  @Test func sectionInBothLanguages() throws {
    let e = try Self.evaluation()
    let english = ReportBuilder(evaluation: e, context: ReportContext()).document()
    #expect(english.sections.map { $0.title }.contains("Model fits"))
    let dutch = ReportBuilder(evaluation: e, context: ReportContext(wording: Wording(language: .nl))).document()
    let section = dutch.sections.first { $0.id == "models" }!
    #expect(section.title == "Modellen")
    let html = ReportRendering.html(dutch)
    for english in ["Real β", "Pooled β", "Family:", "Lack of fit", "copies are pooled", "the synthetic data give"] {
      #expect(!html.contains(english), "\(english)")
    }
    #expect(html.contains("Gepoolde β (SE)"))
    // The summary carries the model's verdict too.
    #expect(dutch.sections[0].blocks.contains { if case .verdict(let v) = $0 { return v.text.hasPrefix("y ~ x + group:") } else { return false } })
  }

  @Test func publicationLeavesOutCoefficientsOfAFewPeople() throws {
    let e = try Self.evaluation()
    let rare = e.models[0].coefficients.first { $0.name.rName == "grouprare" }!
    #expect(rare.realRows == 3)
    func table(_ mode: ReportMode) -> ReportTable? {
      var context = ReportContext()
      context.mode = mode
      let section = ReportBuilder(evaluation: e, context: context).document().sections.first { $0.id == "models" }!
      for block in section.blocks { if case .table(let t) = block { return t } }
      return nil
    }
    let terms = { (t: ReportTable?) in t?.rows.map { $0[0].text } ?? [] }
    #expect(terms(table(.publication)) == ["(Intercept)", "x", "group: b"])
    #expect(terms(table(.analyst)) == ["(Intercept)", "x", "group: b", "group: rare"])
  }

  @Test func intervalChartDrawsFiniteShapesAndSkipsEmptyRows() {
    let chart = IntervalChart(
      title: "t", labels: ["a", "b", "c"],
      real: [.init(estimate: 1, lower: -1, upper: 3), .init(estimate: .nan, lower: .nan, upper: .nan), .init(estimate: 40, lower: 38, upper: 42)],
      synthetic: [.init(estimate: 2, lower: 0, upper: 4), .init(estimate: 5, lower: 4, upper: 6), .init(estimate: -3, lower: -5, upper: -1)])
    let drawing = ChartDrawing.draw(.intervals(chart), width: 400)
    #expect(drawing.height > 48)
    for shape in drawing.shapes {
      switch shape {
      case .rect(let x, let y, let w, let h, _, _): #expect(x.isFinite && y.isFinite && w.isFinite && h.isFinite)
      case .line(let x1, let y1, let x2, let y2, _, _): #expect(x1.isFinite && y1.isFinite && x2.isFinite && y2.isFinite && x1 >= 0 && x2 <= 400)
      case .text(let x, let y, _, _, _, _, _, _): #expect(x.isFinite && y.isFinite)
      }
    }
    // Five estimates drawn (the NaN one is not), each a small square.
    let squares = drawing.shapes.filter { if case .rect(_, _, 4, 4, _, _) = $0 { return true } else { return false } }
    #expect(squares.count == 5)
  }
}
