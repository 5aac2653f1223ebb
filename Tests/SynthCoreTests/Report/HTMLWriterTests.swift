import Foundation
import Testing

@testable import SynthCore

let hostile = "<script>alert(1)</script>"
let attributeBreaker = "\" onmouseover=\"x"

/// One document with every block kind; `name` goes wherever data-derived text can go.
func sampleDocument(name: String = "income", language: String = "en") -> ReportDocument {
  let labels15 = ["age", "sex", "income", "region", "education", "marital_status", "employment", "hours_per_week",
    "household_size", "owns_home", "health", "smoker", "bmi", "children", name]
  var correlations: [[Double]] = []
  var pmse: [[Double]] = []
  for row in 0..<15 {
    var correlationRow: [Double] = []
    var pmseRow: [Double] = []
    for column in 0..<15 {
      let a: Int = (row * 37 + column * 53) % 200 - 100
      let b: Int = (row * 31 + column * 17 + row * column * 3) % 140
      correlationRow.append(row == column ? Double.nan : Double(a) / 100)
      pmseRow.append(row == column ? Double.nan : Double(b) * 0.85)
    }
    correlations.append(correlationRow)
    pmse.append(pmseRow)
  }
  let labels60 = (1...60).map { "survey_question_\($0)" }
  let association60 = (0..<60).map { (row: Int) -> [Double] in
    (0..<60).map { (column: Int) -> Double in row == column ? Double.nan : Double((row * 13 + column * 29) % 100) / 100 }
  }
  let duoLabels = ["< 3", "3–10", "10–30", "30–100", "≥ 100"]
  let categories25 = (1...25).map { "municipality \($0)" }
  let real25 = (1...25).map { Double(26 - $0) / 325 }
  let synthetic25 = (1...25).map { (i: Int) -> Double in Double(26 - i) / 325 * (1 + 0.2 * sin(Double(i))) }
  let bins = (0..<20).map { "\(15 + 4 * $0)–\(19 + 4 * $0)" }
  let histogramReal = (0..<20).map { (i: Int) -> Double in exp(-pow(Double(i) - 8, 2) / 18) / 7.5 }
  let histogramSynthetic = (0..<20).map { (i: Int) -> Double in exp(-pow(Double(i) - 8.6, 2) / 20) / 7.9 }

  return ReportDocument(
    title: "Synthetic data report: \(name)",
    subtitle: "persons_2024.csv · 12,480 rows × 15 columns · generated 2025-01-31",
    language: language,
    footer: "LocalSynth 0.1.0",
    words: ReportWords(),
    sections: [
      ReportSection(id: "summary", title: "Summary", blocks: [
        .verdict(ReportVerdict(level: .good, label: "Good", text: "The synthetic data reproduce the distributions of every column closely.")),
        .verdict(ReportVerdict(level: .acceptable, label: "Acceptable", text: "Pairs of columns agree reasonably; three pairs deserve a look.")),
        .verdict(ReportVerdict(level: .poor, label: "Poor", text: "The relation between \(name) and region is not preserved.")),
        .verdict(ReportVerdict(level: .warning, label: "Risk", text: "14 synthetic rows equal a real row in every column.")),
        .verdict(ReportVerdict(level: .info, label: "Note", text: "Identifiers were left out of the synthesis.")),
        .paragraph("This report compares the synthetic data with the real data they were generated from, column by column and pair by pair."),
        .facts([
          ReportFact(term: "Input file", value: "persons_2024.csv"),
          ReportFact(term: "Rows (real / synthetic)", value: "12,480 / 12,480"),
          ReportFact(term: "Method", value: "CART, minimum leaf size 5"),
          ReportFact(term: "Seed", value: "20240131"),
          ReportFact(term: name, value: name),
        ]),
      ]),
      ReportSection(id: "columns", title: "Columns", blocks: [
        .heading("Utility per column"),
        .table(ReportTable(
          caption: "One-way S_pMSE per column (lower is better)",
          header: ["Column", "Kind", "Missing", "S_pMSE", "Verdict"],
          numeric: [false, false, true, true, false],
          rows: [
            [ReportCell("age"), ReportCell("integer"), ReportCell("0.0%"), ReportCell("1.23", fill: ReportColor(26, 152, 80)), ReportCell("good")],
            [ReportCell("income"), ReportCell("decimal"), ReportCell("4.1%"), ReportCell("12.70", fill: ReportColor(254, 224, 139)), ReportCell("acceptable")],
            [ReportCell("region"), ReportCell("categorical"), ReportCell("0.0%"), ReportCell("145.02", fill: ReportColor(215, 48, 39), bold: true), ReportCell("poor", bold: true)],
            [ReportCell(name), ReportCell(name), ReportCell("1.0%"), ReportCell("3.00", fill: ReportColor(145, 207, 96)), ReportCell(name)],
          ])),
        .chart(.bars(BarChart(title: "sex", labels: ["female", "male", "unknown"], real: [0.512, 0.478, 0.010], synthetic: [0.505, 0.481, 0.014], isHistogram: false, note: "one-way S_pMSE 0.84"))),
        .chart(.bars(BarChart(title: "municipality (25 largest)", labels: categories25, real: real25, synthetic: synthetic25, isHistogram: false, note: "one-way S_pMSE 6.10"))),
        .chart(.bars(BarChart(title: "age", labels: bins, real: histogramReal, synthetic: histogramSynthetic, isHistogram: true, note: "20 bins of 4 years"))),
        .chartGrid([
          .bars(BarChart(title: "smoker", labels: ["no", "yes"], real: [0.78, 0.22], synthetic: [0.76, 0.24], isHistogram: false)),
          .bars(BarChart(title: name, labels: [name, "b"], real: [0.6, 0.4], synthetic: [0.55, 0.45], isHistogram: false)),
          .bars(BarChart(title: "hours_per_week", labels: bins, real: histogramSynthetic, synthetic: histogramReal, isHistogram: true)),
          .bars(BarChart(title: "education", labels: ["primary", "secondary", "tertiary", "doctorate"], real: [0.12, 0.45, 0.38, 0.05], synthetic: [0.13, 0.44, 0.37, 0.06], isHistogram: false)),
        ]),
      ]),
      ReportSection(id: "pairs", title: "Pairs of columns", blocks: [
        .paragraph("S_pMSE per pair of columns, with DUO's steps: below 3 is good, above 100 poor."),
        .chart(.heatmap(Heatmap(title: "Two-way S_pMSE", rowLabels: labels15, columnLabels: labels15, values: pmse,
          scale: .steps(bounds: [3, 10, 30, 100], colors: [ReportColor(26, 152, 80), ReportColor(145, 207, 96), ReportColor(254, 224, 139), ReportColor(252, 141, 89), ReportColor(215, 48, 39)], labels: duoLabels),
          showValues: true, decimals: 0, note: "rows and columns in input order"))),
        .chart(.heatmap(Heatmap(title: "Correlation, real minus synthetic", rowLabels: labels15, columnLabels: labels15, values: correlations,
          scale: .diverging(limit: 1), showValues: true, decimals: 2))),
        .chart(.heatmap(Heatmap(title: "Cramér's V, 60 columns", rowLabels: labels60, columnLabels: labels60, values: association60,
          scale: .sequential(limit: 1, color: ReportColor(84, 39, 143)), showValues: true, decimals: 2))),
        .list(["Pairs above 30 are listed in the appendix.", "Correlations use Spearman's rank method.", name]),
      ]),
      ReportSection(id: name, title: "Hostile names: \(name)", blocks: [.heading(name), .paragraph(name), .list([name])]),
    ])
}

@Suite struct HTMLWriterTests {
  @Test func standaloneDocumentIsCompleteAndSelfContained() {
    let html = HTMLWriter.html(sampleDocument(), standalone: true)
    #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<meta name=\"viewport\""))
    #expect(html.contains("<title>Synthetic data report: income</title>"))
    #expect(html.contains("<style>") && html.contains(HTMLWriter.css))
    #expect(html.hasSuffix("</html>\n"))
    // No scripts, no external resources: the only URL is the SVG namespace.
    for forbidden in ["<script", "<link", "<img", "@import", "url(", "src=", "https:"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    let urls = html.components(separatedBy: "http://").count - 1
    let namespaces = html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1
    #expect(urls == namespaces)
  }

  @Test func fragmentIsOneReportDivWithoutPageMarkup() {
    let html = HTMLWriter.html(sampleDocument(), standalone: false)
    #expect(html.hasPrefix("<div class=\"ls-report\">"))
    #expect(html.hasSuffix("</div>\n"))
    for forbidden in ["<html", "<head>", "<body", "<style", "<!doctype"] { #expect(!html.contains(forbidden)) }
  }

  @Test func everyBlockKindRenders() {
    let html = HTMLWriter.html(sampleDocument(), standalone: false)
    #expect(html.contains("<nav class=\"ls-toc\" aria-label=\"Contents\">"))
    #expect(html.contains("<li><a href=\"#summary\">Summary</a></li>"))
    #expect(html.contains("<h2 id=\"pairs\"><span class=\"ls-number\">3</span> Pairs of columns</h2>"))
    #expect(html.contains("<h3>Utility per column</h3>"))
    #expect(html.contains("<p>This report compares"))
    for level in ["good", "acceptable", "poor", "warning", "info"] {
      #expect(html.contains("<div class=\"ls-verdict ls-\(level)\"><span class=\"ls-badge\">"))
    }
    #expect(html.contains("<dt>Seed</dt><dd>20240131</dd>"))
    #expect(html.contains("<caption>One-way S_pMSE per column (lower is better)</caption>"))
    #expect(html.contains("<th scope=\"col\" class=\"num\">S_pMSE</th>"))
    #expect(html.contains("<th scope=\"row\">age</th>"))
    #expect(html.contains("<td class=\"num\" style=\"background:#1a9850\">1.23</td>"))
    #expect(html.contains("<td class=\"num b\" style=\"background:#d73027;color:#fff\">145.02</td>"))
    #expect(html.contains("<div class=\"ls-table-wrap\" role=\"region\" tabindex=\"0\""))
    #expect(html.contains("<div class=\"ls-chart-grid\">"))
    #expect(html.components(separatedBy: "<svg ").count - 1 == 10)
    #expect(html.contains("viewBox=\"0 0 600 ") && html.contains("width=\"840\""))
    #expect(html.contains("viewBox=\"0 0 320 "))
    #expect(html.contains("<li>Correlations use Spearman&#39;s rank method.</li>"))
    #expect(html.contains("<footer class=\"ls-footer\">LocalSynth 0.1.0</footer>"))
  }

  @Test(arguments: [hostile, attributeBreaker, "'><img src=x onerror=alert(1)>"]) func hostileNamesRenderAsText(name: String) {
    var document = sampleDocument(name: name, language: name)
    document.words.contents = name
    document.words.real = name
    document.footer = name
    document.subtitle = name
    for html in [HTMLWriter.html(document, standalone: true), HTMLWriter.html(document, standalone: false)] {
      #expect(!html.contains("<script"))
      #expect(!html.contains("<img"))
      #expect(!html.contains("\" onmouseover"))
      #expect(!html.contains("' onmouseover") && !html.contains("'>"))
      #expect(html.contains(SVGWriter.escaped(name)))
    }
    let standalone = HTMLWriter.html(document, standalone: true)
    // The language and the section id keep only letters, digits and '-'.
    let lang = standalone.components(separatedBy: "<html lang=\"")[1].prefix { $0 != "\"" }
    #expect(lang.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" })
    #expect(!standalone.contains("id=\"\(name)"))
  }

  @Test func svgEscapesTextAndFormatsNumbers() {
    let chart = BarChart(title: hostile, labels: [hostile, attributeBreaker], real: [0.5, 0.5], synthetic: [1.0 / 3, 2.0 / 3], isHistogram: false)
    let drawing = ChartDrawing.draw(.bars(chart), width: 300, legend: (hostile, "&"))
    let svg = SVGWriter.svg(drawing, title: hostile)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 "))
    #expect(svg.contains("role=\"img\""))
    #expect(svg.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    #expect(svg.contains("font-family=\"Helvetica, Arial, sans-serif\""))
    #expect(!svg.contains("<script") && !svg.contains("\" onmouseover"))
    #expect(svg.contains(">&amp;</text>"))
    // Numbers carry at most two decimals.
    for token in svg.components(separatedBy: CharacterSet(charactersIn: "\" ()")) where Double(token) != nil {
      if let point = token.firstIndex(of: ".") { #expect(token.distance(from: point, to: token.endIndex) <= 3, "\(token)") }
    }
    #expect(SVGWriter.number(1.0 / 3) == "0.33")
    #expect(SVGWriter.number(-0.001) == "0")
    #expect(SVGWriter.number(.nan) == "0")
    #expect(SVGWriter.number(12.5) == "12.5")
    #expect(SVGWriter.hex(ReportColor(26, 152, 80)) == "#1a9850")
    #expect(SVGWriter.escaped("a\u{0}b\tc") == "a\u{FFFD}b\tc")
    #expect(SVGWriter.escaped("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;")
  }

  @Test func sectionIDsAreSanitisedAndUnique() {
    let sections = [
      ReportSection(id: "pairs", title: "a", blocks: []), ReportSection(id: "pairs", title: "b", blocks: []),
      ReportSection(id: "a b\"<x>", title: "c", blocks: []), ReportSection(id: "", title: "d", blocks: []),
      ReportSection(id: "één", title: "e", blocks: []),
    ]
    #expect(HTMLWriter.sectionIDs(sections) == ["pairs", "pairs-2", "a-b--x-", "section-4", "--n"])
  }

  @Test func outputIsDeterministic() {
    #expect(HTMLWriter.html(sampleDocument(), standalone: true) == HTMLWriter.html(sampleDocument(), standalone: true))
  }

  /// Writes the sample report for a visual check when LOCALSYNTH_HTML_SAMPLE names a path.
  @Test func writeSampleWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["LOCALSYNTH_HTML_SAMPLE"] else { return }
    let start = Date()
    let html = HTMLWriter.html(sampleDocument(), standalone: true)
    let seconds = Date().timeIntervalSince(start)
    try html.write(toFile: path, atomically: true, encoding: .utf8)
    print("sample: \(path), \(html.utf8.count) bytes, rendered in \(seconds) s")
  }
}
