import Testing

@testable import SynthCore

/// The per-column models (`ColumnMethod`) on the shared cps1985 table: each keeps what its model
/// promises, and misuse is a clear error.
@Suite struct ColumnMethodTests {
  static func column(_ table: Table, _ name: String) throws -> Column { table.columns[try #require(table.column(named: name))] }

  static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
  static func sd(_ x: [Double]) -> Double {
    let m = mean(x)
    return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)).squareRoot()
  }
  /// The least-squares slope of y on x.
  static func slope(_ y: [Double], on x: [Double]) -> Double {
    let mx = mean(x), my = mean(y)
    var sxy = 0.0, sxx = 0.0
    for i in x.indices { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx) }
    return sxy / sxx
  }
  static func share(_ c: Column, code: Int32) -> Double {
    Double(c.codes.filter { $0 == code }.count) / Double(c.codes.count)
  }

  /// age = education + experience + 6 in 99.8% of real rows: a regression given all three gets
  /// large opposing coefficients, which synthetic predictors (without that exact relation) turn
  /// into extreme predictions. So the regression columns here are given predictors without it.
  static let predictors: [(column: String, predictors: [String])] = [
    ("union", ["wage", "education", "ethnicity", "region", "gender", "occupation", "sector"]),
    ("occupation", ["wage", "education", "gender"]),
  ]

  static func synth(_ methods: [(String, ColumnMethod)], proper: Bool = false, seed: UInt64 = 3) throws -> (Table, Table, SynthesisResult) {
    let real = try sharedTable("cps1985")
    let output = try synthesize(real) {
      // In file order, so that the predictors named in `Self.predictors` come before their columns.
      $0.seed = seed; $0.columnMethods = methods; $0.proper = proper; $0.uniqueCopies = .keep; $0.predictors = Self.predictors; $0.visit = .columnOrder
    }
    return (real, output.copies[0], output)
  }

  /// norm: new whole numbers (experience is an integer column), with the real mean, spread and
  /// linear dependence on education (a fresh sample of 534 rows: within four standard errors).
  @Test func normKeepsMeanSpreadAndSlope() throws {
    let (real, synthetic, _) = try Self.synth([("experience", .norm)])
    let r = try Self.column(real, "experience"), s = try Self.column(synthetic, "experience")
    #expect(s.numbers.allSatisfy { $0 == $0.rounded() })
    let se = Self.sd(r.numbers) / Double(r.numbers.count).squareRoot()
    #expect(abs(Self.mean(s.numbers) - Self.mean(r.numbers)) < 4 * se)
    #expect(abs(Self.sd(s.numbers) / Self.sd(r.numbers) - 1) < 0.15)
    let realSlope = Self.slope(r.numbers, on: try Self.column(real, "education").numbers)
    let syntheticSlope = Self.slope(s.numbers, on: try Self.column(synthetic, "education").numbers)
    #expect(realSlope < -0.5 && abs(syntheticSlope - realSlope) < 0.5, "\(realSlope) \(syntheticSlope)")
  }

  /// normrank: only real values, and the dependence on education keeps its sign and size.
  @Test func normrankDrawsRealValues() throws {
    let (real, synthetic, _) = try Self.synth([("experience", .normrank), ("wage", .sample)])
    let r = try Self.column(real, "experience"), s = try Self.column(synthetic, "experience")
    let values = Set(r.numbers)
    #expect(s.numbers.allSatisfy { values.contains($0) })
    let realSlope = Self.slope(r.numbers, on: try Self.column(real, "education").numbers)
    let syntheticSlope = Self.slope(s.numbers, on: try Self.column(synthetic, "education").numbers)
    #expect(syntheticSlope < 0 && abs(syntheticSlope - realSlope) < 0.5, "\(realSlope) \(syntheticSlope)")
  }

  /// lognorm: positive, right-skewed new values (wage's mean exceeds its median, as in the real
  /// data), rounded to the column's two decimals; a column with negative values is refused.
  @Test func lognormDrawsPositiveSkewedValues() throws {
    let (real, synthetic, _) = try Self.synth([("wage", .sample), ("experience", .sample), ("age", .lognorm)])
    let r = try Self.column(real, "wage").numbers
    #expect(Self.mean(r) > r.sorted()[r.count / 2])
    let (_, again, _) = try Self.synth([("wage", .lognorm)])
    let s = try Self.column(again, "wage").numbers
    #expect(s.allSatisfy { $0 > 0 && abs(($0 * 100).rounded() - $0 * 100) < 1e-6 })
    #expect(Self.mean(s) > s.sorted()[s.count / 2])
    #expect(abs(Self.mean(s) / Self.mean(r) - 1) < 0.1, "\(Self.mean(s)) \(Self.mean(r))")
    _ = synthetic
    let negative = try readTable("a,b\n" + (0..<30).map { "\(($0 * 7) % 23 - 5).5,\($0 % 3)" }.joined(separator: "\n") + "\n")
    #expect(throws: SynthesisError.lognormNegative(column: "a")) {
      try synthesize(negative) { $0.columnMethods = [("a", .lognorm)] }
    }
  }

  /// A regression given predictors that determine each other says so, and names the predictor.
  @Test func nearlyDeterminedPredictorsAreNoted() throws {
    let real = try sharedTable("cps1985")
    let all = try synthesize(real) { $0.columnMethods = [("union", .logreg)]; $0.visit = .columnOrder }
    let note = all.notes.first { if case .nearlyDeterminedPredictor = $0 { return true }; return false }
    guard case .nearlyDeterminedPredictor(let column, let predictor, let explained)? = note else { Issue.record("no note"); return }
    #expect(column == "union" && predictor == "age" && explained > 0.999)
    let restricted = try synthesize(real) { $0.columnMethods = [("union", .logreg)]; $0.predictors = Self.predictors; $0.visit = .columnOrder }
    #expect(!restricted.notes.contains { if case .nearlyDeterminedPredictor = $0 { return true }; return false })
  }

  /// logreg and polyreg: category shares within four standard errors of the real ones.
  @Test func logisticModelsKeepShares() throws {
    let (real, synthetic, _) = try Self.synth([("union", .logreg), ("occupation", .polyreg), ("gender", .logreg)])
    let n = Double(real.rowCount)
    let unionReal = try Self.column(real, "union").numbers, unionSynthetic = try Self.column(synthetic, "union").numbers
    let pr = Self.mean(unionReal), ps = Self.mean(unionSynthetic)
    #expect(abs(pr - ps) < 4 * (pr * (1 - pr) / n).squareRoot(), "union \(pr) \(ps)")
    let occupationReal = try Self.column(real, "occupation"), occupationSynthetic = try Self.column(synthetic, "occupation")
    for code in 0..<Int32(occupationReal.levels.count) {
      let a = Self.share(occupationReal, code: code), b = Self.share(occupationSynthetic, code: code)
      #expect(abs(a - b) < 4 * (a * (1 - a) / n).squareRoot() + 0.01, "\(occupationReal.levels[Int(code)]) \(a) \(b)")
    }
  }

  /// sample: the column's real values, independent of the earlier columns, and reported as drawn
  /// from its own values.
  @Test func sampleIgnoresPredictors() throws {
    let (real, synthetic, output) = try Self.synth([("age", .sample)])
    #expect(output.drawnFromReal.contains("age"))
    let values = Set(try Self.column(real, "age").numbers)
    let age = try Self.column(synthetic, "age").numbers
    #expect(age.allSatisfy { values.contains($0) })
    // Real age and experience correlate at 0.98; a sampled age does not follow experience.
    let experience = try Self.column(synthetic, "experience").numbers
    #expect(abs(Self.slope(age, on: experience)) < 0.2)
  }

  /// Every model with a bootstrap per column (proper), and with a missingness variable in front of
  /// its values (gss_wages' realrinc is 38.6% missing): missing rates stay near the real ones.
  @Test func properAndMissingValues() throws {
    _ = try Self.synth([("wage", .norm), ("experience", .normrank), ("union", .logreg), ("occupation", .polyreg), ("age", .sample)], proper: true)
    let real = try sharedSample("gss_wages", rows: 3000)
    let output = try synthesize(real) { $0.seed = 5; $0.columnMethods = [("realrinc", .normrank), ("prestg10", .norm), ("educcat", .polyreg)] }
    for name in ["realrinc", "prestg10"] {
      let r = try Self.column(real, name), s = try Self.column(output.copies[0], name)
      let rate = { (c: Column) in Double((0..<c.numbers.count).filter { c.isMissing($0) }.count) / Double(c.numbers.count) }
      #expect(abs(rate(r) - rate(s)) < 0.05, "\(name) \(rate(r)) \(rate(s))")
    }
  }

  /// `--max-levels` (a setting added as a worked example: its declaration, its config field and its use).
  @Test func regressionPredictorsHaveAtMostMaxLevelsCategories() throws {
    let real = try sharedTable("cps1985")
    let predictors: [(column: String, predictors: [String])] = [("wage", ["occupation"])]
    #expect(throws: SynthesisError.predictorLevels(column: "wage", method: .norm, predictor: "occupation", levels: 6, most: 5)) {
      try synthesize(real) { $0.columnMethods = [("wage", .norm)]; $0.predictors = predictors; $0.regressionMaxLevels = 5; $0.visit = .names(["occupation", "wage"]) }
    }
    _ = try synthesize(real) { $0.columnMethods = [("wage", .norm)]; $0.predictors = predictors; $0.regressionMaxLevels = 6; $0.visit = .names(["occupation", "wage"]) }
    let csv = "a,b\n" + (0..<20).map { "\($0 % 4),\(["x", "y", "z"][$0 % 3])" }.joined(separator: "\n") + "\n"
    let r = run(["synth", "d.csv", "-o", "o.csv", "--max-levels", "1"], files: [("d.csv", csv)])
    #expect(r.code == 2 && r.stderr.hasPrefix("localsynth: error: option '--max-levels' needs a whole number from 2 to 1000, not '1'\n"))
  }

  @Test func wrongModelForTheColumnIsAClearError() throws {
    let huge = try readTable("a,b\n1e308,1\n-1e308,2\n5e307,3\n1,4\n2,5\n3,6\n4,7\n5,8\n")
    #expect(throws: SynthesisError.regressionOverflow(column: "a", method: .norm)) {
      try synthesize(huge) { $0.columnMethods = [("a", .norm)] }
    }
    _ = try synthesize(huge) { $0.columnMethods = [("b", .norm), ("a", .cart)] }
    let real = try sharedTable("cps1985")
    #expect(throws: SynthesisError.methodUnsuited(column: "occupation", method: .norm, numbers: false)) {
      try synthesize(real) { $0.columnMethods = [("occupation", .norm)] }
    }
    #expect(throws: SynthesisError.methodUnsuited(column: "wage", method: .logreg, numbers: true)) {
      try synthesize(real) { $0.columnMethods = [("wage", .logreg)] }
    }
    #expect(throws: SynthesisError.logregClasses(column: "occupation", count: 6)) {
      try synthesize(real) { $0.columnMethods = [("occupation", .logreg)] }
    }
    #expect(throws: SynthesisError.self) { try synthesize(real) { $0.columnMethods = [("wages", .norm)] } }
  }

  /// The flag and the settings file, through the engine: usage errors, and the settings written
  /// back so a run can be repeated.
  @Test func flagAndSettingsFile() throws {
    let csv = "a,b,c\n1,x,2.5\n2,y,3.5\n3,x,4.5\n4,y,1.5\n5,x,2.0\n6,y,3.0\n"
    func file(_ r: (code: Int32, stdout: String, stderr: String, files: [(String, String)]), _ path: String) -> String {
      r.files.first { $0.0 == path }?.1 ?? ""
    }
    let bad = run(["synth", "in.csv", "-o", "out.csv", "--column-method", "c=lasso"], files: [("in.csv", csv)])
    #expect(bad.code == 2)
    #expect(bad.stderr.contains("METHOD one of cart, sample, norm, normrank, lognorm, logreg, polyreg"))
    let gc = run(["synth", "in.csv", "-o", "out.csv", "--column-method", "c=norm", "--method", "gc"], files: [("in.csv", csv)])
    #expect(gc.code == 2 && gc.stderr.contains("'--column-method' is for --method cart"))
    let ok = run(["synth", "in.csv", "-o", "out.csv", "--json", "out.json", "--column-method", "c=norm", "--column-method", "b=sample", "--no-report"], files: [("in.csv", csv)])
    #expect(ok.code == 0, "\(ok.stderr)")
    #expect(file(ok, "out.json").contains("\"columnMethods\":{\"c\":\"norm\",\"b\":\"sample\"}"))
    let fromFile = run(["synth", "in.csv", "-o", "out.csv", "--settings", "s.json", "--json", "o.json", "--no-report"],
      files: [("in.csv", csv), ("s.json", "{\"columnMethods\": {\"c\": \"normrank\"}}")])
    #expect(file(fromFile, "o.json").contains("\"columnMethods\":{\"c\":\"normrank\"}"))
    let wrong = run(["synth", "in.csv", "-o", "out.csv", "--settings", "s.json"], files: [("in.csv", csv), ("s.json", "{\"columnMethods\": {\"c\": \"lm\"}}")])
    #expect(wrong.stderr == "localsynth: error: s.json: \"columnMethods\" must be an object of \"cart\", \"sample\", \"norm\", \"normrank\", \"lognorm\", \"logreg\" or \"polyreg\" per column: {\"COLUMN\": \"cart\"}\n")
  }
}
