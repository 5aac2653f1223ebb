/// The section of `--tune`: how the settings were chosen, the last round's trials as a table and
/// as a chart of utility against privacy.
extension ReportBuilder {
  func tuningSection() -> ReportSection? {
    guard let search = context.tuning else { return nil }
    var blocks: [ReportBlock] = [
      .paragraph(w("The settings were chosen by --tune: each candidate synthesised from a random half of the real rows (\(w.count(search.trainingRows)) rows) and was compared with that half for utility (the median and the 90th percentile of the pair S_pMSE, scored by their geometric mean) and with the other half for privacy. Every candidate ran on a small sample first; the best third of each round, and the best of each method, visit order and strata choice, went on with three times the rows (successive halving); the finalists were then synthesised from all rows, so that their utility is the one this report measures. The defaults are replaced only by settings that keep the privacy bounds: at most 55% of synthetic rows closer to the training half than to the other half (DUO's holdout test), no more rows identical to a real row than the other half has, and no copies of rows unique in the training half. When the defaults keep them too, the replacement needs a lower median and a lower score; when they do not, the choice is the best score among settings with a median no worse than the defaults', else the lowest median.")),
    ]
    blocks.append(tuningVerdict(search))
    let last = search.finalTrials
    guard !last.isEmpty else { return ReportSection(id: "tuning", title: w("Automatic tuning"), blocks: blocks) }
    let rows = last.map { t -> [ReportCell] in
      var role = t.candidate == search.chosen ? (t.candidate == 0 ? w("chosen (defaults)") : w("chosen")) : t.candidate == 0 ? w("defaults") : ""
      let broken = brokenBoundNames(t)
      if !broken.isEmpty { role += (role.isEmpty ? "" : "; ") + w("over the bound of \(broken.joined(separator: ", "))") }
      return [
        ReportCell(tunedSettingsText(search, t.candidate)),
        sPMSECell(t.medianPair), sPMSECell(t.p90Pair), ReportCell(w.value(t.score)),
        ReportCell(w.percent(t.closerShare), fill: t.closerWithinBound ? nil : cellColor(50)), ReportCell(role),
      ]
    }
    if let all = last[0].confirmedRows {
      blocks.append(.paragraph(w("The finalists: utility measured on a synthesis of all \(w.count(all)) rows, privacy in the round before on \(w.count(last[0].rows)) training rows; the chosen first, then the best; the file's metrics JSON lists every trial.")))
    } else {
      blocks.append(.paragraph(w("The last round: \(w.count(last.count)) candidates on \(w.count(last[0].rows)) training rows, the chosen first, then the best; the file's metrics JSON lists every trial.")))
    }
    blocks.append(.table(ReportTable(
      header: [w("Settings"), w("Median pair S_pMSE"), w("90th percentile"), w("Score"), w("Closer to training"), w("Choice")],
      numeric: [false, true, true, true, true, false],
      rows: rows, widths: [4, 1.3, 1.3, 1, 1.3, 1.9])))
    let points = last.map { t in
      ScatterChart.Point(
        x: t.closerShare, y: t.score, highlighted: t.candidate == search.chosen, muted: !t.admissible,
        label: t.candidate == search.chosen ? w("chosen") : nil)
    }
    blocks.append(.chart(.scatter(ScatterChart(
      title: w("Tuning: utility against privacy"), xLabel: w("Synthetic rows closer to the training half"),
      yLabel: w("Score (lower is better)"), points: points, xBound: (Tuner.maxCloserShare, w("bound 55%")), xPercent: true,
      note: w("One point per candidate of the last round (grey: over a privacy bound); score: geometric mean of median and 90th percentile.")))))
    return ReportSection(id: "tuning", title: w("Automatic tuning"), blocks: blocks)
  }

  func tuningVerdict(_ search: TuningSearch) -> ReportBlock {
    let settings = tunedSettingsText(search, search.chosen)
    switch search.stop {
    case .tooSmall:
      return verdict(.info, w("Tuning needs at least 100 rows and two columns; the default settings were used."))
    case .budgetTooSmall:
      return verdict(.info, w("The budget of \(w.count(search.budgetSeconds)) s did not cover a first round of \(w.count(search.candidates.count)) candidates; the default settings were used. A larger --tune-budget tries them."))
    case .finished, .budget:
      break
    }
    let last = search.finalTrials
    guard let chosen = last.first(where: { $0.candidate == search.chosen }), let base = last.first(where: { $0.candidate == 0 }) else {
      return verdict(.info, w("Tuning kept the default settings."))
    }
    var text: String
    let level: ReportVerdict.Level
    if search.chosen == 0 {
      if chosen.admissible {
        level = .good
        text = w("Tuning kept the default settings: no candidate did better within the privacy bounds (score \(w.value(chosen.score)), \(w.percent(chosen.closerShare)) of synthetic rows closer to the training half).")
      } else {
        level = .warning
        text = w("Tuning kept the default settings, but they break a privacy bound (\(brokenBounds(chosen).joined(separator: "; "))) and no candidate came closer. Consider larger leaves (--minbucket), coarser columns or fewer columns.")
      }
    } else if chosen.admissible {
      level = .good
      text = base.admissible
        ? w("Tuning chose \(settings): score \(w.value(chosen.score)) against \(w.value(base.score)) for the defaults, median pair S_pMSE \(w.value(chosen.medianPair)) against \(w.value(base.medianPair)), within the privacy bounds.")
        : w("The default settings break a privacy bound: \(brokenBounds(base).joined(separator: "; ")). Tuning chose \(settings), which keeps every bound (median pair S_pMSE \(w.value(chosen.medianPair)) against \(w.value(base.medianPair)) for the defaults, score \(w.value(chosen.score)) against \(w.value(base.score))).")
    } else {
      level = .warning
      text = w("No setting tried kept every privacy bound; tuning chose the one closest to them, \(settings): \(brokenBounds(chosen).joined(separator: "; ")) (the defaults: \(brokenBounds(base).joined(separator: "; "))). Consider larger leaves (--minbucket), coarser columns or fewer columns.")
    }
    if search.stop == .budget {
      text += " " + w("The budget of \(w.count(search.budgetSeconds)) s ended the search at \(w.count(chosen.rows)) of \(w.count(search.trainingRows)) training rows; a larger --tune-budget looks further.")
    }
    return verdict(level, text)
  }

  /// A tuned setting's value as its flag takes it: "20", "1e-08", "auto".
  func tunedValue(_ setting: SynthesisSetting, _ search: TuningSearch, _ candidate: Int) -> String {
    switch setting.get(search.candidates[candidate].applied(to: search.base)) {
    case .string(let s): return s
    case .number(let n):
      return n == n.rounded() && abs(n) < 1e9 ? w.count(n.integer(clampedTo: Int.min ... Int.max)) : NumberFormatting.format(n, style: .shortest, decimalComma: w.dutch)
    case .array(let items): return items.compactMap { $0.stringValue }.joined(separator: ", ")
    default: return ""
    }
  }

  /// "minbucket 20, cp 1e-08, smoothing auto, visit auto": the tuned settings by their file keys.
  func tunedSettingsText(_ search: TuningSearch, _ candidate: Int) -> String {
    search.keys(candidate).compactMap { key -> String? in
      guard let setting = SynthesisSetting.named(key) else { return nil }
      return "\(key) \(tunedValue(setting, search, candidate))"
    }.joined(separator: ", ")
  }

  /// The bounds a trial breaks, by name, for the table.
  func brokenBoundNames(_ t: TuningTrial) -> [String] {
    var names: [String] = []
    if !t.closerWithinBound { names.append(w("closer to training")) }
    if !t.identicalWithinBaseline { names.append(w("identical rows")) }
    if t.replicatedUniques > 0 { names.append(w("unique copies")) }
    return names
  }

  /// The bounds a trial breaks, with its figures, for the verdict.
  func brokenBounds(_ t: TuningTrial) -> [String] {
    var parts: [String] = []
    if !t.closerWithinBound { parts.append(w("\(w.percent(t.closerShare)) of synthetic rows closer to the training half (at most 55%)")) }
    if !t.identicalWithinBaseline {
      parts.append(w("\(w.percent(t.identicalShare, decimals: 2)) of synthetic rows identical to a training row (the other half: \(w.percent(t.identicalBaseline, decimals: 2)))"))
    }
    if t.replicatedUniques > 0 { parts.append(w("\(w.count(t.replicatedUniques)) copies of rows unique in the training half")) }
    return parts
  }
}
