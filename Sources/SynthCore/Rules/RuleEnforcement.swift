/// Makes every synthetic row keep the user's rules, after a copy is drawn and its unique copies
/// repaired (a repair exchanges values between rows, which could break a rule).
///
/// By construction where the rule says what a value is: computed columns are recomputed from the
/// row's synthetic inputs, and conditional values set where their condition holds. A combination
/// that no real row has keeps its longest real prefix (in visiting order) and takes the rest from a
/// synthetic row of the same leaf whose values complete a real combination, else from a real row
/// with that prefix: the values after the prefix were drawn given it, so only their joint draw
/// changes. A broken constraint re-draws the rule's last-visited column from rows of the same leaf
/// (the same conditional distribution), then from any row, taking of the values with which the row
/// keeps every rule the one nearest the value drawn. Rows still broken are counted in the notes and kept: nothing is dropped.
struct RuleEnforcement {
  let rules: [Rule]
  /// Partners tried per broken row, within its leaf and then among all rows.
  var leafTries = 32
  var anyTries = 256

  /// Checks before synthesis that every rule can be bound to the input and names only columns
  /// that are synthesised, and that computed columns do not depend on each other in a circle.
  static func check(_ rules: [Rule], _ table: Table) throws(SynthesisError) {
    for rule in rules {
      let bound: BoundRule
      do throws(RuleError) { bound = try BoundRule(rule, to: table) } catch { throw .rule(error) }
      for c in bound.columns where table.columns[c].schema.excluded {
        let schema = table.columns[c].schema
        throw .ruleColumnExcluded(rule: rule.text, column: schema.name, kind: schema.kind)
      }
    }
    var seen: [String] = []
    for name in Rule.computedColumns(rules) {
      if seen.contains(name) { throw .ruleTargetTwice(column: name) }
      seen.append(name)
    }
    _ = try computedOrder(rules)
  }

  /// Computed rules in an order where each comes after the computed columns it reads.
  static func computedOrder(_ rules: [Rule]) throws(SynthesisError) -> [Rule] {
    var pending = rules.filter { if case .computed = $0.form { return true } else { return false } }
    var order: [Rule] = []
    while !pending.isEmpty {
      let targets = pending.map { $0.target! }
      guard let next = pending.firstIndex(where: { r in !r.columnNames.dropFirst().contains { targets.contains($0) } }) else {
        throw .ruleCircle(columns: targets)
      }
      order.append(pending.remove(at: next))
    }
    return order
  }

  /// Keeps the rules in `table` (one synthetic copy); `real` is the table it was synthesised
  /// from; `leaves[c]` the leaf or group each row had when column `c` was drawn (empty when
  /// unknown); `visit` the columns in visiting order.
  func apply(
    to table: inout Table, real: Table, leaves: [[Int32]], visit: [Int], copy: Int?, notes: inout [SynthesisNote],
    rng: inout RandomGenerator
  ) throws(SynthesisError) {
    guard !rules.isEmpty else { return }
    var bound: [BoundRule] = []
    let ordered = try Self.computedOrder(rules) + rules.filter { r in if case .computed = r.form { return false } else { return true } }
    do throws(RuleError) {
      for rule in ordered { bound.append(try BoundRule(rule, to: table)) }
    } catch { throw .rule(error) }
    var rank = [Int](repeating: Int.max, count: table.columns.count)
    for (i, c) in visit.enumerated() where c < rank.count { rank[c] = i }
    // A computed column's inputs, so a rule on it re-draws one of them.
    var inputs = [[Int]?](repeating: nil, count: table.columns.count)
    for b in bound { if case .computed(let c, let f) = b.form { inputs[c] = f.slots } }

    // Combinations, in visiting order, with the real rows of each prefix.
    var combos: [(rule: Int, columns: [Int], real: RuleCombinations)] = []
    for (k, b) in bound.enumerated() {
      guard case .combinations(let list) = b.form else { continue }
      let ordered = list.sorted { (rank[$0], $0) < (rank[$1], $1) }
      let realColumns = ordered.map { real.column(named: table.columns[$0].schema.name)! }
      combos.append((k, ordered, RuleCombinations(real, columns: realColumns)))
    }
    // Combination rules that share a column are kept as one: their columns together take a real
    // combination, so completing one cannot break another.
    var groups: [[Int]] = []
    for combo in combos {
      var merged = combo.columns
      groups.removeAll { g in
        guard g.contains(where: { merged.contains($0) }) else { return false }
        merged += g.filter { !merged.contains($0) }
        return true
      }
      groups.append(merged)
    }
    let joint = groups.map { g -> (columns: [Int], real: RuleCombinations) in
      let ordered = g.sorted { (rank[$0], $0) < (rank[$1], $1) }
      return (ordered, RuleCombinations(real, columns: ordered.map { real.column(named: table.columns[$0].schema.name)! }))
    }
    func keepsAll(_ row: Int) -> Bool {
      for group in joint where !group.real.contains(table, columns: group.columns, row: row) { return false }
      for b in bound {
        if case .combinations = b.form { continue }
        if !b.holds(row, in: table) { return false }
      }
      return true
    }
    // Sets what the rules say a row's values are.
    func settle(_ row: Int) {
      for b in bound {
        switch b.form {
        case .computed(let c, let f):
          _ = RuleEvaluator.set(&table, column: c, row: row, RuleEvaluator.value(f, row: row, in: table))
        case .conditional(let cond, let c, let v):
          guard RuleEvaluator.value(cond, row: row, in: table) == .logical(true) else { continue }
          _ = RuleEvaluator.set(&table, column: c, row: row, v.map { RuleEvaluator.value($0, row: row, in: table) } ?? .missing)
        default: continue
        }
      }
    }
    // Rows that broke each rule as drawn; combinations and constraints counted once the rows
    // carry their computed and conditional values, which they are checked with.
    var before = [Int](repeating: 0, count: bound.count)
    for row in 0..<table.rowCount {
      for (k, b) in bound.enumerated() where b.target != nil && !b.holds(row, in: table) { before[k] += 1 }
      settle(row)
    }
    for row in 0..<table.rowCount {
      for (k, b) in bound.enumerated() where b.target == nil {
        if case .combinations = b.form {
          let combo = combos.first { $0.rule == k }!
          if !combo.real.contains(table, columns: combo.columns, row: row) { before[k] += 1 }
        } else if !b.holds(row, in: table) {
          before[k] += 1
        }
      }
    }

    var leafIndex = [LeafMembers?](repeating: nil, count: table.columns.count)
    var indexed = [Bool](repeating: false, count: table.columns.count)
    func leafMembers(_ c: Int) -> LeafMembers? {
      if !indexed[c] { (leafIndex[c], indexed[c]) = (LeafMembers(c < leaves.count ? leaves[c] : [], rows: table.rowCount), true) }
      return leafIndex[c]
    }

    // Combinations: keep the real prefix, complete it from a leaf partner or a real row.
    for combo in joint {
      for row in 0..<table.rowCount where !combo.real.contains(table, columns: combo.columns, row: row) {
        let key = combo.real.key(table, columns: combo.columns, row: row)
        var prefix = combo.columns.count - 1
        while prefix > 0 && combo.real.prefixes[prefix - 1][Array(key[0..<prefix])] == nil { prefix -= 1 }
        let suffix = Array(combo.columns[prefix...])
        let saved = suffix.map { Self.cell(table, $0, row) }
        var done = false
        let first = suffix[0]
        // Only the last column wrong: the real values given the prefix are its conditional
        // distribution exactly, so no partner is looked for.
        if suffix.count > 1, let members = leafMembers(first) {
          let last = combo.columns.count - 1
          for partner in members.partners(of: row, most: leafTries, rng: &rng) {
            // Only a partner whose values complete a real combination is worth trying.
            let completed = Array(key[0..<prefix]) + Array(combo.real.key(table, columns: combo.columns, row: partner)[prefix...])
            guard combo.real.prefixes[last][completed] != nil else { continue }
            for c in suffix { Self.copyCell(from: table, c, partner, to: &table, c, row) }
            settle(row)
            if keepsAll(row) { done = true; break }
          }
        }
        if !done {
          let realRows = prefix == 0 ? nil : combo.real.prefixes[prefix - 1][Array(key[0..<prefix])]
          let pick = realRows.map { Int($0[rng.nextInt(below: $0.count)]) } ?? rng.nextInt(below: max(real.rowCount, 1))
          for (k, c) in suffix.enumerated() where real.rowCount > 0 {
            Self.copyCell(from: real, combo.real.realColumns[prefix + k], pick, to: &table, c, row)
          }
          settle(row)
          done = keepsAll(row) || combo.real.contains(table, columns: combo.columns, row: row)
        }
        if !done { for (k, c) in suffix.enumerated() { Self.restore(&table, c, row, saved[k]) } ; settle(row) }
      }
    }

    // Constraints: re-draw the last-visited column the rule reads, within its leaf first.
    for b in bound {
      guard case .constraint = b.form else { continue }
      var free: [Int] = [], pending = b.columns, seen: [Int] = []
      while let c = pending.popLast() {
        guard !seen.contains(c) else { continue }
        seen.append(c)
        if let list = inputs[c] { pending += list } else { free.append(c) }
      }
      guard let column = free.max(by: { (rank[$0], $0) < (rank[$1], $1) }) else { continue }
      let members = leafMembers(column)
      let numeric = !table.columns[column].usesLevels
      for row in 0..<table.rowCount where !b.holds(row, in: table) {
        let saved = Self.cell(table, column, row)
        // Of the partners whose value keeps every rule, the one nearest the value drawn: the
        // smallest change, so the row's other relations (dew point and humidity) stay as drawn.
        var best: (partner: Int, distance: Double)? = nil
        func consider(_ partner: Int) {
          Self.copyCell(from: table, column, partner, to: &table, column, row)
          settle(row)
          guard keepsAll(row) else { return }
          let distance = numeric && !table.columns[column].isMissing(row) ? abs(table.columns[column].numbers[row] - saved.number) : 0
          if best == nil || distance < best!.distance { best = (partner, distance) }
        }
        if let members {
          for partner in members.partners(of: row, most: leafTries, rng: &rng) { consider(partner) }
        }
        if best == nil {
          var start = rng.nextInt(below: table.rowCount)
          for _ in 0..<min(anyTries, table.rowCount) {
            start = (start + 1) % table.rowCount
            consider(start)
          }
        }
        if let best {
          Self.copyCell(from: table, column, best.partner, to: &table, column, row)
        } else {
          Self.restore(&table, column, row, saved)
        }
        settle(row)
      }
    }

    for (k, b) in bound.enumerated() {
      var left = 0
      for row in 0..<table.rowCount {
        if case .combinations = b.form {
          let combo = combos.first { $0.rule == k }!
          if !combo.real.contains(table, columns: combo.columns, row: row) { left += 1 }
        } else if !b.holds(row, in: table) {
          left += 1
        }
      }
      notes.append(.ruleKept(rule: b.rule.text, copy: copy, changed: max(before[k] - left, 0), left: left, of: table.rowCount))
    }
  }

  // MARK: Cells

  /// A cell's stored parts, to put back when no re-draw keeps the rules.
  private struct Cell { var number: Double; var code: Int32; var missing: UInt16 }

  private static func cell(_ t: Table, _ c: Int, _ row: Int) -> Cell {
    let col = t.columns[c]
    return Cell(
      number: col.numbers.isEmpty ? 0 : col.numbers[row], code: col.codes.isEmpty ? 0 : col.codes[row],
      missing: col.missing.isEmpty ? 0 : col.missing[row])
  }

  private static func restore(_ t: inout Table, _ c: Int, _ row: Int, _ cell: Cell) {
    if !t.columns[c].numbers.isEmpty { t.columns[c].numbers[row] = cell.number }
    if !t.columns[c].codes.isEmpty { t.columns[c].codes[row] = cell.code }
    if !t.columns[c].missing.isEmpty { t.columns[c].missing[row] = cell.missing }
  }

  /// Copies a cell between tables of the same column (a level by its text, a missing value by its code).
  static func copyCell(from source: Table, _ sc: Int, _ sr: Int, to target: inout Table, _ tc: Int, _ tr: Int) {
    let from = source.columns[sc]
    if from.isMissing(sr) {
      let code = from.missing[sr]
      if target.columns[tc].missing.isEmpty { target.columns[tc].missing = [UInt16](repeating: 0, count: target.rowCount) }
      if Int(code) <= target.columns[tc].schema.missingCodes.count { target.columns[tc].missing[tr] = code; return }
      _ = RuleEvaluator.set(&target, column: tc, row: tr, .missing)
      return
    }
    _ = RuleEvaluator.set(&target, column: tc, row: tr, RuleEvaluator.cell(from, row: sr))
    if !from.usesLevels, !from.numbers.isEmpty { target.columns[tc].numbers[tr] = from.numbers[sr] }
  }
}

/// The rows of each leaf, so a broken row finds its partners without a pass over the table.
struct LeafMembers {
  private let groups: [Int32]
  /// Rows sorted by leaf, then row.
  private let sorted: [Int32]
  /// Each leaf's first position in `sorted` and its size.
  private let ranges: [Int32: (start: Int, count: Int)]

  /// nil when the groups do not cover every row (a column drawn without leaves).
  init?(_ groups: [Int32], rows: Int) {
    guard groups.count == rows, rows > 0 else { return nil }
    self.groups = groups
    var order = (0..<rows).map { Int32($0) }
    order.sort { (groups[Int($0)], $0) < (groups[Int($1)], $1) }
    sorted = order
    var ranges: [Int32: (start: Int, count: Int)] = [:]
    var i = 0
    while i < rows {
      let leaf = groups[Int(order[i])]
      var j = i
      while j < rows && groups[Int(order[j])] == leaf { j += 1 }
      ranges[leaf] = (i, j - i)
      i = j
    }
    self.ranges = ranges
  }

  /// Up to `most` other rows of `row`'s leaf, from a random start, in a fixed cycle.
  func partners(of row: Int, most: Int, rng: inout RandomGenerator) -> [Int] {
    guard let range = ranges[groups[row]], range.count > 1 else { return [] }
    let start = rng.nextInt(below: range.count)
    var out: [Int] = []
    for k in 0..<min(range.count, most + 1) {
      let other = Int(sorted[range.start + (start + k) % range.count])
      if other != row && out.count < most { out.append(other) }
    }
    return out
  }
}
