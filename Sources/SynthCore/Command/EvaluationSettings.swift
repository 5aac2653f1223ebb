/// The evaluation's settings with a value, declared once as `SynthesisSetting`s are: key, flag,
/// kind with its bounds, help, label and how it reads and writes `EvaluationConfig`. The flag
/// parser of `evaluate` and `synth`, `--help` and `localsynth settings --json` (from which the page
/// draws its form) are built from this table, so the page offers them without a copy of a bound
/// or a default.
struct EvaluationSetting: Sendable {
  let key: String
  let flag: String
  let placeholder: String
  let kind: SynthesisSetting.Kind
  let help: String
  /// Its label in English, the catalogues' key for its label in another language.
  let english: String
  let get: @Sendable (EvaluationConfig) -> JSONValue
  let set: @Sendable (inout EvaluationConfig, JSONValue) -> Void

  func label(_ w: Wording) -> String { w(Phrase(verbatim: english)) }

  static let groups = EvaluationSetting(
    key: "groups", flag: "--groups", placeholder: "N", kind: .whole(2...100),
    help: "Quantile groups for numbers in S_pMSE tables (default: 5; DUO uses 25).", english: "Groups for numbers in the utility tables",
    get: { .number(Double($0.groups)) }, set: { $0.groups = $1.numberValue?.integer(as: Int.self) ?? 5 })
  static let distanceSample = EvaluationSetting(
    key: "distanceSample", flag: "--distance-sample", placeholder: "N", kind: .whole(1...100_000),
    help: "Rows sampled per side for distances to the closest record (default: 1000).", english: "Rows sampled for the distances",
    get: { .number(Double($0.distanceSample)) }, set: { $0.distanceSample = $1.numberValue?.integer(as: Int.self) ?? 1000 })
  static let all = [groups, distanceSample]

  /// Its row in `--help`.
  var spec: OptionSpec { OptionSpec(name: flag, value: placeholder, help: help) }
}
