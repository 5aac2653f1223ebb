/// How spreadsheets decorate amounts: thousands grouped (`15.438,50` beside a decimal comma,
/// `15,438.50` beside a decimal point), a currency or percent sign before or after the number
/// (`€ 1.234,50`, `12,5%`), negatives in parentheses (`(1.234,50)`, the accounting format).
/// Learned per column from its values, so amounts are numbers and the output writes them back
/// as the input did. A percentage keeps the number as written (`12,5%` is 12.5).
public struct NumberNotation: Equatable, Sendable {
  /// What groups thousands: a point (beside a decimal comma), a comma (beside a decimal point).
  public enum Grouping: String, Equatable, Sendable { case none, point, comma }
  public var grouping = Grouping.none
  /// Written before or after the number, with the spaces the input had (`€ `, `%`, ` EUR`).
  public var prefix = ""
  public var suffix = ""
  /// How a negative amount is written, when the input had one: `-€ 5`, `€ -5`, `(€ 5)`, `€ (5)`.
  public enum Negative: String, Equatable, Sendable { case minus, minusAfterSign, parentheses, parenthesesAfterSign }
  public var negative = Negative.minus

  public static let plain = NumberNotation()

  var isPlain: Bool { self == .plain }

  /// The sign without its spaces (`€`, `%`), or "" when there is none.
  var sign: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: (prefix + suffix).unicodeScalars.filter { $0 != " " && $0.value != 0xA0 && $0.value != 0x202F })
    return String(view)
  }

  /// Signs an amount may carry before or after it.
  static let signs: [String] = ["€", "$", "£", "¥", "EUR", "USD", "GBP", "%"]

  /// One text read as a decorated number.
  struct Reading: Equatable {
    var number: ScannedNumber
    var prefix: String
    var suffix: String
    var grouped: Bool
    /// How the text showed it was negative (nil: it was not).
    var negative: Negative?
  }

  /// Reads `text` as a number whose decimal mark is a comma (`decimalComma`) or a point; the other
  /// one of the two may group thousands in threes. Spaces (also no-break spaces) may stand around
  /// a sign. Nil when the text is no such number.
  static func read(_ input: String, decimalComma: Bool) -> Reading? {
    let s = Array(input.unicodeScalars)
    guard !s.isEmpty, s.count <= 60 else { return nil }
    func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c.value == 0xA0 || c.value == 0x202F }
    func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: s[range])
      return String(view)
    }
    var low = 0, high = s.count
    while low < high && isSpace(s[low]) { low += 1 }
    while high > low && isSpace(s[high - 1]) { high -= 1 }
    var negative: Negative? = nil
    if high - low >= 2 && s[low] == "(" && s[high - 1] == ")" {
      negative = .parentheses
      low += 1
      high -= 1
    }
    if negative == nil && low < high && s[low] == "-" {
      negative = .minus
      low += 1
    }
    // A sign before the number (with the spaces after it), else one after it (with those before).
    var prefixEnd = low
    func spells(_ sign: [Unicode.Scalar], from start: Int) -> Bool {
      guard start >= low, start + sign.count <= high else { return false }
      for k in 0..<sign.count where s[start + k] != sign[k] { return false }
      return true
    }
    if let sign = signScalars.first(where: { spells($0, from: low) }) {
      prefixEnd = low + sign.count
      while prefixEnd < high && isSpace(s[prefixEnd]) { prefixEnd += 1 }
    }
    let prefix = text(low..<prefixEnd)
    low = prefixEnd
    var suffixStart = high
    if prefix.isEmpty, let sign = signScalars.first(where: { spells($0, from: high - $0.count) }) {
      suffixStart = high - sign.count
      while suffixStart > low && isSpace(s[suffixStart - 1]) { suffixStart -= 1 }
    }
    let suffix = text(suffixStart..<high)
    high = suffixStart
    if negative == nil && !prefix.isEmpty && low < high {
      if s[low] == "-" {
        negative = .minusAfterSign
        low += 1
      } else if high - low >= 2 && s[low] == "(" && s[high - 1] == ")" {
        negative = .parenthesesAfterSign
        low += 1
        high -= 1
      }
    }
    guard low < high else { return nil }

    // The digits: when grouped, one to three before the first separator (not starting with 0),
    // then groups of exactly three.
    let group: Unicode.Scalar = decimalComma ? "." : ",", mark: Unicode.Scalar = decimalComma ? "," : "."
    var ascii: [UInt8] = negative != nil ? [UInt8(ascii: "-")] : []
    var i = low, run = 0, groups = 0
    while i < high {
      if s[i] == group {
        guard run >= 1, groups == 0 ? run <= 3 : run == 3 else { return nil }
        groups += 1
        run = 0
      } else if isDigit(s[i]) {
        ascii.append(UInt8(s[i].value))
        run += 1
      } else {
        break
      }
      i += 1
    }
    if groups > 0 { guard run == 3, s[low] != "0" else { return nil } }
    var decimals = 0
    if i < high && s[i] == mark {
      ascii.append(UInt8(ascii: "."))
      i += 1
      while i < high && isDigit(s[i]) {
        ascii.append(UInt8(s[i].value))
        decimals += 1
        i += 1
      }
      guard decimals > 0 else { return nil }
    }
    guard i == high, var number = NumberFormatting.scan(String(decoding: ascii, as: UTF8.self), decimalComma: false) else { return nil }
    number.usesDecimalComma = decimalComma && decimals > 0
    return Reading(number: number, prefix: prefix, suffix: suffix, grouped: groups > 0, negative: negative)
  }

  private static let signScalars: [[Unicode.Scalar]] = signs.map { Array($0.unicodeScalars) }

  /// The notation under which every one of `texts` reads as a number, with their numbers; tried
  /// with a decimal comma first when `decimalCommaAllowed`, then with a decimal point. Nil when
  /// none fits, when the texts disagree on their signs, or when nothing is decorated (a plain
  /// number needs no notation).
  static func learn(_ texts: [String], decimalCommaAllowed: Bool) -> (notation: NumberNotation, decimalComma: Bool, numbers: [ScannedNumber])? {
    for comma in decimalCommaAllowed ? [true, false] : [false] {
      var notation = NumberNotation.plain, numbers: [ScannedNumber] = []
      numbers.reserveCapacity(texts.count)
      var fits = true, sawNegative = false
      for text in texts {
        guard let r = read(text, decimalComma: comma),
          r.prefix.isEmpty || notation.prefix.isEmpty || r.prefix == notation.prefix,
          r.suffix.isEmpty || notation.suffix.isEmpty || r.suffix == notation.suffix
        else { fits = false; break }
        if !r.prefix.isEmpty { notation.prefix = r.prefix }
        if !r.suffix.isEmpty { notation.suffix = r.suffix }
        if r.grouped { notation.grouping = comma ? .point : .comma }
        // The first way a negative was written is the column's (a column writes them one way).
        if let way = r.negative, !sawNegative {
          notation.negative = way
          sawNegative = true
        }
        numbers.append(r.number)
      }
      // A column with a sign before and another after is two notations, not one.
      if fits && (notation.prefix.isEmpty || notation.suffix.isEmpty) && !notation.isPlain {
        return (notation, numbers.contains { $0.usesDecimalComma }, numbers)
      }
    }
    return nil
  }

  /// Whether whole numbers such as `1.234` and `750`, beside a decimal comma, group thousands
  /// rather than carry three decimals: every text with a point is a grouping in threes, and some
  /// text has no point but at most three digits (a column of amounts under and over 1.000). Read
  /// as decimals, those would be whole numbers below 1,000 next to numbers with exactly three
  /// decimals that are never below 1, which no measurement gives.
  static func groupsWholeNumbers(_ texts: [String]) -> Bool {
    var dotted = 0, short = 0
    for text in texts {
      var bytes = Array(text.utf8)
      if bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
      guard !bytes.isEmpty, bytes.allSatisfy({ UTF8Text.isASCIIDigit($0) || $0 == UInt8(ascii: ".") }) else { return false }
      if bytes.contains(UInt8(ascii: ".")) {
        guard read(text, decimalComma: true)?.grouped == true else { return false }
        dotted += 1
      } else {
        guard bytes.count <= 3 else { return false }
        short += 1
      }
    }
    return dotted > 0 && short > 0
  }

  /// Appends `value` in `style`, decorated: grouped thousands, the signs, parentheses. The
  /// decimal mark is the one beside the grouping, else a comma when `decimalComma`.
  func append(_ value: Double, style: NumberStyle, decimalComma columnComma: Bool, to out: inout [UInt8]) {
    let decimalComma = grouping == .none ? columnComma : grouping == .point
    var digits: [UInt8] = []
    NumberFormatting.append(abs(value), style: style, decimalComma: decimalComma, to: &digits)
    // A value that rounds to zero is written without a sign, as -0.0 is.
    let way: Negative? = value < 0 && digits.contains { $0 >= 0x31 && $0 <= 0x39 } ? negative : nil
    if way == .minus { out.append(UInt8(ascii: "-")) }
    if way == .parentheses { out.append(UInt8(ascii: "(")) }
    out.append(contentsOf: prefix.utf8)
    if way == .minusAfterSign { out.append(UInt8(ascii: "-")) }
    if way == .parenthesesAfterSign { out.append(UInt8(ascii: "(")) }
    let mark = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
    let wholeEnd = digits.firstIndex { !UTF8Text.isASCIIDigit($0) } ?? digits.count
    // Exponent notation (a number too large for the style) is left as it is.
    if grouping != .none && (wholeEnd == digits.count || digits[wholeEnd] == mark) {
      let separator = decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
      for k in 0..<wholeEnd {
        if k > 0 && (wholeEnd - k) % 3 == 0 { out.append(separator) }
        out.append(digits[k])
      }
      out.append(contentsOf: digits[wholeEnd...])
    } else {
      out.append(contentsOf: digits)
    }
    if way == .parenthesesAfterSign { out.append(UInt8(ascii: ")")) }
    out.append(contentsOf: suffix.utf8)
    if way == .parentheses { out.append(UInt8(ascii: ")")) }
  }
}
