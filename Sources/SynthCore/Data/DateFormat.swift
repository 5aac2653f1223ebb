/// The written shape of a date or date-time column, found from its values and used to write
/// synthetic values back the same way.
///
/// Dates are stored as days since 1970-01-01 and date-times as seconds since 1970-01-01 00:00
/// (no time zones: a trailing `Z` is kept as written).
public struct DateFormat: Equatable, Sendable {
  public enum Order: String, Sendable { case yearMonthDay = "ymd", dayMonthYear = "dmy", monthDayYear = "mdy" }
  public enum Time: Equatable, Sendable { case none, minutes, seconds }

  public var order: Order
  public var separator: UInt8
  /// Day, month and hour written with two digits (`01-03-2024`), or as short as possible (`1-3-2024`).
  public var padded: Bool
  public var time: Time
  /// `T` in `2024-03-01T10:00:00`, otherwise a space.
  public var timeSeparator: UInt8 = 32
  public var utcSuffix = false
  /// Digits of fractional seconds (`10:00:00.250` has 3), at most 6.
  public var fractionDigits = 0
  /// Year and month only (`2024-03`, or `03-2024` in day-first orders): a date coarsened to its month.
  public var monthOnly = false

  public var hasTime: Bool { time != .none }

  /// A human-readable pattern such as `dd-MM-yyyy HH:mm`.
  public var pattern: String {
    let sep = String(decoding: [separator], as: UTF8.self)
    let d = padded ? "dd" : "d", m = padded ? "MM" : "M"
    if monthOnly { return order == .yearMonthDay ? "yyyy" + sep + "MM" : "MM" + sep + "yyyy" }
    var text: String
    switch order {
    case .yearMonthDay: text = "yyyy" + sep + m + sep + d
    case .dayMonthYear: text = d + sep + m + sep + "yyyy"
    case .monthDayYear: text = m + sep + d + sep + "yyyy"
    }
    switch time {
    case .none: break
    case .minutes: text += (timeSeparator == 84 ? "T" : " ") + (padded ? "HH" : "H") + ":mm"
    case .seconds: text += (timeSeparator == 84 ? "T" : " ") + (padded ? "HH" : "H") + ":mm:ss"
    }
    if fractionDigits > 0 { text += "." + String(repeating: "S", count: fractionDigits) }
    if utcSuffix { text += "Z" }
    return text
  }

  // MARK: Writing

  /// The text of a stored value (days or seconds since the epoch) in this format.
  public func format(_ value: Double) -> String {
    var out: [UInt8] = []
    append(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Clock units (up to nanoseconds) that fit in an Int64 also after `* 60`.
  private static let unitRange: ClosedRange<Int64> = -(1 << 56) ... (1 << 56)

  func append(_ value: Double, to out: inout [UInt8]) {
    // About ±3 million years: anything beyond is not a date and must not trap the Int64 conversion.
    guard value.isFinite, abs(value) < 1e14 else { return }
    var days: Int64, secondsOfDay: Int64 = 0, fraction: Int64 = 0
    // Halves round up (towards later times), also before 1970.
    if hasTime {
      let unitsPerSecond = DateParts.powersOfTen[fractionDigits]
      var total = (value * Double(unitsPerSecond) + 0.5).integer(.down, clampedTo: Self.unitRange)
      if time == .minutes { total = (value / 60 + 0.5).integer(.down, clampedTo: Self.unitRange) * 60 }
      let units = CivilDate.floorDiv(total, unitsPerSecond)
      fraction = total - units * unitsPerSecond
      days = CivilDate.floorDiv(units, 86_400)
      secondsOfDay = units - days * 86_400
    } else {
      days = (value + 0.5).integer(.down, clampedTo: Self.unitRange)
    }
    let (year, month, day) = CivilDate.civil(fromDays: days)
    func put(_ n: Int64, width: Int) {
      let digits = Array(String(n).utf8)
      if digits.count < width { for _ in 0..<(width - digits.count) { out.append(48) } }
      out.append(contentsOf: digits)
    }
    if monthOnly {
      if order == .yearMonthDay { put(year, width: 4); out.append(separator); put(month, width: 2) }
      else { put(month, width: 2); out.append(separator); put(year, width: 4) }
      return
    }
    let partWidth = padded ? 2 : 1
    switch order {
    case .yearMonthDay: put(year, width: 4); out.append(separator); put(month, width: partWidth); out.append(separator); put(day, width: partWidth)
    case .dayMonthYear: put(day, width: partWidth); out.append(separator); put(month, width: partWidth); out.append(separator); put(year, width: 4)
    case .monthDayYear: put(month, width: partWidth); out.append(separator); put(day, width: partWidth); out.append(separator); put(year, width: 4)
    }
    if hasTime {
      out.append(timeSeparator)
      put(secondsOfDay / 3600, width: partWidth)
      out.append(58)
      put(secondsOfDay / 60 % 60, width: 2)
      if time == .seconds { out.append(58); put(secondsOfDay % 60, width: 2) }
      if fractionDigits > 0 { out.append(46); put(fraction, width: fractionDigits) }
    }
    if utcSuffix { out.append(90) }
  }
}

/// One value split into its numeric parts, before the column decides what they mean.
struct DateParts: Equatable {
  var first: Int64, second: Int64, third: Int64
  var firstDigits: Int, secondDigits: Int, thirdDigits: Int
  var separator: UInt8
  var time: DateFormat.Time = .none
  var timeSeparator: UInt8 = 32
  var hour: Int64 = 0, minute: Int64 = 0, second2: Int64 = 0
  var hourDigits = 2
  var utcSuffix = false
  /// Fractional seconds as a count of 10^-fractionDigits units.
  var fraction: Int64 = 0
  var fractionDigits = 0

  static let powersOfTen: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

  /// Splits `12-3-2024`, `2024/03/12 10:00`, `2024-03-12T10:00:00Z`; nil when the text has another shape.
  static func scan(_ text: String) -> DateParts? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(24)
    bytes.append(contentsOf: text.utf8)
    guard bytes.count >= 8 && bytes.count <= 32 else { return nil }
    var i = 0
    func number(maxDigits: Int) -> (Int64, Int)? {
      var value: Int64 = 0, digits = 0
      while i < bytes.count, UTF8Text.isASCIIDigit(bytes[i]), digits < maxDigits {
        value = value * 10 + Int64(bytes[i] - 48)
        digits += 1
        i += 1
      }
      return digits > 0 ? (value, digits) : nil
    }
    guard let a = number(maxDigits: 4), i < bytes.count else { return nil }
    let sep = bytes[i]
    guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") else { return nil }
    i += 1
    guard let b = number(maxDigits: 2), i < bytes.count, bytes[i] == sep else { return nil }
    i += 1
    guard let c = number(maxDigits: 4) else { return nil }
    var parts = DateParts(first: a.0, second: b.0, third: c.0, firstDigits: a.1, secondDigits: b.1, thirdDigits: c.1, separator: sep)
    guard (a.1 == 4) != (c.1 == 4) else { return nil }
    if i == bytes.count { return parts }
    let timeSep = bytes[i]
    guard timeSep == 32 || timeSep == UInt8(ascii: "T") else { return nil }
    i += 1
    guard let h = number(maxDigits: 2), i < bytes.count, bytes[i] == 58 else { return nil }
    i += 1
    guard let m = number(maxDigits: 2), m.1 == 2 else { return nil }
    parts.timeSeparator = timeSep
    parts.hour = h.0
    parts.hourDigits = h.1
    parts.minute = m.0
    parts.time = .minutes
    if i < bytes.count && bytes[i] == 58 {
      i += 1
      guard let s = number(maxDigits: 2), s.1 == 2 else { return nil }
      parts.second2 = s.0
      parts.time = .seconds
      if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
        i += 1
        guard let f = number(maxDigits: 6) else { return nil }
        (parts.fraction, parts.fractionDigits) = f
      }
    }
    if i < bytes.count && bytes[i] == UInt8(ascii: "Z") { parts.utcSuffix = true; i += 1 }
    guard i == bytes.count, parts.hour < 24, parts.minute < 60, parts.second2 < 60 else { return nil }
    return parts
  }

  /// Days or seconds since the epoch under `order`; nil when the date does not exist.
  func value(order: DateFormat.Order) -> Double? {
    let year: Int64, month: Int64, day: Int64
    switch order {
    case .yearMonthDay:
      guard firstDigits == 4 else { return nil }
      (year, month, day) = (first, second, third)
    case .dayMonthYear:
      guard thirdDigits == 4 else { return nil }
      (year, month, day) = (third, second, first)
    case .monthDayYear:
      guard thirdDigits == 4 else { return nil }
      (year, month, day) = (third, first, second)
    }
    guard month >= 1, month <= 12, day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
    let days = CivilDate.days(year: year, month: month, day: day)
    if time == .none { return Double(days) }
    let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second2)
    return fractionDigits == 0 ? seconds : seconds + Double(fraction) / Double(DateParts.powersOfTen[fractionDigits])
  }

  /// True when day, month (and hour) use two digits.
  var isPadded: Bool {
    let dayMonthPadded = firstDigits == 4 ? (secondDigits == 2 && thirdDigits == 2) : (firstDigits == 2 && secondDigits == 2)
    return dayMonthPadded && (time == .none || hourDigits == 2)
  }
}

/// Proleptic Gregorian calendar arithmetic on Int64 (Howard Hinnant's days-from-civil algorithms).
enum CivilDate {
  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

  static func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  static func daysInMonth(year: Int64, month: Int64) -> Int64 {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = floorDiv(y, 400)
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(fromDays z0: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = z0 + 719_468
    let era = floorDiv(z, 146_097)
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// ISO text of `days` since 1970-01-01 (`0987-03-01`), with the time of day when `seconds`
  /// (since midnight) is given: how workbook and statistical-file dates reach the CSV reader.
  static func isoText(days: Int64, seconds: Int64? = nil) -> String {
    let (y, m, d) = civil(fromDays: days)
    func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var year = "\(y)"
    while year.utf8.count < 4 { year = "0" + year }
    var text = "\(year)-\(two(m))-\(two(d))"
    if let s = seconds { text += " \(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))" }
    return text
  }
}
