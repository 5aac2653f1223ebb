import Foundation
import Testing
@testable import SynthCore

// MARK: - Fixtures

/// A stand-in for `ChartDrawing.draw`: a framed box with the chart's title and two bars.
private func boxChart(_ chart: ReportChart, width: Double) -> Drawing {
  let title = chart.title
  let height = width * 0.5
  return Drawing(
    width: width, height: height,
    shapes: [
      .rect(x: 0, y: 0, width: width, height: height, fill: nil, stroke: .rule),
      .rect(x: 20, y: height - 60, width: 20, height: 40, fill: .real, stroke: nil),
      .rect(x: 44, y: height - 80, width: 20, height: 60, fill: .synthetic, stroke: nil),
      .line(x1: 10, y1: height - 20, x2: width - 10, y2: height - 20, color: .muted, width: 0.5),
      .text(x: width / 2, y: 16, text: title, size: 10, anchor: .middle, bold: true, color: .text, rotated: false),
      .text(x: 12, y: height - 24, text: "share", size: 7, anchor: .start, bold: false, color: .muted, rotated: true),
    ])
}

private func bars(_ title: String) -> ReportChart {
  .bars(BarChart(title: title, labels: ["a", "b"], real: [0.4, 0.6], synthetic: [0.5, 0.5], isHistogram: false))
}

private let longWord = String(repeating: "abcdefghij", count: 1_000)

/// Every block kind, Dutch text, hostile column names, a 200-row table and a 10,000-character word.
private func sampleDocument() -> ReportDocument {
  var rows: [[ReportCell]] = []
  for row in 0..<200 {
    rows.append([
      ReportCell("rij \(row + 1)"),
      ReportCell(row % 3 == 0 ? "€ \(row * 7).50" : "\(row)", fill: row % 10 == 0 ? ReportColor(255, 243, 205) : nil),
      ReportCell(row % 50 == 0 ? "een wat langere omschrijving die over meerdere regels loopt in de cel" : "ja", bold: row % 25 == 0),
    ])
  }
  let hostile = ReportTable(
    caption: "Kolommen met lastige namen",
    header: ["kolom", "type", "ontbrekend"], numeric: [false, false, true],
    rows: [
      [ReportCell(") Tj ("), ReportCell("categorisch"), ReportCell("0")],
      [ReportCell("<script>alert(1)</script>"), ReportCell("tekst"), ReportCell("12")],
      [ReportCell("back\\slash"), ReportCell("geheel getal"), ReportCell("3")],
    ])
  var wideHeader: [String] = []
  var wideRow: [ReportCell] = []
  for column in 0..<14 {
    wideHeader.append("variabele_\(column)")
    wideRow.append(ReportCell("\(column * 1000 + 123).25"))
  }
  return ReportDocument(
    title: "Synthetische data: rapport voor café_ëxport.csv",
    subtitle: "café_ëxport.csv, 1.234 rijen, gegenereerd met CART",
    language: "nl",
    footer: "LocalSynth 0.1.0",
    words: ReportWords(page: "pagina", of: "van", contents: "Inhoud", real: "echt", synthetic: "synthetisch"),
    sections: [
      ReportSection(
        id: "samenvatting", title: "Samenvatting",
        blocks: [
          .verdict(ReportVerdict(level: .good, label: "Goed", text: "De synthetische data lijken sterk op de échte data: één kolom wijkt af (€ 12).")),
          .verdict(ReportVerdict(level: .acceptable, label: "Redelijk", text: "Paarsgewijze verbanden zijn deels behouden.")),
          .verdict(ReportVerdict(level: .poor, label: "Slecht", text: "Een kolom met unieke waarden is niet bruikbaar.")),
          .verdict(ReportVerdict(level: .warning, label: "Risico", text: "Sommige rijen komen ook in de echte data voor.")),
          .verdict(ReportVerdict(level: .info, label: "Let op", text: "Dit rapport zegt niets over toekomstige analyses.")),
          .paragraph("Dit rapport beschrijft hoe ‘getrouw’ en hoe “privé” de synthetische data zijn – met grafieken — en tabellen. Naïeve lezers: zie de bijlage •"),
          .list(["Eerste punt", "Tweede punt, dat wat langer is zodat het over de regel heen loopt en dus netjes moet worden afgebroken onder de tekst", "Derde punt: ë é €"]),
          .facts([
            ReportFact(term: "Methode", value: "CART (synthpop)"),
            ReportFact(term: "Zaad", value: "20240611"),
            ReportFact(term: "Een heel lange term die over meerdere regels loopt", value: "waarde"),
          ]),
        ]),
      ReportSection(
        id: "kolommen", title: "Kolommen",
        blocks: [
          .heading("Kolommen met lastige namen"),
          .table(hostile),
          .heading("Heel brede tabel"),
          .table(ReportTable(caption: "Veertien kolommen", header: wideHeader, numeric: Array(repeating: true, count: 14), rows: [wideRow, wideRow])),
          .heading("Lange tabel"),
          .table(ReportTable(caption: "Tweehonderd rijen", header: ["rij", "bedrag", "opmerking"], numeric: [false, true, false], rows: rows, widths: [1, 1, 3])),
        ]),
      ReportSection(
        id: "grafieken", title: "Grafieken",
        blocks: [
          .chart(bars("Leeftijd")),
          .chartGrid([bars("Geslacht"), bars("Regio"), bars("Inkomen")]),
          .chart(.heatmap(Heatmap(title: "Verbanden", rowLabels: ["a"], columnLabels: ["b"], values: [[0.5]], scale: .diverging(limit: 1), showValues: true, decimals: 2))),
        ]),
      ReportSection(
        id: "lang-woord", title: "Een heel lang woord",
        blocks: [
          .paragraph("Begin " + longWord + " einde."),
          // A row taller than a page is split between its lines, with the header repeated.
          .table(ReportTable(header: ["kolom", "waarde"], numeric: [false, false], rows: [[ReportCell("lang"), ReportCell(longWord)]])),
        ]),
    ])
}

// MARK: - PDF structure helpers

func pdfText(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

func occurrences(of needle: String, in bytes: [UInt8]) -> Int {
  let pattern = Array(needle.utf8)
  guard !pattern.isEmpty, bytes.count >= pattern.count else { return 0 }
  var count = 0
  var index = 0
  while index <= bytes.count - pattern.count {
    if bytes[index] == pattern[0] && Array(bytes[index..<(index + pattern.count)]) == pattern {
      count += 1
      index += pattern.count
    } else {
      index += 1
    }
  }
  return count
}

private func contains(_ bytes: [UInt8], _ needle: String) -> Bool { occurrences(of: needle, in: bytes) > 0 }

/// Checks the cross-reference table against the file: startxref points at "xref", each in-use
/// entry at "N 0 obj", each stream's /Length ends at "endstream". Returns the object count.
@discardableResult
func checkStructure(_ pdf: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
  let whole = pdfText(pdf)
  #expect(whole.hasPrefix("%PDF-1.4\n"), sourceLocation: sourceLocation)
  #expect(whole.hasSuffix("%%EOF\n"), sourceLocation: sourceLocation)
  guard let startRange = whole.range(of: "startxref\n", options: .backwards) else {
    Issue.record("no startxref", sourceLocation: sourceLocation)
    return 0
  }
  let offsetText = whole[startRange.upperBound...].prefix { $0.isNumber }
  guard let xref = Int(offsetText) else { Issue.record("bad startxref", sourceLocation: sourceLocation); return 0 }
  #expect(pdfText(Array(pdf[xref..<(xref + 5)])) == "xref\n", sourceLocation: sourceLocation)
  let lines = pdfText(Array(pdf[xref...])).split(separator: "\n", omittingEmptySubsequences: false)
  let header = lines[1].split(separator: " ")
  let count = Int(header[1]) ?? 0
  #expect(lines[2] == "0000000000 65535 f ", sourceLocation: sourceLocation)
  for number in 1..<count {
    let entry = lines[2 + number]
    #expect(entry.utf8.count == 19, sourceLocation: sourceLocation)  // 20 bytes with the line feed
    let offset = Int(entry.prefix(10)) ?? -1
    let expected = Array("\(number) 0 obj\n".utf8)
    #expect(offset >= 0 && Array(pdf[offset..<(offset + expected.count)]) == expected, "object \(number)", sourceLocation: sourceLocation)
  }
  #expect(whole.contains("trailer\n<< /Size \(count) /Root 1 0 R"), sourceLocation: sourceLocation)
  // Stream lengths.
  let marker = Array(" >>\nstream\n".utf8)
  var index = 0
  var streams = 0
  while index + marker.count < pdf.count {
    if pdf[index] == marker[0] && Array(pdf[index..<(index + marker.count)]) == marker {
      var start = index - 1
      while pdf[start] != 0x20 { start -= 1 }
      let length = Int(pdfText(Array(pdf[(start + 1)..<index]))) ?? -1
      let dataStart = index + marker.count
      #expect(pdfText(Array(pdf[(dataStart + length)..<(dataStart + length + 10)])) == "\nendstream", sourceLocation: sourceLocation)
      streams += 1
      index = dataStart + length
    } else {
      index += 1
    }
  }
  #expect(streams > 0, sourceLocation: sourceLocation)
  return count
}

private func pageCount(_ pdf: [UInt8]) -> Int { occurrences(of: "/Type /Page /Parent", in: pdf) }

/// `text` encoded for Helvetica.
private func winAnsi(_ text: String) -> PDFText { PDFText(winAnsi: WinAnsi.encode(text)) }

// MARK: - Tests

@Suite struct PDFWriterTests {
  @Test func fontWidthsAreTheAFMWidths() {
    #expect(FontMetrics.width("a", size: 1000) == 556)
    #expect(FontMetrics.width("W", size: 1000) == 944)
    #expect(FontMetrics.width(" ", size: 1000) == 278)
    #expect(FontMetrics.width("i", size: 1000) == 222)
    #expect(FontMetrics.width("a", size: 1000, bold: true) == 556)
    #expect(FontMetrics.width("W", size: 1000, bold: true) == 944)
    #expect(FontMetrics.width("i", size: 1000, bold: true) == 278)
    #expect(FontMetrics.width("@", size: 1000) == 1015)
    #expect(FontMetrics.width("@", size: 1000, bold: true) == 975)
    // WinAnsi extras and Latin-1.
    #expect(FontMetrics.width("é", size: 1000) == 556)
    #expect(FontMetrics.width("ï", size: 1000) == 278)
    #expect(FontMetrics.width("€", size: 1000) == 556)
    #expect(FontMetrics.width("’", size: 1000) == 222)
    #expect(FontMetrics.width("“", size: 1000, bold: true) == 500)
    #expect(FontMetrics.width("–", size: 1000) == 556)
    #expect(FontMetrics.width("—", size: 1000) == 1000)
    #expect(FontMetrics.width("•", size: 1000) == 350)
    #expect(FontMetrics.width("ö", size: 1000, bold: true) == 611)
    // Outside WinAnsi: measured as the '?' it prints as.
    #expect(FontMetrics.width("中", size: 1000) == 556)
    #expect(FontMetrics.width("中", size: 1000, bold: true) == 611)
    // "Hello" = H 722 + e 556 + l 222 + l 222 + o 556 = 2278 units.
    #expect(abs(FontMetrics.width("Hello", size: 10) - 22.78) < 1e-12)
  }

  @Test func winAnsiEncodesUnicode() {
    #expect(WinAnsi.encode("aé€’–—•ë") == [0x61, 0xE9, 0x80, 0x92, 0x96, 0x97, 0x95, 0xEB])
    #expect(WinAnsi.encode("中\u{1F600}Ÿ") == [0x3F, 0x3F, 0x9F])
    #expect(WinAnsi.encode("a\tb") == [0x61, 0x20, 0x62])
    #expect(WinAnsi.encode("≥ 5, ≤ 2") == Array(">= 5, <= 2".utf8))
    #expect(FontMetrics.width("≥ 5", size: 10) == FontMetrics.width(">= 5", size: 10))
  }

  @Test func numbersAreFixedDecimalsWithoutTrailingZeros() {
    #expect(PDFNumber.text(12.5) == "12.5")
    #expect(PDFNumber.text(841.89) == "841.89")
    #expect(PDFNumber.text(12.05) == "12.05")
    #expect(PDFNumber.text(-3) == "-3")
    #expect(PDFNumber.text(0) == "0")
    #expect(PDFNumber.text(-0.001) == "0")
    #expect(PDFNumber.text(0.999) == "1")
    #expect(PDFNumber.text(33.0 / 255, decimals: 3) == "0.129")
    #expect(PDFNumber.text(.nan) == "0")
    #expect(PDFNumber.text(.infinity) == "0")
    #expect(PDFNumber.text(1e20) == "1000000000")
    var padded: [UInt8] = []
    PDFNumber.appendPadded(1234, width: 10, to: &padded)
    #expect(pdfText(padded) == "0000001234")
  }

  @Test func contentEscapesStrings() {
    var content = PDFContent(pageHeight: 100)
    content.text(winAnsi(") Tj (\\ é"), x: 10, y: 20, size: 12, bold: true, color: .black)
    #expect(pdfText(content.bytes) == "0 0 0 rg\nBT /F2 12 Tf 10 80 Td (\\) Tj \\(\\\\ \\351) Tj ET\n")
    var rotated = PDFContent(pageHeight: 100)
    rotated.text(winAnsi("up"), x: 10, y: 20, size: 8, bold: false, color: .white, rotated: true)
    #expect(pdfText(rotated.bytes) == "1 1 1 rg\nBT /F1 8 Tf 0 1 -1 0 10 80 Tm (up) Tj ET\n")
    var shapes = PDFContent(pageHeight: 100)
    shapes.fillRect(x: 10, y: 20, width: 30, height: 40, color: ReportColor(255, 0, 0))
    #expect(pdfText(shapes.bytes) == "1 0 0 rg\n10 40 30 40 re f\n")
  }

  @Test func drawingAnchorsTextByMeasuredWidth() {
    // "ab" at 10 pt is 11.12 pt wide; middle anchor at x = 50 starts at 44.44.
    let drawing = Drawing(
      width: 100, height: 50,
      shapes: [.text(x: 50, y: 10, text: "ab", size: 10, anchor: .middle, bold: false, color: .black, rotated: false)])
    var content = PDFContent(pageHeight: 100)
    content.draw(drawing, x: 0, y: 0, scale: 1)
    #expect(pdfText(content.bytes).contains("BT /F1 10 Tf 44.44 90 Td (ab) Tj ET"))
    // End anchor, rotated: the text runs up from y + width.
    let rotated = Drawing(
      width: 100, height: 50,
      shapes: [.text(x: 50, y: 40, text: "ab", size: 10, anchor: .end, bold: false, color: .black, rotated: true)])
    var turned = PDFContent(pageHeight: 100)
    turned.draw(rotated, x: 0, y: 0, scale: 2)
    // Scaled by 2: size 20, width 22.24, baseline y 80 + 22.24 = 102.24 → PDF y -2.24.
    #expect(pdfText(turned.bytes).contains("BT /F1 20 Tf 0 1 -1 0 100 -2.24 Tm (ab) Tj ET"))
  }

  @Test func wrappingBreaksAtSpacesAndInsideLongWords() {
    let text = winAnsi("aa aa  aa")
    // "aa" is 11.12 pt at 10 pt; "aa aa" is 25.02 pt.
    let lines = TextWrap.lines(text, width: 26, size: 10, bold: false)
    #expect(lines.map { text[$0].codes } == [winAnsi("aa aa").codes, winAnsi("aa").codes])
    #expect(TextWrap.lines(text, width: 25, size: 10, bold: false).count == 3)
    // Ten 'a's (5.56 pt each) in 17 pt: three per line.
    let word = winAnsi(String(repeating: "a", count: 10))
    #expect(TextWrap.lines(word, width: 17, size: 10, bold: false).map(\.count) == [3, 3, 3, 1])
    // A narrower first line leaves room for a label.
    let single = winAnsi("aa aa aa")
    #expect(TextWrap.lines(single, width: 26, size: 10, bold: false, firstLineIndent: 10).map(\.count) == [2, 5])
    // Two spaces print as two: "aa  aa" is 27.8 pt.
    #expect(TextWrap.lines(winAnsi("aa  aa"), width: 27, size: 10, bold: false).count == 2)
    #expect(TextWrap.lines(winAnsi("aa  aa"), width: 28, size: 10, bold: false).count == 1)
    // Line feeds break; an empty line between two stays.
    let paragraphs = winAnsi("a\n\nb")
    #expect(TextWrap.lines(paragraphs, width: 100, size: 10, bold: false) == [0..<1, 2..<2, 3..<4])
    #expect(TextWrap.lines(winAnsi(""), width: 100, size: 10, bold: false).isEmpty)
    // A line narrower than one character still takes one character per line, never loops.
    #expect(TextWrap.lines(winAnsi("abc"), width: 0, size: 10, bold: false).count == 3)
  }

  @Test func tableGeometryFillsTheLine() {
    func column(_ line: Int, _ word: Int, header: Int = 0) -> TableColumnExtent {
      TableColumnExtent(bodyLine: line, bodyWord: word, headerLine: header, headerWord: header)
    }
    let shared = PDFLayout.tableGeometry([column(1000, 1000), column(1000, 1000)], shares: [1, 3], width: 400, padding: 4)
    #expect(shared.size == 8.5 && shared.widths == [100, 300])
    // Widest lines 8.5 + 8 = 16.5 and 17 + 8 = 25 pt, stretched to 83 pt in proportion.
    let natural = PDFLayout.tableGeometry([column(1000, 1000), column(2000, 2000)], shares: nil, width: 83, padding: 4)
    #expect(natural.size == 8.5)
    #expect(abs(natural.widths[0] - 33) < 1e-9 && abs(natural.widths[1] - 50) < 1e-9)
    // Long text wraps without shrinking the font: words of 1000 units (16.5 pt) are the floor,
    // and the 100 - 33 = 67 pt left goes by how much more the lines want (0 and 1000 pt).
    let wrapped = PDFLayout.tableGeometry([column(1000, 1000), column(1000_000, 1000)], shares: nil, width: 100, padding: 4)
    #expect(wrapped.size == 8.5)
    #expect(abs(wrapped.widths[0] - 16.5) < 1e-9 && abs(wrapped.widths[1] - 83.5) < 1e-9)
    // Words too wide: the font shrinks, to 6 pt at the least.
    let shrunk = PDFLayout.tableGeometry(Array(repeating: column(10_000, 10_000), count: 10), shares: nil, width: 495, padding: 4)
    #expect(shrunk.size == 6)
    let fitted = PDFLayout.tableGeometry(Array(repeating: column(10_000, 10_000), count: 5), shares: nil, width: 440, padding: 4)
    #expect(fitted.size == 8)  // (440 - 40) / 50,000 em
    // At 6 pt still too wide: narrow columns keep their width, wide ones share the rest
    // (words of 11,000 units are 66 + 8 pt; nine of them do not fit in 495 - 14 pt).
    let filled = PDFLayout.tableGeometry(
      [column(1000, 1000)] + Array(repeating: column(11_000, 11_000), count: 9), shares: nil, width: 495, padding: 4)
    #expect(filled.size == 6)
    #expect(abs(filled.widths[0] - 14) < 1e-9)
    #expect(abs(filled.widths[1] - 481.0 / 9) < 1e-9)
    #expect(abs(filled.widths.reduce(0, +) - 495) < 1e-9)
    // Headers wrap before bodies: body words of 5,000 units (30 + 8 pt at 6 pt) fit, header
    // words of 12,000 (72 + 8 pt) do not; the 495 - 8 × 38 = 191 pt left goes to the seven
    // columns with a wider header.
    let headers = PDFLayout.tableGeometry(
      Array(repeating: column(5_000, 5_000, header: 12_000), count: 7) + [column(5_000, 5_000)],
      shares: nil, width: 495, padding: 4)
    #expect(headers.size == 6)
    #expect(abs(headers.widths[0] - (38 + 191.0 / 7)) < 1e-9)
    #expect(abs(headers.widths[7] - 38) < 1e-9)
  }

  @Test func chartsScaleToTheLineAndThePage() {
    #expect(PDFLayout.chartScale(Drawing(width: 990, height: 100), width: 495) == 0.5)
    #expect(PDFLayout.chartScale(Drawing(width: 400, height: 100), width: 495) == 1)
    let pageHeight = PDFLayout.contentBottom - PDFLayout.contentTop
    #expect(PDFLayout.chartScale(Drawing(width: 400, height: 2 * pageHeight), width: 495) == 0.5)
    #expect(PDFLayout.chartScale(Drawing(width: 0, height: .nan), width: 495) == 1)
  }

  @Test func smallDocumentHasTheExpectedPages() {
    let document = ReportDocument(
      title: "Report", subtitle: "data.csv", language: "en", footer: "LocalSynth 0.1.0", words: ReportWords(),
      sections: [
        ReportSection(id: "a", title: "Summary", blocks: [.paragraph("Short.")]),
        ReportSection(id: "b", title: "Columns", blocks: [.list(["one", "two"])]),
      ])
    let pdf = PDFLayout.render(document, drawChart: boxChart)
    // Title page with the contents and section 1; section 2 on its own page.
    // xref size: object 0, objects 1-6, 2 bookmarks, page 1 with its content and 2 contents
    // links, page 2 with its content.
    #expect(checkStructure(pdf) == 1 + 6 + 2 + 4 + 2)
    #expect(pageCount(pdf) == 2)
    #expect(contains(pdf, "/Count 2 /MediaBox [0 0 595.28 841.89]"))
    #expect(contains(pdf, "(page 1 of 2) Tj"))
    #expect(contains(pdf, "(page 2 of 2) Tj"))
    #expect(contains(pdf, "(1 Summary) Tj"))
    #expect(contains(pdf, "(2 Columns) Tj"))
    #expect(contains(pdf, "/BaseFont /Helvetica /Encoding /WinAnsiEncoding"))
    #expect(contains(pdf, "/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"))
    #expect(contains(pdf, "/Producer (LocalSynth)"))
    #expect(!contains(pdf, "/CreationDate"))
  }

  @Test func sampleDocumentIsAValidDeterministicPDF() throws {
    let document = sampleDocument()
    let pdf = PDFLayout.render(document, drawChart: boxChart)
    checkStructure(pdf)
    #expect(pdf == PDFLayout.render(document, drawChart: boxChart))
    let pages = pageCount(pdf)
    // 200 rows of ~14 pt need at least four pages on their own; the 10,000-character word some 15 lines.
    #expect(pages >= 8 && pages <= 20)
    #expect(contains(pdf, "/Count \(pages) /MediaBox"))
    #expect(contains(pdf, "(pagina \(pages) van \(pages)) Tj"))
    #expect(contains(pdf, "(Inhoud) Tj"))
    // Data strings cannot break out of their string operand.
    #expect(contains(pdf, "(\\) Tj \\() Tj"))
    #expect(contains(pdf, "(<script>alert\\(1\\)</script>) Tj"))
    #expect(contains(pdf, "(back\\\\slash) Tj"))
    #expect(occurrences(of: "() Tj (", in: pdf) == 0)
    // Dutch: é = \351, ë = \353, € = \200.
    #expect(contains(pdf, "caf\\351_\\353xport.csv"))
    #expect(contains(pdf, "(\\200 0.50) Tj"))
    // The long table repeats its header on every page it spans.
    #expect(occurrences(of: "(opmerking) Tj", in: pdf) >= 4)
    #expect(contains(pdf, "(rij 200) Tj"))
    // The outline has one bookmark per section, in UTF-16.
    #expect(contains(pdf, "/Type /Outlines"))
    #expect(occurrences(of: "/Parent 6 0 R", in: pdf) == 4)
    if let path = ProcessInfo.processInfo.environment["LOCALSYNTH_PDF_SAMPLE"] {
      try Data(pdf).write(to: URL(fileURLWithPath: path))
    }
  }

  @Test func emptyDocumentIsStillAPDF() {
    let document = ReportDocument(
      title: "", subtitle: "", language: "en", footer: "", words: ReportWords(),
      sections: [
        ReportSection(
          id: "x", title: "",
          blocks: [.table(ReportTable(header: [], numeric: [], rows: [])), .list([]), .facts([]), .chartGrid([]),
                   .paragraph(""), .heading(""), .verdict(ReportVerdict(level: .info, label: "", text: ""))])
      ])
    let pdf = PDFLayout.render(document, drawChart: { _, width in Drawing(width: 0, height: 0) })
    checkStructure(pdf)
    #expect(pageCount(pdf) == 1)
  }

  @Test func largeReportStaysFast() {
    // 30 columns × (chart + table of 400 rows): linear layout keeps this well under a few seconds.
    var rows: [[ReportCell]] = []
    for row in 0..<400 { rows.append([ReportCell("value \(row)"), ReportCell("\(row * 3)"), ReportCell("0.\(row)")]) }
    var blocks: [ReportBlock] = []
    for column in 0..<30 {
      blocks.append(.heading("Column \(column)"))
      blocks.append(.chart(bars("column \(column)")))
      blocks.append(.table(ReportTable(header: ["value", "real", "synthetic"], numeric: [false, true, true], rows: rows)))
    }
    let document = ReportDocument(
      title: "Large", subtitle: "", language: "en", footer: "LocalSynth", words: ReportWords(),
      sections: [ReportSection(id: "c", title: "Columns", blocks: blocks)])
    let clock = ContinuousClock()
    var pdf: [UInt8] = []
    let elapsed = clock.measure { pdf = PDFLayout.render(document, drawChart: boxChart) }
    checkStructure(pdf)
    #expect(pageCount(pdf) > 30 * 7)
    #expect(elapsed < .seconds(20))
    print("large report: \(pageCount(pdf)) pages, \(pdf.count) bytes, \(elapsed)")
  }
}
