/// A task result that can travel between module instances as bytes: the page's pool of Web
/// Workers runs one module per worker, and each fits some of a loop's tasks and hands the others
/// its results (see `Workers.Pool`). Decoding gives back the same value bit for bit (doubles
/// travel as their bit patterns), so the output does not depend on who computed what.
protocol Portable {
  func write(to out: inout PortableWriter)
  init(from input: inout PortableReader)
}

/// Little-endian bytes: integers as 64 bits (an `Int` is 32 bits on wasm32 but 64 natively, and
/// the native tests exchange results too), doubles as their bits, text as UTF-8 with its length.
struct PortableWriter {
  var bytes: [UInt8] = []

  mutating func write(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }
  mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
  mutating func write(_ value: Double) { write(value.bitPattern) }
  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }
  mutating func write(_ value: String) {
    let utf8 = Array(value.utf8)
    write(utf8.count)
    bytes += utf8
  }
  mutating func write(_ values: [Int32]) {
    write(values.count)
    for v in values { write(UInt32(bitPattern: v)) }
  }
  mutating func write(_ values: [Double]) {
    write(values.count)
    for v in values { write(v.bitPattern) }
  }
  mutating func write(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }
  mutating func write<T: Portable>(_ value: T) { value.write(to: &self) }
  mutating func write<T: Portable>(_ values: [T]) {
    write(values.count)
    for v in values { v.write(to: &self) }
  }
}

/// Reads what a `PortableWriter` wrote, in the same order. The bytes come from another instance
/// of the same module, never from a user, so a short read is a defect: it gives zeros.
struct PortableReader {
  let bytes: [UInt8]
  var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func uint64() -> UInt64 {
    var value: UInt64 = 0
    for i in 0..<8 where offset + i < bytes.count { value |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
    offset += 8
    return value
  }
  mutating func uint32() -> UInt32 {
    var value: UInt32 = 0
    for i in 0..<4 where offset + i < bytes.count { value |= UInt32(bytes[offset + i]) << UInt32(8 * i) }
    offset += 4
    return value
  }
  mutating func int() -> Int { Int(truncatingIfNeeded: Int64(bitPattern: uint64())) }
  mutating func double() -> Double { Double(bitPattern: uint64()) }
  mutating func bool() -> Bool {
    defer { offset += 1 }
    return offset < bytes.count && bytes[offset] != 0
  }
  /// A length, never more than the bytes left.
  mutating func count() -> Int { max(0, min(int(), bytes.count - offset)) }
  mutating func string() -> String {
    let n = count()
    guard n > 0 else { return "" }
    defer { offset += n }
    return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
  }
  mutating func int32s() -> [Int32] {
    let n = min(count(), (bytes.count - offset) / 4)
    return (0..<n).map { _ in Int32(bitPattern: uint32()) }
  }
  mutating func doubles() -> [Double] {
    let n = min(count(), (bytes.count - offset) / 8)
    return (0..<n).map { _ in double() }
  }
  mutating func read<T: Portable>(_: T.Type = T.self) -> T { T(from: &self) }
  mutating func array<T: Portable>(of _: T.Type = T.self) -> [T] {
    let n = count()
    return (0..<n).map { _ in T(from: &self) }
  }
  mutating func optional<T: Portable>(_: T.Type = T.self) -> T? { bool() ? T(from: &self) : nil }
}

extension Optional: Portable where Wrapped: Portable {
  func write(to out: inout PortableWriter) {
    out.write(self != nil)
    if let value = self { value.write(to: &out) }
  }
  init(from input: inout PortableReader) { self = input.optional(Wrapped.self) }
}
