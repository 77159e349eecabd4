import Foundation
import PanelCore

/// The native host's clock and deadline for a request (`TimeBudget`): the monotonic clock (`clock_gettime`), so a
/// model's `options.max_seconds` works, and with `--max-seconds S` a deadline S seconds after the start. The core
/// checks it between steps of its long loops and answers `time_limit`; should a step outlast the deadline by more
/// than a grace period (a tenth of S, at least one second), a watchdog thread answers `time_limit` itself and ends
/// the process — so `--max-seconds` bounds the run whatever the core is doing.
final class HostDeadline: @unchecked Sendable {
    let budget: TimeBudget
    private let lock = NSLock()
    private var answered = false

    /// A deadline of `seconds` from now (nil: the clock only); `onExpiry` writes the watchdog's answer.
    init(seconds: Double?, onExpiry: @escaping @Sendable (_ seconds: Double) -> Void) {
        budget = TimeBudget(now: Self.monotonicSeconds, seconds: seconds ?? .infinity)
        guard let seconds else { return }
        Thread.detachNewThread { [self] in
            Thread.sleep(forTimeInterval: seconds + max(1, seconds / 10))
            lock.lock()  // held until the process ends: the main thread cannot start its answer any more
            guard !answered else { return lock.unlock() }
            onExpiry(seconds)
            exit(1)
        }
    }

    /// Called before writing the core's answer: from then on the watchdog stays silent. Should the watchdog be
    /// answering already, this waits until it ends the process.
    func claimAnswer() {
        lock.lock()
        defer { lock.unlock() }
        answered = true
    }

    /// Seconds on the monotonic clock.
    @Sendable static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// The value of `--max-seconds` (removed from `arguments` with it; nil when absent), and whether it was
    /// usable — when it is not a positive number, `panelcore COMMAND:` says so on standard error.
    static func maxSeconds(in arguments: inout [String], command: String) -> (seconds: Double?, valid: Bool) {
        guard let index = arguments.firstIndex(of: "--max-seconds") else { return (nil, true) }
        guard index + 1 < arguments.count, let seconds = Double(arguments[index + 1]), seconds > 0, seconds.isFinite else {
            standardError("panelcore \(command): --max-seconds needs a positive number of seconds")
            return (nil, false)
        }
        arguments.removeSubrange(index...(index + 1))
        return (seconds, true)
    }

    /// The error response a host gives when the deadline passes before the core answers (docs/ABI.md, "Errors").
    static func timeLimitResponse(seconds: Double) -> [UInt8] {
        Array(#"{"abi":1,"ok":false,"error":{"code":"time_limit","message":"the host's time limit of \#(JSONWriter.formatNumber(seconds)) s ran out","where":"/"}}"#.utf8)
    }
}
