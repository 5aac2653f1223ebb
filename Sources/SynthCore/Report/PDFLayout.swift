/// Lays out a `ReportDocument` on A4 portrait pages and writes the PDF.
///
/// One pass from top to bottom: `y` is the top of the free space on the current page (points,
/// y down) and every block asks for the room it needs before drawing, moving to a new page when
/// it does not fit. Things that depend on the page count (the contents' page numbers, "page k of
/// n") are placed in reserved spots and filled in at the end, so no second pass is needed.
///
/// The first page holds the title, the subtitle and the contents; the first section follows on
/// it, and every later section starts on a new page. Charts come from `drawChart` (the caller
/// passes `ChartDrawing.draw`) and are drawn at the same geometry as on screen.
///
/// Strings that WinAnsi cannot hold are set in `unicodeFont` when there is one (see
/// `PDFTextEncoder`), measured and wrapped at its widths, and the font is embedded.
struct PDFLayout {
  static let margin = 50.0
  static let pageWidth = PDFWriter.pageWidth
  static let pageHeight = PDFWriter.pageHeight
  static let contentWidth = pageWidth - 2 * margin
  /// The top of the free space on pages after the first, below the running header.
  static let contentTop = 64.0
  static let contentBottom = pageHeight - 56
  static let bodySize = 9.5
  static let bodyLeading = 13.5
  /// Section titles and the title page are in the report's dark blue.
  static let accent = ReportColor.real

  /// The whole document as PDF bytes.
  /// - Complexity: linear in the size of the document and of the chart drawings.
  static func render(
    _ document: ReportDocument, unicodeFont: PDFUnicodeFont? = nil, drawChart: (ReportChart, Double) -> Drawing
  ) -> [UInt8] {
    renderNotingFonts(document, unicodeFont: unicodeFont, drawChart: drawChart).bytes
  }

  /// The PDF bytes, and the text it could not print as written.
  static func renderNotingFonts(
    _ document: ReportDocument, unicodeFont: PDFUnicodeFont?, drawChart: (ReportChart, Double) -> Drawing
  ) -> (bytes: [UInt8], shortfall: PDFFontShortfall) {
    var layout = PDFLayout(document, unicodeFont: unicodeFont)
    layout.titlePage(document)
    for (index, section) in document.sections.enumerated() {
      layout.section(section, number: index + 1, drawChart: drawChart)
    }
    let bytes = layout.finish(document)
    let shortfall = PDFFontShortfall(missingFont: layout.encoder.missedFont, lacking: layout.encoder.unicode?.lacking ?? [])
    return (bytes, shortfall)
  }

  var finishedPages: [PDFPage] = []
  var page = PDFPage()
  var y = margin
  var encoder: PDFTextEncoder
  let runningTitle: PDFText
  var outline: [PDFOutlineEntry] = []
  /// Page index where each section starts.
  var sectionPages: [Int] = []
  /// Where each section's title starts on its page, for links and bookmarks.
  var sectionTops: [Double] = []
  /// Where the contents print each section's page number: page, baseline, section index.
  var contentsNumbers: [(page: Int, baseline: Double, section: Int)] = []

  init(_ document: ReportDocument, unicodeFont: PDFUnicodeFont? = nil) {
    var encoder = PDFTextEncoder(unicodeFont: unicodeFont)
    runningTitle = encoder.encode(document.title)
    self.encoder = encoder
  }

  mutating func encode(_ text: String) -> PDFText { encoder.encode(text) }

  /// `text` cut to `width` with "…" in its own font.
  func truncated(_ text: PDFText, width: Double, size: Double, bold: Bool) -> PDFText {
    TextWrap.truncated(text, width: width, size: size, bold: bold, ellipsis: encoder.ellipsis(for: text))
  }

  var pageIndex: Int { finishedPages.count }
  var isAtPageTop: Bool { y <= PDFLayout.contentTop + 0.01 }

  // MARK: - Pages

  mutating func newPage() {
    finishedPages.append(page)
    page = PDFPage()
    let m = PDFLayout.margin
    let header = truncated(runningTitle, width: PDFLayout.contentWidth, size: 8, bold: false)
    page.content.text(header, x: m, y: 36, size: 8, bold: false, color: .muted)
    page.content.line(x1: m, y1: 42, x2: PDFLayout.pageWidth - m, y2: 42, color: .rule, lineWidth: 0.5)
    y = PDFLayout.contentTop
  }

  /// Starts a new page unless `height` points fit below `y`. At the top of a page nothing
  /// more can be gained, so the caller draws there anyway (and splits or scales).
  mutating func ensureSpace(_ height: Double) {
    if y + height > PDFLayout.contentBottom && !isAtPageTop { newPage() }
  }

  var spaceLeft: Double { PDFLayout.contentBottom - y }

  /// Adds the footers and the contents' page numbers, then writes the file.
  mutating func finish(_ document: ReportDocument) -> [UInt8] {
    finishedPages.append(page)
    page = PDFPage()
    let m = PDFLayout.margin
    let right = PDFLayout.pageWidth - m
    for entry in contentsNumbers where entry.section < sectionPages.count {
      let number = encode(String(sectionPages[entry.section] + 1))
      let width = number.width(size: PDFLayout.bodySize + 0.5)
      finishedPages[entry.page].content.text(
        number, x: right - width, y: entry.baseline, size: PDFLayout.bodySize + 0.5, bold: false, color: .text)
      // The whole contents line links to the section.
      let top = entry.baseline - PDFLayout.bodySize - 4
      finishedPages[entry.page].links.append(
        PDFLink(
          x: m, y: top, width: PDFLayout.contentWidth, height: 16,
          targetPage: sectionPages[entry.section], targetY: sectionTops[entry.section]))
    }
    let count = finishedPages.count
    let footerY = PDFLayout.pageHeight - 30
    // The marking sits in the middle of every footer, bold in the warning colour.
    var marking: PDFText? = nil
    if let text = document.marking { marking = truncated(encode(text), width: PDFLayout.contentWidth * 0.55, size: 8, bold: true) }
    let markingWidth = marking.map { $0.width(size: 8, bold: true) } ?? 0
    let footerText = encode(document.footer)
    for index in 0..<count {
      let pageText = encode("\(document.words.page) \(index + 1) \(document.words.of) \(count)")
      let pageTextWidth = pageText.width(size: 8)
      let room = marking == nil ? PDFLayout.contentWidth - pageTextWidth - 20 : (PDFLayout.contentWidth - markingWidth) / 2 - 12
      let footer = truncated(footerText, width: room, size: 8, bold: false)
      if let marking {
        finishedPages[index].content.text(
          marking, x: (PDFLayout.pageWidth - markingWidth) / 2, y: footerY, size: 8, bold: true, color: ReportVerdict.Level.warning.color.darkened)
      }
      finishedPages[index].content.line(
        x1: m, y1: footerY - 11, x2: right, y2: footerY - 11, color: .rule, lineWidth: 0.5)
      finishedPages[index].content.text(footer, x: m, y: footerY, size: 8, bold: false, color: .muted)
      finishedPages[index].content.text(
        pageText, x: right - pageTextWidth, y: footerY, size: 8, bold: false, color: .muted)
    }
    return PDFWriter.write(pages: finishedPages, title: document.title, outline: outline, unicodeFont: encoder.unicode)
  }

  // MARK: - Title page and sections

  mutating func titlePage(_ document: ReportDocument) {
    let m = PDFLayout.margin
    let width = PDFLayout.contentWidth
    page.content.fillRect(x: 0, y: 0, width: PDFLayout.pageWidth, height: 8, color: PDFLayout.accent)
    y = 72
    textLines(document.title, size: 24, leading: 29, bold: true, color: PDFLayout.accent)
    y += 4
    if !document.subtitle.isEmpty {
      textLines(document.subtitle, size: 11, leading: 15, bold: false, color: .muted)
    }
    y += 14
    page.content.line(x1: m, y1: y, x2: m + width, y2: y, color: .rule, lineWidth: 0.75)
    y += 22
    guard !document.sections.isEmpty else { return }

    textLines(document.words.contents, size: 13, leading: 18, bold: true, color: .text)
    y += 4
    let size = PDFLayout.bodySize + 0.5
    let leading = 18.0
    let numberColumn = 24.0
    let reserved = 36.0  // room for the page number at the right
    let dot = encode(".")
    let dotWidth = dot.width(size: size) * 2
    for (index, section) in document.sections.enumerated() {
      ensureSpace(leading)
      let baseline = y + size * 1.1
      let number = encode(String(index + 1))
      page.content.text(number, x: m, y: baseline, size: size, bold: true, color: PDFLayout.accent)
      let titleWidth = width - numberColumn - reserved
      let title = truncated(encode(section.title), width: titleWidth, size: size, bold: false)
      page.content.text(title, x: m + numberColumn, y: baseline, size: size, bold: false, color: .text)
      // Dot leaders from the end of the title to the page number.
      var x = m + numberColumn + title.width(size: size) + 6
      while x + dotWidth < m + width - reserved + 12 {
        page.content.text(dot, x: x, y: baseline, size: size, bold: false, color: .rule)
        x += dotWidth
      }
      contentsNumbers.append((page: pageIndex, baseline: baseline, section: index))
      y += leading
    }
    y += 10
  }

  mutating func section(_ section: ReportSection, number: Int, drawChart: (ReportChart, Double) -> Drawing) {
    // The first section may share the title page when enough of it is left.
    if number > 1 || spaceLeft < 300 {
      newPage()
    } else {
      y += 16
    }
    sectionPages.append(pageIndex)
    sectionTops.append(max(y - 12, 0))
    let title = "\(number) \(section.title)"
    outline.append(PDFOutlineEntry(title: title, page: pageIndex, y: max(y - 12, 0)))
    textLines(title, size: 17, leading: 22, bold: true, color: PDFLayout.accent)
    y += 3
    let m = PDFLayout.margin
    page.content.line(x1: m, y1: y, x2: m + PDFLayout.contentWidth, y2: y, color: PDFLayout.accent, lineWidth: 1)
    y += 14
    for (i, block) in section.blocks.enumerated() {
      if case .heading = block, i + 1 < section.blocks.count, case .chart(let chart) = section.blocks[i + 1] {
        // A heading stays on the page of the chart it introduces.
        let drawing = drawChart(chart, PDFLayout.contentWidth)
        let height = drawing.height * PDFLayout.chartScale(drawing, width: PDFLayout.contentWidth)
        if !isAtPageTop { y += 8 }
        ensureSpace(20 + height)
        if case .heading(let text) = block {
          textLines(text, size: 12.5, leading: 17, bold: true, color: .text)
          y += 3
        }
        continue
      }
      self.block(block, drawChart: drawChart)
    }
  }

  mutating func block(_ block: ReportBlock, drawChart: (ReportChart, Double) -> Drawing) {
    switch block {
    case .heading(let text):
      // Keep a heading with the first lines after it.
      if !isAtPageTop { y += 8 }
      ensureSpace(18 + 6 * PDFLayout.bodyLeading)
      textLines(text, size: 12.5, leading: 17, bold: true, color: .text)
      y += 3
    case .paragraph(let text):
      textLines(text, size: PDFLayout.bodySize, leading: PDFLayout.bodyLeading, bold: false, color: .text)
      y += 7
    case .verdict(let verdict):
      self.verdict(verdict)
    case .facts(let facts):
      self.facts(facts)
    case .table(let table):
      self.table(table)
    case .chart(let chart):
      self.chart(chart, drawChart: drawChart)
    case .chartGrid(let charts):
      self.chartGrid(charts, drawChart: drawChart)
    case .list(let items):
      list(items)
    }
  }

  // MARK: - Text blocks

  /// Wrapped lines at the left margin; lines move to the next page one by one, but never
  /// leave a single first line at the foot of a page.
  mutating func textLines(
    _ text: String, size: Double, leading: Double, bold: Bool, color: ReportColor,
    x: Double = PDFLayout.margin, width: Double = PDFLayout.contentWidth
  ) {
    let encoded = encode(text)
    let lines = TextWrap.lines(encoded, width: width, size: size, bold: bold)
    ensureSpace(Double(min(lines.count, 2)) * leading)
    for line in lines {
      ensureSpace(leading)
      page.content.text(
        encoded[line], x: x, y: baseline(y, size: size, leading: leading), size: size, bold: bold, color: color)
      y += leading
    }
  }

  /// The baseline of a line whose box starts at `top`, with the glyphs centred in the leading.
  func baseline(_ top: Double, size: Double, leading: Double) -> Double {
    top + (leading - size) / 2 + size * 0.78
  }

  mutating func list(_ items: [String]) {
    let indent = 16.0
    let size = PDFLayout.bodySize, leading = PDFLayout.bodyLeading
    let bullet = encode("\u{2022}")
    for item in items {
      let encoded = encode(item)
      let lines = TextWrap.lines(encoded, width: PDFLayout.contentWidth - indent, size: size, bold: false)
      ensureSpace(Double(min(lines.count, 2)) * leading)
      for (index, line) in lines.enumerated() {
        ensureSpace(leading)
        let base = baseline(y, size: size, leading: leading)
        if index == 0 {
          page.content.text(bullet, x: PDFLayout.margin + 4, y: base, size: size, bold: false, color: PDFLayout.accent)
        }
        page.content.text(
          encoded[line], x: PDFLayout.margin + indent, y: base, size: size, bold: false, color: .text)
        y += leading
      }
      y += 2
    }
    y += 5
  }

  /// Term and value in two columns, the terms bold, a thin rule under each pair.
  mutating func facts(_ facts: [ReportFact]) {
    let size = PDFLayout.bodySize, leading = PDFLayout.bodyLeading
    let m = PDFLayout.margin, width = PDFLayout.contentWidth
    var termWidth = 0.0
    let measure = encoder.measure
    for fact in facts { termWidth = max(termWidth, measure.width(fact.term, size: size, bold: true)) }
    termWidth = min(termWidth + 16, width * 0.4)
    for fact in facts {
      let term = encode(fact.term), value = encode(fact.value)
      let termLines = TextWrap.lines(term, width: termWidth - 12, size: size, bold: true)
      let valueLines = TextWrap.lines(value, width: width - termWidth, size: size, bold: false)
      let rows = max(termLines.count, valueLines.count, 1)
      // Very long values continue on the next page line by line.
      ensureSpace(Double(min(rows, 3)) * leading + 4)
      for row in 0..<rows {
        ensureSpace(leading + 4)
        let base = baseline(y + 2, size: size, leading: leading)
        if row < termLines.count {
          page.content.text(term[termLines[row]], x: m, y: base, size: size, bold: true, color: .text)
        }
        if row < valueLines.count {
          page.content.text(value[valueLines[row]], x: m + termWidth, y: base, size: size, bold: false, color: .text)
        }
        y += leading
      }
      y += 4
      page.content.line(x1: m, y1: y, x2: m + width, y2: y, color: .rule, lineWidth: 0.4)
    }
    y += 10
  }

  /// A tinted box with a bar in the verdict's colour, the bold label, then the text.
  mutating func verdict(_ verdict: ReportVerdict) {
    let size = PDFLayout.bodySize + 0.5, leading = 14.5
    let padding = 8.0, bar = 4.0
    let m = PDFLayout.margin, width = PDFLayout.contentWidth
    let color = verdict.level.color
    let label = encode(verdict.label)
    let labelWidth = verdict.label.isEmpty ? 0 : label.width(size: size, bold: true) + 6
    let inner = width - bar - 2 * padding
    let text = encode(verdict.text)
    var lines = TextWrap.lines(text, width: inner, size: size, bold: false, firstLineIndent: labelWidth)
    if lines.isEmpty { lines = [0..<0] }
    var next = 0
    // One box per page the verdict spans (only absurdly long texts span pages).
    while next < lines.count {
      ensureSpace(Double(min(lines.count - next, 2)) * leading + 2 * padding)
      let fit = ((spaceLeft - 2 * padding) / leading).integer(clampedTo: 1 ... Int.max)
      let count = min(fit, lines.count - next)
      let height = Double(count) * leading + 2 * padding
      page.content.fillRect(x: m, y: y, width: width, height: height, color: color.tint(0.12))
      page.content.fillRect(x: m, y: y, width: bar, height: height, color: color)
      var top = y + padding
      for index in next..<(next + count) {
        let base = baseline(top, size: size, leading: leading)
        var x = m + bar + padding
        if index == 0 && labelWidth > 0 {
          page.content.text(label, x: x, y: base, size: size, bold: true, color: color.darkened)
          x += labelWidth
        }
        page.content.text(text[lines[index]], x: x, y: base, size: size, bold: false, color: .text)
        top += leading
      }
      y += height
      next += count
      if next < lines.count { newPage() }
    }
    y += 10
  }
}

extension ReportVerdict.Level {
  /// Green, amber, red, orange, grey: the usual traffic-light reading.
  var color: ReportColor {
    switch self {
    case .good: ReportColor(25, 135, 84)
    case .acceptable: ReportColor(214, 158, 0)
    case .poor: ReportColor(200, 35, 51)
    case .warning: ReportColor(232, 110, 20)
    case .info, .insufficient: ReportColor(108, 117, 125)
    }
  }
}

extension ReportColor {
  /// This colour mixed with white: `amount` 0 is white, 1 the colour itself.
  func tint(_ amount: Double) -> ReportColor {
    func mix(_ channel: UInt8) -> UInt8 {
      (255 - (255 - Double(channel)) * amount).integer(.toNearestOrAwayFromZero, clampedTo: 0...255)
    }
    return ReportColor(mix(red), mix(green), mix(blue))
  }

  /// A darker shade, so coloured text stays readable on its own tint.
  var darkened: ReportColor {
    func shade(_ c: UInt8) -> UInt8 { (Double(c) * 0.75).integer(clampedTo: 0...255) }
    return ReportColor(shade(red), shade(green), shade(blue))
  }
}
