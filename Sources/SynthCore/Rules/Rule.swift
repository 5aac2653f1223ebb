/// A rule the synthetic rows must keep, as the user wrote it (`--rule`, the settings file's
/// `rules`, the page's rule editor) and as synthesis keeps it.
struct Rule: Equatable {
  enum Form: Equatable {
    /// `bmi = weight / (height/100)^2`: the column is computed from others (synthpop's `passive`).
    case computed(column: String, at: Int, formula: Expression)
    /// `if marital == "SINGLE" then ymarr is missing`, `if age < 18 then benefit = "yes"`: the value
    /// is set where the condition holds (synthpop's `rules`/`rvalues`); nil sets it missing.
    case conditional(condition: Expression, column: String, at: Int, value: Expression?)
    /// Whatever else must hold in every row: `enddate >= startdate`, `if a > 0 then b > 0`.
    case constraint(Expression)
    /// `keep combinations of municipality, province`: only combinations seen in the real rows.
    case combinations([String])
  }

  /// The text as given, which the settings file writes back.
  let text: String
  let form: Form

  init(_ text: String) throws(RuleError) {
    self.text = text
    if let names = try RuleParser.combination(text) {
      form = .combinations(names)
      return
    }
    let e = try RuleParser.expression(text)
    switch e {
    case .binary(.assign, .column(let name, let at), let formula, _):
      form = .computed(column: name, at: at, formula: formula)
    case .conditional(let condition, .binary(.assign, .column(let name, let at), let value, _), nil, _):
      form = .conditional(condition: condition, column: name, at: at, value: value)
    case .conditional(let condition, .isMissing(.column(let name, let at), negated: false), nil, _):
      form = .conditional(condition: condition, column: name, at: at, value: nil)
    case .conditional(let condition, let then, nil, _):
      form = .constraint(.binary(.or, .not(condition), then, at: 0))
    default:
      form = .constraint(e)
    }
  }

  /// The column a rule sets (computed and conditional rules), else nil.
  var target: String? {
    switch form {
    case .computed(let c, _, _), .conditional(_, let c, _, _): return c
    default: return nil
    }
  }

  /// Every column it names, target first.
  var columnNames: [String] {
    var names: [String] = []
    func add(_ list: [String]) { for n in list where !names.contains(n) { names.append(n) } }
    switch form {
    case .computed(let c, _, let f): add([c]); add(f.columnNames)
    case .conditional(let cond, let c, _, let v): add([c]); add(cond.columnNames); add(v?.columnNames ?? [])
    case .constraint(let e): add(e.columnNames)
    case .combinations(let list): add(list)
    }
    return names
  }

  /// The first of `texts` that cannot be read as a rule, with where and why.
  static func firstError(_ texts: [String]) -> RuleError? {
    for text in texts {
      do throws(RuleError) { _ = try Rule(text) } catch { return error }
    }
    return nil
  }

  /// The computed columns of `rules`, in rule order.
  static func computedColumns(_ rules: [Rule]) -> [String] {
    rules.compactMap { if case .computed(let c, _, _) = $0.form { return c } else { return nil } }
  }
}

/// A rule bound to one table's columns, ready to evaluate row by row.
struct BoundRule {
  enum Form {
    case computed(column: Int, formula: Expression)
    case conditional(condition: Expression, column: Int, value: Expression?)
    case constraint(Expression)
    case combinations([Int])
  }

  let rule: Rule
  let form: Form
  /// The columns it reads or sets, ascending.
  let columns: [Int]

  /// Binds `rule` to `table`: names become column indices, and the types are checked (a date
  /// where a number is needed, a text for a number column) with the position of the mistake.
  init(_ rule: Rule, to table: Table) throws(RuleError) {
    self.rule = rule
    let binder = RuleBinder(rule: rule.text, table: table)
    switch rule.form {
    case .computed(let name, let at, let formula):
      let c = try binder.column(name, at: at)
      let f = try binder.bind(formula)
      try binder.check(assigning: f, to: c, at: at)
      if f.slots.contains(c) { throw binder.error("column '\(name)' cannot be computed from itself", at: at) }
      form = .computed(column: c, formula: f)
    case .conditional(let condition, let name, let at, let value):
      let c = try binder.column(name, at: at)
      let cond = try binder.bind(condition)
      try binder.expect(cond, .logical, what: Phrase("the condition after 'if'"))
      var v: Expression? = nil
      if let value {
        v = try binder.bind(value)
        try binder.check(assigning: v!, to: c, at: at)
      }
      form = .conditional(condition: cond, column: c, value: v)
    case .constraint(let e):
      let bound = try binder.bind(e)
      try binder.expect(bound, .logical, what: Phrase("a rule"))
      form = .constraint(bound)
    case .combinations(let names):
      var list: [Int] = []
      for n in names { list.append(try binder.column(n, at: 1)) }
      form = .combinations(list)
    }
    var used: [Int] = []
    switch form {
    case .computed(let c, let f): used = [c] + f.slots
    case .conditional(let cond, let c, let v): used = [c] + cond.slots + (v?.slots ?? [])
    case .constraint(let e): used = e.slots
    case .combinations(let list): used = list
    }
    var unique: [Int] = []
    for c in used.sorted() where unique.last != c { unique.append(c) }
    columns = unique
  }

  /// The column the rule sets, if any.
  var target: Int? {
    switch form {
    case .computed(let c, _), .conditional(_, let c, _): return c
    default: return nil
    }
  }

  /// Whether `row` keeps the rule; a rule whose inputs are missing is not broken. `combinations`
  /// asks the real combinations (nil: not checked here).
  func holds(_ row: Int, in table: Table, combinations: RuleCombinations? = nil) -> Bool {
    switch form {
    case .computed(let c, let f):
      let want = RuleEvaluator.value(f, row: row, in: table)
      return RuleEvaluator.matches(table, column: c, row: row, want)
    case .conditional(let cond, let c, let v):
      guard RuleEvaluator.value(cond, row: row, in: table) == .logical(true) else { return true }
      guard let v else { return table.columns[c].isMissing(row) }
      return RuleEvaluator.matches(table, column: c, row: row, RuleEvaluator.value(v, row: row, in: table))
    case .constraint(let e):
      return RuleEvaluator.value(e, row: row, in: table) != .logical(false)
    case .combinations(let list):
      return combinations?.contains(table, columns: list, row: row) ?? true
    }
  }
}

/// The static type of an expression, for binding errors.
enum RuleType: Equatable {
  case number, date, datetime, text, logical
  /// A constant missing value or an empty column: fits anywhere.
  case any

  var phrase: Phrase {
    switch self {
    case .number: return Phrase("a number")
    case .date: return Phrase("a date")
    case .datetime: return Phrase("a date-time")
    case .text: return Phrase("a text")
    case .logical: return Phrase("true or false")
    case .any: return Phrase("a value")
    }
  }

  static func of(_ kind: ColumnKind) -> RuleType {
    switch kind {
    case .integer, .decimal: return .number
    case .date: return .date
    case .datetime: return .datetime
    case .boolean: return .logical
    case .categorical, .identifier, .constant: return .text
    case .empty: return .any
    }
  }
}

/// Resolves a rule's names against a table and checks its types.
struct RuleBinder {
  let rule: String
  let table: Table

  func error(_ message: Phrase, at: Int) -> RuleError { RuleError(rule: rule, position: at, message: message) }

  func column(_ name: String, at: Int) throws(RuleError) -> Int {
    if let c = table.column(named: name) { return c }
    let near = SynthesisOptionFlags.nearest(name, in: table.columnNames)
    if let near { throw error("there is no column '\(name)'; did you mean '\(near)'?", at: at) }
    throw error("there is no column '\(name)' in the table", at: at)
  }

  func bind(_ e: Expression) throws(RuleError) -> Expression {
    let bound = try resolve(e)
    _ = try type(of: bound)
    return bound
  }

  private func resolve(_ e: Expression) throws(RuleError) -> Expression {
    switch e {
    case .constant, .slot: return e
    case .column(let name, let at): return .slot(try column(name, at: at))
    case .negate(let x, let at): return .negate(try resolve(x), at: at)
    case .not(let x): return .not(try resolve(x))
    case .binary(let op, let a, let b, let at): return .binary(op, try resolve(a), try resolve(b), at: at)
    case .isMissing(let x, let n): return .isMissing(try resolve(x), negated: n)
    case .member(let x, let items, let n):
      var list: [Expression] = []
      for i in items { list.append(try resolve(i)) }
      return .member(try resolve(x), list, negated: n)
    case .conditional(let c, let a, let b, let at):
      var other: Expression? = nil
      if let b { other = try resolve(b) }
      return .conditional(try resolve(c), try resolve(a), other, at: at)
    case .call(let f, let args, let at):
      var list: [Expression] = []
      for a in args { list.append(try resolve(a)) }
      return .call(f, list, at: at)
    }
  }

  func expect(_ e: Expression, _ wanted: RuleType, what: Phrase) throws(RuleError) {
    let t = try type(of: e)
    guard t == wanted || t == .any else { throw error("\(what) must be \(wanted.phrase), not \(t.phrase)", at: position(of: e)) }
  }

  /// A computed or set value must suit its column: a number for numbers, a date for dates, a text for categories.
  func check(assigning e: Expression, to column: Int, at: Int) throws(RuleError) {
    let t = try type(of: e)
    let kind = table.columns[column].schema.kind
    let wanted = RuleType.of(kind)
    let fits = t == wanted || t == .any || wanted == .any || (wanted == .text && t == .number) || (wanted == .datetime && t == .date)
      || (wanted == .logical && t == .text)
    let name = table.columns[column].schema.name
    guard fits else { throw error("column '\(name)' holds \(wanted.phrase), and the rule gives it \(t.phrase)", at: at) }
    // A fixed text must be one the column can hold: one of its categories, or yes/no for a boolean.
    if case .constant(let v) = e, case .text(let s) = v {
      var probe = table
      probe.rowCount = 1
      probe.columns = [table.columns[column]]
      probe.columns[0].numbers = probe.columns[0].numbers.isEmpty ? [] : [0]
      probe.columns[0].codes = probe.columns[0].codes.isEmpty ? [] : [0]
      probe.columns[0].missing = []
      guard RuleEvaluator.set(&probe, column: 0, row: 0, .text(s)) else {
        let known = table.columns[column].usesLevels ? table.columns[column].levels : [table.columns[column].schema.booleanLabels?.0 ?? "false", table.columns[column].schema.booleanLabels?.1 ?? "true"]
        throw error("column '\(name)' has no value \"\(s)\"; its values are \(UTF8Text.quotedList(known, limit: 8))", at: at)
      }
    }
  }

  /// Where an expression starts, for messages.
  func position(of e: Expression) -> Int {
    switch e {
    case .column(_, let at), .negate(_, let at), .call(_, _, let at), .conditional(_, _, _, let at): return at
    case .binary(_, let a, _, _): return position(of: a)
    case .not(let x), .isMissing(let x, _), .member(let x, _, _): return position(of: x)
    default: return 1
    }
  }

  func type(of e: Expression) throws(RuleError) -> RuleType {
    switch e {
    case .constant(let v):
      switch v {
      case .missing: return .any
      case .number: return .number
      case .date: return .date
      case .datetime: return .datetime
      case .text: return .text
      case .logical: return .logical
      }
    case .column: return .any
    case .slot(let c): return RuleType.of(table.columns[c].schema.kind)
    case .negate(let x, let at):
      let t = try type(of: x)
      guard t == .number || t == .any else { throw error("'-' needs a number, not \(t.phrase)", at: at) }
      return .number
    case .not(let x):
      try expect(x, .logical, what: Phrase("the value after 'not'"))
      return .logical
    case .isMissing, .member: return .logical
    case .binary(let op, let a, let b, let at):
      let (ta, tb) = (try type(of: a), try type(of: b))
      if ta == .any || tb == .any { return op.isComparison || op == .and || op == .or ? .logical : (ta == .any ? tb : ta) }
      switch op {
      case .and, .or:
        guard ta == .logical, tb == .logical else { throw error("'\(op.symbol)' joins conditions (true or false), not \(ta == .logical ? tb.phrase : ta.phrase)", at: at) }
        return .logical
      case .assign, .equal, .notEqual:
        let dates: [RuleType] = [.date, .datetime]
        let same = ta == tb || (dates.contains(ta) && dates.contains(tb)) || (ta == .text && tb == .number) || (ta == .number && tb == .text)
          || (ta == .logical && tb == .text) || (ta == .text && tb == .logical)
        guard same else { throw error("'\(op.symbol)' compares \(ta.phrase) with \(tb.phrase)", at: at) }
        return .logical
      case .less, .lessOrEqual, .greater, .greaterOrEqual:
        let dates: [RuleType] = [.date, .datetime]
        guard (ta == .number && tb == .number) || (ta == .text && tb == .text) || (dates.contains(ta) && dates.contains(tb)) else {
          throw error("'\(op.symbol)' compares numbers with numbers or dates with dates, not \(ta.phrase) with \(tb.phrase)", at: at)
        }
        return .logical
      case .add:
        if ta == .number && tb == .number { return .number }
        if (ta == .date || ta == .datetime) && tb == .number { return ta }
        if ta == .number && (tb == .date || tb == .datetime) { return tb }
        throw error("'+' adds numbers, or days to a date, not \(ta.phrase) and \(tb.phrase)", at: at)
      case .subtract:
        if ta == .number && tb == .number { return .number }
        if (ta == .date || ta == .datetime) && tb == .number { return ta }
        if (ta == .date || ta == .datetime) && (tb == .date || tb == .datetime) { return .number }
        throw error("'-' subtracts numbers, days from a date or two dates, not \(tb.phrase) from \(ta.phrase)", at: at)
      case .multiply, .divide, .power:
        guard ta == .number && tb == .number else { throw error("'\(op.symbol)' needs numbers, not \(ta == .number ? tb.phrase : ta.phrase)", at: at) }
        return .number
      }
    case .conditional(let c, let a, let b, let at):
      try expect(c, .logical, what: Phrase("the condition after 'if'"))
      let ta = try type(of: a)
      guard let b else { return ta }
      let tb = try type(of: b)
      if ta == .any { return tb }
      if tb == .any || ta == tb { return ta }
      throw error("'then' gives \(ta.phrase) and 'else' gives \(tb.phrase); both must be of one kind", at: at)
    case .call(let f, let args, let at):
      var types: [RuleType] = []
      for a in args { types.append(try type(of: a)) }
      func need(_ allowed: [RuleType]) throws(RuleError) {
        for (i, t) in types.enumerated() where t != .any && !allowed.contains(t) {
          throw error("\(f.rawValue)() needs \(allowed[0].phrase), not \(t.phrase)", at: position(of: args[i]))
        }
      }
      switch f {
      case .min, .max:
        let known = types.filter { $0 != .any }
        guard let first = known.first else { return .any }
        guard [.number, .date, .datetime].contains(first), known.allSatisfy({ $0 == first }) else {
          throw error("\(f.rawValue)() compares numbers, or dates of one kind", at: at)
        }
        return first
      case .abs, .round, .floor, .log, .exp, .sqrt, .clock:
        try need([.number])
        return .number
      case .year, .month, .day, .hour, .minute, .weekday, .decimalYear:
        try need([.date, .datetime])
        return .number
      case .date:
        try need([.number])
        return .date
      case .datetime:
        try need([.number])
        return .datetime
      }
    }
  }
}
