/// `localsynth selfcheck`: runs the core's math and random generator over fixed inputs, prints a
/// digest of the exact result bits per function, and checks reference values.
///
/// Two builds whose digests match compute bit-identical results, which is what makes native and
/// browser output byte-identical; `scripts/parity.sh` compares them and a golden test pins them.
struct SelfCheckCommand: Subcommand {
  static let name = "selfcheck"
  static let abstract = "Check this build's math: digests of exact results and reference values."
  static let usage = "selfcheck"
  static let discussion = "Builds that print the same digests give byte-identical results for the same input and seed."
  static let options: [OptionSpec] = []

  init(_ a: inout Arguments) throws(UsageError) {
    try a.rejectUnknown(SelfCheckCommand.options)
    let extra = a.positionals()
    if let first = extra.first { throw a.error("unexpected argument '\(first)'") }
  }

  var inputPaths: [String] { [] }
  var outputPaths: [OutputPath] { [] }

  static let inputsPerFunction = 20_000

  func run(_ files: InputFiles, progress: @escaping ProgressHandler) throws(CommandError) -> CommandResult {
    var text = "function            inputs  digest\n"
    for (i, check) in SelfCheckCommand.functions.enumerated() {
      progress("checking", Double(i) / Double(SelfCheckCommand.functions.count))
      var rng = RandomGenerator(seed: UInt64(i + 1))
      var digest = Digest()
      // NaN sign and payload bits depend on the hardware (x86 and wasm differ), so all NaNs count as one.
      for _ in 0..<SelfCheckCommand.inputsPerFunction {
        let value = check.evaluate(&rng)
        digest.add(value.isNaN ? Double.nan.bitPattern : value.bitPattern)
      }
      text += Help.pad(check.name, 20) + Help.pad(String(SelfCheckCommand.inputsPerFunction), 8) + digest.hex + "\n"
    }
    var stream = RandomGenerator(seed: 20_260_101)
    var digest = Digest()
    for _ in 0..<SelfCheckCommand.inputsPerFunction { digest.add(stream.next()) }
    text += Help.pad("xoshiro256**", 20) + Help.pad(String(SelfCheckCommand.inputsPerFunction), 8) + digest.hex + "\n"

    var failures: [String] = []
    for r in SelfCheckCommand.references {
      let error = abs(r.actual - r.expected) / abs(r.expected)
      if !(error <= r.relativeTolerance) { failures.append(r.name + " = \(r.actual), expected \(r.expected)") }
    }
    text += "reference values: \(SelfCheckCommand.references.count - failures.count) of \(SelfCheckCommand.references.count) within tolerance\n"
    for f in failures { text += "  off: " + f + "\n" }
    var result = CommandResult()
    result.stdout = Array(text.utf8)
    if !failures.isEmpty {
      result.exitCode = 1
      result.stderr = Array("localsynth: error: \(failures.count) reference value\(failures.count == 1 ? "" : "s") out of tolerance; this build's math is not to be trusted\n".utf8)
    }
    progress("checking", 1)
    return result
  }

  /// FNV-1a over 64-bit words.
  struct Digest {
    var value: UInt64 = 0xCBF2_9CE4_8422_2325
    mutating func add(_ word: UInt64) {
      var w = word
      for _ in 0..<8 {
        value = (value ^ (w & 0xFF)) &* 0x0000_0100_0000_01B3
        w >>= 8
      }
    }
    var hex: String {
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 16 - digits.utf8.count) + digits
    }
  }

  struct Check {
    var name: String
    var evaluate: (inout RandomGenerator) -> Double
  }

  /// Each function on random inputs across its whole domain, including tails and subnormals.
  static var functions: [Check] {
    [
    Check(name: "exp") { r in Math.exp(-745 + 1455 * r.nextDouble()) },
    Check(name: "exp near 0") { r in Math.exp(4 * r.nextDouble() - 2) },
    Check(name: "log") { r in Math.log(Double(bitPattern: r.next() >> 1 | 1)) },
    Check(name: "log1p") { r in Math.log1p(-1 + 11 * r.nextDouble()) },
    Check(name: "expm1") { r in Math.expm1(-40 + 750 * r.nextDouble()) },
    Check(name: "pow") { r in Math.pow(100 * r.nextDouble(), 40 * r.nextDouble() - 20) },
    Check(name: "erf") { r in Math.erf(12 * r.nextDouble() - 6) },
    Check(name: "erfc") { r in Math.erfc(34 * r.nextDouble() - 6) },
    Check(name: "normalCDF") { r in Math.normalCDF(50 * r.nextDouble() - 40) },
    Check(name: "normalQuantile") { r in Math.normalQuantile(r.nextOpenDouble()) },
    Check(name: "normalQuantile tail") { r in Math.normalQuantile(Math.exp(-700 * r.nextDouble())) },
    Check(name: "lgamma") { r in Math.lgamma(200 * r.nextOpenDouble()) },
    Check(name: "digamma") { r in Math.digamma(100 * r.nextOpenDouble()) },
    Check(name: "gammaP") { r in Math.regularizedGammaP(50 * r.nextOpenDouble(), 100 * r.nextDouble()) },
    Check(name: "beta") { r in Math.regularizedBeta(r.nextDouble(), 20 * r.nextOpenDouble(), 20 * r.nextOpenDouble()) },
    Check(name: "normal draws") { r in r.nextNormal() },
    ]
  }

  struct Reference {
    var name: String
    var actual: Double
    var expected: Double
    var relativeTolerance: Double
  }

  /// Values computed with mpmath at 40 digits.
  static var references: [Reference] {
    [
      Reference(name: "exp(0.375)", actual: Math.exp(0.375), expected: 1.454991414618201336053793691987518508347, relativeTolerance: 3e-16),
      Reference(name: "exp(700)", actual: Math.exp(700), expected: 1.014232054735004509455329595231267615205e304, relativeTolerance: 3e-16),
      Reference(name: "log(1e-300)", actual: Math.log(1e-300), expected: -690.7755278982137051803383445701005029086, relativeTolerance: 3e-16),
      Reference(name: "erf(0.375)", actual: Math.erf(0.375), expected: 0.4041169094348222983238250859191217675304, relativeTolerance: 3e-16),
      Reference(name: "erf(-2.5)", actual: Math.erf(-2.5), expected: -0.9995930479825550410604357842600250872797, relativeTolerance: 3e-16),
      Reference(name: "normalQuantile(0.025)", actual: Math.normalQuantile(0.025), expected: -1.959963984540054211779584194227173967956, relativeTolerance: 1e-15),
      Reference(name: "normalQuantile(1e-300)", actual: Math.normalQuantile(1e-300), expected: -37.04709629936119923654704250489022234364, relativeTolerance: 1e-15),
      Reference(name: "lgamma(0.5)", actual: Math.lgamma(0.5), expected: 0.5723649429247000870717136756765293558236, relativeTolerance: 5e-16),
      Reference(name: "lgamma(100)", actual: Math.lgamma(100), expected: 359.1342053695753987760440104602869096126, relativeTolerance: 5e-16),
      Reference(name: "chiSquareSurvival(3.84, 1)", actual: Math.chiSquareSurvival(3.84, 1), expected: 0.05004352124870509894766366416241441026917, relativeTolerance: 1e-13),
    ]
  }
}
