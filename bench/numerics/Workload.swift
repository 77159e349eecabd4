// The shared part of the numerics micro-benchmark: inputs, the timing loop and the report line.
// Compiled together with Sources/PanelCore/Numerics and Sources/PanelCore/Random into one module,
// once natively (NativeMain.swift) and once for Embedded wasm (WasmMain.swift).

/// Inputs of one benchmark row; drawn with Xoshiro256StarStar so every build times the same values.
struct BenchmarkInputs {
    static let count = 1 << 12
    var first: [Double] = []
    var second: [Double] = []

    /// exp: uniform on [−100, 100]; log: log-uniform on [1e−10, 1e10]; pow: x log-uniform on
    /// [1e−3, 1e3], y uniform on [−10, 10].
    static func make(_ kind: String) -> BenchmarkInputs {
        var random = Xoshiro256StarStar(seed: 2026)
        var inputs = BenchmarkInputs()
        for _ in 0..<count {
            let u = random.nextUniform()
            let v = random.nextUniform()
            switch kind {
            case "exp": inputs.first.append(200 * u - 100)
            case "log": inputs.first.append(Elementary.exp((20 * u - 10) * 2.302585092994046))
            default:
                inputs.first.append(Elementary.exp((6 * u - 3) * 2.302585092994046))
                inputs.second.append(20 * v - 10)
            }
        }
        return inputs
    }
}

/// One timed pass over the inputs: elapsed nanoseconds, and the bits of the sum of the results
/// (which keeps the calls from being optimised away and shows that two builds computed the same).
func timedPass(
    _ inputs: BenchmarkInputs, clock: () -> UInt64, _ function: (Double, Double) -> Double
) -> (nanoseconds: UInt64, checksum: UInt64) {
    let start = clock()
    var sum = 0.0
    if inputs.second.isEmpty {
        for x in inputs.first { sum += function(x, 0) }
    } else {
        for i in 0..<inputs.first.count { sum += function(inputs.first[i], inputs.second[i]) }
    }
    return (clock() - start, sum.bitPattern)
}

/// Runs our three functions and, when given, the platform's `[exp, log, pow]`, in alternating short
/// passes (best of 301 each, so passes interrupted on a shared machine do not count), and prints one
/// line per row:
/// `<function> <implementation> <picoseconds per call> <checksum>`.
func runBenchmark(clock: () -> UInt64, platform: [(Double, Double) -> Double]) {
    let rows: [(String, (Double, Double) -> Double)] = [
        ("exp", { x, _ in Elementary.exp(x) }),
        ("log", { x, _ in Elementary.log(x) }),
        ("pow", { x, y in Elementary.pow(x, y) }),
    ]
    for (index, (name, ours)) in rows.enumerated() {
        let inputs = BenchmarkInputs.make(name)
        var best: [UInt64] = [.max, .max]
        var checksums: [UInt64] = [0, 0]
        for _ in 0..<301 {
            let mine = timedPass(inputs, clock: clock, ours)
            (best[0], checksums[0]) = (min(best[0], mine.nanoseconds), mine.checksum)
            if index < platform.count {
                let theirs = timedPass(inputs, clock: clock, platform[index])
                (best[1], checksums[1]) = (min(best[1], theirs.nanoseconds), theirs.checksum)
            }
        }
        let perCall = best.map { $0 == .max ? 0 : Int($0 * 1000 / UInt64(BenchmarkInputs.count)) }
        print("\(name) ours \(perCall[0]) \(checksums[0])")
        if index < platform.count { print("\(name) platform \(perCall[1]) \(checksums[1])") }
    }
}
