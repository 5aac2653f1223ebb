import Foundation
import Testing

@testable import SynthCore

/// web/fonts/DejaVuSans.ttf, the font the hosts pass to the core.
let dejaVuSans: [UInt8] = {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  return (try? Array(Data(contentsOf: root.appendingPathComponent("web/fonts/DejaVuSans.ttf")))) ?? []
}()

@Suite struct TrueTypeFontTests {
  @Test func readsDejaVuSans() throws {
    let read = TrueTypeFont(dejaVuSans)
    let font = try #require(read)
    #expect(font.unitsPerEm == 2048)
    #expect(font.glyphCount == 6253)
    #expect(font.postScriptName == "DejaVuSans")
    #expect(font.advance(ofGlyph: font.glyph(for: " ")) == 651)
    #expect(font.advance(ofGlyph: font.glyph(for: "Ω")) == 1565)
    #expect(font.glyph(for: "К") != 0 && font.glyph(for: "ع") != 0 && font.glyph(for: "ï") != 0)
    // Beyond the BMP through cmap format 12; no CJK at all.
    #expect(font.glyph(for: "😀") != 0)
    #expect(font.glyph(for: "名") == 0 && font.glyph(for: "前") == 0)
    // ï is a composite glyph: i without its dot and the dieresis.
    #expect(font.components(ofGlyph: font.glyph(for: "ï")).count == 2)
  }

  @Test func subsetHoldsTheGlyphsAskedForAndTheirParts() throws {
    let read = TrueTypeFont(dejaVuSans)
    let font = try #require(read)
    let omega = font.glyph(for: "Ω"), iDieresis = font.glyph(for: "ï")
    let (file, ids) = font.subset([omega, iDieresis, omega])
    #expect(ids == [1, 2, 1])
    let parsed = TrueTypeFont(file)  // (not inside #require, which would print every byte on failure)
    let subset = try #require(parsed)
    // .notdef, Ω, ï and ï's two parts.
    #expect(subset.glyphCount == 5)
    #expect(file.count < dejaVuSans.count / 50)
    #expect(subset.unitsPerEm == 2048 && subset.postScriptName == "DejaVuSans")
    #expect(subset.advance(ofGlyph: 1) == font.advance(ofGlyph: omega))
    #expect(subset.leftSideBearing(ofGlyph: 2) == font.leftSideBearing(ofGlyph: iDieresis))
    // The same box and the same parts, renumbered to 3 and 4.
    let original = font.outline(ofGlyph: omega), copied = subset.outline(ofGlyph: 1)
    #expect(Array(file[copied.lowerBound..<(copied.lowerBound + 10)]) == Array(dejaVuSans[original.lowerBound..<(original.lowerBound + 10)]))
    #expect(subset.components(ofGlyph: 2) == [3, 4])
    // No hinting: simple glyphs keep no instructions, and cvt, fpgm and prep are gone.
    let contours = subset.i16(copied.lowerBound)
    #expect(subset.u16(copied.lowerBound + 10 + 2 * contours) == 0)
    #expect(subset.table("fpgm") == nil && subset.table("cmap") == nil && subset.table("name") != nil)
    // The directory lists tables by tag; the whole file sums to the magic number through head's checkSumAdjustment.
    #expect(subset.tables.map { $0.tag } == subset.tables.map { $0.tag }.sorted())
    #expect(TrueTypeFont.checksum(file) == 0xB1B0_AFBA)
  }

  @Test func damagedFilesReadAsNilOrEmptyNeverTrap() {
    #expect(TrueTypeFont([]) == nil)
    #expect(TrueTypeFont(Array("not a font at all".utf8)) == nil)
    #expect(TrueTypeFont(Array(dejaVuSans.prefix(4000))) == nil)
    #expect(PDFUnicodeFont(Array(repeating: 0, count: 100)) == nil)
    // Random damage anywhere in the file: reading, measuring and subsetting still end.
    var rng = RandomGenerator(seed: 14)
    for _ in 0..<40 {
      var bytes = dejaVuSans
      for _ in 0..<200 {
        let at = Int(rng.next() % UInt64(bytes.count))
        bytes[at] = UInt8(truncatingIfNeeded: rng.next())
      }
      guard let font = TrueTypeFont(bytes) else { continue }
      var glyphs: [Int] = []
      for scalar in "AΩКع名😀ï".unicodeScalars { glyphs.append(font.glyph(for: scalar)) }
      for _ in 0..<20 { glyphs.append(Int(rng.next() % 7000)) }
      let (file, ids) = font.subset(glyphs)
      #expect(ids.count == glyphs.count && file.count > 0)
    }
  }
}
