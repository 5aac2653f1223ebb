/// `synth --summary FILE.json`: what a run did, for a page or a script that should not read the
/// terminal's text.
///
///     {"localsynth": "0.1.0", "input": "x.csv", "method": "cart", "rows": 5000, "columns": 12, "copies": 1,
///      "leftOut": ["bsn"], "notes": [{"code": "rowsDropped", "arguments": {"left": 4994, "of": 5000}, "message": "..."}],
///      "verdicts": [{"topic": "utility", "level": "good", "label": "Good", "message": "..."}], "settings": {...}}
///
/// `rows` and `columns` are those of each synthetic copy; `leftOut` the input columns it lacks;
/// `notes` every note of the run, its values as `arguments` and its sentence in the report's language,
/// the reading notices of the input first;
/// `verdicts` the report summary's verdicts (with `"copy": k` when there are several copies);
/// `rules` (with `--rule`) the real and synthetic rows keeping each rule, per copy;
/// `spread` (with several copies) each measure per copy with its mean, min and max;
/// `tuning` (with `--tune`) the search: every trial with its settings, utility and privacy, and the choice;
/// `settings` the settings file that repeats the run (as in the `--json` output).
struct RunSummary {
  struct Note: Equatable {
    var code: String
    /// The note's values by name (rows, columns, copy, ...); empty for a note without any.
    var arguments: JSONValue = .object([])
    var message: String
  }

  var input: String
  var method: SynthesisMethod
  var rows: Int
  var columns: Int
  var copies: Int
  var leftOut: [String]
  var notes: [Note] = []
  var verdicts: [Verdict] = []
  /// Per copy, the rows keeping each rule (`--rule`), real and synthetic.
  var rules: [(copy: Int?, check: RuleCheck)] = []
  /// The search of `--tune`.
  var tuning: TuningSearch? = nil
  /// The spread of the measures over the copies (`--copies` above 1).
  var spread: CopiesSummary? = nil
  var settings: [UInt8]

  struct Verdict {
    /// The copy judged, when there are several.
    var copy: Int?
    var topic: VerdictTopic
    var level: ReportVerdict.Level
    var label: String
    var message: String
  }

  /// A reading notice's message in the summary's language. The one place that reads a notice's
  /// wording, so a notice worded per language needs one change here.
  static func noticeMessage(_ notice: Notice, _ w: Wording) -> String { notice.message(w) }

  func json() -> [UInt8] {
    var j = JSONWriter(indent: 1)
    j.beginObject()
    j.field("localsynth", Engine.version)
    j.field("input", input)
    j.field("method", method.rawValue)
    j.field("rows", rows)
    j.field("columns", columns)
    j.field("copies", copies)
    j.key("leftOut")
    j.beginArray(); for name in leftOut { j.string(name) }; j.endArray()
    j.key("notes")
    j.beginArray()
    for note in notes {
      j.beginObject()
      j.field("code", note.code)
      j.key("arguments")
      j.value(note.arguments)
      j.field("message", note.message)
      j.endObject()
    }
    j.endArray()
    j.key("verdicts")
    j.beginArray()
    for v in verdicts {
      j.beginObject()
      if let copy = v.copy { j.field("copy", copy) }
      j.field("topic", v.topic.rawValue)
      j.field("level", v.level.rawValue)
      j.field("label", v.label)
      j.field("message", v.message)
      j.endObject()
    }
    j.endArray()
    if !rules.isEmpty {
      j.key("rules")
      j.beginArray()
      for (copy, r) in rules {
        j.beginObject()
        if let copy { j.field("copy", copy) }
        r.writeFields(to: &j)
        j.endObject()
      }
      j.endArray()
    }
    if let spread {
      j.key("spread")
      j.beginObject()
      spread.writeFields(to: &j)
      j.endObject()
    }
    if let tuning {
      j.key("tuning")
      j.beginObject()
      tuning.writeFields(to: &j)
      j.endObject()
    }
    j.key("settings")
    j.rawValue(settings)
    j.endObject()
    return j.bytes + [10]
  }
}

// MARK: The notes' arguments

/// Each note's values as data, so a script or page can act on a note without reading its sentence:
/// `{"code": "rowsDropped", "arguments": {"left": 4994, "of": 5000}, "message": "..."}`.
private func number(_ n: Int) -> JSONValue { .number(Double(n)) }
private func names(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
private func copy(_ k: Int?) -> [(String, JSONValue)] { k.map { [("copy", number($0))] } ?? [] }

extension SynthesisNote {
  var arguments: [(String, JSONValue)] {
    switch self {
    case .notInVisitOrder(let columns): return [("columns", names(columns))]
    case .predictorNotBefore(let predictor, let column): return [("predictor", .string(predictor)), ("column", .string(column))]
    case .rowsDropped(let left, let of): return [("left", number(left)), ("of", number(of))]
    case .valuesImputed(let count, let trees): return [("count", number(count)), ("trees", .bool(trees))]
    case .copulaStrata(let count, let columns, let minimumRows), .cartStrata(let count, let columns, let minimumRows):
      return [("strata", number(count)), ("columns", names(columns)), ("minimumRows", number(minimumRows))]
    case .nearlyDeterminedPredictor(let column, let predictor, let explained):
      return [("column", .string(column)), ("predictor", .string(predictor)), ("explained", .number(explained))]
    case .parametricMarginal(let column, let distribution, let strata, let of):
      return [("column", .string(column)), ("distribution", .string(distribution)), ("strata", number(strata)), ("of", number(of))]
    case .uniqueCopiesKept(let k, let rows, let of, let differing), .uniqueCopiesLeft(let k, let rows, let of, let differing):
      return copy(k) + [("rows", number(rows)), ("of", number(of)), ("differing", number(differing))]
    case .uniqueCopiesChanged(let k, let rows, let partner, let differing, let anyRow):
      return copy(k) + [("rows", number(rows)), ("partner", .string(partner.code)), ("differing", number(differing)), ("anyRow", number(anyRow))]
    case .copulaTails(let k, let counts, let smoothed):
      let columns = counts.map { c in
        JSONValue.object([("column", .string(c.column)), ("copied", number(c.copied)), ("distinct", number(c.distinct)), ("moved", number(c.moved))])
      }
      return copy(k) + [("columns", .array(columns)), ("smoothed", .bool(smoothed))]
    case .nearCopiesLimited(let asked, let checked): return [("asked", number(asked)), ("checked", number(checked))]
    case .heldOut(let rows, let of): return [("rows", number(rows)), ("of", number(of))]
    case .copulaSuggestedForLevels(let column, let levels): return [("column", .string(column)), ("levels", number(levels))]
    case .copulaSuggestedForSize(let rows, let columns): return [("rows", number(rows)), ("columns", number(columns))]
    case .formulasNeutralised(let k, let cells): return copy(k) + [("cells", number(cells))]
    case .writtenAsUTF8(let k, let encoding): return copy(k) + [("encoding", .string(encoding))]
    case .beyondStataRange(let k, let values): return copy(k) + [("values", number(values))]
    case .smallData(let rows): return [("rows", number(rows))]
    case .publicationMode(let minimumCount): return [("minimumCount", number(minimumCount))]
    case .ruleKept(let rule, let k, let changed, let left, let of):
      return copy(k) + [("rule", .string(rule)), ("changed", number(changed)), ("left", number(left)), ("of", number(of))]
    }
  }
}

extension UniqueCopyPartner {
  var code: String {
    switch self {
    case .treeLeaf: return "treeLeaf"
    case .modelGroup: return "modelGroup"
    case .stratum: return "stratum"
    case .anyRow: return "anyRow"
    }
  }
}

extension EvaluationNote {
  var arguments: [(String, JSONValue)] {
    switch self {
    case .emptyColumn(let column): return [("column", .string(column))]
    case .excludedColumn(let column, let kind, let identifier):
      return [("column", .string(column)), ("type", .string(kind.rawValue))] + (identifier.map { [("identifier", .string($0.rawValue))] } ?? [])
    case .notInSynthetic(let columns), .onlyInSynthetic(let columns): return [("columns", names(columns))]
    case .noTarget: return []
    case .pairsLimited(let shown, let of): return [("shown", number(shown)), ("of", number(of))]
    case .nearCopiesLimited(let asked, let checked): return [("asked", number(asked)), ("checked", number(checked))]
    }
  }
}

extension Notice {
  var arguments: [(String, JSONValue)] {
    switch kind {
    case .utf16Converted: return [("encoding", .string("utf-16"))]
    case .workbookSheet(let name, let sheets): return [("sheet", .string(name)), ("sheets", number(sheets))]
    case .notUTF8(let line): return [("encoding", .string("windows-1252")), ("line", number(line))]
    case .numericHeader, .decimalComma: return []
    case .blankLines(let n): return [("lines", number(n))]
    case .emptyName(let position, let name): return [("position", number(position)), ("name", .string(name))]
    case .duplicateName(let position, let original, let name):
      return [("position", number(position)), ("original", .string(original)), ("name", .string(name))]
    case .indexColumn(let name, let excluded): return [("column", .string(name)), ("excluded", .bool(excluded))]
    case .decimalCommaUnused(let commaSeparated): return [("commaSeparated", .bool(commaSeparated))]
    case .fewRows(let n): return [("rows", number(n))]
    }
  }
}
