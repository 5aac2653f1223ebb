import Foundation
import Testing

/// The built `localsynth` binary, next to this test bundle.
func binary() -> URL {
  var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<4 {
    let candidate = folder.appendingPathComponent("localsynth")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return URL(fileURLWithPath: ".build/debug/localsynth")
}

struct Run {
  var code: Int32
  var stdout: String
  var stderr: String
}

func localsynth(_ arguments: [String], in folder: URL) throws -> Run {
  let process = Process()
  process.executableURL = binary()
  process.arguments = arguments
  process.currentDirectoryURL = folder
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let stdout = out.fileHandleForReading.readDataToEndOfFile()
  let stderr = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Run(code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}

func scratchFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("localsynth-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

@Test func convertWritesFilesAndExitsZero() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  try Data("a;b\r\n1,5;ja\r\n2;nee\r\n".utf8).write(to: folder.appendingPathComponent("in.csv"))
  let run = try localsynth(["convert", "in.csv", "-o", "out.csv", "--json", "out.json"], in: folder)
  #expect(run.code == 0)
  #expect(run.stderr.isEmpty)
  #expect(try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8) == "a;b\r\n1,5;ja\r\n2;nee\r\n")
  #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "[\n{\"a\":1.5,\"b\":true},\n{\"a\":2,\"b\":false}\n]\n")
}

@Test func exitCodesAreZeroOneTwo() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  try Data("a,b\n1,2\n3\n".utf8).write(to: folder.appendingPathComponent("ragged.csv"))
  #expect(try localsynth(["--help"], in: folder).code == 0)
  let bad = try localsynth(["analyze", "ragged.csv"], in: folder)
  #expect(bad.code == 1)
  #expect(bad.stderr == "localsynth: error: ragged.csv:3:2: row 2 has 1 field but the header has 2; every row needs the same number of fields\n")
  #expect(try localsynth(["analyze", "missing.csv"], in: folder).stderr == "localsynth: error: missing.csv: no such file\n")
  #expect(try localsynth(["analyze", "."], in: folder).stderr == "localsynth: error: .: is a folder, not a file\n")
  #expect(try localsynth(["analyze", "ragged.csv", "--nope"], in: folder).code == 2)
}

@Test func unwritableOutputIsReported() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  try Data("a\n1\n".utf8).write(to: folder.appendingPathComponent("in.csv"))
  let run = try localsynth(["convert", "in.csv", "-o", "no/such/folder/out.csv"], in: folder)
  #expect(run.code == 1)
  #expect(run.stderr.hasPrefix("localsynth: error: no/such/folder/out.csv: cannot write the file"))
}

/// Every way of naming the input as an output is refused with exit 2 before anything is written,
/// and the input keeps its bytes.
@Test func outputsNeverReplaceTheInput() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let input = Data("a,b\n1,x\n2,y\n3,x\n4,y\n".utf8)
  try input.write(to: folder.appendingPathComponent("in.csv"))
  try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "in.csv")
  try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
  let forms: [[String]] = [
    ["synth", "in.csv", "-o", "in.csv"], ["synth", "in.csv", "-o", "./in.csv"], ["synth", "in.csv", "-o", "sub/../in.csv"],
    ["synth", "in.csv", "-o", "link.csv"], ["synth", "in.csv", "-o", "x.csv", "--json", "in.csv"], ["synth", "in.csv", "-o", "x.csv", "--report", "in.csv"],
    ["synth", "in.csv", "-o", "x.csv", "--html", "in.csv"], ["synth", "in.csv", "-o", "x.csv", "--metrics", "./in.csv"],
    ["synth", "in.csv", "-o", "x.csv", "--summary", "link.csv"], ["synth", "in.csv", "-o", "x.csv", "--analyst-report", "in.csv.pdf", "--settings", "in.csv.pdf"],
    ["convert", "in.csv", "--json", "in.csv"], ["convert", "in.csv", "-o", "link.csv"], ["analyze", "in.csv", "--schema", "in.csv"],
    ["evaluate", "in.csv", "in.csv", "--html", "in.csv"], ["evaluate", "in.csv", "link.csv", "--json", "x.json"],
  ]
  for form in forms {
    let run = try localsynth(form, in: folder)
    // evaluate may read the same file twice; it must only not write over it.
    if form.last == "x.json" { #expect(run.code == 0, "\(form)"); continue }
    #expect(run.code == 2, "\(form)")
    #expect(run.stderr.contains("input file") && run.stderr.contains("replace it"), "\(form): \(run.stderr)")
    #expect(try Data(contentsOf: folder.appendingPathComponent("in.csv")) == input, "\(form)")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.csv").path), "\(form)")
  }
  let twice = try localsynth(["synth", "in.csv", "-o", "x.csv", "--json", "x.csv"], in: folder)
  #expect(twice.code == 2)
  #expect(twice.stderr.hasPrefix("localsynth: error: options '-o' and '--json' name the same file 'x.csv': one would replace the other; choose two names\n"))
  let empty = try localsynth(["synth", "in.csv", "-o", ""], in: folder)
  #expect(empty.code == 2)
  #expect(empty.stderr.hasPrefix("localsynth: error: option '-o' needs a file name\n"))
  let folderMissing = try localsynth(["synth", "in.csv", "-o", "nowhere/x.csv"], in: folder)
  #expect(folderMissing.code == 1)
  #expect(folderMissing.stderr == "localsynth: error: nowhere/x.csv: cannot write the file: the folder nowhere does not exist\n")
  let isFolder = try localsynth(["synth", "in.csv", "-o", "sub"], in: folder)
  #expect(isFolder.code == 2)
  #expect(isFolder.stderr == "localsynth: error: sub: is a folder; give a file name\n")
  // No temporary file is left behind.
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  #expect(names == ["in.csv", "link.csv", "sub", "x.json"])
}

/// The synthetic data is written before the evaluation, so a report that cannot be made does not
/// cost it, and the error says so.
@Test func aFailedReportKeepsTheSyntheticData() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  try Data("a,b\n1,x\n2,y\n3,x\n4,y\n".utf8).write(to: folder.appendingPathComponent("in.csv"))
  let run = try localsynth(["synth", "in.csv", "-o", "s.csv", "--json", "s.json", "--target", "nope"], in: folder)
  #expect(run.code == 1)
  #expect(run.stdout == "Wrote s.csv\nWrote s.json\n")
  #expect(run.stderr.hasSuffix("localsynth: the synthetic data is written (s.csv, s.json); only the report could not be made\n"))
  #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.csv").path))
  #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s-report.pdf").path))
}

@Test func pdfReportsEmbedTheBundledFontForTextBeyondWinAnsi() throws {
  let folder = try scratchFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  var csv = "Ωμέγα,n\n"
  for i in 0..<40 { csv += "\(["α", "β"][i % 2]),\(i % 7)\n" }
  try Data(csv.utf8).write(to: folder.appendingPathComponent("in.csv"))
  // A development build finds web/fonts/DejaVuSans.ttf in the source tree it was built from.
  let run = try localsynth(["synth", "in.csv", "-o", "out.csv", "--report", "r.pdf"], in: folder)
  #expect(run.code == 0)
  #expect(!run.stdout.contains("was not found"))
  let pdf = try Data(contentsOf: folder.appendingPathComponent("r.pdf"))
  #expect(pdf.range(of: Data("+DejaVuSans /Encoding /Identity-H".utf8)) != nil)
  #expect(pdf.range(of: Data("/FontFile2 ".utf8)) != nil)
}
