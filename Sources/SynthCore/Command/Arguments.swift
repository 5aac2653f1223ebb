/// A wrong command line: the message, and the command whose usage should be shown.
public struct UsageError: Error, Equatable {
  var message: Phrase
  public var command: String?

  init(_ message: Phrase, command: String?) { (self.message, self.command) = (message, command) }
}

/// One option of a command; parsing and `--help` read the same rows.
struct OptionSpec {
  let name: String
  /// The value's placeholder, or nil for a flag.
  let value: String?
  let help: String
  var repeatable = false
}

/// The words after the command name, consumed as options are read.
struct Arguments {
  private var words: [String]
  private var used: [Bool]
  let command: String

  init(_ words: [String], command: String) {
    self.words = words
    self.used = Array(repeating: false, count: words.count)
    self.command = command
  }

  func error(_ message: Phrase) -> UsageError { UsageError(message, command: command) }

  /// Every value given for `name` (`--name value` or `--name=value`), in order.
  mutating func values(_ name: String) throws(UsageError) -> [String] {
    var found: [String] = []
    var i = 0
    while i < words.count {
      if used[i] { i += 1; continue }
      let word = words[i]
      if word == "--" { break }
      if word == name {
        guard i + 1 < words.count else { throw error("option '\(name)' needs a value") }
        used[i] = true
        used[i + 1] = true
        found.append(words[i + 1])
        i += 2
        continue
      }
      if word.hasPrefix(name + "=") {
        used[i] = true
        found.append(String(word.utf8.dropFirst(name.utf8.count + 1))!)
      }
      i += 1
    }
    return found
  }

  mutating func value(_ name: String) throws(UsageError) -> String? {
    let all = try values(name)
    if all.count > 1 { throw error("option '\(name)' is given more than once") }
    return all.first
  }

  /// A file name: like `value`, but never empty (an empty name cannot be read or written).
  mutating func path(_ name: String) throws(UsageError) -> String? {
    guard let text = try value(name) else { return nil }
    guard !text.isEmpty else { throw error("option '\(name)' needs a file name") }
    return text
  }

  mutating func flag(_ name: String) -> Bool {
    var found = false
    for (i, word) in words.enumerated() where !used[i] {
      if word == "--" { break }
      if word == name { used[i] = true; found = true }
    }
    return found
  }

  mutating func int(_ name: String, atLeast minimum: Int) throws(UsageError) -> Int? {
    guard let text = try value(name) else { return nil }
    guard let n = Int(text), n >= minimum else { throw error("option '\(name)' needs a whole number of at least \(minimum), not '\(text)'") }
    return n
  }

  /// A seed: any UInt64, so the same number means the same run on every machine.
  mutating func seed(_ name: String = "--seed") throws(UsageError) -> UInt64? {
    guard let text = try value(name) else { return nil }
    guard let seed = UInt64(text) else { throw error("option '\(name)' needs a whole number from 0 to 18446744073709551615, not '\(text)'") }
    return seed
  }

  mutating func choice(_ name: String, _ allowed: [String]) throws(UsageError) -> String? {
    guard let text = try value(name) else { return nil }
    guard allowed.contains(text) else {
      throw error("option '\(name)' must be one of \(allowed.joined(separator: ", ")), not '\(text)'")
    }
    return text
  }

  /// The one input file a command reads: the only remaining word that is not an option.
  mutating func inputFile() throws(UsageError) -> String {
    let files = positionals()
    if files.isEmpty { throw error("missing the input file (FILE.csv)") }
    if files.count > 1 { throw error("expected one input file, got \(files.count)") }
    guard !files[0].isEmpty else { throw error("the input file name is empty") }
    return files[0]
  }

  /// The remaining words that are not options.
  mutating func positionals() -> [String] {
    var found: [String] = []
    var afterDashes = false
    for (i, word) in words.enumerated() where !used[i] {
      if word == "--" && !afterDashes { afterDashes = true; used[i] = true; continue }
      if afterDashes || !word.hasPrefix("-") || word == "-" {
        used[i] = true
        found.append(word)
      }
    }
    return found
  }

  /// Fails on the first word nobody read, suggesting the closest known option.
  func rejectUnknown(_ specs: [OptionSpec]) throws(UsageError) {
    for (i, word) in words.enumerated() where !used[i] {
      if word == "--" { return }
      guard word.hasPrefix("-") && word != "-" else { continue }
      let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
      var best: String? = nil
      var bestDistance = 3
      for spec in specs {
        let d = Arguments.editDistance(name, spec.name)
        if d < bestDistance { bestDistance = d; best = spec.name }
      }
      if let best { throw error("unknown option '\(name)'; did you mean '\(best)'?") }
      throw error("unknown option '\(name)'")
    }
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a.utf8), y = Array(b.utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = Array(repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
