/// synthpop's `syn.sample`: each synthetic row gets the value of a random real row, whatever the
/// earlier columns hold. The marginal is kept exactly (up to sampling); relations to earlier
/// columns are not, which suits an identifier-like or unrelated column, or the first column.
enum SampleModel {
  static func draw(_ input: ModelInput, rng: inout RandomGenerator) -> ModelDraw {
    // Fit rows repeated by weight, so a bootstrap (proper) samples from the bootstrap sample.
    var donors: [Int32] = []
    for (row, w) in input.weights.enumerated() where w > 0 { for _ in 0..<w { donors.append(Int32(row)) } }
    var result = ModelDraw()
    guard !donors.isEmpty else { return result }
    let drawn = input.rows.map { _ in donors[rng.nextInt(below: donors.count)] }
    result.groups = [Int32](repeating: 0, count: input.rows.count)
    if input.target.isCategorical { result.classes = drawn.map { input.target.classes[Int($0)] } }
    else { result.values = drawn.map { input.target.values[Int($0)] } }
    return result
  }
}
