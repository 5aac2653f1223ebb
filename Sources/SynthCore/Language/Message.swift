/// A sentence of the core that people read (an error, a reading notice, a type's name), as a typed
/// value: the case is the message id, its associated values the arguments.
///
/// Each language words every message in its own catalogue file (`English.swift`, `Dutch.swift`),
/// a switch over each message type, so the compiler lists what a new language still lacks. A third
/// language is one new catalogue file, a requirement here and a case of `Wording.Language`.
protocol Message {
  var english: String { get }
  var dutch: String { get }
}

extension Message {
  func text(_ language: Wording.Language) -> String {
    switch language {
    case .en: return english
    case .nl: return dutch
    }
  }

  func text(_ w: Wording) -> String { text(w.language) }
}

/// Joins words as a sentence does: "a", "a or b", "a, b or c".
func listed(_ items: [String], _ last: String) -> String {
  guard items.count > 1 else { return items.first ?? "" }
  return items.dropLast().joined(separator: ", ") + " \(last) " + items.last!
}
