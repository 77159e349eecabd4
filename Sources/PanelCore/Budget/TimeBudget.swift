/// The time one request may take, on a clock the host supplies (the core reads no clock: the native CLI passes a
/// monotonic clock, the wasm entry WASI's `clock_time_get`). `now()` gives seconds on any steadily increasing
/// scale; `deadline` is a point on that scale (+infinity: none). Long loops — replications, fixed-effects
/// iterations, spatial and threshold searches, the Anderson–Rubin grid — call `check` between steps, which throws
/// `time_limit` once the deadline has passed. The budget only decides whether a request answers or errs: a request
/// that finishes in time gives the same bytes with or without one. Without a clock (`unlimited`) nothing is checked.
public struct TimeBudget: Sendable {
    /// The host's clock in seconds; nil when the host gives none.
    public let now: (@Sendable () -> Double)?
    /// When the budget runs out, on the clock's scale.
    public let deadline: Double
    /// The length of the budget in seconds, for the message.
    let seconds: Double

    /// A budget of `seconds` from now on the host's clock `now` (+infinity: a clock for `options.max_seconds`,
    /// no deadline of the host's own).
    public init(now: @escaping @Sendable () -> Double, seconds: Double = .infinity) {
        self.now = now
        self.seconds = seconds
        self.deadline = now() + seconds
    }

    private init(now: (@Sendable () -> Double)?, deadline: Double, seconds: Double) {
        self.now = now
        self.deadline = deadline
        self.seconds = seconds
    }

    /// No clock and no deadline: nothing is ever checked.
    public static let unlimited = TimeBudget(now: nil, deadline: .infinity, seconds: .infinity)

    /// This budget, ending after `seconds` from now if that is earlier (a model's `options.max_seconds`). Without
    /// a clock it stays unlimited.
    func limited(toSeconds limit: Double) -> TimeBudget {
        guard let now else { return self }
        let end = now() + limit
        return end < deadline ? TimeBudget(now: now, deadline: end, seconds: limit) : self
    }

    /// Whether the deadline has passed.
    var isExpired: Bool {
        guard let now, deadline < .infinity else { return false }
        return now() > deadline
    }

    /// Throws `time_limit` at `location` once the deadline has passed; `activity` says what was running
    /// ("fixed-effects iteration 512", "replication 40 of 1000").
    func check(_ activity: @autoclosure () -> String, at location: String) throws(PanelError) {
        guard isExpired else { return }
        throw exhausted(during: activity(), at: location)
    }

    /// The `time_limit` error: the budget ran out during `activity`.
    func exhausted(during activity: String, at location: String) -> PanelError {
        PanelError(.timeLimit, "the time budget of \(JSONWriter.formatNumber(seconds)) s ran out during \(activity)", at: location)
    }
}
