/// A report as renderer-neutral blocks. The HTML and the PDF writers lay out the same document,
/// so the screen and the printed report say the same things in the same order.
///
/// Every string may come from the data (column names, category labels): renderers escape it.
struct ReportDocument {
  var title: String
  /// One line under the title, e.g. the file name and the date of the data.
  var subtitle: String
  /// BCP 47 tag of the text: "en" or "nl".
  var language: String
  /// Printed at the foot of every PDF page before "page k of n", e.g. "LocalSynth 0.1.0".
  var footer: String
  /// A warning every page carries (the PDF in its footer, HTML at the top), e.g. "Contains real
  /// values; not for publication"; nil for none.
  var marking: String? = nil
  /// Words the renderers need themselves: "page", "of", "Contents", "real", "synthetic".
  var words: ReportWords
  var sections: [ReportSection]
}

struct ReportWords {
  var page = "page"
  var of = "of"
  var contents = "Contents"
  var real = "real"
  var synthetic = "synthetic"
}

struct ReportSection {
  /// A stable anchor for HTML links: letters, digits and '-'.
  var id: String
  var title: String
  var blocks: [ReportBlock]
}

enum ReportBlock {
  /// A heading inside a section.
  case heading(String)
  case paragraph(String)
  /// A short judgement with its level, shown with a coloured mark.
  case verdict(ReportVerdict)
  /// Term and value pairs, e.g. settings.
  case facts([ReportFact])
  case table(ReportTable)
  case chart(ReportChart)
  /// Small charts side by side (two per row in the PDF, as many as fit on screen).
  case chartGrid([ReportChart])
  /// Bullet list.
  case list([String])
}

struct ReportVerdict {
  /// `insufficient`: the measure rests on too few rows to be judged.
  enum Level: String { case good, acceptable, poor, warning, info, insufficient }
  var level: Level
  /// A few words, e.g. "Good" or "Risk".
  var label: String
  var text: String
}

/// What a summary verdict judges: the data's size, the utility or the privacy.
enum VerdictTopic: String { case data, utility, privacy }

struct ReportFact {
  var term: String
  var value: String
}

struct ReportTable {
  var caption: String? = nil
  var header: [String]
  /// Per column: right-aligned (numbers) or left-aligned (text).
  var numeric: [Bool]
  var rows: [[ReportCell]]
  /// Relative widths for the PDF; nil shares the width by content.
  var widths: [Double]? = nil
}

struct ReportCell {
  var text: String
  var fill: ReportColor? = nil
  var bold = false

  init(_ text: String, fill: ReportColor? = nil, bold: Bool = false) {
    self.text = text
    self.fill = fill
    self.bold = bold
  }
}

struct ReportColor: Equatable {
  var red: UInt8
  var green: UInt8
  var blue: UInt8

  init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  static let black = ReportColor(0, 0, 0)
  static let white = ReportColor(255, 255, 255)
  static let text = ReportColor(33, 37, 41)
  static let muted = ReportColor(108, 117, 125)
  static let rule = ReportColor(206, 212, 218)
  /// synthpop's `compare` colours: real dark blue, synthetic light blue.
  static let real = ReportColor(26, 60, 90)
  static let synthetic = ReportColor(65, 135, 191)
}

enum ReportChart {
  case bars(BarChart)
  case heatmap(Heatmap)
  case scatter(ScatterChart)
  case intervals(IntervalChart)

  /// Its title, for a renderer's accessible name.
  var title: String {
    switch self {
    case .bars(let b): return b.title
    case .heatmap(let h): return h.title
    case .scatter(let c): return c.title
    case .intervals(let i): return i.title
    }
  }
}

/// Points on two number axes, e.g. the trials of `--tune` by privacy and utility.
struct ScatterChart {
  struct Point {
    var x: Double
    var y: Double
    /// Drawn larger, in the synthetic colour, with its label.
    var highlighted = false
    /// Drawn grey (e.g. a candidate over a bound).
    var muted = false
    var label: String? = nil
  }

  var title: String
  var xLabel: String
  var yLabel: String
  var points: [Point]
  /// A dashed vertical line at this x (a bound), with its label.
  var xBound: (value: Double, label: String)? = nil
  /// x values are shares, labelled in percent.
  var xPercent = false
  var note: String? = nil
  var decimalComma = false
}

/// Confidence intervals side by side, real above synthetic, per row (a coefficient): synthpop's
/// compare.fit plot, drawn horizontally with a line at 0.
struct IntervalChart {
  struct Interval {
    var estimate: Double
    var lower: Double
    var upper: Double
  }

  var title: String
  var labels: [String]
  /// One per label; a NaN estimate leaves its row empty.
  var real: [Interval]
  var synthetic: [Interval]
  var note: String? = nil
  var decimalComma = false
}

/// Shares of real and synthetic values per category or per bin, drawn as paired bars.
struct BarChart {
  var title: String
  /// Category names, or bin labels of a histogram.
  var labels: [String]
  /// Shares in 0...1, one per label.
  var real: [Double]
  var synthetic: [Double]
  /// Bins of a number line: bars touch, and only some labels are shown.
  var isHistogram: Bool
  /// Optional line under the title, e.g. "one-way S_pMSE 1.23".
  var note: String? = nil
  /// Axis numbers as Dutch writes them (1,5).
  var decimalComma = false
}

/// A matrix of values with coloured cells.
struct Heatmap {
  var title: String
  var rowLabels: [String]
  var columnLabels: [String]
  /// values[row][column]; NaN leaves the cell empty (e.g. the diagonal).
  var values: [[Double]]
  var scale: HeatmapScale
  /// Print each value in its cell (when cells are large enough).
  var showValues: Bool
  /// Digits after the point for printed values.
  var decimals: Int
  var note: String? = nil
  var decimalComma = false
}

enum HeatmapScale {
  /// DUO's steps for S_pMSE: below 3, 3–10, 10–30, 30–100, above 100, green to red.
  case steps(bounds: [Double], colors: [ReportColor], labels: [String])
  /// -1...1 blue-white-red, for correlations and their differences.
  case diverging(limit: Double)
  /// 0...limit white to one colour, for associations in 0...1.
  case sequential(limit: Double, color: ReportColor)
}

// MARK: - Drawing primitives shared by the SVG and PDF renderers

/// A picture in points (1/72 inch), y growing downwards, origin at the top left. Charts are
/// turned into drawings once, so the screen and the PDF show the same geometry.
struct Drawing {
  var width: Double
  var height: Double
  var shapes: [Shape] = []
}

enum Shape {
  case rect(x: Double, y: Double, width: Double, height: Double, fill: ReportColor?, stroke: ReportColor?)
  case line(x1: Double, y1: Double, x2: Double, y2: Double, color: ReportColor, width: Double)
  /// Text on one line; `x` is where `anchor` sits, `y` the baseline. Rotated text turns by
  /// -90 degrees (reads bottom to top) around (x, y).
  case text(x: Double, y: Double, text: String, size: Double, anchor: TextAnchor, bold: Bool, color: ReportColor, rotated: Bool)
}

enum TextAnchor { case start, middle, end }

/// The privacy checks of a report's summary, for a run summary that names them by code.
enum PrivacyCheck: String, Equatable {
  case identicalRows, nearCopies, replicatedUniques, closeToReal, holdout, attributeDisclosure
}
