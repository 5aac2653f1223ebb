/// The rules section: each rule of `--rule` with the share of real and synthetic rows that keep it.
extension ReportBuilder {
  func rulesSection() -> ReportSection? {
    let checks = evaluation.rules
    guard !checks.isEmpty else { return nil }
    var blocks: [ReportBlock] = [
      .paragraph(w("The rules every row should keep (--rule): for each, the share of real and of synthetic rows that keep it. A row whose values for a rule are missing counts as keeping it; a combination is kept when some real row has it.")),
    ]
    if let v = rulesVerdict() { blocks.append(v) }
    let rows = checks.map { c -> [ReportCell] in
      // One real person breaking a rule stays unnamed: a publication report rounds a rare count away.
      let realBroken = c.realRows - c.realKept
      let real = isRare(realBroken) ? w("all but fewer than \(w.count(minimumCount)) rows") : w.percent(c.realShare)
      let level: ReportVerdict.Level = c.keptAsReal ? .good : .warning
      return [ReportCell(c.rule), ReportCell(real), ReportCell(w.percent(c.syntheticShare), fill: c.keptAsReal ? nil : cellColor(50)), ReportCell(label(level))]
    }
    blocks.append(.table(ReportTable(
      header: [w("Rule"), w("Real rows keeping it"), w("Synthetic rows keeping it"), w("Verdict")], numeric: [false, true, true, false],
      rows: rows, widths: [5, 2, 2, 1.5])))
    return ReportSection(id: "rules", title: w("Rules"), blocks: blocks)
  }

  /// Whether the synthetic rows keep the rules as well as the real ones; also in the summary.
  func rulesVerdict() -> ReportBlock? {
    let checks = evaluation.rules
    guard !checks.isEmpty else { return nil }
    let broken = checks.filter { !$0.keptAsReal }
    guard !broken.isEmpty else { return verdict(.good, w("Rules: the synthetic rows keep every rule at least as often as the real rows.")) }
    let names = UTF8Text.quotedList(broken.map { $0.rule })
    return verdict(.warning, w("Rules: the synthetic rows keep \(names) less often than the real rows, so a domain expert may find rows that cannot exist."))
  }
}
