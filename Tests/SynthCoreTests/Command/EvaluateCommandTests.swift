import Testing

@testable import SynthCore

private let real: String = {
  var text = "age,city,income,smoker\n"
  for i in 0..<200 {
    let city = ["Utrecht", "Delft", "Zwolle", "Assen"][i % 4]
    let income = i % 9 == 0 ? "" : String(20_000 + (i * 7919) % 40_000)
    text += "\(20 + i % 50),\(city),\(income),\(i % 3 == 0 ? "yes" : "no")\n"
  }
  return text
}()

@Test func evaluateNeedsTwoFilesAndNamesWhatIsWrong() {
  let one = run(["evaluate", "r.csv"], files: [("r.csv", real)])
  #expect(one.code == 2)
  #expect(one.stderr.hasPrefix("localsynth: error: give the real file and the synthetic file: evaluate REAL.csv SYNTH.csv\n"))
  let missing = run(["evaluate", "r.csv", "s.csv"], files: [("r.csv", real)])
  #expect(missing.code == 1)
  #expect(missing.stderr == "localsynth: error: s.csv: no such file\n")
  let target = run(["evaluate", "r.csv", "r.csv", "--target", "town"], files: [("r.csv", real)])
  #expect(target.code == 1)
  #expect(target.stderr == "localsynth: error: --target: there is no column 'town' to evaluate; the columns are 'age', 'city', 'income', 'smoker'\n")
  let keys = run(["evaluate", "r.csv", "r.csv", "--keys", "age,zip"], files: [("r.csv", real)])
  #expect(keys.stderr == "localsynth: error: --keys: there is no column 'zip' to evaluate; the columns are 'age', 'city', 'income', 'smoker'\n")
  let unrelated = run(["evaluate", "r.csv", "o.csv"], files: [("r.csv", real), ("o.csv", "x,y\n1,2\n")])
  #expect(unrelated.stderr == "localsynth: error: o.csv has no column of r.csv that can be evaluated; compare a synthetic file with the real file it was made from\n")
  // A synthetic value that does not fit the real column's type is located in the synthetic file.
  let bad = run(["evaluate", "r.csv", "b.csv"], files: [("r.csv", real), ("b.csv", "age,city\n30,Delft\nold,Assen\n")])
  #expect(bad.code == 1)
  #expect(bad.stderr.hasPrefix("localsynth: error: column 'age', row 2 (line 3): the value 'old' is not a valid whole number"))
  let groups = run(["evaluate", "r.csv", "r.csv", "--groups", "1"], files: [("r.csv", real)])
  #expect(groups.code == 2)
}

@Test func evaluatingTheRealDataAgainstItselfFindsNoDifferenceAndFlagsTheCopies() throws {
  let r = run(["evaluate", "r.csv", "r.csv", "--json", "m.json"], files: [("r.csv", real)])
  #expect(r.code == 0)
  #expect(r.stdout.hasPrefix("Evaluated r.csv (200 rows) against r.csv (200 rows), 4 columns.\n  Attention. Small data: the real data have 200 rows, fewer than 1,000"))
  // 200 rows are too few for the pairs (but not for one column of at most 5 groups).
  #expect(r.stdout.contains("\nUtility:\n  Too few rows to judge. Pairs of columns: the median S_pMSE over 6 pairs is 0.00 and 90% of pairs are below 0.00;"))
  // Every column holds the real values: one-way measures are no verdict.
  #expect(r.stdout.contains("\n  Note. Single columns: every column holds the real values or was drawn straight from them"))
  #expect(r.stdout.contains("  Attention. Identical rows: 100.00% of synthetic rows equal a real row on every column"))
  #expect(r.stdout.hasSuffix("Wrote m.json\n"))
  let json = try JSONParser.parse(Array(r.files[0].1.utf8))
  guard case .object(let members) = json else { Issue.record("not an object"); return }
  #expect(members.map { $0.0 }.prefix(6) == ["localsynth", "containsRealValues", "real", "synthetic", "realRows", "syntheticRows"])
  #expect(members[1].1 == .bool(true))
  let summary = members.first { $0.0 == "summary" }!.1
  guard case .object(let s) = summary else { Issue.record("no summary"); return }
  #expect(s.first { $0.0 == "medianPairSPMSE" }!.1 == .number(0))
  #expect(s.first { $0.0 == "identicalRowsFlagged" }!.1 == .bool(true))
}

@Test func synthWritesItsReportBesideTheOutputUnlessToldNot() {
  let r = run(["synth", "r.csv", "-o", "out/s.csv", "--rows", "100"], files: [("r.csv", real)])
  #expect(r.code == 0)
  #expect(r.files.map { $0.0 } == ["out/s.csv", "out/s-report.pdf", "out/s-report.html"])
  #expect(r.files[1].1.hasPrefix("%PDF-1.4"))
  let chosen = run(["synth", "r.csv", "-o", "s.csv", "--report", "r.pdf", "--metrics", "m.json", "--lang", "nl"], files: [("r.csv", real)])
  #expect(chosen.files.map { $0.0 } == ["s.csv", "r.pdf", "m.json"])
  #expect(chosen.stdout.contains("Bruikbaarheid:\n"))
  let none = run(["synth", "r.csv", "-o", "s.csv", "--no-report", "--html", "r.html"], files: [("r.csv", real)])
  #expect(none.code == 2)
  #expect(none.stderr.hasPrefix("localsynth: error: option '--no-report' cannot go with --report, --html, --analyst-report or --metrics\n"))
}

@Test func holdoutSynthesisTrainsOnHalfAndReportsTheHoldoutTest() throws {
  let r = run(["synth", "r.csv", "-o", "s.csv", "--holdout", "--metrics", "m.json"], files: [("r.csv", real)])
  #expect(r.code == 0)
  #expect(r.stdout.contains("Held out 100 of 200 rows (--holdout); synthesised from the other 100.\n"))
  let csv = r.files[0].1
  #expect(csv.split(separator: "\n").count == 101)
  let json = r.files[1].1
  #expect(json.contains("\"holdoutRows\": 100"))
  #expect(json.contains("\"shareCloserToTraining\": "))
  #expect(json.contains("\"holdout\":true"))
  // The settings block repeats the run, holdout included.
  let again = run(["synth", "r.csv", "-o", "s.csv", "--metrics", "m.json", "--settings", "s.json"], files: [("r.csv", real), ("s.json", #"{"holdout": true}"#)])
  #expect(again.files[0].1 == csv)
}

/// A town of one person: the publication reports (the default) never name it, the analyst
/// reports do, PDF or HTML by extension, for synth and evaluate alike; --min-count sets the bar.
@Test func analystReportsAreWrittenBesideThePublicationOnes() {
  var text = real
  text += "33,Vaals,25000,no\n"
  let r = run(["synth", "r.csv", "-o", "s.csv", "--analyst-report", "a.pdf", "--analyst-report", "a.html", "--report", "p.pdf", "--html", "p.html", "--summary", "sum.json"], files: [("r.csv", text)])
  #expect(r.code == 0)
  #expect(r.files.map { $0.0 } == ["s.csv", "p.pdf", "p.html", "a.pdf", "a.html", "sum.json"])
  func file(_ name: String) -> String { r.files.first { $0.0 == name }!.1 }
  #expect(!file("p.pdf").contains("Vaals") && !file("p.html").contains("Vaals"))
  #expect(file("a.pdf").hasPrefix("%PDF-1.4") && file("a.pdf").contains("(Vaals)"))
  #expect(file("a.html").hasPrefix("<!doctype html>") && file("a.html").contains(">Vaals<"))
  #expect(r.stdout.contains("Note: the reports are in publication mode: no category with fewer than 5 real rows is named"))
  #expect(file("sum.json").contains(#""code": "publicationMode""#))
  let lower = run(["synth", "r.csv", "-o", "s.csv", "--html", "p.html", "--min-count", "1"], files: [("r.csv", text)])
  #expect(lower.files[1].1.contains(">Vaals<"))
  let evaluated = run(["evaluate", "r.csv", "r.csv", "--html", "p.html", "--analyst-report", "A.HTM"], files: [("r.csv", text)])
  #expect(evaluated.files.map { $0.0 } == ["p.html", "A.HTM"])
  #expect(!evaluated.files[0].1.contains("Vaals") && evaluated.files[1].1.contains(">Vaals<"))
  let bad = run(["evaluate", "r.csv", "r.csv", "--analyst-report", "a.txt"], files: [("r.csv", text)])
  #expect(bad.code == 2)
  #expect(bad.stderr.hasPrefix("localsynth: error: option '--analyst-report' needs a file ending in .pdf or .html, not 'a.txt'\n"))
  // A report in the other format's file would not open: refused before anything is written.
  let swapped = run(["synth", "r.csv", "-o", "s.csv", "--report", "r.html"], files: [("r.csv", text)])
  #expect(swapped.code == 2 && swapped.files.isEmpty)
  #expect(swapped.stderr.hasPrefix("localsynth: error: option '--report' writes a PDF, not HTML; for the HTML report give --html r.html\n"))
  let swappedHTML = run(["evaluate", "r.csv", "r.csv", "--html", "R.PDF"], files: [("r.csv", text)])
  #expect(swappedHTML.code == 2 && swappedHTML.stderr.contains("option '--html' writes HTML, not a PDF; for the PDF report give --report R.PDF"))
  let copies = run(["synth", "r.csv", "-o", "s.csv", "--copies", "2", "--analyst-report", "a.pdf"], files: [("r.csv", text)])
  // The publication reports stay the default beside an analyst report.
  #expect(copies.files.map { $0.0 } == ["s_1.csv", "s_2.csv", "s-report_1.pdf", "s-report_1.html", "a_1.pdf", "s-report_2.pdf", "s-report_2.html", "a_2.pdf"])
}
