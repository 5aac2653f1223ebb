/// The evaluation's settings with a value, declared once as `SynthesisSetting`s are: key, flag,
/// kind with its bounds, help, label and how it reads and writes `EvaluationConfig`. The flag
/// parser of `evaluate` and `synth`, `--help` and `localsynth settings --json` (from which the page
/// draws its form) are built from this table, so the page offers them without a copy of a bound
/// or a default.
struct EvaluationSetting: Sendable {
  /// A synthesis setting's kind, or one only the evaluation has.
  enum Kind: Sendable {
    case setting(SynthesisSetting.Kind)
    /// Model formulas (`ModelFormula`), repeatable on the command line; a list of texts in the file.
    case models
  }

  let key: String
  let flag: String
  let placeholder: String
  let kind: Kind
  let help: String
  /// Its label in English, the catalogues' key for its label in another language.
  let english: String
  let get: @Sendable (EvaluationConfig) -> JSONValue
  let set: @Sendable (inout EvaluationConfig, JSONValue) -> Void

  func label(_ w: Wording) -> String { w(Phrase(verbatim: english)) }

  static let groups = EvaluationSetting(
    key: "groups", flag: "--groups", placeholder: "N", kind: .setting(.whole(2...100)),
    help: "Quantile groups for numbers in S_pMSE tables (default: 5; DUO uses 25).", english: "Groups for numbers in the utility tables",
    get: { .number(Double($0.groups)) }, set: { $0.groups = $1.numberValue?.integer(as: Int.self) ?? 5 })
  static let distanceSample = EvaluationSetting(
    key: "distanceSample", flag: "--distance-sample", placeholder: "N", kind: .setting(.whole(1...100_000)),
    help: "Rows sampled per side for distances to the closest record (default: 1000).", english: "Rows sampled for the distances",
    get: { .number(Double($0.distanceSample)) }, set: { $0.distanceSample = $1.numberValue?.integer(as: Int.self) ?? 1000 })
  static let models = EvaluationSetting(
    key: "models", flag: "--model", placeholder: "\"Y ~ A + B\"", kind: .models,
    help: "Fit this model on the real data and on every synthetic copy and compare the coefficients, as synthpop's compare.fit: y ~ a + b + a:b, y ~ a * b, y ~ . (all other columns), - 1 for no intercept.",
    english: "Models to compare",
    get: { .array($0.models.map { .string($0.text) }) },
    set: { c, v in c.models = (v.arrayValue ?? []).compactMap { item in item.stringValue.flatMap { try? ModelFormula($0) } } })
  static let family = EvaluationSetting(
    key: "family", flag: "--family", placeholder: "auto|gaussian|binomial|poisson",
    kind: .setting(.choice([
      .init("auto", "binomial for a boolean or two-category outcome, else gaussian"), .init("gaussian", "gaussian (linear regression)"),
      .init("binomial", "binomial (logistic regression)"), .init("poisson", "poisson (log-linear, counts)"),
    ])),
    help: "Family of the --model fits (default: auto, binomial for a boolean or two-category outcome, gaussian otherwise).",
    english: "Family of the models",
    get: { .string($0.family?.rawValue ?? "auto") },
    set: { c, v in c.family = v.stringValue.flatMap { GLMFamily(rawValue: $0) } })
  static let all = [groups, distanceSample, models, family]

  /// Its row in `--help`.
  var spec: OptionSpec {
    if case .models = kind { return OptionSpec(name: flag, value: placeholder, help: help, repeatable: true) }
    return OptionSpec(name: flag, value: placeholder, help: help)
  }

  /// Reads its flag; nil when it was not given.
  func parse(_ a: inout Arguments) throws(UsageError) -> JSONValue? {
    switch kind {
    case .setting(let kind):
      return try SynthesisOptionFlags.parse(kind, flag: flag, placeholder: placeholder, &a)
    case .models:
      let texts = try a.values(flag)
      if let error = ModelFormula.firstError(texts) {
        throw a.error("option '\(flag)': model '\(error.shown)', at character \(error.position): \(error.message)")
      }
      return texts.isEmpty ? nil : .array(texts.map { .string($0) })
    }
  }
}
