/// How a CSV file is written: found by sniffing the start of the file, or set by the user.
public struct CSVDialect: Equatable, Sendable {
  public enum Encoding: String, Sendable { case utf8 = "UTF-8", windows1252 = "Windows-1252", latin1 = "ISO-8859-1", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE" }
  public enum LineEnding: String, Sendable { case lf = "LF", crlf = "CRLF", cr = "CR" }

  public var delimiter: UInt8 = UInt8(ascii: ",")
  public var encoding: Encoding = .utf8
  public var byteOrderMark = false
  public var lineEnding: LineEnding = .lf
  /// Numbers such as `1,5` are read as 1.5. Only possible when the delimiter is not a comma.
  public var decimalComma = false
  /// The sheet read, when the input was an Excel workbook (then the rest describes its cells'
  /// text, and CSV output is UTF-8 with a byte-order mark, which Excel opens correctly).
  public var sheet: String? = nil
  /// Every sheet of that workbook, in order.
  public var sheets: [String] = []
  /// The statistical package whose data file was read (SPSS, Stata); then the rest describes its
  /// cells as if they were CSV (comma, UTF-8), and CSV output is UTF-8 with a byte-order mark.
  public var statistical: StatisticalFormat? = nil

  public init() {}

  static let candidateDelimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]

  var delimiterName: String {
    switch delimiter {
    case UInt8(ascii: ","): return "comma"
    case UInt8(ascii: ";"): return "semicolon"
    case 9: return "tab"
    case UInt8(ascii: "|"): return "pipe"
    default: return "'" + String(decoding: [delimiter], as: UTF8.self) + "'"
    }
  }

  /// Picks the delimiter that splits the first records into the same number of fields (at least two).
  /// With no consistent candidate the file is read as a single column separated by commas.
  static func sniffDelimiter(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let sample = min(text.count, 65_536)
    var best: UInt8 = UInt8(ascii: ",")
    var bestScore = (consistent: false, fields: 1, matching: 0)
    for candidate in candidateDelimiters {
      let counts = fieldCounts(text, limit: sample, delimiter: candidate, maxRecords: 50, wholeFile: sample == text.count)
      guard let header = counts.first, header > 1 else { continue }
      let matching = counts.reduce(0) { $0 + ($1 == header ? 1 : 0) }
      let consistent = matching == counts.count
      let better: Bool
      if consistent != bestScore.consistent { better = consistent }
      else if consistent { better = header > bestScore.fields }
      else { better = matching > bestScore.matching || (matching == bestScore.matching && header > bestScore.fields) }
      if better { best = candidate; bestScore = (consistent, header, matching) }
    }
    return best
  }

  /// Field counts of the first records, honouring quotes; a record cut off by the sample end is dropped.
  private static func fieldCounts(_ text: UnsafeBufferPointer<UInt8>, limit: Int, delimiter: UInt8, maxRecords: Int, wholeFile: Bool) -> [Int] {
    var counts: [Int] = []
    var i = 0, fields = 1, inQuotes = false, recordHasBytes = false
    while i < limit && counts.count < maxRecords {
      let b = text[i]
      if inQuotes {
        if b == 34 { if i + 1 < limit && text[i + 1] == 34 { i += 1 } else { inQuotes = false } }
      } else if b == 34 {
        inQuotes = true; recordHasBytes = true
      } else if b == delimiter {
        fields += 1; recordHasBytes = true
      } else if b == 10 || b == 13 {
        if recordHasBytes { counts.append(fields) }
        if b == 13 && i + 1 < limit && text[i + 1] == 10 { i += 1 }
        fields = 1; recordHasBytes = false
      } else {
        recordHasBytes = true
      }
      i += 1
    }
    if wholeFile && recordHasBytes && !inQuotes && counts.count < maxRecords { counts.append(fields) }
    return counts
  }

  static func sniffLineEnding(_ text: UnsafeBufferPointer<UInt8>) -> LineEnding {
    var inQuotes = false
    for i in 0..<text.count {
      let b = text[i]
      if b == 34 { inQuotes.toggle() }
      if inQuotes { continue }
      if b == 10 { return .lf }
      if b == 13 { return i + 1 < text.count && text[i + 1] == 10 ? .crlf : .cr }
    }
    return .lf
  }
}
