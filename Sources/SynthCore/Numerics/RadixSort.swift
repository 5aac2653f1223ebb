/// Sorting of packed 64-bit keys by least-significant-digit radix: eight passes of one byte, each
/// skipped when every key has the same byte there. Linear time and no comparisons, which matters
/// in WebAssembly, where a comparison sort of a million keys costs several times what it does
/// natively. One pass over the keys counts all eight digits; the loops run on raw buffers, so no
/// array is checked for uniqueness per key. Small arrays use the standard sort.
enum RadixSort {
  static let minimumCount = 256

  static func sort(_ keys: inout [UInt64]) {
    let count = keys.count
    guard count >= minimumCount else { keys.sort(); return }
    var counts = [Int](repeating: 0, count: 8 * 256)
    counts.withUnsafeMutableBufferPointer { counts in
      keys.withUnsafeBufferPointer { keys in
        for key in keys {
          var k = key
          for digit in 0..<8 {
            counts[digit &* 256 &+ Int(truncatingIfNeeded: k & 0xFF)] &+= 1
            k >>= 8
          }
        }
      }
    }
    var buffer = [UInt64](repeating: 0, count: count)
    var sourceIsKeys = true
    counts.withUnsafeMutableBufferPointer { counts in
      for digit in 0..<8 {
        let offsets = UnsafeMutableBufferPointer(rebasing: counts[digit * 256 ..< digit * 256 + 256])
        // One byte value everywhere: the pass would not move anything.
        if offsets.contains(count) { continue }
        var position = 0
        for i in 0..<256 {
          let n = offsets[i]
          offsets[i] = position
          position += n
        }
        let shift = UInt64(digit * 8)
        if sourceIsKeys {
          keys.withUnsafeBufferPointer { source in
            buffer.withUnsafeMutableBufferPointer { target in scatter(source, into: target, shift: shift, offsets) }
          }
        } else {
          buffer.withUnsafeBufferPointer { source in
            keys.withUnsafeMutableBufferPointer { target in scatter(source, into: target, shift: shift, offsets) }
          }
        }
        sourceIsKeys.toggle()
      }
    }
    if !sourceIsKeys { keys = buffer }
  }

  private static func scatter(
    _ source: UnsafeBufferPointer<UInt64>, into target: UnsafeMutableBufferPointer<UInt64>, shift: UInt64,
    _ offsets: UnsafeMutableBufferPointer<Int>
  ) {
    for key in source {
      let digit = Int(truncatingIfNeeded: (key >> shift) & 0xFF)
      target[offsets[digit]] = key
      offsets[digit] &+= 1
    }
  }

  /// The numbers in ascending order (no NaN; -0 becomes 0), sorted as order-preserving bit patterns.
  static func sorted(_ values: [Double]) -> [Double] {
    guard values.count >= minimumCount else { return values.sorted() }
    var keys = values.map { value -> UInt64 in
      let bits = (value == 0 ? 0.0 : value).bitPattern
      return bits & 0x8000_0000_0000_0000 != 0 ? ~bits : bits | 0x8000_0000_0000_0000
    }
    sort(&keys)
    return keys.map { key in
      Double(bitPattern: key & 0x8000_0000_0000_0000 != 0 ? key & 0x7FFF_FFFF_FFFF_FFFF : ~key)
    }
  }
}
