import Foundation
import Testing

@testable import SynthCore

// The spread over m synthetic copies: per copy, pooled in every report, the metrics and the summary.

@Suite struct CopiesSummaryTests {
  static let csv = csvText(try! sharedSample("cps1985", rows: 534))

  @Test func synthMeasuresEveryCopyAndShowsTheSpreadInEachReport() throws {
    let r = run(
      ["synth", "c.csv", "-o", "s.csv", "--copies", "3", "--holdout", "--seed", "2", "--summary", "r.json", "--metrics", "m.json", "--html", "h.html"],
      files: [("c.csv", Self.csv)])
    #expect(r.code == 0, "\(r.stderr)")
    let summary = try JSONSerialization.jsonObject(with: Data(try #require(r.files.first { $0.0 == "r.json" }?.1).utf8)) as! [String: Any]
    let spread = try #require(summary["spread"] as? [String: Any])
    #expect(spread["copies"] as? Int == 3)
    let closer = try #require(spread["closerToTraining"] as? [String: Any])
    let values = try #require(closer["values"] as? [Double])
    #expect(values.count == 3 && values.allSatisfy { $0 > 0 && $0 < 1 })
    #expect(abs((closer["mean"] as! Double) - values.reduce(0, +) / 3) < 1e-12)
    #expect(closer["min"] as? Double == values.min() && closer["max"] as? Double == values.max())
    // Each copy's own holdout figure is the one its metrics report.
    for k in 1...3 {
      let metrics = try JSONSerialization.jsonObject(with: Data(try #require(r.files.first { $0.0 == "m_\(k).json" }?.1).utf8)) as! [String: Any]
      #expect(((metrics["summary"] as? [String: Any]) != nil))
      let own = ((metrics["spread"] as! [String: Any])["closerToTraining"] as! [String: Any])["values"] as! [Double]
      #expect(own == values)
      let html = try #require(r.files.first { $0.0 == "h_\(k).html" }?.1)
      #expect(html.contains("This report describes copy \(k) of 3 synthetic copies"))
    }
    // One copy: no spread.
    let one = run(["synth", "c.csv", "-o", "s.csv", "--seed", "2", "--summary", "r.json", "--no-report"], files: [("c.csv", Self.csv)])
    #expect(!(one.files.first { $0.0 == "r.json" }?.1.contains("\"spread\"") ?? true))
  }

  @Test func evaluateMeasuresEveryFileAndSaysSo() throws {
    let copies = run(["synth", "c.csv", "-o", "s.csv", "--copies", "3", "--seed", "5", "--no-report"], files: [("c.csv", Self.csv)])
    let files = [("c.csv", Self.csv)] + copies.files.filter { $0.0.hasPrefix("s_") }
    let r = run(["evaluate", "c.csv", "s_1.csv", "s_2.csv", "s_3.csv", "--json", "e.json", "--lang", "nl"], files: files)
    #expect(r.code == 0, "\(r.stderr)")
    #expect(r.stdout.contains("het onderdeel 'Alle kopieën' geeft de spreiding van de maten over alle 3 bestanden"))
    let metrics = try JSONSerialization.jsonObject(with: Data(try #require(r.files.first { $0.0 == "e.json" }?.1).utf8)) as! [String: Any]
    let spread = try #require(metrics["spread"] as? [String: Any])
    let medians = try #require((spread["medianPairSPMSE"] as? [String: Any])?["values"] as? [Double])
    // The first file's median is the report's own; the others differ (different draws).
    #expect(medians.count == 3 && Set(medians).count == 3)
    #expect(abs(medians[0] - ((metrics["summary"] as! [String: Any])["medianPairSPMSE"] as! Double)) < 1e-12)
    #expect(spread["closerToTraining"] == nil)  // no holdout given
  }

  @Test func worstCopyNeedsASpread() {
    let flat = CopiesSummary.Row(measure: .repU, values: [0, 0, 0])
    #expect(flat.worstCopy == nil)
    let spread = CopiesSummary.Row(measure: .identicalShare, values: [0.1, .nan, 0.3, 0.3])
    #expect(spread.worstCopy == 2 && spread.mean == (0.1 + 0.3 + 0.3) / 3 && spread.smallest == 0.1)
  }
}
