/// Called as long work advances: a stage name and a fraction from 0 to 1. It never affects results.
public typealias ProgressHandler = (String, Double) -> Void

/// Passes progress on when the stage changes or the fraction grows by a percent, so loops can
/// report as often as they like without flooding a terminal or the wasm host.
struct ProgressReporter {
  private let handler: ProgressHandler
  private var stage = ""
  private var last = 0.0

  init(_ handler: @escaping ProgressHandler) { self.handler = handler }

  mutating func report(_ stage: String, _ fraction: Double) {
    guard stage != self.stage || fraction >= last + 0.01 || (fraction >= 1 && last < 1) else { return }
    self.stage = stage
    last = fraction
    handler(stage, fraction)
  }
}
