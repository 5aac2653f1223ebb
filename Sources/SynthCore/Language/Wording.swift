/// The language of every sentence the core shows (report, schema reasons, notes), and how numbers
/// are written in it (Dutch writes 1.234,5). Prose is written in English at its call site,
/// `w("...")`, and looked up in the language's catalogue (`Phrase`, Language/).
struct Wording {
  enum Language: String { case en, nl }
  let language: Language

  var dutch: Bool { language == .nl }

  /// A sentence of prose in this language: English as written, other languages from their catalogue
  /// (an English sentence a catalogue lacks stays English; `PhraseCatalogueTests` finds none lacking).
  func callAsFunction(_ phrase: Phrase) -> String {
    switch language {
    case .en: return phrase.english
    case .nl: return Dutch.phrases[phrase.key].map { phrase.filling($0, self) } ?? phrase.english
    }
  }

  /// "not available" for NaN and infinities.
  var notAvailable: String { self("n/a") }

  /// Fixed decimals with thousands separators.
  func number(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return notAvailable }
    let text = NumberFormatting.format(value, style: .decimals(minimum: decimals, maximum: decimals), decimalComma: dutch)
    return grouped(text)
  }

  /// Enough digits for a statistic of any size: 3 significant digits below 100, whole numbers above 1,000.
  func value(_ value: Double) -> String {
    guard value.isFinite else { return notAvailable }
    let magnitude = abs(value)
    if magnitude >= 1000 { return number(value, decimals: 0) }
    if magnitude >= 100 { return number(value, decimals: 1) }
    if magnitude >= 1 || magnitude == 0 { return number(value, decimals: 2) }
    if magnitude >= 0.01 { return number(value, decimals: 3) }
    return number(value, decimals: 4)
  }

  func count(_ n: Int) -> String { grouped(String(n)) }

  /// A share in 0...1 as a percentage.
  func percent(_ share: Double, decimals: Int = 1) -> String {
    guard share.isFinite else { return notAvailable }
    if share > 0 && share < 0.5 * pow10(-decimals - 2) { return "<" + number(pow10(-decimals), decimals: decimals) + "%" }
    return number(share * 100, decimals: decimals) + "%"
  }

  /// A value already in percent (synthpop's disclosure measures).
  func percentValue(_ value: Double, decimals: Int = 2) -> String {
    guard value.isFinite else { return notAvailable }
    return number(value, decimals: decimals) + "%"
  }

  func seconds(_ value: Double) -> String { number(value, decimals: value < 10 ? 2 : 1) + " s" }

  private func pow10(_ k: Int) -> Double {
    var r = 1.0
    if k >= 0 { for _ in 0..<k { r *= 10 } } else { for _ in 0..<(-k) { r /= 10 } }
    return r
  }

  /// Inserts thousands separators into the whole part of a formatted number.
  private func grouped(_ text: String) -> String {
    let bytes = Array(text.utf8)
    let separator: UInt8 = dutch ? UInt8(ascii: ".") : UInt8(ascii: ",")
    let mark: UInt8 = dutch ? UInt8(ascii: ",") : UInt8(ascii: ".")
    let start = bytes.first == UInt8(ascii: "-") ? 1 : 0
    let end = bytes.firstIndex(of: mark) ?? bytes.count
    guard end - start > 3 else { return text }
    var out: [UInt8] = Array(bytes[..<start])
    for i in start..<end {
      if i > start && (end - i) % 3 == 0 { out.append(separator) }
      out.append(bytes[i])
    }
    out.append(contentsOf: bytes[end...])
    return String(decoding: out, as: UTF8.self)
  }
}
