/// Eigen-decomposition A = V·diag(λ)·Vᵀ of a symmetric n×n matrix (flat, row-major `a[i*n + j]`)
/// by cyclic Jacobi rotations, deterministic, pure Swift.
///
/// Each rotation (p, q) with t = tan φ, θ = cot 2φ = (a_qq − a_pp) / (2·a_pq) zeroes a_pq; sweeps
/// visit the pairs in a fixed order until the off-diagonal sum of squares falls below
/// 1e-32·‖A‖²_F (convergence is quadratic, so a handful of sweeps), or 100 sweeps. Only the
/// upper triangle is trusted: the input is symmetrised as (A + Aᵀ)/2.
///
///     let e = SymmetricEigen([2, 1, 1, 2], size: 2)
///     e.values                                    // [1, 3]
///
/// A wrong `matrix.count` (≠ n·n) or n ≤ 0 gives empty values and vectors; a NaN or infinite
/// entry gives all-NaN values and vectors, never a trap.
/// - Complexity: O(n³) per sweep.
struct SymmetricEigen {
  /// Eigenvalues, ascending.
  var values: [Double]
  /// Row-major n×n; column k (`vectors[i*n + k]`) is the unit eigenvector of `values[k]`.
  var vectors: [Double]

  init(_ matrix: [Double], size n: Int) {
    guard n > 0, matrix.count == n * n else {
      values = []
      vectors = []
      return
    }
    var a = matrix
    for i in 0..<n {
      for j in (i + 1)..<max(i + 1, n) {
        let mean = 0.5 * (a[i * n + j] + a[j * n + i])
        a[i * n + j] = mean
        a[j * n + i] = mean
      }
    }
    guard !a.contains(where: { !$0.isFinite }) else {
      values = [Double](repeating: .nan, count: n)
      vectors = [Double](repeating: .nan, count: n * n)
      return
    }
    var v = [Double](repeating: 0, count: n * n)
    for i in 0..<n { v[i * n + i] = 1 }

    var frobenius = 0.0
    for x in a { frobenius += x * x }
    a.withUnsafeMutableBufferPointer { a in
      v.withUnsafeMutableBufferPointer { v in
        for _ in 0..<100 {
          var off = 0.0
          for p in 0..<n {
            for q in (p + 1)..<max(p + 1, n) { off += 2 * a[p * n + q] * a[p * n + q] }
          }
          if !(off > 1e-32 * frobenius) { break }
          for p in 0..<(n - 1) {
            for q in (p + 1)..<n {
              Self.rotate(a, v, n, p, q)
            }
          }
        }
      }
    }

    // Sort ascending; ties keep the original order so the result is deterministic.
    var order = Array(0..<n)
    order.sort { i, j in
      let x = a[i * n + i], y = a[j * n + j]
      return x < y || (x == y && i < j) || (!x.isNaN && y.isNaN) || (x.isNaN && y.isNaN && i < j)
    }
    values = order.map { a[$0 * n + $0] }
    vectors = [Double](repeating: 0, count: n * n)
    for (k, column) in order.enumerated() {
      for i in 0..<n { vectors[i * n + k] = v[i * n + column] }
    }
  }

  /// One Jacobi rotation A ← JᵀAJ that zeroes a_pq, accumulated into V ← VJ.
  private static func rotate(_ a: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>, _ n: Int, _ p: Int, _ q: Int) {
    let apq = a[p * n + q]
    if apq == 0 { return }
    let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
    // The smaller root of t² + 2θt − 1 = 0 keeps the rotation angle ≤ π/4 (stable).
    let t: Double
    if theta.magnitude > 1e150 {
      t = 0.5 / theta  // θ² would overflow
    } else {
      let root = (theta * theta + 1).squareRoot()
      t = theta >= 0 ? 1 / (theta + root) : -1 / (-theta + root)
    }
    let c = 1 / (t * t + 1).squareRoot()
    let s = t * c
    for k in 0..<n {  // columns p and q
      let akp = a[k * n + p], akq = a[k * n + q]
      a[k * n + p] = c * akp - s * akq
      a[k * n + q] = s * akp + c * akq
    }
    for k in 0..<n {  // rows p and q
      let apk = a[p * n + k], aqk = a[q * n + k]
      a[p * n + k] = c * apk - s * aqk
      a[q * n + k] = s * apk + c * aqk
    }
    a[p * n + q] = 0
    a[q * n + p] = 0
    for k in 0..<n {
      let vkp = v[k * n + p], vkq = v[k * n + q]
      v[k * n + p] = c * vkp - s * vkq
      v[k * n + q] = s * vkp + c * vkq
    }
  }

  /// The nearest correlation-like positive-definite matrix: eigenvalues below `floor` raised to
  /// it, B = V·diag(max(λ, floor))·Vᵀ, then rescaled to unit diagonal, b_ij / √(b_ii·b_jj).
  ///
  /// Rescaling can pull the smallest eigenvalue a little under `floor` again (the raised
  /// eigenvalues inflate the diagonal), so the step repeats, at most 8 times, until it holds; each
  /// pass shrinks the shortfall by a factor of about `floor`. Raised eigenvalues get a relative
  /// margin of 1e-9 so rounding does not undo them. n ≤ 0 → []; a wrong `matrix.count` → the
  /// identity; NaN entries → `matrix` unchanged; a positive `floor` is required (≤ 0 or NaN is
  /// replaced by 1e-6).
  static func nearestPositiveDefinite(_ matrix: [Double], size n: Int, floor: Double = 1e-6) -> [Double] {
    guard n > 0 else { return [] }
    var identity = [Double](repeating: 0, count: n * n)
    for i in 0..<n { identity[i * n + i] = 1 }
    guard matrix.count == n * n else { return identity }
    let floor = floor > 0 ? floor : 1e-6
    let raised = floor * (1 + 1e-9)

    var current = matrix
    for pass in 0..<8 {
      let eigen = SymmetricEigen(current, size: n)
      guard let smallest = eigen.values.first, !eigen.values.contains(where: { $0.isNaN }) else { return matrix }
      if pass > 0 && smallest >= floor { break }
      let lambda = eigen.values.map { $0 < floor ? raised : $0 }
      var b = [Double](repeating: 0, count: n * n)
      for i in 0..<n {
        for j in i..<n {
          var sum = 0.0
          for k in 0..<n { sum += eigen.vectors[i * n + k] * lambda[k] * eigen.vectors[j * n + k] }
          b[i * n + j] = sum
          b[j * n + i] = sum
        }
      }
      var scale = [Double](repeating: 1, count: n)
      for i in 0..<n {
        let d = b[i * n + i]
        scale[i] = d > 0 ? 1 / d.squareRoot() : 1
      }
      for i in 0..<n {
        for j in 0..<n { b[i * n + j] *= scale[i] * scale[j] }
        b[i * n + i] = 1
      }
      current = b
    }
    return current
  }
}
