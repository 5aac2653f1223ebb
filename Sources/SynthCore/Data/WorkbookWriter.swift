/// A table written as an Excel workbook (`.xlsx`): one sheet, typed cells (numbers as numbers,
/// dates and times as date serials with a date format, yes/no as booleans, text as inline
/// strings), column widths from the widest value, the header row frozen. A stored ZIP (no
/// compression) is enough for Excel, LibreOffice and openpyxl, and keeps the writer small.
struct WorkbookWriter {
  var table: Table
  var columns: [Int]
  /// Missing values as their codes (text) instead of empty cells.
  var missingAsCode = false

  /// The workbook's bytes.
  func xlsx() -> [UInt8] {
    var zip = StoredZip()
    zip.add("[Content_Types].xml", Array(Self.contentTypes.utf8))
    zip.add("_rels/.rels", Array(Self.rootRelationships.utf8))
    zip.add("xl/workbook.xml", Array(Self.workbook.utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(Self.workbookRelationships.utf8))
    zip.add("xl/styles.xml", Array(Self.styles.utf8))
    zip.add("xl/worksheets/sheet1.xml", sheet())
    return zip.finish()
  }

  // MARK: The sheet

  /// Style indexes of `styles`: 0 general, 1 a date, 2 a date and time.
  private enum Style: Int { case general = 0, date = 1, dateTime = 2 }

  private func sheet() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(table.rowCount * columns.count * 24 + 4096)
    out += Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
    out += Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#.utf8)
    out += Array(#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#.utf8)
    // Widths in characters: the widest of the name and the first rows' values, within 8...60.
    out += Array("<cols>".utf8)
    var writer = TableWriter(table: table, columns: columns)
    writer.missingOutput = missingAsCode ? .code : .empty
    var cell: [UInt8] = []
    for (k, c) in columns.enumerated() {
      var widest = table.columns[c].schema.name.count
      for row in 0..<min(table.rowCount, 1000) {
        cell.removeAll(keepingCapacity: true)
        writer.appendValue(column: c, row: row, asInput: true, to: &cell)
        widest = max(widest, String(decoding: cell, as: UTF8.self).count)
      }
      let width = min(max(widest + 2, 8), 60)
      out += Array("<col min=\"\(k + 1)\" max=\"\(k + 1)\" width=\"\(width)\" customWidth=\"1\"/>".utf8)
    }
    out += Array("</cols><sheetData>".utf8)
    out += Array("<row r=\"1\">".utf8)
    for (k, c) in columns.enumerated() { Self.appendText(Array(table.columns[c].schema.name.utf8), reference: Self.reference(k, 1), to: &out) }
    out += Array("</row>".utf8)
    for row in 0..<table.rowCount {
      let r = row + 2
      out += Array("<row r=\"\(r)\">".utf8)
      for (k, c) in columns.enumerated() {
        let column = table.columns[c]
        let ref = Self.reference(k, r)
        if column.isMissing(row) || column.schema.kind == .empty {
          guard missingAsCode, !column.missing.isEmpty, column.missing[row] > 0 else { continue }
          Self.appendText(Array(column.schema.missingCodes[Int(column.missing[row]) - 1].text.utf8), reference: ref, to: &out)
          continue
        }
        let value = column.usesLevels ? 0 : column.numbers[row]
        switch column.schema.kind {
        case .integer, .decimal:
          Self.appendNumber(value, reference: ref, style: .general, to: &out)
        case .date, .datetime:
          // Days (dates) or seconds (date-times) since 1970 as an Excel serial (1900 system).
          let days = column.schema.kind == .date ? value : value / 86_400
          var serial = days + 25_569
          // Excel counts a 1900-02-29 that never was: dates before March 1900 are one lower.
          if serial < 61 { serial -= 1 }
          if serial >= 1 && serial < 2_958_466 {
            Self.appendNumber(serial, reference: ref, style: column.schema.kind == .date ? .date : .dateTime, to: &out)
          } else {
            cell.removeAll(keepingCapacity: true)
            writer.appendValue(column: c, row: row, asInput: true, to: &cell)
            Self.appendText(cell, reference: ref, to: &out)
          }
        case .boolean:
          out += Array("<c r=\"\(ref)\" t=\"b\"><v>\(value != 0 ? 1 : 0)</v></c>".utf8)
        default:
          cell.removeAll(keepingCapacity: true)
          writer.appendValue(column: c, row: row, asInput: true, to: &cell)
          Self.appendText(cell, reference: ref, to: &out)
        }
      }
      out += Array("</row>".utf8)
    }
    out += Array("</sheetData></worksheet>".utf8)
    return out
  }

  /// `A1`-style reference of 0-based column `k`, 1-based row `r`.
  static func reference(_ k: Int, _ r: Int) -> String {
    var letters: [UInt8] = []
    var n = k + 1
    while n > 0 {
      let d = (n - 1) % 26
      letters.insert(UInt8(0x41 + d), at: 0)
      n = (n - 1) / 26
    }
    return String(decoding: letters, as: UTF8.self) + String(r)
  }

  private static func appendNumber(_ value: Double, reference: String, style: Style, to out: inout [UInt8]) {
    guard value.isFinite else { return }
    out += Array("<c r=\"\(reference)\"".utf8)
    if style != .general { out += Array(" s=\"\(style.rawValue)\"".utf8) }
    out += Array("><v>".utf8)
    out += Array(NumberFormatting.json(value).utf8)
    out += Array("</v></c>".utf8)
  }

  /// An inline string, XML-escaped; characters XML 1.0 forbids (control codes) are left out.
  private static func appendText(_ text: [UInt8], reference: String, to out: inout [UInt8]) {
    guard !text.isEmpty else { return }
    out += Array("<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">".utf8)
    for b in text {
      switch b {
      case 0x26: out += Array("&amp;".utf8)
      case 0x3C: out += Array("&lt;".utf8)
      case 0x3E: out += Array("&gt;".utf8)
      case 0x22: out += Array("&quot;".utf8)
      case 0x09, 0x0A, 0x0D: out.append(b)
      case 0..<0x20: continue
      default: out.append(b)
      }
    }
    out += Array("</t></is></c>".utf8)
  }

  // MARK: The fixed parts

  private static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>
    """

  private static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
    </Relationships>
    """

  private static let workbook = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
    <sheets><sheet name="synthetic" sheetId="1" r:id="rId1"/></sheets></workbook>
    """

  private static let workbookRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    </Relationships>
    """

  /// Cell formats 0 general, 1 a date (yyyy-mm-dd), 2 a date and time (yyyy-mm-dd hh:mm:ss).
  private static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>\
    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """
}

/// A ZIP file of stored (uncompressed) entries, with their CRC-32s (APPNOTE 6.3).
struct StoredZip {
  private var entries = BinaryOutput()
  private var directory = BinaryOutput()
  private var count = 0

  mutating func add(_ name: String, _ data: [UInt8]) {
    let crc = Int64(ZipArchive.crc32(data)), offset = Int64(entries.bytes.count), size = Int64(data.count)
    let nameBytes = Array(name.utf8)
    // Local header: signature, version 2.0, flags (bit 11: UTF-8 names), stored, a fixed time
    // and date (1980-01-01, so the same table gives the same bytes), CRC, sizes, name.
    for (field, width) in [(0x0403_4B50, 4), (20, 2), (0x0800, 2), (0, 2), (0, 2), (0x21, 2), (crc, 4), (size, 4), (size, 4), (Int64(nameBytes.count), 2), (0, 2)] {
      entries.int(field, width)
    }
    entries.bytes += nameBytes + data
    // Its central directory entry: the same, with the version made by, comment, disk, attributes and offset.
    for (field, width) in [
      (0x0201_4B50, 4), (20, 2), (20, 2), (0x0800, 2), (0, 2), (0, 2), (0x21, 2), (crc, 4), (size, 4), (size, 4),
      (Int64(nameBytes.count), 2), (0, 2), (0, 2), (0, 2), (0, 2), (0, 4), (offset, 4),
    ] as [(Int64, Int)] {
      directory.int(field, width)
    }
    directory.bytes += nameBytes
    count += 1
  }

  mutating func finish() -> [UInt8] {
    var out = BinaryOutput(bytes: entries.bytes + directory.bytes)
    // End of central directory: no disk numbers, the entry counts, the directory's size and start.
    for (field, width) in [(0x0605_4B50, 4), (0, 2), (0, 2), (Int64(count), 2), (Int64(count), 2), (Int64(directory.bytes.count), 4), (Int64(entries.bytes.count), 4), (0, 2)] as [(Int64, Int)] {
      out.int(field, width)
    }
    return out.bytes
  }
}

/// The formats a table is written in, told by the output path's extension.
enum TableFileFormat: Equatable {
  case csv, xlsx, sav, dta

  init(path: String) {
    let lower = UTF8Text.asciiLowercased(path)
    if lower.hasSuffix(".xlsx") { self = .xlsx } else if lower.hasSuffix(".sav") { self = .sav } else if lower.hasSuffix(".dta") { self = .dta } else { self = .csv }
  }
}

extension TableWriter {
  /// The table in the format `path` asks for: an Excel workbook (`.xlsx`), an SPSS (`.sav`) or
  /// Stata (`.dta`) file (none has formulas, so none needs neutralising), else CSV as
  /// `csvCountingNeutralised` writes it.
  func data(for path: String) -> WrittenTable {
    let missingAsCode = missingOutput == .code
    switch TableFileFormat(path: path) {
    case .csv:
      let (bytes, neutralised, utf8Instead) = csvCountingNeutralised()
      return WrittenTable(bytes: bytes, neutralised: neutralised, utf8Instead: utf8Instead)
    case .xlsx: return WrittenTable(bytes: WorkbookWriter(table: table, columns: columns, missingAsCode: missingAsCode).xlsx())
    case .sav: return WrittenTable(bytes: StatisticalWriter(table: table, columns: columns, missingAsCode: missingAsCode).sav())
    case .dta:
      let (bytes, beyond) = StatisticalWriter(table: table, columns: columns, missingAsCode: missingAsCode).dtaCountingBeyondRange()
      return WrittenTable(bytes: bytes, beyondStataRange: beyond)
    }
  }
}

/// A table written in some format, and what the writing had to change (for the run's notes).
struct WrittenTable {
  var bytes: [UInt8]
  /// CSV text cells given a leading ' so that spreadsheets do not run them as formulas.
  var neutralised = 0
  /// A CSV written as UTF-8 because the input's single-byte encoding lacked a character.
  var utf8Instead = false
  /// Stata: values beyond its largest number, written as missing.
  var beyondStataRange = 0

  /// The notes these changes need, for copy `copy` of several (nil for one).
  func notes(copy: Int?, encoding: String) -> [SynthesisNote] {
    var notes: [SynthesisNote] = []
    if neutralised > 0 { notes.append(.formulasNeutralised(copy: copy, cells: neutralised)) }
    if utf8Instead { notes.append(.writtenAsUTF8(copy: copy, encoding: encoding)) }
    if beyondStataRange > 0 { notes.append(.beyondStataRange(copy: copy, values: beyondStataRange)) }
    return notes
  }
}
