/// The content stream of one PDF page, drawn in the report's coordinates: points, y growing
/// downwards from the top left, like `Drawing`. Each call flips y (`pdfY = pageHeight - y`)
/// and appends the operators, so a page is one growing byte buffer.
///
/// Text arrives encoded (see `PDFText`). WinAnsi strings escape `(`, `)` and `\` and write bytes
/// outside 32...126 as octal `\ddd`; Unicode strings are hex CIDs. Either way no data string can
/// break out of its `Tj`.
struct PDFContent {
  let pageHeight: Double
  var bytes: [UInt8] = []

  init(pageHeight: Double) {
    self.pageHeight = pageHeight
  }

  mutating func fillRect(x: Double, y: Double, width: Double, height: Double, color: ReportColor) {
    setFill(color)
    rectPath(x: x, y: y, width: width, height: height)
    append(" f\n")
  }

  mutating func strokeRect(x: Double, y: Double, width: Double, height: Double, color: ReportColor, lineWidth: Double) {
    setStroke(color, lineWidth: lineWidth)
    rectPath(x: x, y: y, width: width, height: height)
    append(" S\n")
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, color: ReportColor, lineWidth: Double) {
    setStroke(color, lineWidth: lineWidth)
    number(x1); space(); number(pageHeight - y1); append(" m ")
    number(x2); space(); number(pageHeight - y2); append(" l S\n")
  }

  /// A filled circle, from four Bézier arcs (kappa = 0.5523 approximates a quarter circle).
  mutating func fillCircle(centerX: Double, centerY: Double, radius: Double, color: ReportColor) {
    setFill(color)
    let cx = centerX, cy = pageHeight - centerY, r = radius, k = radius * 0.5523
    point(cx + r, cy); append(" m ")
    curve(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
    curve(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
    curve(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
    curve(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
    append("f\n")
  }

  /// One line of text with its baseline at `y`, starting at `x`. `rotated` turns it to read
  /// bottom to top around (x, y).
  mutating func text(
    _ encoded: PDFText, x: Double, y: Double, size: Double, bold: Bool, color: ReportColor,
    rotated: Bool = false
  ) {
    guard !encoded.isEmpty else { return }
    setFill(color)
    if encoded.isUnicode {
      unicodeText(encoded, x: x, y: y, size: size, bold: bold, color: color, rotated: rotated)
      return
    }
    append(bold ? "BT /F2 " : "BT /F1 ")
    number(size)
    append(" Tf ")
    position(x: x, y: y, rotated: rotated)
    append(" (")
    for code in encoded.codes {
      let byte = UInt8(truncatingIfNeeded: code)
      switch byte {
      case 0x28, 0x29, 0x5C:  // ( ) \
        bytes.append(0x5C)
        bytes.append(byte)
      case 32...126:
        bytes.append(byte)
      default:
        bytes.append(0x5C)
        bytes.append(0x30 + (byte >> 6))
        bytes.append(0x30 + ((byte >> 3) & 7))
        bytes.append(0x30 + (byte & 7))
      }
    }
    append(") Tj ET\n")
  }

  /// Unicode text in /F3 as hex CIDs. DejaVu Sans has no bold here, so bold is the same glyphs
  /// filled and stroked in their colour (text render mode 2), inside q/Q so the mode and the
  /// line width end with the text.
  private mutating func unicodeText(
    _ encoded: PDFText, x: Double, y: Double, size: Double, bold: Bool, color: ReportColor, rotated: Bool
  ) {
    let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
    if bold {
      append("q ")
      colorComponents(color)
      append(" RG ")
      number(size * 0.04, decimals: 3)
      append(" w ")
    }
    append("BT /F3 ")
    number(size)
    append(bold ? " Tf 2 Tr " : " Tf ")
    position(x: x, y: y, rotated: rotated)
    append(" <")
    for code in encoded.codes {
      // A line feed that reaches a single-line text prints as a space, as it measures.
      let cid = code == PDFUnicodeCharacters.lineFeed ? PDFUnicodeCharacters.space : code
      bytes.append(hex[Int(cid >> 12)])
      bytes.append(hex[Int((cid >> 8) & 0xF)])
      bytes.append(hex[Int((cid >> 4) & 0xF)])
      bytes.append(hex[Int(cid & 0xF)])
    }
    append(bold ? "> Tj ET Q\n" : "> Tj ET\n")
  }

  /// `x y Td`, or a rotation matrix with `Tm` for text that reads bottom to top.
  private mutating func position(x: Double, y: Double, rotated: Bool) {
    if rotated {
      append("0 1 -1 0 ")
      point(x, pageHeight - y)
      append(" Tm")
    } else {
      point(x, pageHeight - y)
      append(" Td")
    }
  }

  /// Draws `drawing` with its top left at (x, y), every length multiplied by `scale`, its text in Helvetica.
  mutating func draw(_ drawing: Drawing, x originX: Double, y originY: Double, scale: Double) {
    var encoder = PDFTextEncoder()
    draw(drawing, x: originX, y: originY, scale: scale, encoder: &encoder)
  }

  /// Draws `drawing`, its text in the fonts `encoder` chooses.
  mutating func draw(_ drawing: Drawing, x originX: Double, y originY: Double, scale: Double, encoder: inout PDFTextEncoder) {
    for shape in drawing.shapes {
      switch shape {
      case .rect(let x, let y, let width, let height, let fill, let stroke):
        if let fill {
          fillRect(x: originX + x * scale, y: originY + y * scale, width: width * scale, height: height * scale, color: fill)
        }
        if let stroke {
          strokeRect(
            x: originX + x * scale, y: originY + y * scale, width: width * scale, height: height * scale,
            color: stroke, lineWidth: 0.5 * scale)
        }
      case .line(let x1, let y1, let x2, let y2, let color, let width):
        line(
          x1: originX + x1 * scale, y1: originY + y1 * scale, x2: originX + x2 * scale, y2: originY + y2 * scale,
          color: color, lineWidth: width * scale)
      case .text(let x, let y, let string, let size, let anchor, let bold, let color, let rotated):
        let encoded = encoder.encode(string)
        let scaledSize = size * scale
        let width = encoded.width(size: scaledSize, bold: bold)
        let shift: Double
        switch anchor {
        case .start: shift = 0
        case .middle: shift = width / 2
        case .end: shift = width
        }
        // Rotated text runs upwards, so the anchor moves the start down the page.
        let startX = originX + x * scale - (rotated ? 0 : shift)
        let startY = originY + y * scale + (rotated ? shift : 0)
        text(encoded, x: startX, y: startY, size: scaledSize, bold: bold, color: color, rotated: rotated)
      }
    }
  }

  // MARK: - Operators

  private mutating func setFill(_ color: ReportColor) {
    colorComponents(color)
    append(" rg\n")
  }

  private mutating func setStroke(_ color: ReportColor, lineWidth: Double) {
    colorComponents(color)
    append(" RG ")
    number(lineWidth)
    append(" w\n")
  }

  private mutating func colorComponents(_ color: ReportColor) {
    number(Double(color.red) / 255, decimals: 3); space()
    number(Double(color.green) / 255, decimals: 3); space()
    number(Double(color.blue) / 255, decimals: 3)
  }

  private mutating func rectPath(x: Double, y: Double, width: Double, height: Double) {
    // PDF rectangles grow up from their lower-left corner.
    point(x, pageHeight - y - height); space()
    number(width); space(); number(height)
    append(" re")
  }

  private mutating func curve(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x3: Double, _ y3: Double) {
    point(x1, y1); space(); point(x2, y2); space(); point(x3, y3)
    append(" c\n")
  }

  private mutating func point(_ x: Double, _ y: Double) {
    number(x); space(); number(y)
  }

  private mutating func space() { bytes.append(0x20) }

  private mutating func number(_ value: Double, decimals: Int = 2) {
    PDFNumber.append(value, decimals: decimals, to: &bytes)
  }

  private mutating func append(_ ascii: StaticString) {
    ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }
}

/// Numbers in PDF syntax: fixed decimals with trailing zeros trimmed (`12.5`, `-3`, `0.129`),
/// built digit by digit so the bytes are the same on every platform. PDF has no exponents;
/// NaN and infinities print as 0 and magnitudes are capped at 10^9.
enum PDFNumber {
  static func append(_ value: Double, decimals: Int = 2, to out: inout [UInt8]) {
    var scale: Int64 = 1
    for _ in 0..<decimals { scale *= 10 }
    guard value.isFinite else { out.append(0x30); return }
    let magnitude = min(value.magnitude, 1e9)
    let scaled = (magnitude * Double(scale)).integer(.toNearestOrAwayFromZero, clampedTo: 0 ... Int64.max)
    if scaled == 0 { out.append(0x30); return }
    if value < 0 { out.append(0x2D) }
    appendDigits(scaled / scale, to: &out)
    var fraction = scaled % scale
    guard fraction != 0 else { return }
    out.append(0x2E)
    var digits = decimals
    while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
    var divisor: Int64 = 1
    for _ in 1..<max(digits, 1) { divisor *= 10 }
    while divisor > 0 {
      out.append(0x30 + UInt8(fraction / divisor % 10))
      divisor /= 10
    }
  }

  static func text(_ value: Double, decimals: Int = 2) -> String {
    var out: [UInt8] = []
    append(value, decimals: decimals, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func appendDigits(_ value: Int64, to out: inout [UInt8]) {
    var divisor: Int64 = 1
    while value / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      out.append(0x30 + UInt8(value / divisor % 10))
      divisor /= 10
    }
  }

  /// A non-negative integer zero-padded to `width` digits, for the cross-reference table.
  static func appendPadded(_ value: Int, width: Int, to out: inout [UInt8]) {
    var digits = [UInt8](repeating: 0x30, count: width)
    var rest = value
    var index = width - 1
    while rest > 0 && index >= 0 {
      digits[index] = 0x30 + UInt8(rest % 10)
      rest /= 10
      index -= 1
    }
    out.append(contentsOf: digits)
  }
}
