/// A parsed JSON document: settings files and requests arrive as JSON.
///
/// Objects keep their members in document order (an array of pairs, never a Dictionary),
/// so nothing downstream can depend on hash order.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      guard x.count == y.count else { return false }
      for i in 0..<x.count where x[i].0 != y[i].0 || x[i].1 != y[i].1 { return false }
      return true
    default: return false
    }
  }

  /// The member named `key` of an object, or nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    for (name, value) in members where name == key { return value }
    return nil
  }

  public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
  public var numberValue: Double? { if case .number(let n) = self { return n }; return nil }
  public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
  public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
  public var objectValue: [(String, JSONValue)]? { if case .object(let o) = self { return o }; return nil }
}

/// Why a JSON text could not be read; `line` and `column` are 1-based.
public struct JSONSyntaxError: Error, Equatable, Sendable {
  public var line: Int
  public var column: Int
  var message: Phrase
}

/// A strict RFC 8259 reader over UTF-8 bytes.
struct JSONParser {
  private let bytes: [UInt8]
  private var position = 0
  private var depth = 0

  static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.position < bytes.count { throw parser.error("unexpected text after the JSON value") }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ message: Phrase) -> JSONSyntaxError {
    var line = 1, column = 1
    for i in 0..<min(position, bytes.count) {
      if bytes[i] == 10 { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
    }
    return JSONSyntaxError(line: line, column: column, message: message)
  }

  private mutating func skipWhitespace() {
    while position < bytes.count, bytes[position] == 32 || bytes[position] == 9 || bytes[position] == 10 || bytes[position] == 13 {
      position += 1
    }
  }

  private mutating func expect(_ literal: StaticString) throws(JSONSyntaxError) {
    let text = literal.utf8Start
    for i in 0..<literal.utf8CodeUnitCount {
      guard position < bytes.count, bytes[position] == text[i] else { throw error("invalid literal") }
      position += 1
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard position < bytes.count else { throw error("unexpected end of JSON") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expect("true"); return .bool(true)
    case UInt8(ascii: "f"): try expect("false"); return .bool(false)
    case UInt8(ascii: "n"): try expect("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("unexpected character")
    }
  }

  private mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > 200 { throw error("JSON nested too deeply") }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    position += 1
    var members: [(String, JSONValue)] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; depth -= 1; return .object(members) }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
      let key = try parseString()
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after the member name") }
      position += 1
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of JSON in an object") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "}") { position += 1; depth -= 1; return .object(members) }
      throw error("expected ',' or '}' in an object")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    position += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; depth -= 1; return .array(items) }
    while true {
      skipWhitespace()
      items.append(try parseValue())
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of JSON in an array") }
      if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
      if bytes[position] == UInt8(ascii: "]") { position += 1; depth -= 1; return .array(items) }
      throw error("expected ',' or ']' in an array")
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[position]
      let digit: UInt32
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape")
      }
      value = value * 16 + digit
      position += 1
    }
    return value
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    position += 1
    var out: [UInt8] = []
    while true {
      guard position < bytes.count else { throw error("string is never closed") }
      let c = bytes[position]
      if c == UInt8(ascii: "\"") { position += 1; break }
      if c < 0x20 { throw error("control character inside a string") }
      if c != UInt8(ascii: "\\") { out.append(c); position += 1; continue }
      position += 1
      guard position < bytes.count else { throw error("string is never closed") }
      let escape = bytes[position]
      position += 1
      switch escape {
      case UInt8(ascii: "\""): out.append(34)
      case UInt8(ascii: "\\"): out.append(92)
      case UInt8(ascii: "/"): out.append(47)
      case UInt8(ascii: "b"): out.append(8)
      case UInt8(ascii: "f"): out.append(12)
      case UInt8(ascii: "n"): out.append(10)
      case UInt8(ascii: "r"): out.append(13)
      case UInt8(ascii: "t"): out.append(9)
      case UInt8(ascii: "u"):
        var scalar = try parseHex4()
        if scalar >= 0xD800 && scalar < 0xDC00 {
          guard position + 1 < bytes.count, bytes[position] == 92, bytes[position + 1] == UInt8(ascii: "u") else {
            throw error("unpaired surrogate in \\u escape")
          }
          position += 2
          let low = try parseHex4()
          guard low >= 0xDC00 && low < 0xE000 else { throw error("unpaired surrogate in \\u escape") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if scalar >= 0xDC00 && scalar < 0xE000 {
          throw error("unpaired surrogate in \\u escape")
        }
        UTF8Text.appendScalar(scalar, to: &out)
      default: throw error("invalid escape in a string")
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
    guard isDigit(position) else { throw error("invalid number") }
    if bytes[position] == 48 { position += 1 } else { while isDigit(position) { position += 1 } }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard isDigit(position) else { throw error("invalid number") }
      while isDigit(position) { position += 1 }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
      guard isDigit(position) else { throw error("invalid number") }
      while isDigit(position) { position += 1 }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Double(text) else { throw error("invalid number") }
    return value
  }
}

/// Builds JSON text in a fixed member order; non-finite numbers become null.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = [false]
  private let indentUnit: Int
  private var pendingKey = false

  /// `indent` 0 writes compact JSON; otherwise each member goes on its own line.
  init(indent: Int = 0) { indentUnit = indent }

  private mutating func newline() {
    guard indentUnit > 0 else { return }
    bytes.append(10)
    for _ in 0..<(indentUnit * (needsComma.count - 1)) { bytes.append(32) }
  }

  private mutating func beforeValue() {
    if pendingKey { pendingKey = false; return }
    if needsComma[needsComma.count - 1] { bytes.append(44) }
    needsComma[needsComma.count - 1] = true
    if needsComma.count > 1 { newline() }
  }

  mutating func key(_ name: String) {
    beforeValue()
    JSONWriter.appendQuoted(name, to: &bytes)
    bytes.append(58)
    if indentUnit > 0 { bytes.append(32) }
    pendingKey = true
  }

  mutating func beginObject() { beforeValue(); bytes.append(123); needsComma.append(false) }
  mutating func endObject() { let had = needsComma.removeLast(); if had { newline() }; bytes.append(125) }
  mutating func beginArray() { beforeValue(); bytes.append(91); needsComma.append(false) }
  mutating func endArray() { let had = needsComma.removeLast(); if had { newline() }; bytes.append(93) }

  mutating func string(_ value: String) { beforeValue(); JSONWriter.appendQuoted(value, to: &bytes) }
  mutating func bool(_ value: Bool) { beforeValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
  mutating func null() { beforeValue(); bytes.append(contentsOf: "null".utf8) }
  mutating func int(_ value: Int) { beforeValue(); bytes.append(contentsOf: String(value).utf8) }
  mutating func int64(_ value: Int64) { beforeValue(); bytes.append(contentsOf: String(value).utf8) }
  mutating func number(_ value: Double) {
    beforeValue()
    bytes.append(contentsOf: NumberFormatting.json(value).utf8)
  }
  /// Writes already-formatted number text (e.g. a value printed with its column's decimals).
  mutating func rawNumber(_ text: String) { beforeValue(); bytes.append(contentsOf: text.utf8) }
  /// Writes a value that is already JSON text (such as a large array written by another writer).
  mutating func rawValue(_ json: [UInt8]) { beforeValue(); bytes.append(contentsOf: json) }
  mutating func optionalString(_ value: String?) { if let value { string(value) } else { null() } }
  mutating func optionalNumber(_ value: Double?) { if let value { number(value) } else { null() } }

  mutating func field(_ name: String, _ value: String) { key(name); string(value) }
  mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
  mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
  mutating func field(_ name: String, number value: Double) { key(name); number(value) }

  mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let b): bool(b)
    case .number(let n): number(n)
    case .string(let s): string(s)
    case .array(let items): beginArray(); for item in items { self.value(item) }; endArray()
    case .object(let members): beginObject(); for (k, v) in members { key(k); self.value(v) }; endObject()
    }
  }

  static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(34)
    for c in text.utf8 {
      switch c {
      case 34: out.append(92); out.append(34)
      case 92: out.append(92); out.append(92)
      case 10: out.append(92); out.append(UInt8(ascii: "n"))
      case 13: out.append(92); out.append(UInt8(ascii: "r"))
      case 9: out.append(92); out.append(UInt8(ascii: "t"))
      case 0..<0x20, 0x7F:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hex[Int(c >> 4)], hex[Int(c & 15)]])
      default: out.append(c)
      }
    }
    out.append(34)
  }
}
