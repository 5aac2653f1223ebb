/// synthpop's `syn.lognorm`: `norm` on the logarithm of the values, for skewed amounts (incomes,
/// prices) whose spread grows with their size. Drawn values are exp(x·β + σ·z), so they are
/// positive and right-skewed like the real ones, rounded to the column's decimals.
///
/// A column with zeros is shifted by half its smallest positive value before the logarithm and
/// back after it (synthpop shifts the same way), and a drawn value below 0 becomes 0; a column
/// with negative values is refused.
enum LogNormModel {
  static func draw(_ input: ModelInput, rng: inout RandomGenerator) throws(SynthesisError) -> ModelDraw {
    let design = try RegressionDesign(input)
    var result = ModelDraw()
    guard !design.fitRows.isEmpty else { return result }
    result.nearlyDetermined = design.nearlyDeterminedPredictor().map { (input.predictorNames[$0.predictor], $0.explained) }
    let observed = design.fitRows.map { input.target.values[$0] }
    guard observed.allSatisfy({ $0 >= 0 }) else {
      throw .lognormNegative(column: input.name)
    }
    let smallest = observed.filter { $0 > 0 }.min() ?? 1
    let shift = observed.contains(0) ? smallest / 2 : 0
    let fit = LeastSquares.fit(design.fit, observed.map { Math.log($0 + shift) }, weights: design.weights)
    let beta = fit.coefficients.map { $0.isNaN ? 0 : $0 }
    try RegressionDesign.checkFinite(beta, fit.sigma, input)
    let rounding = DecimalRounding(NormModel.decimals(of: input.target, observed: observed))
    var prediction = [Double](repeating: 0, count: input.rows.count)
    result.values = (0..<input.rows.count).map { i in
      prediction[i] = design.draw.linear(beta, row: i)
      return rounding.apply(max(Math.exp(prediction[i] + rng.nextNormal() * fit.sigma) - shift, 0))
    }
    result.valuesAreReal = false
    result.groups = ModelDraw.deciles(prediction)
    return result
  }
}
