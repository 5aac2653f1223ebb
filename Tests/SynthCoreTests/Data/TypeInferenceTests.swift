import Testing

@testable import SynthCore

/// A CSV with one column `x` holding `values`, then a row counter `n` so rows stay distinct.
func column(_ values: [String], options: TableOptions = TableOptions()) throws(DataError) -> Column {
  var text = "x,n\n"
  for (i, v) in values.enumerated() { text += (v.contains(",") ? "\"\(v)\"" : v) + ",\(i)\n" }
  return try readTable(text, options: options).columns[0]
}

@Test func integersAndDecimalsKeepTheirStyle() throws {
  let ints = try column(["3", "-12", "0", "+4"])
  #expect(ints.schema.kind == .integer)
  #expect(ints.numbers == [3, -12, 0, 4])
  let decimals = try column(["1.50", "2.25", "-0.5", ".75"])
  #expect(decimals.schema.kind == .decimal)
  #expect(decimals.schema.numberStyle == .decimals(minimum: 1, maximum: 2))
  #expect(decimals.numbers == [1.5, 2.25, -0.5, 0.75])
  let exponent = try column(["1e-05", "2.5E3"])
  #expect(exponent.schema.numberStyle == .shortest)
}

@Test func leadingZerosMakeCodesNotNumbers() throws {
  let c = try column(["0123", "0456", "7890", "0123"])
  #expect(c.schema.kind == .categorical)
}

@Test func decimalCommaIsReadWhenFieldsAreSemicolonSeparated() throws {
  let table = try readTable("a;b\n1,5;x\n2,25;y\n-3;z\n")
  #expect(table.columns[0].schema.kind == .decimal)
  #expect(table.columns[0].schema.decimalComma)
  #expect(table.columns[0].numbers == [1.5, 2.25, -3])
  #expect(table.dialect.decimalComma)
  #expect(table.notices.map { $0.code } == ["decimalComma", "fewRows"])
}

@Test func commaSeparatedFilesNeverReadDecimalCommas() throws {
  let table = try readTable("a,b\n\"1,5\",x\n\"2,5\",y\n")
  #expect(table.columns[0].schema.kind == .categorical)
}

@Test(arguments: ["", "NA", "N/A", "NaN", "null", "NULL", "None", "?", "-", ".", "na", "n/a", "nan", " "])
func standardMissingTokens(token: String) throws {
  let c = try column(["1", token, "3"])
  #expect(c.schema.kind == .integer)
  #expect(c.schema.missingCount == 1)
  #expect(c.schema.missingCodes == [MissingCode(text: token, count: 1, isUserCode: false)])
  #expect(c.missing == [0, 1, 0])
}

@Test func userMissingCodesAreKeptApartFromStandardTokens() throws {
  var options = TableOptions()
  var age = ColumnOverride(column: "x")
  age.missingCodes = ["-8", "999"]
  options.overrides = [age]
  let c = try column(["41", "-8", "", "999", "-8.0", "33"], options: options)
  #expect(c.schema.kind == .integer)
  #expect(c.schema.missingCodes == [
    MissingCode(text: "-8", count: 2, isUserCode: true), MissingCode(text: "999", count: 1, isUserCode: true),
    MissingCode(text: "", count: 1, isUserCode: false),
  ])
  #expect(c.missing == [0, 1, 3, 2, 1, 0])
  #expect(c.schema.missingCount == 4)
}

@Test func globalMissingCodesApplyToEveryColumn() throws {
  var options = TableOptions()
  options.missingCodes = ["Not available"]
  let table = try readTable("a,b\nNot available,1\nx,Not available\ny,2\n", options: options)
  #expect(table.columns[0].schema.missingCount == 1)
  #expect(table.columns[1].schema.kind == .integer)
}

@Test func booleanWordsInEnglishAndDutch() throws {
  for pair in [("true", "false"), ("Yes", "No"), ("ja", "nee"), ("J", "N")] {
    let c = try column([pair.0, pair.1, pair.0])
    #expect(c.schema.kind == .boolean)
    #expect(c.schema.booleanLabels?.0 == pair.1)
    #expect(c.schema.booleanLabels?.1 == pair.0)
    #expect(c.numbers == [1, 0, 1])
  }
}

@Test func zeroOneIsBooleanOnlyWhenAsked() throws {
  #expect(try column(["0", "1", "1"]).schema.kind == .integer)
  var options = TableOptions()
  options.booleanZeroOne = true
  #expect(try column(["0", "1", "1"], options: options).schema.kind == .boolean)
}

@Test func isoDatesAndDateTimes() throws {
  let d = try column(["2024-03-01", "2024-12-31", "1970-01-01"])
  #expect(d.schema.kind == .date)
  #expect(d.schema.dateFormat?.pattern == "yyyy-MM-dd")
  #expect(d.numbers == [19_783, 20_088, 0])
  let t = try column(["2024-03-01 10:00", "2024-03-02 23:59"])
  #expect(t.schema.kind == .datetime)
  #expect(t.schema.dateFormat?.pattern == "yyyy-MM-dd HH:mm")
  let expected: [Double] = [1_709_287_200, 1_709_423_940]
  #expect(t.numbers == expected)
  let z = try column(["2024-03-01T10:00:00Z", "2024-03-01T10:00:01Z"])
  #expect(z.schema.dateFormat?.pattern == "yyyy-MM-ddTHH:mm:ssZ")
  #expect(z.numbers[1] - z.numbers[0] == 1)
}

@Test func fractionalSecondsAreKept() throws {
  let t = try column(["2024-03-01 10:00:00.250", "2024-03-01 10:00:01.5", "2024-03-01 10:00:02"])
  #expect(t.schema.kind == .datetime)
  #expect(t.schema.dateFormat?.pattern == "yyyy-MM-dd HH:mm:ss.SSS")
  #expect(t.numbers[1] - t.numbers[0] == 1.25)
  #expect(t.schema.text(of: t.numbers[1]) == "2024-03-01 10:00:01.500")
  #expect(t.schema.text(of: t.numbers[0] - 86_400 * 365 * 60) == "1964-03-16 10:00:00.250")
}

@Test func dutchDatesWithAndWithoutPadding() throws {
  let padded = try column(["01-03-2024", "31-12-2023"])
  #expect(padded.schema.dateFormat?.pattern == "dd-MM-yyyy")
  #expect(padded.numbers == [19_783, 19_722])
  let short = try column(["1-3-2024", "15-11-2023", "01-02-2023"])
  #expect(short.schema.dateFormat?.pattern == "d-M-yyyy")
  #expect(short.schema.dateFormat?.order == .dayMonthYear)
}

@Test func slashDateOrderComesFromTheData() throws {
  let dayFirst = try column(["01/03/2024", "25/03/2024"])
  #expect(dayFirst.schema.dateFormat?.order == .dayMonthYear)
  #expect(dayFirst.schema.confidence == 1)
  let monthFirst = try column(["03/01/2024", "03/25/2024"])
  #expect(monthFirst.schema.dateFormat?.order == .monthDayYear)
  #expect(monthFirst.numbers[0] == 19_783)
  let ambiguous = try column(["01/03/2024", "02/03/2024"])
  #expect(ambiguous.schema.dateFormat?.order == .dayMonthYear)
  #expect(ambiguous.schema.confidence == 0.7)
  #expect(ambiguous.schema.reasons.contains(.dateOrder(.ambiguous)))
  var options = TableOptions()
  options.dateOrder = .monthDayYear
  #expect(try column(["01/03/2024", "02/03/2024"], options: options).numbers[0] == 19_725)
}

@Test func impossibleDatesAreNotDates() throws {
  #expect(try column(["2023-02-29", "2023-03-01"]).schema.kind == .categorical)
  #expect(try column(["2024-02-29", "2023-03-01"]).schema.kind == .date)
}

@Test func identifiersAndFreeTextAreExcluded() throws {
  let ids = try column((1...40).map { "P-\($0 * 7919)" })
  #expect(ids.schema.kind == .identifier)
  #expect(ids.schema.excluded)
  let rowNumbers = try column((101...140).map { String($0) })
  #expect(rowNumbers.schema.kind == .identifier)
  // In a small file uniqueness says little: unique words stay categories, but unique codes that
  // hold a digit (numbers given to people) are left out there too.
  let few = try column((1...10).map { "P-\($0)" })
  #expect(few.schema.kind == .identifier && few.schema.excluded)
  #expect(try column(["Utrecht", "Delft", "Breda", "Zaandam", "Groningen"]).schema.kind == .categorical)
  #expect(try column(["K1", "K2"]).schema.kind == .categorical)  // two rows: no judgement at all
  #expect(try column(["K1", "K2", "K2", "K3"]).schema.kind == .categorical)  // a repeat: not an ID
}

@Test func unnamedLeadingIndexColumnIsFound() throws {
  var text = ",city\n"
  for i in 0..<30 { text += "\(i),\(i % 2 == 0 ? "Utrecht" : "Delft")\n" }
  let table = try readTable(text)
  #expect(table.columns[0].schema.name == "column_1")
  #expect(table.columns[0].schema.isIndex)
  #expect(table.columns[0].schema.excluded)
  #expect(table.notices.map { $0.code } == ["emptyName", "indexColumn", "fewRows"])
  var options = TableOptions()
  var keep = ColumnOverride(column: "column_1")
  keep.include = true
  options.overrides = [keep]
  #expect(try readTable(text, options: options).columns[0].schema.excluded == false)
}

@Test func fewDistinctNumbersAreFlaggedAsPossiblyCategorical() throws {
  let sex = try column((0..<30).map { $0 % 2 == 0 ? "1.0" : "2.0" })
  #expect(sex.schema.kind == .decimal)
  #expect(sex.schema.possiblyCategorical)
  #expect(sex.schema.confidence == 0.6)
  let age = try column((0..<30).map { String(20 + $0 % 10) })
  #expect(!age.schema.possiblyCategorical)
}

@Test func constantAndEmptyColumns() throws {
  let constant = try column(["x", "", "x"])
  #expect(constant.schema.kind == .constant)
  #expect(constant.schema.missingCount == 1)
  let empty = try column(["", "NA", ""])
  #expect(empty.schema.kind == .empty)
  #expect(empty.schema.reasons == [.allMissing])
}

@Test func mostlyNumbersGetAHint() throws {
  let c = try column((0..<30).map { $0 == 5 ? "unknown" : String($0 * 3) })
  #expect(c.schema.kind == .categorical)
  let hint = c.schema.reasons.first { if case .mostlyNumbers = $0 { return true } else { return false } }
  #expect(hint?.text(Wording(language: .en)) == "mostly numbers, but 'unknown' is not; declare it a missing-value code to read this column as numbers")
  #expect(hint?.text(Wording(language: .nl)) == "vooral getallen, maar 'unknown' niet; geef het op als code voor een ontbrekende waarde om deze kolom als getallen te lezen")
}

@Test func overriddenTypeThatDoesNotFitNamesRowAndLine() {
  var options = TableOptions()
  var o = ColumnOverride(column: "x")
  o.kind = .integer
  options.overrides = [o]
  #expect(throws: DataError.valueDoesNotFitType(column: "x", row: 2, line: 3, value: "2.5", type: .integer)) {
    try column(["1", "2.5", "3"], options: options)
  }
}

@Test func overrideToCategoricalKeepsTextLevelsSorted() throws {
  var options = TableOptions()
  var o = ColumnOverride(column: "x")
  o.kind = .categorical
  options.overrides = [o]
  let c = try column(["2.0", "1.0", "2.0"], options: options)
  #expect(c.schema.kind == .categorical)
  #expect(c.levels == ["1.0", "2.0"])
  #expect(c.codes == [1, 0, 1])
}

@Test func unknownColumnInOptionsListsTheColumns() {
  var options = TableOptions()
  options.overrides = [ColumnOverride(column: "agee")]
  #expect(throws: DataError.unknownColumn("agee", available: ["x", "n"])) { try column(["1"], options: options) }
}
