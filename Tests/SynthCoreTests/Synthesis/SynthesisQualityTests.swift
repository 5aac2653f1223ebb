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
/// worst of 28 columns is checked against a looser 6. CART itself is checked (copies kept); the
/// default repair of near-copies costs the columns it changes most, the last visited, so there a
/// column's pairs may average up to 5.5 (gss_wages' last column: maritalcat 4.3 in file order,
/// occ10 5.1 in the automatic order, which visits its 539 codes second to last).
@Test(arguments: datasetNames, [UniqueCopyHandling.keep, .replace]) func cartIsFaithful(name: String, copies: UniqueCopyHandling) throws {
  let real = try sharedSample(name, rows: 5000)
  let synthetic = try synthesize(real) { $0.seed = 2024; $0.uniqueCopies = copies }.copies[0]
  let kept = real.selectingColumns(synthetic.columns.map { $0.schema.name })
  let columns = Array(0..<synthetic.columns.count)
  let pairs = TableUtility.allPairs(real: kept, synthetic: synthetic, columns: columns)
  let sorted = pairs.map { $0.result.sPMSE }.sorted()
  let median = sorted.isEmpty ? 0 : sorted[(sorted.count - 1) / 2]
  #expect(median <= 2, "\(name): median pairwise S_pMSE \(median)")
  for (c, score) in variableScores(pairs, columns: columns.count).enumerated() {
    #expect(score <= (copies == .keep ? 3 : 5.5), "\(name).\(synthetic.columns[c].schema.name): mean pairwise S_pMSE \(score)")
  }
  for c in columns {
    let oneWay = TableUtility.oneWay(real: kept, synthetic: synthetic, column: c).sPMSE
    #expect(oneWay <= 6, "\(name).\(synthetic.columns[c].schema.name): one-way S_pMSE \(oneWay)")
  }
}

/// By default (`--unique-copies replace`, `--near-copies 1`) no synthetic row equals a real row
/// that is unique on all columns or on all but one of them (counted independently of the repair's
/// index), where keeping them leaves some; and where most real rows are unique (so an identical row
/// points at one person), the share of synthetic rows identical to any real row is at most the
/// share of one random real half found in the other half, give or take two standard errors.
@Test(arguments: datasetNames) func replacingUniqueCopiesLeavesNoNearCopy(name: String) throws {
  let real = try sharedSample(name, rows: 5000)
  let output = try synthesize(real) { $0.seed = 7 }
  let synthetic = output.copies[0]
  let kept = try synthesize(real) { $0.seed = 7; $0.uniqueCopies = .keep }.copies[0]
  #expect(synthetic.rowCount == real.rowCount)
  let realKept = real.selectingColumns(synthetic.columns.map { $0.schema.name })
  let columns = Array(0..<synthetic.columns.count)
  let left = bruteForceCopiesOfUniques(realKept, synthetic, columns: columns).filter { $0 }.count
  let before = bruteForceCopiesOfUniques(realKept, kept, columns: columns).filter { $0 }.count
  if name == "gss_wages" { #expect(before > 0) }
  #expect(left == 0, "\(name): \(left) near-copies of unique real rows left of \(before)")
  #expect(!output.notes.contains { $0.code == "uniqueCopiesLeft" }, "\(name)")
  let uniques = RowIndex.uniqueRows(realKept, rows: Array(0..<realKept.rowCount), columns: columns)
  guard uniques.count * 2 > realKept.rowCount else { return }
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
  #expect(note?.message(Wording(language: .en)).contains("are copies of a real person: equal, on all columns or on all but one, to a real row that no other real row shares on those columns; --unique-copies replace changes them") == true)
  #expect(note?.message(Wording(language: .nl)).contains("zijn kopieën van een echt persoon: gelijk, op alle kolommen of op alle op één na, aan een echte rij die geen andere echte rij op die kolommen deelt; --unique-copies replace verandert ze") == true)
}

@Test func oneCopyOfAPersonIsSaidInTheSingular() {
  let en = Wording(language: .en), nl = Wording(language: .nl)
  let kept = SynthesisNote.uniqueCopiesKept(copy: nil, rows: 1, of: 2000, differing: 0)
  #expect(kept.message(en) == "1 synthetic row (0.1%) is a copy of a real person: equal to a real row that no other real row shares; --unique-copies replace changes it")
  #expect(kept.message(nl) == "1 synthetische rij (0,1%) is een kopie van een echt persoon: gelijk aan een echte rij die geen andere echte rij deelt; --unique-copies replace verandert hem")
  let changed = SynthesisNote.uniqueCopiesChanged(copy: nil, rows: 1, partner: .treeLeaf, differing: 0, anyRow: 1)
  #expect(changed.message(en) == "1 synthetic row that copied a real person (equal to a real row that no other real row shares) was changed: from some column on, its values were exchanged with a synthetic row from the same tree leaf (in the end with any other synthetic row, as none from its own group would do), until it no longer matched")
  #expect(changed.message(nl).hasPrefix("1 synthetische rij die een echt persoon kopieerde ("))
  let left = SynthesisNote.uniqueCopiesLeft(copy: 2, rows: 1, of: 10, differing: 0)
  #expect(left.message(en) == "copy 2: 1 synthetic row (10.0%) is still a copy of a real person (equal to a real row that no other real row shares): no exchange made it differ")
  #expect(left.message(nl).contains("1 synthetische rij (10,0%) is nog een kopie van een echt persoon"))
  // More than one stays plural.
  #expect(SynthesisNote.uniqueCopiesLeft(copy: nil, rows: 2, of: 10, differing: 0).message(en).hasPrefix("2 synthetic rows (20.0%) are still copies"))
}

@Test func theLeafSearchStopsOnlyAfterMuchWorkThatRarelyHelps() {
  // Small tables never reach the work limit, so their repair is unchanged.
  #expect(!UniqueCopyRepair.leafSearchIsHopeless(spent: 999_999, fixed: 0))
  #expect(UniqueCopyRepair.leafSearchIsHopeless(spent: 1_000_000, fixed: 0))
  // One fix in 64 tries is still worth the search; fewer is not.
  #expect(!UniqueCopyRepair.leafSearchIsHopeless(spent: 1_000_000, fixed: 15_625))
  #expect(UniqueCopyRepair.leafSearchIsHopeless(spent: 1_000_000, fixed: 15_624))
}
