import Testing

@testable import SynthCore

/// The synthetic CSV of 2,000 rows of each shared dataset, seed 42, pinned by hash: any change in
/// fitting, drawing, smoothing or writing shows here (and the parity check proves wasm writes the
/// same bytes). After an intended change, update the hashes from the failure messages and say why
/// in the commit.
@Test(arguments: [
  ("cps1985", "1943c910cce3d83d"),
  ("duo_cub_20k", "f853722d878ebaf5"),
  ("gss_wages", "7a77a3b272fbdae7"),
  ("hotel_rates", "b4a5c9f7019635ba"),
  ("lawschool", "0b2001d97a1ac631"),
  ("weather", "a3ce28ab71f2cc87"),
]) func syntheticOutputMatchesGolden(name: String, expected: String) throws {
  let real = try sharedSample(name, rows: 2000)
  let output = try synthesize(real) { $0.seed = 42 }
  #expect(fingerprint(TableWriter(table: output.copies[0]).csv()) == expected, "\(name)")
}

@Test func properAndImputedRunsMatchGolden() throws {
  let real = try sharedSample("gss_wages", rows: 2000)
  let proper = try synthesize(real) { $0.seed = 42; $0.proper = true; $0.rows = 500 }
  #expect(fingerprint(TableWriter(table: proper.copies[0]).csv()) == "2830d30ff188a732")
  let imputed = try synthesize(real) { $0.seed = 42; $0.missingValues = .imputeTree; $0.rows = 500 }
  #expect(fingerprint(TableWriter(table: imputed.copies[0]).csv()) == "219bf5b0d06f8892")
}
