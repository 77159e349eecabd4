import Glibc

// Times FixedEffectsAbsorber on a simulated firm × year panel with two-way fixed effects (6 columns; one of them
// in the span of the dummies). Usage: run.sh [firms] [years] [keepPercent]. Not part of the test suite.

func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

let arguments = CommandLine.arguments
let firms = arguments.count > 1 ? Int(arguments[1])! : 100_000
let years = arguments.count > 2 ? Int(arguments[2])! : 10
let keepPercent = arguments.count > 3 ? Int(arguments[3])! : 100
var random = Xoshiro256StarStar(seed: 20261121)
func uniform() -> Double { random.nextUniform() }

var firmOf: [Int] = [], yearOf: [Int] = []
for f in 0..<firms {
    for t in 0..<years where Int(uniform() * 100) < keepPercent {
        firmOf.append(f)
        yearOf.append(t)
    }
}
let n = firmOf.count
let firmEffect = (0..<firms).map { _ in uniform() * 4 }, yearEffect = (0..<years).map { _ in uniform() }
var columns = Matrix(rows: n, columns: 6)
for i in 0..<n {
    columns[i, 0] = firmEffect[firmOf[i]] - 3 * yearEffect[yearOf[i]]
    for j in 1..<6 { columns[i, j] = uniform() + Double(j) * firmEffect[firmOf[i]] + yearEffect[yearOf[i]] * Double(j % 3) }
}
let start = seconds()
let cpuStart = clock()
let factors = [FixedEffectFactor(name: "firm", levelOf: firmOf, levelCount: firms),
               FixedEffectFactor(name: "year", levelOf: yearOf, levelCount: years)]
let kept = SingletonFilter.keptObservations(factors)
let prepared = seconds()
let result = FixedEffectsAbsorber(factors: factors).absorb(columns)
let finished = seconds()
let cpuSeconds = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
var spanResidual = 0.0, spanNorm = 0.0
for i in 0..<n {
    spanResidual += result.residualised[i, 0] * result.residualised[i, 0]
    spanNorm += columns[i, 0] * columns[i, 0]
}
print("n = \(n), singletons dropped \(kept.droppedCount) in \(prepared - start) s")
print("filter + absorb CPU time \(cpuSeconds) s (wall times are inflated on a loaded machine)")
print("absorb 6 columns: \(finished - prepared) s wall, iterations \(result.iterations), converged \(result.converged)")
print("in-span column residual / norm = \((spanResidual / spanNorm).squareRoot())")
