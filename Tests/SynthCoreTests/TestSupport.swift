import Foundation
import Testing

@testable import SynthCore

// Helpers shared by the test files: fixtures, engine runs, synthesis shortcuts, hashes.

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
let sharedDatasets = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/datasets")
let goldenFolder = packageRoot.appendingPathComponent("Tests/SynthCoreTests/Golden")

let datasetNames = ["cps1985", "duo_cub_20k", "gss_wages", "hotel_rates", "lawschool", "weather"]

func sharedTable(_ name: String) throws -> Table {
  let bytes = try Data(contentsOf: sharedDatasets.appendingPathComponent(name + ".csv"))
  return try Table.read([UInt8](bytes), file: name + ".csv")
}

func readTable(_ text: String, options: TableOptions = TableOptions()) throws(DataError) -> Table {
  try Table.read(Array(text.utf8), file: "t.csv", options: options)
}

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Runs a command line with in-memory files.
func run(_ arguments: [String], files: [(String, String)] = [], workers: Workers = .serial) -> (code: Int32, stdout: String, stderr: String, files: [(String, String)]) {
  let storage = files.map { ($0.0, Array($0.1.utf8)) }
  var result = CommandResult()
  func go(_ index: Int, _ inputs: [InputFile]) {
    if index == storage.count {
      let wanted = Engine.inputs(for: arguments)
      let present = wanted.filter { path in !inputs.contains { $0.path == path } }
      let missing = present.map { InputFile(path: $0, status: .notFound, bytes: UnsafeBufferPointer(start: nil, count: 0)) }
      result = Engine.run(arguments, inputs: inputs + missing, workers: workers)
      return
    }
    storage[index].1.withUnsafeBufferPointer { buffer in
      go(index + 1, inputs + [InputFile(path: storage[index].0, status: .ok, bytes: buffer)])
    }
  }
  go(0, [])
  return (result.exitCode, text(result.stdout), text(result.stderr), result.files.map { ($0.path, text($0.bytes)) })
}

func synthesize(_ table: Table, _ change: (inout SynthesisConfig) -> Void = { _ in }) throws -> SynthesisResult {
  var config = SynthesisConfig()
  change(&config)
  return try SequentialSynthesizer(config: config).run(table)
}

func csvText(_ table: Table) -> String { String(decoding: TableWriter(table: table).csv(), as: UTF8.self) }

/// The first `rows` rows of a shared dataset, to keep tests quick, read as a file of those rows
/// (so the schema describes them, not the whole file).
func sharedSample(_ name: String, rows: Int) throws -> Table {
  let table = try sharedTable(name)
  let sample = table.selecting(rows: Array(0..<min(rows, table.rowCount)))
  var writer = TableWriter(table: sample)
  writer.missingOutput = .code
  writer.formulas = .keep
  return try Table.read(writer.csv(), file: name + ".csv")
}

/// FNV-1a of the bytes, as 16 hex digits.
func fingerprint(_ bytes: [UInt8]) -> String {
  var hash: UInt64 = 0xCBF2_9CE4_8422_2325
  for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
  let digits = Array("0123456789abcdef".utf8)
  var text: [UInt8] = []
  for shift in stride(from: 60, through: 0, by: -4) { text.append(digits[Int((hash >> UInt64(shift)) & 15)]) }
  return String(decoding: text, as: UTF8.self)
}

func expectNear(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  #expect(abs(a - b) <= tolerance * max(1, abs(b)), "\(a) vs \(b)", sourceLocation: sourceLocation)
}

extension Wording {
  /// The expected text of a test in this language.
  func callAsFunction(_ english: String, _ dutch: String) -> String { language == .nl ? dutch : english }
}
