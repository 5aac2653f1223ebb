import Testing

@testable import SynthCore

/// Fidelity and privacy of CART on the shared datasets, measured as synthpop measures them.
struct QualityMeasures {
  var pairs: [Double]
  var oneWay: [(String, Double)]
  var identical: Double
  var holdoutIdentical: Double

  var medianPair: Double {
    let sorted = pairs.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  init(real: Table, synthetic: Table, seed: UInt64) {
    let kept = real.selectingColumns(synthetic.columns.map { $0.schema.name })
    let columns = Array(0..<synthetic.columns.count)
    pairs = TableUtility.allPairs(real: kept, synthetic: synthetic, columns: columns).map { $0.result.sPMSE }
    oneWay = columns.map { (synthetic.columns[$0].schema.name, TableUtility.oneWay(real: kept, synthetic: synthetic, column: $0).sPMSE) }
    identical = Disclosure.identicalRowShare(real: kept, synthetic: synthetic, columns: columns)
    var rng = RandomGenerator(seed: seed)
    holdoutIdentical = Disclosure.holdoutIdenticalShare(real: kept, columns: columns, rng: &rng)
  }
}

extension Table {
  func selectingColumns(_ names: [String]) -> Table {
    var table = self
    table.columns = names.compactMap { name in columns.first { $0.schema.name == name } }
    return table
  }
}

/// Mean pairwise S_pMSE of each column: synthpop's `var.scores` from utility.tables.
func variableScores(_ pairs: [TableUtility.PairResult], columns: Int) -> [Double] {
  var sums = [Double](repeating: 0, count: columns), counts = [Double](repeating: 0, count: columns)
  for p in pairs {
    for c in [p.first, p.second] { sums[c] += p.result.sPMSE; counts[c] += 1 }
  }
  return zip(sums, counts).map { $0 / max($1, 1) }
}

/// At a few thousand rows: table S_pMSE (5 quantile groups, NA as a level) with a median over
/// all pairs of at most 2 and no column whose pairs average above 3 (synthpop's var.scores).
/// One-way S_pMSE of a faithful synthesis is a chi-square over its degrees of freedom, so the
/// worst of 28 columns is checked against a looser 6.
@Test(arguments: datasetNames) func cartIsFaithful(name: String) throws {
  let real = try sharedSample(name, rows: 5000)
  let synthetic = try synthesize(real) { $0.seed = 2024 }.copies[0]
  let kept = real.selectingColumns(synthetic.columns.map { $0.schema.name })
  let columns = Array(0..<synthetic.columns.count)
  let pairs = TableUtility.allPairs(real: kept, synthetic: synthetic, columns: columns)
  let sorted = pairs.map { $0.result.sPMSE }.sorted()
  let median = sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
  #expect(median <= 2, "\(name): median pairwise S_pMSE \(median)")
  for (c, score) in variableScores(pairs, columns: columns.count).enumerated() {
    #expect(score <= 3, "\(name).\(synthetic.columns[c].schema.name): mean pairwise S_pMSE \(score)")
  }
  for c in columns {
    let oneWay = TableUtility.oneWay(real: kept, synthetic: synthetic, column: c).sPMSE
    #expect(oneWay <= 6, "\(name).\(synthetic.columns[c].schema.name): one-way S_pMSE \(oneWay)")
  }
}

/// By default (`--unique-copies replace`) fewer synthetic rows reproduce a real row that is unique
/// in the real data than when they are kept, and the notes count those left; where most real rows
/// are unique (so an identical row points at one person), the share of synthetic rows identical to
/// any real row is at most the share of one random real half found in the other half, give or take
/// two standard errors of that baseline.
@Test(arguments: datasetNames) func replacingUniqueCopiesCopiesNoMoreThanChance(name: String) throws {
  let real = try sharedSample(name, rows: 5000)
  let output = try synthesize(real) { $0.seed = 7 }
  let synthetic = output.copies[0]
  let kept = try synthesize(real) { $0.seed = 7; $0.uniqueCopies = .keep }.copies[0]
  #expect(synthetic.rowCount == real.rowCount)
  let realKept = real.selectingColumns(synthetic.columns.map { $0.schema.name })
  let columns = Array(0..<synthetic.columns.count)
  let uniques = RowIndex(realKept, rows: RowIndex.uniqueRows(realKept, rows: Array(0..<realKept.rowCount), columns: columns), columns: columns)
  let all = Array(0..<synthetic.rowCount)
  let left = uniques.matches(of: synthetic, rows: all).filter { $0 }.count
  let before = uniques.matches(of: kept, rows: all).filter { $0 }.count
  #expect(left <= before, "\(name)")
  if left > 0 { #expect(output.notes.contains(.uniqueCopiesLeft(copy: nil, rows: left, of: synthetic.rowCount)), "\(name)") }
  guard uniques.rows.count * 2 > realKept.rowCount else { return }
  #expect(left * 100 <= before, "\(name): \(left) unique copies left of \(before)")
  var rng = RandomGenerator(seed: 7)
  let identical = Disclosure.identicalRowShare(real: realKept, synthetic: synthetic, columns: columns)
  let baseline = Disclosure.holdoutIdenticalShare(real: realKept, columns: columns, rng: &rng)
  let noise = 2 * (baseline * (1 - baseline) / Double(realKept.rowCount / 2)).squareRoot()
  #expect(identical <= baseline + noise, "\(name): \(identical) identical vs \(baseline) between real halves")
}

@Test func keptUniqueCopiesAreCountedInTheNotes() throws {
  let real = try sharedSample("gss_wages", rows: 5000)
  let output = try synthesize(real) { $0.seed = 7; $0.uniqueCopies = .keep }
  let note = output.notes.first { $0.code == "uniqueCopiesKept" }
  #expect(note?.message(Wording(language: .en)).contains("are identical to a real row that no other real row shares; --unique-copies replace changes them") == true)
  #expect(note?.message(Wording(language: .nl)).contains("zijn gelijk aan een echte rij die geen andere echte rij deelt; --unique-copies replace verandert ze") == true)
}
