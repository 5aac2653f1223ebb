/// One laid-out page: its content stream and the links on it.
struct PDFPage {
  var content: PDFContent
  var links: [PDFLink] = []

  init() {
    content = PDFContent(pageHeight: PDFWriter.pageHeight)
  }
}

/// A clickable area (y down, top left of the area) that jumps to a place on another page.
struct PDFLink {
  var x: Double
  var y: Double
  var width: Double
  var height: Double
  /// 0-based index of the target page, and the y (down) to show at the top of the window.
  var targetPage: Int
  var targetY: Double
}

/// A bookmark in the viewer's outline.
struct PDFOutlineEntry {
  var title: String
  var page: Int
  var y: Double
}

/// A minimal PDF 1.4 file writer: numbered objects, a cross-reference table with exact byte
/// offsets, A4 pages, the base-14 fonts Helvetica (/F1) and Helvetica-Bold (/F2) in
/// WinAnsiEncoding, uncompressed content streams, link annotations and an outline; and, when
/// some text needed it, a subset of the Unicode font (/F3, see `PDFWriter+UnicodeFont.swift`).
///
/// The output depends on the input only (no dates, no random /ID), so the same report gives the
/// same bytes natively and in wasm.
///
/// Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, 6 outline root, then one per
/// outline entry, then per page the page, its content stream and its link annotations, then the
/// Unicode font's objects. They come last so a report without them keeps its object numbers.
enum PDFWriter {
  /// A4 in points.
  static let pageWidth = 595.28
  static let pageHeight = 841.89

  /// The whole file. `title` goes into the document information.
  /// - Complexity: O(total size of the content streams).
  static func write(
    pages: [PDFPage], title: String, outline: [PDFOutlineEntry] = [], unicodeFont: PDFUnicodeCharacters? = nil
  ) -> [UInt8] {
    var file = ObjectFile()
    var contentSize = 0
    for page in pages { contentSize += page.content.bytes.count + 400 + 200 * page.links.count }
    file.bytes.reserveCapacity(contentSize + 2_000 + 200 * outline.count)
    file.append("%PDF-1.4\n%")
    file.bytes.append(contentsOf: [0xE2, 0xE3, 0xCF, 0xD3, 0x0A])  // marks the file as binary

    let outlineRoot = 6
    let firstPageObject = outlineRoot + 1 + outline.count
    var pageObjects: [Int] = []
    var next = firstPageObject
    for page in pages {
      pageObjects.append(next)
      next += 2 + page.links.count
    }
    func pageReference(_ index: Int) -> Int { pageObjects[max(0, min(index, pageObjects.count - 1))] }
    let embedded = unicodeFont?.isUsed == true ? unicodeFont : nil
    let fontObject = next

    file.begin(1)
    file.append("<< /Type /Catalog /Pages 2 0 R")
    if !outline.isEmpty && !pages.isEmpty {
      file.append(" /Outlines 6 0 R /PageMode /UseOutlines")
    }
    file.append(" >>")
    file.end()

    file.begin(2)
    file.append("<< /Type /Pages /Kids [")
    for object in pageObjects { file.space(); file.reference(object) }
    file.append(" ] /Count ")
    file.integer(pages.count)
    file.append(" /MediaBox [0 0 ")
    file.number(pageWidth); file.space(); file.number(pageHeight)
    file.append("] >>")
    file.end()

    file.begin(3)
    file.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    file.end()
    file.begin(4)
    file.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    file.end()

    file.begin(5)
    file.append("<< /Title ")
    file.textString(title)
    file.append(" /Producer (LocalSynth) /Creator (LocalSynth) >>")
    file.end()

    let hasOutline = !outline.isEmpty && !pages.isEmpty
    file.begin(outlineRoot)
    if hasOutline {
      file.append("<< /Type /Outlines /First ")
      file.reference(outlineRoot + 1)
      file.append(" /Last ")
      file.reference(outlineRoot + outline.count)
      file.append(" /Count ")
      file.integer(outline.count)
      file.append(" >>")
    } else {
      file.append("<< /Type /Outlines /Count 0 >>")
    }
    file.end()
    for (index, entry) in outline.enumerated() {
      let object = outlineRoot + 1 + index
      file.begin(object)
      file.append("<< /Title ")
      file.textString(entry.title)
      file.append(" /Parent 6 0 R")
      if index > 0 { file.append(" /Prev "); file.reference(object - 1) }
      if index + 1 < outline.count { file.append(" /Next "); file.reference(object + 1) }
      if hasOutline { file.destination(page: pageReference(entry.page), y: pageHeight - entry.y) }
      file.append(" >>")
      file.end()
    }

    for (index, page) in pages.enumerated() {
      let object = pageObjects[index]
      file.begin(object)
      file.append("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R")
      if embedded != nil { file.append(" /F3 "); file.reference(fontObject) }
      file.append(" >> >> /Contents ")
      file.reference(object + 1)
      if !page.links.isEmpty {
        file.append(" /Annots [")
        for link in 0..<page.links.count { file.space(); file.reference(object + 2 + link) }
        file.append(" ]")
      }
      file.append(" >>")
      file.end()

      file.begin(object + 1)
      file.append("<< /Length ")
      file.integer(page.content.bytes.count)
      file.append(" >>\nstream\n")
      file.bytes.append(contentsOf: page.content.bytes)
      file.append("\nendstream")
      file.end()

      for (offset, link) in page.links.enumerated() {
        file.begin(object + 2 + offset)
        file.append("<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [")
        file.number(link.x); file.space()
        file.number(pageHeight - link.y - link.height); file.space()
        file.number(link.x + link.width); file.space()
        file.number(pageHeight - link.y)
        file.append("]")
        file.destination(page: pageReference(link.targetPage), y: pageHeight - link.targetY)
        file.append(" >>")
        file.end()
      }
    }

    if let embedded { file.unicodeFont(embedded, first: fontObject) }

    let crossReference = file.bytes.count
    file.append("xref\n0 ")
    file.integer(file.offsets.count)
    file.append("\n0000000000 65535 f \n")
    for offset in file.offsets.dropFirst() {
      PDFNumber.appendPadded(offset, width: 10, to: &file.bytes)
      file.append(" 00000 n \n")
    }
    file.append("trailer\n<< /Size ")
    file.integer(file.offsets.count)
    file.append(" /Root 1 0 R /Info 5 0 R >>\nstartxref\n")
    file.integer(crossReference)
    file.append("\n%%EOF\n")
    return file.bytes
  }
}

/// The file being written and the byte offset of each object, indexed by object number.
struct ObjectFile {
  var bytes: [UInt8] = []
  var offsets: [Int] = [0]

  /// Objects are written in number order, so the offsets array grows by one each time.
  mutating func begin(_ number: Int) {
    precondition(number == offsets.count, "PDF objects are written in order")
    offsets.append(bytes.count)
    integer(number)
    append(" 0 obj\n")
  }

  mutating func end() {
    append("\nendobj\n")
  }

  mutating func append(_ ascii: StaticString) {
    ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func space() { bytes.append(0x20) }

  mutating func integer(_ value: Int) {
    PDFNumber.appendDigits(Int64(max(value, 0)), to: &bytes)
  }

  mutating func number(_ value: Double) {
    PDFNumber.append(value, to: &bytes)
  }

  mutating func reference(_ object: Int) {
    integer(object)
    append(" 0 R")
  }

  /// ` /Dest [page /XYZ null top null]`: show `top` at the top of the window, keep the zoom.
  mutating func destination(page: Int, y top: Double) {
    append(" /Dest [")
    reference(page)
    append(" /XYZ null ")
    number(top)
    append(" null]")
  }

  /// A text string (title, bookmark) as UTF-16BE hex with a byte-order mark, so any character
  /// survives and nothing needs escaping.
  mutating func textString(_ text: String) {
    let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
    append("<FEFF")
    for unit in text.utf16 {
      bytes.append(hex[Int(unit >> 12)])
      bytes.append(hex[Int((unit >> 8) & 0xF)])
      bytes.append(hex[Int((unit >> 4) & 0xF)])
      bytes.append(hex[Int(unit & 0xF)])
    }
    append(">")
  }
}
