/// One sheet of an Excel workbook (`.xlsx`, ECMA-376 SpreadsheetML), read as the text of its
/// cells, which become a raw table as a CSV file's fields do, so that the type inference treats
/// it as it treats a CSV file.
///
/// Cells become text as Excel shows their value, not their format: shared and inline strings as
/// written, numbers as stored (`15438.5`), booleans as `true`/`false`, errors (`#N/A`) as empty,
/// and numbers whose number format is a date or time as ISO dates (`2024-03-01`, with
/// `10:30:00` when there is a time), in the workbook's 1900 or 1904 date system. The first sheet
/// is read unless another is named. A merged cell in the header row is refused: the names under
/// it would be lost.
public struct WorkbookReader {
  public enum Problem: Error, Equatable, Sendable {
    case archive(ZipArchive.Failure)
    case part(String, offset: Int)
    case noSheet
    /// The sheet read has no rows of data, in a workbook of several sheets.
    case sheetWithoutData(String, available: [String])
    case sheetNotFound(String, available: [String])
    case mergedHeader(String)
    /// A cell (`C5`) whose text is not UTF-8 or holds a NUL byte.
    case cellText(String)
  }

  /// Excel's last row: a row number beyond it is refused (it would only add blank lines).
  static let maximumRows = 1_048_576

  /// The sheet to read (`--sheet`), or nil for the first.
  var sheet: String?
  /// The most cell text a sheet may make (shared strings repeated can make it far larger than the
  /// sheet): 1 GiB, like a part; lower in tests.
  var textLimit = ZipArchive.entryLimit

  struct Sheet {
    var cells: Cells
    var name: String
    var sheetNames: [String]
  }

  /// A sheet's cells, each its text as a range of one buffer (a sheet has millions: no String
  /// each), in order of row and column.
  struct Cells {
    struct Record {
      // 32 bits: rows and columns are within Excel's limits, and the text within 1 GiB.
      var row: Int32, column: Int32, start: Int32, end: Int32
    }
    var texts: [UInt8] = []
    var records: [Record] = []
    /// The first row with a cell that is not empty, and the last column that has one from there on.
    var headerRow = 0
    var width = 0
  }

  func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> Sheet {
    var zip: ZipArchive
    do { zip = try ZipArchive(bytes) } catch { throw .archive(error) }
    func part(_ name: String) throws(Problem) -> [UInt8] {
      do { return try zip.read(name) } catch { throw .archive(error) }
    }
    func optional(_ name: String?) throws(Problem) -> [UInt8]? {
      guard let name, zip.entry(name) != nil else { return nil }
      return try part(name)
    }

    let workbookPath = try Self.relationships(try optional("_rels/.rels") ?? [], base: "").first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    let workbook = try part(workbookPath)
    let (sheets, date1904) = try Self.sheets(workbook, name: workbookPath)
    guard !sheets.isEmpty else { throw .noSheet }
    let chosen: (name: String, id: String)
    if let sheet {
      guard let found = sheets.first(where: { $0.name == sheet }) ?? sheets.first(where: { UTF8Text.asciiLowercased($0.name) == UTF8Text.asciiLowercased(sheet) }) else {
        throw .sheetNotFound(sheet, available: sheets.map { $0.name })
      }
      chosen = found
    } else {
      chosen = sheets[0]
    }
    let folder = Self.folder(of: workbookPath)
    let relations = try Self.relationships(try optional(folder + "_rels/" + Self.file(of: workbookPath) + ".rels") ?? [], base: folder)
    guard let sheetPath = relations.first(where: { $0.id == chosen.id })?.target else { throw .part(workbookPath, offset: 0) }
    let shared = try Self.sharedStrings(try optional(relations.first { $0.type.hasSuffix("/sharedStrings") }?.target), name: "sharedStrings")
    let dates = try Self.dateStyles(try optional(relations.first { $0.type.hasSuffix("/styles") }?.target), name: "styles")
    let cells = try Self.cells(try part(sheetPath), name: sheetPath, shared: shared, dates: dates, date1904: date1904, textLimit: textLimit)
    return Sheet(cells: cells, name: chosen.name, sheetNames: sheets.map { $0.name })
  }

  // MARK: Parts

  private struct Relationship { var id: String; var type: String; var target: String }

  private static func folder(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: 0x2F) else { return "" }
    return String(path[...slash])
  }

  private static func file(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: 0x2F) else { return path }
    return String(path[path.utf8.index(after: slash)...])
  }

  private static func relationships(_ xml: [UInt8], base: String) throws(Problem) -> [Relationship] {
    var result: [Relationship] = []
    try scan(xml, name: "rels") { (x, t) throws(XMLScanner.Failure) in
      guard t.kind == .empty || t.kind == .start, x.named(t, Name.Relationship),
        let id = x.attribute(t, Name.Id), let target = x.attribute(t, Name.Target)
      else { return }
      // Targets are relative to the part's folder, or absolute from the package root.
      let path = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
      result.append(Relationship(id: id, type: x.attribute(t, Name.type) ?? "", target: normalised(path)))
    }
    return result
  }

  /// `xl/worksheets/../sharedStrings.xml` as `xl/sharedStrings.xml`.
  private static func normalised(_ path: String) -> String {
    var parts: [Substring] = []
    for p in path.split(separator: "/", omittingEmptySubsequences: true) {
      if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(p) }
    }
    return parts.joined(separator: "/")
  }

  private static func sheets(_ xml: [UInt8], name: String) throws(Problem) -> ([(name: String, id: String)], Bool) {
    var sheets: [(name: String, id: String)] = []
    var date1904 = false
    try scan(xml, name: name) { (x, t) throws(XMLScanner.Failure) in
      guard t.kind == .empty || t.kind == .start else { return }
      if x.named(t, Name.sheet), let sheet = x.attribute(t, Name.name), let id = x.attribute(t, Name.id) {
        sheets.append((sheet, id))
      } else if x.named(t, Name.workbookPr), let d = x.attribute(t, Name.date1904) {
        date1904 = d == "1" || d == "true"
      }
    }
    return (sheets, date1904)
  }

  /// The shared strings, as one buffer and where each ends: the text of each `si`'s `t`
  /// elements (rich-text runs joined), phonetic runs left out.
  struct SharedStrings {
    var bytes: [UInt8] = []
    var ends: [Int] = []
  }

  private static func sharedStrings(_ xml: [UInt8]?, name: String) throws(Problem) -> SharedStrings {
    var shared = SharedStrings()
    guard let xml else { return shared }
    var inText = false, inPhonetic = false
    try scan(xml, name: name) { (x, t) throws(XMLScanner.Failure) in
      switch t.kind {
      case .start:
        if x.named(t, Name.t) { inText = !inPhonetic } else if x.named(t, Name.rPh) { inPhonetic = true }
      case .end:
        if x.named(t, Name.si) { shared.ends.append(shared.bytes.count) }
        else if x.named(t, Name.t) { inText = false }
        else if x.named(t, Name.rPh) { inPhonetic = false }
      case .empty:
        if x.named(t, Name.si) { shared.ends.append(shared.bytes.count) }
      case .text, .cdata:
        if inText { x.appendText(t, to: &shared.bytes) }
      }
    }
    return shared
  }

  /// Per cell style (`s`), whether its number format shows a date (0: no, 1: date, 2: with time).
  private static func dateStyles(_ xml: [UInt8]?, name: String) throws(Problem) -> [UInt8] {
    guard let xml else { return [] }
    var custom: [(id: Int, code: String)] = []
    var styles: [UInt8] = []
    var inCellFormats = false
    try scan(xml, name: name) { (x, t) throws(XMLScanner.Failure) in
      if t.kind == .start && x.named(t, Name.cellXfs) { inCellFormats = true }
      if t.kind == .end && x.named(t, Name.cellXfs) { inCellFormats = false }
      guard t.kind == .empty || t.kind == .start else { return }
      if x.named(t, Name.numFmt), let id = x.attribute(t, Name.numFmtId).flatMap({ Int($0) }) {
        custom.append((id, x.attribute(t, Name.formatCode) ?? ""))
      } else if inCellFormats && x.named(t, Name.xf) {
        let id = x.attribute(t, Name.numFmtId).flatMap { Int($0) } ?? 0
        styles.append(Self.dateKind(id, custom: custom.first { $0.id == id }?.code))
      }
    }
    return styles
  }

  /// Whether number format `id` (built-in, or `code` for a custom one) shows a date: 0 no,
  /// 1 a date, 2 a date or time with hours. Built-in ids per ECMA-376 §18.8.30.
  static func dateKind(_ id: Int, custom code: String?) -> UInt8 {
    switch id {
    case 14, 15, 16, 17: return 1
    case 18, 19, 20, 21, 22, 45, 46, 47: return 2
    default: break
    }
    guard let code else { return 0 }
    // The format's letters outside quotes, brackets ([Red], [$-413]) and escapes.
    var quoted = false, bracket = false, escaped = false
    var date = false, time = false
    for b in UTF8Text.asciiLowercased(code).utf8 {
      if escaped { escaped = false; continue }
      if quoted { if b == 0x22 { quoted = false }; continue }
      if bracket { if b == 0x5D { bracket = false }; continue }
      switch b {
      case 0x22: quoted = true
      case 0x5B: bracket = true
      case 0x5C, 0x5F, 0x2A: escaped = true  // \x, _x (a space as wide as x), *x (fill)
      case 0x64, 0x79: date = true  // d, y
      case 0x68, 0x73: time = true  // h, s
      default: break
      }
    }
    // "m" is a month or a minute; a format with neither d, y, h nor s is not a date.
    return time ? 2 : date ? 1 : 0
  }

  // MARK: The sheet

  /// What a cell's `t` attribute says its value is.
  private enum CellType { case number, shared, text, boolean, error }

  /// The sheet's cells, and the header row and width they give (nothing when every cell is empty).
  private static func cells(
    _ xml: [UInt8], name: String, shared: SharedStrings, dates: [UInt8], date1904: Bool, textLimit: Int64
  ) throws(Problem) -> Cells {
    // A cell takes some 20 bytes of XML or more: room reserved ahead instead of grown by copies.
    var texts: [UInt8] = []
    texts.reserveCapacity(xml.count / 4)
    var records: [Cells.Record] = []
    records.reserveCapacity(xml.count / 24)
    var textTooLarge = false
    func record(_ row: Int, _ column: Int, _ start: Int, _ end: Int) {
      records.append(Cells.Record(row: Int32(clamping: row), column: Int32(clamping: column), start: Int32(clamping: start), end: Int32(clamping: end)))
    }
    var merged: [String] = []
    var row = 0, column = 0, style = 0
    var type = CellType.number
    var value: [UInt8] = []
    var inValue = false, inInline = false, inCell = false
    func integer(_ x: XMLScanner, _ start: Int, _ end: Int) -> Int? {
      var n = 0
      guard end > start, end - start <= 9 else { return nil }
      for i in start..<end {
        let b = x[i]
        guard b >= 0x30 && b <= 0x39 else { return nil }
        n = n * 10 + Int(b - 0x30)
      }
      return n
    }
    // One loop, no closure per tag: the names are taken once (a static is a check per use).
    let cName = Name.c, vName = Name.v, tName = Name.t, isName = Name.inlineString, rowName = Name.row, mergeName = Name.mergeCell, refName = Name.ref
    do {
      try xml.withUnsafeBufferPointer { (buffer) throws(XMLScanner.Failure) in
        var x = XMLScanner(buffer)
        while let t = try x.next() {
          switch t.kind {
          case .start, .empty:
            if x.named(t, cName) {
              var reference: (Int, Int)? = nil
              type = .number
              style = 0
              var cursor = t.attributesStart
              while let (ns, ne, vs, ve) = x.nextAttribute(t, &cursor) {
                guard ne - ns == 1 else { continue }
                switch x[ns] {
                case 0x72: reference = Self.reference(x, vs, ve)  // r
                case 0x73: style = integer(x, vs, ve) ?? 0  // s
                case 0x74:  // t
                  switch (ve > vs ? x[vs] : 0, ve - vs) {
                  case (0x73, 1): type = .shared  // s
                  case (0x62, 1): type = .boolean  // b
                  case (0x65, 1): type = .error  // e
                  case (0x6E, 1): type = .number  // n
                  default: type = .text  // str, inlineStr, d
                  }
                default: break
                }
              }
              if let (c, r) = reference {
                column = c
                row = r
              } else {
                column += 1
              }
              value.removeAll(keepingCapacity: true)
              inCell = t.kind == .start
              guard row <= Self.maximumRows else { throw .malformed(offset: t.start) }
              if t.kind == .empty { record(row, column, texts.count, texts.count) }
              // Most cells are `<v>number</v></c>`: taken at once instead of as three more tokens.
              if inCell, let (vs, ve) = x.cellValue() {
                inCell = false
                let start = texts.count
                // A number without a date format, or a formula's text, is its bytes as they stand.
                if (type == .number && (style < 0 || style >= dates.count || dates[style] == 0)) || type == .text {
                  texts.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[vs..<ve]))
                } else {
                  value.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[vs..<ve]))
                  appendText(of: value, type: type, style: style, shared: shared, dates: dates, date1904: date1904, to: &texts)
                }
                record(row, column, start, texts.count)
                if Int64(texts.count) > textLimit { textTooLarge = true; return }
              } else if inCell && type == .text, let (vs, ve) = x.inlineStringValue() {
                // An inline string (as openpyxl writes them) is its bytes as they stand too.
                inCell = false
                let start = texts.count
                texts.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[vs..<ve]))
                record(row, column, start, texts.count)
              }
            } else if x.named(t, vName) && inCell {
              inValue = t.kind == .start
            } else if x.named(t, tName) && inInline {
              inValue = t.kind == .start
            } else if x.named(t, isName) && inCell {
              inInline = t.kind == .start
            } else if x.named(t, rowName) {
              var number: Int? = nil
              var cursor = t.attributesStart
              while let (ns, ne, vs, ve) = x.nextAttribute(t, &cursor) {
                if ne - ns == 1 && x[ns] == 0x72 { number = integer(x, vs, ve) }
              }
              row = number ?? row + 1
              guard row <= Self.maximumRows else { throw .malformed(offset: t.start) }
              column = 0
            } else if x.named(t, mergeName), let ref = x.attribute(t, refName) {
              merged.append(ref)
            }
          case .end:
            if x.named(t, vName) || x.named(t, tName) {
              inValue = false
            } else if x.named(t, isName) {
              inInline = false
            } else if x.named(t, cName) {
              inCell = false
              let start = texts.count
              appendText(of: value, type: type, style: style, shared: shared, dates: dates, date1904: date1904, to: &texts)
              record(row, column, start, texts.count)
              if Int64(texts.count) > textLimit { textTooLarge = true; return }
            }
          case .text, .cdata:
            if inValue { x.appendText(t, to: &value) }
          }
        }
      }
    } catch {
      switch error {
      case .malformed(let o), .doctype(let o): throw .part(name, offset: o)
      }
    }
    if textTooLarge { throw .archive(.tooLarge(entry: name, size: Int64(texts.count), limit: textLimit)) }
    guard !records.isEmpty else { return Cells() }
    // Rows and cells come in order in every workbook seen; if not, they are put in order.
    if !zip(records, records.dropFirst()).allSatisfy({ ($0.row, $0.column) < ($1.row, $1.column) }) {
      let order = records.indices.sorted { (records[$0].row, records[$0].column, $0) < (records[$1].row, records[$1].column, $1) }
      records = order.map { records[$0] }
    }
    guard let headerRow = records.first(where: { $0.end > $0.start }).map({ Int($0.row) }) else { return Cells() }
    for ref in merged {
      let ends = ref.split(separator: ":").compactMap { reference(String($0)) }
      if ends.count == 2 && ends[0].1 <= headerRow && headerRow <= ends[1].1 { throw .mergedHeader(ref) }
    }
    var width = 0
    for r in records where Int(r.row) >= headerRow && r.end > r.start { width = max(width, Int(r.column)) }
    return Cells(texts: texts, records: records, headerRow: headerRow, width: width)
  }

  private static func reference(_ x: XMLScanner, _ start: Int, _ end: Int) -> (Int, Int)? {
    reference(bytes: (start..<end).lazy.map { x[$0] })
  }

  /// `BC12` as column 55, row 12.
  static func reference(_ ref: String) -> (Int, Int)? { reference(bytes: ref.utf8) }

  private static func reference<Bytes: Sequence>(bytes: Bytes) -> (Int, Int)? where Bytes.Element == UInt8 {
    var column = 0, row = 0, digits = 0
    for b in bytes {
      if b >= 0x41 && b <= 0x5A && digits == 0 {
        column = column * 26 + Int(b - 0x40)
        guard column <= 16_384 else { return nil }
      } else if b >= 0x30 && b <= 0x39 && column > 0 {
        row = row * 10 + Int(b - 0x30)
        digits += 1
        guard digits <= 7 else { return nil }
      } else if b != 0x24 {  // `$A$1`
        return nil
      }
    }
    return column > 0 && row > 0 ? (column, row) : nil
  }

  /// A cell's value as text (see the type's comment), appended to `out`.
  private static func appendText(
    of value: [UInt8], type: CellType, style: Int, shared: SharedStrings, dates: [UInt8], date1904: Bool, to out: inout [UInt8]
  ) {
    switch type {
    case .shared:
      var i = 0
      for b in value {
        guard b >= 0x30 && b <= 0x39, i < 100_000_000 else { return }
        i = i * 10 + Int(b - 0x30)
      }
      guard !value.isEmpty, i < shared.ends.count else { return }
      // Through a raw view: a slice of the array would retain and release it per cell.
      let (start, end) = (i == 0 ? 0 : shared.ends[i - 1], shared.ends[i])
      shared.bytes.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    case .boolean:
      if value == [0x31] { out.append(contentsOf: "true".utf8) } else if value == [0x30] { out.append(contentsOf: "false".utf8) } else { out.append(contentsOf: value) }
    case .error:
      return
    case .text:
      out.append(contentsOf: value)
    case .number:
      // Only a number whose style shows a date is converted; others stay as stored.
      let kind = style >= 0 && style < dates.count ? dates[style] : 0
      guard kind > 0, let number = serial(value), let date = date(serial: number, withTime: kind == 2, date1904: date1904)
      else {
        out.append(contentsOf: value)
        return
      }
      out.append(contentsOf: date.utf8)
    }
  }

  /// A serial as stored: a date's whole number (most of them) read at once, exactly; a time's
  /// fraction and anything else by the number scanner.
  private static func serial(_ value: [UInt8]) -> Double? {
    if !value.isEmpty && value.count <= 15 && value[0] != 0x30 && value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return Double(value.reduce(Int64(0)) { $0 * 10 + Int64($1 - 0x30) })
    }
    return NumberFormatting.scan(String(decoding: value, as: UTF8.self), decimalComma: false)?.value
  }

  /// An Excel date serial as ISO text. The 1900 system counts 1900-02-29, which never was
  /// (Lotus 1-2-3's mistake, kept for compatibility): serials from 61 on are one day ahead.
  /// A 1904 workbook may hold negative serials for dates before 1904 (LibreOffice and openpyxl
  /// write them; Excel shows ####); they are read as the dates they count back to.
  static func date(serial: Double, withTime: Bool, date1904: Bool) -> String? {
    // From 1900-01-01 to 9999-12-31 in either system.
    guard serial.isFinite, serial >= (date1904 ? -1462 : 0), serial < 2_958_466 else { return nil }
    // Whole seconds, rounded, as Excel shows them.
    let seconds = (serial * 86_400).rounded().integer(clampedTo: Int64.min...Int64.max)
    var days = CivilDate.floorDiv(seconds, 86_400)
    let second = seconds - days * 86_400
    let epoch: Int64
    if date1904 {
      epoch = CivilDate.days(year: 1904, month: 1, day: 1)
    } else {
      if days == 60 { return nil }  // 1900-02-29
      if days < 60 { days += 1 }
      epoch = CivilDate.days(year: 1899, month: 12, day: 30)
    }
    if days == 0 && !date1904 && !withTime { return nil }
    return CivilDate.isoText(days: epoch + days, seconds: withTime || second != 0 ? second : nil)
  }

  /// Element and attribute names, made once (a sheet has millions of tags).
  private enum Name {
    static let Id = Array("Id".utf8)
    static let Relationship = Array("Relationship".utf8)
    static let Target = Array("Target".utf8)
    static let type = Array("Type".utf8)
    static let c = Array("c".utf8)
    static let cellXfs = Array("cellXfs".utf8)
    static let date1904 = Array("date1904".utf8)
    static let formatCode = Array("formatCode".utf8)
    static let id = Array("id".utf8)
    static let inlineString = Array("is".utf8)
    static let mergeCell = Array("mergeCell".utf8)
    static let name = Array("name".utf8)
    static let numFmt = Array("numFmt".utf8)
    static let numFmtId = Array("numFmtId".utf8)
    static let r = Array("r".utf8)
    static let rPh = Array("rPh".utf8)
    static let ref = Array("ref".utf8)
    static let row = Array("row".utf8)
    static let s = Array("s".utf8)
    static let sheet = Array("sheet".utf8)
    static let si = Array("si".utf8)
    static let t = Array("t".utf8)
    static let v = Array("v".utf8)
    static let workbookPr = Array("workbookPr".utf8)
    static let xf = Array("xf".utf8)
  }

  // MARK: XML

  private static func scan(_ xml: [UInt8], name: String, _ visit: (XMLScanner, XMLScanner.Token) throws(XMLScanner.Failure) -> Void) throws(Problem) {
    do {
      try xml.withUnsafeBufferPointer { (buffer) throws(XMLScanner.Failure) in
        var x = XMLScanner(buffer)
        while let t = try x.next() { try visit(x, t) }
      }
    } catch {
      switch error {
      case .malformed(let o), .doctype(let o): throw .part(name, offset: o)
      }
    }
  }
}

extension WorkbookReader.Cells {
  /// The cells as the CSV reader reads a CSV file, without writing them as text: the header row's
  /// texts name the columns; each later row, up to the last row with a cell, is a row of data,
  /// its absent and empty cells empty fields. A row without text is passed over as a blank line
  /// (with a notice), except in a sheet of one column, where it is a missing value as in a CSV
  /// file. Rows keep their Excel numbers for messages about a value.
  func rawTable(file: String, progress: inout ProgressReporter) throws(DataError) -> RawTable {
    guard width > 0 else { throw .emptyFile(SourceLocation(file: file, line: 1, column: 1)) }
    var dialect = CSVDialect()
    dialect.delimiter = UInt8(ascii: ",")
    dialect.encoding = .utf8
    dialect.lineEnding = .lf
    let width = width, headerRow = headerRow
    return try texts.withUnsafeBufferPointer { (texts) throws(DataError) -> RawTable in
      try records.withUnsafeBufferPointer { (records) throws(DataError) -> RawTable in
        // The XML was not checked as UTF-8, and a NUL is no text: a cell holding either is named.
        func text(_ r: WorkbookReader.Cells.Record) throws(DataError) -> UnsafeBufferPointer<UInt8> {
          let field = UnsafeBufferPointer(rebasing: texts[Int(r.start)..<Int(r.end)])
          if field.contains(0) || UTF8Text.firstInvalidOffset(field) != nil {
            throw .workbook(file: file, .cellText(WorkbookWriter.reference(Int(r.column) - 1, Int(r.row))))
          }
          return field
        }
        var k = 0
        while k < records.count && Int(records[k].row) < headerRow { k += 1 }
        var header = [String](repeating: "", count: width)
        while k < records.count && Int(records[k].row) == headerRow {
          let r = records[k]
          if r.end > r.start && r.column >= 1 && Int(r.column) <= width { header[Int(r.column) - 1] = UTF8Text.string(try text(r)) }
          k += 1
        }
        var raw = try RawTable(file: file, dialect: dialect, header: header, notices: [])

        let empty = UnsafeBufferPointer(rebasing: texts[0..<0])
        var fields = [UnsafeBufferPointer<UInt8>](repeating: empty, count: width)
        var skippedBlankLines = 0
        var previous = headerRow
        let reportEvery = max(records.count / 100, 1)
        var nextReport = k
        progress.report("reading", 0)
        func appendRow(_ row: Int) {
          for f in 0..<width { raw.columns[f].codes.append(raw.columns[f].values.intern(fields[f])) }
          raw.rowLines.append(Int32(truncatingIfNeeded: row))
          raw.rowCount += 1
        }
        while k < records.count {
          if k >= nextReport {
            progress.report("reading", Double(k) / Double(records.count))
            nextReport = k + reportEvery
          }
          let row = Int(records[k].row)
          // Rows without any cell between this one and the last.
          for blank in (previous + 1)..<row {
            if width > 1 { skippedBlankLines += 1 } else { appendRow(blank) }
          }
          previous = row
          for f in 0..<width { fields[f] = empty }
          var any = false
          while k < records.count && Int(records[k].row) == row {
            let r = records[k]
            if r.end > r.start && r.column >= 1 && Int(r.column) <= width {
              fields[Int(r.column) - 1] = try text(r)
              any = true
            }
            k += 1
          }
          if any || width == 1 { appendRow(row) } else { skippedBlankLines += 1 }
        }
        progress.report("reading", 1)
        try raw.finishRows(skippedBlankLines: skippedBlankLines) { SourceLocation(file: file, line: previous + 1, column: 1) }
        return raw
      }
    }
  }
}
