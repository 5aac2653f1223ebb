/// Every random stream of a run, named in one place. Each starts from the run's seed combined with
/// its own constant, so no two stages draw the same numbers (the distance sample once started
/// from the synthesiser's own seed), and a stage can change how much it draws without moving
/// the draws of any other. Constants of streams that existed before the names keep their values,
/// so their outputs did not change.
enum RandomStream: UInt64 {
  /// The synthesiser: CART and per-column models, the copula's draws.
  case synthesis = 0
  /// CART within strata: one seed per stratum.
  case strata = 0x57A7_A000_0000_0003
  /// The copula's columns without any observed value.
  case copulaEmptyColumns = 0x0E3B_7C01_A55E_D00D
  /// `--holdout`: which real rows are kept back.
  case holdoutSplit = 0x4011_d0e7
  /// The evaluation's CART propensity model (its permutations).
  case propensity = 0x9A0B_7E11_51C3_0001
  /// Specific utility without a holdout: the 30% test rows.
  case specificUtilitySplit = 0x5eed_7e57
  /// The baseline of identical rows between two random halves of the real data.
  case identicalBaseline = 0x4a1f
  /// The rows whose distance to the closest record is measured.
  case distanceSample = 0xD15_7A9C_E5A3_0002
  /// Re-drawing values that break a rule (`RuleEnforcement`), one generator per copy's pass.
  case rules = 0x7E1E_5000_0000_0004
  /// `--proper`: each variable's bootstrap weights, drawn before any tree is fitted, so the fits
  /// can run at once.
  case bootstrap = 0x7E1E_5000_0000_0006
  /// `--tune`: the training and validation halves, and the seed of every trial.
  case tuning = 0x7E1E_5000_0000_0005
}

extension RandomGenerator {
  /// The generator of `stream` for a run with `seed`.
  init(seed: UInt64, stream: RandomStream) {
    self.init(seed: seed ^ stream.rawValue)
  }
}
