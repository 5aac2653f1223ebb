import Foundation
import Testing

@testable import SynthCore

func kinds(_ table: Table) -> [String: ColumnKind] {
  var result: [String: ColumnKind] = [:]
  for c in table.columns { result[c.schema.name] = c.schema.kind }
  return result
}

/// `analyze --json` of each shared dataset, byte for byte (regenerate with scripts/update-golden.sh
/// and review the diff).
@Test(arguments: datasetNames) func schemaMatchesGolden(name: String) throws {
  let bytes = [UInt8](try Data(contentsOf: sharedDatasets.appendingPathComponent(name + ".csv")))
  let golden = try String(contentsOf: goldenFolder.appendingPathComponent(name + ".schema.json"), encoding: .utf8)
  let result = bytes.withUnsafeBufferPointer { buffer in
    Engine.run(["analyze", name + ".csv", "--json"], inputs: [InputFile(path: name + ".csv", status: .ok, bytes: buffer)])
  }
  #expect(result.exitCode == 0)
  #expect(String(decoding: result.stdout, as: UTF8.self) == golden)
}

@Test func datasetsAreTypedAsAnAnalystWould() throws {
  let weather = try sharedTable("weather")
  #expect(kinds(weather)["time_hour"] == .datetime)
  #expect(kinds(weather)["year"] == .constant)
  #expect(kinds(weather)["origin"] == .categorical)
  #expect(weather.columns[10].schema.missingCount == 20_778)

  let hotel = try sharedTable("hotel_rates")
  #expect(kinds(hotel)["arrival_date"] == .date)
  #expect(kinds(hotel)["agent"] == .categorical)
  #expect(hotel.columns.first { $0.schema.name == "country" }?.schema.missingCount == 164)

  let duo = try sharedTable("duo_cub_20k")
  #expect(duo.columns[0].schema.isIndex)
  #expect(duo.columns[0].schema.excluded)
  #expect(duo.notices.contains { $0.code == "indexColumn" })
  #expect(duo.columns.filter { !$0.schema.excluded }.count == 6)

  let law = try sharedTable("lawschool")
  let sex = law.columns[0].schema
  #expect(sex.kind == .decimal)
  #expect(sex.possiblyCategorical)
  #expect(law.columns.reduce(0) { $0 + $1.schema.missingCount } == 21)

  let cps = try sharedTable("cps1985")
  #expect(kinds(cps)["union"] == .boolean)
  #expect(kinds(cps)["wage"] == .decimal)

  let gss = try sharedTable("gss_wages")
  #expect(kinds(gss)["realrinc"] == .decimal)
  #expect(gss.columns.reduce(0) { $0 + $1.schema.missingCount } == 35_709)
}

@Test(arguments: datasetNames) func convertRoundTripsEveryDataset(name: String) throws {
  let table = try sharedTable(name)
  let written = TableWriter(table: table).csv()
  let again = try Table.read(written, file: name + ".csv")
  #expect(TableWriter(table: again).csv() == written)
  #expect(again.columns.map { $0.schema.kind } == table.columns.map { $0.schema.kind })
}
