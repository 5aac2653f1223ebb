/// A `ReportDocument` as HTML: a standalone file (inline CSS, no scripts, no requests to any
/// origin) or a `<div class="ls-report">` fragment for the web app, which includes `css` once.
///
/// Everything taken from the document is escaped; ids are cut down to [A-Za-z0-9-]. Charts are
/// inline SVG from `ChartDrawing`, so screen and PDF share their geometry.
enum HTMLWriter {
  /// Width of a single chart and of one chart in a grid, in points. Screens show them a little
  /// larger than true size (a point is 4/3 CSS pixels), so 7.5 pt chart labels stay readable.
  static let chartWidth = 600.0
  static let gridChartWidth = 320.0
  static let pixelsPerPoint = 1.4

  static func html(_ document: ReportDocument, standalone: Bool) -> String {
    var out = ""
    if standalone {
      out += "<!doctype html>\n<html lang=\"\(sanitizedID(document.language, fallback: "en"))\">\n<head>\n<meta charset=\"utf-8\">\n"
      out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // The report is a local file that must not phone home: forbid every fetch.
      out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      out += "<title>\(SVGWriter.escaped(document.title))</title>\n<style>\n\(standaloneCSS)\(css)</style>\n</head>\n<body>\n"
    }
    appendReport(document, to: &out)
    if standalone { out += "</body>\n</html>\n" }
    return out
  }

  static func appendReport(_ document: ReportDocument, to out: inout String) {
    let ids = sectionIDs(document.sections)
    let words = document.words
    out += "<div class=\"ls-report\">\n"
    if let marking = document.marking { out += "<p class=\"ls-marking\" role=\"note\">\(SVGWriter.escaped(marking))</p>\n" }
    out += "<header class=\"ls-head\">\n<h1>\(SVGWriter.escaped(document.title))</h1>\n"
    if !document.subtitle.isEmpty { out += "<p class=\"ls-subtitle\">\(SVGWriter.escaped(document.subtitle))</p>\n" }
    out += "</header>\n"
    if !document.sections.isEmpty {
      let contents = SVGWriter.escaped(words.contents)
      out += "<nav class=\"ls-toc\" aria-label=\"\(contents)\">\n<h2>\(contents)</h2>\n<ol>\n"
      for (i, section) in document.sections.enumerated() {
        out += "<li><a href=\"#\(ids[i])\">\(SVGWriter.escaped(section.title))</a></li>\n"
      }
      out += "</ol>\n</nav>\n"
    }
    for (i, section) in document.sections.enumerated() {
      out += "<section class=\"ls-section\" aria-labelledby=\"\(ids[i])\">\n"
      out += "<h2 id=\"\(ids[i])\"><span class=\"ls-number\">\(i + 1)</span> \(SVGWriter.escaped(section.title))</h2>\n"
      for block in section.blocks { appendBlock(block, words: words, to: &out) }
      out += "</section>\n"
    }
    if !document.footer.isEmpty { out += "<footer class=\"ls-footer\">\(SVGWriter.escaped(document.footer))</footer>\n" }
    out += "</div>\n"
  }

  static func appendBlock(_ block: ReportBlock, words: ReportWords, to out: inout String) {
    switch block {
    case .heading(let text):
      out += "<h3>\(SVGWriter.escaped(text))</h3>\n"
    case .paragraph(let text):
      out += "<p>\(SVGWriter.escaped(text))</p>\n"
    case .verdict(let verdict):
      out += "<div class=\"ls-verdict ls-\(verdict.level.rawValue)\"><span class=\"ls-badge\">\(SVGWriter.escaped(verdict.label))</span>"
      out += "<p>\(SVGWriter.escaped(verdict.text))</p></div>\n"
    case .facts(let facts):
      out += "<dl class=\"ls-facts\">\n"
      for fact in facts { out += "<dt>\(SVGWriter.escaped(fact.term))</dt><dd>\(SVGWriter.escaped(fact.value))</dd>\n" }
      out += "</dl>\n"
    case .table(let table):
      appendTable(table, to: &out)
    case .chart(let chart):
      out += "<figure class=\"ls-chart\">\(svg(chart, width: chartWidth, words: words))</figure>\n"
    case .chartGrid(let charts):
      out += "<div class=\"ls-chart-grid\">\n"
      for chart in charts { out += "<figure class=\"ls-chart\">\(svg(chart, width: gridChartWidth, words: words))</figure>\n" }
      out += "</div>\n"
    case .list(let items):
      out += "<ul>\n"
      for item in items { out += "<li>\(SVGWriter.escaped(item))</li>\n" }
      out += "</ul>\n"
    }
  }

  static func appendTable(_ table: ReportTable, to out: inout String) {
    func isNumeric(_ column: Int) -> Bool { column < table.numeric.count && table.numeric[column] }
    let caption = table.caption.map { SVGWriter.escaped($0) }
    // A focusable, labelled region lets keyboard users scroll a wide table.
    out += "<div class=\"ls-table-wrap\" role=\"region\" tabindex=\"0\""
    if let caption { out += " aria-label=\"\(caption)\"" }
    out += ">\n<table>\n"
    if let caption { out += "<caption>\(caption)</caption>\n" }
    out += "<thead><tr>"
    for (column, name) in table.header.enumerated() {
      out += "<th scope=\"col\"\(isNumeric(column) ? " class=\"num\"" : "")>\(SVGWriter.escaped(name))</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      out += "<tr>"
      for (column, cell) in row.enumerated() {
        // The first text cell names the row.
        let tag = column == 0 && !isNumeric(0) ? "th scope=\"row\"" : "td"
        var classes: [String] = []
        if isNumeric(column) { classes.append("num") }
        if cell.bold { classes.append("b") }
        out += "<\(tag)"
        if !classes.isEmpty { out += " class=\"\(classes.joined(separator: " "))\"" }
        if let fill = cell.fill {
          out += " style=\"background:\(SVGWriter.hex(fill))"
          if ChartDrawing.textColor(on: fill) == .white { out += ";color:#fff" }
          out += "\""
        }
        out += ">\(SVGWriter.escaped(cell.text))</\(column == 0 && !isNumeric(0) ? "th" : "td")>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n</div>\n"
  }

  static func svg(_ chart: ReportChart, width: Double, words: ReportWords) -> String {
    let drawing = ChartDrawing.draw(chart, width: width, legend: (words.real, words.synthetic))
    return SVGWriter.svg(drawing, title: chart.title, pixelsPerPoint: pixelsPerPoint)
  }

  /// Section ids as letters, digits and '-' (anything else becomes '-'), unique within the
  /// document ("-2", "-3" appended to repeats), "section-k" when nothing is left.
  static func sectionIDs(_ sections: [ReportSection]) -> [String] {
    var ids: [String] = []
    for (i, section) in sections.enumerated() {
      let base = sanitizedID(section.id, fallback: "section-\(i + 1)")
      var id = base
      var suffix = 2
      while ids.contains(id) {
        id = base + "-\(suffix)"
        suffix += 1
      }
      ids.append(id)
    }
    return ids
  }

  static func sanitizedID(_ text: String, fallback: String) -> String {
    var bytes: [UInt8] = []
    for byte in text.utf8 {
      let isAllowed = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 45
      // A multi-byte character becomes one '-': skip its continuation bytes.
      if byte & 0xC0 == 0x80 { continue }
      bytes.append(isAllowed ? byte : 45)
    }
    return bytes.contains(where: { $0 != 45 }) ? String(decoding: bytes, as: UTF8.self) : fallback
  }

  /// Page-level rules, only in the standalone file (the web app has its own page styles).
  static let standaloneCSS = """
    html { background: #f1f3f5; }
    body { margin: 0; padding: 24px 16px; }
    .ls-report { max-width: 980px; margin: 0 auto; background: #fff; padding: 40px 48px; border-radius: 6px;
      box-shadow: 0 1px 3px rgba(0,0,0,.08); }
    @media (max-width: 700px) { body { padding: 0; } .ls-report { padding: 20px 16px; border-radius: 0; } }

    """

  /// The report's styles, all scoped to `.ls-report`.
  static let css = """
    .ls-report { color: #212529; font: 15px/1.55 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
      -webkit-text-size-adjust: 100%; text-size-adjust: 100%; color-scheme: light; }
    .ls-report * { box-sizing: border-box; }
    .ls-report h1 { font-size: 1.85rem; line-height: 1.2; margin: 0 0 .35rem; letter-spacing: -.01em; }
    .ls-report .ls-subtitle { color: #5c636a; margin: 0; }
    .ls-report .ls-head { border-bottom: 3px solid #1a3c5a; padding-bottom: 1rem; margin-bottom: 1.5rem; }
    .ls-report h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.4rem 0 .9rem; padding-bottom: .3rem;
      border-bottom: 1px solid #dee2e6; color: #1a3c5a; }
    .ls-report h3 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; }
    .ls-report p { margin: .5rem 0 .9rem; max-width: 75ch; }
    .ls-report ul { margin: .5rem 0 1rem; padding-left: 1.4rem; max-width: 75ch; }
    .ls-report li { margin: .2rem 0; }
    .ls-report a { color: #1c5f99; }
    .ls-report .ls-number { color: #6c757d; font-weight: 600; margin-right: .35rem; font-variant-numeric: tabular-nums; }
    .ls-report .ls-toc { background: #f8f9fa; border: 1px solid #e9ecef; border-radius: 6px; padding: .9rem 1.3rem; margin: 0 0 1.5rem; }
    .ls-report .ls-toc h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: #5c636a;
      border: 0; margin: 0 0 .4rem; padding: 0; }
    .ls-report .ls-toc ol { margin: 0; padding-left: 1.5rem; columns: 2 16rem; column-gap: 2rem; }
    .ls-report .ls-toc li { margin: .15rem 0; break-inside: avoid; }
    .ls-report .ls-toc a { text-decoration: none; }
    .ls-report .ls-toc a:hover, .ls-report .ls-toc a:focus { text-decoration: underline; }
    .ls-report .ls-verdict { display: flex; align-items: baseline; gap: .75rem; margin: .8rem 0 1rem; padding: .6rem .9rem;
      border-left: 4px solid var(--ls-tone); background: var(--ls-tint); border-radius: 0 4px 4px 0; max-width: 75ch; }
    .ls-report .ls-verdict p { margin: 0; }
    .ls-report .ls-badge { flex: none; display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .8rem;
      font-weight: 700; letter-spacing: .02em; background: var(--ls-tone); color: var(--ls-on-tone); white-space: nowrap; }
    .ls-report .ls-good { --ls-tone: #1e7b3a; --ls-tint: #eaf5ed; --ls-on-tone: #fff; }
    .ls-report .ls-acceptable { --ls-tone: #f0b429; --ls-tint: #fdf6e3; --ls-on-tone: #3b2a00; }
    .ls-report .ls-poor { --ls-tone: #b42318; --ls-tint: #fbeceb; --ls-on-tone: #fff; }
    .ls-report .ls-warning { --ls-tone: #c2410c; --ls-tint: #fdf0e9; --ls-on-tone: #fff; }
    .ls-report .ls-info, .ls-report .ls-insufficient { --ls-tone: #5c636a; --ls-tint: #f1f3f5; --ls-on-tone: #fff; }
    .ls-report .ls-marking { margin: 0 0 1rem; padding: .5rem .9rem; border: 2px solid #c2410c; border-radius: 6px; color: #9a3412;
      background: #fdf0e9; font-weight: 700; }
    .ls-report .ls-facts { display: grid; grid-template-columns: fit-content(45%) 1fr; gap: .3rem 1.5rem;
      margin: .6rem 0 1.2rem; max-width: 75ch; }
    .ls-report .ls-facts dt { color: #5c636a; }
    .ls-report .ls-facts dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
    .ls-report .ls-table-wrap { overflow-x: auto; margin: .6rem 0 1.4rem; max-width: 100%; }
    .ls-report .ls-table-wrap:focus-visible { outline: 2px solid #1c5f99; outline-offset: 2px; }
    .ls-report table { border-collapse: collapse; font-size: .875rem; line-height: 1.35; }
    .ls-report caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 .4rem; }
    .ls-report th, .ls-report td { padding: .35rem .7rem; text-align: left; vertical-align: top; border-bottom: 1px solid #e9ecef; }
    .ls-report thead th { font-weight: 600; color: #495057; border-bottom: 2px solid #adb5bd; vertical-align: bottom; white-space: nowrap; }
    .ls-report tbody th { font-weight: normal; }
    .ls-report tbody tr:hover { background: #f8f9fa; }
    .ls-report .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .ls-report .b { font-weight: 700; }
    .ls-report figure.ls-chart { margin: .8rem 0 1.4rem; }
    .ls-report figure.ls-chart svg { display: block; max-width: 100%; height: auto; }
    .ls-report .ls-chart-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(400px, 100%), 1fr));
      gap: 1rem 1.75rem; margin: .8rem 0 1.4rem; }
    .ls-report .ls-chart-grid figure.ls-chart { margin: 0; }
    .ls-report .ls-chart-grid svg { width: 100%; max-width: 448px; }
    .ls-report .ls-footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid #dee2e6; color: #6c757d; font-size: .8rem; }
    @media print {
      @page { margin: 16mm 14mm; }
      html, body { background: #fff; padding: 0; }
      .ls-report { font-size: 10pt; max-width: none; padding: 0; box-shadow: none; }
      .ls-report * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .ls-report a { color: inherit; text-decoration: none; }
      .ls-report h2, .ls-report h3 { break-after: avoid; }
      .ls-report .ls-toc { break-inside: avoid; }
      .ls-report figure.ls-chart, .ls-report .ls-verdict, .ls-report tr, .ls-report .ls-facts { break-inside: avoid; }
      .ls-report .ls-table-wrap { overflow: visible; }
      .ls-report thead { display: table-header-group; }
      .ls-report tbody tr:hover { background: none; }
      .ls-report .ls-chart-grid { grid-template-columns: 1fr 1fr; }
    }

    """
}
