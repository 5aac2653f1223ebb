import Foundation
import SynthCore

enum NativeHost {
  static func main(_ arguments: [String]) -> Int32 {
    let paths = Engine.inputs(for: arguments)
    var buffers: [UnsafeMutableBufferPointer<UInt8>] = []
    defer { for b in buffers { b.deallocate() } }
    var inputs: [InputFile] = []
    for path in paths {
      let (status, buffer) = read(path)
      if let buffer { buffers.append(buffer) }
      inputs.append(InputFile(path: path, status: status, bytes: UnsafeBufferPointer(buffer ?? UnsafeMutableBufferPointer(start: nil, count: 0))))
    }
    let bar = ProgressBar()
    let result = Engine.run(arguments, inputs: inputs, progress: bar.update)
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

  /// Reads a whole file into memory the core can borrow.
  static func read(_ path: String) -> (InputFile.Status, UnsafeMutableBufferPointer<UInt8>?) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return (.notFound, nil) }
    if isDirectory.boolValue { return (.isDirectory, nil) }
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return (.unreadable, nil) }
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(data.count, 1))
    _ = data.copyBytes(to: buffer)
    return (.ok, UnsafeMutableBufferPointer(rebasing: buffer[0..<data.count]))
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

  func update(_ stage: String, _ fraction: Double) {
    guard enabled, Date().timeIntervalSince(start) > 1 else { return }
    let percent = Int((max(0, min(1, fraction)) * 100).rounded(.down))
    guard percent != lastDrawn else { return }
    lastDrawn = percent
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
