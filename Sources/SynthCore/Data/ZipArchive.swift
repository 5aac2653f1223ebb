/// The entries of a ZIP file (PKWARE APPNOTE 6.3: end of central directory, central directory,
/// local headers), stored or DEFLATE-compressed: enough for `.xlsx` workbooks.
///
/// The file is hostile. Every offset and size is checked against the file before use; entries
/// whose data overlap (a ZIP bomb reuses one compressed run for many entries) are refused;
/// declared sizes are checked against a budget before anything is inflated, inflating stops at
/// the declared size, and the CRC-32 must match. ZIP64, encryption and other methods are
/// refused with a message rather than guessed at.
public struct ZipArchive {
  struct Entry {
    var name: String
    var method: Int
    var crc: UInt32
    var compressedSize: Int
    /// As declared; checked against the budget before it is used as a count.
    var size: Int64
    /// Where the entry's local header and its data start in the file.
    var headerOffset: Int
    var dataOffset: Int
  }

  public enum Failure: Error, Equatable, Sendable {
    case notZip
    /// A structure that runs past the end of the file or points outside it.
    case truncated(offset: Int)
    case zip64
    case encrypted(entry: String)
    case method(entry: String, method: Int)
    /// Two entries share bytes of the file.
    case overlapping(entry: String)
    /// An entry, or all entries read together, would inflate past the budget.
    case tooLarge(entry: String, size: Int64, limit: Int64)
    case corrupt(entry: String, offset: Int)
    case missing(entry: String)
  }

  /// Inflated bytes allowed for one entry and for all entries read from one archive (the
  /// WebAssembly module has 4 GB in all; a sheet of 2 million rows is a few hundred MB).
  static let entryLimit: Int64 = 1 << 30
  static let totalLimit: Int64 = 3 << 29

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var entries: [Entry] = []
  private var inflated: Int64 = 0

  static func isZip(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
    self.bytes = bytes
    guard Self.isZip(bytes), bytes.count >= 22 else { throw .notZip }
    // The end record is the last thing in the file, before a comment of up to 65,535 bytes.
    var end = -1
    var i = bytes.count - 22
    while i >= max(0, bytes.count - 22 - 65_535) {
      if word(i) == 0x0605_4B50 {
        end = i
        break
      }
      i -= 1
    }
    guard end >= 0 else { throw .truncated(offset: bytes.count) }
    let count = u16(end + 10), declaredSize = u32(end + 12), declaredStart = u32(end + 16)
    if count == 0xFFFF || declaredSize == 0xFFFF_FFFF || declaredStart == 0xFFFF_FFFF { throw .zip64 }
    // Offsets are checked as 64-bit numbers before they become Int (32 bits in WebAssembly).
    guard declaredStart <= Int64(end), declaredSize <= Int64(end) - declaredStart else { throw .truncated(offset: end) }
    let start = Int(declaredStart), size = Int(declaredSize)
    var at = start
    for _ in 0..<count {
      guard at + 46 <= start + size, word(at) == 0x0201_4B50 else { throw .truncated(offset: at) }
      let flags = u16(at + 8), method = u16(at + 10)
      let crc = word(at + 16), compressed64 = u32(at + 20), uncompressed = u32(at + 24)
      let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
      let local64 = u32(at + 42)
      guard at + 46 + nameLength + extraLength + commentLength <= start + size else { throw .truncated(offset: at) }
      let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(at + 46)..<(at + 46 + nameLength)]), as: UTF8.self)
      if compressed64 == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local64 == 0xFFFF_FFFF { throw .zip64 }
      if flags & 1 != 0 { throw .encrypted(entry: name) }
      // The local header repeats the name and may carry its own extra field.
      guard local64 <= Int64(start) - 30 else { throw .truncated(offset: at + 42) }
      let local = Int(local64)
      guard word(local) == 0x0403_4B50 else { throw .truncated(offset: local) }
      let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
      guard dataOffset <= start, compressed64 <= Int64(start - dataOffset) else { throw .truncated(offset: local) }
      let compressed = Int(compressed64)
      entries.append(Entry(name: name, method: method, crc: crc, compressedSize: compressed, size: uncompressed, headerOffset: local, dataOffset: dataOffset))
      at += 46 + nameLength + extraLength + commentLength
    }
    // Each entry's header and data end before the next entry's header begins.
    let byOffset = entries.indices.sorted { entries[$0].dataOffset < entries[$1].dataOffset }
    for k in byOffset.indices.dropFirst() {
      let previous = entries[byOffset[k - 1]], this = entries[byOffset[k]]
      if previous.dataOffset + previous.compressedSize > this.headerOffset { throw .overlapping(entry: this.name) }
    }
  }

  func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

  /// The inflated bytes of entry `name`.
  mutating func read(_ name: String) throws(Failure) -> [UInt8] {
    guard let e = entry(name) else { throw .missing(entry: name) }
    guard e.size <= Self.entryLimit else { throw .tooLarge(entry: name, size: e.size, limit: Self.entryLimit) }
    guard inflated + e.size <= Self.totalLimit else { throw .tooLarge(entry: name, size: inflated + e.size, limit: Self.totalLimit) }
    let size = Int(e.size)
    let data = UnsafeBufferPointer(rebasing: bytes[e.dataOffset..<(e.dataOffset + e.compressedSize)])
    var out: [UInt8]
    switch e.method {
    case 0:
      guard e.compressedSize == size else { throw .corrupt(entry: name, offset: e.dataOffset) }
      out = Array(data)
    case 8:
      do {
        out = try Inflate.inflate(data, limit: size, sizeHint: size)
      } catch {
        switch error {
        case .tooLarge: throw .tooLarge(entry: name, size: e.size + 1, limit: e.size)
        case .truncated(let o), .badBlock(let o), .badCode(let o), .distanceTooFar(let o): throw .corrupt(entry: name, offset: e.dataOffset + o)
        }
      }
    default:
      throw .method(entry: name, method: e.method)
    }
    guard out.count == size, Self.crc32(out) == e.crc else { throw .corrupt(entry: name, offset: e.dataOffset) }
    inflated += Int64(out.count)
    return out
  }

  private func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
  /// A 32-bit field as a signature or checksum, and as a 64-bit number (sizes and offsets).
  private func word(_ at: Int) -> UInt32 { UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24 }
  private func u32(_ at: Int) -> Int64 { Int64(word(at)) }

  /// Eight tables of 256 (slicing by eight: eight bytes a step instead of one).
  private static let crcTables: [UInt32] = {
    var t = [UInt32](repeating: 0, count: 8 * 256)
    for n in 0..<256 {
      var c = UInt32(n)
      for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
      t[n] = c
    }
    for k in 1..<8 {
      for n in 0..<256 {
        let previous = t[(k - 1) * 256 + n]
        t[k * 256 + n] = (previous >> 8) ^ t[Int(previous & 0xFF)]
      }
    }
    return t
  }()

  /// CRC-32 as ZIP and PNG use it (reflected, polynomial 0xEDB88320).
  static func crc32(_ data: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    data.withUnsafeBufferPointer { d in
      crcTables.withUnsafeBufferPointer { t in
        var i = 0
        let n = d.count
        while i + 8 <= n {
          let one = c ^ (UInt32(d[i]) | UInt32(d[i + 1]) << 8 | UInt32(d[i + 2]) << 16 | UInt32(d[i + 3]) << 24)
          let two = UInt32(d[i + 4]) | UInt32(d[i + 5]) << 8 | UInt32(d[i + 6]) << 16 | UInt32(d[i + 7]) << 24
          c = t[7 * 256 + Int(one & 0xFF)] ^ t[6 * 256 + Int((one >> 8) & 0xFF)] ^ t[5 * 256 + Int((one >> 16) & 0xFF)] ^ t[4 * 256 + Int(one >> 24)]
            ^ t[3 * 256 + Int(two & 0xFF)] ^ t[2 * 256 + Int((two >> 8) & 0xFF)] ^ t[256 + Int((two >> 16) & 0xFF)] ^ t[Int(two >> 24)]
          i += 8
        }
        while i < n {
          c = t[Int((c ^ UInt32(d[i])) & 0xFF)] ^ (c >> 8)
          i += 1
        }
      }
    }
    return c ^ 0xFFFF_FFFF
  }
}
