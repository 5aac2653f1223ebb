/// The section of `--tune`: how the settings were chosen, the last round's trials as a table and
/// as a chart of utility against privacy.
extension ReportBuilder {
  func tuningSection() -> ReportSection? {
    guard let search = context.tuning else { return nil }
    var blocks: [ReportBlock] = [
      .paragraph(w("The settings were chosen by --tune: each candidate synthesised from a random half of the real rows (\(w.count(search.trainingRows)) rows) and was compared with that half for utility (the median and the 90th percentile of the pair S_pMSE, scored by their geometric mean) and with the other half for privacy. Every candidate ran on a small sample first; the best third of each round went on with three times the rows (successive halving). The defaults are replaced only by settings with a lower median and a lower score that keep the privacy bounds: at most 55% of synthetic rows closer to the training half than to the other half (DUO's holdout test), no more rows identical to a real row than the other half has, and no copies of rows unique in the training half.")),
    ]
    blocks.append(tuningVerdict(search))
    let last = search.finalTrials
    guard !last.isEmpty else { return ReportSection(id: "tuning", title: w("Automatic tuning"), blocks: blocks) }
    let keys = Tuner.tunedKeys(search.base.method)
    let settings = keys.compactMap { SynthesisSetting.named($0) }
    func token(_ setting: SynthesisSetting, _ candidate: Int) -> String {
      switch setting.get(search.candidates[candidate].applied(to: search.base)) {
      case .string(let s): return s
      case .number(let n): return NumberFormatting.format(n, style: .shortest, decimalComma: w.dutch)
      case .array(let items): return items.compactMap { $0.stringValue }.joined(separator: ", ")
      default: return ""
      }
    }
    let rows = last.map { t -> [ReportCell] in
      let role = t.candidate == search.chosen ? (t.candidate == 0 ? w("chosen (defaults)") : w("chosen"))
        : t.candidate == 0 ? w("defaults") : t.admissible ? "" : w("over a privacy bound")
      return settings.map { ReportCell(token($0, t.candidate)) } + [
        sPMSECell(t.medianPair), sPMSECell(t.p90Pair), ReportCell(w.percent(t.closerShare), fill: t.closerWithinBound ? nil : cellColor(50)),
        ReportCell(role),
      ]
    }
    blocks.append(.paragraph(w("The last round: \(w.count(last.count)) candidates on \(w.count(last[0].rows)) training rows, best first; the file's metrics JSON lists every trial.")))
    blocks.append(.table(ReportTable(
      header: keys + [w("Median pair S_pMSE"), w("90th percentile"), w("Closer to training"), w("Choice")],
      numeric: settings.map { _ in false } + [true, true, true, false],
      rows: rows, widths: settings.map { _ in 1.2 } + [1.4, 1.4, 1.4, 1.6])))
    let points = last.map { t in
      ScatterChart.Point(x: t.closerShare, y: t.score, highlighted: t.candidate == search.chosen, label: t.candidate == search.chosen ? w("chosen") : nil)
    }
    blocks.append(.chart(.scatter(ScatterChart(
      title: w("Tuning: utility against privacy"), xLabel: w("Synthetic rows closer to the training half"),
      yLabel: w("Score (lower is better)"), points: points, xBound: (Tuner.maxCloserShare, w("bound 55%")), xPercent: true,
      note: w("One point per candidate of the last round; the score is the geometric mean of the median and the 90th percentile pair S_pMSE.")))))
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
        text = w("Tuning kept the default settings, but they do not keep every privacy bound (\(w.percent(chosen.closerShare)) of synthetic rows closer to the training half) and no candidate came closer. Consider larger leaves (--minbucket), coarser columns or fewer columns.")
      }
    } else if chosen.admissible {
      level = .good
      text = base.admissible
        ? w("Tuning chose \(settings): score \(w.value(chosen.score)) against \(w.value(base.score)) for the defaults, median pair S_pMSE \(w.value(chosen.medianPair)) against \(w.value(base.medianPair)), within the privacy bounds.")
        : w("The default settings put \(w.percent(base.closerShare)) of synthetic rows closer to the training half than to the other half (the bound is 55%); tuning chose \(settings), which put \(w.percent(chosen.closerShare)) there (score \(w.value(chosen.score)) against \(w.value(base.score))).")
    } else {
      level = .warning
      text = w("No setting tried kept every privacy bound; tuning chose the one closest to them, \(settings), with \(w.percent(chosen.closerShare)) of synthetic rows closer to the training half (the defaults \(w.percent(base.closerShare))). Consider larger leaves (--minbucket), coarser columns or fewer columns.")
    }
    if search.stop == .budget {
      text += " " + w("The budget of \(w.count(search.budgetSeconds)) s ended the search at \(w.count(chosen.rows)) of \(w.count(search.trainingRows)) training rows; a larger --tune-budget looks further.")
    }
    return verdict(level, text)
  }

  /// "minbucket 20, cp 1e-08, smoothing auto, visit auto": the tuned settings by their file keys.
  func tunedSettingsText(_ search: TuningSearch, _ candidate: Int) -> String {
    let config = search.candidates[candidate].applied(to: search.base)
    return Tuner.tunedKeys(search.base.method).compactMap { key -> String? in
      guard let value = SynthesisSetting.named(key)?.get(config) else { return nil }
      switch value {
      case .string(let s): return "\(key) \(s)"
      case .number(let n): return "\(key) \(NumberFormatting.format(n, style: .shortest, decimalComma: w.dutch))"
      case .array(let items): return "\(key) \(items.compactMap { $0.stringValue }.joined(separator: ", "))"
      default: return nil
      }
    }.joined(separator: ", ")
  }
}
