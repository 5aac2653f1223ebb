/// The rule language's expressions: numbers, texts, column names, arithmetic, comparisons, logic,
/// `is missing`, `in {…}`, `if … then … else …` and a few functions (see `RuleFunction`). Parsed by
/// `RuleParser` with the position of every name and operator, so a later error (an unknown column,
/// a date where a number is needed) can point into the text as a syntax error does.
indirect enum Expression: Equatable {
  case constant(RuleValue)
  /// A column by name, and where the name starts (characters from 1); `slot` after binding.
  case column(String, at: Int)
  /// A bound column: its index in the table the rule was bound to.
  case slot(Int)
  case negate(Expression, at: Int)
  case not(Expression)
  case binary(BinaryOperator, Expression, Expression, at: Int)
  /// `x is missing` (or `is not missing` when negated).
  case isMissing(Expression, negated: Bool)
  /// `x in {a, b}` (or `not in`).
  case member(Expression, [Expression], negated: Bool)
  /// `if c then a else b`; `otherwise` is nil only as a rule's top level (`if c then y = 1`).
  case conditional(Expression, Expression, Expression?, at: Int)
  case call(RuleFunction, [Expression], at: Int)

  /// The columns it names, in order of appearance, without repeats.
  var columnNames: [String] {
    var names: [String] = []
    visit { if case .column(let n, _) = $0, !names.contains(n) { names.append(n) } }
    return names
  }

  /// The bound columns it reads, ascending.
  var slots: [Int] {
    var found: [Int] = []
    visit { if case .slot(let s) = $0, !found.contains(s) { found.append(s) } }
    return found.sorted()
  }

  func visit(_ body: (Expression) -> Void) {
    body(self)
    switch self {
    case .constant, .column, .slot: break
    case .negate(let e, _), .not(let e), .isMissing(let e, _): e.visit(body)
    case .binary(_, let a, let b, _): a.visit(body); b.visit(body)
    case .member(let e, let items, _): e.visit(body); for i in items { i.visit(body) }
    case .conditional(let c, let a, let b, _): c.visit(body); a.visit(body); b?.visit(body)
    case .call(_, let args, _): for a in args { a.visit(body) }
    }
  }
}

enum BinaryOperator: Equatable {
  case add, subtract, multiply, divide, power
  /// `=` (also an assignment at a rule's top level) and `==` compare the same way.
  case assign, equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
  case and, or

  var symbol: String {
    switch self {
    case .add: return "+"
    case .subtract: return "-"
    case .multiply: return "*"
    case .divide: return "/"
    case .power: return "^"
    case .assign: return "="
    case .equal: return "=="
    case .notEqual: return "!="
    case .less: return "<"
    case .lessOrEqual: return "<="
    case .greater: return ">"
    case .greaterOrEqual: return ">="
    case .and: return "and"
    case .or: return "or"
    }
  }

  var isComparison: Bool {
    switch self {
    case .assign, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return true
    default: return false
    }
  }
}

/// The functions of the rule language, by the name a rule calls them.
enum RuleFunction: String, CaseIterable, Equatable {
  case min, max, abs, round, floor, log, exp, sqrt
  case year, month, day, hour, minute, weekday
  case date, datetime
  /// Minutes since midnight of an HHMM clock time (`clock(845)` is 525), for delays between times.
  case clock
  /// A date as a year with its fraction (1 July 2016 is 2016.5): numeric twins of date columns.
  case decimalYear = "decimal_year"

  /// Fewest and most arguments.
  var arity: ClosedRange<Int> {
    switch self {
    case .min, .max: return 1...64
    case .round: return 1...2
    case .date: return 3...3
    case .datetime: return 3...6
    default: return 1...1
    }
  }
}

/// A value a rule computes on one row. Dates count days and date-times seconds since 1970-01-01,
/// as the table stores them; the difference of two dates or two date-times is a number of days.
enum RuleValue: Equatable {
  case missing
  case number(Double)
  case date(Double)
  case datetime(Double)
  case text(String)
  case logical(Bool)
}
