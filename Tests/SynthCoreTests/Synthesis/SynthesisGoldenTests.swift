import Testing

@testable import SynthCore

/// The synthetic CSV of 2,000 rows of each shared dataset, seed 42, pinned by hash: any change in
/// fitting, drawing, smoothing or writing shows here (and the parity check proves wasm writes the
/// same bytes). After an intended change, update the hashes from the failure messages and say why
/// in the commit.
@Test(arguments: [
  ("cps1985", "a4dbccf0431ac07c"),
  ("duo_cub_20k", "2797d06a81c06c13"),
  ("gss_wages", "85a7dd76e7e7173a"),
  ("hotel_rates", "4c5db83e9e3e7cc9"),
  ("lawschool", "ab5e129502e3b91b"),
  ("weather", "3b8494abb8bfc6e5"),
]) func syntheticOutputMatchesGolden(name: String, expected: String) throws {
  let real = try sharedSample(name, rows: 2000)
  let output = try synthesize(real) { $0.seed = 42 }
  #expect(fingerprint(TableWriter(table: output.copies[0]).csv()) == expected, "\(name)")
}

@Test func properAndImputedRunsMatchGolden() throws {
  let real = try sharedSample("gss_wages", rows: 2000)
  // Each variable's bootstrap weights come from the bootstrap stream (since fits run at once).
  let proper = try synthesize(real) { $0.seed = 42; $0.proper = true; $0.rows = 500 }
  #expect(fingerprint(TableWriter(table: proper.copies[0]).csv()) == "40fbae2ef84edeb8")
  let imputed = try synthesize(real) { $0.seed = 42; $0.missingValues = .imputeTree; $0.rows = 500 }
  #expect(fingerprint(TableWriter(table: imputed.copies[0]).csv()) == "2fb8980f3c672fa0")
}
