import Foundation
import Testing

@testable import SynthCore

/// SPSS and Stata files in and out (issue 19): the fixtures are written by pyreadstat
/// (Fixtures/statistical/make_statistical.py), each beside the CSV it must read as.
struct StatisticalFileTests {
  private func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent("Tests/SynthCoreTests/Fixtures/statistical/" + name)))
  }

  private func convert(_ bytes: [UInt8], name: String, to output: String = "out.csv", _ extra: [String] = []) -> (code: Int32, stderr: String, bytes: [UInt8]) {
    var result = CommandResult()
    bytes.withUnsafeBufferPointer { b in
      result = Engine.run(
        ["convert", name, "-o", output, "--missing-as", "code", "--formulas", "keep"] + extra, inputs: [InputFile(path: name, status: .ok, bytes: b)])
    }
    return (result.exitCode, text(result.stderr), result.files.first { $0.path == output }?.bytes ?? [])
  }

  /// The CSV of a file, without the byte-order mark.
  private func csv(_ bytes: [UInt8], name: String) -> String {
    let out = convert(bytes, name: name)
    #expect(out.code == 0, "\(name): \(out.stderr)")
    #expect(Array(out.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    return text(Array(out.bytes.dropFirst(3)))
  }

  @Test(arguments: ["survey.sav", "survey_compressed.sav", "survey.zsav"])
  func anSPSSFileReadsAsItsCSVTwin(_ name: String) throws {
    #expect(csv(try fixture(name), name: name) == text(try fixture("survey_spss.csv")))
    let table = try Table.read(try fixture(name), file: name)
    #expect(table.dialect.statistical == .spss)
    #expect(table.columns.map(\.schema.kind) == [.integer, .categorical, .integer, .decimal, .categorical, .date, .categorical, .categorical])
    let sex = try #require(table.columns[1].schema.metadata)
    #expect(sex.label == "Geslacht van de respondent" && sex.showsLabels)
    #expect(sex.valueLabels == [ValueLabel(code: "1", label: "Man"), ValueLabel(code: "2", label: "Vrouw")])
    // User-missing values are missing codes, shown by their label; the range is kept as declared.
    let age = table.columns[2].schema
    #expect(age.missingCodes.filter(\.isUserCode).map(\.text) == ["Weigert"])
    #expect(age.metadata?.missingValues == ["99"] && age.metadata?.showsLabels == false)
    let satisfied = try #require(table.columns[6].schema.metadata)
    #expect(satisfied.missingRange == VariableMetadata.MissingRange(low: -9, high: -1))
    #expect(table.columns[6].schema.missingCodes.filter(\.isUserCode).map(\.text) == ["Weet niet", "Geen antwoord"])
    #expect(table.columns[3].schema.metadata?.format == "F10.2" && table.columns[5].schema.metadata?.format == "DATE11")
  }

  @Test(arguments: ["survey_118.dta", "survey_119.dta"])
  func aStataFileReadsAsItsCSVTwin(_ name: String) throws {
    #expect(csv(try fixture(name), name: name) == text(try fixture("survey_stata.csv")))
    let table = try Table.read(try fixture(name), file: name)
    #expect(table.dialect.statistical == .stata)
    #expect(table.columns[2].schema.missingCodes.filter(\.isUserCode).map(\.text) == [".a"])
    #expect(table.columns[1].schema.metadata?.labelSet == "geslacht0")
    #expect(table.columns[5].schema.metadata?.format == "%td")
  }

  @Test func release117ReadsItsStrings() throws {
    // Stata 13 files: shorter names and labels, 4-byte observation counts.
    let expected = text(try fixture("survey_stata.csv")).replacingOccurrences(of: "naïef", with: "naief")
      .replacingOccurrences(of: "Fryslân", with: "Fryslan").replacingOccurrences(of: "€ 5", with: "EUR 5")
    #expect(csv(try fixture("survey_117.dta"), name: "survey_117.dta") == expected)
  }

  /// Written and read again: the same values, labels, user-missing declarations and formats.
  @Test(arguments: [("survey.sav", "out.sav"), ("survey.zsav", "out.sav"), ("survey_118.dta", "out.dta"), ("survey_117.dta", "out.dta")])
  func writingAndReadingAgainRoundTrips(_ input: String, _ output: String) throws {
    let bytes = try fixture(input)
    let written = convert(bytes, name: input, to: output)
    #expect(written.code == 0, "\(written.stderr)")
    #expect(csv(written.bytes, name: output) == csv(bytes, name: input))
    let before = try Table.read(bytes, file: input)
    let after = try Table.read(written.bytes, file: output)
    for (a, b) in zip(before.columns, after.columns) {
      #expect(a.schema.kind == b.schema.kind)
      #expect(a.schema.missingCodes == b.schema.missingCodes)
      #expect(a.schema.metadata?.label == b.schema.metadata?.label)
      #expect(a.schema.metadata?.valueLabels.sorted { $0.code < $1.code } == b.schema.metadata?.valueLabels.sorted { $0.code < $1.code })
      #expect(a.schema.metadata?.missingValues == b.schema.metadata?.missingValues)
      #expect(a.schema.metadata?.missingRange == b.schema.metadata?.missingRange)
      #expect(a.schema.metadata?.format == b.schema.metadata?.format || output == "out.dta")
    }
    // The same input gives the same bytes.
    #expect(convert(bytes, name: input, to: output).bytes == written.bytes)
  }

  /// From SPSS to Stata: user-missing codes become extended missing values labelled as before.
  @Test func spssUserMissingBecomesStataExtendedMissing() throws {
    let written = convert(try fixture("survey.sav"), name: "survey.sav", to: "out.dta")
    #expect(written.code == 0, "\(written.stderr)")
    let table = try Table.read(written.bytes, file: "out.dta")
    #expect(table.columns[2].schema.missingCodes.filter(\.isUserCode).map(\.text) == ["Weigert"])
    #expect(table.columns[6].schema.metadata?.valueLabels.contains(ValueLabel(code: ".a", label: "Weet niet")) == true)
    #expect(csv(written.bytes, name: "out.dta") == csv(try fixture("survey.sav"), name: "survey.sav"))
  }

  /// From Stata to SPSS: `.a`–`.z` get free numeric codes below the data, declared user-missing
  /// and labelled, so that reading the SPSS file gives the same table.
  @Test func stataExtendedMissingBecomesSPSSUserMissing() throws {
    let written = convert(try fixture("survey_118.dta"), name: "survey_118.dta", to: "out.sav")
    #expect(written.code == 0, "\(written.stderr)")
    let table = try Table.read(written.bytes, file: "out.sav")
    #expect(table.columns[2].schema.metadata?.missingValues == ["-1"])
    #expect(table.columns[2].schema.metadata?.valueLabels == [ValueLabel(code: "-1", label: ".a")])
    #expect(csv(written.bytes, name: "out.sav") == text(try fixture("survey_stata.csv")))
  }

  /// More than three missing codes are a range in SPSS; a range over -8...99 would make valid ages
  /// missing, so every code gets a free number below the data, labelled with its text.
  @Test func manyMissingCodesNeverSwallowValidValues() throws {
    let csvText = "leeftijd\n-10\n34\n99\n-8\nonbekend\nweigert\n51\n"
    let written = convert(Array(csvText.utf8), name: "in.csv", to: "out.sav", ["--missing", "leeftijd=99,-8,onbekend,weigert"])
    #expect(written.code == 0, "\(written.stderr)")
    let table = try Table.read(written.bytes, file: "out.sav")
    let meta = try #require(table.columns[0].schema.metadata)
    #expect(meta.missingRange == VariableMetadata.MissingRange(low: -14, high: -11))
    #expect(meta.valueLabels.map(\.label) == ["weigert", "onbekend", "-8", "99"])
    #expect(csv(written.bytes, name: "out.sav").split(separator: "\n").map(String.init) == ["leeftijd", "-10", "34", "99", "-8", "onbekend", "weigert", "51"])
    #expect(table.columns[0].schema.missingCodes.filter(\.isUserCode).count == 4)
  }

  /// Stata holds no number at or beyond 2^1023 (those bit patterns are its missing values): such a
  /// value is written as missing, with a note; SPSS keeps it.
  @Test func numbersBeyondStatasRangeAreMissingWithANote() throws {
    let input = Array("x,n\n1e308,1\n-1e308,2\n5,3\n".utf8)
    var result = CommandResult()
    input.withUnsafeBufferPointer { b in
      result = Engine.run(["convert", "in.csv", "-o", "out.dta"], inputs: [InputFile(path: "in.csv", status: .ok, bytes: b)])
    }
    #expect(result.exitCode == 0)
    #expect(text(result.stdout).contains("1 value at or beyond 8.99e307, the largest number Stata holds, was written as missing (.)"))
    let bytes = try #require(result.files.first?.bytes)
    #expect(csv(bytes, name: "out.dta") == "x,n\n,1\n-1e+308,2\n5.0,3\n")
    #expect(csv(convert(input, name: "in.csv", to: "out.sav").bytes, name: "out.sav") == "x,n\n1e+308,1\n-1e+308,2\n5.0,3\n")
  }

  /// A CSV's columns as SPSS and Stata variables: numbers, dates, yes/no with labels, text
  /// (also longer than SPSS's 255-byte strings), names made valid, missing codes declared.
  @Test(arguments: ["out.sav", "out.dta"])
  func aCSVTableWrittenAsAStatisticalFile(_ output: String) throws {
    let long = String(repeating: "lang verhaal ", count: 50) + "eind"
    let csvText = "leeftijd (jaren),bedrag,datum,tijdstip,actief,toelichting,2e naam\n34,1.5,2024-03-01,2024-03-01 10:30:00,ja,\(long),a\n-8,-0.25,1999-12-31,,nee,kort,b\n51,,,1970-01-01 00:00:01,ja,,c\n"
    let written = convert(Array(csvText.utf8), name: "in.csv", to: output, ["--missing", "leeftijd (jaren)=-8"])
    #expect(written.code == 0, "\(written.stderr)")
    let table = try Table.read(written.bytes, file: output)
    #expect(table.columns.map(\.schema.name) == ["leeftijd__jaren_", "bedrag", "datum", "tijdstip", "actief", "toelichting", "v2e_naam"])
    #expect(table.columns[0].schema.metadata?.label == "leeftijd (jaren)")
    #expect(table.columns.map(\.schema.kind) == [.integer, .decimal, .date, .datetime, .boolean, .categorical, .categorical])
    let back = csv(written.bytes, name: output)
    let lines = back.split(separator: "\n").map(String.init)
    #expect(lines[1] == "34,1.5,2024-03-01,2024-03-01 10:30:00,ja,\(long),a")
    #expect(lines[2] == "-8,-0.25,1999-12-31,,nee,kort,b")
    #expect(table.columns[0].schema.missingCodes.filter(\.isUserCode).map(\.text) == ["-8"])
    #expect(table.columns[4].schema.metadata?.valueLabels == [ValueLabel(code: "0", label: "nee"), ValueLabel(code: "1", label: "ja")])
  }

  /// A table of the shared data written as SPSS and Stata reads back as the same CSV.
  @Test(arguments: ["out.sav", "out.dta"])
  func aSharedTableRoundTrips(_ output: String) throws {
    let table = try sharedSample("duo_cub_20k", rows: 2000)
    let original = TableWriter(table: table).csv()
    let written = StatisticalWriter(table: table, columns: Array(table.columns.indices)).data(output)
    var again = try Table.read(written, file: output)
    #expect(again.rowCount == table.rowCount)
    #expect(again.columns.map(\.schema.kind) == table.columns.map(\.schema.kind))
    again.dialect = table.dialect
    var writer = TableWriter(table: again)
    writer.missingOutput = .code
    // Names become valid variable names (`Risk category` → `Risk_category`, the original kept as
    // the variable's label); the rows are the same.
    #expect(text(writer.csv()).split(separator: "\r\n").dropFirst() == text(original).split(separator: "\r\n").dropFirst())
    #expect(again.columns[4].schema.name == "Risk_category" && again.columns[4].schema.metadata?.label == "Risk category")
  }

  @Test func damagedFilesGiveMessagesNotTraps() throws {
    for name in ["survey.sav", "survey_compressed.sav", "survey.zsav", "survey_117.dta", "survey_118.dta", "survey_119.dta"] {
      let bytes = try fixture(name)
      // Every cut: an error that names the file (or, for a few cuts in the padding, a table).
      for cut in stride(from: 4, to: bytes.count, by: 17) {
        let result = convert(Array(bytes.prefix(cut)), name: name)
        #expect(result.code == 0 || result.stderr.contains(name + ":"), "\(name) cut at \(cut): \(result.stderr)")
      }
      // Flipped bytes: never a trap.
      for at in stride(from: 0, to: bytes.count, by: 7) {
        var damaged = bytes
        damaged[at] ^= 0xFF
        let result = convert(damaged, name: name)
        #expect(result.code == 0 || result.code == 1, "\(name) byte \(at)")
      }
    }
    let cut = convert(Array(try fixture("survey.sav").prefix(1200)), name: "survey.sav")
    #expect(cut.stderr.contains("this SPSS file is cut off at byte 1200; its data are incomplete"))
    var release = try fixture("survey_118.dta")
    release[30] = UInt8(ascii: "5")
    #expect(convert(release, name: "old.dta").stderr.contains("this Stata file uses release 115 of the format, which is not supported; save it from Stata 13 or later"))
    var label = try fixture("survey_118.dta")
    let at = try #require(label.indices.first { Array(label[$0..<($0 + 5)]) == Array("<lbl>".utf8) })
    label[at + 5] = 0xFF
    label[at + 6] = 0xFF
    #expect(convert(label, name: "labels.dta").stderr.contains("this Stata file is damaged: its value labels are not valid at byte"))
  }

  @Test func synthesisWritesTheInputsFormat() throws {
    let table = try sharedSample("hotel_rates", rows: 600)
    let spss = StatisticalWriter(table: table, columns: Array(table.columns.indices)).sav()
    var result = CommandResult()
    spss.withUnsafeBufferPointer { b in
      result = Engine.run(["synth", "hotel.sav", "-o", "syn.sav", "--seed", "7", "--no-report"], inputs: [InputFile(path: "hotel.sav", status: .ok, bytes: b)])
    }
    #expect(result.exitCode == 0, "\(text(result.stderr))")
    let out = try #require(result.files.first { $0.path == "syn.sav" }?.bytes)
    let synthetic = try Table.read(out, file: "syn.sav")
    #expect(synthetic.rowCount == 600)
    #expect(synthetic.columns.map(\.schema.name) == table.columns.filter { !$0.schema.excluded }.map(\.schema.name))
  }
}

extension StatisticalWriter {
  fileprivate func data(_ output: String) -> [UInt8] { output.hasSuffix(".sav") ? sav() : dta() }
}
