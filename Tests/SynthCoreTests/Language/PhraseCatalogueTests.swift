import Foundation
import Testing

@testable import SynthCore

// The phrase catalogue: every sentence the sources write as w("...") has its Dutch entry, and
// every Dutch entry is still used.

/// The keys of every phrase literal in the core's sources: `w("...")`, `wording("...")`,
/// `self("...")`, `Wording(...)("...")`, `Phrase("...")` and the errors that take a phrase
/// (`error("...")`, `bad("...")`, `UsageError("...")`), read as the compiler reads them.
let phraseKeys: Set<String> = {
  var keys = Set<String>()
  let folder = packageRoot.appendingPathComponent("Sources/SynthCore")
  let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
  for file in files {
    guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
    // Comments show examples, not phrases.
    let source = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
    let s = Array(source.unicodeScalars)
    var i = 0
    while i + 1 < s.count {
      defer { i += 1 }
      guard s[i] == "(" && s[i + 1] == "\"" && i > 0 else { continue }
      // The callee: `w`, `wording`, `self`, or a call's closing parenthesis.
      var j = i - 1
      while j >= 0 && (CharacterSet.alphanumerics.contains(s[j]) || s[j] == "_") { j -= 1 }
      let name = String(String.UnicodeScalarView(s[(j + 1)..<i]))
      // Wording's own calls, and the calls that take a phrase (usage, settings and JSON errors).
      let called = (["w", "wording", "self"].contains(name) && (j < 0 || s[j] != ".")) || ["error", "bad", "UsageError", "Phrase"].contains(name)
      guard called || (name.isEmpty && s[i - 1] == ")") else { continue }
      if let key = literalKey(s, from: i + 1) { keys.insert(key) }
    }
  }
  return keys
}()

/// The key of the string literal at `start` (its opening quote): literal text unescaped, `{}` for
/// each interpolation; nil for a literal that is not a single line.
func literalKey(_ s: [Unicode.Scalar], from start: Int) -> String? {
  var key = String.UnicodeScalarView()
  var i = start + 1
  while i < s.count {
    switch s[i] {
    case "\"":
      return String(key)
    case "\n":
      return nil
    case "\\":
      let next = s[i + 1]
      if next == "(" {
        // Skip the interpolation, with nested parentheses and string literals.
        var depth = 1
        i += 2
        while depth > 0 {
          if s[i] == "\"" {
            i += 1
            while s[i] != "\"" { i += s[i] == "\\" ? 2 : 1 }
          } else if s[i] == "(" {
            depth += 1
          } else if s[i] == ")" {
            depth -= 1
          }
          i += 1
        }
        key.append(contentsOf: "{}".unicodeScalars)
        continue
      }
      if next == "u" {
        var hex = ""
        var k = i + 3
        while s[k] != "}" { hex.unicodeScalars.append(s[k]); k += 1 }
        key.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
        i = k + 1
        continue
      }
      key.append(next == "n" ? "\n" : next == "t" ? "\t" : next)
      i += 2
    default:
      key.append(s[i])
      i += 1
    }
  }
  return nil
}

/// Labels the sources hold as data (`Phrase(verbatim:)`): settings, their choices, column models.
let dataPhraseKeys: Set<String> = {
  var keys = Set(SynthesisSetting.all.map(\.english))
  for setting in SynthesisSetting.all {
    switch setting.kind {
    case .choice(let choices), .choiceOrColumns(let choices), .columnMap(.choice(let choices)): keys.formUnion(choices.map(\.english))
    default: break
    }
  }
  keys.formUnion(ColumnMethod.allCases.map(\.english))
  keys.formUnion(EvaluationSetting.all.map(\.english))
  for setting in EvaluationSetting.all {
    if case .setting(.choice(let choices)) = setting.kind { keys.formUnion(choices.map(\.english)) }
  }
  // --help: the commands' abstracts, usage lines, discussions and their options' help.
  keys.formUnion(CommandLineInterface.commands.map(\.abstract))
  let commands: [(usage: String, discussion: String, options: [OptionSpec])] = [
    (AnalyzeCommand.usage, AnalyzeCommand.discussion, AnalyzeCommand.options), (ConvertCommand.usage, ConvertCommand.discussion, ConvertCommand.options),
    (SynthCommand.usage, SynthCommand.discussion, SynthCommand.options), (EvaluateCommand.usage, EvaluateCommand.discussion, EvaluateCommand.options),
    (SelfCheckCommand.usage, SelfCheckCommand.discussion, SelfCheckCommand.options), (SettingsCommand.usage, SettingsCommand.discussion, SettingsCommand.options),
  ]
  for c in commands {
    keys.insert(c.usage)
    if !c.discussion.isEmpty { keys.insert(c.discussion) }
    keys.formUnion(c.options.map(\.help))
  }
  return keys
}()

@Test func everyPhraseHasADutchSentence() {
  #expect(phraseKeys.count > 350, "the sources were not read")
  let lacking = phraseKeys.union(dataPhraseKeys).filter { Dutch.phrases[$0] == nil }.sorted()
  #expect(lacking.isEmpty, "no Dutch sentence for: \(lacking.prefix(200))")
}

@Test func everyDutchSentenceIsUsed() {
  let unused = Set(Dutch.phrases.keys).subtracting(phraseKeys).subtracting(dataPhraseKeys).sorted()
  #expect(unused.isEmpty, "Dutch sentences no source uses: \(unused.prefix(10))")
}

@Test func everyDutchSentenceUsesItsArguments() {
  // A sentence with n arguments names each of {0} ... {n-1} at least once, and no other.
  for (key, sentence) in Dutch.phrases {
    let n = key.components(separatedBy: "{}").count - 1
    for k in 0..<n { #expect(sentence.contains("{\(k)}"), "'\(sentence)' lacks {\(k)} of '\(key)'") }
    #expect(!sentence.contains("{\(n)}") && !sentence.contains("{}"), "'\(sentence)' has an argument '\(key)' lacks")
  }
}

@Test func aPhraseFillsItsArgumentsInTheLanguagesOrder() {
  let count = 3
  let phrase: Phrase = "left out \(count) of \("5.000") rows"
  #expect(phrase.key == "left out {} of {} rows")
  #expect(phrase.english == "left out 3 of 5.000 rows")
  #expect(phrase.filling("{1} rijen, waarvan {0} weggelaten", Wording(language: .nl)) == "5.000 rijen, waarvan 3 weggelaten")
  #expect(phrase.filling("{9} and {x} stay as written", Wording(language: .nl)) == "{9} and {x} stay as written")
  #expect(Wording(language: .nl)("n/a") == "n.b.")
}
