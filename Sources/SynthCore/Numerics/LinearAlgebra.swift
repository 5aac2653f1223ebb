/// Cholesky factorisation A = L·Lᵀ of a symmetric positive semi-definite n×n matrix, stored flat
/// and row-major (`a[i*n + j]`); only the lower triangle (j ≤ i) is read.
///
/// Column j's pivot d_j = a_jj − Σ_{k<j} l_jk² is the part of column j that the earlier columns do
/// not explain: (1 − R²_j)·a_jj. When d_j ≤ tolerance·a_jj (or is NaN) the column is *aliased*, a
/// duplicate or linear combination of earlier ones, and is dropped, as R's `lm`/`glm` report NA
/// for it: its row and column of L are zero, solves give it 0 and `inverse` a zero row and column.
/// So a singular matrix never traps; it is factorised on its first `rank` independent columns.
///
///     let c = Cholesky([4, 2, 2, 3], size: 2)     // [[4, 2], [2, 3]]
///     c.solve([2, 1])                              // A⁻¹b = [0.5, 0]
/// - Complexity: O(n³/6) to factorise, O(n²) per solve, O(n³) for the inverse.
struct Cholesky {
  let size: Int
  /// L, row-major n×n; zero above the diagonal and in dropped rows and columns.
  private(set) var lower: [Double]
  /// Columns left out as aliased (or excluded by the caller).
  private(set) var dropped: [Bool]
  /// Per kept column, 1 − d_j/a_jj: the share of it the earlier kept columns explain (R² when the
  /// matrix is a centred cross-product); 0 for dropped columns.
  private(set) var explained: [Double]

  var rank: Int { dropped.reduce(0) { $0 + ($1 ? 0 : 1) } }

  /// Factorises `matrix`; `excluded` columns are dropped up front (a fit that already knows them).
  init(_ matrix: [Double], size n: Int, tolerance: Double = 1e-10, excluded: [Bool]? = nil) {
    size = n
    lower = [Double](repeating: 0, count: n * n)
    var dropped = excluded ?? [Bool](repeating: false, count: n)
    var explained = [Double](repeating: 0, count: n)
    lower.withUnsafeMutableBufferPointer { l in
      for i in 0..<n where !dropped[i] {
        for j in 0..<i where !dropped[j] {
          var s = matrix[i * n + j]
          for k in 0..<j { s -= l[i * n + k] * l[j * n + k] }
          l[i * n + j] = s / l[j * n + j]
        }
        var d = matrix[i * n + i]
        for k in 0..<i { d -= l[i * n + k] * l[i * n + k] }
        let diagonal = matrix[i * n + i]
        if diagonal > 0 && d > tolerance * diagonal && d.isFinite {
          l[i * n + i] = d.squareRoot()
          explained[i] = 1 - d / diagonal
        } else {
          dropped[i] = true
          for k in 0...i { l[i * n + k] = 0 }
        }
      }
    }
    self.explained = explained
    self.dropped = dropped
  }

  /// x with A·x = b on the kept columns, 0 in the dropped ones.
  func solve(_ b: [Double]) -> [Double] {
    let n = size
    var x = [Double](repeating: 0, count: n)
    // Forward: L·y = b.
    for i in 0..<n where !dropped[i] {
      var s = b[i]
      for k in 0..<i where !dropped[k] { s -= lower[i * n + k] * x[k] }
      x[i] = s / lower[i * n + i]
    }
    // Backward: Lᵀ·x = y.
    for i in stride(from: n - 1, through: 0, by: -1) where !dropped[i] {
      var s = x[i]
      for k in (i + 1)..<n where !dropped[k] { s -= lower[k * n + i] * x[k] }
      x[i] = s / lower[i * n + i]
    }
    return x
  }

  /// A⁻¹ (row-major) over the kept columns; dropped rows and columns are 0.
  func inverse() -> [Double] {
    let n = size
    var result = [Double](repeating: 0, count: n * n)
    var unit = [Double](repeating: 0, count: n)
    for j in 0..<n where !dropped[j] {
      unit[j] = 1
      let column = solve(unit)
      unit[j] = 0
      for i in 0..<n { result[i * n + j] = column[i] }
    }
    return result
  }

  /// The diagonal of A⁻¹ (coefficient variances up to σ²): Σ_i (L⁻¹)_ij², O(n³/6) without the full inverse.
  func inverseDiagonal() -> [Double] {
    let n = size
    var diagonal = [Double](repeating: 0, count: n)
    var column = [Double](repeating: 0, count: n)
    // Column j of L⁻¹ solves L·v = e_j; it is zero above row j.
    for j in 0..<n where !dropped[j] {
      for i in 0..<n { column[i] = 0 }
      for i in j..<n where !dropped[i] {
        var s = i == j ? 1.0 : 0.0
        for k in j..<i where !dropped[k] { s -= lower[i * n + k] * column[k] }
        column[i] = s / lower[i * n + i]
      }
      for i in j..<n { diagonal[j] += column[i] * column[i] }
    }
    return diagonal
  }
}

extension Cholesky {
  /// The factor of one Newton (IRLS) step's matrix, shared by the GLM and the multinomial logit:
  /// the first step finds the aliased coefficients (`excluded`) and the `rank`; later steps keep
  /// them out and, when separation makes the matrix lose rank, add a small ridge (1e-8 of the
  /// mean diagonal) rather than drop another coefficient mid-fit.
  static func newtonStep(_ matrix: [Double], size: Int, excluded: inout [Bool]?, rank: inout Int) -> Cholesky {
    let factor = Cholesky(matrix, size: size, tolerance: 1e-10, excluded: excluded)
    guard let kept = excluded else {
      excluded = factor.dropped
      rank = factor.rank
      return factor
    }
    guard factor.rank < rank else { return factor }
    let ridge = 1e-8 * LinearAlgebra.meanDiagonal(matrix, size: size)
    return Cholesky(LinearAlgebra.addingRidge(matrix, size: size, ridge), size: size, excluded: kept)
  }
}

/// Small helpers around `Cholesky` for the normal equations of regression fits.
enum LinearAlgebra {
  /// Solves the symmetric system A·x = b, dropping aliased columns (see `Cholesky`).
  static func solveSymmetric(_ matrix: [Double], size: Int, _ b: [Double]) -> [Double] {
    Cholesky(matrix, size: size).solve(b)
  }

  /// A copy of `matrix` with `ridge` added to its diagonal.
  static func addingRidge(_ matrix: [Double], size n: Int, _ ridge: Double) -> [Double] {
    var m = matrix
    for i in 0..<n { m[i * n + i] += ridge }
    return m
  }

  /// The trace divided by n: a scale for a ridge (1e-8 of it leaves the solution unchanged to 8 digits).
  static func meanDiagonal(_ matrix: [Double], size n: Int) -> Double {
    guard n > 0 else { return 0 }
    var sum = 0.0
    for i in 0..<n { sum += matrix[i * n + i] }
    return sum / Double(n)
  }
}
