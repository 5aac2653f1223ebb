import Testing

@testable import SynthCore

/// Runs a command with in-memory files given as bytes (the font is binary).
private func runWithBytes(_ arguments: [String], files: [(String, [UInt8])]) -> CommandResult {
  var result = CommandResult()
  func go(_ index: Int, _ inputs: [InputFile]) {
    if index == files.count {
      let missing = Engine.inputs(for: arguments).filter { path in !inputs.contains { $0.path == path } }
      result = Engine.run(
        arguments, inputs: inputs + missing.map { InputFile(path: $0, status: .notFound, bytes: UnsafeBufferPointer(start: nil, count: 0)) })
      return
    }
    files[index].1.withUnsafeBufferPointer { buffer in
      go(index + 1, inputs + [InputFile(path: files[index].0, status: .ok, bytes: buffer)])
    }
  }
  go(0, [])
  return result
}

/// Column names and categories in Latin with a diaeresis, Greek, Cyrillic, Arabic, Japanese and an emoji.
private let worldCSV: String = {
  var text = "naïve,Ωμέγα,Кириллица,عمود,名前,emoji 😀\n"
  for i in 0..<90 {
    text += "\(i % 5),α\(i % 3),Москва \(i % 4),\(i * 7 % 13),東京\(i % 2),x\(i % 3)😀\n"
  }
  return text
}()

private let font = PDFUnicodeFont(dejaVuSans)!

/// Where `pattern` first occurs in `bytes` at or after `start`.
private func offset(of pattern: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
  let needle = Array(pattern.utf8)
  var index = start
  while index + needle.count <= bytes.count {
    if bytes[index] == needle[0] && Array(bytes[index..<(index + needle.count)]) == needle { return index }
    index += 1
  }
  return nil
}

/// The data of the first stream whose dictionary holds `key` (e.g. "/Length1 ", which only FontFile2 has).
private func stream(after key: String, in pdf: [UInt8]) -> [UInt8]? {
  guard let at = offset(of: key, in: pdf), let lengthAt = offset(of: "/Length ", in: pdf, from: at) else { return nil }
  var index = lengthAt + 8, length = 0
  while index < pdf.count, pdf[index] >= 0x30, pdf[index] <= 0x39 {
    length = length * 10 + Int(pdf[index] - 0x30)
    index += 1
  }
  guard let data = offset(of: ">>\nstream\n", in: pdf, from: index) else { return nil }
  let start = data + 10
  return start + length <= pdf.count ? Array(pdf[start..<(start + length)]) : nil
}

@Suite struct PDFUnicodeFontTests {
  @Test func unicodeReportEmbedsASubsetOfDejaVuSans() throws {
    let arguments = ["synth", "w.csv", "-o", "s.csv", "--report", "r.pdf", "--seed", "5"]
    #expect(Engine.inputs(for: arguments) == ["w.csv", PDFUnicodeFont.path])
    let result = runWithBytes(arguments, files: [("w.csv", Array(worldCSV.utf8)), (PDFUnicodeFont.path, dejaVuSans)])
    #expect(result.exitCode == 0)
    let pdf = try #require(result.files.first { $0.path == "r.pdf" }?.bytes)
    checkStructure(pdf)
    for object in [
      "/Subtype /Type0 /BaseFont /", "+DejaVuSans /Encoding /Identity-H /DescendantFonts [", "/Subtype /CIDFontType2",
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>", "/CIDToGIDMap ", "/W [1 [", "/ToUnicode ",
      "/Type /FontDescriptor", "/FontFile2 ", "/F1 3 0 R /F2 4 0 R /F3 ",
    ] {
      #expect(occurrences(of: object, in: pdf) > 0, "\(object)")
    }
    // The subset is a valid TrueType file far smaller than the font.
    let subset = try #require(stream(after: "/Length1 ", in: pdf))
    #expect(subset.count < dejaVuSans.count / 20)
    let parsed = TrueTypeFont(subset)
    let embedded = try #require(parsed)
    #expect(embedded.glyphCount < 200)
    // Text extraction gives every character as written, also the ones printed as the replacement glyph.
    let toUnicode = pdfText(pdf)
    #expect(toUnicode.contains("/CMapName /Adobe-Identity-UCS def"))
    for character in ["03A9", "041A", "0639", "540D", "524D", "D83DDE00"] {
      #expect(toUnicode.contains("> <\(character)>\n"), "\(character)")
    }
    // 'naïve' fits WinAnsi, so it stays in Helvetica.
    #expect(occurrences(of: "(na\\357ve) Tj", in: pdf) > 0)
    #expect(text(result.stdout).contains("Note: r.pdf shows 4 characters that DejaVu Sans lacks (名前東京) as \u{FFFD}; copying the text from the PDF still gives them\n"))
    #expect(!text(result.stdout).contains("was not found"))
  }

  @Test func withoutTheFontTheReportPrintsQuestionMarksAndSaysWhy() throws {
    let result = runWithBytes(["synth", "w.csv", "-o", "s.csv", "--report", "r.pdf", "--seed", "5"], files: [("w.csv", Array(worldCSV.utf8))])
    #expect(result.exitCode == 0)
    let pdf = try #require(result.files.first { $0.path == "r.pdf" }?.bytes)
    checkStructure(pdf)
    #expect(occurrences(of: "/F3", in: pdf) == 0)
    #expect(occurrences(of: "(?????) Tj", in: pdf) > 0)
    #expect(text(result.stdout).contains("Note: r.pdf prints characters outside Western European text as '?': the font fonts/DejaVuSans.ttf that holds them was not found\n"))
  }

  @Test func winAnsiReportsAreTheSameWithOrWithoutTheFont() throws {
    var csv = "größe,café,région\n"
    for i in 0..<90 { csv += "\(i % 7),crème \(i % 3),Zürich \(i % 4)\n" }
    let arguments = ["synth", "d.csv", "-o", "s.csv", "--report", "r.pdf", "--analyst-report", "a.pdf"]
    let with = runWithBytes(arguments, files: [("d.csv", Array(csv.utf8)), (PDFUnicodeFont.path, dejaVuSans)])
    let without = runWithBytes(arguments, files: [("d.csv", Array(csv.utf8))])
    #expect(with.exitCode == 0)
    #expect(with.files.map { $0.path } == without.files.map { $0.path })
    for (a, b) in zip(with.files, without.files) { #expect(a.bytes == b.bytes, "\(a.path)") }
    #expect(with.stdout == without.stdout)
    #expect(occurrences(of: "/F3", in: with.files[1].bytes) == 0)
  }

  @Test func unicodeTextIsMeasuredAndWrappedAtTheFontsWidths() {
    // Ωμέγα: 1565 + 1303 + 1107 + 1212 + 1350 font units of 2048, rounded per glyph to 1/1000 em.
    let units = [1565, 1303, 1107, 1212, 1350].map { ($0 * 1000 + 1024) / 2048 }
    let measure = TextMeasure(unicode: font)
    #expect(measure.width("Ωμέγα", size: 1000) == Double(units.reduce(0, +)))
    #expect(measure.width("Ωμέγα", size: 1000) != FontMetrics.width("Ωμέγα", size: 1000))
    // WinAnsi text keeps Helvetica's widths even with the font.
    #expect(measure.width("naïve", size: 10) == FontMetrics.width("naïve", size: 10))

    var encoder = PDFTextEncoder(unicodeFont: font)
    let paragraph = encoder.encode(String(repeating: "Кириллица Ωμέγα ", count: 30))
    #expect(paragraph.isUnicode)
    let lines = TextWrap.lines(paragraph, width: 200, size: 10, bold: false)
    #expect(lines.count > 5)
    for line in lines {
      #expect(paragraph[line].width(size: 10) <= 200 + 1e-9)
      #expect(!paragraph.isSpace(at: line.lowerBound) && !paragraph.isSpace(at: line.upperBound - 1))
    }
    // Characters the font lacks print as the replacement glyph but keep their own CIDs.
    let japanese = encoder.encode("名前")
    #expect(japanese.codes[0] != japanese.codes[1])
    #expect(font.glyph(for: "名") == font.replacementGlyph && font.replacementGlyph == font.font.glyph(for: "\u{FFFD}"))
    #expect(encoder.unicode?.lacking == ["名", "前"])
    // A cut Unicode string ends in the font's own "…".
    let cut = TextWrap.truncated(paragraph, width: 50, size: 10, bold: false, ellipsis: encoder.ellipsis(for: paragraph))
    #expect(cut.codes.last == PDFUnicodeCharacters.ellipsisCID && cut.width(size: 10) <= 50)
  }

  @Test func boldUnicodeTextIsStrokedAndStateIsRestored() {
    var encoder = PDFTextEncoder(unicodeFont: font)
    var content = PDFContent(pageHeight: 100)
    content.text(encoder.encode("Ωμ"), x: 10, y: 20, size: 10, bold: true, color: .black)
    content.text(encoder.encode("Ωμ"), x: 10, y: 40, size: 10, bold: false, color: .black)
    #expect(pdfText(content.bytes) == "0 0 0 rg\nq 0 0 0 RG 0.4 w BT /F3 10 Tf 2 Tr 10 80 Td <00030004> Tj ET Q\n0 0 0 rg\nBT /F3 10 Tf 10 60 Td <00030004> Tj ET\n")
  }
}
