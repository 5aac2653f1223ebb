/// A file the host read for a command, or why it could not.
public struct InputFile {
  public enum Status: Int32, Sendable { case ok = 0, notFound = 1, isDirectory = 2, unreadable = 3 }
  public var path: String
  public var status: Status
  /// Valid only during `Engine.run`; the host owns the memory.
  public var bytes: UnsafeBufferPointer<UInt8>

  public init(path: String, status: Status, bytes: UnsafeBufferPointer<UInt8>) {
    self.path = path
    self.status = status
    self.bytes = bytes
  }
}

/// Everything a command produced. The host prints `stdout`/`stderr`, writes `files`, and exits with `exitCode`.
public struct CommandResult {
  public var exitCode: Int32 = 0
  public var stdout: [UInt8] = []
  public var stderr: [UInt8] = []
  public var files: [(path: String, bytes: [UInt8])] = []
  /// Files already handed to the host's output handler during the run (not in `files`).
  var delivered: [String] = []
  public init() {}
}

/// Takes a finished output file during a run: the host writes it at once, so that a later
/// failure (a report that cannot be made) never costs it.
public typealias OutputHandler = (_ path: String, _ bytes: [UInt8]) -> Void

/// The one entry point of the core: arguments and input files in, outputs out.
///
/// The native CLI and the WebAssembly module both call it, so every command gives the same bytes
/// on both. Hosts work in two steps: `inputs(for:)` names the files to read, then `run` gets them.
public enum Engine {
  public static let version = "0.1.0"

  /// Marks an input that ships with LocalSynth rather than one the user named, e.g.
  /// "bundled:fonts/DejaVuSans.ttf": hosts look the rest of the name up in their copy of web/
  /// (the CLI beside its binary or in the source tree, the page on its own origin). Such inputs
  /// are optional: given as not found, the core does without (a PDF then prints '?' for text
  /// outside WinAnsi).
  public static let bundledPrefix = "bundled:"

  /// The input files a command line needs; empty for help, usage errors and commands without inputs.
  public static func inputs(for arguments: [String]) -> [String] {
    do throws(UsageError) {
      return try CommandLineInterface.parse(arguments).inputPaths
    } catch {
      return []
    }
  }

  /// The files a command line will write, as far as its words tell; empty for help and usage
  /// errors, among them outputs that name an input (`run` says so, the same on every host).
  public static func outputs(for arguments: [String]) -> [String] {
    do throws(UsageError) {
      let parsed = try CommandLineInterface.parse(arguments)
      try OutputPaths.check(inputs: parsed.inputPaths, outputs: parsed.outputPaths, command: nil)
      return parsed.outputPaths.map { $0.path }
    } catch {
      return []
    }
  }

  /// `clock` gives the host's time in seconds; only `--timing` reads it, so results never depend on it otherwise.
  /// `workers` runs independent tasks on the host's threads (`--threads` limits them); the output
  /// is the same for any count.
  public static func run(
    _ arguments: [String], inputs: [InputFile], progress: @escaping ProgressHandler = { _, _ in }, clock: @escaping () -> Double = { .nan },
    output: OutputHandler? = nil, workers: Workers = .serial
  ) -> CommandResult {
    CommandLineInterface.run(arguments, inputs: inputs, progress: progress, clock: clock, output: output, workers: workers)
  }
}
