import Foundation
import Testing

@testable import SynthCore

// The output must not depend on how the host schedules tasks. These hosts run every task on the
// test's thread, in orders no real host would (last first; odd ones first), and say they have 4
// threads, so the core takes its parallel paths; `localsynthTests` runs real threads.

private func reversed() -> Workers {
  Workers(count: 4) { tasks, _, body, finished in
    for i in (0..<tasks).reversed() {
      body(i)
      finished(i)
    }
  }
}

private func oddFirst() -> Workers {
  Workers(count: 4) { tasks, _, body, finished in
    for i in Array(stride(from: 1, to: tasks, by: 2)) + Array(stride(from: 0, to: tasks, by: 2)) {
      body(i)
      finished(i)
    }
  }
}

@Test func mapKeepsTaskOrderAndHearsEveryEnd() {
  var ends: [Double] = []
  let squares = reversed().map(5, done: { ends.append($0) }) { $0 * $0 }
  #expect(squares == [0, 1, 4, 9, 16])
  #expect(ends == [0.2, 0.4, 0.6, 0.8, 1.0])
  #expect(Workers.serial.map(0) { $0 }.isEmpty)
}

@Test func limitedKeepsAtLeastOneThread() {
  #expect(reversed().limited(to: 2).count == 2)
  #expect(reversed().limited(to: 16).count == 4)
  #expect(reversed().limited(to: nil).count == 4)
  #expect(Workers.serial.limited(to: 8).count == 1)
}

@Test(arguments: [
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--html", "o.html", "--metrics", "o.json"],
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--proper", "--copies", "2", "--no-report"],
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--strata", "occupation,gender", "--no-report"],
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--method", "gc", "--metrics", "o.json"],
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--tune", "--tune-budget", "5", "--metrics", "o.json"],
  ["evaluate", "d.csv", "d.csv", "--json", "o.json", "--cart-propensity"],
]) func outputDoesNotDependOnTheSchedule(arguments: [String]) throws {
  let bytes = try Data(contentsOf: sharedDatasets.appendingPathComponent("cps1985.csv"))
  let data = String(decoding: bytes, as: UTF8.self)
  let serial = run(arguments, files: [("d.csv", data)])
  #expect(serial.code == 0, "\(serial.stderr)")
  #expect(!serial.files.isEmpty)
  for workers in [reversed(), oddFirst()] {
    let other = run(arguments, files: [("d.csv", data)], workers: workers)
    #expect(other.code == serial.code)
    #expect(other.stdout == serial.stdout)
    #expect(other.files.map { $0.0 } == serial.files.map { $0.0 })
    for (a, b) in zip(serial.files, other.files) { #expect(a.1 == b.1, "\(arguments) \(a.0)") }
  }
}
