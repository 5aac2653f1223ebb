/// An output must never replace an input, nor another output of the same run: the input is the
/// user's real data, and `-o x.csv --json x.csv` would leave only the JSON. Paths are compared as
/// written, after lexical normalisation (`./a.csv`, `dir//a.csv` and `dir/../a.csv` are `a.csv`);
/// the native host also compares files by device and inode, which sees links.
struct OutputPath: Equatable {
  /// The option that names it (`-o`, `--report`, …).
  var option: String
  var path: String
}

enum OutputPaths {
  /// `path` without `.` segments, doubled or trailing slashes, and with `dir/..` pairs removed.
  static func normalised(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
      if part == "..", absolute, parts.isEmpty { continue }
      parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// A usage error when an output is empty, names an input, or names the file of an earlier output.
  static func check(inputs: [String], outputs: [OutputPath], command: String?) throws(UsageError) {
    let inputKeys = inputs.map(normalised)
    var seen: [(key: String, output: OutputPath)] = []
    for output in outputs {
      let name = output.option.isEmpty ? Phrase("the output '\(output.path)'") : Phrase("option '\(output.option)'")
      guard !output.path.isEmpty else { throw UsageError("\(name) needs a file name", command: command) }
      let key = normalised(output.path)
      if let i = inputKeys.firstIndex(of: key) {
        throw UsageError("\(name) names the input file '\(inputs[i])': writing there would replace it; choose another name", command: command)
      }
      if let earlier = seen.first(where: { $0.key == key }) {
        let both = earlier.output.option.isEmpty || output.option.isEmpty
          ? Phrase("two outputs") : Phrase("options '\(earlier.output.option)' and '\(output.option)'")
        throw UsageError("\(both) name the same file '\(output.path)': one would replace the other; choose two names", command: command)
      }
      seen.append((key, output))
    }
  }
}
