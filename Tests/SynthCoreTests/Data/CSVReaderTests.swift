import Testing

@testable import SynthCore

func readRaw(_ text: String, file: String = "t.csv", options: CSVOptions = CSVOptions()) throws(DataError) -> RawTable {
  try readRaw(Array(text.utf8), file: file, options: options)
}

func readRaw(_ bytes: [UInt8], file: String = "t.csv", options: CSVOptions = CSVOptions()) throws(DataError) -> RawTable {
  try bytes.withUnsafeBufferPointer { (b) throws(DataError) -> RawTable in try CSVReader(options: options).read(b, file: file) }
}

/// The cell texts of a raw table, row by row.
func cells(_ raw: RawTable) -> [[String]] {
  (0..<raw.rowCount).map { row in raw.columns.map { $0.values.string(Int($0.codes[row])) } }
}

func location(_ line: Int, _ column: Int) -> SynthCore.SourceLocation { SynthCore.SourceLocation(file: "t.csv", line: line, column: column) }

@Test func quotedFieldsWithDoubledQuotesAndLineBreaks() throws {
  let raw = try readRaw("name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\n")
  #expect(raw.columns.map { $0.name } == ["name", "note"])
  #expect(cells(raw) == [["Smith, J", "said \"hi\""], ["two\nlines", "x"]])
  #expect(raw.rowLines == [2, 3])
}

@Test(arguments: [("a,b\r\n1,2\r\n3,4\r\n", CSVDialect.LineEnding.crlf), ("a,b\n1,2\n3,4", .lf), ("a,b\r1,2\r3,4\r", .cr)])
func lineEndings(text: String, ending: CSVDialect.LineEnding) throws {
  let raw = try readRaw(text)
  #expect(cells(raw) == [["1", "2"], ["3", "4"]])
  #expect(raw.dialect.lineEnding == ending)
}

@Test func byteOrderMarkIsSkipped() throws {
  let raw = try readRaw([0xEF, 0xBB, 0xBF] + Array("id,x\n1,2\n".utf8))
  #expect(raw.columns[0].name == "id")
  #expect(raw.dialect.byteOrderMark)
}

@Test(arguments: [(",", "a,b,c\n1,2,3\n"), (";", "a;b;c\n1;2;3\n"), ("\t", "a\tb\tc\n1\t2\t3\n"), ("|", "a|b|c\n1|2|3\n")])
func delimiterIsDetected(delimiter: String, text: String) throws {
  let raw = try readRaw(text)
  #expect(raw.dialect.delimiter == Array(delimiter.utf8)[0])
  #expect(cells(raw) == [["1", "2", "3"]])
}

@Test func semicolonWinsOverCommasInsideDecimals() throws {
  let raw = try readRaw("a;b\n1,5;2,25\n3,0;4,75\n")
  #expect(raw.dialect.delimiter == UInt8(ascii: ";"))
  #expect(cells(raw) == [["1,5", "2,25"], ["3,0", "4,75"]])
}

@Test func windows1252IsDetectedAndDecoded() throws {
  // "café" and "€5" in Windows-1252: é = 0xE9, € = 0x80.
  let bytes: [UInt8] = Array("name,price\ncaf".utf8) + [0xE9] + Array(",".utf8) + [0x80] + Array("5\n".utf8)
  let raw = try readRaw(bytes)
  #expect(cells(raw) == [["café", "€5"]])
  #expect(raw.dialect.encoding == .windows1252)
  #expect(raw.notices.map { $0.code } == ["encoding"])
}

/// UTF-8 with one stray byte is not re-read as Windows-1252 (José would become JosÃ©): an error
/// at the byte, with --encoding as the way out.
@Test func utf8WithAStrayByteIsAnError() throws {
  let bytes: [UInt8] = Array("naam,n\nJosé,1\nAnn".utf8) + [0xFF] + Array(",2\nRenée,3\n".utf8)
  do {
    _ = try readRaw(bytes, file: "data.csv")
    Issue.record("a mixed file was read")
  } catch {
    #expect(error.description == "data.csv:3:4: byte 0xFF is not valid UTF-8, though 2 letters beyond ASCII are elsewhere in the file; reading the whole file as Windows-1252 would change each of them (José would read JosÃ©). Correct or remove this byte (save the file as UTF-8), or, if the whole file is Windows-1252, give --encoding windows-1252")
  }
  var options = CSVOptions()
  options.encoding = .windows1252
  let forced = try readRaw(bytes, options: options)
  #expect(forced.columns[0].name == "naam")
  // A Windows-1252 file never has a valid two-byte sequence, so it reads as before (see above);
  // forcing UTF-8 on it names the byte.
  options.encoding = .utf8
  let latin: [UInt8] = Array("a\ncaf".utf8) + [0xE9] + Array("\n".utf8)
  do {
    _ = try readRaw(latin, file: "data.csv", options: options)
    Issue.record("invalid UTF-8 was read as UTF-8")
  } catch {
    #expect(error.description.hasPrefix("data.csv:2:4: byte 0xE9 is not valid UTF-8 (--encoding utf-8)"))
  }
}

@Test func utf16WithByteOrderMarkIsDecoded() throws {
  var bytes: [UInt8] = [0xFF, 0xFE]
  for unit in "a,b\nx,é\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
  let raw = try readRaw(bytes)
  #expect(cells(raw) == [["x", "é"]])
  #expect(raw.dialect.encoding == .utf16LE)
}

@Test func emptyAndDuplicateNamesAreMadeUnique() throws {
  let raw = try readRaw(",age,age,\n1,2,3,4\n")
  #expect(raw.columns.map { $0.name } == ["column_1", "age", "age_2", "column_4"])
  #expect(raw.notices.map { $0.code } == ["emptyName", "duplicateName", "emptyName"])
}

@Test func blankLinesBetweenRowsAreSkippedWithANotice() throws {
  let raw = try readRaw("a,b\n1,2\n\n3,4\n")
  #expect(cells(raw) == [["1", "2"], ["3", "4"]])
  #expect(raw.notices.map { $0.code } == ["blankLines"])
}

@Test func singleColumnKeepsEmptyLinesAsEmptyValues() throws {
  let raw = try readRaw("a\n1\n\n3\n")
  #expect(cells(raw) == [["1"], [""], ["3"]])
}

@Test func tooFewFieldsNamesLineAndColumn() {
  #expect(throws: DataError.fieldCount(location(3, 4), record: 2, expected: 3, found: 2)) {
    try readRaw("a,b,c\n1,2,3\n4,5\n6,7,8\n")
  }
}

@Test func tooManyFieldsPointsAtTheFirstExtraField() {
  #expect(throws: DataError.fieldCount(location(2, 7), record: 1, expected: 3, found: 4)) {
    try readRaw("a,b,c\n1,2,3,4\n")
  }
}

@Test func raggedRowAfterAMultiLineFieldCountsPhysicalLines() {
  #expect(throws: DataError.fieldCount(location(4, 2), record: 2, expected: 2, found: 1)) {
    try readRaw("a,b\n\"x\ny\",1\n2\n")
  }
}

@Test func unterminatedQuoteNamesWhereItStarts() {
  #expect(throws: DataError.unterminatedQuote(location(3, 3))) {
    try readRaw("a,b\n1,2\n3,\"oops\n4,5\n")
  }
}

@Test func textAfterClosingQuoteIsAnError() {
  #expect(throws: DataError.textAfterClosingQuote(location(2, 6))) {
    try readRaw("a,b\n\"abc\"d,2\n")
  }
}

@Test func emptyFileHeaderOnlyAndBinaryFilesAreErrors() {
  #expect(throws: DataError.emptyFile(location(1, 1))) { try readRaw("") }
  #expect(throws: DataError.emptyFile(location(3, 1))) { try readRaw(" \n\r\n") }
  #expect(throws: DataError.headerOnly(location(2, 1))) { try readRaw("a,b,c\n") }
  #expect(throws: DataError.headerOnly(location(3, 1))) { try readRaw("a,b,c\n\n") }
  #expect(throws: DataError.headerOnly(location(1, 6))) { try readRaw("a,b,c") }
  #expect(throws: DataError.binaryFile(location(1, 4))) { try readRaw([80, 75, 3, 0, 4]) }
}

@Test func errorMessagesHaveFileLineColumnAndAdvice() {
  let message = DataError.fieldCount(location(3, 4), record: 2, expected: 3, found: 2).description
  #expect(message == "t.csv:3:4: row 2 has 2 fields but the header has 3; every row needs the same number of fields")
  #expect(DataError.unterminatedQuote(location(3, 3)).description.hasPrefix("t.csv:3:3: a quoted field starts here"))
}

@Test func columnIsCountedInCharactersNotBytes() {
  #expect(throws: DataError.fieldCount(location(2, 5), record: 1, expected: 2, found: 3)) {
    try readRaw("a,b\né,ü,x\n")
  }
}

@Test func tenThousandColumnsAreRead() throws {
  let header = (1...10_000).map { "c\($0)" }.joined(separator: ",")
  let row = (1...10_000).map { String($0 % 7) }.joined(separator: ",")
  let raw = try readRaw(header + "\n" + row + "\n" + row + "\n")
  #expect(raw.columns.count == 10_000)
  #expect(raw.rowCount == 2)
  #expect(raw.columns[9_999].values.string(Int(raw.columns[9_999].codes[1])) == "4")
}

@Test func forcedDelimiterAndEncodingAreUsed() throws {
  var options = CSVOptions()
  options.delimiter = UInt8(ascii: ";")
  options.encoding = .latin1
  let raw = try readRaw(Array("a;b\n".utf8) + [0x80] + Array(";2\n".utf8), options: options)
  #expect(cells(raw) == [["\u{80}", "2"]])
  options.encoding = .utf8
  #expect(throws: DataError.self) { try readRaw([0x61, 10, 0xE9, 10], options: options) }
}

@Test func aHeaderOfNumbersGetsANotice() throws {
  #expect(try readRaw("1,2\n3,4\n").notices.map { $0.code } == ["numericHeader"])
  #expect(try readRaw("1,b\n3,4\n").notices.isEmpty)
}

@Test func tablesBeyondTheMemoryBudgetAreRefusedWithAMessage() throws {
  let raw = try readRaw("a,b\n1,2\n3,4\n")
  try MemoryBudget.check(raw, inputBytes: 12, budget: 12 + 4 * 14)
  #expect(throws: DataError.tooLarge(file: "t.csv", cells: 4, limit: 3)) {
    try MemoryBudget.check(raw, inputBytes: 12, budget: 12 + 3 * 14)
  }
  let message = DataError.tooLarge(file: "big.csv", cells: 250_000_000, limit: 170_000_000).description
  #expect(message == "big.csv: the table has 250 million cells, more than fit in this browser's memory (about 170 million for a file this size); use the localsynth command line, or a file with fewer rows or columns")
}

/// A long cell drawn many times can make an output larger than wasm memory: an error, not a trap.
@Test func outputsBeyondTheMemoryBudgetAreRefusedWithAMessage() throws {
  let table = try readTable("text,n\n" + String(repeating: "x", count: 1000) + ",1\nshort,2\n")
  try MemoryBudget.checkOutput(table, file: "s.csv", names: false, budget: 1070)
  #expect(throws: DataError.outputTooLarge(file: "s.csv", megabytes: 0, limit: 0)) {
    try MemoryBudget.checkOutput(table, file: "s.csv", names: false, budget: 1000)
  }
  #expect(throws: DataError.self) { try MemoryBudget.checkOutput(table, file: "s.json", names: true, budget: 1070) }
  #expect(DataError.outputTooLarge(file: "s.csv", megabytes: 1200, limit: 1000).description
    == "s.csv: the file would take more than 1200 MB, more than fits in this browser's memory (about 1000 MB a file); use the localsynth command line, or ask for fewer rows")
}

/// A synthesis whose estimated peak is over the module's memory is refused before it starts; the
/// estimate grows with the real cells, the near-copy key sets, the synthetic rows and the copies.
@Test func synthesesBeyondTheModuleMemoryAreRefusedBeforeTheyStart() throws {
  let table = try readTable("a,b,c\n1,x,2.5\n2,y,3.5\n3,x,4.5\n")
  let peak = MemoryBudget.synthesisPeak(table, syntheticRows: 3, copies: 1, nearCopies: 1, inputBytes: 30)
  #expect(peak == MemoryBudget.runtimeBytes + 30 + 30 + 9 * MemoryBudget.bytesPerRealCell + 3 * 4 * MemoryBudget.bytesPerKeySetRow + 9 * MemoryBudget.bytesPerSyntheticCell)
  #expect(MemoryBudget.synthesisPeak(table, syntheticRows: 3, copies: 1, nearCopies: 0, inputBytes: 30) < peak)
  #expect(MemoryBudget.synthesisPeak(table, syntheticRows: 300, copies: 1, nearCopies: 1, inputBytes: 30) > peak)
  #expect(MemoryBudget.synthesisPeak(table, syntheticRows: 3, copies: 2, nearCopies: 1, inputBytes: 30) > peak)
  try MemoryBudget.checkSynthesis(table, syntheticRows: 3, copies: 1, nearCopies: 1, inputBytes: 30, budget: peak)
  #expect(throws: DataError.synthesisTooLarge(file: "t.csv", megabytes: peak / 1_000_000, limit: (peak - 1) / 1_000_000)) {
    try MemoryBudget.checkSynthesis(table, syntheticRows: 3, copies: 1, nearCopies: 1, inputBytes: 30, budget: peak - 1)
  }
  #expect(DataError.synthesisTooLarge(file: "big.csv", megabytes: 5200, limit: 4294).description
    == "big.csv: synthesising this table with its report needs about 5200 MB of memory, more than this browser gives a page (4294 MB); use the localsynth command line, which gives the same results, or a file with fewer rows or columns")
}

@Test func utf16WithoutByteOrderMarkIsNamedAndCanBeChosen() throws {
  var bytes: [UInt8] = []
  for unit in "a,b\n1,2\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
  #expect(throws: DataError.utf16WithoutByteOrderMark(file: "t.csv")) {
    try readRaw(bytes)
  }
  var options = CSVOptions()
  options.encoding = .utf16LE
  #expect(cells(try readRaw(bytes, options: options)) == [["1", "2"]])
  options.encoding = .utf16BE
  #expect(throws: DataError.self) { try readRaw(bytes + [0], options: options) }
}

/// An option that changes nothing says so instead of passing unseen.
@Test func anUnusedDecimalCommaIsANotice() throws {
  var options = TableOptions()
  options.csv.decimalComma = true
  let commas = try readTable("a,b\n1,2\n3,4\n", options: options)
  #expect(commas.notices.map { $0.code } == ["decimalCommaUnused", "fewRows"])
  #expect(commas.notices[0].message.hasPrefix("--decimal comma changed nothing: the file is comma-separated"))
  let quoted = try readTable("a,b\n\"1,5\",2\n3,4\n", options: options)
  #expect(quoted.notices.map { $0.code } == ["decimalComma", "fewRows"])
  #expect(quoted.columns[0].numbers == [1.5, 3])
}

/// A whole number beyond 2^53 cannot be an integer here, and the message says why.
@Test func wholeNumbersBeyondTwoToThe53AreExplained() throws {
  var options = TableOptions()
  var a = ColumnOverride(column: "a")
  a.kind = .integer
  options.overrides = [a]
  do {
    _ = try readTable("a\n1\n9223372036854775800\n", options: options)
    Issue.record("read")
  } catch {
    #expect(error.description == "column 'a', row 2 (line 3): 9223372036854775800 is beyond ±9007199254740992 (2^53), the largest whole number kept exactly as a number; read the column as categorical (--type a=categorical) to keep its values as written")
  }
  #expect(try readTable("a\n1\n9223372036854775800\n").columns[0].schema.kind == .categorical)
}
