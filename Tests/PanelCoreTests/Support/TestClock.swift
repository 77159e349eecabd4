@testable import PanelCore

/// A deterministic clock for time-budget tests: every reading advances it by one second, so a budget of s seconds
/// runs out at the ⌈s⌉-th check after it was made, whatever the machine's speed.
final class TestClock: @unchecked Sendable {
    private var seconds = 0.0

    func now() -> Double {
        seconds += 1
        return seconds
    }

    /// A budget of `seconds` on a fresh test clock.
    static func budget(seconds: Double) -> TimeBudget {
        let clock = TestClock()
        return TimeBudget(now: { clock.now() }, seconds: seconds)
    }
}
