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

  /// FNV-1a, eight bytes at a time where the value is long enough (both targets are little-endian,
  /// so the words, and the hash, are the same natively and in wasm).
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    let n = bytes.count
    var i = 0
    if n >= 8, let base = UnsafeRawPointer(bytes.baseAddress) {
      var wide: UInt64 = 0xCBF2_9CE4_8422_2325
      while i + 8 <= n {
        wide = (wide ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
        i += 8
      }
      // A multiply only carries differences upwards: mix the high bits back down (murmur3's fmix64).
      wide = (wide ^ (wide >> 33)) &* 0xFF51_AFD7_ED55_8CCD
      wide ^= wide >> 33
      h = UInt32(truncatingIfNeeded: wide)
    }
    while i < n {
      h = (h ^ UInt32(bytes[i])) &* 16_777_619
      i += 1
    }
    return h
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
