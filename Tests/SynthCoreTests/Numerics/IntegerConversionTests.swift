import Testing

@testable import SynthCore

struct IntegerConversionTests {
  @Test func badValuesGiveNilOrTheBound() {
    #expect(Double.nan.integer(as: Int.self) == nil)
    #expect(Double.infinity.integer(as: Int32.self) == nil)
    #expect(1e308.integer(as: Int64.self) == nil)
    // 2^63 is one past Int64.max; the largest Double below it fits.
    #expect(9_223_372_036_854_775_808.0.integer(as: Int64.self) == nil)
    #expect(9_223_372_036_854_774_784.0.integer(as: Int64.self) == 9_223_372_036_854_774_784)
    #expect((-1.0).integer(as: UInt64.self) == nil)
    #expect(2.7.integer(as: Int.self) == 2)
    #expect((-2.7).integer(as: Int.self) == -2)
    #expect(2.5.integer(.toNearestOrAwayFromZero, as: Int.self) == 3)
    #expect((-2.5).integer(.down, as: Int.self) == -3)

    #expect(Double.nan.integer(clampedTo: 3...9) == 3)
    #expect(Double.infinity.integer(clampedTo: 3...9) == 9)
    #expect((-1e308).integer(clampedTo: 3...9) == 3)
    #expect(1e308.integer(clampedTo: Int64.min ... Int64.max) == Int64.max)
    #expect((-1e308).integer(clampedTo: Int64.min ... Int64.max) == Int64.min)
    #expect(255.6.integer(.toNearestOrAwayFromZero, clampedTo: UInt8.min ... UInt8.max) == 255)
    #expect(7.9.integer(clampedTo: 3...9) == 7)
  }
}
