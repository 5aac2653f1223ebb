/// synthpop's `syn.cart`: a regression tree (numbers) or classification tree (categories) fitted on
/// the real rows, into whose leaves the synthetic rows fall with their synthetic predictor values;
/// each gets a real donor drawn from its leaf, so values are always real ones.
enum CARTModel {
  static func draw(_ input: ModelInput, rng: inout RandomGenerator) -> ModelDraw {
    let (donors, leaves) = SequentialSynthesizer.fitAndDraw(
      input.target, training: input.training, weights: input.weights, fitted: input.tree, predictors: input.synthetic, rows: input.rows, cart: input.config.cart, rng: &rng)
    var result = ModelDraw()
    guard !donors.isEmpty else { return result }
    result.groups = leaves
    if input.target.isCategorical { result.classes = donors.map { input.target.classes[Int($0)] } }
    else { result.values = donors.map { input.target.values[Int($0)] } }
    return result
  }
}
