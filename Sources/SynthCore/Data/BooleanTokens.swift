/// Words read as true or false, in English and Dutch, ignoring case.
enum BooleanTokens {
  static let trueWords: [String] = ["true", "yes", "y", "ja", "j", "waar"]
  static let falseWords: [String] = ["false", "no", "n", "nee", "onwaar"]

  /// The truth value of `text`, or nil when it is not a boolean word (`0`/`1` only with `allowDigits`).
  static func value(_ text: String, allowDigits: Bool) -> Bool? {
    guard text.utf8.count <= 6 else { return nil }
    if allowDigits {
      if text == "1" { return true }
      if text == "0" { return false }
    }
    let lower = UTF8Text.asciiLowercased(text)
    if trueWords.contains(lower) { return true }
    if falseWords.contains(lower) { return false }
    return nil
  }
}
