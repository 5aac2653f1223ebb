/// A failure while running a command, with the exit code it maps to; worded by the catalogues.
enum CommandError: Error {
  case data(DataError)
  case input(path: String, status: InputFile.Status)
  case usage(UsageError)
  case synthesis(SynthesisError)
  case evaluation(EvaluationError)

  var exitCode: Int32 {
    if case .usage = self { return 2 }
    return 1
  }
}

/// Words of the command line's own lines, worded by the catalogues.
enum CommandWord: Message {
  /// Before a failure's message: "localsynth: error: ...".
  case error
  /// After a report's failure: the synthetic data at these paths is written all the same.
  case reportFailed([String])
  /// Before a note on the terminal: "Note: ...".
  case note
  case suggestion
  case wrote(String)
  case synthesised(rows: Int, columns: Int, input: String, method: SynthesisMethod, seed: UInt64, copies: Int)
  case heldOut(rows: Int, of: Int, left: Int)
  /// The columns in the order they were synthesised; `visited` for CART, whose order matters.
  case columns([String], visited: Bool)
  case leftOut([String])
  case evaluated(synthetic: String, syntheticRows: Int, real: String, realRows: Int, columns: Int)
  /// After a usage error: where the options (or the commands) are listed.
  case helpHint(command: String?)
}

/// One subcommand: its help rows, how it parses its words, and what it does with its input files.
protocol Subcommand {
  static var name: String { get }
  static var abstract: String { get }
  static var usage: String { get }
  static var discussion: String { get }
  static var options: [OptionSpec] { get }
  init(_ arguments: inout Arguments) throws(UsageError)
  var inputPaths: [String] { get }
  /// The files it will write, as far as the command line tells (copies named in a settings file
  /// are checked when they are written).
  var outputPaths: [OutputPath] { get }
  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult
}

/// The input files of one run, looked up by path.
struct InputFiles {
  var files: [InputFile]
  /// The host's clock in seconds (NaN when it has none).
  var clock: () -> Double = { .nan }
  /// The host's handler for outputs finished early; nil keeps them in the result.
  var output: OutputHandler? = nil
  /// The host's threads for independent tasks.
  var workers = Workers.serial

  /// Hands a finished output to the host now (or keeps it in `result` without a handler), after
  /// checking that it replaces neither an input nor an earlier output.
  func deliver(_ path: String, _ bytes: [UInt8], into result: inout CommandResult) throws(CommandError) {
    let earlier = (result.delivered + result.files.map { $0.path }).map { OutputPath(option: "", path: $0) }
    do throws(UsageError) {
      try OutputPaths.check(inputs: files.map { $0.path }, outputs: earlier + [OutputPath(option: "", path: path)], command: nil)
    } catch {
      throw .usage(error)
    }
    guard let output else { result.files.append((path, bytes)); return }
    output(path, bytes)
    result.delivered.append(path)
  }

  func bytes(_ path: String) throws(CommandError) -> UnsafeBufferPointer<UInt8> {
    for f in files where f.path == path {
      guard f.status == .ok else { throw .input(path: path, status: f.status) }
      return f.bytes
    }
    throw .input(path: path, status: .notFound)
  }

  /// The bundled Unicode font for PDF reports, when the host gave it and it reads as a TrueType font.
  func unicodeFont() -> PDFUnicodeFont? {
    for f in files where f.path == PDFUnicodeFont.path && f.status == .ok { return PDFUnicodeFont(Array(f.bytes)) }
    return nil
  }

  func table(_ path: String, options: TableOptions, progress: @escaping ProgressHandler) throws(CommandError) -> Table {
    let bytes = try self.bytes(path)
    do throws(DataError) { return try Table.read(bytes, file: path, options: options, progress: progress) } catch { throw .data(error) }
  }
}

/// A parsed command line: what it reads and writes, and how to run it (or the text it prints).
struct ParsedCommand {
  /// The subcommand's name; nil for help and version texts.
  var name: String? = nil
  var inputPaths: [String] = []
  var outputPaths: [OutputPath] = []
  var run: (InputFiles, @escaping ProgressHandler) throws(CommandError) -> CommandResult

  static func text(_ text: String) -> ParsedCommand {
    ParsedCommand { _, _ throws(CommandError) in
      var result = CommandResult()
      result.stdout = Array(text.utf8)
      return result
    }
  }

  init(run: @escaping (InputFiles, @escaping ProgressHandler) throws(CommandError) -> CommandResult) { self.run = run }

  init<C: Subcommand>(_ command: C) {
    name = C.name
    inputPaths = command.inputPaths
    outputPaths = command.outputPaths
    run = { files, progress throws(CommandError) in try command.run(files, progress: progress) }
  }
}

enum CommandLineInterface {
  static let commands: [(name: String, abstract: String)] = [
    (AnalyzeCommand.name, AnalyzeCommand.abstract),
    (ConvertCommand.name, ConvertCommand.abstract),
    (SynthCommand.name, SynthCommand.abstract),
    (EvaluateCommand.name, EvaluateCommand.abstract),
    (SelfCheckCommand.name, SelfCheckCommand.abstract),
    (SettingsCommand.name, SettingsCommand.abstract),
    ("serve", "Serve the web app (a folder) over HTTP on this machine; native command line only."),
  ]

  static func parse(_ words: [String]) throws(UsageError) -> ParsedCommand {
    // Help speaks --lang too.
    let w = Wording(language: LanguageOption.requested(in: words))
    guard let first = words.first else { return .text(Help.overview(w)) }
    let rest = Array(words.dropFirst())
    switch first {
    case "-h", "--help": return .text(Help.overview(w))
    case "help":
      guard let topic = rest.first else { return .text(Help.overview(w)) }
      switch topic {
      case AnalyzeCommand.name: return .text(Help.text(for: AnalyzeCommand.self, w))
      case ConvertCommand.name: return .text(Help.text(for: ConvertCommand.self, w))
      case SynthCommand.name: return .text(Help.text(for: SynthCommand.self, w))
      case EvaluateCommand.name: return .text(Help.text(for: EvaluateCommand.self, w))
      case SelfCheckCommand.name: return .text(Help.text(for: SelfCheckCommand.self, w))
      case SettingsCommand.name: return .text(Help.text(for: SettingsCommand.self, w))
      default: throw UsageError("no help for '\(topic)': there is no such command", command: nil)
      }
    case "--version", "version": return .text("localsynth \(Engine.version)\n")
    case AnalyzeCommand.name: return try parse(AnalyzeCommand.self, rest)
    case ConvertCommand.name: return try parse(ConvertCommand.self, rest)
    case SynthCommand.name: return try parse(SynthCommand.self, rest)
    case EvaluateCommand.name: return try parse(EvaluateCommand.self, rest)
    case SelfCheckCommand.name: return try parse(SelfCheckCommand.self, rest)
    case SettingsCommand.name: return try parse(SettingsCommand.self, rest)
    case "serve":
      throw UsageError("'serve' is part of the native command-line tool; the WebAssembly core cannot open sockets", command: nil)
    default:
      for (name, _) in commands where Arguments.editDistance(first, name) <= 2 {
        throw UsageError("unknown command '\(first)'; did you mean '\(name)'?", command: nil)
      }
      throw UsageError("unknown command '\(first)'", command: nil)
    }
  }

  /// The command, or its help when the words ask for it.
  private static func parse<C: Subcommand>(_ type: C.Type, _ words: [String]) throws(UsageError) -> ParsedCommand {
    if words.contains("-h") || words.contains("--help") { return .text(Help.text(for: C.self, Wording(language: LanguageOption.requested(in: words)))) }
    var arguments = Arguments(words, command: C.name)
    return ParsedCommand(try C(&arguments))
  }

  static func run(
    _ words: [String], inputs: [InputFile], progress: @escaping ProgressHandler, clock: @escaping () -> Double = { .nan }, output: OutputHandler? = nil,
    workers: Workers = .serial
  ) -> CommandResult {
    let language = LanguageOption.requested(in: words)
    let parsed: ParsedCommand
    do throws(UsageError) {
      parsed = try parse(words)
      // Before anything is read or written.
      try OutputPaths.check(inputs: parsed.inputPaths, outputs: parsed.outputPaths, command: parsed.name)
    } catch {
      return failure(.usage(error), language)
    }
    let files = InputFiles(files: inputs, clock: clock, output: output, workers: workers)
    do throws(CommandError) {
      let result = try parsed.run(files, progress)
      // Outputs named only by a settings file (copies) are checked here, before the host writes them.
      let outputs = (result.delivered + result.files.map { $0.path }).map { OutputPath(option: "", path: $0) }
      do throws(UsageError) {
        try OutputPaths.check(inputs: parsed.inputPaths, outputs: outputs, command: nil)
      } catch {
        return failure(.usage(error), language)
      }
      return result
    } catch {
      return failure(error, language)
    }
  }

  /// The result of a failed run: the error on standard error in the run's language, and its exit code.
  static func failure(_ error: CommandError, _ language: Wording.Language) -> CommandResult {
    var result = CommandResult()
    result.exitCode = error.exitCode
    var text = "localsynth: \(CommandWord.error.text(language)): " + UTF8Text.printable(error.text(language)) + "\n"
    if case .usage(let usage) = error { text += CommandWord.helpHint(command: usage.command).text(language) + "\n" }
    result.stderr = Array(text.utf8)
    return result
  }
}

/// Help texts, built from the same option rows that parsing reads.
enum Help {
  static func overview(_ w: Wording = Wording(language: .en)) -> String {
    var text = "localsynth \(Engine.version): " + w("synthetic data from a CSV file, on your own machine") + "\n\n"
    text += w("USAGE: localsynth <command> [options]") + "\n\n" + w("COMMANDS") + ":\n"
    let width = CommandLineInterface.commands.reduce(0) { max($0, $1.name.utf8.count) } + 2
    for (name, abstract) in CommandLineInterface.commands {
      text += "  " + pad(name, width) + w(Phrase(verbatim: abstract)) + "\n"
    }
    text += "\n" + w("Run 'localsynth <command> --help' for a command's options.") + "\n"
    text += w("Exit codes: 0 success, 1 bad input (message on standard error), 2 wrong usage.") + "\n"
    return text
  }

  /// A command's help in the language of `w`: its texts are the catalogues' keys, as settings' labels are.
  static func text<C: Subcommand>(for command: C.Type, _ w: Wording = Wording(language: .en)) -> String {
    func worded(_ english: String) -> String { w(Phrase(verbatim: english)) }
    var text = w("OVERVIEW") + ": " + worded(C.abstract) + "\n\n" + w("USAGE") + ": localsynth " + worded(C.usage) + "\n"
    if !C.discussion.isEmpty { text += "\n" + worded(C.discussion) + "\n" }
    text += "\n" + w("OPTIONS") + ":\n"
    var rows: [(String, String)] = []
    for spec in C.options {
      var left = spec.name
      if let value = spec.value { left += " " + value }
      rows.append((left, worded(spec.help) + (spec.repeatable ? " " + w("(repeatable)") : "")))
    }
    rows.append(("-h, --help", w("Show this help.")))
    let width = min(rows.reduce(0) { max($0, $1.0.utf8.count) }, 28) + 2
    for (left, help) in rows {
      if left.utf8.count + 2 > width {
        text += "  " + left + "\n  " + pad("", width) + help + "\n"
      } else {
        text += "  " + pad(left, width) + help + "\n"
      }
    }
    text += "\n" + w("Exit codes: 0 success, 1 bad input, 2 wrong usage.") + "\n"
    return text
  }

  static func pad(_ text: String, _ width: Int) -> String {
    var out = text
    var n = text.unicodeScalars.count
    while n < width { out += " "; n += 1 }
    return out
  }
}
