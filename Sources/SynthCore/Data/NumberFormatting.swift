/// How a numeric column writes its values, learned from the input so output looks like it.
public enum NumberStyle: Equatable, Sendable {
  case integer
  /// Rounded to `maximum` decimals, trailing zeros dropped down to `minimum`: input `10.0`, `54.51`
  /// gives minimum 1 and maximum 2. Equal bounds mean a fixed number of decimals.
  case decimals(minimum: Int, maximum: Int)
  /// Shortest round-trip text (the input used exponents such as `1e-05`).
  case shortest
}

/// One numeric text, read by `NumberFormatting.scan`.
struct ScannedNumber: Equatable {
  var value: Double
  var decimals: Int
  var isInteger: Bool
  var usesExponent: Bool
  var usesDecimalComma: Bool
}

enum NumberFormatting {
  /// Integers beyond 2^53 cannot be held exactly in a Double; such columns are treated as text.
  static let largestExactInteger: Double = 9_007_199_254_740_992

  /// Reads `12`, `-3.25`, `.5`, `1e-05`, and with `decimalComma` also `3,25`. Rejects leading zeros
  /// (`007` is a code, not a number), thousands separators, `inf`, `nan`, hex and spaces.
  static func scan(_ text: String, decimalComma: Bool) -> ScannedNumber? {
    var ascii: [UInt8] = []
    ascii.reserveCapacity(text.utf8.count)
    var i = 0
    let bytes = Array(text.utf8)
    let n = bytes.count
    guard n > 0, n <= 40 else { return nil }
    if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      if bytes[0] == UInt8(ascii: "-") { ascii.append(bytes[0]) }
      i = 1
    }
    let integerStart = i
    while i < n, UTF8Text.isASCIIDigit(bytes[i]) { ascii.append(bytes[i]); i += 1 }
    let integerDigits = i - integerStart
    if integerDigits > 1 && bytes[integerStart] == 48 { return nil }
    var decimals = 0
    var usedComma = false
    var hasPoint = false
    if i < n && (bytes[i] == UInt8(ascii: ".") || (decimalComma && bytes[i] == UInt8(ascii: ","))) {
      usedComma = bytes[i] == UInt8(ascii: ",")
      hasPoint = true
      if integerDigits == 0 { ascii.append(48) }
      ascii.append(UInt8(ascii: "."))
      i += 1
      while i < n, UTF8Text.isASCIIDigit(bytes[i]) { ascii.append(bytes[i]); i += 1; decimals += 1 }
      if decimals == 0 { return nil }
    }
    if integerDigits == 0 && decimals == 0 { return nil }
    var usesExponent = false
    if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      usesExponent = true
      ascii.append(UInt8(ascii: "e"))
      i += 1
      if i < n && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) { ascii.append(bytes[i]); i += 1 }
      let expStart = i
      while i < n, UTF8Text.isASCIIDigit(bytes[i]) { ascii.append(bytes[i]); i += 1 }
      if i == expStart || i - expStart > 3 { return nil }
    }
    guard i == n, let value = Double(String(decoding: ascii, as: UTF8.self)), value.isFinite else { return nil }
    let isInteger = !hasPoint && !usesExponent
    if isInteger && abs(value) > largestExactInteger { return nil }
    return ScannedNumber(value: value, decimals: decimals, isInteger: isInteger, usesExponent: usesExponent, usesDecimalComma: usedComma)
  }

  private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17]

  /// The value written in `style`; `decimalComma` writes `3,25` instead of `3.25`.
  static func format(_ value: Double, style: NumberStyle, decimalComma: Bool = false) -> String {
    var out: [UInt8] = []
    append(value, style: style, decimalComma: decimalComma, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func append(_ value: Double, style: NumberStyle, decimalComma: Bool, to out: inout [UInt8]) {
    switch style {
    case .integer:
      if abs(value) < 9.2e18 {
        let rounded = value.integer(.toNearestOrAwayFromZero, clampedTo: Int64.min ... Int64.max)
        out.append(contentsOf: String(rounded).utf8)
        return
      }
      appendShortest(value, decimalComma: decimalComma, to: &out)
    case .decimals(let minimum, let maximum):
      guard maximum < powersOfTen.count else { appendShortest(value, decimalComma: decimalComma, to: &out); return }
      let scaled = (value * powersOfTen[maximum]).rounded()
      guard abs(scaled) < 9.0e15 else { appendShortest(value, decimalComma: decimalComma, to: &out); return }
      var units = scaled.integer(clampedTo: Int64.min ... Int64.max)
      if units < 0 { out.append(UInt8(ascii: "-")); units = -units }
      var digits = Array(String(units).utf8)
      if digits.count <= maximum { digits = Array(repeating: 48, count: maximum + 1 - digits.count) + digits }
      var shown = maximum
      while shown > minimum && digits[digits.count - maximum + shown - 1] == 48 { shown -= 1 }
      let whole = digits.count - maximum
      out.append(contentsOf: digits[0..<whole])
      if shown > 0 {
        out.append(decimalComma ? UInt8(ascii: ",") : UInt8(ascii: "."))
        out.append(contentsOf: digits[whole..<(whole + shown)])
      }
    case .shortest:
      appendShortest(value, decimalComma: decimalComma, to: &out)
    }
  }

  private static func appendShortest(_ value: Double, decimalComma: Bool, to out: inout [UInt8]) {
    for b in "\(value)".utf8 { out.append(decimalComma && b == UInt8(ascii: ".") ? UInt8(ascii: ",") : b) }
  }

  /// A JSON number: integral values without `.0`, non-finite values as `null`.
  static func json(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded() && abs(value) < largestExactInteger {
      return String(value.integer(clampedTo: Int64.min ... Int64.max))
    }
    return "\(value)"
  }
}
