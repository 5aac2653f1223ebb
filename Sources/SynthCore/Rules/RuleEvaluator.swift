/// Evaluates bound expressions on a table's rows, and reads and writes the value a rule gives a
/// column. A missing input makes the result missing (as R's NA): a rule with missing inputs is not
/// broken, and `is missing` asks for it explicitly. Pure arithmetic and the core's own `Math`, so
/// the values are the same natively and in wasm.
enum RuleEvaluator {
  static func value(_ e: Expression, row: Int, in table: Table) -> RuleValue {
    switch e {
    case .constant(let v): return v
    case .column: return .missing
    case .slot(let c): return cell(table.columns[c], row: row)
    case .negate(let x, _):
      if case .number(let v) = value(x, row: row, in: table) { return .number(-v) }
      return .missing
    case .not(let x):
      if case .logical(let b) = value(x, row: row, in: table) { return .logical(!b) }
      return .missing
    case .isMissing(let x, let negated):
      return .logical((value(x, row: row, in: table) == .missing) != negated)
    case .member(let x, let items, let negated):
      let v = value(x, row: row, in: table)
      if v == .missing { return .missing }
      let found = items.contains { equal(v, value($0, row: row, in: table)) == true }
      return .logical(found != negated)
    case .conditional(let c, let a, let b, _):
      switch value(c, row: row, in: table) {
      case .logical(true): return value(a, row: row, in: table)
      case .logical(false): return b.map { value($0, row: row, in: table) } ?? .missing
      default: return .missing
      }
    case .binary(let op, let a, let b, _):
      return binary(op, value(a, row: row, in: table), { value(b, row: row, in: table) })
    case .call(let f, let args, _):
      return call(f, args.map { value($0, row: row, in: table) })
    }
  }

  /// A cell as a rule sees it.
  static func cell(_ column: Column, row: Int) -> RuleValue {
    if column.isMissing(row) { return .missing }
    switch column.schema.kind {
    case .integer, .decimal: return .number(column.numbers[row])
    case .date: return .date(column.numbers[row])
    case .datetime: return .datetime(column.numbers[row])
    case .boolean: return .logical(column.numbers[row] != 0)
    case .categorical, .identifier, .constant:
      let code = Int(column.codes[row])
      return code < column.levels.count ? .text(column.levels[code]) : .missing
    case .empty: return .missing
    }
  }

  private static func binary(_ op: BinaryOperator, _ a: RuleValue, _ later: () -> RuleValue) -> RuleValue {
    // `and`/`or` decide without the right side when the left does (false and NA is false).
    switch op {
    case .and:
      if a == .logical(false) { return a }
      let b = later()
      if b == .logical(false) { return b }
      return a == .logical(true) && b == .logical(true) ? .logical(true) : .missing
    case .or:
      if a == .logical(true) { return a }
      let b = later()
      if b == .logical(true) { return b }
      return a == .logical(false) && b == .logical(false) ? .logical(false) : .missing
    default: break
    }
    let b = later()
    if a == .missing || b == .missing { return .missing }
    switch op {
    case .assign, .equal: return equal(a, b).map { .logical($0) } ?? .missing
    case .notEqual: return equal(a, b).map { .logical(!$0) } ?? .missing
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let order = compare(a, b) else { return .missing }
      switch op {
      case .less: return .logical(order < 0)
      case .lessOrEqual: return .logical(order <= 0)
      case .greater: return .logical(order > 0)
      default: return .logical(order >= 0)
      }
    case .add:
      switch (a, b) {
      case (.number(let x), .number(let y)): return number(x + y)
      case (.date(let d), .number(let n)), (.number(let n), .date(let d)): return finite(d + n, RuleValue.date)
      case (.datetime(let t), .number(let n)), (.number(let n), .datetime(let t)): return finite(t + n * 86_400, RuleValue.datetime)
      default: return .missing
      }
    case .subtract:
      switch (a, b) {
      case (.number(let x), .number(let y)): return number(x - y)
      case (.date(let d), .number(let n)): return finite(d - n, RuleValue.date)
      case (.datetime(let t), .number(let n)): return finite(t - n * 86_400, RuleValue.datetime)
      default:
        guard let x = seconds(a), let y = seconds(b) else { return .missing }
        if case .date(let d) = a, case .date(let e) = b { return number(d - e) }
        return number((x - y) / 86_400)
      }
    case .multiply, .divide, .power:
      guard case .number(let x) = a, case .number(let y) = b else { return .missing }
      switch op {
      case .multiply: return number(x * y)
      case .divide: return y == 0 ? .missing : number(x / y)
      default: return number(Math.pow(x, y))
      }
    case .and, .or: return .missing
    }
  }

  private static func number(_ x: Double) -> RuleValue { x.isFinite ? .number(x) : .missing }
  private static func finite(_ x: Double, _ make: (Double) -> RuleValue) -> RuleValue { x.isFinite ? make(x) : .missing }

  /// A date or date-time in seconds since the epoch, for comparing the two kinds.
  private static func seconds(_ v: RuleValue) -> Double? {
    switch v {
    case .date(let d): return d * 86_400
    case .datetime(let t): return t
    default: return nil
    }
  }

  /// Whether two values are equal; a text equals a number it spells, a logical its usual words.
  static func equal(_ a: RuleValue, _ b: RuleValue) -> Bool? {
    switch (a, b) {
    case (.missing, _), (_, .missing): return nil
    case (.number(let x), .number(let y)): return x == y
    case (.text(let s), .text(let t)): return s == t
    case (.logical(let p), .logical(let q)): return p == q
    case (.text(let s), .number(let x)), (.number(let x), .text(let s)):
      return NumberFormatting.scan(s, decimalComma: false)?.value == x
    case (.text(let s), .logical(let p)), (.logical(let p), .text(let s)):
      let word = UTF8Text.asciiLowercased(s)
      return p ? ["true", "yes", "ja", "1", "y", "j", "t"].contains(word) : ["false", "no", "nee", "0", "n", "f"].contains(word)
    default:
      guard let x = seconds(a), let y = seconds(b) else { return false }
      return x == y
    }
  }

  /// -1, 0 or 1; nil for values without an order between them.
  static func compare(_ a: RuleValue, _ b: RuleValue) -> Int? {
    switch (a, b) {
    case (.number(let x), .number(let y)): return x < y ? -1 : x > y ? 1 : 0
    case (.text(let s), .text(let t)): return s < t ? -1 : s > t ? 1 : 0
    default:
      guard let x = seconds(a), let y = seconds(b) else { return nil }
      return x < y ? -1 : x > y ? 1 : 0
    }
  }

  private static func call(_ f: RuleFunction, _ args: [RuleValue]) -> RuleValue {
    if args.contains(.missing) { return .missing }
    func num(_ i: Int) -> Double? { if case .number(let x) = args[i] { return x } else { return nil } }
    switch f {
    case .min, .max:
      var best = args[0]
      for v in args.dropFirst() {
        guard let order = compare(v, best) else { return .missing }
        if (f == .min && order < 0) || (f == .max && order > 0) { best = v }
      }
      return best
    case .abs: return num(0).map { .number(Swift.abs($0)) } ?? .missing
    case .floor: return num(0).map { .number($0.rounded(.down)) } ?? .missing
    case .round:
      guard let x = num(0) else { return .missing }
      let digits = args.count > 1 ? (num(1)?.integer(.toNearestOrAwayFromZero, as: Int.self) ?? 0) : 0
      guard digits >= -15, digits <= 15 else { return .number(x) }
      let scale = Math.pow(10, Swift.abs(digits))
      return number(digits >= 0 ? (x * scale).rounded() / scale : (x / scale).rounded() * scale)
    case .log:
      guard let x = num(0), x > 0 else { return .missing }
      return number(Math.log(x))
    case .exp: return num(0).map { number(Math.exp($0)) } ?? .missing
    case .sqrt:
      guard let x = num(0), x >= 0 else { return .missing }
      return .number(x.squareRoot())
    case .clock:
      // HHMM: 845 is 8:45, 2400 is midnight at the end of the day.
      guard let x = num(0), x >= 0, x <= 2400, x == x.rounded() else { return .missing }
      let minutes = x.truncatingRemainder(dividingBy: 100)
      guard minutes < 60 else { return .missing }
      return .number(((x - minutes) / 100) * 60 + minutes)
    case .year, .month, .day, .hour, .minute, .weekday, .decimalYear:
      let (days, secondOfDay): (Int64, Int64)
      switch args[0] {
      case .date(let d):
        guard let whole = d.integer(.down, as: Int64.self) else { return .missing }
        (days, secondOfDay) = (whole, 0)
      case .datetime(let t):
        guard let whole = t.integer(.down, as: Int64.self) else { return .missing }
        let d = CivilDate.floorDiv(whole, 86_400)
        (days, secondOfDay) = (d, whole - d * 86_400)
      default: return .missing
      }
      let (y, m, d) = CivilDate.civil(fromDays: days)
      switch f {
      case .year: return .number(Double(y))
      case .month: return .number(Double(m))
      case .day: return .number(Double(d))
      case .hour: return .number(Double(secondOfDay / 3600))
      case .minute: return .number(Double(secondOfDay % 3600 / 60))
      case .weekday:
        // 1970-01-01 was a Thursday (4); 1 is Monday, 7 Sunday.
        let w = (days + 3) % 7
        return .number(Double((w < 0 ? w + 7 : w) + 1))
      default:
        let start = CivilDate.days(year: y, month: 1, day: 1)
        let length = CivilDate.days(year: y + 1, month: 1, day: 1) - start
        let into: Double
        if case .datetime(let t) = args[0] { into = t / 86_400 - Double(start) } else if case .date(let v) = args[0] { into = v - Double(start) } else { into = 0 }
        return .number(Double(y) + into / Double(length))
      }
    case .date, .datetime:
      var parts: [Int64] = []
      for i in args.indices {
        guard let x = num(i), x == x.rounded(), let n = x.integer(as: Int64.self), Swift.abs(n) < 10_000_000 else { return .missing }
        parts.append(n)
      }
      let (y, m, d) = (parts[0], parts[1], parts[2])
      guard m >= 1, m <= 12, d >= 1, d <= CivilDate.daysInMonth(year: y, month: m) else { return .missing }
      let days = CivilDate.days(year: y, month: m, day: d)
      if f == .date { return .date(Double(days)) }
      let h = parts.count > 3 ? parts[3] : 0, mi = parts.count > 4 ? parts[4] : 0, s = parts.count > 5 ? parts[5] : 0
      guard h >= 0, h <= 24, mi >= 0, mi < 60, s >= 0, s < 60 else { return .missing }
      return .datetime(Double(days * 86_400 + h * 3600 + mi * 60 + s))
    }
  }

  // MARK: Cells

  /// How far a stored number may be from a rule's value and still be it: half a unit of the
  /// column's last written decimal, as the file will show it.
  /// Never below a millionth of a millionth of the value: beyond the 12th decimal of 2017.04 a
  /// double's own rounding decides.
  static func tolerance(_ column: Column, _ x: Double) -> Double {
    let floor = 1e-12 * Swift.max(1, Swift.abs(x))
    switch column.schema.numberStyle {
    case .integer: return 0.5
    case .decimals(_, let most): return most < 16 ? Swift.max(0.5 * Math.pow(10, -most), floor) : floor
    case .shortest: return 1e-9 * Swift.max(1, Swift.abs(x))
    }
  }

  /// Whether the cell is the rule's value (a computed number within the column's rounding).
  static func matches(_ table: Table, column c: Int, row: Int, _ want: RuleValue) -> Bool {
    let column = table.columns[c]
    let have = cell(column, row: row)
    switch (have, want) {
    case (.missing, .missing): return true
    case (.missing, _), (_, .missing): return false
    case (.number(let x), .number(let y)): return Swift.abs(x - y) <= tolerance(column, y)
    case (.date(let x), .date(let y)): return Swift.abs(x - y) < 0.5
    case (.datetime(let x), .datetime(let y)): return Swift.abs(x - y) < 0.5
    case (.datetime(let x), .date(let y)): return Swift.abs(x - y * 86_400) < 0.5
    default: return equal(have, want) == true
    }
  }

  /// Writes a rule's value into a cell, rounded as the column writes it; false when the column
  /// cannot hold it (a text that is none of its categories).
  static func set(_ table: inout Table, column c: Int, row: Int, _ v: RuleValue) -> Bool {
    // In place: a copy of the column per cell would make a pass over the rows quadratic.
    store(&table.columns[c], row: row, rowCount: table.rowCount, v)
  }

  private static func store(_ column: inout Column, row: Int, rowCount: Int, _ v: RuleValue) -> Bool {
    if v == .missing {
      if column.missing.isEmpty { column.missing = [UInt16](repeating: 0, count: rowCount) }
      // The column's own spelling of a missing value: its standard one, else a new empty field.
      if let k = column.schema.missingCodes.firstIndex(where: { !$0.isUserCode }) ?? column.schema.missingCodes.indices.first {
        column.missing[row] = UInt16(k + 1)
      } else {
        column.schema.missingCodes.append(MissingCode(text: "", count: 0, isUserCode: false))
        column.missing[row] = UInt16(column.schema.missingCodes.count)
      }
      return true
    }
    var number: Double? = nil
    switch (column.schema.kind, v) {
    case (.integer, .number(let x)): number = x.rounded()
    case (.decimal, .number(let x)):
      if case .decimals(_, let most) = column.schema.numberStyle, most < 16 {
        let scale = Math.pow(10, most)
        number = (x * scale).rounded() / scale
      } else {
        number = x
      }
    case (.date, .date(let d)): number = d.rounded(.down)
    case (.datetime, .datetime(let t)): number = t.rounded()
    case (.datetime, .date(let d)): number = d * 86_400
    case (.boolean, .logical(let b)): number = b ? 1 : 0
    case (.boolean, .text(let s)):
      // The column's own spelling first ("nee"/"ja"), then the usual words.
      if let labels = column.schema.booleanLabels, s == labels.0 || s == labels.1 {
        number = s == labels.1 ? 1 : 0
      } else {
        let word = UTF8Text.asciiLowercased(s)
        guard let b = equal(.logical(true), .text(word)) == true ? true : equal(.logical(false), .text(word)) == true ? false : nil else { return false }
        number = b ? 1 : 0
      }
    case (.categorical, _), (.identifier, _), (.constant, _):
      let text: String
      switch v {
      case .text(let s): text = s
      case .number(let x): text = NumberFormatting.json(x)
      default: return false
      }
      guard let code = column.levels.firstIndex(of: text) else { return false }
      column.codes[row] = Int32(code)
    default: return false
    }
    if let number { column.numbers[row] = number }
    if !column.missing.isEmpty { column.missing[row] = 0 }
    return true
  }
}

/// The combinations of a `keep combinations of …` rule seen in the real rows, keyed by the cells'
/// values (level texts, not codes, so real and synthetic tables need not share codes).
struct RuleCombinations {
  /// The real table's columns, in the rule's order.
  let realColumns: [Int]
  /// Key → real rows with that combination, for every prefix of the columns (prefix length − 1).
  var prefixes: [[[Int64]: [Int32]]]
  /// Per rule column, a level text's code in the real table.
  private var realCode: [[String: Int64]]

  init(_ real: Table, columns: [Int]) {
    realColumns = columns
    realCode = columns.map { c in
      var map: [String: Int64] = [:]
      for (i, l) in real.columns[c].levels.enumerated() { map[l] = Int64(i) }
      return map
    }
    prefixes = Array(repeating: [:], count: columns.count)
    for row in 0..<real.rowCount {
      var key: [Int64] = []
      for (k, c) in columns.enumerated() {
        key.append(Self.cellKey(real.columns[c], row: row, codes: realCode[k]))
        prefixes[k][key, default: []].append(Int32(row))
      }
    }
  }

  /// One cell as a key: the value's bits, or the real table's code of its level; missing values by their code.
  static func cellKey(_ column: borrowing Column, row: Int, codes: [String: Int64]) -> Int64 {
    if column.isMissing(row) { return Int64.min + Int64(column.missing[row]) }
    if column.usesLevels {
      let code = Int(column.codes[row])
      return code < column.levels.count ? codes[column.levels[code]] ?? (Int64.min + 70_000) : Int64.min + 70_001
    }
    let x = column.numbers[row]
    return Int64(bitPattern: (x == 0 ? 0 : x).bitPattern)
  }

  /// The key of `row` in `table` (columns `columns`, which name the same columns as `realColumns`).
  func key(_ table: Table, columns: [Int], row: Int) -> [Int64] {
    var key: [Int64] = []
    key.reserveCapacity(columns.count)
    for k in columns.indices { key.append(Self.cellKey(table.columns[columns[k]], row: row, codes: realCode[k])) }
    return key
  }

  /// Whether the combination of `row` in `table` (its columns `columns`, in the rule's order)
  /// occurs in the real rows.
  func contains(_ table: Table, columns: [Int], row: Int) -> Bool {
    prefixes[columns.count - 1][key(table, columns: columns, row: row)] != nil
  }
}
