import Testing

@testable import SynthCore

@Test func analyzePrintsTheSchemaTable() {
  let r = run(["analyze", "d.csv"], files: [("d.csv", "age,city\n30,Utrecht\n,Delft\n41,Utrecht\n")])
  #expect(r.code == 0)
  #expect(r.stdout == """
    d.csv: 3 rows, 2 columns (comma-separated, UTF-8, LF line ends)
    note: the file has 3 rows: below 1,000 rows synthetic data keeps only strong patterns, and the report's utility and privacy measures are uncertain

    #  column  type         confidence  missing    distinct  examples
    1  age     integer      1.00        1 (33.3%)  2         30, 41
       - every value is a whole number
       - missing: empty 1
       - range: 30 to 41
    2  city    categorical  1.00        0          2         Utrecht, Delft
       - text values, 2 distinct
       - 2 categories have fewer than 5 rows each (3 together): such rare people can be recognised; pool rare categories into 'other' to protect them

    """)
  #expect(r.stderr.isEmpty)
}

/// The range is written as the file writes its numbers (people read it beside the examples);
/// the JSON keeps plain numbers for programs.
@Test func analyzeShowsTheRangeInTheInputsNotation() {
  let file = ("d.csv", "naam;bedrag\nA;15.438,50\nB;1.234,25\nC;99,75\nD;7,50\n")
  let r = run(["analyze", "d.csv", "--lang", "nl"], files: [file])
  #expect(r.code == 0)
  #expect(r.stdout.contains("   - bereik: 7,50 tot 15.438,50\n"), "\(r.stdout)")
  let json = run(["analyze", "d.csv", "--json"], files: [file])
  #expect(json.stdout.contains("\"min\": \"7.50\""), "\(json.stdout)")
  #expect(json.stdout.contains("\"max\": \"15438.50\""))
}

@Test func analyzeJSONMatchesTheSchemaFile() {
  let r = run(["analyze", "d.csv", "--json", "--schema", "s.json"], files: [("d.csv", "a\n1\n2\n")])
  #expect(r.code == 0)
  #expect(r.files.count == 1)
  #expect(r.files[0].0 == "s.json")
  #expect(r.files[0].1 == r.stdout)
  #expect(r.stdout.hasPrefix("{\n  \"localsynth\": \"\(Engine.version)\",\n  \"file\": \"d.csv\","))
}

@Test func badInputExitsWithOneAndNamesTheLine() {
  let r = run(["analyze", "d.csv"], files: [("d.csv", "a,b\n1,2\n3\n")])
  #expect(r.code == 1)
  #expect(r.stderr == "localsynth: error: d.csv:3:2: row 2 has 1 field but the header has 2; every row needs the same number of fields\n")
  #expect(r.stdout.isEmpty)
}

@Test func missingFileExitsWithOne() {
  let r = run(["analyze", "nope.csv"])
  #expect(r.code == 1)
  #expect(r.stderr == "localsynth: error: nope.csv: no such file\n")
}

@Test func usageErrorsExitWithTwoAndSuggest() {
  let r = run(["analyze", "d.csv", "--jsn"])
  #expect(r.code == 2)
  #expect(r.stderr == "localsynth: error: unknown option '--jsn'; did you mean '--json'?\nRun 'localsynth analyze --help' for its options.\n")
  #expect(run(["synthesise"]).code == 2)
  #expect(run(["analyze"]).stderr.hasPrefix("localsynth: error: missing the input file"))
  #expect(run(["analyze", "a.csv", "--type", "x"]).code == 2)
  #expect(run(["analyze", "a.csv", "--type", "x=number"]).code == 2)
  #expect(run(["convert", "a.csv"]).stderr.hasPrefix("localsynth: error: nothing to write"))
}

@Test func helpIsBuiltFromTheOptionRows() {
  let help = run(["analyze", "--help"])
  #expect(help.code == 0)
  #expect(help.stdout.hasPrefix("OVERVIEW: Show the columns of a CSV file"))
  #expect(help.stdout.contains("\n  --json                        Print the schema as JSON instead of a table.\n"))
  #expect(help.stdout.contains("  --type COLUMN=TYPE            Set a column's type"))
  #expect(help.stdout.hasSuffix("Exit codes: 0 success, 1 bad input, 2 wrong usage.\n"))
  #expect(run(["--help"]).stdout.contains("\n  analyze    Show the columns"))
  #expect(run(["help", "convert"]).stdout.hasPrefix("OVERVIEW: Read a CSV file"))
  #expect(Engine.inputs(for: ["analyze", "--help"]).isEmpty)
}

@Test func flagsOverrideTypesAndMissingCodes() {
  let csv = "sex,age\n1,30\n2,-8\n1,44\n"
  let r = run(["analyze", "d.csv", "--json", "--type", "sex=categorical", "--missing", "age=-8"], files: [("d.csv", csv)])
  #expect(r.code == 0)
  #expect(r.stdout.contains("\"type\": \"categorical\""))
  #expect(r.stdout.contains("\"code\": \"-8\""))
}

@Test func settingsFileAppliesAndFlagsWin() {
  let settings = #"{"na": ["?x"], "columns": {"sex": {"type": "categorical"}, "age": {"missing": [-8]}}}"#
  let csv = "sex,age\n1,30\n2,-8\n1,?x\n"
  let r = run(["convert", "d.csv", "--settings", "s.json", "--schema", "o.json", "--type", "sex=integer"], files: [("d.csv", csv), ("s.json", settings)])
  #expect(r.code == 0)
  let schema = r.files[0].1
  #expect(schema.contains("\"name\": \"sex\",\n      \"position\": 1,\n      \"type\": \"integer\""))
  #expect(schema.contains("\"count\": 2,\n        \"codes\": [\n          {\n            \"code\": \"?x\""))
  let bad = run(["analyze", "d.csv", "--settings", "s.json"], files: [("d.csv", csv), ("s.json", "{\"columns\": [}")])
  #expect(bad.code == 1)
  #expect(bad.stderr == "localsynth: error: s.json:1:14: unexpected character\n")
}

@Test func convertWritesCSVAndJSON() {
  let r = run(["convert", "d.csv", "-o", "o.csv", "--json", "o.json"], files: [("d.csv", "a;b\n1,5;ja\n2;nee\n")])
  #expect(r.code == 0)
  #expect(r.files.map { $0.0 } == ["o.csv", "o.json"])
  #expect(r.files[0].1 == "a;b\n1,5;ja\n2;nee\n")
  #expect(r.files[1].1 == "[\n{\"a\":1.5,\"b\":true},\n{\"a\":2,\"b\":false}\n]\n")
}

@Test func overviewHelpIsVerbatim() {
  #expect(run(["--help"]).stdout == """
    localsynth \(Engine.version): synthetic data from a CSV file, on your own machine

    USAGE: localsynth <command> [options]

    COMMANDS:
      analyze    Show the columns of a CSV file: type, confidence, missing values, examples and the reasons.
      convert    Read a CSV file with the detected types and write it as clean CSV, JSON records and a JSON schema.
      synth      Fit a synthesiser to a CSV file and write synthetic rows with the same columns.
      evaluate   Compare synthetic data with the real data: utility, disclosure risk, and a report in PDF, HTML and JSON.
      selfcheck  Check this build's math: digests of exact results and reference values.
      settings   List the synthesis settings: flag, settings-file key, default and allowed values.
      serve      Serve the web app (a folder) over HTTP on this machine; native command line only.

    Run 'localsynth <command> --help' for a command's options.
    Exit codes: 0 success, 1 bad input (message on standard error), 2 wrong usage.

    """)
  #expect(run([]).stdout == run(["--help"]).stdout)
  #expect(run(["serve"]).stderr.hasPrefix("localsynth: error: 'serve' is part of the native command-line tool"))
}

@Test func examplesWithCommasAreQuoted() {
  let r = run(["analyze", "d.csv"], files: [("d.csv", "name\n\"Jansen, P\"\nBakker\n")])
  #expect(r.stdout.contains("\"Jansen, P\", Bakker"))
}

@Test func terminalControlCharactersFromTheFileAreNotPrinted() {
  let r = run(["analyze", "d.csv"], files: [("d.csv", "\u{1B}[2Jname,x\nv\u{1B}[31m,1\nv\u{1B}[31m,2\n")])
  #expect(r.code == 0)
  #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B })
  #expect(r.stdout.contains(" [2Jname"))
  let bad = run(["analyze", "d.csv", "--type", "x=boolean"], files: [("d.csv", "x\n\u{9B}oops\n")])
  #expect(bad.code == 1)
  #expect(bad.stderr == "localsynth: error: column 'x', row 1 (line 2): the value ' oops' is not a valid yes/no value; choose another type for this column or declare ' oops' a missing-value code\n")
}

@Test func helpNamesTheSafeDefaults() {
  let synth = run(["synth", "--help"]).stdout
  #expect(synth.contains("\n  --report FILE.pdf             Write the publication report as PDF (default: OUT-report.pdf beside the output).\n"))
  #expect(synth.contains("\n  --analyst-report FILE.pdf|FILE.html\n                                Also write the full report with real values (rare categories, extremes, small cells), marked \"not for publication\" on every page. (repeatable)\n"))
  #expect(synth.contains("\n  --summary FILE.json           Write what the run did as JSON: rows, columns, left-out columns, every note (in --lang) and the settings.\n"))
  #expect(synth.contains("\n  --formulas neutralise|keep    CSV text cells starting with =, +, -, @, tab or carriage return: write them with a leading ' so spreadsheets do not run them as formulas (default), or as they are.\n"))
  #expect(synth.contains("range, rounded to the column's decimals). The reports (--report, --html) are the publication\n"))
  let evaluate = run(["evaluate", "--help"]).stdout
  #expect(evaluate.contains("USAGE: localsynth evaluate REAL.csv SYNTH.csv [SYNTH2.csv ...] [--report r.pdf] [--html r.html] [--analyst-report a.pdf] [--json m.json]"))
  #expect(evaluate.contains("\n  --analyst-report FILE.pdf|FILE.html\n"))
  #expect(evaluate.contains("\n  --report FILE.pdf             Write the publication report as PDF.\n"))
  #expect(!evaluate.contains("--summary") && !evaluate.contains("--formulas"))
  #expect(run(["convert", "--help"]).stdout.contains("\n  --formulas neutralise|keep    CSV text cells starting with =, +, -, @, tab or carriage return"))
}
