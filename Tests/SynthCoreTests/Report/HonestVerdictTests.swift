import Testing

@testable import SynthCore

/// A table whose category depends on a number up and then down: the copula keeps each column
/// exactly and loses the relation.
private let broken: String = {
  var rng = RandomGenerator(seed: 3)
  var text = "x,band,z\n"
  for _ in 0..<3000 {
    let x = rng.nextInt(below: 100)
    text += "\(x),\(x > 30 && x < 70 ? "middle" : "edge"),\(rng.nextInt(below: 5))\n"
  }
  return text
}()

struct HonestVerdictTests {
  /// One-way and main-effects measures that the copula meets by construction give no verdict, and
  /// the overall utility rests on the pairs: not "good" with a relation lost.
  @Test func copulaIsJudgedOnWhatItCannotMeetByConstruction() throws {
    for (language, words) in [
      ("en", ["Note. Single columns: every column holds the real values or was drawn straight from them", "which the method keeps by construction for 3 of 3 columns: no verdict.", "A pair this far off is no chance result"]),
      ("nl", ["Opmerking. Losse kolommen: elke kolom bevat de echte waarden of is er rechtstreeks uit getrokken", "die de methode voor 3 van 3 kolommen per constructie behoudt: geen oordeel.", "Een paar dat zo ver afwijkt is geen toeval"]),
    ] {
      let r = run(["synth", "d.csv", "-o", "o.csv", "--method", "gc", "--strata", "none", "--metrics", "m.json", "--lang", language], files: [("d.csv", broken)])
      #expect(r.code == 0, "\(r.stderr)")
      for word in words { #expect(r.stdout.contains(word), "\(language): \(word)\n\(r.stdout)") }
      let metrics = try JSONParser.parse(Array((r.files.first { $0.0 == "m.json" }?.1 ?? "").utf8))
      let summary = metrics.objectValue?.first { $0.0 == "summary" }?.1.objectValue ?? []
      func field(_ name: String) -> JSONValue? { summary.first { $0.0 == name }?.1 }
      #expect(field("utility")?.stringValue != "good")
      #expect(field("byConstruction") == .array([.string("x"), .string("band"), .string("z")]))
      #expect(field("logisticByConstruction") == .bool(true))
    }
  }

  /// CART's first column is drawn from its real values: it is left out of the single-column count.
  @Test func cartsFirstColumnIsNotCounted() {
    let r = run(["synth", "d.csv", "-o", "o.csv", "--metrics", "m.json", "--visit", "columns"], files: [("d.csv", broken)])
    #expect(r.stdout.contains("Single columns: ") && r.stdout.contains(" of 2 have an S_pMSE below 3"), "\(r.stdout)")
    #expect(r.stdout.contains("Not counted, as the method keeps their distribution by construction: 'x'."))
  }

  @Test func sameValuesAreThoseOfAPermutation() throws {
    let (real, synthetic) = try realAndSynthetic("n,c", real: ["1,a", "2,b", "2,", "3.5,a"], synthetic: ["2,a", "3.5,", "1,a", "2,a"])
    #expect(ColumnComparison.sameValues(real, synthetic, column: 0))
    #expect(!ColumnComparison.sameValues(real, synthetic, column: 1))  // three a where the real column has two
    #expect(!ColumnComparison.sameValues(real, synthetic.selecting(rows: [0, 1, 2]), column: 0))
    #expect(ColumnComparison.compare(real: real, synthetic: synthetic, column: 0).sameValues)
  }

  @Test func cartPropensityRunsByDefaultOnlyOnTablesThatStayFast() {
    #expect(CartPropensityChoice.automatic.permutations(rows: 100_000, columns: 15, asked: 50) == 10)
    #expect(CartPropensityChoice.automatic.permutations(rows: 200_000, columns: 15, asked: 50) == nil)
    #expect(CartPropensityChoice.always.permutations(rows: 10_000_000, columns: 15, asked: 50) == 50)
    #expect(CartPropensityChoice.never.permutations(rows: 10, columns: 1, asked: 50) == nil)
    let both = run(["evaluate", "a.csv", "b.csv", "--cart-propensity", "--no-cart-propensity"], files: [("a.csv", broken), ("b.csv", broken)])
    #expect(both.code == 2)
    #expect(both.stderr.contains("options '--cart-propensity' and '--no-cart-propensity' cannot go together"))
    let off = run(["evaluate", "a.csv", "b.csv", "--no-cart-propensity"], files: [("a.csv", broken), ("b.csv", broken)])
    #expect(!off.stdout.contains("classification tree"))
    let on = run(["evaluate", "a.csv", "b.csv"], files: [("a.csv", broken), ("b.csv", broken)])
    #expect(on.stdout.contains("Whole table, with interactions: a classification tree tells real from synthetic rows"))
  }

  /// Synthetic rows that are the real rows get Attention for their distance, with the remedy, and
  /// `synth --summary` passes the report's privacy warnings to the page by code.
  @Test func closeRowsGetARemedyAndReachTheRunSummary() throws {
    var rng = RandomGenerator(seed: 8)
    var text = "age,city,income\n"
    for _ in 0..<1500 { text += "\(18 + rng.nextInt(below: 70)),c\(rng.nextInt(below: 30)),\(rng.nextInt(below: 100_000))\n" }
    let copy = run(["evaluate", "a.csv", "b.csv"], files: [("a.csv", text), ("b.csv", text)])
    #expect(copy.stdout.contains("Attention. Distance to closest record: "))
    #expect(copy.stdout.contains("Rows this close to real people may reveal them: make the synthesis less detailed"))
    let kept = run(["synth", "d.csv", "-o", "o.csv", "--unique-copies", "keep", "--minbucket", "1", "--summary", "s.json", "--lang", "nl"], files: [("d.csv", text)])
    #expect(kept.code == 0, "\(kept.stderr)")
    let summary = try JSONParser.parse(Array((kept.files.first { $0.0 == "s.json" }?.1 ?? "").utf8))
    guard case .array(let notes) = summary.objectValue?.first(where: { $0.0 == "notes" })?.1 else { Issue.record("no notes"); return }
    let codes = notes.compactMap { $0.objectValue?.first { $0.0 == "code" }?.1.stringValue }
    #expect(codes.contains("replicatedUniques"), "\(codes)")
    #expect(codes.contains("closeToReal"), "\(codes)")
    let close = notes.first { $0.objectValue?.first { $0.0 == "code" }?.1.stringValue == "closeToReal" }
    let message = close?.objectValue?.first { $0.0 == "message" }?.1.stringValue ?? ""
    #expect(message.contains("Grotere bladeren (minbucket 20 of meer)"), "\(message)")
  }
}
