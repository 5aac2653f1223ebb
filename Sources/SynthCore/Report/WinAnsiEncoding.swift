/// WinAnsiEncoding (Windows code page 1252), the single-byte encoding of the PDF's base-14 fonts.
///
/// Codes 0x20...0x7E are ASCII and 0xA0...0xFF are Latin-1; 0x80...0x9F hold the typographic
/// extras (€ ‘ ’ “ ” – — • …). ≤ and ≥ are spelled <= and >=; every other character is written as
/// '?', so the printed text and its measured width always agree.
enum WinAnsi {
  static let replacement: UInt8 = 0x3F  // '?'

  /// The code of `scalar`, or '?' when WinAnsi lacks it. Tabs and carriage returns become
  /// spaces; a line feed stays, for the line breaker (it is never printed).
  static func code(for scalar: Unicode.Scalar) -> UInt8 {
    let value = scalar.value
    if value >= 0x20 && value <= 0x7E { return UInt8(value) }
    if value >= 0xA0 && value <= 0xFF { return UInt8(value) }
    if value == 0x09 || value == 0x0D { return 0x20 }
    if value == 0x0A { return 0x0A }
    for (index, unicode) in extras.enumerated() where unicode == value {
      return extrasCodes[index]
    }
    // Look-alikes WinAnsi lacks: minus sign, non-breaking hyphen, figure dash.
    if value == 0x2212 || value == 0x2011 { return 0x2D }
    if value == 0x2012 { return 0x96 }
    return replacement
  }

  /// Whether WinAnsi prints `text` as written: each character has a code or a stand-in (≤ as <=,
  /// − as -), or is a control character (which prints as '?' in any font).
  static func represents(_ text: String) -> Bool {
    for scalar in text.unicodeScalars {
      // ASCII, Latin-1 and the C0 and C1 controls.
      if scalar.value <= 0xFF { continue }
      if spelled(scalar) != nil || code(for: scalar) != replacement { continue }
      return false
    }
    return true
  }

  /// `text` as WinAnsi bytes: one byte per Unicode scalar, two for ≤ and ≥ (bounds of open
  /// intervals, which WinAnsi lacks).
  static func encode(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let pair = spelled(scalar) { bytes += pair } else { bytes.append(code(for: scalar)) }
    }
    return bytes
  }

  /// ≤ and ≥ as two ASCII codes, else nil.
  static func spelled(_ scalar: Unicode.Scalar) -> [UInt8]? {
    switch scalar.value {
    case 0x2264: return [0x3C, 0x3D]
    case 0x2265: return [0x3E, 0x3D]
    default: return nil
    }
  }

  /// Unicode scalars of codes 0x80...0x9F (the Adobe/Microsoft table), paired with `extrasCodes`.
  private static let extras: [UInt32] = [
    0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178,
  ]
  private static let extrasCodes: [UInt8] = [
    0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E,
    0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F,
  ]
}
