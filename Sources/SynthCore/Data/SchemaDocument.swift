/// The JSON metadata document of a table: dialect, notices, and per column the type with its
/// confidence and reasons, missing codes, levels and ranges. `analyze --json` prints it.
struct SchemaDocument {
  var table: Table
  var version: String
  /// The language of the reasons, notices and advice.
  var wording = Wording(language: .en)
  var minimumCount = TableOptions.defaultMinimumCount
  /// Rules that hold in (almost) all rows, for the user to confirm (`RuleDiscovery`).
  var rules: [DiscoveredRule] = []
  /// The estimated peak memory of synthesising the table with its report at the defaults
  /// (`MemoryBudget.synthesisPeak`), for the page to warn before a run; nil leaves it out.
  var synthesisBytes: Int64? = nil

  /// Observed values of identifier columns are personal data; the document never lists them.
  static let withheldNote = "withheld: values of identifier columns are personal data"
  /// Rows of a workbook shown before any run (the page's preview).
  static let previewRows = 8

  func json() -> [UInt8] {
    var w = JSONWriter(indent: 2)
    w.beginObject()
    w.field("localsynth", version)
    w.field("file", table.file)
    w.field("rows", table.rowCount)
    w.field("columns", table.columns.count)
    w.field("minCount", minimumCount)
    if let synthesisBytes {
      w.field("synthesisBytes", number: Double(synthesisBytes))
      w.field("browserBytes", number: Double(MemoryBudget.browserBytes))
    }
    w.key("dialect")
    w.beginObject()
    w.field("delimiter", String(decoding: [table.dialect.delimiter], as: UTF8.self))
    w.field("encoding", table.dialect.encoding.rawValue)
    w.field("byteOrderMark", table.dialect.byteOrderMark)
    w.field("lineEnding", table.dialect.lineEnding.rawValue)
    w.field("decimalComma", table.dialect.decimalComma)
    if let sheet = table.dialect.sheet {
      w.field("sheet", sheet)
      w.key("sheets"); w.beginArray(); for s in table.dialect.sheets { w.string(s) }; w.endArray()
    }
    if let format = table.dialect.statistical { w.field("statistical", format.rawValue) }
    w.endObject()
    // A workbook's or statistical file's first rows as text, which the page cannot read from the
    // file's bytes as it does for CSV; identifier columns withheld, as everywhere in this document.
    if table.dialect.sheet != nil || table.dialect.statistical != nil {
      var writer = TableWriter(table: table)
      writer.missingOutput = .code
      var cell: [UInt8] = []
      w.key("preview")
      w.beginArray()
      for row in 0..<min(table.rowCount, Self.previewRows) {
        w.beginArray()
        for (c, column) in table.columns.enumerated() {
          cell.removeAll(keepingCapacity: true)
          if column.schema.kind != .identifier { writer.appendValue(column: c, row: row, asInput: true, to: &cell) }
          w.string(String(decoding: cell, as: UTF8.self))
        }
        w.endArray()
      }
      w.endArray()
    }
    w.key("notices")
    w.beginArray()
    for n in table.notices {
      w.beginObject(); w.field("code", n.code); w.field("message", n.message(wording)); w.endObject()
    }
    w.endArray()
    w.key("schema")
    w.beginArray()
    for column in table.columns { write(column, to: &w) }
    w.endArray()
    w.key("rules")
    w.beginArray()
    for r in rules {
      w.beginObject()
      w.field("kind", r.kind.rawValue)
      w.field("rule", r.text)
      w.field("support", number: r.support)
      w.field("rows", r.rows)
      w.endObject()
    }
    w.endArray()
    w.endObject()
    var bytes = w.bytes
    bytes.append(10)
    return bytes
  }

  private func write(_ column: Column, to w: inout JSONWriter) {
    let s = column.schema
    w.beginObject()
    w.field("name", s.name)
    w.field("position", s.position + 1)
    w.field("type", s.kind.rawValue)
    w.field("confidence", number: s.confidence)
    w.key("reasons"); w.beginArray(); for r in s.reasons { w.string(r.text(wording)) }; w.endArray()
    w.field("excluded", s.excluded)
    w.field("possiblyCategorical", s.possiblyCategorical)
    if s.isIndex { w.field("index", true) }
    if let kind = s.identifierKind { w.field("identifier", kind.rawValue) }
    if let q = s.quasiIdentifier {
      w.key("quasiIdentifier")
      w.beginObject()
      w.field("kind", q.kind.rawValue)
      w.field("message", q.advice(wording))
      w.key("coarsen"); w.beginArray(); for c in q.coarsenings { w.string(c.rawValue) }; w.endArray()
      w.endObject()
    }
    if let c = s.coarsened { w.field("coarsened", c.rawValue) }
    switch s.kind {
    case .integer, .decimal:
      switch s.numberStyle {
      case .integer: w.field("decimals", 0)
      case .decimals(let low, let high): w.field("decimals", high); if low != high { w.field("minimumDecimals", low) }
      case .shortest: w.key("decimals"); w.null()
      }
      if s.decimalComma { w.field("decimalComma", true) }
      if !s.numberNotation.isPlain {
        let n = s.numberNotation
        w.key("notation")
        w.beginObject()
        w.field("grouping", n.grouping.rawValue)
        w.field("prefix", n.prefix)
        w.field("suffix", n.suffix)
        w.field("negative", n.negative.rawValue)
        w.endObject()
      }
    case .date, .datetime:
      if let f = s.dateFormat { w.field("format", f.pattern) }
    case .boolean:
      if let labels = s.booleanLabels { w.field("false", labels.0); w.field("true", labels.1) }
    default:
      break
    }
    if let meta = s.metadata {
      // What the SPSS or Stata file said of the variable (an identifier's labels are withheld).
      w.key("variable")
      w.beginObject()
      w.field("label", meta.label)
      w.field("format", meta.format)
      w.field("showsLabels", meta.showsLabels)
      w.key("valueLabels")
      w.beginArray()
      if s.kind != .identifier {
        for v in meta.valueLabels { w.beginObject(); w.field("code", v.code); w.field("label", v.label); w.endObject() }
      }
      w.endArray()
      if !meta.missingValues.isEmpty || meta.missingRange != nil {
        w.key("userMissing")
        w.beginObject()
        w.key("values"); w.beginArray(); for m in meta.missingValues { w.string(m) }; w.endArray()
        if let r = meta.missingRange { w.field("low", number: r.low); w.field("high", number: r.high) }
        w.endObject()
      }
      w.endObject()
    }
    w.key("missing")
    w.beginObject()
    w.field("count", s.missingCount)
    w.key("codes")
    w.beginArray()
    for code in s.missingCodes {
      w.beginObject(); w.field("code", code.text); w.field("count", code.count); w.field("user", code.isUserCode); w.endObject()
    }
    w.endArray()
    if !s.keptTokens.isEmpty {
      w.key("kept")
      w.beginArray()
      for code in s.keptTokens { w.beginObject(); w.field("code", code.text); w.field("count", code.count); w.field("user", code.isUserCode); w.endObject() }
      w.endArray()
    }
    if !s.suggestedCodes.isEmpty {
      w.key("suggested")
      w.beginArray()
      for code in s.suggestedCodes { w.beginObject(); w.field("code", code.text); w.field("count", code.count); w.endObject() }
      w.endArray()
    }
    w.endObject()
    w.field("distinct", s.distinctCount)
    if s.rareLevels > 0 {
      w.key("rare"); w.beginObject(); w.field("levels", s.rareLevels); w.field("rows", s.rareRows); w.endObject()
    }
    if s.kind == .identifier {
      w.field("examples", SchemaDocument.withheldNote)
    } else {
      w.key("examples"); w.beginArray(); for e in s.examples { w.string(e) }; w.endArray()
    }
    if let range = ColumnSummary.range(column) {
      w.field("min", range.min)
      w.field("max", range.max)
    }
    if s.kind == .categorical || s.kind == .constant || s.kind == .boolean {
      w.key("levels")
      w.beginArray()
      for level in ColumnSummary.levelCounts(column) {
        w.beginObject(); w.field("value", level.value); w.field("count", level.count); w.endObject()
      }
      w.endArray()
    }
    w.endObject()
  }
}

/// Small summaries of a column used by the schema and by `analyze`.
enum ColumnSummary {
  /// The smallest and largest observed value, written in the column's style: plainly (`15438.5`,
  /// for JSON), or `asInput` with the input's decimal mark and grouping (`15.438,5`, for people).
  static func range(_ column: Column, asInput: Bool = false) -> (min: String, max: String)? {
    guard column.schema.kind.isNumeric else { return nil }
    var low = Double.infinity, high = -Double.infinity
    for (row, v) in column.numbers.enumerated() where !column.isMissing(row) {
      if v < low { low = v }
      if v > high { high = v }
    }
    guard low <= high else { return nil }
    func text(_ value: Double) -> String {
      var out: [UInt8] = []
      column.schema.appendText(of: value, asInput: asInput, to: &out)
      return String(decoding: out, as: UTF8.self)
    }
    return (text(low), text(high))
  }

  /// Observed count per level (boolean: false then true), in level order.
  static func levelCounts(_ column: Column) -> [(value: String, count: Int)] {
    if column.schema.kind == .boolean {
      var counts = [0, 0]
      for (row, v) in column.numbers.enumerated() where !column.isMissing(row) { counts[v != 0 ? 1 : 0] += 1 }
      let labels = column.schema.booleanLabels ?? ("false", "true")
      return [(labels.0, counts[0]), (labels.1, counts[1])]
    }
    var counts = Array(repeating: 0, count: column.levels.count)
    for (row, code) in column.codes.enumerated() where code >= 0 && !column.isMissing(row) { counts[Int(code)] += 1 }
    return column.levels.enumerated().map { ($0.element, counts[$0.offset]) }
  }
}
