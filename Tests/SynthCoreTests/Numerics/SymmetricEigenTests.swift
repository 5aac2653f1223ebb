import Testing
@testable import SynthCore

struct SymmetricEigenTests {
  /// V·diag(λ)·Vᵀ.
  private func reassemble(_ e: SymmetricEigen, _ n: Int) -> [Double] {
    var a = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n {
        var sum = 0.0
        for k in 0..<n { sum += e.vectors[i * n + k] * e.values[k] * e.vectors[j * n + k] }
        a[i * n + j] = sum
      }
    }
    return a
  }

  @Test func knownTwoByTwo() {
    // [[2, 1], [1, 2]]: λ = 1, 3 with eigenvectors (1, −1)/√2 and (1, 1)/√2.
    let e = SymmetricEigen([2, 1, 1, 2], size: 2)
    #expect((e.values[0] - 1).magnitude < 1e-14)
    #expect((e.values[1] - 3).magnitude < 1e-14)
    let r = 0.5.squareRoot()
    #expect((e.vectors[0].magnitude - r) < 1e-14 && (e.vectors[2].magnitude - r) < 1e-14)
    #expect((e.vectors[0] + e.vectors[2]).magnitude < 1e-14)  // column 0 ∝ (1, −1)
    #expect((e.vectors[1] - e.vectors[3]).magnitude < 1e-14)  // column 1 ∝ (1, 1)
    // [[4, 0], [0, −1]] is already diagonal: sorted ascending.
    let d = SymmetricEigen([4, 0, 0, -1], size: 2)
    #expect(d.values == [-1, 4])
    #expect(d.vectors == [0, 1, 1, 0])
  }

  @Test func reconstructsRandomSymmetricSixBySix() {
    var random = RandomGenerator(seed: 42)
    for _ in 0..<20 {
      let n = 6
      var a = [Double](repeating: 0, count: n * n)
      for i in 0..<n {
        for j in i..<n {
          let x = 2 * random.nextDouble() - 1
          a[i * n + j] = x
          a[j * n + i] = x
        }
      }
      let e = SymmetricEigen(a, size: n)
      #expect(e.values.count == n)
      for k in 1..<n { #expect(e.values[k - 1] <= e.values[k]) }
      let b = reassemble(e, n)
      for i in 0..<(n * n) { #expect((a[i] - b[i]).magnitude < 1e-10) }
      // Vᵀ·V = I.
      for p in 0..<n {
        for q in 0..<n {
          var dot = 0.0
          for i in 0..<n { dot += e.vectors[i * n + p] * e.vectors[i * n + q] }
          #expect((dot - (p == q ? 1 : 0)).magnitude < 1e-12)
        }
      }
      // Trace is the sum of eigenvalues.
      var trace = 0.0
      for i in 0..<n { trace += a[i * n + i] }
      #expect((trace - e.values.reduce(0, +)).magnitude < 1e-12)
    }
  }

  @Test func degenerateInputsNeverTrap() {
    #expect(SymmetricEigen([], size: 0).values.isEmpty)
    #expect(SymmetricEigen([1, 2, 3], size: 2).values.isEmpty)
    #expect(SymmetricEigen([5], size: 1).values == [5])
    let nanEigen = SymmetricEigen([.nan, 1, 1, 2], size: 2)
    #expect(nanEigen.values.count == 2 && nanEigen.values.allSatisfy(\.isNaN))
    #expect(SymmetricEigen.nearestPositiveDefinite([], size: 0).isEmpty)
    #expect(SymmetricEigen.nearestPositiveDefinite([1], size: 2) == [1, 0, 0, 1])
    let withNaN = SymmetricEigen.nearestPositiveDefinite([1, .nan, .nan, 1], size: 2)
    #expect(withNaN.count == 4 && withNaN[0] == 1 && withNaN[1].isNaN)
    // Repeated eigenvalues: the identity stays put.
    let identity = SymmetricEigen([1, 0, 0, 0, 1, 0, 0, 0, 1], size: 3)
    #expect(identity.values == [1, 1, 1])
    #expect(identity.vectors == [1, 0, 0, 0, 1, 0, 0, 0, 1])
  }

  @Test func nearestPositiveDefiniteRepairsIndefiniteCorrelation() {
    let floor = 1e-6
    let a: [Double] = [1, 0.9, 0.9, 0.9, 1, -0.9, 0.9, -0.9, 1]
    #expect(SymmetricEigen(a, size: 3).values[0] < -0.5)  // λ = −0.8, 1.9, 1.9
    let b = SymmetricEigen.nearestPositiveDefinite(a, size: 3, floor: floor)
    let e = SymmetricEigen(b, size: 3)
    for lambda in e.values { #expect(lambda >= floor) }
    for i in 0..<3 { #expect(b[i * 3 + i] == 1) }
    for i in 0..<3 {
      for j in 0..<3 {
        #expect(b[i * 3 + j] == b[j * 3 + i])
        #expect(b[i * 3 + j].magnitude <= 1)
      }
    }
    // It is positive definite, so Cholesky keeps every column.
    #expect(Cholesky(b, size: 3).rank == 3)
    // Signs of the correlations survive the repair.
    #expect(b[1] > 0 && b[2] > 0 && b[5] < 0)
  }

  @Test func nearestPositiveDefiniteKeepsValidCorrelation() {
    let a: [Double] = [1, 0.3, -0.2, 0.3, 1, 0.5, -0.2, 0.5, 1]
    let b = SymmetricEigen.nearestPositiveDefinite(a, size: 3)
    for i in 0..<9 { #expect((a[i] - b[i]).magnitude < 1e-12) }
  }
}
