import Foundation
import Testing

@testable import SynthCore

// The catalogues: every message has a Dutch wording that is Dutch, and Dutch runs show no English.

/// English words a Dutch text must not hold: those of the English catalogue's sentences that the
/// Dutch catalogue never uses (flags and tokens appear in both, so they drop out), and common
/// English words of the report's prose.
let englishOnlyWords: Set<String> = {
  func words(_ file: String) -> Set<String> {
    let source = (try? String(contentsOf: packageRoot.appendingPathComponent("Sources/SynthCore/Language/\(file)"), encoding: .utf8)) ?? ""
    var found = Set<String>()
    for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
      // The text between quotes, interpolations left out.
      let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
      for (i, part) in parts.enumerated() where i % 2 == 1 {
        let literal = part.replacingOccurrences(of: #"\\\([^)]*\)"#, with: " ", options: .regularExpression)
        for word in literal.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 3 { found.insert(String(word)) }
      }
    }
    return found
  }
  let english = words("English.swift")
  let dutch = words("Dutch.swift")
  #expect(english.count > 150 && dutch.count > 150, "the catalogues were not found or not read")
  let common: Set<String> = [
    "the", "and", "with", "which", "that", "this", "these", "from", "rows", "column", "columns", "values", "synthetic",
    "are", "were", "has", "have", "for", "than", "more", "less", "each", "every", "only", "when", "where", "what", "how",
    "its", "their", "they", "should", "would", "could", "into", "about", "between", "value", "file", "there", "none",
  ]
  // Words that are Dutch as well.
  let dutchToo: Set<String> = ["per", "set", "model", "data", "type", "code", "test", "records", "record", "was", "web", "tool", "mail", "fonts", "pool", "max"]
  return english.subtracting(dutch).union(common).subtracting(dutchToo)
}()

/// The settings' keys and choice tokens: written as they are in every language (the settings file).
let settingTokens: Set<String> = {
  var tokens = Set<String>()
  for setting in SynthesisSetting.all {
    tokens.insert(setting.key.lowercased())
    if case .choice(let choices) = setting.kind { for c in choices { tokens.insert(c.token) } }
    if case .choiceOrColumns(let choices) = setting.kind { for c in choices { tokens.insert(c.token) } }
  }
  return tokens
}()

/// The English words in `text`, with some context, leaving out command-line flags (`--visit`), file
/// names, the settings' tokens and the words of `allowed` (the data's own names and values).
func englishWords(in text: String, allowed: Set<String> = []) -> [String] {
  var hits: [String] = []
  let allowed = allowed.union(settingTokens)
  // Flags, file names and dotted code names (synthpop's utility.gen) are not sentences.
  let scalars = Array(text.replacingOccurrences(of: #"--[a-z0-9-]+|[\w.-]+\.(?:csv|json|pdf|html)\b|\b[a-z_]+\.[a-z_]+\b"#, with: " ", options: .regularExpression).unicodeScalars)
  var i = 0
  while i < scalars.count {
    guard CharacterSet.letters.contains(scalars[i]) else { i += 1; continue }
    var j = i
    while j < scalars.count && CharacterSet.letters.contains(scalars[j]) { j += 1 }
    let word = String(String.UnicodeScalarView(scalars[i..<j])).lowercased()
    if englishOnlyWords.contains(word) && !allowed.contains(word) {
      let from = max(0, i - 40), to = min(scalars.count, j + 40)
      hits.append("\(word): …\(String(String.UnicodeScalarView(scalars[from..<to])))…")
    }
    i = j
  }
  return hits
}

/// One value of every error case: the catalogues word each one.
let everyError: [CommandError] = {
  let at = SourceLocation(file: "a.csv", line: 3, column: 7)
  let data: [DataError] = [
    .emptyFile(at), .headerOnly(at), .binaryFile(at), .unsupportedEncoding(file: "a.csv", encoding: "UTF-32"),
    .utf16WithoutByteOrderMark(file: "a.csv"), .invalidUTF8(at, byte: 0xE9, validSequences: nil), .invalidUTF8(at, byte: 0xE9, validSequences: 1),
    .invalidUTF8(at, byte: 0xE9, validSequences: 12), .invalidUTF8(at, byte: 0xE9, validSequences: 1000), .unterminatedQuote(at),
    .textAfterClosingQuote(at), .fieldCount(at, record: 2, expected: 3, found: 1), .fieldCount(at, record: 2, expected: 3, found: 4),
    .tooManyColumns(file: "a.csv", count: 20_000, limit: 10_000), .tooLarge(file: "a.csv", cells: 900_000_000, limit: 500_000_000),
    .outputTooLarge(file: "s.csv", megabytes: 3000, limit: 2000),
    .synthesisTooLarge(file: "a.csv", megabytes: 5000, limit: 4294), .unknownColumn("agee", available: ["age", "sex"]),
    .valueDoesNotFitType(column: "age", row: 2, line: 3, value: "x", type: .integer),
    .valueDoesNotFitType(column: "age", row: 2, line: 3, value: "x", type: .decimal),
    .valueDoesNotFitType(column: "d", row: 2, line: 3, value: "x", type: .date),
    .valueDoesNotFitType(column: "d", row: 2, line: 3, value: "x", type: .datetime),
    .valueDoesNotFitType(column: "b", row: 2, line: 3, value: "x", type: .boolean),
    .wholeNumberTooLarge(column: "id", row: 2, line: 3, value: "12345678901234567890"), .kindNotChoosable(column: "c", kind: .constant),
    .coarseningNeedsPostcodes(column: "pc"), .coarseningNeedsDates(column: "d", coarsening: .month, kind: .categorical),
  ]
  let synthesis: [SynthesisError] = [
    .unknownColumn(option: "--visit", name: "agee", known: ["age"]), .unknownColumn(option: "--column-method", name: "agee", known: ["age"]),
    .nothingToSynthesise, .noRowsLeft(dropped: 20), .visitExcluded(column: "bsn", kind: .identifier),
    .methodUnsuited(column: "sex", method: .norm, numbers: false), .methodUnsuited(column: "age", method: .logreg, numbers: true),
    .strataNumeric(column: "age", kind: .integer), .strataEmpty, .strataNotSynthesised(column: "bsn"),
    .predictorLevels(column: "wage", method: .norm, predictor: "occupation", levels: 80, most: 60),
    .designTooLarge(column: "wage", method: .norm, cells: 30_000_000, most: 25_000_000), .regressionOverflow(column: "wage", method: .norm),
    .logregClasses(column: "occupation", count: 6),
    .logitParameters(column: "occupation", method: .polyreg, classes: 6, designColumns: 100, parameters: 500, most: 400),
    .logitTooSlow(column: "occupation", method: .polyreg, rows: 9_000_000, parameters: 300), .lognormNegative(column: "wage"),
    .copulaDimensions(needed: 600, most: 500), .holdoutTooSmall,
  ]
  let evaluation: [EvaluationError] = [
    .noCommonColumns(real: "r.csv", synthetic: "s.csv"), .nothingToEvaluate(real: "r.csv"),
    .fewCommonColumns(real: "r.csv", synthetic: "s.csv", common: 1, of: 3, missing: ["b", "c"], extra: ["B"]),
    .unknownColumn(option: "--target", name: "agee", known: ["age"]),
  ]
  let input: [CommandError] = [.input(path: "a.csv", status: .notFound), .input(path: "a", status: .isDirectory), .input(path: "a.csv", status: .unreadable)]
  return data.map { .data($0) } + synthesis.map { .synthesis($0) } + evaluation.map { .evaluation($0) } + input
}()

@Test func everyErrorHasADutchWordingWithoutEnglish() {
  for error in everyError {
    #expect(error.dutch != error.english, "\(error.english)")
    #expect(englishWords(in: error.dutch, allowed: ["agee", "age", "sex", "wage", "occupation", "bsn"]).isEmpty, "\(error.dutch)")
  }
  // Every case is distinct in both languages: no wording was copied to the wrong case.
  #expect(Set(everyError.map(\.english)).count == everyError.count)
  #expect(Set(everyError.map(\.dutch)).count == everyError.count)
}

@Test func aDutchRunFailsInDutchAndAnEnglishOneInEnglish() {
  let bad = [("a.csv", "x,y\n1,2\n3\n")]
  let dutch = run(["synth", "a.csv", "-o", "s.csv", "--lang", "nl"], files: bad)
  #expect(dutch.code == 1)
  #expect(dutch.stderr == "localsynth: fout: a.csv:3:2: rij 2 heeft 1 veld, maar de kopregel heeft er 2; elke rij moet evenveel velden hebben\n")
  let english = run(["synth", "a.csv", "-o", "s.csv", "--lang=en"], files: bad)
  #expect(english.stderr == "localsynth: error: a.csv:3:2: row 2 has 1 field but the header has 2; every row needs the same number of fields\n")
  let missing = run(["analyze", "nergens.csv", "--lang=nl"])
  #expect(missing.stderr == "localsynth: fout: nergens.csv: dit bestand bestaat niet\n")
  // Usage errors too, with the help hint; flags and values stay as typed.
  let usage = run(["synth", "--lang", "nl"])
  #expect(usage.code == 2 && usage.stderr == "localsynth: fout: het invoerbestand (BESTAND.csv) ontbreekt\nMet 'localsynth synth --help' ziet u de opties.\n", "\(usage.stderr)")
  let bound = run(["synth", "a.csv", "-o", "s.csv", "--cp", "2", "--lang", "nl"], files: bad)
  #expect(bound.stderr.hasPrefix("localsynth: fout: optie '--cp' heeft een getal van 0 tot (niet tot en met) 1 nodig, niet '2'\n"), "\(bound.stderr)")
  // Settings files: a misspelt key, and JSON syntax with its line and column.
  let key = run(["synth", "a.csv", "-o", "s.csv", "--settings", "k.json", "--lang", "nl"], files: bad + [("k.json", "{\"minbukket\": 3}")])
  #expect(key.code == 1 && key.stderr == "localsynth: fout: k.json: onbekende instelling \"minbukket\"; bedoelt u \"minbucket\"?\n", "\(key.stderr)")
  let syntax = run(["synth", "a.csv", "-o", "s.csv", "--settings", "k.json", "--lang", "nl"], files: bad + [("k.json", "{\"cp\": 3,\n")])
  #expect(syntax.stderr == "localsynth: fout: k.json:2:1: naam van een onderdeel tussen aanhalingstekens verwacht\n", "\(syntax.stderr)")
  let englishSyntax = run(["synth", "a.csv", "-o", "s.csv", "--settings", "k.json"], files: bad + [("k.json", "{\"cp\": 3,\n")])
  #expect(englishSyntax.stderr == "localsynth: error: k.json:2:1: expected a member name in quotes\n", "\(englishSyntax.stderr)")
  // A setting is named by its Dutch label and its flag.
  let strata = run(["synth", "a.csv", "-o", "s.csv", "--strata", "y", "--lang", "nl"], files: [("a.csv", "x,y\n1,2\n3,4\n")])
  #expect(strata.stderr.hasPrefix("localsynth: fout: ‘Strata’ (--strata): kolom 'y' bevat getallen (geheel getal)"), "\(strata.stderr)")
}

/// `--help` speaks `--lang` too: the frame, the commands' texts and every option's help.
@Test func helpFollowsTheLanguage() {
  let overview = run(["--help", "--lang", "nl"]).stdout
  #expect(overview.contains("GEBRUIK: localsynth <opdracht> [opties]\n\nOPDRACHTEN:\n"), "\(overview)")
  #expect(overview.contains("  synth      Schat een synthesemodel op een CSV-bestand"))
  let synth = run(["synth", "--help", "--lang=nl"]).stdout
  #expect(synth.hasPrefix("OVERZICHT: Schat een synthesemodel op een CSV-bestand en schrijf synthetische rijen met dezelfde kolommen.\n\nGEBRUIK: localsynth synth BESTAND.csv -o UIT.csv"))
  #expect(synth.contains("Kolommen worden na elkaar gesynthetiseerd"))
  #expect(synth.contains("\nOPTIES:\n") && synth.contains("Toon deze hulp.") && synth.contains("(herhaalbaar)"))
  let nl = Wording(language: .nl)
  for spec in SynthCommand.options where nl(Phrase(verbatim: spec.help)) != spec.help {
    #expect(!synth.contains(spec.help), "English help in the Dutch help: \(spec.help)")
  }
  // English stays as it was.
  #expect(run(["synth", "--help"]).stdout.hasPrefix("OVERVIEW: Fit a synthesiser to a CSV file"))
}

/// The Dutch report, analysis and run summary of a shared dataset hold no English word beyond the
/// data's own names and values and the settings' tokens.
@Test(arguments: [
  ["cps1985.csv", "--visit", "auto"],
  ["cps1985.csv", "--column-method", "wage=lognorm", "--column-method", "occupation=polyreg", "--strata", "sector"],
  ["gss_wages.csv", "--method", "gc"],
  ["hotel_rates.csv", "--missing-values", "impute"],
])
func dutchRunsHaveNoEnglish(_ arguments: [String]) throws {
  let name = arguments[0]
  let csv = try String(contentsOf: sharedDatasets.appendingPathComponent(name), encoding: .utf8)
  var allowed = Set<String>()
  for word in csv.lowercased().split(whereSeparator: { !$0.isLetter }) { allowed.insert(String(word)) }
  let synth = run(["synth", name, "-o", "s.csv", "--html", "r.html", "--summary", "s.json", "--rows", "400", "--lang", "nl"] + arguments.dropFirst(), files: [(name, csv)])
  #expect(synth.code == 0, "\(synth.stderr)")
  for (path, content) in synth.files where path != "s.csv" {
    var visible = content
    if path.hasSuffix(".html") {
      visible = visible.replacingOccurrences(of: #"(?s)<(style|script)[^>]*>.*?</\1>"#, with: " ", options: .regularExpression)
      visible = visible.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
    }
    if path.hasSuffix(".json") {
      // The summary's sentences are its notes' and verdicts' messages and labels; its keys, codes,
      // argument names and the settings member are data.
      let sentences = try NSRegularExpression(pattern: #""(message|label)": "((?:[^"\\]|\\.)*)""#)
      let range = NSRange(visible.startIndex..., in: visible)
      visible = sentences.matches(in: visible, range: range).map { (visible as NSString).substring(with: $0.range(at: 2)) }.joined(separator: "\n")
      #expect(!visible.isEmpty)
    }
    #expect(englishWords(in: visible, allowed: allowed).isEmpty, "\(path): \(englishWords(in: visible, allowed: allowed).prefix(8))")
  }
  let analysis = run(["analyze", name, "--lang", "nl"], files: [(name, csv)])
  #expect(englishWords(in: analysis.stdout, allowed: allowed).isEmpty, "\(englishWords(in: analysis.stdout, allowed: allowed).prefix(8))")
}

/// The evaluation names categories and model terms by type, so the report words only what is
/// its own: a category that is literally called "missing" stays a value in a Dutch report, and
/// the real missing values are "ontbrekend", one group per token.
@Test func aCategoryCalledMissingStaysAValueInDutch() {
  var csv = "status,code,amount\n"
  for i in 0..<1200 {
    csv += ["missing", "found", "missing (NA)", "lost"][i % 4] + "," + ["x", "y", "NA", ""][i % 3 == 0 ? 2 + (i / 3) % 2 : i % 2] + ",\(i % 97)\n"
  }
  let r = run(["synth", "d.csv", "-o", "s.csv", "--html", "r.html", "--json", "s.json", "--lang", "nl", "--rows", "600"], files: [("d.csv", csv)])
  #expect(r.code == 0, "\(r.stderr)")
  let html = r.files.first { $0.0 == "r.html" }?.1 ?? ""
  #expect(html.contains(">missing<") && html.contains(">missing (NA)<"), "the data's own categories")
  #expect(html.contains(">ontbrekend (NA)<") && html.contains(">ontbrekend (leeg)<"), "the missing values of 'code'")
  #expect(ModelRemark.skipped(column: "id", .kind(.identifier)).dutch == "id (identificatie)")
  #expect(ModelTerm.missing(column: "age", code: "-8").english == "age: missing (-8)")
  #expect(ModelTerm.other(column: "city", levels: 12).dutch == "city: overig (12 niveaus)")
}
