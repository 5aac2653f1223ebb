/// A model for analysis-specific utility (`--model`), written as R writes one:
///
///     wage ~ age + sex + age:sex        main effects and an interaction
///     wage ~ age * sex                  the same: a*b is a + b + a:b
///     wage ~ .                          every other evaluated column
///     wage ~ age + sex - 1              no intercept (also `+ 0` or `0 +`)
///     'net wage' ~ 'age group'          names with spaces in single quotes or backticks
///
/// Terms are kept in R's order: by degree (main effects, then two-way interactions, ...), in the
/// order written within a degree, each once (`a:b` and `b:a` are one term). Names are bound to a
/// table's columns later (`ModelDesign`), so the text can be checked before any file is read.
struct ModelFormula: Equatable {
  /// A column name as written, with the character it starts at (from 1).
  struct Name: Equatable {
    var name: String
    var at: Int
  }

  /// The text as given.
  let text: String
  let outcome: Name
  /// Each term: one name (a main effect) or several (an interaction), in R's order.
  let terms: [[Name]]
  /// `.` was written: every other evaluated column joins as a main effect.
  let allOthers: Bool
  let intercept: Bool

  /// The longest formula, as a rule's: messages and the stack stay small.
  static let maxLength = RuleParser.maxLength
  /// An interaction of more columns than this is refused (2^k terms for `a*b*…`).
  static let maxInteraction = 8

  init(_ text: String) throws(ModelFormulaError) {
    self.text = text
    let tokens: [RuleParser.Token]
    do throws(RuleError) {
      tokens = try RuleParser.formulaTokens(text)
    } catch {
      throw ModelFormulaError(formula: text, position: error.position, message: error.message)
    }
    var reader = Reader(text: text, tokens: tokens)
    (outcome, terms, allOthers, intercept) = try reader.formula()
  }

  /// The first of `texts` that is not a model formula, with where and why.
  static func firstError(_ texts: [String]) -> ModelFormulaError? {
    for text in texts {
      do throws(ModelFormulaError) { _ = try ModelFormula(text) } catch { return error }
    }
    return nil
  }

  /// Reads `outcome ~ terms` from the tokens.
  private struct Reader {
    let text: String
    let tokens: [RuleParser.Token]
    var index = 0

    var current: RuleParser.Token { tokens[index] }

    func error(_ message: Phrase, at: Int? = nil) -> ModelFormulaError {
      ModelFormulaError(formula: text, position: at ?? current.position, message: message)
    }

    func isSymbol(_ s: String) -> Bool { current.kind == .symbol(s) }

    /// The current token as a column name (any bare or quoted name: a formula has no keywords).
    func name() -> Name? {
      switch current.kind {
      case .name(let n), .quotedName(let n): return Name(name: n, at: current.position)
      default: return nil
      }
    }

    func describe(_ token: RuleParser.Token) -> Phrase {
      switch token.kind {
      case .number(let v): return Phrase("the number \(NumberFormatting.json(v))")
      case .text(let s): return Phrase("the text \"\(s)\"")
      case .name(let n), .quotedName(let n): return Phrase("the name '\(n)'")
      case .symbol(let s): return Phrase("'\(s)'")
      case .end: return Phrase("the end of the model")
      }
    }

    mutating func formula() throws(ModelFormulaError) -> (Name, [[Name]], Bool, Bool) {
      guard let outcome = name() else {
        if current.kind == .end { throw error("a model needs an outcome, '~' and predictors: y ~ a + b", at: 1) }
        throw error("expected the outcome column before '~', not \(describe(current))")
      }
      index += 1
      guard isSymbol("~") else {
        if current.kind == .end { throw error("expected '~' and the predictors after the outcome: \(outcome.name) ~ a + b") }
        throw error("expected '~' after the outcome, not \(describe(current))")
      }
      index += 1
      var terms: [[Name]] = []
      var allOthers = false
      var intercept = true
      var negative = false
      var first = true
      while true {
        if !first {
          if isSymbol("+") { negative = false } else if isSymbol("-") { negative = true } else { break }
          index += 1
        } else if isSymbol("-") {
          negative = true
          index += 1
        }
        first = false
        switch current.kind {
        case .number(let v) where v == 0 || v == 1:
          // `+ 1` keeps the intercept, `- 1`, `+ 0` and `- 0`... as R: 0 or −1 drops it.
          intercept = (v == 1) != negative
          index += 1
          continue
        case .number:
          throw error("a number in a model can only be 1 (the intercept) or 0 (none): write '- 1' or '+ 0' to leave the intercept out")
        case .symbol("."):
          if negative { throw error("'- .' cannot leave out every column; name the columns to use instead") }
          allOthers = true
          index += 1
          continue
        default: break
        }
        if negative { throw error("only the intercept can be left out ('- 1'); leave the term out of the model instead") }
        for term in try product() where !terms.contains(where: { Self.same($0, term) }) { terms.append(term) }
      }
      guard current.kind == .end else {
        if name() != nil || current.kind == .symbol(".") { throw error("expected '+' or ':' between two terms, not \(describe(current))") }
        throw error("unexpected \(describe(current)) here; terms are joined by '+', interactions by ':' or '*'")
      }
      if terms.isEmpty && !allOthers && !intercept {
        throw error("the model has no terms: give at least one predictor or keep the intercept", at: outcome.at)
      }
      for term in terms {
        for n in term where n.name == outcome.name { throw error("column '\(n.name)' is the outcome and cannot also be a predictor", at: n.at) }
      }
      // R's order: by degree, stable within a degree.
      let ordered = terms.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map { $0.element }
      return (outcome, ordered, allOthers, intercept)
    }

    /// `a`, `a:b`, `a*b` (a + b + a:b): the terms one product expands to.
    mutating func product() throws(ModelFormulaError) -> [[Name]] {
      // Factors joined by '*'; each factor is names joined by ':'.
      var factors: [[Name]] = [try interaction()]
      while isSymbol("*") {
        index += 1
        factors.append(try interaction())
      }
      guard factors.count > 1 else { return factors }
      guard factors.count <= maxInteraction else {
        throw error("'*' joins at most \(maxInteraction) terms (\(1 << maxInteraction) terms in all)", at: factors[maxInteraction][0].at)
      }
      // Every non-empty subset, smaller ones first, as R expands a*b*c.
      var terms: [[Name]] = []
      for mask in 1..<(1 << factors.count) {
        var term: [Name] = []
        for (i, f) in factors.enumerated() where mask & (1 << i) != 0 {
          for n in f where !term.contains(where: { $0.name == n.name }) { term.append(n) }
        }
        if !terms.contains(where: { Self.same($0, term) }) { terms.append(term) }
      }
      return terms
    }

    mutating func interaction() throws(ModelFormulaError) -> [Name] {
      var names: [Name] = []
      repeat {
        if !names.isEmpty { index += 1 }
        guard let n = name() else {
          if case .symbol(".") = current.kind { throw error("'.' stands for every other column and cannot be part of an interaction") }
          throw error("expected a column name, not \(describe(current))")
        }
        if names.contains(where: { $0.name == n.name }) { throw error("column '\(n.name)' is named twice in one interaction") }
        names.append(n)
        index += 1
        guard names.count <= maxInteraction else { throw error("an interaction can join at most \(maxInteraction) columns", at: n.at) }
      } while isSymbol(":")
      return names
    }

    /// One term written twice (`a:b` and `b:a`).
    static func same(_ a: [Name], _ b: [Name]) -> Bool {
      a.count == b.count && a.allSatisfy { x in b.contains { $0.name == x.name } }
    }
  }
}

/// Why a model formula cannot be read or fitted: where in its text (characters from 1), and what
/// to do, as `RuleError` says it for a rule.
struct ModelFormulaError: Error, Equatable {
  var formula: String
  var position: Int
  var message: Phrase

  /// The formula as a message quotes it: a long one cut to its first 80 characters.
  var shown: String { RuleError.shown(formula) }
}
