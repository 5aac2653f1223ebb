import Testing

@testable import SynthCore

@Test func csvRoundTripKeepsEveryValueAsWritten() throws {
  let input = #"""
    id,amount,when,ok,city,note
    1,10.0,01-03-2024,ja,Utrecht,"a, b"
    2,54.51,1-3-2024,nee,Delft,"say ""hi"""
    3,,15-11-2023,ja,NA,
    4,-0.5,2-1-2024,,"Den Haag",x

    """#
  let table = try readTable(input)
  var writer = TableWriter(table: table)
  #expect(text(writer.csv()) == #"""
    id,amount,when,ok,city,note
    1,10.0,1-3-2024,ja,Utrecht,"a, b"
    2,54.51,1-3-2024,nee,Delft,"say ""hi"""
    3,,15-11-2023,ja,,
    4,-0.5,2-1-2024,,Den Haag,x

    """#)
  writer.missingOutput = .code
  #expect(text(writer.csv()).contains("3,,15-11-2023,ja,NA,\n"))
}

@Test func csvKeepsDialectDelimiterDecimalCommaLineEndsAndBOM() throws {
  let input: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a;b\r\n1,5;x\r\n2,25;y\r\n".utf8)
  let table = try Table.read(input, file: "t.csv")
  #expect(TableWriter(table: table).csv() == input)
}

@Test func jsonRecordsUseNumbersBooleansAndNull() throws {
  let table = try readTable("n,x,b,d,c\n1,1.50,yes,2024-03-01,\"q\"\"uote\"\n2,,no,2024-03-02,NA\n")
  #expect(text(TableWriter(table: table).jsonRecords()) == #"""
    [
    {"n":1,"x":1.50,"b":true,"d":"2024-03-01","c":"q\"uote"},
    {"n":2,"x":null,"b":false,"d":"2024-03-02","c":null}
    ]

    """#)
}

@Test func writerQuotesFieldsThatNeedIt() {
  var out: [UInt8] = []
  TableWriter.appendField("a;b", delimiter: UInt8(ascii: ";"), to: &out)
  TableWriter.appendField(" lead", delimiter: UInt8(ascii: ","), to: &out)
  TableWriter.appendField("line\nbreak", delimiter: UInt8(ascii: ","), to: &out)
  #expect(text(out) == "\"a;b\"\" lead\"\"line\nbreak\"")
}

@Test func numberStyles() {
  #expect(NumberFormatting.format(10, style: .decimals(minimum: 1, maximum: 2)) == "10.0")
  #expect(NumberFormatting.format(54.51, style: .decimals(minimum: 1, maximum: 2)) == "54.51")
  #expect(NumberFormatting.format(-0.05, style: .decimals(minimum: 2, maximum: 2)) == "-0.05")
  #expect(NumberFormatting.format(1.005, style: .decimals(minimum: 3, maximum: 3)) == "1.005")
  #expect(NumberFormatting.format(2.5, style: .decimals(minimum: 0, maximum: 3)) == "2.5")
  #expect(NumberFormatting.format(3, style: .decimals(minimum: 0, maximum: 3)) == "3")
  #expect(NumberFormatting.format(1.25, style: .decimals(minimum: 2, maximum: 2), decimalComma: true) == "1,25")
  #expect(NumberFormatting.format(1e20, style: .decimals(minimum: 2, maximum: 2)) == "1e+20")
  #expect(NumberFormatting.format(-7, style: .integer) == "-7")
  #expect(NumberFormatting.format(1e-05, style: .shortest) == "1e-05")
  #expect(NumberFormatting.json(.nan) == "null")
  #expect(NumberFormatting.json(3) == "3")
  #expect(NumberFormatting.json(0.1) == "0.1")
}

@Test func numberScanning() {
  #expect(NumberFormatting.scan("1,5", decimalComma: true)?.value == 1.5)
  #expect(NumberFormatting.scan("1,5", decimalComma: false) == nil)
  #expect(NumberFormatting.scan("007", decimalComma: false) == nil)
  #expect(NumberFormatting.scan("0.5", decimalComma: false)?.decimals == 1)
  #expect(NumberFormatting.scan("inf", decimalComma: false) == nil)
  #expect(NumberFormatting.scan("1e400", decimalComma: false) == nil)
  #expect(NumberFormatting.scan("12345678901234567890", decimalComma: false) == nil)
  #expect(NumberFormatting.scan(" 5", decimalComma: false) == nil)
  #expect(NumberFormatting.scan("5.", decimalComma: false) == nil)
}

@Test func dateFormatsWriteBackTheirShape() {
  let dutch = DateFormat(order: .dayMonthYear, separator: UInt8(ascii: "-"), padded: false, time: .none)
  #expect(dutch.format(19_783) == "1-3-2024")
  let iso = DateFormat(order: .yearMonthDay, separator: UInt8(ascii: "-"), padded: true, time: .seconds, timeSeparator: UInt8(ascii: "T"), utcSuffix: true)
  #expect(iso.format(Double(19_783 * 86_400 + 3_661)) == "2024-03-01T01:01:01Z")
  let us = DateFormat(order: .monthDayYear, separator: UInt8(ascii: "/"), padded: true, time: .minutes)
  #expect(us.format(-86_400 + 90) == "12/31/1969 00:02")
  #expect(CivilDate.civil(fromDays: CivilDate.days(year: 1600, month: 2, day: 29)) == (1600, 2, 29))
}

@Test func schemaDocumentDescribesTypesLevelsAndRanges() throws {
  let table = try readTable("age,sex,when\n30,m,2024-01-02\n-8,f,2024-03-04\n41,m,\n")
  var options = TableOptions()
  var age = ColumnOverride(column: "age")
  age.missingCodes = ["-8"]
  options.overrides = [age]
  let typed = try readTable("age,sex,when\n30,m,2024-01-02\n-8,f,2024-03-04\n41,m,\n", options: options)
  let json = try JSONParser.parse(SchemaDocument(table: typed, version: "test").json())
  let columns = json["schema"]?.arrayValue ?? []
  #expect(columns.count == 3)
  #expect(columns[0]["type"] == .string("integer"))
  #expect(columns[0]["min"] == .string("30"))
  #expect(columns[0]["missing"]?["codes"] == .array([.object([("code", .string("-8")), ("count", .number(1)), ("user", .bool(true))])]))
  #expect(columns[1]["levels"] == .array([.object([("value", .string("f")), ("count", .number(1))]), .object([("value", .string("m")), ("count", .number(2))])]))
  #expect(columns[2]["format"] == .string("yyyy-MM-dd"))
  #expect(columns[2]["max"] == .string("2024-03-04"))
  #expect(table.columns[0].schema.missingCount == 0)
}

/// OWASP CSV injection: text cells that a spreadsheet would run get a leading apostrophe; numbers
/// of numeric columns, numbers written as text and a lone sign do not.
@Test func formulaCellsAreNeutralisedAndNumbersStayNumbers() throws {
  let input = "n,t,d,code\n"
    + #"-2,"=HYPERLINK(""http://x"")",-1e308,a"# + "\n"
    + "3,+SUM(A1),1.5,b\n"
    + "4,@A1,2.5,a\n"
    + "5,-cmd,3.5,b\n"
    + "6,\"\tx\",4.5,a\n"
    + "7,\"\rx\",5.5,b\n"
    + "8,-2,6.5,a\n"
    + "9,plain,7.5,@none\n"
  var options = TableOptions()
  var code = ColumnOverride(column: "code")
  code.missingCodes = ["@none"]
  options.overrides = [code]
  let table = try Table.read(Array(input.utf8), file: "t.csv", options: options)
  #expect(table.columns.map { $0.schema.kind } == [.integer, .categorical, .decimal, .categorical])
  var writer = TableWriter(table: table)
  writer.missingOutput = .code
  let (bytes, count, _) = writer.csvCountingNeutralised()
  let lines = text(bytes).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  #expect(lines[0] == "n,t,d,code")
  #expect(lines[1].hasPrefix(#"-2,"'=HYPERLINK(""http://x"")",-"#))
  #expect(lines[2] == "3,'+SUM(A1),1.5,b")
  #expect(lines[3] == "4,'@A1,2.5,a")
  #expect(lines[4] == "5,'-cmd,3.5,b")
  #expect(lines[5] == "6,'\tx,4.5,a")
  #expect(text(bytes).contains("7,\"'\rx\",5.5,b\n"))
  #expect(text(bytes).contains("\n8,-2,6.5,a\n"), "a number in a text column stays a number")
  #expect(text(bytes).hasSuffix("\n9,plain,7.5,'@none\n"), "a missing code written back is a text cell too")
  #expect(count == 7)
  // Read back: the text cells keep their apostrophe, the numbers are numbers.
  let again = try Table.read(bytes, file: "o.csv")
  #expect(again.columns.map { $0.schema.kind } == [.integer, .categorical, .decimal, .categorical])
  #expect(again.columns[0].numbers[0] == -2 && again.columns[2].numbers[0] == -1e308)
  #expect(again.columns[1].levels.sorted() == ["'\rx", "'\tx", "'+SUM(A1)", "'-cmd", "'=HYPERLINK(\"http://x\")", "'@A1", "-2", "plain"].sorted())
  // Kept as they are when asked.
  writer.formulas = .keep
  let kept = writer.csvCountingNeutralised()
  #expect(kept.neutralised == 0)
  #expect(text(kept.bytes).contains("\n3,+SUM(A1),1.5,b\n"))
  #expect(try Table.read(kept.bytes, file: "k.csv").columns[1].levels == table.columns[1].levels)
}

@Test func onlyCellsThatCanStartAFormulaAreChanged() {
  func neutralised(_ s: String) -> String {
    var bytes = Array(s.utf8)
    _ = FormulaHandling.neutralise(&bytes)
    return text(bytes)
  }
  #expect(neutralised("=1+1") == "'=1+1")
  #expect(neutralised("-") == "-", "a lone sign is the standard missing token and runs nothing")
  #expect(neutralised("-2") == "-2")
  #expect(neutralised("+2.5e3") == "+2.5e3")
  #expect(neutralised("-1,5") == "-1,5")
  #expect(neutralised("-2+3") == "'-2+3")
  #expect(neutralised("-1e") == "'-1e")
  #expect(neutralised("a=b") == "a=b")
  #expect(neutralised(" =b") == " =b")
}
