import Foundation
import Testing

@testable import SynthCore

/// A seed's bytes are pinned (another process, another day, the wasm build via the parity check
/// give these same bytes), and another seed gives others.
@Test func sameSeedGivesTheSameBytesAndAnotherSeedOthers() throws {
  let table = try sharedTable("cps1985")
  let a = try synthesize(table) { $0.seed = 5 }.copies[0]
  let c = try synthesize(table) { $0.seed = 6 }.copies[0]
  #expect(fingerprint(Array(csvText(a).utf8)) == "b487bd8a2bd5a355")
  #expect(csvText(a) != csvText(c))
}

@Test(arguments: datasetNames) func synthesisStaysWithinTheRealData(name: String) throws {
  let real = try sharedSample(name, rows: 4000)
  let synthetic = try synthesize(real) { $0.seed = 21 }.copies[0]
  let kept = real.columns.filter { !$0.schema.excluded }
  #expect(synthetic.columns.map { $0.schema.name } == kept.map { $0.schema.name })
  #expect(synthetic.rowCount == real.rowCount)
  for (r, s) in zip(kept, synthetic.columns) {
    let name = r.schema.name
    let observed = (0..<real.rowCount).filter { !r.isMissing($0) }
    let drawn = (0..<synthetic.rowCount).filter { !s.isMissing($0) }
    // Missing rates within three standard errors of a fresh sample of 4,000 rows (about 2 points
    // at a 50% rate; the benchmark checks 1 point at full size).
    let realRate = 1 - Double(observed.count) / Double(real.rowCount)
    let syntheticRate = 1 - Double(drawn.count) / Double(synthetic.rowCount)
    let tolerance = 3 * (2 * realRate * (1 - realRate) / Double(real.rowCount)).squareRoot() + 0.002
    #expect(abs(realRate - syntheticRate) < tolerance, "\(name).\(r.schema.name): missing \(realRate) real, \(syntheticRate) synthetic")
    if r.usesLevels {
      // No category that the real data lacks: every code is a real level that occurs.
      let realCodes = Set(observed.map { r.codes[$0] })
      #expect(drawn.allSatisfy { realCodes.contains(s.codes[$0]) }, "\(name): new category")
    } else if r.schema.kind.isNumeric, !observed.isEmpty {
      let low = observed.map { r.numbers[$0] }.min()!, high = observed.map { r.numbers[$0] }.max()!
      #expect(drawn.allSatisfy { s.numbers[$0] >= low && s.numbers[$0] <= high }, "\(name): outside the real range")
      if SynthesisVariable.decimals(of: r.schema) == 0 {
        #expect(drawn.allSatisfy { s.numbers[$0] == s.numbers[$0].rounded() }, "\(name): integers must stay whole")
      }
    }
    // Missing codes of the synthetic data are real missing codes of this column.
    let realCodes = Set(r.missing)
    #expect(s.missing.allSatisfy { realCodes.contains($0) })
  }
}

@Test func writtenOutputReadsBackWithTheSameTypes() throws {
  // Dates, date-times, decimals and yes/no words are written in the input's style.
  for name in ["weather", "hotel_rates", "gss_wages"] {
    let real = try sharedSample(name, rows: 3000)
    let synthetic = try synthesize(real) { $0.seed = 4 }.copies[0]
    let reread = try Table.read(TableWriter(table: synthetic).csv(), file: "synthetic.csv")
    for column in reread.columns {
      guard let r = real.columns.first(where: { $0.schema.name == column.schema.name }) else { continue }
      if r.schema.kind == .date || r.schema.kind == .datetime {
        #expect(column.schema.kind == r.schema.kind, "\(name).\(column.schema.name)")
        #expect(column.schema.dateFormat == r.schema.dateFormat)
      }
    }
  }
}

@Test func anyNumberOfRowsAndCopies() throws {
  let real = try sharedTable("cps1985")
  let many = try synthesize(real) { $0.rows = 5 * real.rowCount }
  #expect(many.copies[0].rowCount == 5 * real.rowCount)
  let one = try synthesize(real) { $0.rows = 1 }
  #expect(one.copies[0].rowCount == 1)
  let two = try synthesize(real) { $0.copies = 2; $0.proper = true }
  #expect(two.copies.count == 2)
  #expect(csvText(two.copies[0]) != csvText(two.copies[1]))
}

@Test(arguments: [MissingValueHandling.drop, .impute, .imputeTree]) func missingValueChoicesLeaveNoMissingValues(handling: MissingValueHandling) throws {
  let real = try sharedSample("gss_wages", rows: 3000)
  let output = try synthesize(real) { $0.missingValues = handling; $0.seed = 2 }
  let synthetic = output.copies[0]
  for column in synthetic.columns { #expect(column.missing.allSatisfy { $0 == 0 }, "\(column.schema.name)") }
  if handling == .drop {
    #expect(synthetic.rowCount < real.rowCount)
    #expect(output.notes.contains(.rowsDropped(left: real.rowCount - synthetic.rowCount, of: real.rowCount)))
    let note = output.notes.first { $0.code == "rowsDropped" }!
    #expect(note.message(Wording(language: .en)) == "left out \(Wording(language: .en).count(real.rowCount - synthetic.rowCount)) of 3,000 rows with a missing value")
    #expect(note.message(Wording(language: .nl)).hasSuffix(" van 3.000 rijen met een ontbrekende waarde weggelaten"))
  } else {
    #expect(synthetic.rowCount == real.rowCount)
  }
}

@Test func modelledMissingnessKeepsUserCodesApart() throws {
  // Income is missing as -8 (refused) or -9 (unknown) depending on the group, and must stay so.
  var text = "group,income\n"
  for i in 0..<600 {
    let group = i % 3
    let income = group == 0 ? "-8" : group == 1 && i % 2 == 0 ? "-9" : String(1000 + (i * 37) % 900)
    text += "g\(group),\(income)\n"
  }
  var options = TableOptions()
  var o = ColumnOverride(column: "income")
  o.missingCodes = ["-8", "-9"]
  options.overrides = [o]
  let real = try Table.read(Array(text.utf8), file: "t.csv", options: options)
  let synthetic = try synthesize(real) { $0.seed = 3; $0.rows = 3000 }.copies[0]
  var writer = TableWriter(table: synthetic)
  writer.missingOutput = .code
  let lines = String(decoding: writer.csv(), as: UTF8.self).split(separator: "\n").dropFirst()
  #expect(lines.filter { $0.hasPrefix("g0,") }.allSatisfy { $0 == "g0,-8" })
  #expect(lines.filter { $0.hasSuffix(",-9") }.allSatisfy { $0.hasPrefix("g1,") })
  #expect(lines.filter { $0.hasPrefix("g2,") }.allSatisfy { !$0.hasSuffix(",-8") && !$0.hasSuffix(",-9") })
}

@Test func tinyAndDegenerateTablesDoNotTrap() throws {
  let cases = [
    "a,b\n1,x\n",
    "a,b\n1,x\n2,y\n",
    "a,b,c\n1,,k\n2,,k\n3,,k\n",
    "a,b\n,x\n,y\n,x\n",
  ]
  for text in cases {
    let real = try Table.read(Array(text.utf8), file: "t.csv")
    let output = try synthesize(real) { $0.rows = 50; $0.proper = true }
    #expect(output.copies[0].rowCount == 50)
  }
}

@Test func errorsNameTheProblem() throws {
  let real = try sharedTable("lawschool")
  #expect(throws: SynthesisError.unknownColumn(option: "--visit", name: "nope", known: ["sex", "race1", "ugpa", "bar"])) {
    try synthesize(real) { $0.visit = .names(["ugpa", "nope"]) }
  }
  #expect(throws: SynthesisError.unknownColumn(option: "--predictors", name: "gpa", known: ["sex", "race1", "ugpa", "bar"])) {
    try synthesize(real) { $0.predictors = [("bar", ["gpa"])] }
  }
  let allMissing = try Table.read(Array("a,b\n1,\n,x\n".utf8), file: "t.csv")
  #expect(throws: SynthesisError.noRowsLeft(dropped: 2)) { try synthesize(allMissing) { $0.missingValues = .drop } }
  let identifiers = try Table.read(Array("id\n\((0..<50).map { "p\($0)" }.joined(separator: "\n"))\n".utf8), file: "t.csv")
  #expect(throws: SynthesisError.nothingToSynthesise) { try synthesize(identifiers) }
  #expect(SynthesisError.noRowsLeft(dropped: 2).english.contains("--missing-values model"))
}

@Test func visitOrderChoices() throws {
  let real = try sharedSample("hotel_rates", rows: 2000)
  let auto = try synthesize(real) { $0.visit = .automatic }
  // Fewest distinct values first, ties in file order; the default.
  let order = auto.visitOrder.compactMap { name in real.columns.firstIndex { $0.schema.name == name } }
  let keys = order.map { (real.columns[$0].distinctValues(), $0) }
  #expect(keys.map { $0.0 } == keys.map { $0.0 }.sorted())
  #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
  #expect(order.first.map { real.columns[$0].distinctValues() } == 2 || order.first.map { real.columns[$0].distinctValues() } == 1)
  #expect(try synthesize(real) { _ in }.visitOrder == auto.visitOrder)
  let file = try synthesize(real) { $0.visit = .columnOrder }
  #expect(file.visitOrder == real.columns.filter { !$0.schema.excluded }.map { $0.schema.name })
  let listed = try synthesize(real) { $0.visit = .names(["meal", "avg_price_per_room"]) }
  #expect(listed.copies[0].columns.map { $0.schema.name } == ["avg_price_per_room", "meal"])
  #expect(listed.notes.contains { $0.code == "notInVisitOrder" })
  #expect(listed.notes.first!.message(Wording(language: .en)).hasPrefix("not in the visit order, so left out of the output: '"))
}

@Test func replacingUniqueCopiesOnlyExchangesValues() throws {
  // The same seed draws the same rows; the repair only exchanges values between rows, so every
  // column holds the same values as when copies are kept, and rows change only where they copied
  // (or near-copied) a unique real row, and their partners.
  let real = try sharedSample("gss_wages", rows: 3000)
  let kept = try synthesize(real) { $0.seed = 11; $0.uniqueCopies = .keep }.copies[0]
  let replaced = try synthesize(real) { $0.seed = 11 }.copies[0]
  func cells(_ t: Table, _ c: Int) -> [String] {
    var writer = TableWriter(table: t, columns: [c])
    writer.missingOutput = .code
    return String(decoding: writer.csv(), as: UTF8.self).split(separator: "\n").map(String.init).sorted()
  }
  var changedRows = 0
  let keptLines = csvText(kept).split(separator: "\n"), replacedLines = csvText(replaced).split(separator: "\n")
  for (a, b) in zip(keptLines, replacedLines) where a != b { changedRows += 1 }
  // Each copy changes itself and one partner.
  let copies = bruteForceCopiesOfUniques(real.selectingColumns(kept.columns.map { $0.schema.name }), kept, columns: Array(kept.columns.indices))
  #expect(changedRows > 0)
  #expect(changedRows <= 2 * copies.filter { $0 }.count)
  for c in kept.columns.indices { #expect(cells(kept, c) == cells(replaced, c), "\(kept.columns[c].schema.name)") }
}

@Test func leafMembersAreGatheredInRowOrder() {
  let leaf: [Int32] = [2, 0, 2, 1, 0, -1]
  let members = UniqueCopyRepair.members(of: leaf, holding: [4, 2, 5])
  #expect(members.rows == [[5], [1, 4], [0, 2]])
  #expect(members.groupOfCopy == [1, 2, 0])
}
