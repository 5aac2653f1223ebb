/// Greedy line breaking of encoded text at the measured widths of its font.
///
/// Lines break at spaces (dropped at a break, kept inside a line) and at line feeds (which start a new line).
/// A word wider than the line is cut between characters, at least one per line, so every line
/// fits unless a single character is wider than the line itself.
/// - Complexity: O(n) in the length of the text; each byte is measured once.
enum TextWrap {
  /// The lines of `text` as ranges into it (without the spaces between lines). The first line
  /// is `firstLineIndent` narrower, e.g. to leave room for a bold label in front of it.
  static func lines(
    _ text: PDFText, width: Double, size: Double, bold: Bool, firstLineIndent: Double = 0
  ) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    guard !text.isEmpty else { return lines }
    let unitsPerPoint = size > 0 ? 1000 / size : 0
    // A hair of slack, so text measured to fit exactly is not broken by rounding.
    let fullLimit = max(width, 0) * unitsPerPoint + 0.001
    let firstLimit = max(width - firstLineIndent, 0) * unitsPerPoint + 0.001
    let space = text.spaceAdvance(bold: bold)
    var lineStart = 0, lineEnd = 0, lineUnits = 0
    var lineOpen = false
    func limit(_ lines: [Range<Int>]) -> Double { lines.isEmpty ? firstLimit : fullLimit }

    var index = 0
    let count = text.count
    var paragraphHasWords = false
    while index <= count {
      if index == count || text.isLineFeed(at: index) {
        if lineOpen {
          lines.append(lineStart..<lineEnd)
        } else if !paragraphHasWords && index < count {
          lines.append(index..<index)  // an empty line between two line feeds
        }
        lineOpen = false
        paragraphHasWords = false
        index += 1
        continue
      }
      if text.isSpace(at: index) { index += 1; continue }
      let wordStart = index
      var wordUnits = 0
      while index < count && !text.isSpace(at: index) && !text.isLineFeed(at: index) {
        wordUnits += text.advance(at: index, bold: bold)
        index += 1
      }
      paragraphHasWords = true
      if lineOpen {
        // Spaces inside a line are printed as they are, so all of them count.
        let gap = (wordStart - lineEnd) * space
        if Double(lineUnits + gap + wordUnits) <= limit(lines) {
          lineEnd = index
          lineUnits += gap + wordUnits
          continue
        }
        lines.append(lineStart..<lineEnd)
        lineOpen = false
      }
      if Double(wordUnits) <= limit(lines) {
        lineStart = wordStart; lineEnd = index; lineUnits = wordUnits; lineOpen = true
        continue
      }
      // Too wide for any line: cut it between characters.
      var chunkStart = wordStart, chunkUnits = 0
      for position in wordStart..<index {
        let advance = text.advance(at: position, bold: bold)
        if Double(chunkUnits + advance) > limit(lines) && position > chunkStart {
          lines.append(chunkStart..<position)
          chunkStart = position
          chunkUnits = 0
        }
        chunkUnits += advance
      }
      lineStart = chunkStart; lineEnd = index; lineUnits = chunkUnits; lineOpen = true
    }
    return lines
  }

  /// `text` cut to fit `width`, ending in `ellipsis` ("…" in the same font) when it was cut.
  static func truncated(_ text: PDFText, width: Double, size: Double, bold: Bool, ellipsis: PDFText) -> PDFText {
    guard text.width(size: size, bold: bold) > width else { return text }
    let limit = (width - ellipsis.width(size: size, bold: bold)) * 1000 / max(size, 0.01)
    var units = 0, end = 0
    while end < text.count && Double(units + text.advance(at: end, bold: bold)) <= limit {
      units += text.advance(at: end, bold: bold)
      end += 1
    }
    return text[0..<end] + ellipsis
  }
}
