/// A `Drawing` as inline SVG: one element per shape, coordinates in points with at most two
/// decimals, every text escaped. Works inside HTML and as a standalone XML file.
enum SVGWriter {
  static let fontFamily = "Helvetica, Arial, sans-serif"

  /// `pixelsPerPoint` sets the displayed size (width and height attributes) only: 1 shows a point as
  /// one CSS pixel, 4/3 at its true size (a CSS point is 4/3 pixels).
  static func svg(_ drawing: Drawing, title: String, pixelsPerPoint: Double = 1) -> String {
    let scale = pixelsPerPoint.isFinite && pixelsPerPoint > 0 ? pixelsPerPoint : 1
    let width = number(drawing.width * scale)
    let height = number(drawing.height * scale)
    let label = escaped(title)
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(drawing.width)) \(number(drawing.height))\" width=\"\(width)\" height=\"\(height)\""
    out += " role=\"img\" aria-label=\"\(label)\" font-family=\"\(fontFamily)\"><title>\(label)</title>"
    for shape in drawing.shapes {
      switch shape {
      case .rect(let x, let y, let w, let h, let fill, let stroke):
        out += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(w, 0)))\" height=\"\(number(max(h, 0)))\""
        out += " fill=\"\(fill.map(hex) ?? "none")\""
        if let stroke { out += " stroke=\"\(hex(stroke))\" stroke-width=\"0.75\"" }
        out += "/>"
      case .line(let x1, let y1, let x2, let y2, let color, let lineWidth):
        out += "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\""
        out += " stroke=\"\(hex(color))\" stroke-width=\"\(number(lineWidth))\"/>"
      case .text(let x, let y, let text, let size, let anchor, let bold, let color, let rotated):
        out += "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\""
        switch anchor {
        case .start: break
        case .middle: out += " text-anchor=\"middle\""
        case .end: out += " text-anchor=\"end\""
        }
        if bold { out += " font-weight=\"bold\"" }
        if color != .black { out += " fill=\"\(hex(color))\"" }
        if rotated { out += " transform=\"rotate(-90 \(number(x)) \(number(y)))\"" }
        out += ">\(escaped(text))</text>"
      }
    }
    out += "</svg>"
    return out
  }

  /// At most two decimals, no trailing zeros, "0" for non-finite values (an SVG parser rejects "nan").
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let text = ChartDrawing.compact(value, maxDecimals: 2)
    return text == "-0" ? "0" : text
  }

  /// "#rrggbb".
  static func hex(_ color: ReportColor) -> String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = [UInt8(ascii: "#")]
    for channel in [color.red, color.green, color.blue] {
      bytes.append(digits[Int(channel >> 4)])
      bytes.append(digits[Int(channel & 15)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Safe as element text and as a quoted attribute value in HTML and XML: & < > " ' become
  /// entities, and control characters other than tab and line breaks (invalid in XML) become U+FFFD.
  static func escaped(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
      case 9, 10, 13: bytes.append(byte)
      case 0..<32, 127: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
