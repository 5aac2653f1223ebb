/// `--lang en|nl`: one declaration for every command that words sentences for people.
enum LanguageOption {
  static let spec = OptionSpec(name: "--lang", value: "en|nl", help: "Language of the report, the notes and the reasons (default: en).")

  static func parse(_ a: inout Arguments) throws(UsageError) -> Wording.Language {
    guard let l = try a.choice(spec.name, ["en", "nl"]) else { return .en }
    return l == "nl" ? .nl : .en
  }

  /// The language the words ask for, read before (or without) parsing them, so that even a usage
  /// error is worded in it: the value of the last `--lang` (`--lang nl` or `--lang=nl`).
  static func requested(in words: [String]) -> Wording.Language {
    var language = Wording.Language.en
    for (i, word) in words.enumerated() {
      let value = word == spec.name ? (i + 1 < words.count ? words[i + 1] : "") : word.hasPrefix(spec.name + "=") ? String(word.dropFirst(spec.name.count + 1)) : nil
      if let value, let asked = Wording.Language(rawValue: value) { language = asked }
    }
    return language
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

/// `--threads N`: how many of the host's threads a run may use (default: all). The output does not
/// depend on it, so no settings file or report repeats it.
enum ThreadsOption {
  static let spec = OptionSpec(
    name: "--threads", value: "N",
    help: "Use at most N threads (default: every core; the output is the same for any N; the web page uses one).")

  static func parse(_ a: inout Arguments) throws(UsageError) -> Int? {
    try a.int(spec.name, atLeast: 1)
  }
}
