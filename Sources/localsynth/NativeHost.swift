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
  /// Bundled inputs keep their name for the core but are read from `bundledFile`.
  static func withInputs<R>(_ paths: [String], loaded: [InputFile] = [], _ body: ([InputFile]) -> R) -> R {
    guard let path = paths.first else { return body(loaded) }
    let rest = Array(paths.dropFirst())
    let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var isDirectory: ObjCBool = false
    let file: String
    if path.hasPrefix(Engine.bundledPrefix) {
      guard let found = bundledFile(String(path.dropFirst(Engine.bundledPrefix.count))) else {
        return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .notFound, bytes: empty)], body)
      }
      file = found
    } else {
      file = path
    }
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
      return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .notFound, bytes: empty)], body)
    }
    if isDirectory.boolValue {
      return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .isDirectory, bytes: empty)], body)
    }
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else {
      return withInputs(rest, loaded: loaded + [InputFile(path: path, status: .unreadable, bytes: empty)], body)
    }
    return data.withUnsafeBytes { raw in
      withInputs(rest, loaded: loaded + [InputFile(path: path, status: .ok, bytes: raw.bindMemory(to: UInt8.self))], body)
    }
  }

  /// Where a bundled file (a name such as "fonts/DejaVuSans.ttf" inside web/) is: beside the
  /// binary, in ../share/localsynth/ beside it (an installed copy), or in the source tree this
  /// binary was built from (a development build); nil when none has it.
  static func bundledFile(_ name: String) -> String? {
    var folders: [URL] = []
    if let binary = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
      folders.append(binary)
      folders.append(binary.deletingLastPathComponent().appendingPathComponent("share/localsynth"))
    }
    // #filePath is Sources/localsynth/NativeHost.swift, compiled in at build time.
    let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    folders.append(sourceRoot.appendingPathComponent("web"))
    for folder in folders {
      let candidate = folder.appendingPathComponent(name).path
      if FileManager.default.isReadableFile(atPath: candidate) { return candidate }
    }
    return nil
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
