/// Stores each distinct field text of a column once and hands out a dense code per value.
///
/// Reading a 1.4M-row file touches every field, so this works on raw bytes with its own
/// hash (deterministic, unlike `Hasher`, which is seeded per process). Type inference
/// then looks at each distinct value once instead of once per row.
struct ValueInterner {
  private(set) var arena: [UInt8] = []
  /// Start offset of each value in `arena`, plus one final end offset.
  private(set) var offsets: [Int] = [0]
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var hashes: [UInt32] = []

  var count: Int { offsets.count - 1 }

  /// A 64-bit multiply-xorshift hash over 8-byte words (both targets are little-endian, so the
  /// words and the result are the same natively and in wasm), folded to 32 bits.
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return UInt32(truncatingIfNeeded: h) }
    let n = bytes.count
    var i = 0
    while i + 8 <= n {
      h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      i += 8
    }
    if i < n {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while i < n {
        tail |= UInt64(bytes[i]) << shift
        shift += 8
        i += 1
      }
      h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    }
    h ^= h >> 29
    h = h &* 0xFF51_AFD7_ED55_8CCD
    return UInt32(truncatingIfNeeded: h ^ (h >> 32))
  }

  /// The code of `bytes`, adding it when new. Codes count up from 0 in order of first appearance.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    let h = ValueInterner.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let code = slots[slot]
      if code < 0 { break }
      if hashes[Int(code)] == h && equals(Int(code), bytes) { return code }
      slot = (slot + 1) & mask
    }
    let code = Int32(count)
    arena.append(contentsOf: bytes)
    offsets.append(arena.count)
    hashes.append(h)
    slots[slot] = code
    if count * 2 > slots.count { grow() }
    return code
  }

  private func equals(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = offsets[code], end = offsets[code + 1]
    guard end - start == bytes.count else { return false }
    var i = 0
    while i < bytes.count {
      if arena[start + i] != bytes[i] { return false }
      i += 1
    }
    return true
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for code in 0..<count {
      var slot = Int(truncatingIfNeeded: hashes[code]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(code)
    }
  }

  func string(_ code: Int) -> String {
    String(decoding: arena[offsets[code]..<offsets[code + 1]], as: UTF8.self)
  }

  func byteCount(_ code: Int) -> Int { offsets[code + 1] - offsets[code] }
}
