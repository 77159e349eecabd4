/// Fisher's F distribution with d₁, d₂ > 0 degrees of freedom, fractional allowed (matches mpmath:
/// P(F ≤ f) = I_x(d₁/2, d₂/2) with x = d₁f/(d₁f + d₂), A&S 26.6.2).
/// Invalid degrees (≤ 0, infinite or NaN) make every function return NaN.
public struct FisherF: Sendable {
    /// d₁, the numerator degrees of freedom.
    public let numeratorDegrees: Double
    /// d₂, the denominator degrees of freedom.
    public let denominatorDegrees: Double

    /// The F distribution with `numeratorDegrees` d₁ and `denominatorDegrees` d₂ (finite, > 0).
    public init(numeratorDegrees: Double, denominatorDegrees: Double) {
        self.numeratorDegrees = numeratorDegrees
        self.denominatorDegrees = denominatorDegrees
    }

    /// P(F ≤ f) (0 for f ≤ 0), accurate relative to itself in the lower tail.
    public func cdf(_ f: Double) -> Double { tails(f).lower }

    /// P(F > f) (1 for f ≤ 0), accurate relative to itself in the upper tail.
    public func survival(_ f: Double) -> Double { tails(f).upper }

    /// The f with P(F ≤ f) = p: 0 at 0, +∞ at 1, NaN outside [0, 1]; accurate relative to itself in both
    /// tails (Newton on the cdf for p < ½, on the survival function otherwise).
    public func quantile(_ p: Double) -> Double {
        guard isValid, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return .infinity }
        let lowerTail = p < 0.5
        let target = lowerTail ? p : 1 - p
        return TailInversion.solve(target: target, start: 1, increasing: lowerTail) { f in
            let (x, y, offset) = betaArguments(f)
            let ratios = SpecialFunctions.incompleteBetaRatios(a: a, b: b, x: x, y: y, centredOffset: offset)
            let slope = SpecialFunctions.betaPrefix(a: a, b: b, x: x, y: y, centredOffset: offset)
            return lowerTail ? (ratios.lower, slope / ratios.lower) : (ratios.upper, -slope / ratios.upper)
        }
    }

    private var a: Double { 0.5 * numeratorDegrees }
    private var b: Double { 0.5 * denominatorDegrees }

    private var isValid: Bool {
        numeratorDegrees > 0 && denominatorDegrees > 0 && numeratorDegrees.isFinite && denominatorDegrees.isFinite
    }

    private func tails(_ f: Double) -> (lower: Double, upper: Double) {
        guard isValid, !f.isNaN else { return (.nan, .nan) }
        if f <= 0 { return (0, 1) }
        if f == .infinity { return (1, 0) }
        let (x, y, offset) = betaArguments(f)
        return SpecialFunctions.incompleteBetaRatios(a: a, b: b, x: x, y: y, centredOffset: offset)
    }

    /// x = d₁f/(d₁f + d₂), y = d₂/(d₁f + d₂) and the centred offset λ = (d₂/2)x − (d₁/2)y
    /// = d₁d₂(f − 1)/(2(d₁f + d₂)), which keeps full relative accuracy when both degrees are huge.
    private func betaArguments(_ f: Double) -> (x: Double, y: Double, offset: Double) {
        let scaled = numeratorDegrees * f
        let sum = scaled + denominatorDegrees
        if sum.isFinite {
            let x = scaled / sum
            let y = denominatorDegrees / sum
            return (x, y, 0.5 * (f - 1) * (denominatorDegrees * (numeratorDegrees / sum)))
        }
        let y = denominatorDegrees / numeratorDegrees / f
        return (1 - y, y, SpecialFunctions.centredBetaOffset(a: a, b: b, x: 1 - y, y: y))
    }
}
