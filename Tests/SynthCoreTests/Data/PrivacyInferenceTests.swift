import Foundation
import Testing

@testable import SynthCore

/// The fixture with one column of each kind of identifier, a frequent "NONE" answer, special codes,
/// a postcode, a date of birth and a country held by one person.
func personalTable(_ options: TableOptions = TableOptions()) throws -> Table {
  let bytes = try fixtureBytes("personal_identifiers.csv")
  return try Table.read(bytes, file: "personal_identifiers.csv", options: options)
}

func fixtureBytes(_ name: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)))
}

private func schema(_ table: Table, _ name: String) -> ColumnSchema { table.columns[table.column(named: name)!].schema }

@Test func directIdentifiersAreLeftOutWithTheirReason() throws {
  let table = try personalTable()
  let expected: [(String, IdentifierKind)] = [("bsn", .bsn), ("iban", .iban), ("phone", .phone), ("email", .email), ("client_id", .randomNumber)]
  for (name, kind) in expected {
    let s = schema(table, name)
    #expect(s.kind == .identifier, "\(name)")
    #expect(s.excluded, "\(name)")
    #expect(s.identifierKind == kind, "\(name)")
  }
  #expect(schema(table, "bsn").reasons == [.identifier(.bsn, detail: .matching(share: 1))])
  #expect(schema(table, "bsn").reasons[0].text(Wording(language: .nl)).hasPrefix("100,0% van de waarden zijn getallen van negen cijfers die de elfproef doorstaan"))
  // Skewed unique amounts are quantities, not random IDs.
  #expect(schema(table, "income").kind == .integer)
  #expect(!schema(table, "income").excluded)
}

@Test func aTypeFromTheUserKeepsAnIdentifier() throws {
  var options = TableOptions()
  var o = ColumnOverride(column: "bsn")
  o.kind = .categorical
  options.overrides = [o]
  let s = schema(try personalTable(options), "bsn")
  #expect(s.kind == .categorical)
  #expect(!s.excluded)
  #expect(s.identifierKind == nil)
}

@Test func checksumsAndShapes() {
  #expect(IdentifierPatterns.isBSN(Array("111222333".utf8)))
  #expect(IdentifierPatterns.isBSN(Array("123456782".utf8)))
  #expect(!IdentifierPatterns.isBSN(Array("123456789".utf8)))
  #expect(IdentifierPatterns.isBSN(Array("12345672".utf8)) == IdentifierPatterns.isBSN(Array("012345672".utf8)))
  #expect(IdentifierPatterns.isIBAN(Array("NL91 ABNA 0417 1643 00".utf8)))
  #expect(IdentifierPatterns.isIBAN(Array("GB82WEST12345698765432".utf8)))
  #expect(!IdentifierPatterns.isIBAN(Array("NL91ABNA0417164301".utf8)))
  #expect(IdentifierPatterns.isPhone(Array("06-12345678".utf8)))
  #expect(IdentifierPatterns.isPhone(Array("+31 20 123 4567".utf8)))
  #expect(IdentifierPatterns.isPhone(Array("(020) 123 4567".utf8)))
  #expect(!IdentifierPatterns.isPhone(Array("12345678901".utf8)))
  #expect(!IdentifierPatterns.isPhone(Array("01-02-2020".utf8)))
  #expect(IdentifierPatterns.isEmail(Array("a.b@example.nl".utf8)))
  #expect(!IdentifierPatterns.isEmail(Array("a b@example.nl".utf8)))
  #expect(!IdentifierPatterns.isEmail(Array("@example.nl".utf8)))
  #expect(IdentifierPatterns.isPostcode(Array("1234 AB".utf8)) && IdentifierPatterns.isPostcode(Array("1234ab".utf8)))
  #expect(!IdentifierPatterns.isPostcode(Array("0234 AB".utf8)))
}

@Test func uniqueNumbersSpreadEvenlyAreIDsButSkewedOnesAreNot() throws {
  var rng = RandomGenerator(seed: 5)
  var ids = "id,n\n", amounts = "amount,n\n"
  for i in 0..<300 {
    ids += "\(rng.next() % 900_000_000 + 100_000_000),\(i % 7)\n"
    // Unique, skewed like incomes: a square of a uniform number.
    let u = Double(rng.next() % 1_000_000) / 1_000_000
    amounts += "\(100_000 + i + Int(u * u * 4_000_000) * 300),\(i % 7)\n"
  }
  #expect(try readTable(ids).columns[0].schema.identifierKind == .randomNumber)
  let amount = try readTable(amounts).columns[0].schema
  #expect(amount.kind == .integer && amount.distinctCount == 300)
}

@Test func noneIsKeptAsAnAnswerWhereItIsFrequent() throws {
  let language = schema(try personalTable(), "language")
  #expect(language.kind == .categorical)
  #expect(language.missingCount == 0)
  #expect(language.keptTokens == [MissingCode(text: "NONE", count: 120, isUserCode: false)])
  #expect(language.reasons.contains(.tokenKept(token: "NONE", count: 120)))
  // A file that writes None for missing numbers means missing by it everywhere.
  var text = "language,score\n"
  for i in 0..<40 {
    let language = i % 3 == 0 ? "None" : "Dutch"
    let score = i % 4 == 0 ? "None" : String(i)
    text += language + "," + score + "\n"
  }
  let marked = try readTable(text)
  #expect(marked.columns[0].schema.missingCount == 14)
  #expect(marked.columns[0].schema.keptTokens.isEmpty)
  // A rare None and other markers count as missing.
  let rare = try column((0..<100).map { (i: Int) -> String in i == 3 ? "NONE" : (i % 9 == 0 ? "NA" : "yes\(i % 3)") })
  #expect(rare.schema.keptTokens.isEmpty)
  #expect(rare.schema.missingCodes.map { $0.text } == ["NA", "NONE"])
}

@Test func notMissingKeepsATokenAndMissingCountsAKeptOne() throws {
  var options = TableOptions()
  var o = ColumnOverride(column: "income")
  o.notMissing = ["na"]
  var l = ColumnOverride(column: "language")
  l.missingCodes = ["NONE"]
  options.overrides = [o, l]
  let table = try personalTable(options)
  let income = schema(table, "income")
  #expect(income.missingCount == 0)
  #expect(income.keptTokens == [MissingCode(text: "NA", count: 13, isUserCode: true)])
  #expect(income.kind == .categorical)
  let language = schema(table, "language")
  #expect(language.missingCount == 120)
  #expect(language.keptTokens.isEmpty)
}

@Test func specialCodesAreSuggestedNotApplied() throws {
  let score = schema(try personalTable(), "score")
  #expect(score.suggestedCodes == [MissingCode(text: "-9", count: 22, isUserCode: false), MissingCode(text: "999", count: 10, isUserCode: false)])
  #expect(score.missingCount == 0)
  // Ages up to 95 with a 99: too close to call a code.
  let ages = try column((0..<50).map { (i: Int) -> String in i == 7 ? "99" : String(20 + i * 3 / 2) })
  #expect(ages.schema.suggestedCodes.isEmpty)
}

@Test func quasiIdentifiersAreFlaggedAndCoarsened() throws {
  let table = try personalTable()
  #expect(schema(table, "postcode").quasiIdentifier == QuasiIdentifier(kind: .postcode, coarsenings: [.pc4]))
  #expect(!schema(table, "postcode").excluded)
  #expect(schema(table, "geboortedatum").quasiIdentifier == QuasiIdentifier(kind: .birthDate, coarsenings: [.year, .month]))
  #expect(schema(table, "age").quasiIdentifier == nil)

  var options = TableOptions()
  for (name, c) in [("postcode", Coarsening.pc4), ("geboortedatum", .year)] {
    var o = ColumnOverride(column: name)
    o.coarsen = c
    options.overrides.append(o)
  }
  let coarse = try personalTable(options)
  let postcode = coarse.columns[coarse.column(named: "postcode")!]
  #expect(postcode.schema.coarsened == .pc4)
  #expect(postcode.schema.examples.allSatisfy { $0.utf8.count == 4 })
  let born = coarse.columns[coarse.column(named: "geboortedatum")!]
  #expect(born.schema.kind == .integer)
  #expect(born.numbers[0] == 1944)
  #expect(born.schema.quasiIdentifier == nil)

  options.overrides[1].coarsen = .month
  let months = try personalTable(options).columns[9 - 1]
  #expect(months.schema.dateFormat?.pattern == "MM-yyyy")
  #expect(months.schema.text(of: months.numbers[0]) == "08-1944")
  #expect(months.schema.quasiIdentifier == QuasiIdentifier(kind: .birthDate, coarsenings: [.year]))
  // Month columns read back (a synthetic file with the real settings) stay months.
  var back = TableOptions()
  var m = ColumnOverride(column: "x")
  m.coarsen = .month
  back.overrides = [m]
  let again = try column(["08-1944", "12-2001", "08-1944"], options: back)
  #expect(again.schema.kind == .date && again.schema.text(of: again.numbers[1]) == "12-2001")
}

@Test func coarseningTheWrongKindOfColumnSaysWhy() {
  var options = TableOptions()
  var o = ColumnOverride(column: "country")
  o.coarsen = .year
  options.overrides = [o]
  #expect(throws: DataError.coarseningNeedsDates(column: "country", coarsening: .year, kind: .categorical)) { try personalTable(options) }
  options.overrides[0].coarsen = .pc4
  #expect(throws: DataError.coarseningNeedsPostcodes(column: "country")) {
    try personalTable(options)
  }
}

@Test func rareCategoriesAreFlaggedAndPooled() throws {
  let country = try personalTable().columns[9]
  #expect(country.schema.name == "country")
  #expect(country.schema.rareLevels == 1 && country.schema.rareRows == 1)
  #expect(country.levels.contains("Tuvalu"))

  var options = TableOptions()
  options.poolRare = 5
  let pooled = try personalTable(options)
  let c = pooled.columns[9]
  #expect(c.levels == ["BE", "NL", "other"])
  #expect(c.schema.reasons.contains(.pooled(levels: 1, rows: 1, threshold: 5)))
  #expect(c.schema.rareLevels == 1)  // "other" holds one row, so it is still rare
  // Every row keeps a level; the one person's row is now "other".
  let tuvalu = try personalTable().columns[9]
  for row in 0..<c.codes.count {
    let before = tuvalu.levels[Int(tuvalu.codes[row])]
    #expect(c.levels[Int(c.codes[row])] == (before == "Tuvalu" ? "other" : before))
  }
  // Per column, and never for an excluded column.
  var one = TableOptions()
  var o = ColumnOverride(column: "comment")
  o.poolRare = 60
  one.overrides = [o]
  let comments = try personalTable(one)
  #expect(comments.columns[12].levels == ["ok", "other"])
  #expect(comments.columns[9].levels == ["BE", "NL", "Tuvalu"])
}

@Test func analyzeSpeaksDutchAndListsTheNewFields() throws {
  let bytes = try fixtureBytes("personal_identifiers.csv")
  let text = String(decoding: bytes, as: UTF8.self)
  let r = run(["analyze", "p.csv", "--json", "--lang", "nl", "--min-count", "3"], files: [("p.csv", text)])
  #expect(r.code == 0)
  let root = try JSONParser.parse(Array(r.stdout.utf8))
  func member(_ v: JSONValue?, _ key: String) -> JSONValue? { v?.objectValue?.first { $0.0 == key }?.1 }
  func column(_ name: String) -> JSONValue? { member(root, "schema")?.arrayValue?.first { member($0, "name")?.stringValue == name } }
  #expect(member(root, "minCount")?.numberValue == 3)
  #expect(member(column("bsn"), "identifier")?.stringValue == "bsn")
  let kept = member(member(column("language"), "missing"), "kept")?.arrayValue?.first
  #expect(member(kept, "code")?.stringValue == "NONE" && member(kept, "count")?.numberValue == 120 && member(kept, "user")?.boolValue == false)
  let suggested = member(member(column("score"), "missing"), "suggested")?.arrayValue ?? []
  #expect(suggested.map { member($0, "code")?.stringValue ?? "" } == ["-9", "999"])
  let quasi = member(column("geboortedatum"), "quasiIdentifier")
  #expect(member(quasi, "kind")?.stringValue == "birthDate")
  #expect(member(quasi, "message")?.stringValue?.hasPrefix("een exacte geboortedatum") == true)
  #expect(member(quasi, "coarsen")?.arrayValue?.map { $0.stringValue ?? "" } == ["year", "month"])
  #expect(member(member(column("country"), "rare"), "levels")?.numberValue == 1)
  #expect(member(column("age"), "rare") == nil)
  #expect(r.stdout.contains("elke waarde is een geheel getal"))
  #expect(!r.stdout.contains("every value"))
}

@Test func newReadingSettingsRoundTrip() throws {
  let flags = ["--not-missing", "income=NA", "--coarsen", "postcode=pc4", "--pool-rare", "5", "--pool-rare", "comment=60", "--min-count", "7"]
  let r = run(["synth", "p.csv", "-o", "s.csv", "--json", "s.json", "--no-report"] + flags, files: [("p.csv", String(decoding: try fixtureBytes("personal_identifiers.csv"), as: UTF8.self))])
  #expect(r.code == 0, "\(r.stderr)")
  let json = r.files.first { $0.0 == "s.json" }?.1 ?? ""
  #expect(json.contains("\"minCount\":7,\"poolRare\":5,\"columns\":{\"income\":{\"notMissing\":[\"NA\"]},\"postcode\":{\"coarsen\":\"pc4\"},\"comment\":{\"poolRare\":60}}"))
  let bad = run(["analyze", "p.csv", "--coarsen", "postcode=pc6"], files: [("p.csv", "postcode\n1234 AB\n")])
  #expect(bad.code == 2)
  #expect(bad.stderr.contains("'pc6' is not a coarsening; use year, month or pc4"))
  let zero = run(["analyze", "p.csv", "--pool-rare", "1"], files: [("p.csv", "a\nx\n")])
  #expect(zero.stderr.contains("option '--pool-rare' needs a whole number of rows from 2 to 1000, not '1'"))
  let unknown = run(["analyze", "p.csv", "--settings", "s.json"], files: [("p.csv", "a\nx\n"), ("s.json", "{\"columns\": {\"a\": {\"coarse\": \"pc4\"}}}")])
  #expect(unknown.stderr.contains("unknown setting \"coarse\" (use type, missing, notMissing, include, coarsen, poolRare)"))
}

@Test func theReportSaysWhyAnIdentifierIsNotEvaluated() throws {
  let real = try personalTable()
  let aligned = try AlignedTables.align(real: real, synthetic: real)
  #expect(aligned.notes.contains(.excludedColumn("bsn", .identifier, .bsn)))
  let note = EvaluationNote.excludedColumn("phone", .identifier, .phone)
  #expect(note.text(Wording(language: .en)) == "'phone' is not evaluated: it is left out of synthesis because its values look like phone numbers, which identify people")
  #expect(note.text(Wording(language: .nl)) == "'phone' is niet geëvalueerd: de kolom is niet gesynthetiseerd omdat de waarden op telefoonnummers lijken, die mensen herkenbaar maken")
}

@Test func uniqueNumbersNamedAsIDsAreIDsHoweverTheyRun() throws {
  // Handed out in two blocks: neither gapless nor spread evenly, so only the name tells.
  func column(_ name: String) throws -> ColumnSchema {
    var text = "\(name),n\n"
    for i in 0..<300 { text += "\(i < 150 ? 1_000 + i * 3 : 50_000 + i),\(i % 7)\n" }
    return try readTable(text).columns[0].schema
  }
  for name in ["id", "klantnummer", "client_nr", "customerId", "Persoons Nummer", "record no"] {
    let schema = try column(name)
    #expect(schema.identifierKind == .namedNumber && schema.excluded, "\(name)")
  }
  for name in ["amount_paid", "valid", "income", "idle"] {
    #expect(try column(name).kind == .integer, "\(name)")
  }
  #expect(IdentifierPatterns.nameSaysNumbered("huis_nr") && !IdentifierPatterns.nameSaysNumbered("nrg"))
}
