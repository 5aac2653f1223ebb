import Testing

@testable import SynthCore

/// `--model` against R's lm/glm (values from statsmodels, `ModelFitFixtures`), the pooling of m
/// copies against the published formulas, and the formula's messages in both languages.
struct ModelComparisonTests {
  static func table() throws -> Table {
    try Table.read(try fixtureBytes("model/table.csv"), file: "table.csv")
  }

  /// Fits `model` on the fixture table and checks every coefficient and standard error to 1e-8 relative.
  func check(_ model: ModelFitFixtures.Model, family: GLMFamily? = nil) throws {
    let real = try Self.table()
    let design = try ModelDesign(try ModelFormula(model.formula), family: family, real: real, copies: [real])
    #expect(design.family.rawValue == model.family)
    let rows = design.rows(real)
    #expect(rows.y.count == 200 && rows.missing == 0)
    let fit = GeneralizedLinearModel.fit(rows.design, rows.y, family: design.family, intercept: design.intercept)
    #expect(fit.converged)
    #expect(!fit.boundary)
    #expect(design.names.count == model.terms.count, "\(model.formula): \(design.names.map { $0.rName })")
    for term in model.terms {
      guard let j = design.names.firstIndex(where: { $0.rName == term.name }) else {
        Issue.record("\(model.formula): no coefficient \(term.name) in \(design.names.map { $0.rName })")
        continue
      }
      #expect(abs(fit.coefficients[j] - term.estimate) <= 1e-8 * abs(term.estimate), "\(model.formula) \(term.name): \(fit.coefficients[j]) vs \(term.estimate)")
      #expect(abs(fit.standardErrors[j] - term.se) <= 1e-8 * abs(term.se), "\(model.formula) \(term.name) se: \(fit.standardErrors[j]) vs \(term.se)")
    }
    #expect(abs(fit.deviance - model.deviance) <= 1e-8 * model.deviance)
  }

  @Test func gaussianMatchesLm() throws { try check(ModelFitFixtures.gaussian) }
  @Test func binomialMatchesGlm() throws { try check(ModelFitFixtures.binomial, family: .binomial) }
  @Test func binomialOnTwoCategoriesCountsTheSecondLevel() throws {
    try check(ModelFitFixtures.binomialLevels)
    let real = try Self.table()
    // bought is a boolean of words (yes/no): R reads text, so the second level in sorted order is 1.
    let design = try ModelDesign(try ModelFormula("bought ~ income"), family: nil, real: real, copies: [])
    #expect(design.family == .binomial && design.familyChosen)
    #expect(design.outcome == .levels(negative: "no", positive: "yes"))
    // A categorical of two levels: "b" is 1.
    var text = "g,x\n"
    for i in 0..<40 { text += "\(["a", "b", "b"][i % 3]),\(Double(i % 9) + 0.5)\n" }
    let t = try Table.read(Array(text.utf8), file: "t.csv")
    #expect(t.columns[0].schema.kind == .categorical)
    let two = try ModelDesign(try ModelFormula("g ~ x"), family: nil, real: t, copies: [])
    #expect(two.family == .binomial && two.outcome == .levels(negative: "a", positive: "b"))
    #expect(two.rows(t).y.prefix(3) == [0, 1, 1])
  }
  @Test func poissonMatchesGlm() throws { try check(ModelFitFixtures.poisson, family: .poisson) }
  @Test func withoutInterceptEveryLevelHasItsCoefficient() throws { try check(ModelFitFixtures.noIntercept) }

  @Test func booleanOutcomeChoosesBinomial() throws {
    let design = try ModelDesign(try ModelFormula("member ~ age"), family: nil, real: try Self.table(), copies: [])
    #expect(design.family == .binomial)
  }

  @Test func aliasedColumnIsDroppedNotFatal() throws {
    // twice = 2·age: R reports NA for it; the others are the fit without it.
    var text = "y,age,twice\n"
    for i in 0..<30 { text += "\(Double(i % 7) + 0.5 * Double(i % 10)),\(i % 10),\(2 * (i % 10))\n" }
    let t = try Table.read(Array(text.utf8), file: "t.csv")
    let design = try ModelDesign(try ModelFormula("y ~ age + twice"), family: nil, real: t, copies: [])
    let rows = design.rows(t)
    let fit = GeneralizedLinearModel.fit(rows.design, rows.y, family: .gaussian, intercept: true)
    #expect(fit.aliased == [false, false, true])
    #expect(fit.coefficients[2].isNaN && fit.standardErrors[2].isNaN)
    #expect(fit.coefficients[1].isFinite)
  }

  @Test func separationIsANoteNotATrap() throws {
    var text = "y,x\n"
    for i in 0..<40 { text += "\(i < 20 ? 0 : 1),\(Double(i / 2) + 0.5)\n" }
    let t = try Table.read(Array(text.utf8), file: "t.csv")
    let design = try ModelDesign(try ModelFormula("y ~ x"), family: .binomial, real: t, copies: [])
    let c = ModelComparison.compare(design, real: t, copies: [t], proper: false)
    #expect(c.real.boundary)
    #expect(c.coefficients.count == 2)
  }

  @Test func missingRowsAreDroppedAndCounted() throws {
    let t = try Table.read(Array("y,x,g\n1,2,a\n2,,b\n3,4,\n4,5,a\n5,7,b\n6,6,a\n".utf8), file: "t.csv")
    let design = try ModelDesign(try ModelFormula("y ~ x + g"), family: nil, real: t, copies: [])
    let rows = design.rows(t)
    #expect(rows.y == [1, 4, 5, 6])
    #expect(rows.missing == 2)
  }

  /// Three copies with made-up estimates: q̄, v̄, b, T and the comparisons by hand.
  @Test func poolingFollowsRaabNowokDibben() throws {
    // A real fit y = 1 + 2x (n = 4) and copies of k = 4 rows each: the slope per copy is read off
    // the fit, so build copies whose least-squares slope and SE are known: y = a + b·x + e with
    // e = (+d, −d, −d, +d) at x = 0, 1, 2, 3 has slope b and residuals orthogonal to x.
    func table(_ b: Double, _ d: Double) throws -> Table {
      var text = "y,x\n"
      for (x, e) in [(0.0, d), (1, -d), (2, -d), (3, d)] { text += "\(1 + b * x + e),\(x)\n" }
      return try Table.read(Array(text.utf8), file: "t.csv")
    }
    let real = try table(2, 0.5), copies = [try table(1.5, 0.5), try table(2.5, 1), try table(2.0, 0.25)]
    let design = try ModelDesign(try ModelFormula("y ~ x"), family: nil, real: real, copies: copies)
    let c = ModelComparison.compare(design, real: real, copies: copies, proper: false)
    // Slope SE of one copy: σ̂² = RSS/(n − 2) = 4d²/2, Sxx = 5, se = √(2d²/5).
    let se = { (d: Double) in (2 * d * d / 5).squareRoot() }
    let slope = c.coefficients[1]
    #expect(slope.name.rName == "x")
    expectNear(slope.real.value, 2)
    expectNear(slope.real.standardError, se(0.5))
    for (i, (b, d)) in [(1.5, 0.5), (2.5, 1.0), (2.0, 0.25)].enumerated() {
      expectNear(slope.copies[i].value, b)
      expectNear(slope.copies[i].standardError, se(d))
      expectNear(slope.standardisedDifferences[i], (b - 2) / se(0.5))
    }
    // q̄ = 2, v̄ = (0.1 + 0.4 + 0.025)/3 = 0.175, b = (0.25 + 0.25 + 0)/2 = 0.25; k = n = 4, m = 3.
    expectNear(slope.pooled.estimate, 2)
    expectNear(slope.pooled.withinVariance, 0.175)
    expectNear(slope.pooled.betweenVariance, 0.25)
    expectNear(slope.pooled.standardError, 0.175.squareRoot())
    // T = v̄·k/n·(1 + n/(k·m)) = 0.175·(1 + 1/3); proper: 0.175·(1 + 2/3).
    expectNear(slope.pooled.populationStandardError, (0.175 * 4 / 3).squareRoot())
    expectNear(slope.pooled.standardisedDifference, 0)
    // Both intervals centred on 2: overlap = ½(1 + se_r/se_s) with the narrower inside.
    let sr = se(0.5), ss = 0.175.squareRoot()
    expectNear(slope.pooled.overlap, 0.5 * (min(sr, ss) / sr + min(sr, ss) / ss))
    let proper = ModelComparison.compare(design, real: real, copies: copies, proper: true)
    expectNear(proper.coefficients[1].pooled.populationStandardError, (0.175 * 5 / 3).squareRoot())
    #expect(c.m == 3 && c.real.rows == 4)
  }

  @Test func lackOfFitIsZeroForIdenticalCopies() throws {
    let real = try Self.table()
    let design = try ModelDesign(try ModelFormula("income ~ age + region"), family: nil, real: real, copies: [real, real])
    let c = ModelComparison.compare(design, real: real, copies: [real, real], proper: false)
    expectNear(c.lackOfFit, 0)
    #expect(c.lackOfFitDegrees == 4)
    expectNear(c.lackOfFitPValue, 1)
    expectNear(c.meanOverlap, 1)
    expectNear(c.meanAbsoluteDifference, 0)
  }

  @Test func evaluationFitsEveryCopy() throws {
    let real = try Self.table()
    var config = EvaluationConfig()
    config.models = [try ModelFormula("income ~ age + region")]
    config.cartPropensity = .never
    let aligned = try AlignedTables.align(real: real, synthetic: real)
    let e = try Evaluation.run(aligned, copies: [real, real, real], config: config)
    #expect(e.models.count == 1 && e.models[0].m == 3)
    let json = String(decoding: EvaluationJSON.document(e, context: ReportContext(wording: Wording(language: .en))), as: UTF8.self)
    #expect(json.contains("\"models\""))
    #expect(json.contains("\"rName\": \"regionnorth\""))
  }

  @Test func unknownColumnInEvaluationSaysWhereInBothLanguages() throws {
    let real = try Self.table()
    var config = EvaluationConfig()
    config.models = [try ModelFormula("income ~ agee + region")]
    let aligned = try AlignedTables.align(real: real, synthetic: real)
    do {
      _ = try Evaluation.run(aligned, config: config)
      Issue.record("no error")
    } catch {
      #expect(error.english == "model 'income ~ agee + region', at character 10: there is no column 'agee'; did you mean 'age'?")
      #expect(error.dutch == "model 'income ~ agee + region', bij teken 10: er is geen kolom 'agee'; bedoelt u 'age'?")
    }
  }
}

