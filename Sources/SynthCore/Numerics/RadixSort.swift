/// Sorting of packed 64-bit keys by least-significant-digit radix: eight passes of one byte, each
/// skipped when every key has the same byte there. Linear time and no comparisons, which matters
/// in WebAssembly, where a comparison sort of a million keys costs several times what it does
/// natively. Small arrays use the standard sort.
enum RadixSort {
  static let minimumCount = 256

  static func sort(_ keys: inout [UInt64]) {
    let count = keys.count
    guard count >= minimumCount else { keys.sort(); return }
    var buffer = [UInt64](repeating: 0, count: count)
    var counts = [Int](repeating: 0, count: 256)
    var sourceIsKeys = true
    for pass in 0..<8 {
      let shift = UInt64(pass * 8)
      for i in 0..<256 { counts[i] = 0 }
      keys.withUnsafeBufferPointer { k in
        buffer.withUnsafeBufferPointer { b in
          let source = sourceIsKeys ? k : b
          for key in source { counts[Int((key >> shift) & 0xFF)] += 1 }
        }
      }
      if counts.contains(count) { continue }  // one byte value everywhere: the pass would not move anything
      var position = 0
      for i in 0..<256 {
        let n = counts[i]
        counts[i] = position
        position += n
      }
      if sourceIsKeys {
        keys.withUnsafeBufferPointer { source in
          buffer.withUnsafeMutableBufferPointer { target in scatter(source, into: target, shift: shift, &counts) }
        }
      } else {
        buffer.withUnsafeBufferPointer { source in
          keys.withUnsafeMutableBufferPointer { target in scatter(source, into: target, shift: shift, &counts) }
        }
      }
      sourceIsKeys.toggle()
    }
    if !sourceIsKeys { keys = buffer }
  }

  private static func scatter(_ source: UnsafeBufferPointer<UInt64>, into target: UnsafeMutableBufferPointer<UInt64>, shift: UInt64, _ offsets: inout [Int]) {
    for key in source {
      let digit = Int((key >> shift) & 0xFF)
      target[offsets[digit]] = key
      offsets[digit] += 1
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
