/// RFC 1951 DEFLATE decoding, for the parts of an `.xlsx` workbook (a ZIP file).
///
/// Written from the RFC: stored, fixed-Huffman and dynamic-Huffman blocks; codes decoded from
/// canonical code counts (RFC 1951 §3.2.2), a bit at a time below a 10-bit lookup table. The input
/// is hostile: every read is bounds-checked, code lengths that over-subscribe a tree are refused,
/// a distance before the start of the output is refused, and the output stops at `limit` bytes
/// (a ZIP bomb declares little and inflates to gigabytes). Failures carry the input byte offset.
enum Inflate {
  enum Failure: Error, Equatable {
    /// The stream ends before its last block does.
    case truncated(offset: Int)
    /// Block type 3, or a stored block whose length and its complement disagree.
    case badBlock(offset: Int)
    /// Code lengths that no prefix code has, or a code that is not in the tree.
    case badCode(offset: Int)
    /// A back reference to before the first byte of the output.
    case distanceTooFar(offset: Int)
    /// The output would pass `limit` bytes.
    case tooLarge(limit: Int)
  }

  /// The decoded bytes of the raw DEFLATE stream `input`, at most `limit` of them.
  static func inflate(_ input: UnsafeBufferPointer<UInt8>, limit: Int, sizeHint: Int = 0) throws(Failure) -> [UInt8] {
    var state = Decoder(input: input, limit: limit)
    // The declared size is allocated up front, but not beyond 64 MB before the data show it is real.
    state.out = [UInt8](repeating: 0, count: min(max(sizeHint, 0), limit, 1 << 26))
    var last = false
    while !last {
      last = try state.bits(1) == 1
      switch try state.bits(2) {
      case 0: try state.stored()
      case 1: try state.codes(Tables.fixedLengths, Tables.fixedDistances)
      case 2:
        let (lengths, distances) = try state.dynamicTrees()
        try state.codes(lengths, distances)
      default: throw .badBlock(offset: state.position)
      }
    }
    state.out.removeLast(state.out.count - state.length)
    return state.out
  }

  /// A canonical Huffman code: how many codes have each length, and the symbols in code order.
  /// `fast` maps the next 10 bits (in stream order) to symbol << 4 | length, or 0 for longer codes.
  struct Huffman {
    /// Bits looked up at once: a workbook's literal codes are up to 10 bits, its rarer lengths longer.
    static let fastBits = 10
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]
    var fast = [UInt16](repeating: 0, count: 1 << fastBits)

    /// Nil when the lengths over-subscribe the code (more codes than bits allow). An incomplete
    /// code is accepted (RFC 1951 allows one distance code); a missing code then fails to decode.
    init?(lengths: [Int]) {
      symbols = [Int](repeating: 0, count: lengths.count)
      for l in lengths { counts[l] += 1 }
      var left = 1
      for l in 1..<16 {
        left <<= 1
        left -= counts[l]
        if left < 0 { return nil }
      }
      var offsets = [Int](repeating: 0, count: 16)
      for l in 1..<15 { offsets[l + 1] = offsets[l] + counts[l] }
      for (symbol, l) in lengths.enumerated() where l != 0 {
        symbols[offsets[l]] = symbol
        offsets[l] += 1
      }
      // The lookup table: each code of up to `fastBits` bits, bit-reversed (the stream sends codes
      // from their first bit), fills every entry whose low bits are that code.
      let size = 1 << Self.fastBits
      var code = 0, index = 0
      for l in 1...Self.fastBits {
        for k in 0..<counts[l] {
          var reversed = 0, c = code + k
          for _ in 0..<l {
            reversed = reversed << 1 | (c & 1)
            c >>= 1
          }
          var entry = reversed
          while entry < size {
            fast[entry] = UInt16(symbols[index + k] << 4 | l)
            entry += 1 << l
          }
        }
        index += counts[l]
        code = (code + counts[l]) << 1
      }
    }
  }

  private enum Tables {
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block sends its code-length code lengths.
    static let lengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    static let fixedLengths = Huffman(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })!
    static let fixedDistances = Huffman(lengths: [Int](repeating: 5, count: 30))!
  }

  private struct Decoder {
    let input: UnsafeBufferPointer<UInt8>
    let limit: Int
    var position = 0
    var buffer: UInt64 = 0
    var count = 0
    /// The output so far is `out[0..<length]`; `out` is grown ahead (doubling) up to the limit.
    var out: [UInt8] = []
    var length = 0

    init(input: UnsafeBufferPointer<UInt8>, limit: Int) {
      self.input = input
      self.limit = limit
    }

    /// Tops the bit buffer up (to 57 bits or more, where the input allows) when it has fewer than `n`.
    mutating func fill(_ n: Int) {
      guard count < n else { return }
      // Eight bytes at once where the input has them (wasm and every host here are little-endian).
      if position + 8 <= input.count, let base = input.baseAddress {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        buffer |= word << UInt64(count)
        let taken = (63 - count) >> 3
        position += taken
        count += taken << 3
        return
      }
      while count <= 56 && position < input.count {
        buffer |= UInt64(input[position]) << UInt64(count)
        position += 1
        count += 8
      }
    }

    /// Room for `n` more bytes, within the limit.
    mutating func ensure(_ n: Int) throws(Failure) {
      guard n <= limit - length else { throw .tooLarge(limit: limit) }
      if length + n > out.count {
        let grown = min(limit, max(length + n, 2 * out.count, 4096))
        out.append(contentsOf: repeatElement(0, count: grown - out.count))
      }
    }

    mutating func bits(_ n: Int) throws(Failure) -> Int {
      fill(n)
      guard count >= n else { throw .truncated(offset: input.count) }
      let value = Int(buffer & ((1 << UInt64(n)) - 1))
      buffer >>= UInt64(n)
      count -= n
      return value
    }

    mutating func decode(_ h: Huffman) throws(Failure) -> Int {
      try h.fast.withUnsafeBufferPointer { (fast) throws(Failure) -> Int in try decode(h, fast) }
    }

    /// `decode` with `h`'s lookup table already at hand (the inner loop takes it once per block).
    @inline(__always)
    mutating func decode(_ h: Huffman, _ fast: UnsafeBufferPointer<UInt16>) throws(Failure) -> Int {
      fill(Huffman.fastBits)
      let entry = fast[Int(buffer & UInt64(fast.count - 1))]
      if entry != 0 && Int(entry & 15) <= count {
        let l = Int(entry & 15)
        buffer >>= UInt64(l)
        count -= l
        return Int(entry >> 4)
      }
      return try decodeLong(h)
    }

    mutating func decodeLong(_ h: Huffman) throws(Failure) -> Int {
      // Longer codes (or the stream's last bits): one bit at a time, by canonical counts.
      var code = 0, first = 0, index = 0
      for l in 1..<16 {
        code |= try bits(1)
        let n = h.counts[l]
        if code - first < n { return h.symbols[index + code - first] }
        index += n
        first = (first + n) << 1
        code <<= 1
      }
      throw .badCode(offset: position)
    }

    mutating func stored() throws(Failure) {
      // Stored data starts at a byte boundary; whole bytes still in the buffer come first.
      let dropped = count & 7
      buffer >>= UInt64(dropped)
      count -= dropped
      let length = try bits(16), complement = try bits(16)
      guard length == ~complement & 0xFFFF else { throw .badBlock(offset: position) }
      try ensure(length)
      for _ in 0..<length {
        out[self.length] = UInt8(try bits(8))
        self.length += 1
      }
    }

    mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
      while true {
        // Room for the longest match ahead, so that symbols are written on the raw buffer without
        // a growth check each; at the limit each write is checked instead.
        if out.count - length < 258 && out.count < limit {
          let grown = min(limit, max(length + 258, 2 * out.count, 4096))
          out.append(contentsOf: repeatElement(0, count: grown - out.count))
        }
        var buffer = out
        out = []
        defer { out = buffer }
        let lengthBase = Tables.lengthBase, lengthExtra = Tables.lengthExtra
        let distanceBase = Tables.distanceBase, distanceExtra = Tables.distanceExtra
        let ended = try buffer.withUnsafeMutableBufferPointer { (p) throws(Failure) -> Bool in
          try lengths.fast.withUnsafeBufferPointer { (literalFast) throws(Failure) -> Bool in
            try distances.fast.withUnsafeBufferPointer { (distanceFast) throws(Failure) -> Bool in
              guard let base = p.baseAddress else { throw .tooLarge(limit: limit) }
              let atLimit = p.count >= limit
              while atLimit || p.count - self.length >= 258 {
                let symbol = try decode(lengths, literalFast)
                if symbol < 256 {
                  guard self.length < p.count else { throw .tooLarge(limit: limit) }
                  p[self.length] = UInt8(symbol)
                  self.length += 1
                  continue
                }
                if symbol == 256 { return true }
                let k = symbol - 257
                guard k < 29 else { throw .badCode(offset: position) }
                let length = lengthBase[k] + (try bits(lengthExtra[k]))
                let d = try decode(distances, distanceFast)
                guard d < 30 else { throw .badCode(offset: position) }
                let distance = distanceBase[d] + (try bits(distanceExtra[d]))
                guard distance <= self.length else { throw .distanceTooFar(offset: position) }
                guard length <= p.count - self.length else { throw .tooLarge(limit: limit) }
                let from = self.length - distance, to = self.length
                if distance >= 8 && to + length + 8 <= p.count {
                  // Eight bytes a step: each step reads only bytes written before it (distance >= 8);
                  // the last may write up to 7 bytes past the match, which later output overwrites.
                  var k = 0
                  while k < length {
                    let word = UnsafeRawPointer(base + from + k).loadUnaligned(as: UInt64.self)
                    UnsafeMutableRawPointer(base + to + k).storeBytes(of: word, as: UInt64.self)
                    k += 8
                  }
                } else {
                  // Byte by byte: a copy may overlap what it writes (distance 1 repeats a byte).
                  for k in 0..<length { p[to + k] = p[from + k] }
                }
                self.length += length
              }
              return false
            }
          }
        }
        if ended { return }
      }
    }

    mutating func dynamicTrees() throws(Failure) -> (Huffman, Huffman) {
      let literals = try bits(5) + 257, distances = try bits(5) + 1, codeLengths = try bits(4) + 4
      guard literals <= 286, distances <= 30 else { throw .badCode(offset: position) }
      var order = [Int](repeating: 0, count: 19)
      for i in 0..<codeLengths { order[Tables.lengthOrder[i]] = try bits(3) }
      guard let lengthCode = Huffman(lengths: order) else { throw .badCode(offset: position) }
      var lengths: [Int] = []
      lengths.reserveCapacity(literals + distances)
      while lengths.count < literals + distances {
        let symbol = try decode(lengthCode)
        var repeated = 0, times = 0
        switch symbol {
        case 0..<16:
          lengths.append(symbol)
          continue
        case 16:
          guard let previous = lengths.last else { throw .badCode(offset: position) }
          repeated = previous
          times = 3 + (try bits(2))
        case 17: times = 3 + (try bits(3))
        default: times = 11 + (try bits(7))
        }
        guard lengths.count + times <= literals + distances else { throw .badCode(offset: position) }
        lengths.append(contentsOf: [Int](repeating: repeated, count: times))
      }
      // A block without an end-of-block code could never end.
      guard lengths[256] != 0,
        let literal = Huffman(lengths: Array(lengths[0..<literals])),
        let distance = Huffman(lengths: Array(lengths[literals...]))
      else { throw .badCode(offset: position) }
      return (literal, distance)
    }
  }
}
