// Embedded-wasm host of the benchmark: the WASI monotonic clock; no platform libm row.

/// wasi-libc's binding of WASI `clock_time_get` (clock id, precision, result pointer) -> errno.
@_extern(c, "__wasi_clock_time_get")
func wasiClockTimeGet(_ clockID: UInt32, _ precision: UInt64, _ time: UnsafeMutablePointer<UInt64>) -> UInt16

@main
struct WasmBenchmark {
    static func main() {
        runBenchmark(clock: monotonicNanoseconds, platform: [])
    }

    static func monotonicNanoseconds() -> UInt64 {
        var time: UInt64 = 0
        _ = wasiClockTimeGet(1, 1, &time)  // clock 1 = monotonic
        return time
    }
}
