/// How one column is synthesised given the columns visited before it: synthpop's `syn.<method>`.
///
/// The sequential driver (`SequentialSynthesizer`) owns everything the methods share (visit order,
/// missing values, copies, random streams, bootstrap weights, unique-copy repair); a method only
/// fits its model on the real rows and draws the target rows. Adding a method is its own file
/// (`Models/`) and, in this file, its case, its lines in the switches (scope, names) and in `draw`;
/// the flag, the settings file, the report and the page take it from `allCases`.
enum ColumnMethod: String, Equatable, CaseIterable {
  /// A tree per column with donors drawn from the leaf (`CARTModel`); the default.
  case cart
  /// The column's own real values, ignoring predictors (`SampleModel`).
  case sample
  /// Linear regression with normal residuals (`NormModel`): new values, not real ones.
  case norm
  /// `norm` on normal scores of the ranks, mapped back to real values (`NormModel`).
  case normrank
  /// `norm` on the logarithm, for skewed amounts of 0 or more (`LogNormModel`).
  case lognorm
  /// Logistic regression, for two categories (`LogitModel`).
  case logreg
  /// Multinomial logistic regression, for any number of categories (`LogitModel`).
  case polyreg

  /// What kind of column a method draws.
  enum Scope: String { case any, numbers, categories, twoCategories }

  var scope: Scope {
    switch self {
    case .cart, .sample: return .any
    case .norm, .normrank, .lognorm: return .numbers
    case .logreg: return .twoCategories
    case .polyreg: return .categories
    }
  }

  /// How the report and the page name it, in English (other languages: their catalogue).
  var english: String {
    switch self {
    case .cart: return "tree"
    case .sample: return "own values"
    case .norm: return "linear regression"
    case .normrank: return "linear regression on ranks"
    case .lognorm: return "linear regression on logarithms"
    case .logreg: return "logistic regression"
    case .polyreg: return "multinomial regression"
    }
  }


  /// The methods for a numeric or a categorical column, for messages ("cart, sample, norm or normrank").
  static func suited(numbers: Bool) -> [ColumnMethod] {
    allCases.filter { numbers ? !$0.modelsCategories : !$0.modelsNumbers }
  }

  var modelsNumbers: Bool { scope == .numbers }
  var modelsCategories: Bool { scope == .categories || scope == .twoCategories }

  /// The method of one variable of a column that asked for `self`: a numeric column's missingness
  /// is categorical, so regression methods model it by logistic regression (as synthpop's
  /// `y.NA`), tree and sample methods by themselves.
  func method(for variable: SynthesisVariable) -> ColumnMethod {
    guard variable.role == .missingness, modelsNumbers else { return self }
    return variable.classCount <= 2 ? .logreg : .polyreg
  }

  /// Fits the model of `input.target` and draws a value for every target row.
  func draw(_ input: ModelInput, rng: inout RandomGenerator) throws(SynthesisError) -> ModelDraw {
    switch self {
    case .cart: return CARTModel.draw(input, rng: &rng)
    case .sample: return SampleModel.draw(input, rng: &rng)
    case .norm: return try NormModel.draw(input, ranks: false, rng: &rng)
    case .normrank: return try NormModel.draw(input, ranks: true, rng: &rng)
    case .lognorm: return try LogNormModel.draw(input, rng: &rng)
    case .logreg, .polyreg: return try LogitModel.draw(input, rng: &rng)
    }
  }
}

/// What a column model sees: the real target and predictors, and the synthetic predictors of the
/// rows to draw.
struct ModelInput {
  var target: SynthesisVariable
  /// The predictor variables (real values), in the same order as `training` and `synthetic`.
  var predictors: [SynthesisVariable]
  /// The predictors presorted for trees.
  var training: [TrainingPredictor]
  var synthetic: SyntheticPredictors
  /// Per real row: how often it is used (0 outside the fit rows; bootstrap counts when proper).
  var weights: [Int32]
  /// The target's tree when it was fitted beforehand (`cart`, see `SequentialSynthesizer.fitTrees`).
  var tree: DecisionTree? = nil
  /// Synthetic rows to draw, ascending.
  var rows: [Int32]
  /// The run's settings, so a model's own setting reaches it without new plumbing.
  var config: SynthesisConfig
  /// The method drawing this variable, and the names of the column and its predictors, for messages.
  var method: ColumnMethod
  var name: String
  var predictorNames: [String]
}

/// A model's draw for the target rows, in their order.
struct ModelDraw {
  /// Categorical targets: the class of each row.
  var classes: [Int32] = []
  /// Numeric targets: the value of each row.
  var values: [Double] = []
  /// Whether `values` are real values (donors), which smoothing may blur, or new ones.
  var valuesAreReal = true
  /// Per row, a group of rows drawn from the same (or a close) conditional distribution: unique-copy
  /// repair exchanges values only within a group. A tree's leaf; a band of the prediction otherwise.
  var groups: [Int32] = []
  /// Regression models: a predictor the others nearly determine, and the share they explain.
  var nearlyDetermined: (predictor: String, explained: Double)? = nil
}

extension ModelDraw {
  /// Groups for a prediction per row: its decile among the drawn rows, so repair partners had
  /// nearly the same expected value.
  static func deciles(_ prediction: [Double]) -> [Int32] {
    let n = prediction.count
    var order = Array(0..<n)
    order.sort { prediction[$0] < prediction[$1] || (prediction[$0] == prediction[$1] && $0 < $1) }
    var groups = [Int32](repeating: 0, count: n)
    for (rank, row) in order.enumerated() { groups[row] = Int32(Int64(rank) * 10 / Int64(max(n, 1))) }
    return groups
  }
}
