@_extern(wasm, module: "wasi_snapshot_preview1", name: "clock_time_get")
@_extern(c)
private func wasiClockTimeGet(_ clock: UInt32, _ precision: UInt64, _ time: UnsafeMutablePointer<UInt64>) -> UInt16

/// The module's clock for the core's time budget (`TimeBudget`): WASI's monotonic clock (`clock_time_get`, clock
/// id 1) in seconds, so a model's `options.max_seconds` ends in `time_limit` under every WASI host. A host without
/// a clock (an error from `clock_time_get`) reads as time standing still: the budget never runs out.
enum WasiClock {
    private static let monotonic: UInt32 = 1

    /// A budget with the module's clock and no deadline of its own (hosts set theirs by epoch interruption).
    static let budget = TimeBudget(now: seconds)

    @Sendable static func seconds() -> Double {
        var nanoseconds: UInt64 = 0
        guard wasiClockTimeGet(monotonic, 1, &nanoseconds) == 0 else { return 0 }
        return Double(nanoseconds) * 1e-9
    }
}
