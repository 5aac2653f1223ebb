import Testing

@testable import SynthCore

private func copula(_ table: Table, _ change: (inout SynthesisConfig) -> Void = { _ in }) throws -> Table {
  var config = SynthesisConfig()
  config.method = .gc
  change(&config)
  return try GaussianCopula(config: config).run(table).copies[0]
}

private func evaluate(_ real: Table, _ synthetic: Table) throws -> Evaluation {
  try Evaluation.run(AlignedTables.sameRun(real: real, synthetic: synthetic), config: EvaluationConfig())
}

@Test(arguments: ["lawschool", "gss_wages", "weather", "duo_cub_20k"])
func copulaKeepsEveryMarginalAndMissingRate(name: String) throws {
  let real = try sharedSample(name, rows: 3000)
  let e = try evaluate(real, try copula(real) { $0.seed = 3 })
  for c in e.columns {
    #expect(c.ks.isNaN || c.ks <= 0.02, "\(name) \(c.name) KS \(c.ks)")
    #expect(c.tvd <= 0.02, "\(name) \(c.name) TVD \(c.tvd)")
    #expect(abs(c.real.missingShare - c.synthetic.missingShare) <= 0.01, "\(name) \(c.name)")
    #expect(c.syntheticOnly.isEmpty)
  }
}

/// x, y = x + noise, a band that follows x, and y missing where x is high.
private let related: Table = {
  var text = "x,y,band\n"
  var rng = RandomGenerator(seed: 5)
  for _ in 0..<4000 {
    let x = rng.nextDouble() * 100
    let y = x + rng.nextNormal() * 10
    let band = x < 30 ? "low" : x < 70 ? "mid" : "high"
    let yText = x > 85 ? "NA" : NumberFormatting.format(y, style: .decimals(minimum: 2, maximum: 2))
    text += "\(NumberFormatting.format(x, style: .decimals(minimum: 2, maximum: 2))),\(yText),\(band)\n"
  }
  return try! Table.read(Array(text.utf8), file: "related.csv")
}()

@Test func copulaKeepsMonotoneRelationsAndWhereValuesAreMissing() throws {
  let synthetic = try copula(related) { $0.seed = 9 }
  let e = try evaluate(related, synthetic)
  let a = e.associations
  // Observed y covers only x ≤ 85 in the real data; the copula draws y for some high-x rows too,
  // which weakens the relation a little.
  #expect(abs(a.realSpearman[0][1] - a.syntheticSpearman[0][1]) < 0.1)
  #expect(a.syntheticSpearman[0][1] > 0.8)
  #expect(a.syntheticAssociation[0][2] > 0.8, "band follows x: \(a.syntheticAssociation[0][2])")
  // Missingness of y goes with high x in the synthetic data too.
  let x = synthetic.columns[0], y = synthetic.columns[1]
  var missingX = 0.0, missingCount = 0.0, observedX = 0.0, observedCount = 0.0
  for row in 0..<synthetic.rowCount {
    if y.isMissing(row) { missingX += x.numbers[row]; missingCount += 1 } else { observedX += x.numbers[row]; observedCount += 1 }
  }
  #expect(missingX / missingCount > observedX / observedCount + 30)
}

@Test func aThousandLevelsCostOneDimensionAndKeepTheirShares() throws {
  var text = "code,amount\n"
  for i in 0..<6000 { text += "c\(i % 1200),\(i % 97)\n" }
  let real = try Table.read(Array(text.utf8), file: "codes.csv")
  #expect(real.columns[0].levels.count == 1200)
  let synthetic = try copula(real)
  var counts = [Int](repeating: 0, count: 1200)
  for code in synthetic.columns[0].codes { counts[Int(code)] += 1 }
  #expect(counts.allSatisfy { $0 == 5 }, "every level keeps its 5 rows")
}

@Test func copulaRunsRepeatAndSettingsRoundTrip() throws {
  let real = try sharedSample("cps1985", rows: 534)
  let a = try copula(real) { $0.seed = 11 }, b = try copula(real) { $0.seed = 11 }, c = try copula(real) { $0.seed = 12 }
  #expect(csvText(a) == csvText(b))
  #expect(csvText(a) != csvText(c))
  #expect(fingerprint(TableWriter(table: a).csv()) == "3d7cd89245145e7c")
  let first = run(["synth", "d.csv", "--json", "o.json", "--method", "gc", "--marginals", "parametric", "--no-report"], files: [("d.csv", csvText(real))])
  #expect(first.code == 0)
  #expect(first.files[0].1.contains(#""method":"gc","marginals":"parametric""#))
}

@Test func cartSuggestsTheCopulaForThousandsOfCategories() throws {
  var text = "code,amount\n"
  for i in 0..<3000 { text += "c\(i % 1500),\(i % 7)\n" }
  let r = run(["synth", "d.csv", "-o", "o.csv", "--no-report"], files: [("d.csv", text)])
  #expect(r.stdout.contains("Suggestion: 'code' has 1,500 categories; --method gc keeps every category's share exactly"))
}

@Test func copulaChecksTheVisitListAsCARTDoes() {
  var text = "id,age,city\n"
  for i in 0..<300 { text += "p\(i),\(20 + i % 50),\(["Delft", "Zwolle"][i % 2])\n" }
  let excluded = run(["synth", "d.csv", "-o", "o.csv", "--method", "gc", "--visit", "id,age", "--no-report"], files: [("d.csv", text)])
  #expect(excluded.stderr == "localsynth: error: --visit: column 'id' is excluded from synthesis (identifier); add --include 'id' to synthesise it\n")
  let some = run(["synth", "d.csv", "-o", "o.csv", "--method", "gc", "--visit", "city", "--no-report"], files: [("d.csv", text)])
  #expect(some.stdout.contains("Note: not in the visit order, so left out of the output: 'age'"))
  #expect(some.files[0].1.hasPrefix("city\n"))
}

private func medianPairSPMSE(_ real: Table, _ synthetic: Table) -> Double {
  let pairs = TableUtility.allPairs(real: real, synthetic: synthetic, columns: Array(real.columns.indices))
  return Statistics.quantile(sorted: pairs.map { $0.result.sPMSE }.filter { !$0.isNaN }.sorted(), 0.5)
}

/// Married in the middle years, single when young and widowed when old: a relation that goes up
/// and down, which one copula over the whole table cannot hold.
private let lifeCourse: Table = {
  var text = "age,status,income\n"
  var rng = RandomGenerator(seed: 21)
  for _ in 0..<6000 {
    let age = 18 + rng.nextInt(below: 70)
    let status = age < 30 ? (rng.nextDouble() < 0.8 ? "single" : "married")
      : age < 65 ? (rng.nextDouble() < 0.8 ? "married" : "single") : (rng.nextDouble() < 0.6 ? "widowed" : "married")
    let income = status == "married" ? 40 + rng.nextNormal() * 5 : 25 + rng.nextNormal() * 5
    text += "\(age),\(status),\(NumberFormatting.format(income, style: .decimals(minimum: 1, maximum: 1)))\n"
  }
  return try! Table.read(Array(text.utf8), file: "life.csv")
}()

@Test func strataHoldWhatOneCopulaCannot() throws {
  let plain = try copula(lifeCourse) { $0.strata = .none }
  let stratified = try copula(lifeCourse)
  let plainAgeStatus = TableUtility.allPairs(real: lifeCourse, synthetic: plain, columns: [0, 1])[0].result.sPMSE
  let stratifiedAgeStatus = TableUtility.allPairs(real: lifeCourse, synthetic: stratified, columns: [0, 1])[0].result.sPMSE
  #expect(plainAgeStatus > 30, "one copula: \(plainAgeStatus)")
  #expect(stratifiedAgeStatus < 3, "within strata of status: \(stratifiedAgeStatus)")
  // Each stratum keeps its share of the rows, so the status column keeps its counts exactly.
  var real = [Int](repeating: 0, count: 3), synthetic = real
  for code in lifeCourse.columns[1].codes { real[Int(code)] += 1 }
  for code in stratified.columns[1].codes { synthetic[Int(code)] += 1 }
  #expect(real == synthetic)
}

@Test func strataPartitionTheRowsAndKeepTheirMinimumSize() throws {
  let table = try sharedSample("gss_wages", rows: 8000)
  let minimum = 300
  let strata = CopulaStrata(table, columns: Array(table.columns.indices), candidates: Array(table.columns.indices), minimumRows: minimum)
  #expect(strata.strata.count > 5)
  #expect(strata.strata.allSatisfy { $0.count >= minimum })
  #expect(strata.strata.flatMap { $0 }.sorted() == Array(0..<table.rowCount))
  #expect(!strata.splitColumns.contains("realrinc"), "a column of many numbers is no category")
  let limited = CopulaStrata(table, columns: Array(table.columns.indices), candidates: [table.column(named: "gender")!], minimumRows: minimum)
  #expect(limited.strata.count == 2 && limited.splitColumns == ["gender"])
}

@Test(arguments: ["gss_wages", "weather", "hotel_rates", "lawschool"])
func copulaKeepsPairsOnSharedData(name: String) throws {
  let real = try sharedSample(name, rows: 6000)
  let median = medianPairSPMSE(real, try copula(real))
  #expect(median <= 10, "\(name): median pair S_pMSE \(median)")
}

/// Copies of a real person, identical or equal to them on all columns but one, are all repaired.
@Test func stratifiedCopulaRepairsCopiesOfUniqueRows() throws {
  let real = try sharedSample("gss_wages", rows: 4000)
  let kept = try copula(real) { $0.uniqueCopies = .keep }
  let replaced = try copula(real)
  func copies(_ t: Table) -> Int {
    let realKept = real.selectingColumns(t.columns.map { $0.schema.name })
    return bruteForceCopiesOfUniques(realKept, t, columns: Array(t.columns.indices)).filter { $0 }.count
  }
  #expect(copies(kept) > 0)
  #expect(copies(replaced) == 0)
}

@Test func rowsAreSharedOverStrataInProportion() {
  #expect(GaussianCopula.allocate(10, over: [5, 3, 2]) == [5, 3, 2])
  #expect(GaussianCopula.allocate(7, over: [1, 1, 1]) == [3, 2, 2])
  #expect(GaussianCopula.allocate(100, over: [333, 333, 334]) == [33, 33, 34])
  #expect(GaussianCopula.allocate(0, over: [4, 6]) == [0, 0])
}

@Test func strataOptionsAreCheckedAndRoundTrip() {
  var text = "age,city\n"
  for i in 0..<600 { text += "\(20 + i % 50),\(i % 50 < 20 || i % 7 == 0 ? "Delft" : "Zwolle")\n" }
  let named = run(["synth", "d.csv", "-o", "o.csv", "--json", "o.json", "--method", "gc", "--strata", "city", "--no-report"], files: [("d.csv", text)])
  #expect(named.code == 0)
  #expect(named.stdout.contains("Note: copula fitted in 2 strata of 'city'"))
  #expect(named.files.first { $0.0 == "o.json" }!.1.contains(#""strata":["city"]"#))
  let none = run(["synth", "d.csv", "-o", "o.csv", "--json", "o.json", "--method", "gc", "--strata", "none", "--no-report"], files: [("d.csv", text)])
  #expect(!none.stdout.contains("strata"))
  #expect(none.files.first { $0.0 == "o.json" }!.1.contains(#""strata":"none""#))
  let unknown = run(["synth", "d.csv", "-o", "o.csv", "--method", "gc", "--strata", "town", "--no-report"], files: [("d.csv", text)])
  #expect(unknown.stderr == "localsynth: error: --strata names 'town', which is not a synthesised column\n")
}

@Test func copulaOptionsAreRefusedWithCART() {
  let text = "a,b\n1,x\n2,y\n3,x\n"
  let r = run(["synth", "d.csv", "-o", "o.csv", "--smooth-tails", "--no-report"], files: [("d.csv", text)])
  #expect(r.code == 2)
  #expect(r.stderr.contains("option '--smooth-tails' is for the Gaussian copula; add --method gc"), "\(r.stderr)")
}

/// Heavy-tailed whole numbers: the copula's empirical marginal writes real extremes verbatim, and
/// the note counts exactly those; `--smooth-tails` moves them between their real neighbours, never
/// beyond the real range, as whole numbers, the same for the same seed.
@Test func copulaTailsAreCountedAndSmoothed() throws {
  var rng = RandomGenerator(seed: 4)
  var text = "income,group\n"
  for _ in 0..<2000 {
    let income = Int((10.0 + 2.0 * Double(rng.nextInt(below: 1000)) / 1000 * Double(rng.nextInt(below: 1000)) / 1000 * 3).rounded()) * 1000 + rng.nextInt(below: 997)
    text += "\(income),g\(rng.nextInt(below: 3))\n"
  }
  let real = try readTable(text)
  let sorted = real.columns[0].numbers.sorted()
  let low = Statistics.quantile(sorted: sorted, 0.01), high = Statistics.quantile(sorted: sorted, 0.99)
  func tailCopies(_ t: Table) -> Int {
    t.columns[0].numbers.filter { ($0 < low || $0 > high) && CopulaTails.index(of: $0, in: sorted) != nil }.count
  }
  let plain = try GaussianCopula(config: SynthesisConfig()).run(real)
  let copied = tailCopies(plain.copies[0])
  #expect(copied > 10)
  #expect(plain.notes.contains { if case .copulaTails(nil, let counts, false) = $0 { return counts.map { $0.copied } == [copied] } else { return false } })
  var config = SynthesisConfig()
  config.smoothTails = true
  let smoothed = try GaussianCopula(config: config).run(real)
  let values = smoothed.copies[0].columns[0].numbers
  #expect(tailCopies(smoothed.copies[0]) * 10 <= copied, "\(tailCopies(smoothed.copies[0])) of \(copied) left")
  #expect(values.allSatisfy { $0 >= sorted.first! && $0 <= sorted.last! && $0 == $0.rounded() })
  #expect(csvText(smoothed.copies[0]) == csvText(try GaussianCopula(config: config).run(real).copies[0]))
  let note = smoothed.notes.first { $0.code == "copulaTails" }
  #expect(note?.message(Wording(language: .en)).hasPrefix("--smooth-tails replaced ") == true)
  #expect(note?.message(Wording(language: .nl)).hasPrefix("--smooth-tails verving ") == true)
  // Only for the copula; the settings file carries it.
  let cart = run(["synth", "d.csv", "-o", "o.csv", "--smooth-tails", "--no-report"], files: [("d.csv", text)])
  #expect(cart.code != 0)
  #expect(cart.stderr.contains("option '--smooth-tails' is for the Gaussian copula; add --method gc"))
  let gc = run(["synth", "d.csv", "--json", "o.json", "--method", "gc", "--smooth-tails", "--no-report"], files: [("d.csv", text)])
  #expect(gc.files[0].1.contains(#""smoothTails":true"#))
}

/// An all-missing column is written all missing, as CART writes it, and a table of nothing else
/// is synthesised, not refused.
@Test func copulaKeepsAllMissingColumnsAsCARTDoes() throws {
  let text = "a,b,e,f\n" + (0..<40).map { i in "\(i % 7),\(["x", "y"][i % 2]),,\(i % 3 == 0 ? "NA" : "")" }.joined(separator: "\n") + "\n"
  for method in [SynthesisMethod.gc, .cart] {
    let table = try readTable(text)
    var config = SynthesisConfig()
    config.method = method
    let output = method == .gc ? try GaussianCopula(config: config).run(table) : try SequentialSynthesizer(config: config).run(table)
    let s = output.copies[0]
    #expect(s.columnNames == ["a", "b", "e", "f"], "\(method)")
    #expect((0..<s.rowCount).allSatisfy { s.columns[2].isMissing($0) && s.columns[3].isMissing($0) }, "\(method)")
  }
  let empty = try readTable("e,f\n,\n,NA\n,\n")
  let output = try GaussianCopula(config: SynthesisConfig()).run(empty)
  #expect(output.copies[0].columnNames == ["e", "f"] && output.copies[0].rowCount == 3)
}
