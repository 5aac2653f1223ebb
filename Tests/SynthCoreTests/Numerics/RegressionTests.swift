import Testing

@testable import SynthCore

/// `LeastSquares` and `MultinomialLogit` against R 4.2.2 on the shared cps1985 table (534 rows):
/// coefficients printed with `sprintf("%.17g")` by the script in the comment of each test.
@Suite struct RegressionTests {
  /// cps1985 as R's `model.matrix` builds it: intercept, the numbers, then an indicator per
  /// factor level but the first (levels sorted alphabetically, as R's `factor` does).
  static func design(_ table: Table, numbers: [String], factors: [String]) throws -> DenseDesign {
    var columns: [[Double]] = [[Double](repeating: 1, count: table.rowCount)]
    for name in numbers {
      let c = table.columns[try #require(table.column(named: name))]
      columns.append(c.numbers)
    }
    for name in factors {
      let c = table.columns[try #require(table.column(named: name))]
      if c.schema.kind == .boolean { columns.append(c.numbers); continue }  // no/yes: the indicator of yes
      let levels = c.levels.sorted()
      for level in levels.dropFirst() {
        let code = Int32(c.levels.firstIndex(of: level)!)
        columns.append(c.codes.map { $0 == code ? 1 : 0 })
      }
    }
    var values: [Double] = []
    for row in 0..<table.rowCount { for column in columns { values.append(column[row]) } }
    return DenseDesign(rows: table.rowCount, columns: columns.count, values: values)
  }

  static func classes(_ table: Table, _ name: String) throws -> (classes: [Int32], count: Int) {
    let c = table.columns[try #require(table.column(named: name))]
    if c.schema.kind == .boolean { return (c.numbers.map { $0 == 1 ? 1 : 0 }, 2) }
    let levels = c.levels.sorted()
    return (c.codes.map { Int32(levels.firstIndex(of: c.levels[Int($0)])!) }, levels.count)
  }

  static func close(_ a: [Double], _ b: [Double], relative: Double) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= relative * max(abs($1), 1e-3) }
  }

  /// `coef(lm(wage ~ education + experience + gender + occupation, data = d))`, `summary(f)$sigma`.
  @Test func leastSquaresMatchesLm() throws {
    let table = try sharedTable("cps1985")
    let x = try Self.design(table, numbers: ["education", "experience"], factors: ["gender", "occupation"])
    let wage = table.columns[try #require(table.column(named: "wage"))].numbers
    let fit = LeastSquares.fit(x, wage, weights: [Double](repeating: 1, count: table.rowCount))
    let r = [-0.8225282135270553, 0.71669648072143677, 0.10298053863301904, 1.9648770236522057, -3.2631245614357969,
             -4.0383509549098866, -3.8397598887362983, -1.0213910036115699, -2.4127087760752142]
    #expect(Self.close(fit.coefficients, r, relative: 1e-10), "\(fit.coefficients)")
    #expect(abs(fit.sigma - 4.3271072676241742) < 1e-10)
  }

  /// `coef(glm(union ~ wage + education + gender + married, family = binomial,
  /// control = glm.control(epsilon = 1e-14, maxit = 100)))`.
  @Test func twoClassLogitMatchesGlm() throws {
    let table = try sharedTable("cps1985")
    let x = try Self.design(table, numbers: ["wage", "education"], factors: ["gender", "married"])
    let (union, count) = try Self.classes(table, "union")
    let fit = MultinomialLogit.fit(x, classes: union, classCount: count, weights: [Double](repeating: 1, count: table.rowCount))
    let r = [-1.9613047139533093, 0.072415941070348974, -0.078590959879824354, 0.71821228314064178, 0.47101346984491532]
    #expect(fit.converged)
    #expect(Self.close(fit.coefficients, r, relative: 1e-8), "\(fit.coefficients)")
  }

  /// `t(coef(nnet::multinom(occupation ~ wage + education + gender, maxit = 10000, reltol = 1e-16)))`:
  /// nnet's BFGS stops near, not at, the optimum, so the bound is 1e-5.
  @Test func multinomialLogitMatchesMultinom() throws {
    let table = try sharedTable("cps1985")
    let x = try Self.design(table, numbers: ["wage", "education"], factors: ["gender"])
    let (occupation, count) = try Self.classes(table, "occupation")
    let fit = MultinomialLogit.fit(x, classes: occupation, classCount: count, weights: [Double](repeating: 1, count: table.rowCount))
    let r = [5.8090573167947248, -0.15149773773917213, -0.24050582642132418, -1.2346369489093612,
             4.130426627879566, -0.19091860450769482, -0.20538080215938659, 0.31217888347174061,
             10.65547825900431, -0.22652635556885048, -0.63613980173949958, -0.010402863160587899,
             -2.9968751357564143, -0.034373434644993033, 0.28851434286000294, -0.52920790239909909,
             10.559992958920438, -0.11617815826830728, -0.73170969863257174, 1.6173036516415318]
    #expect(fit.converged)
    #expect(Self.close(fit.coefficients, r, relative: 1e-5), "\(fit.coefficients)")
  }

  /// A duplicated column is aliased (NaN, as R's NA), and frequency weights equal repeated rows.
  @Test func aliasedColumnsAndWeights() {
    let x = DenseDesign(rows: 4, columns: 3, values: [1, 1, 2, 1, 2, 4, 1, 3, 6, 1, 5, 10])
    let fit = LeastSquares.fit(x, [1, 3, 2, 6], weights: [1, 1, 1, 1])
    #expect(fit.coefficients[2].isNaN && fit.aliased == [false, false, true])
    let repeated = DenseDesign(rows: 5, columns: 2, values: [1, 1, 1, 2, 1, 3, 1, 5, 1, 5])
    let weighted = DenseDesign(rows: 4, columns: 2, values: [1, 1, 1, 2, 1, 3, 1, 5])
    let a = LeastSquares.fit(repeated, [1, 3, 2, 6, 6], weights: [1, 1, 1, 1, 1])
    let b = LeastSquares.fit(weighted, [1, 3, 2, 6], weights: [1, 1, 1, 2])
    #expect(Self.close(a.coefficients, b.coefficients, relative: 1e-12))
    #expect(abs(a.sigma - b.sigma) < 1e-12)
  }

  /// Complete separation neither traps nor loops: probabilities go to the clip, the fit stops.
  @Test func separatedClassesStayFinite() {
    let x = DenseDesign(rows: 6, columns: 2, values: [1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6])
    let fit = MultinomialLogit.fit(x, classes: [0, 0, 0, 1, 1, 1], classCount: 2, weights: [Double](repeating: 1, count: 6))
    #expect(fit.coefficients.allSatisfy { $0.isFinite })
    #expect(fit.deviance < 1e-3)
    var p = [0.0, 0.0]
    MultinomialLogit.probabilities(x, fit.coefficients, classCount: 2, row: 5, into: &p)
    #expect(p[1] > 0.99)
  }
}
