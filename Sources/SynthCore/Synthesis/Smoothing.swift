// Temporary stub, replaced by the real implementation.
enum Smoothing {
  static func smooth(_ synthetic: inout [Double], observedMin: Double, observedMax: Double, decimals: Int?, rng: inout RandomGenerator) {}
}
