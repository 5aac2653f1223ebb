import Foundation
import Testing

@testable import SynthCore

/// Excel workbooks in (issue 19): the fixtures are written by openpyxl
/// (Fixtures/workbooks/make_workbooks.py), each beside the CSV it must read as.
struct WorkbookTests {
  private func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Tests/SynthCoreTests/Fixtures/workbooks/" + name)))
  }

  private func convert(_ bytes: [UInt8], name: String = "in.xlsx", _ extra: [String] = []) -> (code: Int32, stderr: String, csv: [UInt8]) {
    var result = CommandResult()
    bytes.withUnsafeBufferPointer { b in
      result = Engine.run(["convert", name, "-o", "out.csv"] + extra, inputs: [InputFile(path: name, status: .ok, bytes: b)])
    }
    return (result.exitCode, text(result.stderr), result.files.first { $0.path == "out.csv" }?.bytes ?? [])
  }

  @Test func aWorkbookReadsAsItsCSVTwin() throws {
    let workbook = try Table.read(try fixture("types.xlsx"), file: "types.xlsx")
    let twin = try Table.read(try fixture("types.csv"), file: "types.csv")
    #expect(workbook.columns.map(\.schema.kind) == twin.columns.map(\.schema.kind))
    #expect(workbook.columns.map(\.schema.kind) == [.categorical, .decimal, .integer, .date, .datetime, .boolean, .categorical])
    #expect(workbook.dialect.sheet == "Blad1")
    let fromWorkbook = convert(try fixture("types.xlsx"))
    let fromCSV = convert(try fixture("types.csv"), name: "types.csv")
    #expect(fromWorkbook.code == 0, "\(fromWorkbook.stderr)")
    // UTF-8 with a byte-order mark (Excel then shows the accents), otherwise the same bytes.
    #expect(Array(fromWorkbook.csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(fromWorkbook.csv.dropFirst(3)) == fromCSV.csv)
    // The 1904 date system gives the same dates.
    #expect(convert(try fixture("date1904.xlsx")).csv == fromWorkbook.csv)
  }

  /// A workbook LibreOffice Calc wrote (its own styles, shared strings and booleans) reads as the
  /// CSV it was made from.
  @Test func aLibreOfficeWorkbookReadsAsItsCSVTwin() throws {
    let workbook = convert(try fixture("libreoffice.xlsx"), ["--formulas", "keep"])
    #expect(workbook.code == 0, "\(workbook.stderr)")
    #expect(Array(workbook.csv.dropFirst(3)) == convert(try fixture("libreoffice.csv"), name: "libreoffice.csv", ["--formulas", "keep"]).csv)
    let table = try Table.read(try fixture("libreoffice.xlsx"), file: "libreoffice.xlsx")
    #expect(table.columns.map(\.schema.kind) == [.categorical, .decimal, .integer, .date, .datetime, .boolean, .categorical])
  }

  @Test func theSheetIsTheFirstOrTheNamedOne() throws {
    let bytes = try fixture("two_sheets.xlsx")
    // The first sheet is a title page: the first sheet with rows of data is read, with a note.
    let first = convert(bytes)
    #expect(first.code == 0, "\(first.stderr)")
    #expect(Array(first.csv.dropFirst(3)) == convert(try fixture("types.csv"), name: "types.csv").csv)
    let table = try Table.read(bytes, file: "two_sheets.xlsx")
    #expect(table.notices.first == Notice(.workbookSheet(name: "Gegevens", sheets: 2)))
    let title = convert(bytes, ["--sheet", "Toelichting"])
    #expect(title.code == 1)
    #expect(title.stderr.contains("its sheet 'Toelichting' has no rows of data; its sheets are 'Toelichting', 'Gegevens': choose one with data"))
    let named = convert(bytes, ["--sheet", "gegevens"])
    #expect(named.code == 0, "\(named.stderr)")
    #expect(Array(named.csv.dropFirst(3)) == convert(try fixture("types.csv"), name: "types.csv").csv)
    let unknown = convert(bytes, ["--sheet", "Blad9"])
    #expect(unknown.stderr.contains("it has no sheet 'Blad9'; its sheets are 'Toelichting', 'Gegevens'"))
  }

  @Test func mergedHeaderCellsAreRefused() throws {
    let result = convert(try fixture("merged_header.xlsx"))
    #expect(result.code == 1)
    #expect(result.stderr.contains("the header row has merged cells (A1:B1)"))
  }

  @Test func dateSerials() {
    #expect(WorkbookReader.date(serial: 1, withTime: false, date1904: false) == "1900-01-01")
    #expect(WorkbookReader.date(serial: 59, withTime: false, date1904: false) == "1900-02-28")
    #expect(WorkbookReader.date(serial: 60, withTime: false, date1904: false) == nil)  // 1900-02-29 never was
    #expect(WorkbookReader.date(serial: 61, withTime: false, date1904: false) == "1900-03-01")
    #expect(WorkbookReader.date(serial: 45352.4375, withTime: true, date1904: false) == "2024-03-01 10:30:00")
    #expect(WorkbookReader.date(serial: 0, withTime: false, date1904: true) == "1904-01-01")
    #expect(WorkbookReader.date(serial: -1, withTime: false, date1904: true) == "1903-12-31")
    #expect(WorkbookReader.date(serial: 2_958_466, withTime: false, date1904: false) == nil)
    #expect(WorkbookReader.date(serial: .nan, withTime: false, date1904: false) == nil)
    #expect(WorkbookReader.dateKind(14, custom: nil) == 1)
    #expect(WorkbookReader.dateKind(164, custom: "dd-mm-yyyy") == 1)
    #expect(WorkbookReader.dateKind(165, custom: "[$-413]d mmmm yyyy;@") == 1)
    #expect(WorkbookReader.dateKind(166, custom: "#,##0.00\\ \"dagen\"") == 0)
    #expect(WorkbookReader.dateKind(167, custom: "[Red]0.00") == 0)
    #expect(WorkbookReader.dateKind(168, custom: "hh:mm") == 2)
    #expect(WorkbookReader.reference("BC12")! == (55, 12))
    #expect(WorkbookReader.reference("$A$1")! == (1, 1))
    #expect(WorkbookReader.reference("A0") == nil && WorkbookReader.reference("1A") == nil && WorkbookReader.reference("XFE1") == nil)
  }

  /// Every cut of a real workbook, and bytes flipped anywhere: an error with a message, never a trap.
  @Test func damagedWorkbooksGiveMessages() throws {
    let bytes = try fixture("types.xlsx")
    for length in stride(from: 4, to: bytes.count, by: 61) {
      let result = convert(Array(bytes[0..<length]))
      #expect(result.code == 1 && result.stderr.contains("cannot read this Excel workbook"), "cut at \(length): \(result.stderr)")
    }
    for at in stride(from: 40, to: bytes.count, by: 53) {
      var damaged = bytes
      damaged[at] ^= 0x5A
      let result = convert(damaged)
      #expect(result.code == 0 || !result.stderr.isEmpty, "flip at \(at)")
    }
  }

  /// A row number past Excel's last row (1,048,576) is refused where it stands: it would only add
  /// blank lines (a billion of them for `r="999999999"`).
  @Test func rowNumbersBeyondExcelsLastRowAreRefused() throws {
    let original = try fixture("types.xlsx")
    var zip = try original.withUnsafeBufferPointer { try ZipArchive($0) }
    var rebuilt = StoredZip()
    for entry in zip.entries {
      var data = try zip.read(entry.name)
      if entry.name == "xl/worksheets/sheet1.xml" {
        data = Array(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<row r=\"3\"", with: "<row r=\"999999999\"").utf8)
      }
      rebuilt.add(entry.name, data)
    }
    let result = convert(rebuilt.finish())
    #expect(result.code == 1)
    #expect(result.stderr.contains("its part 'xl/worksheets/sheet1.xml' is not valid XML near byte"), "\(result.stderr)")
  }

  /// `types.xlsx` with its sheet's XML changed by `edit`.
  private func editedSheet(_ edit: ([UInt8]) -> [UInt8]) throws -> [UInt8] {
    let original = try fixture("types.xlsx")
    return try original.withUnsafeBufferPointer { bytes in
      var zip = try ZipArchive(bytes)
      var rebuilt = StoredZip()
      for entry in zip.entries {
        let data = try zip.read(entry.name)
        rebuilt.add(entry.name, entry.name == "xl/worksheets/sheet1.xml" ? edit(data) : data)
      }
      return rebuilt.finish()
    }
  }

  /// A message about a value gives its Excel row as the line, also below a cell of two lines
  /// (the CSV twin counts that cell's line break: line 6 there).
  @Test func messagesGiveTheExcelRow() throws {
    let extra = ["--type", "naam=integer", "--missing", "naam=Chloë,Joël,Zoë"]
    let workbook = convert(try fixture("types.xlsx"), extra)
    #expect(workbook.code == 1)
    #expect(workbook.stderr.contains("column 'naam', row 4 (line 5): the value 'Daan' is not a valid whole number"), "\(workbook.stderr)")
    #expect(convert(try fixture("types.csv"), name: "types.csv", extra).stderr.contains("row 4 (line 6)"))
    // Rows of data below a gap keep their own numbers; the gap is passed over with a notice.
    let gap = try editedSheet { xml in
      Array(String(decoding: xml, as: UTF8.self).replacingOccurrences(of: "<row r=\"5\"", with: "<row r=\"9\"").replacingOccurrences(of: "r=\"([A-G])5\"", with: "r=\"$19\"", options: .regularExpression).utf8)
    }
    let below = convert(gap, extra)
    #expect(below.stderr.contains("row 4 (line 9)"), "\(below.stderr)")
    let table = try Table.read(gap, file: "gap.xlsx")
    #expect(table.rowCount == 4)
    #expect(table.notices.contains(Notice(.blankLines(4))))
  }

  /// A cell whose text is not UTF-8 (the XML is not checked as a whole) is named in the message.
  @Test func aCellWithBytesThatAreNoTextIsNamed() throws {
    for bad: [UInt8] in [[0xFF], [0x00], [0xC3]] {
      let damaged = try editedSheet { xml in
        let text = Array("<t>Jo".utf8)
        guard let at = (0..<(xml.count - text.count)).first(where: { Array(xml[$0..<($0 + text.count)]) == text }) else { return xml }
        return Array(xml[..<(at + text.count)]) + bad + Array(xml[(at + text.count)...])
      }
      let result = convert(damaged)
      #expect(result.code == 1)
      #expect(result.stderr.contains("the text of cell A3 is not valid UTF-8 or holds a NUL byte"), "\(result.stderr)")
    }
  }

  /// One long shared string referred to by every cell makes far more text than the sheet holds:
  /// the cell text is bounded (1 GiB; here lowered to 100 kB so the test need not make a gigabyte).
  @Test func sharedStringsRepeatedPastTheLimitAreRefused() throws {
    var zip = StoredZip()
    zip.add("xl/workbook.xml", Array(#"<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array((#"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>"#
      + #"<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#).utf8))
    zip.add("xl/sharedStrings.xml", Array(("<sst><si><t>" + String(repeating: "A", count: 1000) + "</t></si></sst>").utf8))
    var sheet = "<worksheet><sheetData>"
    for r in 1...300 { sheet += "<row r=\"\(r)\"><c r=\"A\(r)\" t=\"s\"><v>0</v></c></row>" }
    zip.add("xl/worksheets/sheet1.xml", Array((sheet + "</sheetData></worksheet>").utf8))
    let bytes = zip.finish()
    let read = { (limit: Int64) throws(WorkbookReader.Problem) -> WorkbookReader.Sheet in
      try bytes.withUnsafeBufferPointer { (b) throws(WorkbookReader.Problem) in try WorkbookReader(sheet: nil, textLimit: limit).read(b) }
    }
    #expect(try read(400_000).cells.records.count == 300)
    #expect(throws: WorkbookReader.Problem.archive(.tooLarge(entry: "xl/worksheets/sheet1.xml", size: 101_000, limit: 100_000))) { try read(100_000) }
  }

  @Test func zipBombsAreRefused() throws {
    let bytes = try fixture("types.xlsx")
    // Find the central directory and repeat its first entry.
    var end = bytes.count - 22
    while !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) { end -= 1 }
    func u32(_ a: [UInt8], _ i: Int) -> Int { Int(a[i]) | Int(a[i + 1]) << 8 | Int(a[i + 2]) << 16 | Int(a[i + 3]) << 24 }
    func u16(_ a: [UInt8], _ i: Int) -> Int { Int(a[i]) | Int(a[i + 1]) << 8 }
    let start = u32(bytes, end + 16), size = u32(bytes, end + 12)
    let first = 46 + u16(bytes, start + 28) + u16(bytes, start + 30) + u16(bytes, start + 32)
    var directory = Array(bytes[start..<(start + size)])
    directory += Array(directory[0..<first])
    var bomb = Array(bytes[0..<start]) + directory + Array(bytes[end...])
    let newEnd = start + directory.count
    let count = u16(bytes, end + 10) + 1
    bomb[newEnd + 8] = UInt8(count & 0xFF); bomb[newEnd + 9] = UInt8(count >> 8)
    bomb[newEnd + 10] = UInt8(count & 0xFF); bomb[newEnd + 11] = UInt8(count >> 8)
    let newSize = directory.count
    for k in 0..<4 { bomb[newEnd + 12 + k] = UInt8((newSize >> (8 * k)) & 0xFF) }
    let overlapping = convert(bomb)
    #expect(overlapping.stderr.contains("shares bytes with another part"), "\(overlapping.stderr)")
    // Declared sizes of 4 GB - 2 for every part.
    var huge = bytes
    var at = start
    while at < start + size {
      for k in 0..<4 { huge[at + 24 + k] = 0xFF }
      huge[at + 24] = 0xFE
      at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32)
    }
    let declared = convert(huge)
    #expect(declared.stderr.contains("would unpack to"), "\(declared.stderr)")
  }
}

/// Excel workbooks out: typed cells that read back as the same table.
struct WorkbookWriterTests {
  private func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Tests/SynthCoreTests/Fixtures/workbooks/" + name)))
  }

  @Test func aWrittenWorkbookReadsBackAsTheSameTable() throws {
    let table = try Table.read(try fixture("types.xlsx"), file: "types.xlsx")
    let bytes = WorkbookWriter(table: table, columns: Array(table.columns.indices)).xlsx()
    #expect(bytes == WorkbookWriter(table: table, columns: Array(table.columns.indices)).xlsx())  // no clock in it
    let again = try Table.read(bytes, file: "again.xlsx")
    #expect(again.dialect.sheet == "synthetic")
    #expect(TableWriter(table: again).csv() == TableWriter(table: table).csv())
    #expect(again.columns.map(\.schema.kind) == table.columns.map(\.schema.kind))
  }

  @Test func datesBeforeMarch1900AndTextThatLooksLikeAFormula() throws {
    let table = try readTable("d,t,n\n1900-01-01,=1+1,1\n1900-02-28,<b>&,2\n1900-03-01,x,3\n")
    let again = try Table.read(WorkbookWriter(table: table, columns: [0, 1, 2]).xlsx(), file: "x.xlsx")
    #expect(again.columns[0].numbers == table.columns[0].numbers)
    #expect(again.columns[1].levels.sorted() == ["<b>&", "=1+1", "x"])
  }

  @Test func synthWritesAWorkbookWhenAsked() throws {
    var result = CommandResult()
    let bytes = try fixture("types.xlsx")
    bytes.withUnsafeBufferPointer { b in
      result = Engine.run(["synth", "in.xlsx", "-o", "out.xlsx", "--seed", "2", "--no-report"], inputs: [InputFile(path: "in.xlsx", status: .ok, bytes: b)])
    }
    #expect(result.exitCode == 0, "\(text(result.stderr))")
    let out = try #require(result.files.first { $0.path == "out.xlsx" }?.bytes)
    #expect(out.starts(with: [0x50, 0x4B, 3, 4]))
    let table = try Table.read(out, file: "out.xlsx")
    #expect(table.rowCount == 4 && table.columns.count == 7)
  }
}
