/// synthpop's `syn.logreg` and `syn.polyreg`: a (multinomial) logistic regression of the category
/// on the predictors (`MultinomialLogit`), and for each synthetic row a category drawn with the
/// fitted probabilities given its synthetic predictors.
///
/// Only the categories seen in the fit rows are modelled (an absent one has probability 0);
/// `logreg` insists on two, as `glm` does. The fit is Newton's method on the full Hessian, so
/// categories × design columns is bounded by `maxParameters`.
enum LogitModel {
  static let maxParameters = 400
  /// Rows × parameters² per Newton step (about a second each natively at the bound).
  static let maxWork: Int64 = 2_000_000_000

  static func draw(_ input: ModelInput, rng: inout RandomGenerator) throws(SynthesisError) -> ModelDraw {
    let design = try RegressionDesign(input)
    var result = ModelDraw()
    guard !design.fitRows.isEmpty else { return result }
    result.nearlyDetermined = design.nearlyDeterminedPredictor().map { (input.predictorNames[$0.predictor], $0.explained) }
    let target = input.target
    // Compact the present classes: model class k is real class `present[k]`.
    var seen = [Bool](repeating: false, count: target.classCount)
    for row in design.fitRows { seen[Int(target.classes[row])] = true }
    let present = (0..<target.classCount).filter { seen[$0] }.map { Int32($0) }
    if input.method == .logreg && present.count > 2 {
      throw .logregClasses(column: input.name, count: present.count)
    }
    guard present.count > 1 else {
      result.classes = [Int32](repeating: present[0], count: input.rows.count)
      result.groups = [Int32](repeating: 0, count: input.rows.count)
      return result
    }
    let parameters = (present.count - 1) * design.fit.columns
    guard parameters <= Self.maxParameters else {
      throw .logitParameters(column: input.name, method: input.method, classes: present.count, designColumns: design.fit.columns, parameters: parameters, most: Self.maxParameters)
    }
    let work = Int64(design.fitRows.count) * Int64(parameters) * Int64(parameters)
    guard work <= Self.maxWork else {
      throw .logitTooSlow(column: input.name, method: input.method, rows: design.fitRows.count, parameters: parameters)
    }
    var compact = [Int32](repeating: 0, count: target.classCount)
    for (k, c) in present.enumerated() { compact[Int(c)] = Int32(k) }
    let classes = design.fitRows.map { compact[Int(target.classes[$0])] }
    let fit = MultinomialLogit.fit(design.fit, classes: classes, classCount: present.count, weights: design.weights)
    try RegressionDesign.checkFinite(fit.coefficients.map { $0.isNaN ? 0 : $0 }, 0, input)
    var probabilities = [Double](repeating: 0, count: present.count)
    result.classes = [Int32](repeating: 0, count: input.rows.count)
    result.groups = [Int32](repeating: 0, count: input.rows.count)
    for i in 0..<input.rows.count {
      MultinomialLogit.probabilities(design.draw, fit.coefficients, classCount: present.count, row: i, into: &probabilities)
      // synthpop: the first class whose cumulative probability reaches a uniform draw.
      let u = rng.nextDouble()
      var cumulative = 0.0, chosen = present.count - 1, likeliest = 0
      for k in 0..<present.count {
        if probabilities[k] > probabilities[likeliest] { likeliest = k }
      }
      for k in 0..<present.count {
        cumulative += probabilities[k]
        if u < cumulative { chosen = k; break }
      }
      result.classes[i] = present[chosen]
      // Repair partners share the likeliest class and a tenth of its probability.
      result.groups[i] = Int32(likeliest * 10 + (probabilities[likeliest] * 10).integer(clampedTo: 0...9))
    }
    return result
  }
}
