/// The chi-square distribution with k > 0 degrees of freedom, fractional allowed (matches mpmath:
/// P(X ≤ x) = P(k/2, x/2), the regularized incomplete gamma ratio, A&S 26.4.19).
/// Invalid k (≤ 0, infinite or NaN) makes every function return NaN.
public struct ChiSquared: Sendable {
    /// k, the degrees of freedom.
    public let degreesOfFreedom: Double

    /// The chi-square distribution with `degreesOfFreedom` k (finite, > 0, may be fractional or huge).
    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(X ≤ x) (0 for x ≤ 0), accurate relative to itself in the lower tail.
    public func cdf(_ x: Double) -> Double { tails(x).lower }

    /// P(X > x) (1 for x ≤ 0), accurate relative to itself in the upper tail.
    public func survival(_ x: Double) -> Double { tails(x).upper }

    /// The x with P(X ≤ x) = p: 0 at 0, +∞ at 1, NaN outside [0, 1]; accurate relative to itself in both
    /// tails (Newton on P for p < ½, on Q = 1 − p otherwise).
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        let a = 0.5 * degreesOfFreedom
        return 2 * (p < 0.5
            ? SpecialFunctions.inverseRegularizedGammaP(a: a, p: p)
            : SpecialFunctions.inverseRegularizedGammaQ(a: a, q: 1 - p))
    }

    private var isValid: Bool { degreesOfFreedom > 0 && degreesOfFreedom.isFinite }

    private func tails(_ x: Double) -> (lower: Double, upper: Double) {
        guard isValid, !x.isNaN else { return (.nan, .nan) }
        if x <= 0 { return (0, 1) }
        return SpecialFunctions.incompleteGammaRatios(a: 0.5 * degreesOfFreedom, x: 0.5 * x)
    }
}
