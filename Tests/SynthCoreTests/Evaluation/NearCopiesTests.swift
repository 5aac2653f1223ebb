import Testing

@testable import SynthCore

/// Synthetic rows equal to a real row unique on all `columns`, or on all but one of them, counted
/// key set by key set with `KeyDisclosure.groups` (RowIndex's own hashes), independently of the
/// additive hashes of `NearCopyKeys`.
func bruteForceCopiesOfUniques(_ real: Table, _ synthetic: Table, columns: [Int]) -> [Bool] {
  var found = [Bool](repeating: false, count: synthetic.rowCount)
  for dropped in [nil] + columns.map({ Optional($0) }) {
    let q = KeyDisclosure.groups(real, synthetic, columns: columns.filter { $0 != dropped })
    var realPerKey = [Int](repeating: 0, count: q.count)
    for g in q.real { realPerKey[Int(g)] += 1 }
    for (s, g) in q.synthetic.enumerated() where realPerKey[Int(g)] == 1 { found[s] = true }
  }
  return found
}

/// A table of `rows` rows over four small categorical columns and a number, from `seed`.
func smallRandomTable(rows: Int, seed: UInt64) throws -> Table {
  var rng = RandomGenerator(seed: seed)
  var text = "a,b,c,d,n\n"
  for _ in 0..<rows {
    text += "a\(rng.nextInt(below: 3)),b\(rng.nextInt(below: 4)),c\(rng.nextInt(below: 2)),d\(rng.nextInt(below: 5)),\(rng.nextInt(below: 6))\n"
  }
  return try readTable(text)
}

struct NearCopiesTests {
  @Test func keySetsLeaveOutUpToKColumnsInOrder() {
    let keys = NearCopyKeys(columns: [0, 1, 2, 3], differing: 2, rows: 10)
    #expect(keys.dropped == [[], [0], [1], [2], [3], [0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]])
    #expect(keys.kept(6) == [1, 3])
    #expect(NearCopyKeys.keySetCount(columns: 4, differing: 2) == 11)
    #expect(NearCopyKeys.keySetCount(columns: 10_000, differing: 1) == 10_001)
    #expect(NearCopyKeys.keySetCount(columns: 1_000_000, differing: 3) > 100_000_000_000_000)
    // One column leaves nothing to differ in; more differing columns than columns is all but one.
    #expect(NearCopyKeys(columns: [5], differing: 1, rows: 10).dropped == [[]])
    #expect(NearCopyKeys(columns: [0, 1, 2], differing: 3, rows: 10).differing == 2)
  }

  /// 10,000 columns × 20,000 rows would be 200 million row hashes per pass: identical rows only.
  @Test func wideTablesCheckFewerColumnsAndSaySo() {
    let keys = NearCopyKeys(columns: Array(0..<10_000), differing: 1, rows: 20_000)
    #expect(keys.differing == 0)
    #expect(keys.dropped == [[]])
    #expect(keys.limitedNote(asked: 1) == .nearCopiesLimited(asked: 1, checked: 0))
    #expect(NearCopyKeys(columns: Array(0..<10_000), differing: 1, rows: 2_000).differing == 1)
    #expect(NearCopyKeys(columns: [0, 1], differing: 1, rows: 10).limitedNote(asked: 3) == nil)
  }

  @Test(arguments: [1 as UInt64, 2, 3]) func indexAgreesWithGroupsKeySetByKeySet(seed: UInt64) throws {
    let all = try smallRandomTable(rows: 400, seed: seed)
    let real = all.selecting(rows: Array(0..<200)), synthetic = all.selecting(rows: Array(200..<400))
    let columns = Array(0..<5)
    let index = NearCopyIndex(real, columns: columns, differing: 1)
    let expected = bruteForceCopiesOfUniques(real, synthetic, columns: columns)
    #expect(index.matches(of: synthetic, rows: Array(0..<200)) == expected)
    #expect(expected.contains(true) && expected.contains(false))
    // Asked one row at a time (the repair's binary search), the answers are the same.
    for row in [0, 7, 99, 199] { #expect(index.matches(of: synthetic, rows: [row]) == [expected[row]]) }
    // Identical rows only: the first key set.
    let identical = NearCopyIndex(real, columns: columns, differing: 0).matches(of: synthetic, rows: Array(0..<200))
    let exact = RowIndex(real, rows: RowIndex.uniqueRows(real, rows: Array(0..<200), columns: columns), columns: columns)
    #expect(identical == exact.matches(of: synthetic, rows: Array(0..<200)))
  }

  /// Each synthetic row is a real row with its last value changed: no row is identical, so the
  /// identical-row measures see nothing, and every one is a near-copy.
  /// Members are found and others are not, whatever their hashes share; and the rows spread over
  /// the slots (a slot chosen from too few bits once put every row in one long run).
  @Test func uniqueRowSetFindsItsRowsInShortRuns() {
    var rng = RandomGenerator(seed: 7, stream: .synthesis)
    let rows = 50_000
    var hashes = (0..<rows).map { _ in rng.next() }
    // Pairs that share the slot bits or the tag bits, which a probe must tell apart.
    hashes[1] = (hashes[0] & 0xFFFF_FFFF) | (hashes[1] & ~0xFFFF_FFFF)
    hashes[3] = (hashes[2] & ~0xFFFF_FFFF) | (hashes[3] & 0xFFFF_FFFF)
    let members = Array(stride(from: 0, to: rows, by: 2))
    let set = UniqueRowSet(rows: members, hashes: hashes)
    #expect(set.count == members.count)
    for row in 0..<rows {
      #expect(set.contains(hashes[row]) { $0 == row } == (row % 2 == 0))
      #expect(set.mayContain(hashes[row]) == (row % 2 == 0))
    }
    #expect(set.longestRun < 1_000)
  }

  /// The filter before the key sets' tables: never "no" for a held hash (else a copy would go
  /// unrepaired), and "yes" for few others (else it saves nothing).
  @Test func keySetFilterHoldsEveryMemberAndFewOthers() {
    var rng = RandomGenerator(seed: 11, stream: .synthesis)
    let rows = 40_000
    let hashes = [(0..<rows).map { _ in rng.next() }, (0..<rows).map { _ in rng.next() }]
    let sets = hashes.map { UniqueRowSet(rows: Array(stride(from: 0, to: rows, by: 2)), hashes: $0) }
    let filter = KeySetFilter(sets)
    var wrong = 0, others = 0
    for k in 0..<2 {
      for row in 0..<rows {
        if row % 2 == 0 { #expect(filter.mayHold(hashes[k][row], keySet: k)) }
        else {
          others += 1
          if filter.mayHold(hashes[k][row], keySet: k) { wrong += 1 }
        }
      }
      // A member of one key set is not thereby held by the other.
      #expect((0..<rows).filter { $0 % 2 == 0 && filter.mayHold(hashes[k][$0], keySet: 1 - k) }.count < rows / 20)
    }
    #expect(wrong * 10 < others, "false yes: \(wrong) of \(others)")
  }

  /// The repair's question for two rows, whichever key set is asked first, answers as `matches`
  /// does for the rows with their cells exchanged.
  @Test(arguments: [1 as UInt64, 2]) func eitherMayBeCopyAgreesWithMatchesInAnyOrder(seed: UInt64) throws {
    // A number of 60 values: a copy is the exception, as in a real table.
    var draw = RandomGenerator(seed: seed)
    var text = "a,b,c,d,n\n"
    for _ in 0..<400 {
      text += "a\(draw.nextInt(below: 3)),b\(draw.nextInt(below: 4)),c\(draw.nextInt(below: 2)),d\(draw.nextInt(below: 5)),\(draw.nextInt(below: 60))\n"
    }
    let all = try readTable(text)
    let real = all.selecting(rows: Array(0..<200))
    var synthetic = all.selecting(rows: Array(200..<400))
    let index = NearCopyIndex(real, columns: Array(0..<5), differing: 1)
    let cells = index.cellHashes(of: synthetic)
    var rng = RandomGenerator(seed: seed, stream: .synthesis)
    var yes = 0, stays = 0
    for _ in 0..<300 {
      let a = rng.nextInt(below: 200), b = rng.nextInt(below: 200)
      let exchanged = (0..<5).map { _ in rng.nextInt(below: 2) == 1 }
      let answers = (0..<7).map { first -> Bool in
        var hint = first
        return index.eitherMayBeCopy(exchanging: a, b, at: exchanged, cells: cells, hint: &hint)
      }
      #expect(Set(answers).count == 1)
      for c in 0..<5 where exchanged[c] { UniqueCopyRepair.swapCell(&synthetic, c, a, b) }
      let truth = index.matches(of: synthetic, rows: [a, b]).contains(true)
      for c in 0..<5 where exchanged[c] { UniqueCopyRepair.swapCell(&synthetic, c, a, b) }
      // "No" is exact; "yes" may be a hash agreeing by chance, which these small tables never show.
      #expect(answers[0] == truth)
      if truth { yes += 1 }
      // A row that no exchange of those cells can help: every partner answers yes.
      if index.staysCopy(a, whatever: exchanged, cells: cells) {
        stays += 1
        for b in 0..<200 {
          var hint = 0
          #expect(index.eitherMayBeCopy(exchanging: a, b, at: exchanged, cells: cells, hint: &hint))
        }
      }
    }
    #expect(yes > 10 && yes < 290, "yes: \(yes)")
    #expect(stays > 0 && stays < yes, "stays: \(stays)")
  }

  @Test func oneChangedValueIsStillACopy() throws {
    var realLines: [String] = [], syntheticLines: [String] = []
    for i in 0..<300 {
      realLines.append("p\(i),\(i * 37 % 1000),\(i % 11),x")
      syntheticLines.append("p\(i),\(i * 37 % 1000),\(i % 11),y")
    }
    let (real, synthetic) = try realAndSynthetic("id,a,b,c", real: realLines, synthetic: syntheticLines)
    var rng = RandomGenerator(seed: 1)
    let near = NearCopies.compute(real: real, synthetic: synthetic, columns: [0, 1, 2, 3], differing: 1, rng: &rng)
    #expect(Disclosure.identicalRowShare(real: real, synthetic: synthetic, columns: [0, 1, 2, 3]) == 0)
    #expect(KeyDisclosure.compute(real: real, synthetic: synthetic, keys: [0, 1, 2, 3], target: nil).replicatedUniqueCount == 0)
    #expect(near.syntheticShare == 1)
    #expect(near.replicatedUniqueCount == 300)
    #expect(near.repU == 100)
    #expect(near.copiesOfUniques == 300)
    #expect(near.uniqueInRealCount == 300)
    #expect(near.keySets == 5)
    // Real halves share no row on any key set (the id column is unique), synthetic rows match theirs.
    #expect(near.baselineShare == 0)
    #expect(near.syntheticHalfShare == 0.5)
    #expect(near.flagged)
  }

  @Test func rowsLikeFreshDrawsAreNotFlagged() throws {
    let all = try smallRandomTable(rows: 4000, seed: 9)
    let real = all.selecting(rows: Array(0..<2000)), synthetic = all.selecting(rows: Array(2000..<4000))
    var rng = RandomGenerator(seed: 1)
    let near = NearCopies.compute(real: real, synthetic: synthetic, columns: Array(0..<5), differing: 1, rng: &rng)
    #expect(near.syntheticShare > 0.9)
    #expect(!near.flagged, "\(near.syntheticHalfShare) vs \(near.baselineShare)")
  }

  /// The report's default privacy verdicts count the near-copies that a one-column change leaves,
  /// in English and Dutch; `--near-copies 0` counts identical rows only, as before.
  @Test func evaluateSaysAttentionForNearCopies() throws {
    var real = "id,a,b,c\n", synthetic = "id,a,b,c\n"
    for i in 0..<300 {
      real += "p\(i),\(i * 37 % 1000),\(i % 11),x\n"
      synthetic += "p\(i),\(i * 37 % 1000),\(i % 11),\(i % 3 == 0 ? "x" : "y")\n"
    }
    for (language, words) in [("en", ["Attention. Replicated uniques (repU): 33.33% of real records (100) are unique on all columns", "on all columns or on all but one 100.00% (300)", "Attention. Near-copies"]),
                              ("nl", ["Let op. Gerepliceerde unieke records (repU): 33,33% van de echte records (100)", "op alle kolommen of op alle op één na 100,00% (300)", "Let op. Bijna-kopieën"])] {
      let result = run(["evaluate", "r.csv", "s.csv", "--include", "id", "--include", "a", "--json", "m.json", "--lang", language], files: [("r.csv", real), ("s.csv", synthetic)])
      #expect(result.code == 0, "\(result.stderr)")
      for word in words { #expect(result.stdout.contains(word), "\(language): \(word)\n\(result.stdout)") }
    }
    let exact = run(["evaluate", "r.csv", "s.csv", "--include", "id", "--include", "a", "--json", "m.json", "--near-copies", "0"], files: [("r.csv", real), ("s.csv", synthetic)])
    #expect(exact.stdout.contains("unique on all columns and appear exactly once in the synthetic data. 0 is the target."))
    #expect(!exact.stdout.contains("Near-copies"))
    let json = exact.files.first { $0.0 == "m.json" }?.1 ?? ""
    #expect(json.contains("\"differing\": 0"))
    let bad = run(["evaluate", "r.csv", "s.csv", "--near-copies", "4"], files: [("r.csv", real), ("s.csv", synthetic)])
    #expect(bad.code == 2)
    #expect(bad.stderr.contains("option '--near-copies' allows at most 3 columns, not 4"))
  }
}

/// CART with copies kept reproduces people on all columns but one, and the summary says so; the
/// default repair leaves none, and the summary says that too.
@Test func cartNearCopiesGetAttentionUnlessRepaired() throws {
  var rng = RandomGenerator(seed: 5)
  var text = "age,city,sex,children,income\n"
  for _ in 0..<1200 {
    let age = 18 + rng.nextInt(below: 70)
    text += "\(age),c\(rng.nextInt(below: 12)),\(rng.nextInt(below: 2) == 0 ? "f" : "m"),\(rng.nextInt(below: 4)),\(1000 + 37 * age + 10 * rng.nextInt(below: 50))\n"
  }
  let kept = run(["synth", "d.csv", "-o", "o.csv", "--metrics", "m.json", "--unique-copies", "keep"], files: [("d.csv", text)])
  #expect(kept.code == 0, "\(kept.stderr)")
  #expect(kept.stdout.contains("Attention. Replicated uniques (repU): "), "\(kept.stdout)")
  #expect(kept.stdout.contains("copies of a real person: equal, on all columns or on all but one"))
  let repaired = run(["synth", "d.csv", "-o", "o.csv", "--metrics", "m.json"], files: [("d.csv", text)])
  #expect(repaired.stdout.contains("Good. Replicated uniques (repU): 0.00% of real records (0) are unique on all columns and appear exactly once in the synthetic data; on all columns or on all but one 0.00% (0)."), "\(repaired.stdout)")
  let json = repaired.files.first { $0.0 == "m.json" }?.1 ?? ""
  #expect(json.contains("\"copiesOfUniques\": 0"))
  #expect(json.contains("\"nearCopiesFlagged\": false"))
}
