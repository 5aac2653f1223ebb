import Foundation
import SynthCore

enum NativeHost {
  static func main(_ arguments: [String]) -> Int32 {
    let inputs = Engine.inputs(for: arguments)
    let writer = OutputWriter(inputs: inputs)
    // Refuse before the work, not after: a link to the input, a missing folder.
    for path in Engine.outputs(for: arguments) {
      if let problem = writer.problem(path) { return fail(problem) }
    }
    let bar = ProgressBar()
    let result = withInputs(inputs) { inputs in
      Engine.run(
        arguments, inputs: inputs, progress: bar.update, clock: { ProcessInfo.processInfo.systemUptime },
        output: { path, bytes in writer.write(path, bytes) }, workers: NativeWorkers.make())
    }
    bar.finish()
    FileHandle.standardOutput.write(Data(result.stdout))
    FileHandle.standardError.write(Data(result.stderr))
    for file in result.files where writer.failure == nil { writer.write(file.path, file.bytes) }
    if let failure = writer.failure { return fail(failure) }
    return result.exitCode
  }

  private static func fail(_ problem: OutputWriter.Problem) -> Int32 {
    FileHandle.standardError.write(Data("localsynth: error: \(problem.message)\n".utf8))
    return problem.exitCode
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
}

/// Writes outputs so that none replaces an input (compared by device and inode, which sees
/// links and other spellings of a path) and an interrupted run leaves no half file: each file is
/// written beside its target under a temporary name and renamed over it when complete.
final class OutputWriter {
  struct Problem {
    var message: String
    var exitCode: Int32
  }

  private struct FileID: Equatable {
    var device: UInt64
    var inode: UInt64
  }

  private let inputs: [(path: String, id: FileID)]
  /// The first write that failed; later outputs are not written.
  private(set) var failure: Problem?

  init(inputs: [String]) {
    self.inputs = inputs.compactMap { path in Self.id(path).map { (path, $0) } }
  }

  private static func id(_ path: String) -> FileID? {
    var s = stat()
    guard stat(path, &s) == 0 else { return nil }
    return FileID(device: UInt64(s.st_dev), inode: UInt64(s.st_ino))
  }

  /// Why `path` cannot be written, checked before the run: it is an input, a folder, or its
  /// folder is missing.
  func problem(_ path: String) -> Problem? {
    if let id = Self.id(path), let input = inputs.first(where: { $0.id == id }) {
      return Problem(message: "\(path): this is the input file \(input.path) (the same file under another name or through a link); writing there would replace it; choose another name", exitCode: 2)
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      return Problem(message: "\(path): is a folder; give a file name", exitCode: 2)
    }
    let folder = Self.folder(of: path)
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      return Problem(message: "\(path): cannot write the file: the folder \(folder) does not exist", exitCode: 1)
    }
    guard access(folder, W_OK) == 0 else {
      return Problem(message: "\(path): cannot write the file: no permission to write in the folder \(folder)", exitCode: 1)
    }
    return nil
  }

  func write(_ path: String, _ bytes: [UInt8]) {
    guard failure == nil else { return }
    if let problem = problem(path) { failure = problem; return }
    let name = (path as NSString).lastPathComponent
    let temporary = Self.folder(of: path) + "/." + name + ".localsynth-\(getpid()).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { failure = Self.problem(path, errno); return }
    var offset = 0
    var error: Int32 = 0
    bytes.withUnsafeBytes { raw in
      while offset < raw.count {
        let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          error = errno
          return
        }
        offset += n
      }
    }
    if close(fd) != 0 && error == 0 { error = errno }
    if error == 0 && rename(temporary, path) != 0 { error = errno }
    if error != 0 {
      unlink(temporary)
      failure = Self.problem(path, error)
    }
  }

  private static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  private static func problem(_ path: String, _ error: Int32) -> Problem {
    let reason: String
    switch error {
    case ENOENT:
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: folder(of: path), isDirectory: &isDirectory) && isDirectory.boolValue
      reason = exists ? "the system does not allow new files in the folder \(folder(of: path))" : "the folder \(folder(of: path)) does not exist"
    case EACCES, EPERM: reason = "no permission to write there"
    case ENOSPC: reason = "the disk is full"
    case EROFS: reason = "the disk is read-only"
    case EISDIR: reason = "it is a folder"
    default: reason = String(cString: strerror(error))
    }
    return Problem(message: "\(path): cannot write the file: \(reason)", exitCode: 1)
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
