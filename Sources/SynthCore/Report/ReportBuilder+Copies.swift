/// The section of a run with several synthetic copies: each measure in this copy and its spread
/// over all of them, so one lucky or unlucky draw is not taken for the method.
extension ReportBuilder {
  func copiesSection() -> ReportSection? {
    guard let summary = context.copies, summary.copies > 1 else { return nil }
    var blocks: [ReportBlock] = [
      .paragraph(w("This report describes copy \(context.copy + 1) of \(w.count(summary.copies)) synthetic copies, each drawn anew. The table gives its measures beside their mean, smallest and largest value over all copies; for every measure a larger value is worse. The metrics JSON lists every copy's value.")),
    ]
    let rows = summary.rows.map { r -> [ReportCell] in
      let this = context.copy < r.values.count ? r.values[context.copy] : .nan
      let worst = r.worstCopy.map { w.count($0 + 1) } ?? "–"
      return [ReportCell(measureName(r.measure)), ReportCell(copyValue(r.measure, this)), ReportCell(copyValue(r.measure, r.mean)),
              ReportCell(copyValue(r.measure, r.smallest)), ReportCell(copyValue(r.measure, r.largest)), ReportCell(worst)]
    }
    blocks.append(.table(ReportTable(
      header: [w("Measure"), w("This copy"), w("Mean"), w("Smallest"), w("Largest"), w("Largest in copy")],
      numeric: [false, true, true, true, true, true], rows: rows, widths: [3.2, 1.2, 1.2, 1.2, 1.2, 1.3])))
    if let closer = summary.row(.closerToTraining) {
      let over = closer.values.filter { $0 > Tuner.maxCloserShare }.count
      blocks.append(over == 0
        ? verdict(.good, w("Holdout test over all copies: between \(w.percent(closer.smallest)) and \(w.percent(closer.largest)) of synthetic rows are closer to the training half (mean \(w.percent(closer.mean))); no copy is above 55%."))
        : verdict(.warning, w("Holdout test over all copies: \(w.count(over)) of \(w.count(summary.copies)) copies put more than 55% of synthetic rows closer to the training half (from \(w.percent(closer.smallest)) to \(w.percent(closer.largest)), mean \(w.percent(closer.mean))).")))
    }
    return ReportSection(id: "copies", title: w("All copies"), blocks: blocks)
  }

  func measureName(_ m: CopiesSummary.Measure) -> String {
    switch m {
    case .medianPairSPMSE: return w("Median pair S_pMSE")
    case .identicalShare: return w("Identical rows")
    case .nearCopyShare: return w("Near-copies")
    case .repU: return "repU"
    case .nearCopyRepU: return w("repU with near-copies")
    case .disco: return "DiSCO"
    case .closerToTraining: return w("Closer to training")
    case .closeToRealShare: return w("Closer to a real row than real rows are to each other")
    }
  }

  /// Shares as percentages, repU and DiSCO in their percent units, S_pMSE as a value.
  func copyValue(_ m: CopiesSummary.Measure, _ v: Double) -> String {
    guard v.isFinite else { return "–" }
    switch m {
    case .medianPairSPMSE: return w.value(v)
    case .repU, .nearCopyRepU, .disco: return w.percentValue(v)
    case .identicalShare, .nearCopyShare: return w.percent(v, decimals: 2)
    case .closerToTraining, .closeToRealShare: return w.percent(v)
    }
  }
}
