import Testing

@testable import SynthCore

final class ProgressLog {
  var calls: [(String, Double)] = []
}

@Test func reporterPassesOnAtMostOncePerPercent() {
  let log = ProgressLog()
  var reporter = ProgressReporter { log.calls.append(($0, $1)) }
  for i in 0...100_000 { reporter.report("reading", Double(i) / 100_000) }
  reporter.report("typing", 0)
  reporter.report("typing", 0)
  #expect(log.calls.count == 102)
  #expect(log.calls.first! == ("reading", 0))
  #expect(log.calls[100] == ("reading", 1))
  #expect(log.calls.last! == ("typing", 0))
}

@Test func readingATableReportsBothStagesFromZeroToOne() throws {
  let log = ProgressLog()
  var csv = "a,b\n"
  for i in 0..<5_000 { csv += "\(i),x\(i % 7)\n" }
  let bytes = Array(csv.utf8)
  try bytes.withUnsafeBufferPointer { buffer in
    _ = try Table.read(buffer, file: "t.csv", options: TableOptions()) { log.calls.append(($0, $1)) }
  }
  let reading = log.calls.filter { $0.0 == "reading" }.map { $0.1 }
  #expect(reading.first == 0 && reading.last == 1 && reading.count > 50)
  #expect(log.calls.filter { $0.0 == "typing" }.map { $0.1 } == [0, 0.5, 1])
}
