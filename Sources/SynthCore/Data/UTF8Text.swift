/// Byte-level text helpers. The core walks UTF-8 bytes, never Characters: it is several times
/// faster in WebAssembly and gives the same result on every target.
enum UTF8Text {
  static func appendScalar(_ scalar: UInt32, to out: inout [UInt8]) {
    switch scalar {
    case 0..<0x80:
      out.append(UInt8(scalar))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (scalar >> 6)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (scalar >> 12)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (scalar >> 18)))
      out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// The byte offset of the first invalid UTF-8 sequence, or nil when all bytes are valid UTF-8.
  static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { firstInvalidOffset(bytes, from: 0) }

  /// Valid UTF-8 sequences of two or more bytes in `bytes`, at most `limit` (skipping invalid bytes).
  /// A Windows-1252 file hardly ever has one: an accented letter there is one byte followed by ASCII.
  static func multibyteCount(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
    var count = 0, i = 0
    while i < bytes.count && count < limit {
      guard bytes[i] >= 0x80 else { i += 1; continue }
      let bad = firstInvalidOffset(bytes, from: i, stopAfterOne: true)
      if bad == i { i += 1; continue }
      count += 1
      i += bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : 2
    }
    return count
  }

  /// From `start`: the offset of the first invalid sequence, or nil; with `stopAfterOne`, nil
  /// already after one valid non-ASCII sequence.
  private static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stopAfterOne: Bool = false) -> Int? {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 { i += 1; continue }
      let length: Int
      var minimum: UInt32
      var scalar: UInt32
      if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F) }
      else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F) }
      else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07) }
      else { return i }
      guard i + length <= n else { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        scalar = scalar << 6 | UInt32(c & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar < 0xE000) { return i }
      minimum = 0
      i += length
      if stopAfterOne { return nil }
    }
    return nil
  }

  /// Windows-1252 bytes 0x80...0x9F; the rest of the range is Latin-1 (byte == code point).
  /// The five undefined bytes map to their C1 control code points, as browsers do.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      if b < 0x80 { out.append(b) }
      else if b < 0xA0 { appendScalar(windows1252High[Int(b - 0x80)], to: &out) }
      else { appendScalar(UInt32(b), to: &out) }
    }
    return out
  }

  /// Re-encodes UTF-8 `text` in place as Windows-1252 (or ISO-8859-1 with `latin1`), so output
  /// goes back in the input's encoding; false, with `text` unchanged, when some character has no
  /// byte there. One byte per character is never longer than UTF-8, so the bytes fit in place.
  static func encodeSingleByte(_ text: inout [UInt8], latin1: Bool) -> Bool {
    func byte(_ scalar: UInt32) -> UInt8? {
      if scalar < 0x80 || (scalar >= 0xA0 && scalar <= 0xFF) || (latin1 && scalar <= 0xFF) { return UInt8(scalar) }
      if latin1 { return nil }
      guard let k = windows1252High.firstIndex(of: scalar) else { return nil }
      return UInt8(0x80 + k)
    }
    func scalar(at i: Int) -> (UInt32, Int) {
      let b = text[i]
      if b < 0x80 { return (UInt32(b), 1) }
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for k in 1..<length where i + k < text.count { value = value << 6 | UInt32(text[i + k] & 0x3F) }
      return (value, length)
    }
    var i = 0
    while i < text.count {
      if text[i] < 0x80 { i += 1; continue }
      let (value, length) = scalar(at: i)
      if byte(value) == nil { return false }
      i += length
    }
    var read = 0, write = 0
    while read < text.count {
      let (value, length) = scalar(at: read)
      text[write] = byte(value)!
      write += 1
      read += length
    }
    text.removeLast(text.count - write)
    return true
  }

  /// ISO-8859-1: every byte is the code point of the same number.
  static func decodeLatin1(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes { appendScalar(UInt32(b), to: &out) }
    return out
  }

  /// Decodes UTF-16 (after its byte-order mark) to UTF-8; nil when the text is malformed.
  static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8]? {
    guard bytes.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count / 2)
    var i = 0
    func unit(_ at: Int) -> UInt32 {
      bigEndian ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
    }
    while i < bytes.count {
      var scalar = unit(i)
      i += 2
      if scalar >= 0xD800 && scalar < 0xDC00 {
        guard i < bytes.count else { return nil }
        let low = unit(i)
        guard low >= 0xDC00 && low < 0xE000 else { return nil }
        i += 2
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if scalar >= 0xDC00 && scalar < 0xE000 {
        return nil
      }
      appendScalar(scalar, to: &out)
    }
    return out
  }

  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

  /// The text with control characters (C0 except line feed, DEL, C1) replaced by spaces, so that
  /// values from a file cannot move the cursor or recolour a terminal.
  /// `'a', 'b', 'c'` for messages; past `limit` items it ends in `, ...`.
  static func quotedList(_ items: [String], limit: Int = Int.max) -> String {
    var text = ""
    for (i, item) in items.prefix(limit).enumerated() { text += (i > 0 ? ", " : "") + "'" + item + "'" }
    if items.count > limit { text += ", ..." }
    return text
  }

  static func printable(_ text: String) -> String {
    var needed = false
    for s in text.unicodeScalars where isControl(s.value) { needed = true; break }
    guard needed else { return text }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars { out.append(isControl(s.value) ? " " : s) }
    return String(out)
  }

  private static func isControl(_ v: UInt32) -> Bool { (v < 32 && v != 10) || (v >= 0x7F && v < 0xA0) }

  static func isASCIIDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  /// ASCII lower-casing of a short token, for case-insensitive keyword matching.
  static func asciiLowercased(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for b in text.utf8 { out.append(b >= 65 && b <= 90 ? b + 32 : b) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The text without leading and trailing ASCII spaces and tabs.
  /// `text` with every occurrence of `old` (non-empty) replaced by `new`, scanning left to right.
  static func replacing(_ old: String, with new: String, in text: String) -> String {
    let source = Array(text.utf8), pattern = Array(old.utf8), replacement = Array(new.utf8)
    guard !pattern.isEmpty, source.count >= pattern.count else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(source.count)
    var i = 0
    while i < source.count {
      if i + pattern.count <= source.count && source[i..<(i + pattern.count)].elementsEqual(pattern) {
        out.append(contentsOf: replacement)
        i += pattern.count
      } else {
        out.append(source[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func trimmed(_ text: String) -> String {
    let u = Array(text.utf8)
    var start = 0, end = u.count
    while start < end, u[start] == 32 || u[start] == 9 { start += 1 }
    while end > start, u[end - 1] == 32 || u[end - 1] == 9 { end -= 1 }
    if start == 0 && end == u.count { return text }
    return String(decoding: u[start..<end], as: UTF8.self)
  }
}
