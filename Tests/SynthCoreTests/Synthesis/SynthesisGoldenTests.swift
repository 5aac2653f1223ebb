import Testing

@testable import SynthCore

/// FNV-1a of the bytes, as 16 hex digits.
func fingerprint(_ bytes: [UInt8]) -> String {
  var hash: UInt64 = 0xCBF2_9CE4_8422_2325
  for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
  let digits = Array("0123456789abcdef".utf8)
  var text: [UInt8] = []
  for shift in stride(from: 60, through: 0, by: -4) { text.append(digits[Int((hash >> UInt64(shift)) & 15)]) }
  return String(decoding: text, as: UTF8.self)
}

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
