/// The synthesis options of `synth`, from flags and from the settings file (flags win), and their
/// JSON form, which is also a valid settings file: a run can be repeated exactly from it. Every
/// option is a `SynthesisSetting`; this type only applies the table.
struct SynthesisOptionFlags {
  static let specs: [OptionSpec] = SynthesisSetting.all.filter { $0.parsesFlag }.compactMap { setting in
    setting.flag.map { flag in
      var repeatable = false
      if case .columnMap = setting.kind { repeatable = true }
      if case .rules = setting.kind { repeatable = true }
      return OptionSpec(name: flag, value: setting.placeholder, help: setting.help, repeatable: repeatable)
    }
  }

  /// Shared with `convert`, which writes CSV too.
  static let formulasSpec = specs.first { $0.name == "--formulas" }!

  /// The flags given, as settings-file values (already checked), in table order.
  private var given: [(setting: SynthesisSetting, value: JSONValue)] = []
  /// `--copies`, or 1.
  var copies: Int { given.first { $0.setting.key == "copies" }?.value.numberValue?.integer(as: Int.self) ?? 1 }

  init(_ a: inout Arguments) throws(UsageError) {
    for setting in SynthesisSetting.all where setting.parsesFlag {
      guard let flag = setting.flag, let value = try Self.parse(setting.kind, flag: flag, placeholder: setting.placeholder, &a) else { continue }
      given.append((setting, value))
    }
  }

  /// The flag's value as the settings file would hold it, or nil when the flag is absent; for the
  /// evaluation's settings too (`EvaluationSetting`).
  static func parse(_ kind: SynthesisSetting.Kind, flag: String, placeholder: String?, _ a: inout Arguments) throws(UsageError) -> JSONValue? {
    func checked(_ value: JSONValue, _ text: String) throws(UsageError) -> JSONValue {
      if let wanted = kind.requirement(value) { throw a.error("option '\(flag)' needs \(wanted), not '\(text)'") }
      return value
    }
    switch kind {
    case .toggle:
      return a.flag(flag) ? .bool(true) : nil
    case .whole, .fraction, .seconds:
      guard let text = try a.value(flag) else { return nil }
      var number = Substring(text)
      if case .seconds = kind, number.hasSuffix("s") { number = number.dropLast() }
      guard let n = Double(String(number)) else { throw a.error("option '\(flag)' needs \(kind.requirement(.null)!), not '\(text)'") }
      return try checked(.number(n), text)
    case .seed:
      guard let text = try a.value(flag) else { return nil }
      guard let seed = UInt64(text) else { throw a.error("option '\(flag)' needs a whole number from 0 to 18446744073709551615, not '\(text)'") }
      return seed <= 9_007_199_254_740_992 ? .number(Double(seed)) : .string(text)
    case .choice(let choices):
      return try a.choice(flag, choices.map { $0.token }).map { .string($0) }
    case .choiceOrColumns(let choices):
      guard let text = try a.value(flag) else { return nil }
      return choices.contains { $0.token == text } ? .string(text) : SynthesisSetting.namesValue(Self.names(text))
    case .columnMap(let kind):
      var members: [(String, JSONValue)] = []
      for text in try a.values(flag) {
        let (column, value) = try TableOptionFlags.split(text, option: flag, a)
        switch kind {
        case .columns: members.append((column, SynthesisSetting.namesValue(Self.names(value))))
        case .onOff:
          guard value == "on" || value == "off" else { throw a.error("option '\(flag)' needs COLUMN=on or COLUMN=off, not '\(text)'") }
          members.append((column, .bool(value == "on")))
        case .choice(let choices):
          guard choices.contains(where: { $0.token == value }) else {
            throw a.error("option '\(flag)' needs \(placeholder ?? "COLUMN=VALUE") with \(placeholder?.split(separator: "=").last.map { String($0) } ?? "VALUE") one of \(choices.map { $0.token }.joined(separator: ", ")), not '\(text)'")
          }
          members.append((column, .string(value)))
        }
      }
      return members.isEmpty ? nil : .object(members)
    case .rules:
      let texts = try a.values(flag)
      if let error = Rule.firstError(texts) {
        throw a.error("option '\(flag)': rule '\(error.shown)', at character \(error.position): \(error.message)")
      }
      return texts.isEmpty ? nil : SynthesisSetting.namesValue(texts)
    }
  }

  /// `--formulas neutralise|keep`, or nil when not given.
  static func formulas(_ a: inout Arguments) throws(UsageError) -> FormulaHandling? {
    try a.choice("--formulas", FormulaHandling.allCases.map { $0.rawValue }).map { FormulaHandling(rawValue: $0)! }
  }

  /// The settings file's `"formulas"` member, or nil when it has none.
  static func formulas(settings: JSONValue?, path: String) throws(CommandError) -> FormulaHandling? {
    guard let value = settings?.objectValue?.first(where: { $0.0 == "formulas" })?.1 else { return nil }
    if let wanted = SynthesisSetting.named("formulas")!.requirement(value) { throw .data(.invalidSettings(place: path, "\"formulas\" must be \(wanted)")) }
    return FormulaHandling(rawValue: value.stringValue!)
  }

  static func names(_ text: String) -> [String] {
    text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
  }

  /// The settings file's synthesis options with the flags on top. Every member of the file must be
  /// a setting of some option group: a misspelt key is an error with the nearest key.
  func resolve(settings: JSONValue?, path: String) throws(CommandError) -> SynthesisConfig {
    func bad(_ message: Phrase) -> CommandError { .data(.invalidSettings(place: path, message)) }
    var config = SynthesisConfig()
    var fromFile: [(setting: SynthesisSetting, value: JSONValue)] = []
    if let members = settings?.objectValue {
      let keys = members.map { $0.0 }
      if keys.contains("localsynth") && keys.contains("data") {
        throw bad("this is the JSON output of synth (--json), not a settings file; its \"settings\" member is the settings file of that run: save that member as a file of its own")
      }
      for (key, value) in members {
        guard let setting = SynthesisSetting.named(key) else {
          if TableOptionFlags.settingKeys.contains(key) { continue }
          let known = SynthesisSetting.all.map { $0.key } + TableOptionFlags.settingKeys
          if let near = Self.nearest(key, in: known) { throw bad("unknown setting \"\(key)\"; did you mean \"\(near)\"?") }
          throw bad("unknown setting \"\(key)\"; the settings are \(known.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        if let wanted = setting.requirement(value) { throw bad("\"\(key)\" must be \(wanted)") }
        if case .rules = setting.kind, let error = Rule.firstError(SynthesisSetting.names(value)) {
          throw bad("\"\(key)\": rule '\(error.shown)', at character \(error.position): \(error.message)")
        }
        fromFile.append((setting, value))
      }
    }
    for (setting, value) in fromFile { setting.set(&config, value) }
    for (setting, value) in given { setting.set(&config, value) }
    // A setting of the other method is an error where it would change something.
    let defaults = SynthesisConfig()
    for (setting, _) in given where setting.method != nil && setting.method != config.method {
      throw .usage(UsageError("option '\(setting.flag ?? setting.key)' \(Self.onlyFor(setting.method!, flag: true))", command: SynthCommand.name))
    }
    for (setting, _) in fromFile where setting.method != nil && setting.method != config.method && setting.get(config) != setting.get(defaults) {
      throw bad("\"\(setting.key)\" \(Self.onlyFor(setting.method!, flag: false))")
    }
    return config
  }

  private static func onlyFor(_ method: SynthesisMethod, flag: Bool) -> Phrase {
    switch (method, flag) {
    case (.gc, true): return Phrase("is for the Gaussian copula; add --method gc")
    case (.gc, false): return Phrase("is for the Gaussian copula; set \"method\" to \"gc\"")
    case (.cart, true): return Phrase("is for --method cart; the Gaussian copula models the whole table")
    case (.cart, false): return Phrase("is for \"method\": \"cart\"; the Gaussian copula models the whole table")
    }
  }

  /// The known key within two edits of `key` (or equal but for case), for "did you mean".
  static func nearest(_ key: String, in known: [String]) -> String? {
    let lower = UTF8Text.asciiLowercased(key)
    var best: (String, Int)? = nil
    for candidate in known {
      let d = Arguments.editDistance(lower, UTF8Text.asciiLowercased(candidate))
      if d <= 2 && d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// The options as settings-file members, in the table's order; `rows` is the number written.
  static func write(_ config: SynthesisConfig, rows: Int, to json: inout JSONWriter) {
    var config = config
    config.rows = rows
    for setting in SynthesisSetting.all where setting.method == nil || setting.method == config.method {
      guard let value = setting.get(config) else { continue }
      json.key(setting.key)
      json.value(value)
    }
  }
}
