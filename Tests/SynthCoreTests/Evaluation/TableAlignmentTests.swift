import Testing

@testable import SynthCore

private func read(_ csv: String, _ options: TableOptions = TableOptions(), file: String = "t.csv") throws -> Table {
  try Table.read(Array(csv.utf8), file: file, options: options)
}

@Test func aSyntheticFileIsReadWithTheRealTypesAndItsLevelsJoinTheRealOnes() throws {
  let real = try read("id,city,score,age\n1,Delft,1.5,30\n2,Utrecht,2.25,-8\n3,Zwolle,3.5,41\n4,Delft,4.75,52\n5,Utrecht,1.5,33\n", {
    var o = TableOptions()
    var age = ColumnOverride(column: "age")
    age.missingCodes = ["-8"]
    o.overrides = [age]
    return o
  }())
  // Whole numbers only in a decimal column, a city the real data lack, the code -8, an extra column.
  let options = AlignedTables.readingOptions(like: real, base: TableOptions())
  let synthetic = try read("age,city,score,extra\n-8,Amsterdam,2,x\n30,Delft,3,y\n41,Zwolle,4,z\n", options, file: "s.csv")
  let aligned = try AlignedTables.align(real: real, synthetic: synthetic)
  #expect(aligned.real.columnNames == ["city", "score", "age"])
  #expect(aligned.synthetic.columnNames == ["city", "score", "age"])
  #expect(aligned.synthetic.columns[1].schema.kind == .decimal)
  let city = aligned.synthetic.columns[0]
  #expect(aligned.real.columns[0].levels == ["Delft", "Utrecht", "Zwolle", "Amsterdam"])
  #expect(city.levels == aligned.real.columns[0].levels)
  #expect(city.codes == [3, 0, 2])
  #expect(aligned.real.columns[0].codes == [0, 1, 2, 0, 1])
  let age = aligned.synthetic.columns[2]
  #expect(age.missing == [1, 0, 0])
  #expect(age.schema.missingCodes.map { $0.text } == ["-8"])
  #expect(aligned.notes.map { $0.text } == [
    "Not in the synthetic data, so not evaluated: 'id'",
    "Only in the synthetic data, so not evaluated: 'extra'",
  ])
  #expect(aligned.notes[0].text(Wording(language: .nl)) == "Niet in de synthetische data, dus niet geëvalueerd: 'id'")
}

@Test func alignmentNamesWhatIsMissingAndFailsWithoutCommonColumns() throws {
  let real = try read("a,b\n1,x\n2,y\n3,x\n")
  let partial = try read("a\n1\n2\n", file: "s.csv")
  #expect(try AlignedTables.align(real: real, synthetic: partial).notes == [.notInSynthetic(["b"])])
  let other = try read("c\n1\n", file: "s.csv")
  #expect(throws: EvaluationError.noCommonColumns(real: "t.csv", synthetic: "s.csv")) { try AlignedTables.align(real: real, synthetic: other) }
  #expect(EvaluationError.noCommonColumns(real: "t.csv", synthetic: "s.csv").english == "s.csv has no column of t.csv that can be evaluated; compare a synthetic file with the real file it was made from")
}

/// Renamed columns: one shared name must not give a normal-looking report on one column.
@Test func fewerThanHalfTheColumnsIsAnError() throws {
  let real = try read("a,b,c\n1,x,5\n2,y,6\n3,x,7\n")
  let renamed = try read("a,B,C\n1,x,5\n2,y,6\n", file: "s.csv")
  let error = EvaluationError.fewCommonColumns(real: "t.csv", synthetic: "s.csv", common: 1, of: 3, missing: ["b", "c"], extra: ["B", "C"])
  #expect(throws: error) { try AlignedTables.align(real: real, synthetic: renamed) }
  #expect(error.english == "s.csv has only 1 of the 3 columns of t.csv (by name): compare a synthetic file with the real file it was made from. Missing: 'b', 'c'; only in s.csv: 'B', 'C'")
  // Half is enough, with a note.
  let half = try read("a,b\n1,x\n", file: "s.csv")
  let four = try read("a,b,c,d\n1,x,5,6\n2,y,6,7\n")
  #expect(try AlignedTables.align(real: four, synthetic: half).notes == [.notInSynthetic(["c", "d"])])
}

@Test func stackingKeepsMissingRowsInPlace() throws {
  let a = try read("x,y\n1,a\n,b\n")
  let b = try read("x,y\n3,a\n4,b\n")
  let options = AlignedTables.readingOptions(like: a, base: TableOptions())
  let aligned = try AlignedTables.align(real: a, synthetic: try read("x,y\n3,a\n4,b\n", options))
  let stacked = Table.stacking([aligned.real, aligned.synthetic], columns: [0, 1])
  #expect(stacked.rowCount == 4)
  #expect(stacked.columns[0].missing == [0, 1, 0, 0])
  #expect(stacked.columns[1].codes == [0, 1, 0, 1])
  _ = b
}

@Test func sameRunPairsColumnsByNameAndLeavesOutAllMissingOnes() throws {
  var text = "a,gone,b\n"
  for i in 0..<40 { text += "\(i % 5),,\(["x", "y"][i % 2])\n" }
  let real = try read(text)
  #expect(real.columns[1].schema.kind == .empty)
  // The synthesiser writes the all-missing column too; it must not shift the others.
  let synthetic = try synthesize(real) { $0.seed = 1 }.copies[0]
  let aligned = AlignedTables.sameRun(real: real, synthetic: synthetic)
  #expect(aligned.real.columnNames == ["a", "b"])
  #expect(aligned.synthetic.columnNames == ["a", "b"])
  #expect(aligned.notes == [.emptyColumn("gone")])
  let e = try Evaluation.run(aligned, config: EvaluationConfig())
  #expect(e.columns.map { $0.kind } == [.integer, .categorical])
}

@Test func pairsAreLimitedToTheFirstColumnsOfAWideTable() throws {
  var header: [String] = [], row: [String] = []
  for c in 0..<30 { header.append("c\(c)"); row.append("\(c % 3)") }
  var text = header.joined(separator: ",") + "\n"
  for r in 0..<50 { text += row.enumerated().map { "\((Int($0.element)! + r * ($0.offset + 1)) % 4)" }.joined(separator: ",") + "\n" }
  let table = try read(text)
  var config = EvaluationConfig()
  config.maxPairColumns = 10
  let e = try Evaluation.run(AlignedTables.sameRun(real: table, synthetic: table), config: config)
  #expect(e.pairColumnCount == 10)
  #expect(e.pairs.count == 45)
  #expect(e.associations.realAssociation.count == 10)
  #expect(e.columns.count == 30)
  #expect(e.notes.contains(.pairsLimited(shown: 10, of: 30)))
}
