import Testing

@testable import SynthCore

// The one entry to synthesis: each method's result says which method made it and how, as data.

@Test func everyMethodReturnsTheSameResultTypeWithItsSummary() throws {
  let table = try sharedSample("gss_wages", rows: 1500)
  var config = SynthesisConfig()
  config.rows = 300
  #expect(try Synthesis.run(table, config: config).summary == .cart)
  config.strata = .names(["gender"])
  let stratified = try Synthesis.run(table, config: config)
  #expect(stratified.summary == .cart && stratified.copies[0].rowCount == 300)
  config.method = .gc
  config.strata = .none
  #expect(try Synthesis.run(table, config: config).summary == .copula(strata: nil))
  config.strata = .names(["gender"])
  let copula = try Synthesis.run(table, config: config)
  guard case .copula(let strata?) = copula.summary else { Issue.record("no strata: \(copula.summary)"); return }
  #expect(strata.columns == ["gender"] && strata.count >= 2)
  #expect(copula.method == .gc)
}
