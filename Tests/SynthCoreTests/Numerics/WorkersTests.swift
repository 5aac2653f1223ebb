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
  let data = try cps1985()
  let serial = run(arguments, files: [("d.csv", data)])
  #expect(serial.code == 0, "\(serial.stderr)")
  #expect(!serial.files.isEmpty)
  for workers in [reversed(), oddFirst()] {
    expectSame(run(arguments, files: [("d.csv", data)], workers: workers), as: serial, "\(arguments)")
  }
}

private func cps1985() throws -> String {
  String(decoding: try Data(contentsOf: sharedDatasets.appendingPathComponent("cps1985.csv")), as: UTF8.self)
}

/// The same exit code, printed text, file names and bytes as the serial run.
private func expectSame(_ other: Outputs.Output, as serial: Outputs.Output, _ label: String) {
  #expect(other.code == serial.code, "\(label)")
  #expect(other.stdout == serial.stdout, "\(label)")
  #expect(other.files.map { $0.0 } == serial.files.map { $0.0 }, "\(label)")
  for (a, b) in zip(serial.files, other.files) { #expect(a.1 == b.1, "\(label): \(a.0)") }
}

/// The page's Web Workers, played by threads: each member runs the whole command, and results
/// cross through this board as bytes, as they cross a SharedArrayBuffer in the page.
private final class Board: @unchecked Sendable {
  private let condition = NSCondition()
  private var results: [String: [UInt8]] = [:]
  /// Members that never run: asking them gives nil, as a failed worker does.
  let absent: Set<Int>
  init(absent: Set<Int> = []) { self.absent = absent }

  func pool(members: Int, member: Int) -> Workers.Pool {
    Workers.Pool(
      members: members, member: member,
      publish: { loop, task, bytes in
        self.condition.lock()
        self.results["\(member)/\(loop)/\(task)"] = bytes
        self.condition.broadcast()
        self.condition.unlock()
      },
      receive: { from, loop, task in
        if self.absent.contains(from) { return nil }
        self.condition.lock()
        defer { self.condition.unlock() }
        while self.results["\(from)/\(loop)/\(task)"] == nil { self.condition.wait() }
        return self.results["\(from)/\(loop)/\(task)"]
      })
  }

  /// How many results each member published.
  func published(by member: Int) -> Int {
    condition.lock()
    defer { condition.unlock() }
    return results.keys.filter { $0.hasPrefix("\(member)/") }.count
  }
}

private final class Outputs: @unchecked Sendable {
  typealias Output = (code: Int32, stdout: String, stderr: String, files: [(String, String)])
  private let lock = NSLock()
  private var items: [Output?]
  init(count: Int) { items = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ output: Output) { lock.withLock { items[i] = output } }
  func get(_ i: Int) -> Output? { lock.withLock { items[i] } }
}

@Test(arguments: [
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--html", "o.html", "--metrics", "o.json", "--holdout"],
  ["synth", "d.csv", "-o", "o.csv", "--seed", "7", "--proper", "--copies", "2", "--strata", "gender", "--no-report"],
  ["evaluate", "d.csv", "d.csv", "--json", "o.json", "--cart-propensity"],
]) func aPoolOfModulesGivesTheSerialBytes(arguments: [String]) throws {
  let data = try cps1985()
  let serial = run(arguments, files: [("d.csv", data)])
  #expect(serial.code == 0, "\(serial.stderr)")
  for members in [2, 3] {
    let board = Board()
    let outputs = Outputs(count: members)
    let group = DispatchGroup()
    for member in 0..<members {
      group.enter()
      let thread = Thread {
        let result = run(arguments, files: [("d.csv", data)], workers: .pooled(board.pool(members: members, member: member)))
        outputs.set(member, result)
        group.leave()
      }
      thread.stackSize = 16 << 20
      thread.start()
    }
    group.wait()
    for member in 0..<members {
      expectSame(try #require(outputs.get(member)), as: serial, "\(arguments) member \(member) of \(members)")
      // Every member did a share of the tasks that travel.
      #expect(board.published(by: member) > 0)
    }
  }
  // A member that fails (a worker out of memory) leaves its tasks to the others.
  let alone = run(arguments, files: [("d.csv", data)], workers: .pooled(Board(absent: [1]).pool(members: 2, member: 0)))
  expectSame(alone, as: serial, "\(arguments) without member 1")
}

@Test func portableValuesComeBackBitForBit() {
  var out = PortableWriter()
  out.write(-3)
  out.write(Double.nan)
  out.write(-0.0)
  out.write("Zoë;\"=1\"")
  out.write([Int32.min, 0, Int32.max])
  out.write(Optional<DistanceSummary>.none)
  out.write(Optional(DistanceSummary(p5: 1, median: .infinity, mean: 2.5)))
  var input = PortableReader(out.bytes)
  #expect(input.int() == -3)
  #expect(input.double().bitPattern == Double.nan.bitPattern)
  #expect(input.double().bitPattern == (-0.0).bitPattern)
  #expect(input.string() == "Zoë;\"=1\"")
  #expect(input.int32s() == [Int32.min, 0, Int32.max])
  #expect(input.read(DistanceSummary?.self) == nil)
  #expect(input.read(DistanceSummary?.self) == DistanceSummary(p5: 1, median: .infinity, mean: 2.5))
  #expect(input.offset == out.bytes.count)
  // Cut short, it reads zeros and empty values rather than trapping.
  var short = PortableReader(Array(out.bytes.prefix(11)))
  #expect(short.int() == -3)
  #expect(short.double() == 0)
  #expect(short.string() == "")
}
