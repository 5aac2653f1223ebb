import Testing

@testable import SynthCore

private let people: String = {
  var text = "id,age,city,income\n"
  for i in 0..<300 {
    let city = ["Utrecht", "Delft", "Zwolle"][i % 3]
    let income = i % 11 == 0 ? "" : String(20_000 + (i * 7919) % 40_000)
    text += "p\(i),\(20 + i % 50),\(city),\(income)\n"
  }
  return text
}()

@Test func synthWritesCSVAndJSONAndSaysWhatItDid() {
  let r = run(["synth", "d.csv", "-o", "o.csv", "--json", "o.json", "--seed", "3", "--rows", "40", "--no-report"], files: [("d.csv", people)])
  #expect(r.code == 0)
  #expect(r.stdout == """
    Synthesised 40 rows x 3 columns from d.csv with CART, seed 3.
    Note: the file has 300 rows: below 1,000 rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain
    Visit order: city, age, income
    Left out (excluded): 'id'
    Note: 22 synthetic rows that copied a real person (equal, on all columns or on all but one, to a real row that no other real row shares on those columns) were changed: from some column on, their values were exchanged with a synthetic row from the same tree leaf (13 of them with any other synthetic row, as none from their own group would do), until they no longer matched
    Wrote o.csv
    Wrote o.json

    """)
  #expect(r.files.map { $0.0 } == ["o.csv", "o.json"])
  let lines = r.files[0].1.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(lines[0] == "age,city,income")
  #expect(lines.count == 42)
  let json = r.files[1].1
  #expect(json.hasPrefix(#"{"localsynth":"\#(Engine.version)","input":"d.csv","settings":{"method":"cart","strata":"none","rows":40,"copies":1,"seed":3,"proper":false,"minbucket":5,"cp":1e-08,"maxDepth":30,"visit":"auto","predictors":{},"smoothing":"auto","smooth":{},"maxLevels":60,"missingValues":"model","uniqueCopies":"replace","nearCopies":1,"holdout":false,"formulas":"neutralise"},"copy":1,"data":[\#n{"#))
  #expect(json.hasSuffix("}\n]}\n"))
}

@Test func theJSONSettingsRepeatTheRun() {
  let first = run(["synth", "d.csv", "--json", "o.json", "--seed", "77", "--proper", "--minbucket", "7", "--visit", "city,age", "--smooth", "age=on", "--no-report",
    "--type", "age=decimal", "--missing", "income=-1,999", "--na", "unknown"], files: [("d.csv", people)])
  #expect(first.code == 0)
  let json = first.files[0].1
  #expect(json.contains(#""settings":{"na":["unknown"],"columns":{"age":{"type":"decimal"},"income":{"missing":["-1","999"]}},"method":"cart""#))
  // Cut the "settings" object out of the document and feed it back as a settings file.
  let start = json.range(of: #""settings":"#)!.upperBound
  let end = json.range(of: #","copy":"#)!.lowerBound
  let settings = String(json[start..<end])
  let again = run(["synth", "d.csv", "--json", "o.json", "--settings", "s.json", "--no-report"], files: [("d.csv", people), ("s.json", settings)])
  #expect(again.code == 0)
  #expect(again.files[0].1 == json)
}

@Test func copiesGetNumberedFiles() {
  let r = run(["synth", "d.csv", "-o", "out/syn.csv", "--copies", "3", "--no-report"], files: [("d.csv", people)])
  #expect(r.files.map { $0.0 } == ["out/syn_1.csv", "out/syn_2.csv", "out/syn_3.csv"])
  let reported = run(["synth", "d.csv", "-o", "out/syn.csv", "--copies", "2"], files: [("d.csv", people)])
  #expect(reported.files.map { $0.0 } == ["out/syn_1.csv", "out/syn_2.csv", "out/syn-report_1.pdf", "out/syn-report_1.html", "out/syn-report_2.pdf", "out/syn-report_2.html"])
  #expect(SynthCommand.path("a.b/out", suffix: "_2") == "a.b/out_2")
  #expect(SynthCommand.path(".hidden", suffix: "_2") == ".hidden_2")
}

@Test func synthUsageAndSettingsErrors() {
  #expect(run(["synth", "d.csv"], files: [("d.csv", people)]).stderr.hasPrefix("localsynth: error: nothing to write: give -o OUT.csv and/or --json OUT.json\n"))
  let seed = run(["synth", "d.csv", "-o", "o.csv", "--seed", "-1"], files: [("d.csv", people)])
  #expect(seed.code == 2)
  #expect(seed.stderr.hasPrefix("localsynth: error: option '--seed' needs a whole number from 0 to 18446744073709551615, not '-1'\n"))
  let method = run(["synth", "d.csv", "-o", "o.csv", "--method", "gan"], files: [("d.csv", people)])
  #expect(method.stderr.hasPrefix("localsynth: error: option '--method' must be one of cart, gc, not 'gan'"))
  let settings = run(["synth", "d.csv", "-o", "o.csv", "--settings", "s.json"], files: [("d.csv", people), ("s.json", #"{"minbucket": 0}"#)])
  #expect(settings.code == 1)
  #expect(settings.stderr == "localsynth: error: s.json: \"minbucket\" must be a whole number from 1 to 1000000000\n")
  let visit = run(["synth", "d.csv", "-o", "o.csv", "--visit", "age,town"], files: [("d.csv", people)])
  #expect(visit.code == 1)
  #expect(visit.stderr == "localsynth: error: --visit: there is no column 'town'; the columns are 'id', 'age', 'city', 'income'\n")
  let excluded = run(["synth", "d.csv", "-o", "o.csv", "--visit", "id,age"], files: [("d.csv", people)])
  #expect(excluded.stderr == "localsynth: error: --visit: column 'id' is excluded from synthesis (identifier); add --include 'id' to synthesise it\n")
}

@Test func synthHelpListsEveryOption() {
  let help = run(["synth", "--help"]).stdout
  for spec in SynthCommand.options { #expect(help.contains("  " + spec.name), "\(spec.name)") }
  #expect(help.hasPrefix("OVERVIEW: Fit a synthesiser to a CSV file"))
}

private let formulas: String = {
  var text = "=calc,n\n"
  for i in 0..<200 { text += "\(["-cmd", "@A1", "ok", "-1"][i % 4]),\(i % 9 - 4)\n" }
  return text
}()

@Test func synthNeutralisesFormulaCellsAndSaysHowMany() throws {
  let r = run(["synth", "d.csv", "-o", "o.csv", "--no-report"], files: [("d.csv", formulas)])
  #expect(r.code == 0)
  let csv = r.files[0].1
  #expect(csv.hasPrefix("'=calc,n\n"))
  let lines = csv.split(separator: "\n").dropFirst()
  let cells = lines.filter { $0.hasPrefix("'-cmd,") || $0.hasPrefix("'@A1,") }.count
  #expect(cells > 50)
  #expect(!lines.contains { $0.hasPrefix("-cmd") || $0.hasPrefix("@") || $0.hasPrefix("'-1,") || $0.hasPrefix("'ok") })
  #expect(lines.contains { $0.hasPrefix("-1,") } && lines.contains { $0.hasSuffix(",-4") }, "numbers stay numbers")
  #expect(r.stdout.contains("\nNote: \(cells + 1) text cells that start with =, +, -, @, a tab or a carriage return were written with a leading ' so that spreadsheets do not run them as formulas (--formulas keep writes them unchanged)\nWrote o.csv\n"))
  // Kept as they are when asked, by flag or by settings file; the settings block says which.
  let kept = run(["synth", "d.csv", "-o", "o.csv", "--json", "o.json", "--formulas", "keep", "--no-report"], files: [("d.csv", formulas)])
  #expect(kept.files[0].1.hasPrefix("=calc,n\n"))
  #expect(!kept.stdout.contains("text cells"))
  #expect(kept.files[1].1.contains(#""holdout":false,"formulas":"keep"}"#))
  let settings = run(["synth", "d.csv", "-o", "o.csv", "--settings", "s.json", "--no-report"], files: [("d.csv", formulas), ("s.json", #"{"formulas": "keep"}"#)])
  #expect(settings.files[0].1 == kept.files[0].1)
  let bad = run(["synth", "d.csv", "-o", "o.csv", "--settings", "s.json"], files: [("d.csv", formulas), ("s.json", #"{"formulas": "off"}"#)])
  #expect(bad.stderr == "localsynth: error: s.json: \"formulas\" must be \"neutralise\" or \"keep\"\n")
  let usage = run(["synth", "d.csv", "-o", "o.csv", "--formulas", "off"], files: [("d.csv", formulas)])
  #expect(usage.code == 2 && usage.stderr.hasPrefix("localsynth: error: option '--formulas' must be one of neutralise, keep, not 'off'\n"))
  // evaluate matches the neutralised column name and categories with the real ones.
  let evaluated = run(["evaluate", "d.csv", "o.csv", "--json", "m.json"], files: [("d.csv", formulas), ("o.csv", csv)])
  #expect(evaluated.code == 0)
  #expect(evaluated.stdout.hasPrefix("Evaluated o.csv (200 rows) against d.csv (200 rows), 2 columns.\n"))
  let metrics = evaluated.files[0].1
  #expect(metrics.contains("\"notes\": []"))
  #expect(metrics.contains("\"syntheticOnly\": [],\n   \"notReproduced\": []"))
}

@Test func convertNeutralisesFormulaCellsToo() {
  let r = run(["convert", "d.csv", "-o", "o.csv"], files: [("d.csv", formulas)])
  #expect(r.code == 0)
  #expect(r.files[0].1.hasPrefix("'=calc,n\n'-cmd,-4\n'@A1,-3\nok,-2\n-1,-1\n"))
  #expect(r.stdout == "Note: 101 text cells that start with =, +, -, @, a tab or a carriage return were written with a leading ' so that spreadsheets do not run them as formulas (--formulas keep writes them unchanged)\n")
  let kept = run(["convert", "d.csv", "-o", "o.csv", "--formulas", "keep"], files: [("d.csv", formulas)])
  #expect(kept.files[0].1 == formulas)
  #expect(kept.stdout.isEmpty)
}

@Test func theSummarySaysWhatTheRunDidInTheReportsLanguage() throws {
  var text = ",age,city,income,id\n"
  for i in 0..<300 { text += "\(i + 1),\(20 + i % 50),\(["Utrecht", "Delft", "Zwolle"][i % 3]),\(i % 50 == 0 ? String(20_000 + i) : "NA"),p\(i)\n" }
  let r = run(["synth", "d.csv", "-o", "o.csv", "--missing-values", "drop", "--summary", "s.json", "--lang", "nl", "--no-report"], files: [("d.csv", text)])
  #expect(r.code == 0)
  #expect(r.files.map { $0.0 } == ["o.csv", "s.json"])
  // The terminal speaks the run's language too.
  #expect(r.stdout.contains("Let op: 294 van 300 rijen met een ontbrekende waarde weggelaten\n"), "\(r.stdout)")
  #expect(r.stdout.hasSuffix("Geschreven: o.csv\nGeschreven: s.json\n"))
  let summary = try JSONParser.parse(Array(r.files[1].1.utf8))
  guard case .object(let members) = summary else { Issue.record("not an object"); return }
  #expect(members.map { $0.0 } == ["localsynth", "input", "method", "rows", "columns", "copies", "leftOut", "notes", "verdicts", "settings"])
  func member(_ name: String) -> JSONValue? { members.first { $0.0 == name }?.1 }
  #expect(member("localsynth") == .string(Engine.version))
  #expect(member("input") == .string("d.csv"))
  #expect(member("method") == .string("cart"))
  #expect(member("rows") == .number(6))
  #expect(member("columns") == .number(3))
  #expect(member("copies") == .number(1))
  #expect(member("leftOut") == .array([.string("column_1"), .string("id")]))
  guard case .array(let notes) = member("notes") else { Issue.record("no notes"); return }
  let pairs = notes.map { note -> (String, String) in
    let fields = note.objectValue ?? []
    return (fields.first { $0.0 == "code" }?.1.stringValue ?? "", fields.first { $0.0 == "message" }?.1.stringValue ?? "")
  }
  // Reading notices first, then the synthesis notes, each in Dutch.
  // Six rows of three columns: every synthetic row copies one of the six people on two columns,
  // and no exchange can change that.
  #expect(pairs.map { $0.0 } == ["emptyName", "indexColumn", "fewRows", "rowsDropped", "uniqueCopiesLeft"])
  #expect(pairs[2].1.hasPrefix("het bestand heeft 300 rijen: onder 1.000 rijen"))
  #expect(pairs[3].1 == "294 van 300 rijen met een ontbrekende waarde weggelaten")
  #expect(pairs.count == 5 && pairs[4].1 == "6 synthetische rijen (100,0%) zijn nog kopieën van een echt persoon (gelijk, op alle kolommen of op alle op één na, aan een echte rij die geen andere echte rij op die kolommen deelt): geen ruil maakte ze anders")
  // The settings are those of the --json output: they repeat the run.
  let json = run(["synth", "d.csv", "--json", "o.json", "--missing-values", "drop", "--no-report"], files: [("d.csv", text)]).files[0].1
  var settings = JSONWriter(indent: 0)
  settings.value(member("settings")!)
  #expect(json.contains(#""settings":"# + String(decoding: settings.bytes, as: UTF8.self) + #","copy":1"#))
}

@Test func theSummaryHoldsTheHoldoutCopiesAndTheReportNotes() {
  let r = run(["synth", "d.csv", "-o", "o.csv", "--holdout", "--copies", "2", "--summary", "s.json", "--lang", "nl", "--html", "r.html"], files: [("d.csv", people)])
  #expect(r.code == 0)
  let summary = r.files.first { $0.0 == "s.json" }!.1
  #expect(summary.contains("\n \"rows\": 150,\n \"columns\": 3,\n \"copies\": 2,\n \"leftOut\": [\n  \"id\"\n ],\n"))
  // Each note: its code, its values as data, its sentence in the run's language.
  let root = try! JSONParser.parse(Array(summary.utf8))
  func member(_ v: JSONValue?, _ key: String) -> JSONValue? { v?.objectValue?.first { $0.0 == key }?.1 }
  let notes = member(root, "notes")!.arrayValue!
  func note(_ code: String) -> [JSONValue] { notes.filter { member($0, "code")?.stringValue == code } }
  #expect(member(note("heldOut").first, "arguments") == .object([("rows", .number(150)), ("of", .number(300))]))
  #expect(member(note("heldOut").first, "message")?.stringValue == "150 van 300 rijen achtergehouden (--holdout); gesynthetiseerd uit de andere 150")
  #expect(notes.contains { member($0, "message")!.stringValue!.hasPrefix("kopie 2: ") && member(member($0, "arguments"), "copy") == .number(2) })
  #expect(member(note("smallData").first, "arguments") == .object([("rows", .number(150))]))
  #expect(member(note("smallData").first, "message")!.stringValue!.hasPrefix("de data hebben 150 echte rijen, minder dan 1.000"))
  #expect(member(note("publicationMode").first, "message")!.stringValue!.hasPrefix("de rapporten zijn in publicatiemodus: geen categorie met minder dan 5 echte rijen"))
  // The report summary's verdicts, per copy, in the order the report gives them.
  let verdicts = member(root, "verdicts")!.arrayValue!
  #expect(verdicts.count >= 10)
  #expect(verdicts.map { member($0, "copy")!.numberValue! } == Array(repeating: 1.0, count: verdicts.count / 2) + Array(repeating: 2.0, count: verdicts.count / 2))
  #expect(verdicts.map { member($0, "topic")!.stringValue! }.prefix(2) == ["data", "utility"])
  #expect(member(verdicts[0], "level") == .string("warning") && member(verdicts[0], "label") == .string("Let op"))
  #expect(member(verdicts[0], "message")!.stringValue!.hasPrefix("Weinig data: de echte data hebben 150 rijen"))
  #expect(verdicts.contains { member($0, "topic") == .string("privacy") && member($0, "message")!.stringValue!.hasPrefix("Identieke rijen: ") })
  // The terminal speaks the run's language too.
  #expect(r.stdout.contains("Let op: kopie 2: "))
  #expect(r.stdout.contains("150 van 300 rijen achtergehouden (--holdout); gesynthetiseerd uit de andere 150.\n"))
}

/// Every synthesis setting is one `SynthesisSetting`: the flag and the settings file share its
/// bounds, a misspelt key is an error that names the nearest one, and the report words it.
@Test func settingsAreDeclaredOnce() {
  let people = "age,city\n30,Utrecht\n41,Delft\n35,Utrecht\n52,Delft\n"
  func synth(_ extra: [String], settings: String? = nil) -> (code: Int32, stdout: String, stderr: String, files: [(String, String)]) {
    let files = [("d.csv", people)] + (settings.map { [("s.json", $0)] } ?? [])
    return run(["synth", "d.csv", "-o", "o.csv", "--no-report"] + extra + (settings == nil ? [] : ["--settings", "s.json"]), files: files)
  }
  // One bound for the flag and the file.
  let flag = synth(["--minbucket", "2000000000"])
  #expect(flag.code == 2)
  #expect(flag.stderr.hasPrefix("localsynth: error: option '--minbucket' needs a whole number from 1 to 1000000000, not '2000000000'\n"))
  #expect(synth([], settings: #"{"minbucket": 2000000000}"#).stderr == "localsynth: error: s.json: \"minbucket\" must be a whole number from 1 to 1000000000\n")
  #expect(synth(["--cp", "1.5"]).stderr.hasPrefix("localsynth: error: option '--cp' needs a number from 0 to below 1, not '1.5'\n"))
  // Unknown keys: the nearest known one, or the list.
  #expect(synth([], settings: #"{"minbukket": 10}"#).stderr == "localsynth: error: s.json: unknown setting \"minbukket\"; did you mean \"minbucket\"?\n")
  #expect(synth([], settings: #"{"Seed": 3}"#).stderr.contains("did you mean \"seed\"?"))
  #expect(synth([], settings: #"{"speed": 3}"#).stderr.contains("did you mean \"seed\"?"))
  #expect(synth([], settings: #"{"zzzzzzzz": 3}"#).stderr.contains("; the settings are \"method\", \"marginals\""))
  // Reading settings share the file.
  #expect(synth([], settings: #"{"delimiter": ",", "minCount": 2}"#).code == 0)
  // A --json output is not a settings file, and says which member is.
  let output = synth(["--json", "o.json", "--seed", "7"])
  let json = output.files.first { $0.0 == "o.json" }!.1
  #expect(synth([], settings: json).stderr.contains("this is the JSON output of synth (--json), not a settings file"))
  // A copula setting in a CART run: an error only where it would change something.
  #expect(synth([], settings: #"{"marginals": "empirical", "smoothTails": false}"#).code == 0)
  #expect(synth([], settings: #"{"marginals": "parametric"}"#).stderr == "localsynth: error: s.json: \"marginals\" is for the Gaussian copula; set \"method\" to \"gc\"\n")
  let usage = synth(["--marginals", "parametric"])
  #expect(usage.code == 2)
  #expect(usage.stderr.hasPrefix("localsynth: error: option '--marginals' is for the Gaussian copula; add --method gc\n"))
  // Flags win over the file, and the written settings repeat the run.
  let both = synth(["--json", "o.json", "--minbucket", "7"], settings: #"{"minbucket": 3, "cp": 0.01}"#)
  let written = both.files.first { $0.0 == "o.json" }!.1
  #expect(written.contains("\"minbucket\":7,\"cp\":0.01,"))
}

@Test func reportWordsSettingsInItsLanguage() {
  var config = SynthesisConfig()
  config.cart.complexity = 0.025
  var reading = TableOptions()
  reading.missingCodes = ["-8", "999"]
  var age = ColumnOverride(column: "age"), bsn = ColumnOverride(column: "bsn"), born = ColumnOverride(column: "born")
  (age.kind, age.missingCodes, bsn.include, born.coarsen) = (.integer, ["-1"], false, .year)
  reading.overrides = [age, bsn, born]
  let facts = SynthCommand.settingFacts(config, rows: 1200, reading: reading, wording: Wording(language: .nl))
  let text = facts.map { "\($0.term): \($0.value)" }
  #expect(!text.contains { $0.hasPrefix("Methode:") })  // the report has its own method row
  #expect(text.contains("Ontbrekende waarden: synthetiseren (houden hoe vaak en waar ze voorkomen) (model)"))
  #expect(text.contains("Synthetische rijen die een uniek echt persoon kopiëren: veranderd tot ze niemand kopiëren (replace)"))
  #expect(text.contains("Elk model op een bootstrapsteekproef schatten (proper): nee"))
  #expect(text.contains("Voorspellers: standaard"))
  #expect(text.contains("Kleinste winst voor een splitsing, ten opzichte van de eerste (cp): 0,025"))
  #expect(text.contains("Synthetische rijen: 1.200"))
  #expect(!text.contains { $0.contains("Copula") })
  // How the file was read, worded (the report showed the settings file's JSON).
  #expect(text.contains("Codes voor ontbrekende waarden: -8, 999"))
  #expect(text.contains("Kolom 'age': type geheel getal; codes voor ontbrekende waarden -1"), "\(text)")
  #expect(text.contains("Kolom 'bsn': weggelaten"))
  #expect(text.contains("Kolom 'born': vergroofd tot het jaar"))
  #expect(!text.contains { $0.contains("{") })
}

/// `settings --json` is the catalogue the page reads: every flag of `synth --help` is in it, with
/// its default as `synth --json` writes it.
@Test func settingsCatalogueMatchesTheParser() throws {
  let r = run(["settings", "--json"])
  #expect(r.code == 0)
  guard case .object(let root) = try JSONParser.parse(Array(r.stdout.utf8)), let list = root.first?.1.arrayValue else {
    Issue.record("not a catalogue"); return
  }
  let flags = list.compactMap { $0.objectValue?.first { $0.0 == "flag" }?.1.stringValue }
  for spec in SynthesisOptionFlags.specs { #expect(flags.contains(spec.name), "\(spec.name)") }
  let minbucket = try #require(list.first { $0.objectValue?.first?.1.stringValue == "minbucket" }?.objectValue)
  #expect(minbucket.first { $0.0 == "default" }?.1 == .number(5))
  #expect(minbucket.first { $0.0 == "maximum" }?.1 == .number(1_000_000_000))
  // The strata default depends on the method; the page reads the copula's.
  let strata = try #require(list.first { $0.objectValue?.first?.1.stringValue == "strata" }?.objectValue)
  #expect(strata.first { $0.0 == "defaultByMethod" }?.1 == .object([("cart", .string("none")), ("gc", .string("auto"))]))
  // Its automatic strata are the copula's: the page offers them only with the copula.
  let choices = try #require(strata.first { $0.0 == "choices" }?.1.arrayValue)
  #expect(choices.map { $0.objectValue?.first { $0.0 == "method" }?.1 } == [.string("gc"), nil])
  // The evaluation's settings, from their own table: bounds and defaults as `evaluate` parses them.
  let groups = try #require(list.first { $0.objectValue?.first?.1.stringValue == "groups" }?.objectValue)
  #expect(groups.first { $0.0 == "stage" }?.1 == .string("evaluation"))
  #expect(groups.first { $0.0 == "default" }?.1 == .number(Double(EvaluationConfig().groups)))
  #expect(groups.first { $0.0 == "maximum" }?.1 == .number(100))
  for spec in EvaluationOptionFlags.specs where EvaluationSetting.all.contains(where: { $0.flag == spec.name }) { #expect(flags.contains(spec.name)) }
  let tooMany = run(["evaluate", "r.csv", "r.csv", "--groups", "101", "--lang", "nl"], files: [("r.csv", "a\n1\n")])
  #expect(tooMany.code == 2 && tooMany.stderr.hasPrefix("localsynth: fout: optie '--groups' heeft een geheel getal van 2 tot en met 100 nodig, niet '101'\n"), "\(tooMany.stderr)")
  #expect(run(["settings", "--lang", "nl"]).stdout.contains("minbucket      --minbucket        5             Kleinste groep echte rijen waaruit een waarde komt (minbucket)"))
}

/// The Dutch report words every setting in Dutch: no English label or choice of the catalogue
/// appears in it (where the two languages differ).
@Test func dutchReportHasNoEnglishSettingWords() {
  let csv = "age,city,income\n" + (0..<60).map { "\(20 + $0 % 40),\(["Delft", "Gouda", "Ede"][$0 % 3]),\(1000 + ($0 * 37) % 900).5" }.joined(separator: "\n") + "\n"
  let r = run(["synth", "d.csv", "-o", "o.csv", "--lang", "nl", "--column-method", "income=normrank", "--strata", "city"], files: [("d.csv", csv)])
  #expect(r.code == 0, "\(r.stderr)")
  let html = r.files.first { $0.0 == "o-report.html" }?.1 ?? ""
  #expect(html.contains("Methode per kolom") && html.contains("lineaire regressie op rangen (normrank)"))
  let nl = Wording(language: .nl)
  for setting in SynthesisSetting.all where setting.english != setting.label(nl) {
    #expect(!html.contains(">" + setting.english + "<"), "\(setting.english)")
    if case .choice(let choices) = setting.kind {
      for c in choices where c.english != c.label(nl) { #expect(!html.contains(c.english + " ("), "\(c.english)") }
    }
  }
}
