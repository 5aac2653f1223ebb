/// `synth --summary FILE.json`: what a run did, for a page or a script that should not read the
/// terminal's text.
///
///     {"localsynth": "0.1.0", "input": "x.csv", "method": "cart", "rows": 5000, "columns": 12, "copies": 1,
///      "leftOut": ["bsn"], "notes": [{"code": "rowsDropped", "message": "..."}], "settings": {...}}
///
/// `rows` and `columns` are those of each synthetic copy; `leftOut` the input columns it lacks;
/// `notes` every note of the run in the report's language, the reading notices of the input first;
/// `settings` the settings file that repeats the run (as in the `--json` output).
struct RunSummary {
  struct Note: Equatable {
    var code: String
    var message: String
  }

  var input: String
  var method: SynthesisMethod
  var rows: Int
  var columns: Int
  var copies: Int
  var leftOut: [String]
  var notes: [Note] = []
  var settings: [UInt8]

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
      j.field("message", note.message)
      j.endObject()
    }
    j.endArray()
    j.key("settings")
    j.rawValue(settings)
    j.endObject()
    return j.bytes + [10]
  }
}
