/// A sentence of the report's prose as its call site writes it, in English with its arguments:
/// `w("left out \(n) of \(m) rows")`. Its key is the sentence with `{}` for each argument ("left out
/// {} of {} rows"); another language's catalogue maps the key to its own sentence, with `{0}`, `{1}`
/// for the arguments in the English order, so a language puts them where its grammar wants them
/// (as gettext's msgid and SwiftUI's LocalizedStringKey do). Typed messages that stages hand each
/// other (errors, the schema table) are `Message`s instead.
public struct Phrase: ExpressibleByStringInterpolation, Equatable, Sendable {
  /// The sentence with `{}` for each argument.
  let key: String
  let arguments: [Argument]
  /// The English sentence, arguments filled in.
  let english: String

  public init(stringLiteral value: String) { (key, arguments, english) = (value, [], value) }

  public init(stringInterpolation: StringInterpolation) {
    (key, arguments, english) = (stringInterpolation.key, stringInterpolation.arguments, stringInterpolation.english)
  }

  /// A phrase written where its type is not known from context: `Phrase("option '\(name)'")`.
  init(_ phrase: Phrase) { self = phrase }

  /// A sentence held in data (a setting's label), without arguments.
  init(verbatim text: String) { (key, arguments, english) = (text, [], text) }

  /// An argument: text as it is (a number, a name), or a phrase worded in the same language
  /// ("option '--cp' needs {}", with "a number from 0 to below 1").
  enum Argument: Equatable, Sendable {
    case text(String)
    case phrase(Phrase)
  }

  public struct StringInterpolation: StringInterpolationProtocol {
    var key = ""
    var english = ""
    var arguments: [Argument] = []

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: String) {
      key += literal
      english += literal
    }

    public mutating func appendInterpolation<T: CustomStringConvertible>(_ value: T) {
      let text = value.description
      key += "{}"
      english += text
      arguments.append(.text(text))
    }

    public mutating func appendInterpolation(_ phrase: Phrase) {
      key += "{}"
      english += phrase.english
      arguments.append(.phrase(phrase))
    }
  }

  /// A catalogue's sentence with the arguments in place of `{0}`, `{1}`, ..., phrase arguments
  /// worded by `w`.
  func filling(_ template: String, _ w: Wording) -> String {
    var out = String.UnicodeScalarView()
    let scalars = Array(template.unicodeScalars)
    var i = 0
    while i < scalars.count {
      if scalars[i] == "{" {
        var j = i + 1
        var index = 0
        while j < scalars.count, let digit = Self.digit(scalars[j]) {
          index = index * 10 + digit
          j += 1
        }
        if j > i + 1, j < scalars.count, scalars[j] == "}", index < arguments.count {
          switch arguments[index] {
          case .text(let text): out.append(contentsOf: text.unicodeScalars)
          case .phrase(let phrase): out.append(contentsOf: w(phrase).unicodeScalars)
          }
          i = j + 1
          continue
        }
      }
      out.append(scalars[i])
      i += 1
    }
    return String(out)
  }

  private static func digit(_ s: Unicode.Scalar) -> Int? {
    s.value >= 48 && s.value <= 57 ? Int(s.value - 48) : nil
  }
}
