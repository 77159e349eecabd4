import Glibc

// Native host of the benchmark: CLOCK_MONOTONIC and glibc's libm as the platform implementation.
@main
struct NativeBenchmark {
    static func main() {
        runBenchmark(clock: monotonicNanoseconds, platform: glibc)
    }

    static func monotonicNanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static let glibc: [(Double, Double) -> Double] = [
        { x, _ in Glibc.exp(x) },
        { x, _ in Glibc.log(x) },
        { x, y in Glibc.pow(x, y) },
    ]
}
