/// The spread of a run's measures over its m synthetic copies (`synth --copies m`, `evaluate REAL
/// S1 S2 ...`): each copy is a different draw, so one copy's privacy figures are one sample of
/// what the method does. Per measure: every copy's value, their mean, smallest and largest.
struct CopiesSummary {
  enum Measure: String, CaseIterable {
    case medianPairSPMSE
    case identicalShare
    case nearCopyShare
    case repU
    case nearCopyRepU
    case disco
    case closerToTraining
    case closeToRealShare
  }

  struct Row {
    var measure: Measure
    /// One per copy, in copy order; NaN where a copy has no value (no target, no holdout).
    var values: [Double]
    var finite: [Double] { values.filter { $0.isFinite } }
    var mean: Double { finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count) }
    var smallest: Double { finite.min() ?? .nan }
    var largest: Double { finite.max() ?? .nan }
    /// Larger is worse for every measure here; nil when every copy has the same value. Ties go to
    /// the first copy.
    var worstCopy: Int? {
      guard largest > smallest else { return nil }
      return values.indices.first { values[$0] == largest }
    }
  }

  var copies: Int
  var rows: [Row]

  init(_ evaluations: [Evaluation]) {
    copies = evaluations.count
    func value(_ e: Evaluation, _ m: Measure) -> Double {
      switch m {
      case .medianPairSPMSE: return e.medianPairSPMSE
      case .identicalShare: return e.identicalShare
      case .nearCopyShare: return e.nearCopies.differing > 0 ? e.nearCopies.syntheticShare : .nan
      case .repU: return e.identity.repU
      case .nearCopyRepU: return e.nearCopies.differing > 0 ? e.nearCopies.repU : .nan
      case .disco: return e.attribute.target == nil ? .nan : e.attribute.disco
      case .closerToTraining: return e.holdout?.shareCloserToTraining ?? .nan
      case .closeToRealShare: return e.distances.shareBelowBaselineP5
      }
    }
    rows = Measure.allCases.map { m in Row(measure: m, values: evaluations.map { value($0, m) }) }.filter { !$0.finite.isEmpty }
  }

  func row(_ m: Measure) -> Row? { rows.first { $0.measure == m } }

  /// Its members in the metrics JSON and the run summary.
  func writeFields(to j: inout JSONWriter) {
    j.field("copies", copies)
    for r in rows {
      j.key(r.measure.rawValue)
      j.beginObject()
      j.key("values")
      j.beginArray()
      for v in r.values { j.number(v) }
      j.endArray()
      j.field("mean", number: r.mean)
      j.field("min", number: r.smallest)
      j.field("max", number: r.largest)
      j.endObject()
    }
  }
}
