/// Double → integer conversions. Swift's `Int(x)` traps on NaN, ±∞ and values outside the type's
/// range, and in wasm a trap shows only "unreachable" and loses the run; so every such conversion
/// in the core goes through these two, and the caller says what the bad case means.
extension Double {
  /// This value rounded by `rule`, or nil when it is NaN, infinite or outside `T`'s range.
  @inline(__always)
  func integer<T: FixedWidthInteger>(_ rule: FloatingPointRoundingRule = .towardZero, as type: T.Type = T.self) -> T? {
    T(exactly: rounded(rule))
  }

  /// This value rounded by `rule` and clamped into `bounds`; NaN gives `bounds.lowerBound`.
  @inline(__always)
  func integer<T: FixedWidthInteger>(_ rule: FloatingPointRoundingRule = .towardZero, clampedTo bounds: ClosedRange<T>) -> T {
    let r = rounded(rule)
    guard !r.isNaN else { return bounds.lowerBound }
    if r <= Double(bounds.lowerBound) { return bounds.lowerBound }
    // Double(T.max) can round up past T.max (2^63 for Int64), so `>=` and not `>`.
    if r >= Double(bounds.upperBound) { return bounds.upperBound }
    return T(exactly: r) ?? bounds.lowerBound
  }
}

// The unchecked conversions, shadowed so that any use in the core is a build warning that
// scripts/test.sh fails on: use `Double.integer(_:as:)` or `Double.integer(_:clampedTo:)`.
extension Int { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension Int64 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension Int32 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension Int16 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension Int8 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension UInt { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension UInt64 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension UInt32 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension UInt16 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
extension UInt8 { @available(*, deprecated, message: "unchecked Double conversion: use Double.integer") init(_ v: Double) { self = v.integer(clampedTo: .min ... .max) } }
