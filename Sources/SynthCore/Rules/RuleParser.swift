/// Why a rule cannot be read or used: where in its text (characters from 1), and what to do.
struct RuleError: Error, Equatable {
  var rule: String
  var position: Int
  var message: Phrase

  /// The rule as a message quotes it: a long one cut to its first 80 characters.
  var shown: String { Self.shown(rule) }

  static func shown(_ rule: String) -> String {
    let scalars = Array(rule.unicodeScalars)
    guard scalars.count > 80 else { return rule }
    return String(String.UnicodeScalarView(scalars[0..<79])) + "…"
  }
}

/// Reads a rule's text: a recursive-descent parser over Unicode scalars, so positions count the
/// characters a user sees. Precedence, loosest first: `if`, `or`, `and`, `not`, comparisons and
/// `is missing` / `in`, `+ -`, `* /`, unary minus, `^` (right-associative).
struct RuleParser {
  private let text: String
  private let scalars: [Unicode.Scalar]
  private var tokens: [Token] = []
  private var index = 0
  /// Open parentheses, calls, `if`s and prefix operators around the current token, and the
  /// operators read: both bounded, as evaluation recurses over the tree (a wasm stack is small).
  private var depth = 0
  private var operators = 0
  static let maxLength = 1000
  static let maxDepth = 32
  static let maxOperators = 200

  enum TokenKind: Equatable {
    case number(Double)
    case text(String)
    case name(String)
    /// A name written in quotes: never a keyword.
    case quotedName(String)
    case symbol(String)
    case end
  }

  struct Token {
    var kind: TokenKind
    /// Characters from 1.
    var position: Int
  }

  static let keywords: Set<String> = ["if", "then", "else", "and", "or", "not", "is", "missing", "in", "keep", "combinations", "of", "true", "false"]

  init(_ text: String) {
    self.text = text
    scalars = Array(text.unicodeScalars)
  }

  /// The expression of `text`; `=` at the top is an equality or, for the caller, an assignment.
  static func expression(_ text: String) throws(RuleError) -> Expression {
    var parser = RuleParser(text)
    try parser.tokenize()
    let e = try parser.parseExpression(topLevel: true)
    try parser.expectEnd()
    return e
  }

  /// The tokens of a model formula (`ModelFormula`): the rule language's names, quoted names and
  /// numbers, with `~`, `:` and a lone `.` as symbols as well. The last token is `.end`.
  static func formulaTokens(_ text: String) throws(RuleError) -> [Token] {
    var parser = RuleParser(text)
    try parser.tokenize(formula: true)
    return parser.tokens
  }

  /// `keep combinations of a, b, c`: the names, or nil when the text is not of that form.
  static func combination(_ text: String) throws(RuleError) -> [String]? {
    var parser = RuleParser(text)
    try parser.tokenize()
    guard parser.isKeyword("keep") else { return nil }
    parser.index += 1
    for word in ["combinations", "of"] {
      guard parser.isKeyword(word) else { throw parser.error("after 'keep' write 'combinations of' and the column names") }
      parser.index += 1
    }
    var names: [String] = []
    repeat {
      if !names.isEmpty { parser.index += 1 }
      guard let name = parser.columnName() else { throw parser.error("expected a column name") }
      if names.contains(name) { throw parser.error("column '\(name)' is named twice") }
      names.append(name)
      parser.index += 1
    } while parser.isSymbol(",")
    try parser.expectEnd()
    guard names.count >= 2 else { throw parser.error("name at least two columns to keep their combinations", at: 1) }
    return names
  }

  // MARK: Tokens

  private mutating func tokenize(formula: Bool = false) throws(RuleError) {
    guard scalars.count <= Self.maxLength else {
      if formula { throw error("a model can be at most \(Self.maxLength) characters long", at: Self.maxLength + 1) }
      throw error("a rule can be at most \(Self.maxLength) characters long; split it into several rules", at: Self.maxLength + 1)
    }
    var i = 0
    func at(_ k: Int) -> Unicode.Scalar? { k < scalars.count ? scalars[k] : nil }
    while i < scalars.count {
      let c = scalars[i]
      let start = i + 1
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}" { i += 1; continue }
      if isDigit(c) || (c == "." && at(i + 1).map(isDigit) == true) {
        var j = i
        while let d = at(j), isDigit(d) || d == "." { j += 1 }
        if let e = at(j), e == "e" || e == "E", let next = at(j + 1), isDigit(next) || ((next == "-" || next == "+") && at(j + 2).map(isDigit) == true) {
          j += 2
          while let d = at(j), isDigit(d) { j += 1 }
        }
        let literal = String(String.UnicodeScalarView(scalars[i..<j]))
        guard let value = Double(literal), value.isFinite else {
          throw error("'\(literal)' is not a number", at: start)
        }
        tokens.append(Token(kind: .number(value), position: start))
        i = j
        continue
      }
      if isNameStart(c) {
        var j = i
        while let d = at(j), isNameStart(d) || isDigit(d) || d == "." { j += 1 }
        tokens.append(Token(kind: .name(String(String.UnicodeScalarView(scalars[i..<j]))), position: start))
        i = j
        continue
      }
      if c == "\"" || c == "'" || c == "`" || c == "“" || c == "‘" {
        // Text in double quotes; column names in single quotes or backticks. A doubled quote inside is one quote.
        let close: Unicode.Scalar = c == "“" ? "”" : c == "‘" ? "’" : c
        var j = i + 1
        var value = String.UnicodeScalarView()
        while true {
          guard let d = at(j) else {
            throw error("this quote is not closed", at: start)
          }
          if d == close {
            if at(j + 1) == close && close != "”" && close != "’" { value.append(d); j += 2; continue }
            break
          }
          value.append(d)
          j += 1
        }
        let s = String(value)
        tokens.append(Token(kind: c == "\"" || c == "“" ? .text(s) : .quotedName(s), position: start))
        i = j + 1
        continue
      }
      let two = at(i + 1).map { String(c) + String($0) } ?? ""
      if ["==", "!=", "<>", "<=", ">="].contains(two) {
        tokens.append(Token(kind: .symbol(two == "<>" ? "!=" : two), position: start))
        i += 2
        continue
      }
      let one: String
      switch c {
      case "+", "-", "*", "/", "^", "(", ")", "{", "}", ",", "=", "<", ">": one = String(c)
      case "−": one = "-"
      case "×", "·": one = "*"
      case "÷": one = "/"
      case "≤": one = "<="
      case "≥": one = ">="
      case "≠": one = "!="
      case "~" where formula, ":" where formula, "." where formula: one = String(c)
      default:
        if formula { throw error("'\(String(c))' is not part of a model formula", at: start) }
        throw error("'\(String(c))' is not part of the rule language", at: start)
      }
      tokens.append(Token(kind: .symbol(one), position: start))
      i += 1
    }
    tokens.append(Token(kind: .end, position: scalars.count + 1))
  }

  private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

  private func isNameStart(_ c: Unicode.Scalar) -> Bool {
    // Letters beyond ASCII (é, ø, ß) without Unicode tables: anything from U+00C0 on that is not one
    // of the operators or quotes above, punctuation (U+2000–U+206F) or a mathematical sign.
    if (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122) || c == "_" { return true }
    guard c.value >= 0xC0, c != "×", c != "÷" else { return false }
    return !(0x2000...0x206F).contains(c.value) && !(0x2190...0x23FF).contains(c.value)
  }

  private var current: Token { tokens[index] }

  private func isSymbol(_ s: String) -> Bool { current.kind == .symbol(s) }
  private func isKeyword(_ s: String) -> Bool { current.kind == .name(s) }

  /// The current token as a column name (a bare name that is not a keyword, or a quoted one).
  private func columnName() -> String? {
    switch current.kind {
    case .name(let n) where !Self.keywords.contains(n): return n
    case .quotedName(let n): return n
    default: return nil
    }
  }

  private func error(_ message: Phrase) -> RuleError { RuleError(rule: text, position: current.position, message: message) }
  private func error(_ message: Phrase, at: Int) -> RuleError { RuleError(rule: text, position: at, message: message) }

  private mutating func expectEnd() throws(RuleError) {
    guard current.kind == .end else { throw error("unexpected \(describe(current)) here; is an operator or a quote missing?") }
  }

  private mutating func expect(_ symbol: String) throws(RuleError) {
    guard isSymbol(symbol) else { throw error("expected '\(symbol)', not \(describe(current))") }
    index += 1
  }

  private func describe(_ token: Token) -> Phrase {
    switch token.kind {
    case .number(let v): return Phrase("the number \(NumberFormatting.json(v))")
    case .text(let s): return Phrase("the text \"\(s)\"")
    case .name(let n): return Self.keywords.contains(n) ? Phrase("the word '\(n)'") : Phrase("the name '\(n)'")
    case .quotedName(let n): return Phrase("the name '\(n)'")
    case .symbol(let s): return Phrase("'\(s)'")
    case .end: return Phrase("the end of the rule")
    }
  }

  // MARK: Grammar

  /// Counts a level of nesting (or an operator) and refuses a rule beyond the bounds.
  private mutating func enter() throws(RuleError) {
    depth += 1
    guard depth <= Self.maxDepth else { throw error("the rule nests more than \(Self.maxDepth) levels deep; split it into several rules") }
  }

  private mutating func counted(_ e: Expression) throws(RuleError) -> Expression {
    operators += 1
    guard operators <= Self.maxOperators else { throw error("the rule has more than \(Self.maxOperators) operators; split it into several rules") }
    return e
  }

  private mutating func parseExpression(topLevel: Bool = false) throws(RuleError) -> Expression {
    try enter()
    defer { depth -= 1 }
    guard isKeyword("if") else { return try parseOr() }
    let at = current.position
    index += 1
    let condition = try parseExpression()
    guard isKeyword("then") else { throw error("expected 'then' after the condition of 'if'") }
    index += 1
    let then = try parseExpression()
    guard isKeyword("else") else {
      if topLevel { return .conditional(condition, then, nil, at: at) }
      throw error("an 'if' inside a formula needs 'else' and a value for the other rows")
    }
    index += 1
    return .conditional(condition, then, try parseExpression(), at: at)
  }

  private mutating func parseOr() throws(RuleError) -> Expression {
    var left = try parseAnd()
    while isKeyword("or") {
      let at = current.position
      index += 1
      left = try counted(.binary(.or, left, try parseAnd(), at: at))
    }
    return left
  }

  private mutating func parseAnd() throws(RuleError) -> Expression {
    var left = try parseNot()
    while isKeyword("and") {
      let at = current.position
      index += 1
      left = try counted(.binary(.and, left, try parseNot(), at: at))
    }
    return left
  }

  private mutating func parseNot() throws(RuleError) -> Expression {
    guard isKeyword("not") else { return try parseComparison() }
    index += 1
    try enter()
    defer { depth -= 1 }
    return try counted(.not(try parseNot()))
  }

  private mutating func parseComparison() throws(RuleError) -> Expression {
    let left = try parseSum()
    if isKeyword("is") {
      index += 1
      var negated = false
      if isKeyword("not") { negated = true; index += 1 }
      guard isKeyword("missing") else { throw error("expected 'missing' after 'is'") }
      index += 1
      return .isMissing(left, negated: negated)
    }
    var negated = false
    if isKeyword("not"), index + 1 < tokens.count, tokens[index + 1].kind == .name("in") { negated = true; index += 1 }
    if isKeyword("in") {
      index += 1
      try expect("{")
      var items: [Expression] = []
      if !isSymbol("}") {
        items.append(try parseSum())
        while isSymbol(",") { index += 1; items.append(try parseSum()) }
      }
      try expect("}")
      return .member(left, items, negated: negated)
    }
    let operators: [(String, BinaryOperator)] = [
      ("=", .assign), ("==", .equal), ("!=", .notEqual), ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual),
    ]
    for (symbol, op) in operators where isSymbol(symbol) {
      let at = current.position
      index += 1
      let right = try parseSum()
      for (other, _) in operators where isSymbol(other) {
        throw error("comparisons cannot be chained; join them with 'and'")
      }
      return .binary(op, left, right, at: at)
    }
    return left
  }

  private mutating func parseSum() throws(RuleError) -> Expression {
    var left = try parseProduct()
    while isSymbol("+") || isSymbol("-") {
      let op: BinaryOperator = isSymbol("+") ? .add : .subtract
      let at = current.position
      index += 1
      left = try counted(.binary(op, left, try parseProduct(), at: at))
    }
    return left
  }

  private mutating func parseProduct() throws(RuleError) -> Expression {
    var left = try parseUnary()
    while isSymbol("*") || isSymbol("/") {
      let op: BinaryOperator = isSymbol("*") ? .multiply : .divide
      let at = current.position
      index += 1
      left = try counted(.binary(op, left, try parseUnary(), at: at))
    }
    return left
  }

  private mutating func parseUnary() throws(RuleError) -> Expression {
    if isSymbol("-") {
      let at = current.position
      index += 1
      try enter()
      defer { depth -= 1 }
      let operand = try parseUnary()
      if case .constant(.number(let v)) = operand { return .constant(.number(-v)) }
      return try counted(.negate(operand, at: at))
    }
    if isSymbol("+") {
      index += 1
      try enter()
      defer { depth -= 1 }
      return try parseUnary()
    }
    return try parsePower()
  }

  private mutating func parsePower() throws(RuleError) -> Expression {
    let base = try parsePrimary()
    guard isSymbol("^") else { return base }
    let at = current.position
    index += 1
    return try counted(.binary(.power, base, try parseUnary(), at: at))
  }

  private mutating func parsePrimary() throws(RuleError) -> Expression {
    let token = current
    switch token.kind {
    case .number(let v):
      index += 1
      return .constant(.number(v))
    case .text(let s):
      index += 1
      return .constant(.text(s))
    case .symbol("("):
      index += 1
      let inner = try parseExpression()
      try expect(")")
      return inner
    case .quotedName(let n):
      index += 1
      return .column(n, at: token.position)
    case .name("if"):
      return try parseExpression()
    case .name("true"), .name("false"):
      index += 1
      return .constant(.logical(token.kind == .name("true")))
    case .name(let n) where !Self.keywords.contains(n):
      index += 1
      guard isSymbol("(") else { return .column(n, at: token.position) }
      guard let function = RuleFunction(rawValue: n) else {
        let known = RuleFunction.allCases.map { $0.rawValue }.joined(separator: ", ")
        throw error("there is no function '\(n)'; the functions are \(known)", at: token.position)
      }
      index += 1
      var args: [Expression] = []
      if !isSymbol(")") {
        args.append(try parseExpression())
        while isSymbol(",") { index += 1; args.append(try parseExpression()) }
      }
      try expect(")")
      guard function.arity.contains(args.count) else {
        let wanted = function.arity.lowerBound == function.arity.upperBound
          ? Phrase(verbatim: "\(function.arity.lowerBound)") : Phrase("\(function.arity.lowerBound) to \(function.arity.upperBound)")
        throw error("\(n)() takes \(wanted) arguments, not \(args.count)", at: token.position)
      }
      return .call(function, args, at: token.position)
    default:
      throw error("expected a number, a text in double quotes, a column name or '(', not \(describe(token))")
    }
  }
}
