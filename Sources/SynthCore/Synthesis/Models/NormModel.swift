/// synthpop's `syn.norm` and `syn.normrank`: a linear regression of the column on its predictors
/// (`LeastSquares`), and for each synthetic row its predicted mean plus a normal residual with
/// the fit's residual standard deviation.
///
/// `norm` writes these new values, rounded to the column's decimals: they follow a straight line
/// and a bell curve, so they may leave the real range (a negative age). `normrank` regresses the
/// normal scores Φ⁻¹(rank/(n + 1)) of the values instead and maps a drawn score back to the real
/// value of that rank, so its values are real ones with the real marginal, and only the
/// dependence is linear. With `proper`, the driver's bootstrap weights make the fit proper.
enum NormModel {
  static func draw(_ input: ModelInput, ranks: Bool, rng: inout RandomGenerator) throws(SynthesisError) -> ModelDraw {
    let design = try RegressionDesign(input)
    var result = ModelDraw()
    guard !design.fitRows.isEmpty else { return result }
    result.nearlyDetermined = design.nearlyDeterminedPredictor().map { (input.predictorNames[$0.predictor], $0.explained) }
    let observed = design.fitRows.map { input.target.values[$0] }
    var sorted: [Double] = []
    var y = observed
    if ranks {
      // Fit rows repeated by weight, as the bootstrap sample they stand for.
      for (i, v) in observed.enumerated() { for _ in 0..<Int(input.weights[design.fitRows[i]]) { sorted.append(v) } }
      sorted.sort()
      y = observed.map { Self.normalScore($0, in: sorted) }
    }
    let fit = LeastSquares.fit(design.fit, y, weights: design.weights)
    let beta = fit.coefficients.map { $0.isNaN ? 0 : $0 }
    try RegressionDesign.checkFinite(beta, fit.sigma, input)
    var prediction = [Double](repeating: 0, count: input.rows.count)
    var values = [Double](repeating: 0, count: input.rows.count)
    for i in 0..<input.rows.count {
      prediction[i] = design.draw.linear(beta, row: i)
      values[i] = prediction[i] + rng.nextNormal() * fit.sigma
    }
    if ranks {
      let n = sorted.count
      for i in values.indices {
        // synthpop: round(Φ(z)·(n + 1)), clamped to 1…n.
        let position = (Math.normalCDF(values[i]) * Double(n + 1)).rounded().integer(clampedTo: 1...n)
        values[i] = sorted[position - 1]
      }
    } else {
      let rounding = DecimalRounding(Self.decimals(of: input.target, observed: observed))
      values = values.map { rounding.apply($0) }
      result.valuesAreReal = false
    }
    result.values = values
    result.groups = ModelDraw.deciles(prediction)
    return result
  }

  /// Φ⁻¹(r/(n + 1)) with r the average rank of `value` in `sorted` (R's `rank`, ties averaged).
  static func normalScore(_ value: Double, in sorted: [Double]) -> Double {
    let below = SortedSearch.lowerBound(sorted, value), through = SortedSearch.upperBound(sorted, value)
    let rank = Double(below + through + 1) / 2
    return Math.normalQuantile(rank / Double(sorted.count + 1))
  }

  /// The column's written decimals, or for a shortest-form decimal column the most any observed
  /// value has (up to 10), as synthpop rounds to the data's decimal places.
  static func decimals(of target: SynthesisVariable, observed: [Double]) -> Int {
    if let d = target.decimals { return d }
    var most = 0
    for v in observed {
      var d = most
      while d < 10 && DecimalRounding(d).apply(v) != v { d += 1 }
      most = d
    }
    return most
  }
}
