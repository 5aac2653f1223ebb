import Testing

@testable import SynthCore

@Test func internerGivesCodesInOrderOfFirstAppearance() {
  var interner = ValueInterner()
  var codes: [Int32] = []
  for text in ["b", "a", "b", "", "a", "longer than eight bytes", "longer than eight bytez", "b"] {
    codes.append(Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) })
  }
  #expect(codes == [0, 1, 0, 2, 1, 3, 4, 0])
  #expect(interner.count == 5)
  #expect(interner.string(3) == "longer than eight bytes")
  #expect(interner.byteCount(2) == 0)
}

/// Values that differ only in their last byte (IDs such as P0000001) must stay distinct through
/// the table's growth.
@Test func internerKeepsManyNearIdenticalValuesApart() {
  var interner = ValueInterner()
  for round in 0..<2 {
    for i in 0..<50_000 {
      let text = "P" + String(repeating: "0", count: 7 - String(i).utf8.count) + String(i)
      let code = Array(text.utf8).withUnsafeBufferPointer { interner.intern($0) }
      if code != Int32(i) { Issue.record("round \(round): \(text) got code \(code)"); return }
    }
  }
  #expect(interner.count == 50_000)
}
