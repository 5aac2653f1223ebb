import Testing

@testable import SynthCore

/// The rule language: what each text means, what it computes, and where its errors point.
@Suite struct RuleLanguageTests {
  static let table: Table = try! readTable(
    """
    id,age,education,start,end,stamp,sex,dep,sched,"odd name",flag
    1,30,12,2020-01-31,2020-02-03,2013-01-01 06:00:00,f,845,830,1.5,yes
    2,17,10,2020-03-01,2020-02-28,2013-07-01 23:59:00,m,5,2355,,no
    3,NA,8,2016-07-02,2016-07-02,2013-03-10 05:00:00,f,2400,0,2,yes
    """)

  static func value(_ text: String, row: Int = 0) throws -> RuleValue {
    let bound = try RuleBinder(rule: text, table: table).bind(try RuleParser.expression(text))
    return RuleEvaluator.value(bound, row: row, in: table)
  }

  static func error(_ text: String) -> RuleError? {
    do throws(RuleError) {
      _ = try BoundRule(try Rule(text), to: table)
      return nil
    } catch {
      return error
    }
  }

  @Test func formsAreReadFromTheText() throws {
    #expect(try Rule("experience = age - education - 6").target == "experience")
    if case .computed(let c, _, _) = try Rule("bmi = weight / (height/100)^2").form { #expect(c == "bmi") } else { Issue.record("not computed") }
    if case .conditional(_, let c, _, let v) = try Rule("if marital == \"SINGLE\" then ymarr is missing").form {
      #expect(c == "ymarr" && v == nil)
    } else { Issue.record("not conditional") }
    if case .conditional(_, let c, _, let v) = try Rule("if age < 18 then benefit = \"yes\"").form {
      #expect(c == "benefit" && v == .constant(.text("yes")))
    } else { Issue.record("not conditional") }
    if case .constraint = try Rule("enddate >= startdate").form {} else { Issue.record("not a constraint") }
    // `if … then <condition>` is an implication, kept by re-drawing.
    if case .constraint = try Rule("if a > 0 then b > 0").form {} else { Issue.record("not a constraint") }
    #expect(try Rule("keep combinations of municipality, 'the province'").form == .combinations(["municipality", "the province"]))
    #expect(try Rule("if x == 1 then y = 2").columnNames == ["y", "x"])
  }

  @Test func arithmeticFollowsTheUsualPrecedence() throws {
    #expect(try Self.value("2 + 3 * 4") == .number(14))
    #expect(try Self.value("2 ^ 3 ^ 2") == .number(512))
    #expect(try Self.value("-2 ^ 2") == .number(-4))
    #expect(try Self.value("(2 + 3) × 4 − 1") == .number(19))
    #expect(try Self.value("age - education - 6") == .number(12))
    #expect(try Self.value("age / 0") == .missing)
    #expect(try Self.value("sqrt(-1)") == .missing)
    #expect(try Self.value("round(2.345, 2) + floor(-1.5) + abs(-3) + max(1, 7, 2) - min(4, 5)") == .number(2.35 - 2 + 3 + 7 - 4))
    #expect(try Self.value("exp(log(10))") == .number(Math.exp(Math.log(10))))
    #expect(try Self.value("'odd name' * 2") == .number(3))
  }

  @Test func logicHandlesMissingValuesAsR() throws {
    // Row 2 has no age: comparisons with it are missing, `is missing` is true.
    #expect(try Self.value("age > 18", row: 2) == .missing)
    #expect(try Self.value("age is missing", row: 2) == .logical(true))
    #expect(try Self.value("age is not missing", row: 2) == .logical(false))
    #expect(try Self.value("age > 18 and education > 10", row: 2) == .logical(false))
    #expect(try Self.value("age > 18 or education > 1", row: 2) == .logical(true))
    #expect(try Self.value("not (age > 18)") == .logical(false))
    #expect(try Self.value("sex in {\"f\", \"x\"}") == .logical(true))
    #expect(try Self.value("sex not in {\"f\", \"x\"}", row: 1) == .logical(true))
    #expect(try Self.value("if age >= 18 then \"adult\" else \"child\"", row: 1) == .text("child"))
    #expect(try Self.value("flag == true") == .logical(true))
    #expect(try Self.value("flag == \"yes\"", row: 1) == .logical(false))
    #expect(try Self.value("id == \"1\"") == .logical(true))
  }

  @Test func datesHaveTheirPartsAndDifferences() throws {
    #expect(try Self.value("end - start") == .number(3))
    #expect(try Self.value("end >= start", row: 1) == .logical(false))
    #expect(try Self.value("year(start) * 10000 + month(start) * 100 + day(start)") == .number(20200131))
    #expect(try Self.value("weekday(start)") == .number(5))  // 31 January 2020 was a Friday
    #expect(try Self.value("start + 1 == date(2020, 2, 1)") == .logical(true))
    #expect(try Self.value("date(2021, 2, 29)") == .missing)
    #expect(try Self.value("decimal_year(start)", row: 2) == .number(2016.5))
    #expect(try Self.value("hour(stamp) * 100 + minute(stamp)", row: 1) == .number(2359))
    #expect(try Self.value("stamp == datetime(2013, 1, 1, 6)") == .logical(true))
    #expect(try Self.value("stamp - datetime(2013, 1, 1)") == .number(0.25))
    #expect(try Self.value("clock(dep) - clock(sched)") == .number(15))
    #expect(try Self.value("clock(dep) - clock(sched)", row: 1) == .number(5 - 1435))
    #expect(try Self.value("clock(2400)") == .number(1440))
    #expect(try Self.value("clock(870)") == .missing)
  }

  @Test func errorsPointIntoTheText() {
    func at(_ text: String) -> Int? { Self.error(text)?.position }
    #expect(at("age = ") == 7)
    #expect(at("agee > 3") == 1)
    #expect(Self.error("agee > 3")?.message.english == "there is no column 'agee'; did you mean 'age'?")
    #expect(at("age > 3 and sex + 1 > 2") == 17)
    #expect(Self.error("age > 3 and sex + 1 > 2")?.message.english == "'+' adds numbers, or days to a date, not a text and a number")
    #expect(at("year(age) = 3") == 1)
    #expect(at("x = \"open") == 5)
    #expect(at("age > 1 > 0") == 9)
    #expect(at("age = if sex == \"f\" then 1") == 27)
    #expect(Self.error("age = if sex == \"f\" then 1")?.message.english == "an 'if' inside a formula needs 'else' and a value for the other rows")
    #expect(at("age = sqr(education)") == 7)
    #expect(at("age = min()") == 7)
    #expect(at("age @ 3") == 5)
    #expect(at("keep combinations of age") == 1)
    #expect(at("keep combinations age, sex") == 19)
    #expect(at("age = age + 1") == 1)
    #expect(Self.error("sex = 3 + age")?.message.english == "column 'sex' holds a text, and the rule gives it a number" || Self.error("sex = 3 + age") == nil)
    #expect(at("start = 1") == 1)
    #expect(Self.error("start = 1")?.message.english == "column 'start' holds a date, and the rule gives it a number")
    #expect(Self.error("end >= start") == nil)
    #expect(Self.error("if sex == \"f\" then 'odd name' is missing") == nil)
  }

  @Test func errorsAreWordedInDutch() {
    let e = SynthesisError.rule(Self.error("agee > 3")!)
    #expect(e.dutch == "regel 'agee > 3', bij teken 1: er is geen kolom 'agee'; bedoelt u 'age'?")
    #expect(e.english == "rule 'agee > 3', at character 1: there is no column 'agee'; did you mean 'age'?")
  }

  /// Hostile rules are refused with a message, never a deep recursion: evaluation recurses over the
  /// tree, and a wasm stack is small.
  @Test func hostileRulesAreBounded() throws {
    func failure(_ text: String) -> RuleError? {
      do throws(RuleError) { _ = try Rule(text); return nil } catch { return error }
    }
    #expect(failure("age < " + String(repeating: "(", count: 40) + "1" + String(repeating: ")", count: 40))?.message.english
      == "the rule nests more than 32 levels deep; split it into several rules")
    #expect(failure(String(repeating: "-", count: 5000) + "1")?.position == 1001)
    #expect(failure(Array(repeating: "1", count: 300).joined(separator: "+"))?.message.english == "the rule has more than 200 operators; split it into several rules")
    #expect(failure(String(repeating: "not ", count: 40) + "age > 1") != nil)
    let long = failure("age < " + String(repeating: "1", count: 2000))!
    #expect(long.shown.unicodeScalars.count == 80 && long.shown.hasSuffix("…"))
    // Names with spaces, quotes and non-Latin letters; overflowing arithmetic is missing, not infinite.
    let table = try readTable("\"it's x\",Größe,\"a\"\"b\"\n1,2,3\n1,2,3\n2,3,1\n2,3,1\n3,1,2\n3,1,2\n")
    #expect(table.columnNames == ["it's x", "Größe", "a\"b"])
    let rule = try BoundRule(try Rule("'it''s x' + Größe + `a\"b` == 6"), to: table)
    #expect((0..<6).allSatisfy { rule.holds($0, in: table) })
    #expect(RuleEvaluator.value(try RuleBinder(rule: "", table: table).bind(RuleParser.expression("Größe * 1e308 * 10")), row: 0, in: table) == .missing)
  }
}
