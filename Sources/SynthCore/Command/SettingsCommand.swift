/// `localsynth settings`: every synthesis setting from its declaration (`SynthesisSetting`), as a
/// table or, with `--json`, as the catalogue the page renders its options, defaults and bounds from.
struct SettingsCommand: Subcommand {
  static let name = "settings"
  static let abstract = "List the synthesis settings: flag, settings-file key, default and allowed values."
  static let usage = "settings [--json] [--lang en|nl]"
  static let discussion = "A settings file (synth --settings FILE.json) is a JSON object of these keys; synth --json writes the one that repeats a run."
  static let options: [OptionSpec] = [
    OptionSpec(name: "--json", value: nil, help: "Print the catalogue as JSON (keys, flags, kinds, bounds, choices, defaults, labels in English and Dutch)."),
    LanguageOption.spec,
  ]

  var json = false
  var language = Wording.Language.en

  init(_ a: inout Arguments) throws(UsageError) {
    json = a.flag("--json")
    language = try LanguageOption.parse(&a)
    try a.rejectUnknown(Self.options)
    if let first = a.positionals().first { throw a.error("unexpected argument '\(first)'") }
  }

  var inputPaths: [String] { [] }
  var outputPaths: [OutputPath] { [] }

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    var result = CommandResult()
    result.stdout = json ? Self.catalogue() : Array(table().utf8)
    return result
  }

  /// `{"settings": [{"key", "flag", "placeholder", "kind", "minimum", "maximum", "choices":
  /// [{"token", "en", "nl", "scope"?, "method"?}], "default", "defaultByMethod"?, "method", "stage"
  /// ("synthesis" or "evaluation"), "help", "label": {"en", "nl"}}]}`.
  static func catalogue() -> [UInt8] {
    var out = JSONWriter(indent: 0)
    let defaults = SynthesisConfig()
    out.beginObject()
    out.key("settings")
    out.beginArray()
    for s in SynthesisSetting.all {
      out.beginObject()
      out.field("key", s.key)
      out.key("flag"); out.optionalString(s.flag)
      out.key("placeholder"); out.optionalString(s.placeholder)
      Self.write(s.kind, to: &out)
      // A toggle the settings file leaves out when off (tune) is off by default.
      var off: JSONValue = .null
      if case .toggle = s.kind { off = .bool(false) }
      out.key("default"); out.value(s.get(defaults) ?? off)
      // A default that depends on the method (strata: none for CART, auto for the copula).
      var copula = defaults
      copula.method = .gc
      if s.method == nil, s.key != "method", let c = s.get(copula), c != s.get(defaults) ?? .null {
        out.key("defaultByMethod"); out.beginObject()
        out.key(SynthesisMethod.cart.rawValue); out.value(s.get(defaults) ?? .null)
        out.key(SynthesisMethod.gc.rawValue); out.value(c)
        out.endObject()
      }
      out.key("method"); out.optionalString(s.method?.rawValue)
      out.field("stage", "synthesis")
      out.field("help", s.help)
      out.key("label"); out.beginObject(); out.field("en", s.english); out.field("nl", s.label(Wording(language: .nl))); out.endObject()
      out.endObject()
    }
    // The evaluation's: they change the report, not the data.
    for s in EvaluationSetting.all {
      out.beginObject()
      out.field("key", s.key)
      out.field("flag", s.flag)
      out.field("placeholder", s.placeholder)
      switch s.kind {
      case .setting(let kind): Self.write(kind, to: &out)
      case .models: out.field("kind", "models")
      }
      out.key("default"); out.value(s.get(EvaluationConfig()))
      out.key("method"); out.optionalString(nil)
      out.field("stage", "evaluation")
      out.field("help", s.help)
      out.key("label"); out.beginObject(); out.field("en", s.english); out.field("nl", s.label(Wording(language: .nl))); out.endObject()
      out.endObject()
    }
    out.endArray()
    out.endObject()
    return out.bytes + [10]
  }

  /// A kind, its bounds and its choices.
  private static func write(_ kind: SynthesisSetting.Kind, to out: inout JSONWriter) {
  switch kind {
    case .toggle: out.field("kind", "toggle")
    case .whole(let r), .seconds(let r): out.field("kind", "whole"); out.field("minimum", r.lowerBound); out.field("maximum", r.upperBound)
    case .fraction(let lower, let below): out.field("kind", "number"); out.field("minimum", number: lower); out.field("below", number: below)
    case .seed: out.field("kind", "seed")
    case .choice: out.field("kind", "choice")
    case .choiceOrColumns: out.field("kind", "choiceOrColumns")
    case .columnMap(let entry):
      switch entry {
      case .columns: out.field("kind", "columnColumns")
      case .onOff: out.field("kind", "columnOnOff")
      case .choice: out.field("kind", "columnChoice")
      }
    case .rules: out.field("kind", "rules")
    }
  switch kind {
    case .choice(let c), .choiceOrColumns(let c), .columnMap(.choice(let c)):
      out.key("choices")
      out.beginArray()
      for choice in c {
        out.beginObject(); out.field("token", choice.token); out.field("en", choice.english); out.field("nl", choice.label(Wording(language: .nl)))
        if let scope = choice.scope { out.field("scope", scope) }
        if let method = choice.method { out.field("method", method.rawValue) }
        out.endObject()
      }
      out.endArray()
    default: break
    }
  }

  private func table() -> String {
    let w = Wording(language: language)
    let defaults = SynthesisConfig()
    var rows: [(String, String, String, String)] = [(w("key"), w("flag"), w("default"), w("setting"))]
    for s in SynthesisSetting.all {
      var value = "-"
      if let d = s.get(defaults) {
        var writer = JSONWriter(indent: 0)
        writer.value(d)
        value = String(decoding: writer.bytes, as: UTF8.self)
      }
      rows.append((s.key, s.flag ?? "", value, s.label(w)))
    }
    for s in EvaluationSetting.all {
      var writer = JSONWriter(indent: 0)
      writer.value(s.get(EvaluationConfig()))
      rows.append(("", s.flag, String(decoding: writer.bytes, as: UTF8.self), s.label(w)))
    }
    let a = rows.reduce(0) { max($0, $1.0.utf8.count) } + 2, b = rows.reduce(0) { max($0, $1.1.utf8.count) } + 2
    let c = rows.reduce(0) { max($0, $1.2.utf8.count) } + 2
    return rows.map { Help.pad($0.0, a) + Help.pad($0.1, b) + Help.pad($0.2, c) + $0.3 }.joined(separator: "\n") + "\n"
  }
}
