import Testing

@testable import SynthCore

/// Amounts as spreadsheets write them (issue 19): grouped thousands, currency and percent signs,
/// negatives in parentheses; read as numbers and written back the same way.
struct NumberNotationTests {
  private func value(_ text: String, comma: Bool) -> Double? { NumberNotation.read(text, decimalComma: comma)?.number.value }

  private func windows1252(_ text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    #expect(UTF8Text.encodeSingleByte(&bytes, latin1: false))
    return bytes
  }

  @Test func readsGroupedThousandsBesideEitherDecimalMark() {
    #expect(value("15.438,50", comma: true) == 15438.5)
    #expect(value("1.234.567", comma: true) == 1_234_567)
    #expect(value("15,438.50", comma: false) == 15438.5)
    #expect(value("1,234,567", comma: false) == 1_234_567)
    #expect(value("999", comma: true) == 999)
    #expect(value("0,50", comma: true) == 0.5)
    let r = NumberNotation.read("15.438,50", decimalComma: true)
    #expect(r?.grouped == true && r?.number.decimals == 2 && r?.number.usesDecimalComma == true)
  }

  @Test func refusesWhatIsNoGrouping() {
    for text in ["1.23.456", "1.2345", "1234.567", "01.234", ".234", "1.", "1.234,", "1,234.5", "1..234", "12.34", "(-5)", "--5", "€", "", "5 5", "1e5"] {
      #expect(value(text, comma: true) == nil, "\(text)")
    }
    #expect(value("1.234,50", comma: false) == nil)
  }

  @Test func readsSignsAndNegativeForms() {
    #expect(NumberNotation.read("€ 1.234,50", decimalComma: true) == .init(number: ScannedNumber(value: 1234.5, decimals: 2, isInteger: false, usesExponent: false, usesDecimalComma: true), prefix: "€ ", suffix: "", grouped: true, negative: nil))
    #expect(NumberNotation.read("-€ 5", decimalComma: true)?.negative == .minus)
    #expect(NumberNotation.read("€ -5", decimalComma: true)?.negative == .minusAfterSign)
    #expect(NumberNotation.read("(1.234,50)", decimalComma: true)?.negative == .parentheses)
    #expect(NumberNotation.read("€ (1.234,50)", decimalComma: true)?.negative == .parenthesesAfterSign)
    #expect(value("(€ 1.234,50)", comma: true) == -1234.5)
    #expect(value("€ (1.234,50)", comma: true) == -1234.5)
    #expect(value("€ -1.234,50", comma: true) == -1234.5)
    #expect(NumberNotation.read("12,5%", decimalComma: true)?.suffix == "%")
    #expect(value("12,5%", comma: true) == 12.5)
    #expect(value("-7,5 %", comma: true) == -7.5)
    #expect(NumberNotation.read("1.234 EUR", decimalComma: true)?.suffix == " EUR")
    #expect(NumberNotation.read("$1,234.50", decimalComma: false)?.prefix == "$")
    // A no-break space after the sign, as Excel writes it, is kept as written.
    #expect(NumberNotation.read("€\u{A0}12", decimalComma: true)?.prefix == "€\u{A0}")
    // One sign only: before or after, not both.
    #expect(value("€ 5 %", comma: true) == nil)
  }

  @Test func learnsOneNotationPerColumn() throws {
    let amounts = try #require(NumberNotation.learn(["15.438,50", "750,00", "(1.234,50)", "-0,50"], decimalCommaAllowed: true))
    #expect(amounts.notation == NumberNotation(grouping: .point, prefix: "", suffix: "", negative: .parentheses))
    #expect(amounts.numbers.map(\.value) == [15438.5, 750, -1234.5, -0.5])
    #expect(amounts.decimalComma)
    // With a comma-separated file only the decimal point remains.
    let english = try #require(NumberNotation.learn(["1,234.50", "$5.00"].map { $0 }, decimalCommaAllowed: false))
    #expect(english.notation.grouping == .comma && !english.decimalComma)
    // Two different signs, a sign before in one value and after in another, or nothing decorated: no notation.
    #expect(NumberNotation.learn(["€ 5", "$ 5"], decimalCommaAllowed: true) == nil)
    #expect(NumberNotation.learn(["€ 5", "5 €"], decimalCommaAllowed: true) == nil)
    #expect(NumberNotation.learn(["5", "6,5"], decimalCommaAllowed: true) == nil)
    #expect(NumberNotation.learn(["5", "six"], decimalCommaAllowed: true) == nil)
  }

  @Test func wholeNumbersAreGroupedOnlyWithEvidence() {
    #expect(NumberNotation.groupsWholeNumbers(["1.234", "750", "-12.000"]))
    #expect(!NumberNotation.groupsWholeNumbers(["1.234", "2.500"]))  // could be three decimals each
    #expect(!NumberNotation.groupsWholeNumbers(["1.5", "750"]))
    #expect(!NumberNotation.groupsWholeNumbers(["0.750", "3"]))
    #expect(!NumberNotation.groupsWholeNumbers(["1.234", "1234"]))  // a long number without a point
    #expect(!NumberNotation.groupsWholeNumbers(["1.234", "7,5"]))
  }

  @Test func writesNumbersBackInTheirNotation() {
    func write(_ value: Double, _ notation: NumberNotation, _ style: NumberStyle = .decimals(minimum: 2, maximum: 2), comma: Bool = true) -> String {
      var out: [UInt8] = []
      notation.append(value, style: style, decimalComma: comma, to: &out)
      return String(decoding: out, as: UTF8.self)
    }
    let dutch = NumberNotation(grouping: .point, prefix: "€ ", suffix: "", negative: .minusAfterSign)
    #expect(write(15438.5, dutch) == "€ 15.438,50")
    #expect(write(-1_234_567.891, dutch) == "€ -1.234.567,89")
    #expect(write(999, dutch) == "€ 999,00")
    #expect(write(-0.001, dutch) == "€ 0,00")  // rounds to zero: no sign
    #expect(write(-5, NumberNotation(grouping: .point, negative: .parentheses), .integer) == "(5)")
    #expect(write(-5, NumberNotation(prefix: "€ ", negative: .parenthesesAfterSign), .integer) == "€ (5)")
    #expect(write(-5, NumberNotation(prefix: "€ ", negative: .parentheses), .integer) == "(€ 5)")
    #expect(write(-5, NumberNotation(prefix: "€ "), .integer) == "-€ 5")
    #expect(write(1_234_567, NumberNotation(grouping: .comma), .integer, comma: false) == "1,234,567")
    // The grouping decides the decimal mark, whatever the column said.
    #expect(write(1234.5, NumberNotation(grouping: .comma), comma: true) == "1,234.50")
    #expect(write(12.5, NumberNotation(suffix: "%"), .decimals(minimum: 1, maximum: 1)) == "12,5%")
    #expect(write(1e300, NumberNotation(grouping: .point), .integer).contains("e"))
  }

  /// A Windows-1252 `;` file as Excel NL saves it: the amounts are numbers, and writing the table
  /// gives back the file byte for byte (accents, signs, grouping, parentheses, line ends).
  @Test func dutchExcelFileRoundTripsByteForByte() throws {
    let lines = [
      "plaats;bedrag;saldo;aantal;korting", "Zaandam;15.438,50;€ 1.234,50;1.234;12,5%", "Brielle;750,00;€ (3.399,21);750;0,0%",
      "Hélène's hoeve;1.000.000,01;€ 0,00;12.000;7,5%", "Café;0,50;€ 12,00;3;5,0%",
    ]
    let bytes = windows1252(lines.joined(separator: "\r\n") + "\r\n")
    let table = try Table.read(bytes, file: "nl.csv")
    #expect(table.dialect.encoding == .windows1252)
    let kinds = table.columns.map(\.schema.kind)
    #expect(kinds == [.categorical, .decimal, .decimal, .integer, .decimal])
    #expect(table.columns[1].numbers == [15438.5, 750, 1_000_000.01, 0.5])
    #expect(table.columns[2].numbers == [1234.5, -3399.21, 0, 12])
    #expect(table.columns[3].numbers == [1234, 750, 12000, 3])
    #expect(table.columns[4].numbers == [12.5, 0, 7.5, 5])
    #expect(table.columns[2].schema.numberNotation == NumberNotation(grouping: .point, prefix: "€ ", negative: .parenthesesAfterSign))
    #expect(table.columns[1].schema.reasons.contains(.notation(NumberNotation(grouping: .point))))
    let written = TableWriter(table: table).csvCountingNeutralised()
    #expect(written.bytes == bytes)
    #expect(!written.utf8Instead)
  }

  @Test func aCharacterWindows1252LacksFallsBackToUTF8WithAByteOrderMark() throws {
    let bytes = windows1252("naam;n\r\nChloë;1\r\nJoël;2\r\n")
    var table = try Table.read(bytes, file: "nl.csv")
    #expect(TableWriter(table: table).csv() == bytes)
    table.columns[0].levels[0] = "Ūla"
    let written = TableWriter(table: table).csvCountingNeutralised()
    #expect(written.utf8Instead)
    #expect(Array(written.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(text(Array(written.bytes.dropFirst(3))).contains("Ūla"))
  }

  /// Set to decimal by the user, a column of grouped amounts is read, not refused (issue 19).
  @Test func aForcedTypeReadsGroupedAmounts() throws {
    var options = TableOptions()
    var override = ColumnOverride(column: "bedrag")
    override.kind = .decimal
    options.overrides = [override]
    let table = try readTable("id;bedrag\n1;15.438,50\n2;7,25\n", options: options)
    #expect(table.columns[1].numbers == [15438.5, 7.25])
    var integer = ColumnOverride(column: "n")
    integer.kind = .integer
    options.overrides = [integer]
    #expect(try readTable("x;n\na;2.416\nb;12\n", options: options).columns[1].numbers == [2416, 12])
  }

  /// `evaluate` reads the synthetic file with the real column's notation.
  @Test func synthesisAndEvaluationKeepTheNotation() throws {
    var lines = ["plaats;bedrag;aantal"]
    let places = ["Utrecht", "Delft", "Zaandam"]
    for i in 0..<60 {
      lines.append("\(places[i % 3]);€ \(1 + i * 37 % 50).\(100 + i * 7 % 900),\(10 + i % 90);\(i % 4 == 0 ? "\(1 + i % 9).\(100 + i)" : "\(100 + i)")")
    }
    let input = lines.joined(separator: "\n") + "\n"
    let synth = run(["synth", "in.csv", "-o", "out.csv", "--seed", "1", "--no-report"], files: [("in.csv", input)])
    #expect(synth.code == 0, "\(synth.stderr)")
    let output = try #require(synth.files.first { $0.0 == "out.csv" }?.1)
    let rows = output.split(separator: "\n").dropFirst()
    #expect(rows.allSatisfy { $0.split(separator: ";")[1].hasPrefix("€ ") })
    let evaluated = run(["evaluate", "in.csv", "out.csv"], files: [("in.csv", input), ("out.csv", output)])
    #expect(evaluated.code == 0, "\(evaluated.stderr)")
  }
}
