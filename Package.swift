// swift-tools-version: 6.2
import PackageDescription

// SynthCore builds natively and as Embedded Swift for wasm32 (scripts/build-wasm.sh passes the
// wasm flags through wasm-toolset.json, because Package.swift cannot condition on that triple).
let package = Package(
  name: "LocalSynth",
  products: [
    .executable(name: "localsynth", targets: ["localsynth"]),
    .executable(name: "SynthWasm", targets: ["SynthWasm"]),
  ],
  targets: [
    .target(
      name: "SynthCore",
      swiftSettings: [
        .enableExperimentalFeature("Extern"),
        .treatWarning("EmbeddedRestrictions", as: .warning),
        // Tests run debug builds; unoptimised tree fitting is some 30 times slower.
        .unsafeFlags(["-O"], .when(configuration: .debug)),
      ],
      // squareRoot() links against sqrt when nothing imports Glibc.
      linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
    // The wasm module's sbrk (a C file, since Swift cannot grow a wasm memory); empty natively.
    .target(name: "SynthWasmHeap"),
    .executableTarget(
      name: "SynthWasm", dependencies: ["SynthCore", "SynthWasmHeap"],
      swiftSettings: [.enableExperimentalFeature("Extern")]),
    .executableTarget(name: "localsynth", dependencies: ["SynthCore"]),
    .testTarget(name: "SynthCoreTests", dependencies: ["SynthCore"], exclude: ["Fixtures", "Golden"]),
    .testTarget(name: "localsynthTests", dependencies: ["localsynth"]),
  ]
)
