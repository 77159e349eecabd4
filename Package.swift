// swift-tools-version: 6.0
import PackageDescription

// PanelCore: one dependency-free econometrics core (Swift standard library only, Embedded-Swift clean),
// a native CLI host, and tests. The WebAssembly module is built from the same sources by wasm/build.sh.
let package = Package(
    name: "PanelCore",
    products: [
        .library(name: "PanelCore", targets: ["PanelCore"]),
        .executable(name: "panelcore", targets: ["panelcore"]),
    ],
    targets: [
        // squareRoot() lowers to libm's sqrt in unoptimised native builds; the wasm build never needs it.
        .target(name: "PanelCore", linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),
        .executableTarget(name: "panelcore", dependencies: ["PanelCore"]),
        // The libFuzzer target of PanelCoreABI.respond (Tests/Fuzz/build-fuzzer.sh builds it with -D PANELCORE_FUZZ
        // and sanitizers); the ordinary build makes the same checks a replay tool for request files.
        .executableTarget(name: "PanelCoreFuzz", dependencies: ["PanelCore"]),
        .testTarget(name: "PanelCoreTests", dependencies: ["PanelCore"], exclude: ["Fixtures"]),
    ]
)
