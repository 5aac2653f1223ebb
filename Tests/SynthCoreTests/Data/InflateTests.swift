import Testing

@testable import SynthCore

/// RFC 1951 edge cases: stored, fixed and dynamic blocks, the longest distance, and the
/// hostile streams the workbook reader must refuse instead of trapping.
struct InflateTests {
  private func hex(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    var i = text.startIndex
    while i < text.endIndex {
      let j = text.index(i, offsetBy: 2)
      out.append(UInt8(text[i..<j], radix: 16)!)
      i = j
    }
    return out
  }

  private func inflate(_ stream: [UInt8], limit: Int = 1 << 20) throws(Inflate.Failure) -> [UInt8] {
    try stream.withUnsafeBufferPointer { (b) throws(Inflate.Failure) -> [UInt8] in try Inflate.inflate(b, limit: limit) }
  }

  /// Bits written least significant first, as DEFLATE packs them; Huffman codes most significant first.
  private struct BitWriter {
    var bytes: [UInt8] = []
    var used = 0
    mutating func bits(_ value: Int, _ count: Int) {
      for k in 0..<count {
        if used == 0 { bytes.append(0) }
        bytes[bytes.count - 1] |= UInt8((value >> k) & 1) << UInt8(used)
        used = (used + 1) & 7
      }
    }
    mutating func code(_ value: Int, _ count: Int) {
      for k in stride(from: count - 1, through: 0, by: -1) { bits((value >> k) & 1, 1) }
    }
  }

  @Test func fixedHuffmanBlock() throws {
    // zlib with Z_FIXED (Python: zlib.compressobj(9, DEFLATED, -15, 9, Z_FIXED)).
    let out = try inflate(hex("4b4c8481a4643852c848cdc9c9472601"))
    #expect(text(out) == "aaaaaaaaaabcabcabcabc hello hello hello")
  }

  @Test func dynamicHuffmanBlock() throws {
    // zlib level 9 of 3,001 bytes of words drawn by the LCG below (Python, the same LCG).
    let stream = hex(
      "75560972c2300cfc4abea642324d4931938632fcbed67d389d16426c1d6b1d2bc3747cced3b1cff3f4d8d75fb8bca7e7b16eebf19eb619165b44a92b1cc05f6d3129dc50a1e6f2fbfa355ddae3b9813b0053dae747db8fe9d6b6f68d5a3fef7b973ad68bee9017de162b84263ae35d32ac66f5f99af7dbc70657ff4162621b8dd01108987c1c01dbf5b3ce77947d01ec570941446161400702554c13e28c80d4dd956db24fb525877539891ec69425cb1689ab36f910b8f238f178020ecd236e0913bee28724cb1a8a99b25bf75f1209518b4541e67a4cc15669c520f72d42d372b663fcf9af0baaad13417d5825f03b980e3d33ccbeaa0b1669d14b2f1ef3aed1ff05143d1486c15100569b055809115b24e3ec53f6d5b5f6927fa96181ee1d8a871035ed444db3351ebb33ab270d09a14a529fe05b5ba42c539870475149e086861c2a33956f641d911c024abe0ba1d4e06a924cac43d502a352b758a4047bbf43280a35c284c06da1fd60cdad304fba301219818fa74c2d2c993ae9b0444328d3c1a8192b80c21e5ea194a9d168b011d83aac3a2e881d029907acba942c9c6e4529c70345db92f95d1ca7d24fa941a5306ebaacbab1a6f4b3e0aeb015440a0b2c97ca0e2c5641a2fc4c896adaa55d6f4852e2373f1ec4ee1e94727f855954f01a145997287a6148a9b7c4dd616ec7418bc6429774a9307f754242a271630a7cc9cdae627e94d4148234ada9c7e11e908a7408562675cb84cd8f488f4655a53b607405150c2780e367296f617e1686b0a02a8878f09083388386fbcde9dda55e53d2c5ad70eda092fa2926d3690f3ca6e966e335ccdaa9d1a25e3c0d94c260520b33f4a4a6357dff812f491177a94c6a00827366e57cebaa2457fa240f3d08911041bf3c580196993e32244b82179f4425158665c2aa360ee63f"
    )
    #expect((stream[0] >> 1) & 3 == 2)
    let words = ["synthetic", "data", "privacy", "utility", "tree", "leaf", "copula", "report", "werkblad", "rij", "kolom", "waarde", "a", "of", "the", "en"]
    var x = 7, out: [String] = [], length = 0
    while length < 3000 {
      x = (x * 1_103_515_245 + 12345) % (1 << 31)
      out.append(words[(x >> 16) % words.count])
      length += out.last!.count + 1
    }
    #expect(text(try inflate(stream)) == out.joined(separator: " "))
    // One byte short: the stream ends inside its block.
    #expect(throws: Inflate.Failure.self) { try inflate(Array(stream.dropLast())) }
    // Inflating stops at the limit, whatever the stream says.
    #expect(throws: Inflate.Failure.tooLarge(limit: 100)) { try inflate(stream, limit: 100) }
  }

  /// A stored block of 32,768 bytes, then a fixed block copying 258 bytes from 32,768 back: the
  /// longest length at the longest distance.
  @Test func storedBlockAndTheLongestDistance() throws {
    var data = [UInt8](repeating: 0, count: 32768)
    var x: UInt32 = 1
    for i in data.indices {
      x = x &* 1_664_525 &+ 1_013_904_223
      data[i] = UInt8(x >> 24)
    }
    var w = BitWriter()
    w.bits(0, 1)  // not last
    w.bits(0, 2)  // stored
    w.bits(0, 5)  // to the byte boundary
    w.bits(32768, 16)
    w.bits(~32768 & 0xFFFF, 16)
    w.bytes += data
    w.bits(1, 1)  // last
    w.bits(1, 2)  // fixed
    w.code(0b1100_0101, 8)  // length symbol 285: 258 bytes
    w.code(29, 5)  // distance code 29: 24,577 + 13 extra bits
    w.bits(32768 - 24577, 13)
    w.code(0, 7)  // end of block (256)
    let out = try inflate(w.bytes)
    #expect(out.count == 32768 + 258)
    #expect(Array(out[32768...]) == Array(data[0..<258]))
  }

  /// Copies that overlap what they write: distance 8 and 9 (copied eight bytes a step, each step
  /// reading bytes the one before wrote), distance 1 (byte by byte), and a copy that ends the
  /// output (no room for a step past its end).
  @Test func overlappingCopies() throws {
    var w = BitWriter()
    w.bits(1, 1)  // last
    w.bits(1, 2)  // fixed
    let head = Array("abcdefghij".utf8)
    for b in head { w.code(0x30 + Int(b), 8) }  // literals 0-143: 8 bits from 0x30
    w.code(0b1100_0101, 8)  // length 258 (symbol 285)
    w.code(5, 5)  // distance code 5: 7 + 1 extra bit
    w.bits(1, 1)  // distance 8
    w.code(23, 7)  // length symbol 279: 99 + 4 extra bits
    w.bits(1, 4)  // length 100
    w.code(6, 5)  // distance code 6: 9 + 2 extra bits
    w.bits(0, 2)  // distance 9
    w.code(13, 7)  // length symbol 269: 19 + 2 extra bits
    w.bits(1, 2)  // length 20
    w.code(0, 5)  // distance 1
    w.code(0, 7)  // end of block (256)
    var expected = head
    for (length, distance) in [(258, 8), (100, 9), (20, 1)] {
      for _ in 0..<length { expected.append(expected[expected.count - distance]) }
    }
    #expect(try inflate(w.bytes) == expected)
    // With the limit at the exact size, the last copies are written with no room to spare.
    #expect(try inflate(w.bytes, limit: expected.count) == expected)
  }

  @Test func hostileStreamsAreRefused() {
    // Block type 3 does not exist.
    #expect(throws: Inflate.Failure.self) { try inflate([0b0000_0111]) }
    // A stored block whose length and complement disagree.
    #expect(throws: Inflate.Failure.self) { try inflate([0x01, 0x05, 0x00, 0x00, 0x00]) }
    // A copy from before the first byte.
    var w = BitWriter()
    w.bits(1, 1)
    w.bits(1, 2)
    w.code(0b0011_0000 + 65, 8)  // literal 'A'
    w.code(1, 7)  // length 3 (symbol 257)
    w.code(1, 5)  // distance 2: one byte too far back
    w.code(0, 7)
    #expect(throws: Inflate.Failure.self) { try inflate(w.bytes) }
    // An empty input.
    #expect(throws: Inflate.Failure.self) { try inflate([]) }
    // Over-subscribed code lengths cannot make a code.
    #expect(Inflate.Huffman(lengths: [1, 1, 1]) == nil)
    #expect(Inflate.Huffman(lengths: [1, 2, 2]) != nil)
  }
}
