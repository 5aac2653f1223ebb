import Foundation
import Testing

@testable import SynthCore

private func texts(_ table: Table) -> [String] { RuleDiscovery.discover(table).map(\.text) }

/// A CSV of `rows` rows from one function per column.
private func csv(_ header: [String], rows: Int, _ row: (Int) -> [String]) -> String {
  var text = header.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") + "\n"
  for i in 0..<rows { text += row(i).joined(separator: ",") + "\n" }
  return text
}

// Each rule checked against the file with a separate script (pandas-free Python) before pasting.
private let goldenRules: [String: [String]] = [
  "cps1985": [
    "experience <= age",
    "experience = age - education - 6",
  ],
  "duo_cub_20k": [],
  "gss_wages": [
    "keep combinations of occ10, occrecode",
    "keep combinations of occ10, prestg10",
    "if wrkstat is missing then realrinc is missing",
    "if occ10 is missing then occrecode is missing",
    "if occ10 is missing then prestg10 is missing",
    "if occrecode is missing then prestg10 is missing",
  ],
  "hotel_rates": [
    "arrival_date_num = decimal_year(arrival_date)",
    "keep combinations of arrival_date, near_christmas",
    "keep combinations of arrival_date, near_new_years",
    "keep combinations of arrival_date, historical_adr",
  ],
  "lawschool": [],
  "weather": [
    "dewp <= temp",
    "wind_speed <= wind_gust",
    "keep combinations of month, day, hour, time_hour",
  ],
]

@Test(arguments: datasetNames) func discoveredRulesMatchGolden(name: String) throws {
  let table = try sharedTable(name)
  let rules = RuleDiscovery.discover(table)
  #expect(rules.map(\.text) == goldenRules[name])
  for r in rules {
    #expect(r.support >= 0.99 && r.support <= 1, "\(r.text)")
    #expect(r.rows >= 10)
  }
  // The same rows in reverse order give the same list.
  let reversed = table.selecting(rows: Array((0..<table.rowCount).reversed()))
  let again = RuleDiscovery.discover(reversed)
  #expect(again.map(\.text) == rules.map(\.text))
  #expect(again.map(\.rows) == rules.map(\.rows))
}

@Test func discoveredSupportAndRowsOfKnownRules() throws {
  let cps = RuleDiscovery.discover(try sharedTable("cps1985"))
  let experience = try #require(cps.first { $0.text == "experience = age - education - 6" })
  #expect(experience.kind == .identity)
  #expect(experience.rows == 534)
  expectNear(experience.support, 533.0 / 534.0)
  let weather = RuleDiscovery.discover(try sharedTable("weather"))
  let parts = try #require(weather.first { $0.kind == .combination })
  // One hour of the autumn clock change (1 AM twice) has two UTC times.
  expectNear(parts.support, 1 - 3.0 / 26_115)
}

@Test func ruleNamesAndNumbersAreWrittenForTheParser() {
  #expect(RuleDiscovery.name("age") == "age")
  #expect(RuleDiscovery.name("a.b_1") == "a.b_1")
  #expect(RuleDiscovery.name("_x") == "_x")
  #expect(RuleDiscovery.name("it's x") == "'it''s x'")
  #expect(RuleDiscovery.name("1st") == "'1st'")
  #expect(RuleDiscovery.name("missing") == "'missing'")
  #expect(RuleDiscovery.name("Keep") == "'Keep'")
  #expect(RuleDiscovery.name("") == "''")
  #expect(RuleDiscovery.number(6) == "6")
  #expect(RuleDiscovery.number(-6) == "-6")
  #expect(RuleDiscovery.number(2.5) == "2.5")
  #expect(RuleDiscovery.number(0.001) == "0.001")
  #expect(RuleDiscovery.number(-0.25) == "-0.25")
  #expect(RuleDiscovery.number(1.21) == "1.21")
  #expect(RuleDiscovery.number(1234567) == "1234567")
}

@Test func identitiesKeepOneRulePerColumnSet() throws {
  // y = 2.5 x and z = x - 6; x = z + 6 is the same rule, listed from the later target.
  let table = try readTable(csv(["x", "y", "z"], rows: 100) { i in
    let x = (i * 37) % 50 + 10
    return ["\(x)", RuleDiscovery.number(Double(x) * 2.5), "\(x - 6)"]
  })
  let rules = RuleDiscovery.discover(table).filter { $0.kind == .identity }
  #expect(rules.map(\.text) == ["y = x * 2.5", "z = x - 6"])
  #expect(rules.allSatisfy { $0.support == 1 && $0.rows == 100 })
}

@Test func identityOfThreeColumnsAndItsNearMiss() throws {
  // a = b + c + 2 in every row; d = b + 3 in only 98 of 100 rows.
  let table = try readTable(csv(["b", "c", "a", "d"], rows: 100) { i in
    let b = (i * 37) % 50, c = (i * 11) % 13 - 4
    return ["\(b)", "\(c)", "\(b + c + 2)", "\(i % 50 == 7 ? b - 5 : b + 3)"]
  })
  let rules = texts(table).filter { $0.contains("=") && !$0.contains("<=") }
  #expect(rules == ["c = a - b - 2"])
}

@Test func aConstantColumnGivesNothing() throws {
  let table = try readTable(csv(["k", "x"], rows: 60) { i in ["5", "\((i * 7) % 30)"] })
  #expect(table.columns[0].schema.kind == .constant)
  #expect(texts(table) == [])
  let shifted = try readTable(csv(["k", "x", "y"], rows: 60) { i in ["5", "\((i * 7) % 30)", "\((i * 7) % 30 + 5)"] })
  #expect(texts(shifted) == ["x <= y", "y = x + 5"])
}

@Test func quotedNamesInDiscoveredRules() throws {
  let table = try readTable(csv(["it's x", "y"], rows: 60) { i in ["\((i * 7) % 30)", "\((i * 7) % 30 + 1)"] })
  #expect(texts(table) == ["'it''s x' <= y", "y = 'it''s x' + 1"])
}

@Test func ordersNeedOverlappingRangesAndAreCapped() throws {
  // low <= high everywhere, with ranges that overlap; `far` is above both by its range alone.
  let table = try readTable(csv(["low", "high", "far"], rows: 100) { i in
    let low = (i * 37) % 50
    return ["\(low)", "\(low + (i * 13) % 7 + (i % 3 == 0 ? 0 : 1))", "\(1000 + (i * 17) % 40)"]
  })
  #expect(texts(table).filter { $0.contains("<=") } == ["low <= high"])
  // A 98% order is not listed.
  let broken = try readTable(csv(["low", "high"], rows: 100) { i in
    let low = (i * 37) % 50
    return ["\(low)", "\(i % 50 == 3 ? low - 1 : low + (i * 13) % 7 + 1)"]
  })
  #expect(texts(broken).filter { $0.contains("<=") } == [])
  // Thirty columns ordered pairwise: only 24 pairs are listed.
  let wide = try readTable(csv((0..<30).map { "c\($0)" }, rows: 200) { i in
    let base = (i * 37) % 100
    return (0..<30).map { "\(base + $0 * 3 + (i * 7 + $0) % 3)" }
  })
  #expect(RuleDiscovery.discover(wide).filter { $0.kind == .order }.count == 24)
}

@Test func datePartsAndAssembly() throws {
  // 2024-01-01 is a Monday.
  let table = try readTable(csv(["d", "y", "m", "dd", "wd"], rows: 80) { i in
    let days = CivilDate.days(year: 2024, month: 1, day: 1) + Int64(i * 13)
    let (y, m, dd) = CivilDate.civil(fromDays: days)
    let date = "\(y)-\(m < 10 ? "0" : "")\(m)-\(dd < 10 ? "0" : "")\(dd)"
    return [date, "\(y)", "\(m)", "\(dd)", "\((i * 13) % 7 + 1)"]
  })
  #expect(table.columns[0].schema.kind == .date)
  let rules = RuleDiscovery.discover(table).filter { $0.kind == .dateParts }
  #expect(rules.map(\.text) == ["d = date(y, m, dd)", "y = year(d)", "m = month(d)", "dd = day(d)", "wd = weekday(d)"])
}

@Test func decimalYear() throws {
  let table = try readTable(csv(["d", "dy"], rows: 60) { i in
    let days = CivilDate.days(year: 2016, month: 1, day: 1) + Int64(i * 11)
    let (y, m, dd) = CivilDate.civil(fromDays: days)
    let start = CivilDate.days(year: y, month: 1, day: 1)
    let value = Double(y) + Double(days - start) / (CivilDate.isLeap(y) ? 366 : 365)
    return ["\(y)-\(m < 10 ? "0" : "")\(m)-\(dd < 10 ? "0" : "")\(dd)", "\(value)"]
  })
  #expect(texts(table) == ["dy = decimal_year(d)"])
}

@Test func localPartsOfAUTCTimeAreKeptAsCombinations() throws {
  // t is UTC; month, day and hour are local time ten hours earlier; each hour twice (two stations).
  let start = CivilDate.days(year: 2013, month: 1, day: 20) * 86_400
  let table = try readTable(csv(["month", "day", "hour", "x", "t"], rows: 1056) { i in
    let utc = start + Int64(i / 2) * 3600, local = utc - 36_000
    let (_, lm, ld) = CivilDate.civil(fromDays: CivilDate.floorDiv(local, 86_400))
    let (uy, um, ud) = CivilDate.civil(fromDays: CivilDate.floorDiv(utc, 86_400))
    let uh = (utc - CivilDate.floorDiv(utc, 86_400) * 86_400) / 3600
    func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let lh = (local - CivilDate.floorDiv(local, 86_400) * 86_400) / 3600
    return ["\(lm)", "\(ld)", "\(lh)", "\((i * 7) % 13)", "\(uy)-\(two(um))-\(two(ud)) \(two(uh)):00:00"]
  })
  #expect(table.columns[4].schema.kind == .datetime)
  #expect(texts(table) == ["keep combinations of month, day, hour, t"])
}

@Test func functionalDependencies() throws {
  // city → region always; city → size in 98% of rows; region is no identity of anything.
  let cities = ["Amsterdam", "Breda", "Delft", "Ede", "Gouda"], regions = ["north", "south", "north", "north", "south"]
  let table = try readTable(csv(["city", "region", "size", "n"], rows: 200) { i in
    let c = (i * 7) % 5
    return [cities[c], regions[c], i % 50 == 9 ? "huge" : (c < 2 ? "big" : "small"), "\((i * 13) % 17)"]
  })
  #expect(texts(table) == ["keep combinations of city, region"])
}

@Test func missingValuePatterns() throws {
  // b is missing whenever a is (and in 3 more rows); c is missing exactly where a is observed.
  let table = try readTable(csv(["a", "b", "c", "x"], rows: 100) { i in
    let aMissing = i % 8 == 0
    let bMissing = aMissing || i % 31 == 5
    return [aMissing ? "" : "\(i % 9)", bMissing ? "" : "\(i % 7)", aMissing ? "\(i % 5)" : "", "\(i % 11)"]
  })
  let rules = RuleDiscovery.discover(table).filter { $0.kind == .missingWhen }
  #expect(rules.map(\.text) == ["if a is missing then b is missing", "if a is not missing then c is missing", "if b is not missing then c is missing"])
  #expect(rules[0].rows == 13)
  #expect(rules.allSatisfy { $0.support == 1 })
}

@Test(.disabled("timing, run by hand")) func discoveryTiming() throws {
  var text = "a,b,c,d,e,f\n"
  for i in 0..<1_000_000 {
    let a = (i &* 2_654_435_761) % 1000
    text += "\(a),\(a + i % 17),\(i % 12 + 1),g\(a % 40),\(i % 97 == 0 ? "" : "\(i % 5)"),\(Double(i % 1000) / 8)\n"
  }
  let table = try readTable(text)
  let start = Date()
  let rules = RuleDiscovery.discover(table)
  let seconds = Date().timeIntervalSince(start)
  try "\(seconds)\n\(rules.map(\.text))\n".write(toFile: "/tmp/disc_timing.txt", atomically: true, encoding: .utf8)
}
