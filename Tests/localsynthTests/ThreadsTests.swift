import Foundation
import Testing

private let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/datasets")

/// Real threads: the same bytes for 1, 2 and 4 of them (the core's own tests vary the order
/// tasks run in; here they also run at once).
@Test(arguments: [
  ("lawschool", ["synth", "d.csv", "-o", "o.csv", "--seed", "5", "--metrics", "o.json", "--html", "o.html"]),
  ("cps1985", ["synth", "d.csv", "-o", "o.csv", "--seed", "5", "--metrics", "o.json", "--cart-propensity"]),
  ("cps1985", ["synth", "d.csv", "-o", "o.csv", "--seed", "5", "--proper", "--copies", "2", "--strata", "occupation,gender", "--no-report"]),
  ("cps1985", ["synth", "d.csv", "-o", "o.csv", "--seed", "5", "--tune", "--tune-budget", "5", "--metrics", "o.json"]),
]) func sameBytesOnAnyNumberOfThreads(dataset: String, arguments: [String]) throws {
  var outputs: [[String: Data]] = []
  for threads in ["1", "2", "4"] {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: datasets.appendingPathComponent(dataset + ".csv"), to: folder.appendingPathComponent("d.csv"))
    let run = try localsynth(arguments + ["--threads", threads], in: folder)
    #expect(run.code == 0, "\(run.stderr)")
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "d.csv" {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    outputs.append(files)
  }
  #expect(!outputs[0].isEmpty)
  #expect(outputs[1] == outputs[0], "\(arguments): 2 threads")
  #expect(outputs[2] == outputs[0], "\(arguments): 4 threads")
}

@Test func threadsMustBeAPositiveCount() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  try FileManager.default.copyItem(at: datasets.appendingPathComponent("cps1985.csv"), to: folder.appendingPathComponent("d.csv"))
  let run = try localsynth(["synth", "d.csv", "-o", "o.csv", "--threads", "0"], in: folder)
  #expect(run.code != 0)
  #expect(run.stderr.contains("--threads"))
  #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o.csv").path))
}
