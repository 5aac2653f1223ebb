import Testing

@testable import SynthCore

@Test func numbersFollowTheLanguage() {
  let en = Wording(language: .en), nl = Wording(language: .nl)
  #expect(en.number(1234567.891, decimals: 2) == "1,234,567.89")
  #expect(nl.number(1234567.891, decimals: 2) == "1.234.567,89")
  #expect(en.number(-1234, decimals: 0) == "-1,234")
  #expect(en.number(999, decimals: 0) == "999")
  #expect(en.count(48842) == "48,842")
  #expect(nl.percent(0.1234) == "12,3%")
  #expect(en.percent(0.00001, decimals: 2) == "<0.01%")
  #expect(en.percent(0) == "0.0%")
  #expect(en.value(.nan) == "n/a")
  #expect(nl.value(.infinity) == "n.b.")
  #expect(en.value(0.012345) == "0.012")
  #expect(en.value(3.14159) == "3.14")
  #expect(en.value(123.456) == "123.5")
  #expect(en.value(12345.6) == "12,346")
  #expect(en("yes", "ja") == "yes" && nl("yes", "ja") == "ja")
}

@Test func sPMSELevelsFollowSynthpopsThresholds() {
  #expect(ReportBuilder.level(0) == .good)
  #expect(ReportBuilder.level(2.999) == .good)
  #expect(ReportBuilder.level(3) == .acceptable)
  #expect(ReportBuilder.level(9.99) == .acceptable)
  #expect(ReportBuilder.level(10) == .poor)
  #expect(ReportBuilder.level(.nan) == .info)
}
