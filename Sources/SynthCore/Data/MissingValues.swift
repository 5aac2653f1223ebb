/// The texts that mean "no value" in any column, before any user-declared codes.
enum MissingValues {
  /// Matched exactly: the empty field, `?`, `-` and `.` (SPSS and Stata exports).
  static let exactTokens: [String] = ["", "?", "-", "."]
  /// Matched ignoring ASCII case: NA, N/A, NaN, null, NULL, None, ...
  static let caseInsensitiveTokens: [String] = ["na", "n/a", "nan", "null", "none"]

  static func isStandardToken(_ text: String) -> Bool {
    if exactTokens.contains(text) { return true }
    let bytes = text.utf8
    if bytes.count > 4 { return isBlank(text) }
    if caseInsensitiveTokens.contains(UTF8Text.asciiLowercased(text)) { return true }
    return isBlank(text)
  }

  static func isBlank(_ text: String) -> Bool {
    for b in text.utf8 where b != 32 && b != 9 { return false }
    return true
  }

  /// True when `text` is one of the user's codes, compared as text or, for numbers, by value
  /// (so `-8` also matches `-8.0`).
  static func matchesUserCode(_ text: String, codes: [String], decimalComma: Bool) -> Int? {
    for (i, code) in codes.enumerated() where code == text { return i }
    guard let value = NumberFormatting.scan(text, decimalComma: decimalComma)?.value else { return nil }
    for (i, code) in codes.enumerated() {
      if let codeValue = NumberFormatting.scan(code, decimalComma: decimalComma)?.value, codeValue == value { return i }
    }
    return nil
  }
}
