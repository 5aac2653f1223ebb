/// synthpop's `syn.strata` for CART: the rows are split by every combination of the strata
/// columns' values (a missing value is a value), and each stratum is synthesised on its own with
/// the same settings, so no relation crosses a stratum and each keeps its real size exactly.
///
/// Strata are taken in the order of their value codes, each with its own seed drawn from the
/// `strata` stream, so the output does not depend on the order of the rows. With `--rows N` the
/// synthetic rows are shared out in proportion to the strata's real sizes (largest remainders,
/// ties to the earlier stratum). A real row unique in the table is unique in its stratum, so each
/// stratum's unique-copy repair finds the copies of it; a near-copy that differs from a person
/// in a strata column itself (a row of another stratum) is not repaired, but the report counts it.
struct StratifiedSynthesis {
  let config: SynthesisConfig
  let names: [String]

  func run(_ input: Table, progress: @escaping ProgressHandler) throws(SynthesisError) -> SynthesisResult {
    var columns: [Int] = []
    for name in names {
      guard let c = input.column(named: name) else { throw .unknownColumn(option: "--strata", name: name, known: input.columnNames) }
      let kind = input.columns[c].schema.kind
      guard input.columns[c].usesLevels || kind == .boolean || kind == .empty else {
        throw .strataNumeric(column: name, kind: kind)
      }
      if !columns.contains(c) { columns.append(c) }
    }
    guard !columns.isEmpty else { throw .strataEmpty }
    let strata = Self.strata(input, columns: columns)
    let total = config.rows ?? input.rowCount
    let sizes = Self.share(total, over: strata.map { $0.count })
    var seeds = RandomGenerator(seed: config.seed, stream: .strata)
    let stratumSeeds = strata.map { _ in seeds.next() }
    // Strata are independent syntheses: with many, each is a task for the host's threads (and
    // fits its trees on one); with few, they run in turn and each fits its trees at once.
    let outer = strata.count >= 2 * config.workers.count && config.workers.count > 1 ? config.workers : Workers.serial
    let serial = outer.count == 1
    var offsets: [Double] = []
    var done = 0
    for rows in strata {
      offsets.append(Double(done) / Double(max(input.rowCount, 1)))
      done += rows.count
    }
    let outcomes = outer.map(strata.count, done: { f in if !serial { progress("synthesising", f) } }) { k -> Result<SynthesisResult, SynthesisError> in
      var stratumConfig = config
      stratumConfig.seed = stratumSeeds[k]
      stratumConfig.rows = sizes[k]
      stratumConfig.strata = .none
      if !serial { stratumConfig.workers = .serial }
      let offset = offsets[k], width = Double(strata[k].count) / Double(max(input.rowCount, 1))
      do throws(SynthesisError) {
        return .success(try SequentialSynthesizer(config: stratumConfig).run(input.selecting(rows: strata[k])) { stage, f in
          if serial { progress(stage, offset + width * f) }
        })
      } catch {
        return .failure(error)
      }
    }
    var parts: [SynthesisResult] = []
    var notes: [SynthesisNote] = []
    for outcome in outcomes {
      let part = try outcome.get()
      for note in part.notes { Self.merge(note, into: &notes) }
      parts.append(part)
    }
    notes.insert(.cartStrata(count: strata.count, columns: columns.map { input.columns[$0].schema.name }, minimumRows: strata.map { $0.count }.min() ?? 0), at: 0)
    var output = parts[0]
    output.copies = (0..<config.copies).map { copy in Table.concatenating(parts.map { $0.copies[copy] }) }
    output.notes = notes
    output.drawnFromReal = parts[0].drawnFromReal.filter { name in parts.allSatisfy { $0.drawnFromReal.contains(name) } }
    return output
  }

  /// Adds a stratum's note: counts of the same kind add up, other notes are said once.
  static func merge(_ note: SynthesisNote, into notes: inout [SynthesisNote]) {
    for (i, old) in notes.enumerated() {
      switch (old, note) {
      case (.uniqueCopiesChanged(let c, let r, let p, let d, let a), .uniqueCopiesChanged(let c2, let r2, let p2, let d2, let a2)) where c == c2 && p == p2 && d == d2:
        notes[i] = .uniqueCopiesChanged(copy: c, rows: r + r2, partner: p, differing: d, anyRow: a + a2)
        return
      case (.uniqueCopiesKept(let c, let r, let o, let d), .uniqueCopiesKept(let c2, let r2, let o2, let d2)) where c == c2 && d == d2:
        notes[i] = .uniqueCopiesKept(copy: c, rows: r + r2, of: o + o2, differing: d)
        return
      case (.ruleKept(let rule, let c, let ch, let l, let o), .ruleKept(let rule2, let c2, let ch2, let l2, let o2)) where rule == rule2 && c == c2:
        notes[i] = .ruleKept(rule: rule, copy: c, changed: ch + ch2, left: l + l2, of: o + o2)
        return
      case (.uniqueCopiesLeft(let c, let r, let o, let d), .uniqueCopiesLeft(let c2, let r2, let o2, let d2)) where c == c2 && d == d2:
        notes[i] = .uniqueCopiesLeft(copy: c, rows: r + r2, of: o + o2, differing: d)
        return
      default:
        if old == note { return }
      }
    }
    notes.append(note)
  }

  /// The real rows of each stratum, strata ordered by their values' codes.
  static func strata(_ table: Table, columns: [Int]) -> [[Int]] {
    func key(_ row: Int) -> [Int64] {
      columns.map { c in
        let column = table.columns[c]
        if column.isMissing(row) { return -1 - Int64(column.missing[row]) }
        if column.usesLevels { return Int64(column.codes[row]) }
        return column.numbers.isEmpty ? 0 : (column.numbers[row] != 0 ? 1 : 0)
      }
    }
    let keys = (0..<table.rowCount).map(key)
    let order = (0..<table.rowCount).sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) || (keys[$0] == keys[$1] && $0 < $1) }
    var strata: [[Int]] = []
    for (i, row) in order.enumerated() {
      if i == 0 || keys[row] != keys[order[i - 1]] { strata.append([]) }
      strata[strata.count - 1].append(row)
    }
    // Each stratum's rows in file order.
    return strata.map { $0.sorted() }
  }

  /// `total` shared in proportion to `sizes` by largest remainders (ties to the earlier one).
  static func share(_ total: Int, over sizes: [Int]) -> [Int] {
    let all = Int64(sizes.reduce(0, +))
    guard all > 0 else { return sizes.map { _ in 0 } }
    var shares = sizes.map { Int(Int64(total) * Int64($0) / all) }
    let remainders = sizes.map { Int64(total) * Int64($0) % all }
    var left = total - shares.reduce(0, +)
    for k in sizes.indices.sorted(by: { remainders[$0] > remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1) }) where left > 0 {
      shares[k] += 1
      left -= 1
    }
    return shares
  }
}
