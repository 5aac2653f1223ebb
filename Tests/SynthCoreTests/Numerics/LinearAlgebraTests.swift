import Testing

@testable import SynthCore

struct LinearAlgebraTests {
  /// A = L·Lᵀ with L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]] (the textbook example); b = A·(1, 2, 3).
  static let a: [Double] = [4, 12, -16, 12, 37, -43, -16, -43, 98]

  @Test func factorsAndSolvesAKnownSystem() {
    let c = Cholesky(Self.a, size: 3)
    #expect(c.lower == [2, 0, 0, 6, 1, 0, -8, 5, 3])
    #expect(c.rank == 3)
    let x = c.solve([-20, -43, 192])
    for (got, want) in zip(x, [1.0, 2, 3]) { expectNear(got, want, 1e-12) }
  }

  @Test func inverseTimesMatrixIsIdentity() {
    let c = Cholesky(Self.a, size: 3)
    let inverse = c.inverse()
    for i in 0..<3 {
      for j in 0..<3 {
        var s = 0.0
        for k in 0..<3 { s += Self.a[i * 3 + k] * inverse[k * 3 + j] }
        #expect(abs(s - (i == j ? 1 : 0)) < 1e-12)
      }
    }
    // A⁻¹₀₀ = 49.361111… (= 1777/36), and the diagonal shortcut agrees with the full inverse.
    expectNear(inverse[0], 1777.0 / 36, 1e-12)
    let diagonal = c.inverseDiagonal()
    for i in 0..<3 { expectNear(diagonal[i], inverse[i * 3 + i], 1e-12) }
  }

  /// X = [1, x, 2x] for x = 1, 2, 3: the third column is aliased, so it is dropped and the solve is
  /// the fit on [1, x]. X'X = [[3, 6, 12], [6, 14, 28], [12, 28, 56]]; y = 1 + x gives X'y = (9, 20, 40).
  @Test func aliasedColumnIsDropped() {
    let m: [Double] = [3, 6, 12, 6, 14, 28, 12, 28, 56]
    let c = Cholesky(m, size: 3)
    #expect(c.dropped == [false, false, true])
    #expect(c.rank == 2)
    let beta = c.solve([9, 20, 40])
    expectNear(beta[0], 1, 1e-12)
    expectNear(beta[1], 1, 1e-12)
    #expect(beta[2] == 0)
    #expect(c.inverse()[8] == 0)
  }

  @Test func degenerateMatricesNeverTrap() {
    #expect(Cholesky([0, 0, 0, 0], size: 2).rank == 0)
    #expect(Cholesky([0, 0, 0, 0], size: 2).solve([1, 1]) == [0, 0])
    #expect(Cholesky([.nan, 0, 0, 1], size: 2).dropped == [true, false])
    #expect(Cholesky([1, 2, 2, 1], size: 2).dropped == [false, true])  // indefinite
    #expect(Cholesky([], size: 0).solve([]) == [])
    // A ridge makes a singular matrix definite.
    let ridged = LinearAlgebra.addingRidge([1, 1, 1, 1], size: 2, 1e-8 * LinearAlgebra.meanDiagonal([1, 1, 1, 1], size: 2))
    #expect(Cholesky(ridged, size: 2).rank == 2)
  }
}
