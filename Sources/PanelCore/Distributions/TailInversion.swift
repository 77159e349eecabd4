/// Inverts a monotone tail probability of a distribution on x > 0 — the shared engine of every quantile.
///
/// Newton's method on log(tail) against log x (tails are close to linear there: power laws exactly,
/// Gaussian and gamma tails nearly), with the residual log(tail/target) taken as log1p of the relative
/// difference so the last steps keep full relative accuracy even at 1e-300, and a bracket with
/// geometric bisection as a safeguard. Quantiles below the smallest normal double come back as 0,
/// above the largest finite double as +∞. The iteration is capped at `stepLimit` steps (a NaN tail, which no
/// comparison accepts, would otherwise never stop it); the cap returns the last iterate.
enum TailInversion {
    /// Newton or bisection steps before `solve` gives up and returns its last iterate.
    static let stepLimit = 400

    /// The x > 0 with `tail(x) == target`, for 0 < target < 1. `evaluate(x)` returns the tail and its
    /// log-log slope d log(tail)/d log x (positive when the tail increases with x, as a cdf does).
    static func solve(
        target: Double, start: Double, increasing: Bool,
        evaluate: (Double) -> (tail: Double, logSlope: Double)
    ) -> Double {
        var lower = 0.0
        var upper = Double.infinity
        var x = min(max(start, Double.leastNormalMagnitude), Double.greatestFiniteMagnitude)
        for _ in 0..<stepLimit {
            let (tail, logSlope) = evaluate(x)
            if tail == target { return x }
            if (tail < target) == increasing { lower = x } else { upper = x }
            if upper <= Double.leastNormalMagnitude { return 0 }
            if lower >= Double.greatestFiniteMagnitude { return .infinity }
            if upper < .infinity && upper - lower <= 4e-16 * upper { return x }
            var next = x + x * Elementary.expm1(-logRatio(tail, target) / logSlope)
            if !(next > lower && next < upper) {
                next = safeguardedStep(lower: lower, upper: upper)
            }
            if abs(next - x) <= 2e-16 * x { return next }
            x = next
        }
        return x
    }

    /// log(tail/target), through log1p of the relative difference when they are close.
    private static func logRatio(_ tail: Double, _ target: Double) -> Double {
        let relativeDifference = (tail - target) / target
        if abs(relativeDifference) < 0.5 { return Elementary.log1p(relativeDifference) }
        return Elementary.log(tail) - Elementary.log(target)
    }

    /// The bracket's geometric midpoint, or a jump by 2^10 towards the open end.
    private static func safeguardedStep(lower: Double, upper: Double) -> Double {
        if upper == .infinity { return min(lower * 1024, Double.greatestFiniteMagnitude) }
        if lower == 0 { return max(upper / 1024, Double.leastNormalMagnitude) }
        return lower.squareRoot() * upper.squareRoot()
    }

    /// The quantile of a distribution symmetric about 0 from its upper half: for q = min(p, 1 − p) it solves
    /// upper tail = q when q < ¼, else central probability = ½ − q (exact), so both the far tails and p ≈ ½
    /// keep relative accuracy. `start(q)` guesses the answer; `evaluate(x, central)` returns (upper tail or,
    /// when `central`, P(0 < X ≤ x), with its log-log slope).
    static func symmetricQuantile(
        _ p: Double, start: (Double) -> Double,
        evaluate: (Double, Bool) -> (tail: Double, logSlope: Double)
    ) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p < 0.5 ? p : 1 - p
        if q == 0.5 { return 0 }
        let guess = start(q)
        let magnitude = q < 0.25
            ? solve(target: q, start: guess, increasing: false) { evaluate($0, false) }
            : solve(target: 0.5 - q, start: guess, increasing: true) { evaluate($0, true) }
        return p < 0.5 ? -magnitude : magnitude
    }
}
