import Foundation
import SynthCore

enum NativeHost {
  static func main(_ arguments: [String]) -> Int32 {
    let bar = ProgressBar()
    let result = withInputs(Engine.inputs(for: arguments)) { inputs in
      Engine.run(arguments, inputs: inputs, progress: bar.update, clock: { ProcessInfo.processInfo.systemUptime })
    }
    bar.finish()
    FileHandle.standardOutput.write(Data(result.stdout))
    FileHandle.standardError.write(Data(result.stderr))
    for file in result.files {
      do {
        try Data(file.bytes).write(to: URL(fileURLWithPath: file.path))
      } catch {
        FileHandle.standardError.write(Data("localsynth: error: \(file.path): cannot write the file (\(reason(error)))\n".utf8))
        return 1
      }
    }
    return result.exitCode
  }

  /// Maps each input file into memory and lends the core its bytes, without copying them.
  static func withInputs<R>(_ paths: [String], loaded: [InputFile] = [], _ body: ([InputFile]) -> R) -> R {
    guard let path = paths.first else { return body(loaded) }
    let rest = Array(paths.dropFirst())
    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .notFound, bytes: empty)], body)
    }
    if isDirectory.boolValue {
      return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .isDirectory, bytes: empty)], body)
    }
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
      return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .unreadable, bytes: empty)], body)
    }
    return data.withUnsafeBytes { raw in
      withInputs(rest, loaded: loaded + [InputFile(path: path, status: .ok, bytes: raw.bindMemory(to: UInt8.self))], body)
    }
  }

  private static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
    return ns.localizedDescription
  }
}

/// A progress bar on standard error, shown only on a terminal and only for runs over a second.
final class ProgressBar {
  private let start = Date()
  private let enabled = isatty(2) != 0
  private var shown = false
  private var lastDrawn = -1
  private var lastStage = ""

  func update(_ stage: String, _ fraction: Double) {
    guard enabled, Date().timeIntervalSince(start) > 1 else { return }
    let percent = Int((max(0, min(1, fraction)) * 100).rounded(.down))
    // A new stage (reading, synthesising, evaluating, rendering) redraws even at the same percent.
    guard percent != lastDrawn || stage != lastStage else { return }
    lastDrawn = percent
    lastStage = stage
    shown = true
    let filled = percent * 30 / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
    let line = "\r[\(bar)] \(percent)% \(stage)\u{1B}[K"
    FileHandle.standardError.write(Data(line.utf8))
  }

  func finish() {
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
