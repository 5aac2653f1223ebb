import Testing

@testable import SynthCore

/// CART within strata (`--strata A,B`, synthpop's `syn.strata`).
@Suite struct StratifiedSynthesisTests {
  static func counts(_ table: Table, _ a: String, _ b: String) -> [String: Int] {
    var result: [String: Int] = [:]
    let ca = table.columns[table.column(named: a)!], cb = table.columns[table.column(named: b)!]
    func value(_ c: Column, _ row: Int) -> String { c.usesLevels ? c.levels[Int(c.codes[row])] : String(c.numbers[row]) }
    for row in 0..<table.rowCount { result[value(ca, row) + "/" + value(cb, row), default: 0] += 1 }
    return result
  }

  /// Each stratum keeps its real size exactly, relations never cross strata, and the notes say so once.
  @Test func strataKeepTheirSizes() throws {
    let real = try sharedTable("cps1985")
    var config = SynthesisConfig()
    config.seed = 4
    config.strata = .names(["gender", "union"])
    let output = try StratifiedSynthesis(config: config, names: ["gender", "union"]).run(real) { _, _ in }
    #expect(Self.counts(output.copies[0], "gender", "union") == Self.counts(real, "gender", "union"))
    #expect(output.notes.first == .cartStrata(count: 4, columns: ["gender", "union"], minimumRows: 28))
    #expect(output.notes.filter { if case .uniqueCopiesChanged = $0 { return true }; return false }.count <= 1)
    // Row order in the file does not matter: the strata come in the order of their values.
    let reversed = real.selecting(rows: Array((0..<real.rowCount).reversed()))
    let again = try StratifiedSynthesis(config: config, names: ["gender", "union"]).run(reversed) { _, _ in }
    #expect(Self.counts(again.copies[0], "gender", "union") == Self.counts(real, "gender", "union"))
  }

  @Test func rowsAreSharedByLargestRemainders() {
    #expect(StratifiedSynthesis.share(10, over: [1, 1, 1]) == [4, 3, 3])
    #expect(StratifiedSynthesis.share(7, over: [221, 217, 68, 28]) == [3, 3, 1, 0])
    #expect(StratifiedSynthesis.share(534, over: [221, 217, 68, 28]) == [221, 217, 68, 28])
    #expect(StratifiedSynthesis.share(5, over: [0, 0]) == [0, 0])
  }

  @Test func strataOfNumbersOrUnknownColumnsAreErrors() throws {
    let real = try sharedTable("cps1985")
    #expect(throws: SynthesisError.strataNumeric(column: "wage", kind: .decimal)) {
      try StratifiedSynthesis(config: SynthesisConfig(), names: ["wage"]).run(real) { _, _ in }
    }
    #expect(throws: SynthesisError.self) { try StratifiedSynthesis(config: SynthesisConfig(), names: ["sex"]).run(real) { _, _ in } }
  }

  /// Through the command: the settings file says "none" for a CART run without strata and the
  /// names with them; the copula keeps "auto".
  @Test func settingsFileWritesTheStrata() {
    let csv = "g,x\n" + (0..<40).map { "\(["a", "b"][$0 % 2]),\($0 % 7)" }.joined(separator: "\n") + "\n"
    func settings(_ extra: [String]) -> String {
      let r = run(["synth", "d.csv", "-o", "o.csv", "--json", "o.json", "--no-report"] + extra, files: [("d.csv", csv)])
      return r.files.first { $0.0 == "o.json" }?.1 ?? r.stderr
    }
    #expect(settings([]).contains("\"strata\":\"none\""))
    #expect(settings(["--strata", "g"]).contains("\"strata\":[\"g\"]"))
    #expect(settings(["--method", "gc"]).contains("\"strata\":\"auto\""))
  }
}
