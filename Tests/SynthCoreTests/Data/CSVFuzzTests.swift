import Testing

@testable import SynthCore

/// Random bytes drawn from the characters that matter to a CSV reader.
func randomCSV(_ rng: inout RandomGenerator, length: Int) -> [UInt8] {
  let alphabet: [[UInt8]] = [
    [44], [59], [9], [34], [34, 34], [10], [13, 10], [13], [49], [50, 46, 53], [45], [46], [97], [78, 65],
    [0xC3, 0xA9], [0xE9], [0xEF, 0xBB, 0xBF], [32], [49, 44, 53], [50, 48, 50, 52, 45, 48, 51, 45, 48, 49], [0],
  ]
  var bytes: [UInt8] = []
  for _ in 0..<length { bytes += alphabet[rng.nextInt(below: alphabet.count)] }
  return bytes
}

/// Any bytes give either a table or a DataError with a location, never a crash.
@Test(arguments: 0..<300) func arbitraryBytesNeverCrashTheReader(seed: Int) {
  var rng = RandomGenerator(seed: UInt64(seed))
  let bytes = randomCSV(&rng, length: 1 + rng.nextInt(below: 200))
  let result = bytes.withUnsafeBufferPointer { buffer in
    Engine.run(["convert", "f.csv", "-o", "o.csv", "--json", "o.json", "--schema", "s.json"], inputs: [InputFile(path: "f.csv", status: .ok, bytes: buffer)])
  }
  #expect(result.exitCode == 0 || result.exitCode == 1)
  if result.exitCode == 1 {
    #expect(String(decoding: result.stderr, as: UTF8.self).hasPrefix("localsynth: error: f.csv"))
  } else {
    #expect(result.files.count == 3)
  }
}

/// Writing a table and reading it back gives the same cells, for random fields full of quotes,
/// delimiters and line breaks.
@Test(arguments: 0..<100) func writtenCSVReadsBackToTheSameCells(seed: Int) throws {
  var rng = RandomGenerator(seed: UInt64(1000 + seed))
  let width = 1 + rng.nextInt(below: 5)
  let height = 1 + rng.nextInt(below: 8)
  let pieces = ["a", "b", ",", ";", "\"", "\n", "\r\n", " ", "é", "x y", "1", "2.5", "NA"]
  func field() -> String {
    var text = "v"
    for _ in 0..<rng.nextInt(below: 4) { text += pieces[rng.nextInt(below: pieces.count)] }
    return text
  }
  let header = (0..<width).map { "c\($0)" }
  let rows = (0..<height).map { _ in (0..<width).map { _ in field() } }
  var csv: [UInt8] = []
  for row in [header] + rows {
    for (i, f) in row.enumerated() {
      if i > 0 { csv.append(44) }
      TableWriter.appendField(f, delimiter: 44, to: &csv)
    }
    csv.append(10)
  }
  var options = CSVOptions()
  options.delimiter = 44
  let raw = try readRaw(csv, options: options)
  #expect(raw.columns.map { $0.name } == header)
  #expect(cells(raw) == rows)
}
