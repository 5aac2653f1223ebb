/// A pull scanner for the XML parts of a workbook: start and end tags with their attributes,
/// and text, as ranges of the buffer (no string is made until one is asked for, since a sheet
/// has millions of tags). Namespace prefixes are dropped from names (`x:row` is `row`).
/// Entities: the five predefined ones and character references; a DOCTYPE (which could define
/// more, and expand them a billion times) is refused, as are comments and processing
/// instructions left unclosed. Not a validating parser: a workbook part is trusted to be XML
/// only as far as the reader's questions go, and every index is checked.
struct XMLScanner {
  enum Kind { case start, end, empty, text, cdata }

  struct Token {
    var kind: Kind
    /// The local name (start, end, empty); the text (text, cdata).
    var start: Int
    var end: Int
    /// The attributes' source (start and empty tags).
    var attributesStart = 0
    var attributesEnd = 0
  }

  enum Failure: Error, Equatable {
    case malformed(offset: Int)
    case doctype(offset: Int)
  }

  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The next tag or text, or nil at the end.
  mutating func next() throws(Failure) -> Token? {
    let n = bytes.count
    while position < n {
      if bytes[position] != 0x3C {  // text up to the next '<'
        let start = position
        while position < n && bytes[position] != 0x3C { position += 1 }
        return Token(kind: .text, start: start, end: position)
      }
      let open = position
      guard position + 1 < n else { throw .malformed(offset: open) }
      switch bytes[position + 1] {
      case 0x3F:  // <? ... ?>
        guard let close = find([0x3F, 0x3E], from: position + 2) else { throw .malformed(offset: open) }
        position = close + 2
      case 0x21:  // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE
        if matches([0x21, 0x2D, 0x2D], at: position + 1) {
          guard let close = find([0x2D, 0x2D, 0x3E], from: position + 4) else { throw .malformed(offset: open) }
          position = close + 3
        } else if matches(Array("![CDATA[".utf8), at: position + 1) {
          let start = position + 9
          guard let close = find([0x5D, 0x5D, 0x3E], from: start) else { throw .malformed(offset: open) }
          position = close + 3
          return Token(kind: .cdata, start: start, end: close)
        } else {
          throw .doctype(offset: open)
        }
      case 0x2F:  // </name>
        guard let close = find([0x3E], from: position + 2) else { throw .malformed(offset: open) }
        let (start, end) = localName(from: position + 2, to: close)
        position = close + 1
        return Token(kind: .end, start: start, end: end)
      default:
        // <name attributes> or <name attributes/>; '>' inside a quoted value does not end it.
        var i = position + 1, quote: UInt8 = 0
        while i < n {
          let b = bytes[i]
          if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E { break }
          i += 1
        }
        guard i < n else { throw .malformed(offset: open) }
        let selfClosing = bytes[i - 1] == 0x2F
        let contentEnd = selfClosing ? i - 1 : i
        var nameEnd = position + 1
        while nameEnd < contentEnd && !Self.isSpace(bytes[nameEnd]) { nameEnd += 1 }
        let (start, end) = localName(from: position + 1, to: nameEnd)
        position = i + 1
        return Token(kind: selfClosing ? .empty : .start, start: start, end: end, attributesStart: nameEnd, attributesEnd: contentEnd)
      }
    }
    return nil
  }

  /// Whether the token's name is `name` (ASCII).
  func named(_ token: Token, _ name: [UInt8]) -> Bool {
    token.end - token.start == name.count && matches(name, at: token.start)
  }

  /// The value of attribute `name` (local name, so `r:id` is `id`), entities decoded.
  func attribute(_ token: Token, _ name: [UInt8]) -> String? {
    var found: String? = nil
    attributes(token) { ls, le, vs, ve in
      if found == nil && le - ls == name.count && matches(name, at: ls) {
        var out: [UInt8] = []
        decode(vs, ve, into: &out)
        found = String(decoding: out, as: UTF8.self)
      }
    }
    return found
  }

  /// Each attribute of a start or empty tag as byte ranges: its local name, its raw value.
  func attributes(_ token: Token, _ visit: (Int, Int, Int, Int) -> Void) {
    var cursor = token.attributesStart
    while let (ls, le, vs, ve) = nextAttribute(token, &cursor) { visit(ls, le, vs, ve) }
  }

  /// The attribute at `cursor` (start with the token's `attributesStart`), and moves past it: no
  /// closure, for the loops over millions of cells.
  func nextAttribute(_ token: Token, _ cursor: inout Int) -> (Int, Int, Int, Int)? {
    var i = cursor
    let end = token.attributesEnd
    while i < end && Self.isSpace(bytes[i]) { i += 1 }
    guard i < end else { return nil }
    let nameStart = i
    while i < end && bytes[i] != 0x3D && !Self.isSpace(bytes[i]) { i += 1 }
    let (ls, le) = localName(from: nameStart, to: i)
    while i < end && (Self.isSpace(bytes[i]) || bytes[i] == 0x3D) { i += 1 }
    guard i < end, bytes[i] == 0x22 || bytes[i] == 0x27 else { return nil }
    let quote = bytes[i]
    let valueStart = i + 1
    i = valueStart
    while i < end && bytes[i] != quote { i += 1 }
    cursor = i + 1
    return (ls, le, valueStart, min(i, end))
  }

  /// The byte at `i` (for reading a range `attributes` gave).
  subscript(i: Int) -> UInt8 { bytes[i] }

  /// A spreadsheet cell's usual rest, `<v>TEXT</v></c>` right at the position, with no entity or
  /// carriage return in TEXT: TEXT's range, the position moved past `</c>`. Anything else (a
  /// prefix, spaces, an entity) gives nil and leaves the position, for the general tokens.
  mutating func cellValue() -> (start: Int, end: Int)? {
    take(Self.valueOpen, Self.valueClose)
  }

  /// An inline string cell's usual rest, `<is><t>TEXT</t></is></c>`, as `cellValue` takes `<v>`.
  mutating func inlineStringValue() -> (start: Int, end: Int)? {
    take(Self.inlineOpen, Self.inlineClose)
  }

  private static let valueOpen = Array("<v>".utf8), valueClose = Array("</v></c>".utf8)
  private static let inlineOpen = Array("<is><t>".utf8), inlineClose = Array("</t></is></c>".utf8)

  /// `open`, a text without an entity or carriage return, `close`, right at the position.
  private mutating func take(_ open: [UInt8], _ close: [UInt8]) -> (start: Int, end: Int)? {
    let p = position, n = bytes.count
    guard matches(open, at: p) else { return nil }
    var i = p + open.count
    while i < n && bytes[i] != 0x3C {
      if bytes[i] == 0x26 || bytes[i] == 0x0D { return nil }
      i += 1
    }
    guard matches(close, at: i) else { return nil }
    position = i + close.count
    return (p + open.count, i)
  }

  /// Appends the text of a text or CDATA token to `out` (entities decoded in text).
  func appendText(_ token: Token, to out: inout [UInt8]) {
    if token.kind == .cdata { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])) } else { decode(token.start, token.end, into: &out) }
  }

  /// The text of a text or CDATA token (entities decoded in text).
  func text(_ token: Token) -> String {
    var out: [UInt8] = []
    appendText(token, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Skips to the end of the element whose start tag was just read (nested ones included).
  mutating func skipElement() throws(Failure) {
    var depth = 1
    while depth > 0, let t = try next() {
      if t.kind == .start { depth += 1 } else if t.kind == .end { depth -= 1 }
    }
  }

  // MARK: Bytes

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private func matches(_ pattern: [UInt8], at i: Int) -> Bool {
    guard i >= 0, i + pattern.count <= bytes.count else { return false }
    for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
    return true
  }

  private func find(_ pattern: [UInt8], from start: Int) -> Int? {
    var i = start
    while i + pattern.count <= bytes.count {
      if bytes[i] == pattern[0] && matches(pattern, at: i) { return i }
      i += 1
    }
    return nil
  }

  /// The name in `start..<end` without its namespace prefix.
  private func localName(from start: Int, to end: Int) -> (Int, Int) {
    var s = start, e = end
    while e > s && Self.isSpace(bytes[e - 1]) { e -= 1 }
    for i in s..<e where bytes[i] == 0x3A { s = i + 1 }
    return (s, e)
  }

  /// The text in `start..<end` with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#N;` `&#xH;`
  /// decoded; an unknown or broken reference stays as written.
  func decode(_ start: Int, _ end: Int, into out: inout [UInt8]) {
    var i = start
    while i < end {
      // Runs without a reference are copied at once.
      var run = i
      while run < end && bytes[run] != 0x26 { run += 1 }
      if run > i {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<run]))
        i = run
        if i == end { break }
      }
      let b = bytes[i]
      guard b == 0x26 else {
        out.append(b)
        i += 1
        continue
      }
      var semicolon = i + 1
      while semicolon < end && semicolon - i <= 10 && bytes[semicolon] != 0x3B { semicolon += 1 }
      guard semicolon < end, bytes[semicolon] == 0x3B else {
        out.append(b)
        i += 1
        continue
      }
      let name = Array(bytes[(i + 1)..<semicolon])
      var scalar: UInt32? = nil
      switch name {
      case Array("amp".utf8): scalar = 0x26
      case Array("lt".utf8): scalar = 0x3C
      case Array("gt".utf8): scalar = 0x3E
      case Array("quot".utf8): scalar = 0x22
      case Array("apos".utf8): scalar = 0x27
      default:
        if name.first == 0x23 {
          let hex = name.count > 1 && (name[1] == 0x78 || name[1] == 0x58)
          var value: UInt32 = 0, digits = 0, ok = true
          for d in name.dropFirst(hex ? 2 : 1) {
            let v: UInt32
            if d >= 0x30 && d <= 0x39 { v = UInt32(d - 0x30) }
            else if hex && d >= 0x61 && d <= 0x66 { v = UInt32(d - 0x61 + 10) }
            else if hex && d >= 0x41 && d <= 0x46 { v = UInt32(d - 0x41 + 10) }
            else { ok = false; break }
            value = value * (hex ? 16 : 10) + v
            digits += 1
            if value > 0x10FFFF { ok = false; break }
          }
          if ok && digits > 0 && !(value >= 0xD800 && value < 0xE000) && value != 0 { scalar = value }
        }
      }
      guard let scalar else {
        out.append(b)
        i += 1
        continue
      }
      UTF8Text.appendScalar(scalar, to: &out)
      i = semicolon + 1
    }
  }
}
