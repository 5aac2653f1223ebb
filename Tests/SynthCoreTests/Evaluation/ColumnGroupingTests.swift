import Testing

@testable import SynthCore

func oneColumn(_ values: [Int]) -> [String] { values.map { String($0) } }

struct ColumnGroupingTests {
  /// R: cut(1:10, quantile(1:10, 0:5/5), include.lowest = TRUE) → 1 1 2 2 3 3 4 4 5 5.
  /// Breaks 1, 2.8, 4.6, 6.4, 8.2, 10: no value sits on a break, so both closures agree.
  @Test(arguments: [ColumnGrouping.Closure.left, .right]) func quantilesOfOneToTen(closure: ColumnGrouping.Closure) throws {
    let t = try readTable("x\n" + oneColumn(Array(1...10)).joined(separator: "\n") + "\n")
    let g = ColumnGrouping(real: t, synthetic: t, column: 0, closure: closure)
    #expect(g.real == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
    #expect(g.synthetic == g.real)
    if closure == .left {
      #expect(g.labels.map { $0.english } == ["[1, 2.8)", "[2.8, 4.6)", "[4.6, 6.4)", "[6.4, 8.2)", "[8.2, 10]"])
    } else {
      #expect(g.labels.map { $0.english } == ["[1, 2.8]", "(2.8, 4.6]", "(4.6, 6.4]", "(6.4, 8.2]", "(8.2, 10]"])
    }
  }

  /// Breaks of 1:9 in 4 groups are 1, 3, 5, 7, 9, all on values. synthpop's group_num uses
  /// cut(right = FALSE): [1,3) [3,5) [5,7) [7,9]; R's default cut: [1,3] (3,5] (5,7] (7,9].
  @Test func closureDecidesValuesOnBreaks() throws {
    let t = try readTable("x\n" + oneColumn(Array(1...9)).joined(separator: "\n") + "\n")
    let left = ColumnGrouping(real: t, synthetic: t, column: 0, groups: 4, closure: .left)
    #expect(left.real == [0, 0, 1, 1, 2, 2, 3, 3, 3])
    #expect(left.labels.map { $0.english } == ["[1, 3)", "[3, 5)", "[5, 7)", "[7, 9]"])
    let right = ColumnGrouping(real: t, synthetic: t, column: 0, groups: 4, closure: .right)
    #expect(right.real == [0, 0, 0, 1, 1, 2, 2, 3, 3])
    #expect(right.labels.map { $0.english } == ["[1, 3]", "(3, 5]", "(5, 7]", "(7, 9]"])
  }

  /// Breaks come from real and synthetic values together: 1…5 and 6…10 cut like 1…10.
  @Test func breaksArePooled() throws {
    let (real, synthetic) = try realAndSynthetic("x", real: oneColumn(Array(1...5)), synthetic: oneColumn(Array(6...10)))
    let g = ColumnGrouping(real: real, synthetic: synthetic, column: 0)
    #expect(g.real == [0, 0, 1, 1, 2])
    #expect(g.synthetic == [2, 3, 3, 4, 4])
  }

  /// classInt gives each value its own class when there are no more values than groups.
  @Test func fewValuesAreTheirOwnGroups() throws {
    let (real, synthetic) = try realAndSynthetic("x", real: ["3", "1", "3"], synthetic: ["2", "1"])
    let g = ColumnGrouping(real: real, synthetic: synthetic, column: 0)
    #expect(g.labels.map { $0.english } == ["1", "2", "3"])
    #expect(g.real == [2, 0, 2])
    #expect(g.synthetic == [1, 0])
  }

  /// 24 zeros and 1…5 (n = 29): the 80% quantile sits at sorted position 1 + 28·0.8 = 23.4, still
  /// a zero, so the breaks are 0,0,0,0,0,5, only two distinct, and the column is cut into 5 equal
  /// widths over [0, 5] instead. (With 20 zeros the same position is 20.2, between 0 and 1: 0.2.)
  @Test func tiedQuantilesFallBackToEqualWidths() throws {
    let values = Array(repeating: 0, count: 24) + Array(1...5)
    let t = try readTable("x\n" + oneColumn(values).joined(separator: "\n") + "\n")
    let g = ColumnGrouping(real: t, synthetic: t, column: 0)
    #expect(g.labels.map { $0.english } == ["[0, 1)", "[1, 2)", "[2, 3)", "[3, 4)", "[4, 5]"])
    #expect(g.real == Array(repeating: 0, count: 24) + [1, 2, 3, 4, 4])
    let fewerZeros = try readTable("x\n" + oneColumn(Array(values.dropFirst(4))).joined(separator: "\n") + "\n")
    #expect(ColumnGrouping(real: fewerZeros, synthetic: fewerZeros, column: 0).labels.map { $0.english } == ["[0, 0.2)", "[0.2, 5]"])
  }

  @Test func constantColumnIsOneGroup() throws {
    var options = TableOptions()
    var asInteger = ColumnOverride(column: "x")
    asInteger.kind = .integer
    options.overrides = [asInteger]
    let numeric = try readTable("x\n7\n7\n7\n", options: options)
    #expect(numeric.columns[0].schema.kind == .integer)
    let g = ColumnGrouping(real: numeric, synthetic: numeric, column: 0)
    #expect(g.labels.map { $0.english } == ["7"])
    #expect(g.real == [0, 0, 0])

    let constant = try readTable("x\n7\n7\n7\n")
    #expect(constant.columns[0].schema.kind == .constant)
    #expect(ColumnGrouping(real: constant, synthetic: constant, column: 0).labels.map { $0.english } == ["7"])
  }

  @Test func missingCodesGetTheirOwnGroups() throws {
    var options = TableOptions()
    options.missingCodes = ["-8"]
    let rows = ["1,a", "2,b", "NA,", "3,a", "-8,b", ",NA", "4,a", "5,b", "6,a"]
    let t = try readTable("n,c\n" + rows.joined(separator: "\n") + "\n", options: options)
    let n = ColumnGrouping(real: t, synthetic: t, column: 0)
    // Six observed values: quantile breaks 1, 2, 3, 4, 5, 6; then the codes -8, NA and the empty field.
    #expect(n.labels.map { $0.english } == ["[1, 2)", "[2, 3)", "[3, 4)", "[4, 5)", "[5, 6]", "-8", "NA", "missing"])
    #expect(n.real == [0, 1, 6, 2, 5, 7, 3, 4, 4])
    let c = ColumnGrouping(real: t, synthetic: t, column: 1)
    #expect(c.labels.map { $0.english } == ["a", "b", "-8", "missing", "NA"])
    #expect(c.real == [0, 1, 3, 0, 1, 4, 0, 1, 0])
  }

  @Test func allMissingColumn() throws {
    let (real, synthetic) = try realAndSynthetic("x,y", real: ["NA,1", "NA,2"], synthetic: ["NA,3"])
    #expect(real.columns[0].schema.kind == .empty)
    let g = ColumnGrouping(real: real, synthetic: synthetic, column: 0)
    #expect(g.labels.map { $0.english } == ["NA"])
    #expect(g.real == [0, 0])
    #expect(g.synthetic == [0])
  }

  @Test func booleansAndDates() throws {
    let flags = try readTable("f\nyes\nno\nyes\n")
    let b = ColumnGrouping(real: flags, synthetic: flags, column: 0)
    #expect(b.labels.map { $0.english } == ["no", "yes"])
    #expect(b.real == [1, 0, 1])

    let days = (1...10).map { "2024-01-" + ($0 < 10 ? "0" : "") + String($0) }
    let dates = try readTable("d\n" + days.joined(separator: "\n") + "\n")
    let d = ColumnGrouping(real: dates, synthetic: dates, column: 0)
    #expect(d.real == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
    // Breaks at days 0, 1.8, 3.6, 5.4, 7.2, 9 hold whole days 0–1, 2–3, 4–5, 6–7, 8–9.
    #expect(d.labels.map { $0.english } == [
      "[2024-01-01, 2024-01-03)", "[2024-01-03, 2024-01-05)", "[2024-01-05, 2024-01-07)",
      "[2024-01-07, 2024-01-09)", "[2024-01-09, 2024-01-10]",
    ])
  }

  @Test func breakLabelsHaveEightSignificantDigits() {
    let schema = ColumnSchema(name: "x", position: 0, kind: .decimal, confidence: 1, reasons: [], excluded: false)
    func text(_ value: Double, exact: Bool = false, comma: Bool = false) -> String { NumericCuts.number(value, schema, exact: exact).text(decimalComma: comma) }
    #expect(text(2.8000000000000003) == "2.8")
    #expect(text(1234.56789123) == "1234.5679")
    #expect(text(0.0123456789) == "0.012345679")
    #expect(text(-12) == "-12")
    #expect(text(0.1, exact: true) == "0.1")
    // In a Dutch report the same cut points take a decimal comma, and intervals a semicolon.
    #expect(text(1234.56789123, comma: true) == "1234,5679")
    #expect(text(0.1, exact: true, comma: true) == "0,1")
    let interval = CategoryTerm.interval(.cut(2.5, exact: false), .cut(4.75, exact: false), closedLow: true, closedHigh: false)
    #expect(interval.english == "[2.5, 4.75)" && interval.dutch == "[2,5; 4,75)")
    #expect(CategoryTerm.below(.cut(20, exact: false), inclusive: false).dutch == "< 20")
  }

  /// Every selected rank holds what a full sort of the observed values puts there, ties and all.
  @Test(arguments: 0..<20) func selectionAgreesWithSorting(seed: Int) {
    var rng = RandomGenerator(seed: UInt64(seed))
    let n = 1 + rng.nextInt(below: seed < 10 ? 300 : 30_000)
    let distinct = 1 + rng.nextInt(below: seed.isMultiple(of: 2) ? 5 : 1_000_000)
    let scale = [1.0, 1e-300, 1e300, 0.001][seed % 4]
    var column = Column(schema: ColumnSchema(name: "x", position: 0, kind: .decimal, confidence: 1, reasons: [], excluded: false))
    column.numbers = (0..<n).map { _ in (Double(rng.nextInt(below: distinct)) - Double(distinct / 2)) * scale }
    if seed == 3 { column.numbers[0] = -0.0 }
    if seed.isMultiple(of: 3) { column.missing = (0..<n).map { _ in UInt16(rng.nextInt(below: 2)) } }
    let other = Column(schema: column.schema, numbers: (0..<(n / 2)).map { _ in rng.nextNormal() })
    var observed = other.numbers
    for (row, x) in column.numbers.enumerated() where column.missing.isEmpty || column.missing[row] == 0 { observed.append(x) }
    let sorted = observed.sorted()
    guard !sorted.isEmpty else { return }
    let ranks = [0, sorted.count - 1] + (0..<8).map { _ in rng.nextInt(below: sorted.count) }
    let found = OrderStatistics.select(ranks: ranks, observedIn: [column, other])
    for (i, rank) in ranks.enumerated() { #expect(found[i] == sorted[rank], "rank \(rank)") }
  }

  @Test func keysAreInValueOrder() {
    let values: [Double] = [-.infinity, -1e300, -2, -1, -1e-300, 0, 1e-300, 1, 2, 1e300, .infinity]
    let keys = values.map(OrderStatistics.key)
    #expect(keys == keys.sorted())
    #expect(keys.map(OrderStatistics.value) == values)
    #expect(OrderStatistics.key(-0.0) == OrderStatistics.key(0))
  }
}
