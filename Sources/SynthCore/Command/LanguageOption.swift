/// `--lang en|nl`: one declaration for every command that words sentences for people.
enum LanguageOption {
  static let spec = OptionSpec(name: "--lang", value: "en|nl", help: "Language of the report, the notes and the reasons (default: en).")

  static func parse(_ a: inout Arguments) throws(UsageError) -> Wording.Language {
    guard let l = try a.choice(spec.name, ["en", "nl"]) else { return .en }
    return l == "nl" ? .nl : .en
  }
}

/// `--near-copies K`: one declaration for `synth` (the repair and its report) and `evaluate`.
enum NearCopyOption {
  static let spec = OptionSpec(
    name: "--near-copies", value: "K",
    help: "A synthetic row equal to a real person on all columns but K still counts as a copy: the repair changes it and the report counts it (default: 1; 0: identical rows only; at most \(NearCopyKeys.maxDiffering)).")

  static func parse(_ a: inout Arguments) throws(UsageError) -> Int? {
    guard let n = try a.int(spec.name, atLeast: 0) else { return nil }
    guard n <= NearCopyKeys.maxDiffering else { throw a.error("option '\(spec.name)' allows at most \(NearCopyKeys.maxDiffering) columns, not \(n)") }
    return n
  }
}
