/// How many real and synthetic rows keep a rule (`--rule`): the report's rules section, and
/// `evaluate --rule` on any pair of files.
struct RuleCheck: Equatable {
  var rule: String
  var realRows: Int
  var realKept: Int
  var syntheticRows: Int
  var syntheticKept: Int

  var realShare: Double { realRows > 0 ? Double(realKept) / Double(realRows) : .nan }
  var syntheticShare: Double { syntheticRows > 0 ? Double(syntheticKept) / Double(syntheticRows) : .nan }

  /// Kept by the synthetic rows about as often as by the real ones: no more below the real share
  /// than two binomial standard errors of the synthetic count (a rule kept in 95% of real rows
  /// is kept in 94.6% of 534 synthetic rows by chance alone).
  var keptAsReal: Bool {
    guard syntheticKept < syntheticRows, syntheticRows > 0, realRows > 0 else { return true }
    let p = realShare
    return syntheticShare >= p - 2 * (p * (1 - p) / Double(syntheticRows)).squareRoot() - 1 / Double(syntheticRows)
  }

  /// Its members in the metrics JSON and the run summary.
  func writeFields(to j: inout JSONWriter) {
    j.field("rule", rule)
    j.field("realRows", realRows)
    j.field("realKept", realKept)
    j.field("syntheticRows", syntheticRows)
    j.field("syntheticKept", syntheticKept)
    j.field("keptAsReal", keptAsReal)
  }

  static func run(_ rules: [Rule], real: Table, synthetic: Table) throws(EvaluationError) -> [RuleCheck] {
    var checks: [RuleCheck] = []
    for rule in rules {
      do throws(RuleError) {
        let onReal = try BoundRule(rule, to: real), onSynthetic = try BoundRule(rule, to: synthetic)
        var combinations: RuleCombinations? = nil
        if case .combinations(let list) = onReal.form { combinations = RuleCombinations(real, columns: list) }
        func kept(_ bound: BoundRule, _ table: Table) -> Int {
          if let combinations, case .combinations(let list) = bound.form {
            return (0..<table.rowCount).reduce(0) { $0 + (combinations.contains(table, columns: list, row: $1) ? 1 : 0) }
          }
          return (0..<table.rowCount).reduce(0) { $0 + (bound.holds($1, in: table) ? 1 : 0) }
        }
        checks.append(RuleCheck(
          rule: rule.text, realRows: real.rowCount, realKept: kept(onReal, real), syntheticRows: synthetic.rowCount,
          syntheticKept: kept(onSynthetic, synthetic)))
      } catch {
        throw .rule(error)
      }
    }
    return checks
  }
}
