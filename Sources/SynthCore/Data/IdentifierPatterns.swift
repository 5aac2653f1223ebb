/// Shapes and checksums of values that identify a person directly (BSN, IBAN, phone, e-mail) or
/// together with other columns (Dutch postcodes).
///
/// A column is judged by the share of its rows that fit, so a few typos do not hide an identifier;
/// checksums make chance matches rare (a random nine-digit number passes the eleven test 1 time in 11).
enum IdentifierPatterns {
  /// Share of rows that must fit a pattern before the whole column is called by it.
  static let minimumShare = 0.9
  /// Fewer distinct values than this are too few to judge a pattern.
  static let minimumDistinct = 5

  /// The direct-identifier pattern that most rows fit, with that share of rows.
  /// - Complexity: stops as soon as more rows miss every pattern than the share allows, so an
  ///   ordinary column costs a look at a few of its values.
  static func direct(_ texts: [String], counts: [Int], observed: [Int], observedRows: Int) -> (IdentifierKind, Double)? {
    guard observed.count >= minimumDistinct, observedRows > 0 else { return nil }
    let allowedMisses = Double(observedRows) * (1 - minimumShare)
    var fits = [0, 0, 0, 0]  // email, iban, bsn, phone
    var misses = [0, 0, 0, 0]
    for code in observed {
      let n = counts[code]
      let bytes = Array(texts[code].utf8)
      let hit = isEmail(bytes) ? 0 : isIBAN(bytes) ? 1 : isBSN(bytes) ? 2 : isPhone(bytes) ? 3 : -1
      for k in 0..<4 { if k == hit { fits[k] += n } else { misses[k] += n } }
      if misses.allSatisfy({ Double($0) > allowedMisses }) { return nil }
    }
    let kinds: [IdentifierKind] = [.email, .iban, .bsn, .phone]
    for (i, kind) in kinds.enumerated() {
      let share = Double(fits[i]) / Double(observedRows)
      if share >= minimumShare { return (kind, share) }
    }
    return nil
  }

  /// Share of rows holding a Dutch six-character postcode (`1234 AB`, `1234ab`).
  static func postcodeShare(_ texts: [String], counts: [Int], observed: [Int]) -> Double {
    var total = 0, fit = 0
    for code in observed {
      total += counts[code]
      if isPostcode(Array(texts[code].utf8)) { fit += counts[code] }
    }
    return total == 0 ? 0 : Double(fit) / Double(total)
  }

  static func isEmail(_ b: [UInt8]) -> Bool {
    guard b.count >= 5, b.count <= 254 else { return false }
    var at = -1
    for (i, c) in b.enumerated() {
      if c <= 32 || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") { return false }
      if c == UInt8(ascii: "@") {
        if at >= 0 { return false }
        at = i
      }
    }
    guard at > 0, at < b.count - 3 else { return false }
    guard let dot = b.lastIndex(of: UInt8(ascii: ".")), dot > at + 1, dot < b.count - 1 else { return false }
    return true
  }

  /// ISO 13616: two letters, two check digits, up to 30 letters or digits; the number with its
  /// first four characters moved to the end, letters as 10 to 35, leaves 1 when divided by 97.
  static func isIBAN(_ raw: [UInt8]) -> Bool {
    var b: [UInt8] = []
    for c in raw where c != 32 { b.append(c >= 97 && c <= 122 ? c - 32 : c) }
    guard b.count >= 15, b.count <= 34 else { return false }
    guard isUpper(b[0]), isUpper(b[1]), UTF8Text.isASCIIDigit(b[2]), UTF8Text.isASCIIDigit(b[3]) else { return false }
    var remainder = 0
    for c in b[4...] + b[..<4] {
      if UTF8Text.isASCIIDigit(c) {
        remainder = (remainder * 10 + Int(c - 48)) % 97
      } else if isUpper(c) {
        remainder = (remainder * 100 + Int(c - 55)) % 97
      } else {
        return false
      }
    }
    return remainder == 1
  }

  /// Nine digits (eight when a leading zero was lost), optionally grouped by dots, spaces or dashes,
  /// passing the eleven test: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11.
  static func isBSN(_ raw: [UInt8]) -> Bool {
    guard raw.count <= 11 else { return false }
    var digits: [Int] = []
    for c in raw {
      if UTF8Text.isASCIIDigit(c) { digits.append(Int(c - 48)) }
      else if c != UInt8(ascii: ".") && c != 32 && c != UInt8(ascii: "-") { return false }
    }
    if digits.count == 8 { digits.insert(0, at: 0) }
    guard digits.count == 9, digits.contains(where: { $0 != 0 }) else { return false }
    var sum = 0
    for i in 0..<8 { sum += (9 - i) * digits[i] }
    sum -= digits[8]
    return sum % 11 == 0
  }

  /// A national number starting with 0 (10 to 13 digits, as `06-12345678` or `020 123 4567`) or an
  /// international one starting with + or 00 (11 to 15 digits).
  static func isPhone(_ raw: [UInt8]) -> Bool {
    guard let first = raw.first, raw.count <= 24 else { return false }
    // A date or a decimal such as 01-02-2020 or 0.5 is no phone number; the count of digits tells.
    var digits: [UInt8] = []
    for (i, c) in raw.enumerated() {
      if UTF8Text.isASCIIDigit(c) { digits.append(c) }
      else if c == UInt8(ascii: "+") && i == 0 { continue }
      else if c != 32 && c != UInt8(ascii: "-") && c != UInt8(ascii: "(") && c != UInt8(ascii: ")") && c != UInt8(ascii: ".") && c != UInt8(ascii: "/") { return false }
    }
    if first == UInt8(ascii: "+") || (digits.count > 2 && digits[0] == 48 && digits[1] == 48) { return digits.count >= 11 && digits.count <= 15 }
    return digits.first == 48 && digits.count >= 10 && digits.count <= 13
  }

  /// Four digits, the first not 0, an optional space, two letters.
  static func isPostcode(_ b: [UInt8]) -> Bool {
    let letters = b.count == 7 && b[4] == 32 ? 5 : 4
    guard b.count == letters + 2 else { return false }
    guard b[0] >= 49 && b[0] <= 57 else { return false }
    for i in 1..<4 where !UTF8Text.isASCIIDigit(b[i]) { return false }
    return isLetter(b[letters]) && isLetter(b[letters + 1])
  }

  /// The four digits of a six-character postcode, or nil.
  static func pc4(_ text: String) -> String? {
    let b = Array(text.utf8)
    guard isPostcode(b) else { return nil }
    return String(decoding: b[0..<4], as: UTF8.self)
  }

  private static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
  private static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || (c >= 97 && c <= 122) }

  /// Kolmogorov-Smirnov distance between sorted values and the uniform distribution on their range.
  static func uniformDistance(_ sorted: [Double]) -> Double {
    guard let low = sorted.first, let high = sorted.last, high > low else { return 1 }
    let n = Double(sorted.count)
    var d = 0.0
    for (i, x) in sorted.enumerated() {
      let f = (x - low) / (high - low)
      d = max(d, max(Double(i + 1) / n - f, f - Double(i) / n))
    }
    return d
  }

  /// Column names that say the values are postcodes or dates of birth (English and Dutch).
  static func nameSays(_ name: String, _ words: [String]) -> Bool {
    var letters: [UInt8] = []
    for c in UTF8Text.asciiLowercased(name).utf8 where (c >= 97 && c <= 122) || UTF8Text.isASCIIDigit(c) { letters.append(c) }
    for word in words {
      let w = Array(word.utf8)
      guard letters.count >= w.count else { continue }
      for start in 0...(letters.count - w.count) where Array(letters[start..<(start + w.count)]) == w { return true }
    }
    return false
  }

  /// Whether a column's name says it numbers records: a word `id`, `nr`, `no`, `nummer` or
  /// `number` (words split at anything but letters and digits, and at camelCase), or a word
  /// ending in `nummer`, `number` or `nr` (`klantnummer`, `clientnr`). `paid` or `valid` are not:
  /// only whole words count as `id`.
  static func nameSaysNumbered(_ name: String) -> Bool {
    var words: [[UInt8]] = [[]]
    var previousLower = false
    for c in name.utf8 {
      let upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122, digit = UTF8Text.isASCIIDigit(c)
      guard upper || lower || digit else {
        if !words[words.count - 1].isEmpty { words.append([]) }
        previousLower = false
        continue
      }
      if upper && previousLower { words.append([]) }
      words[words.count - 1].append(upper ? c + 32 : c)
      previousLower = lower || digit
    }
    for word in words where !word.isEmpty {
      let text = String(decoding: word, as: UTF8.self)
      if ["id", "nr", "no", "nummer", "number"].contains(text) { return true }
      if text.hasSuffix("nummer") || text.hasSuffix("number") || (text.hasSuffix("nr") && text.count > 3) { return true }
    }
    return false
  }

  static let postcodeNames = ["postcode", "postalcode", "zipcode", "zip", "pc4", "pc6"]
  static let birthNames = ["birth", "dob", "geboorte", "gebdat", "geboren"]
}
