/// Student's t distribution with ν > 0 degrees of freedom, fractional allowed, ν = +∞ being the standard
/// normal (matches mpmath: P(T ≤ t) = 1 − ½ I_(ν/(ν+t²))(ν/2, ½) for t > 0, DLMF 8.17 / A&S 26.7.1).
/// Invalid ν (≤ 0 or NaN) makes every function return NaN.
public struct StudentT: Sendable {
    /// ν, the degrees of freedom.
    public let degreesOfFreedom: Double

    /// The t distribution with `degreesOfFreedom` ν (> 0, may be fractional, huge or +∞).
    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(T ≤ t), accurate relative to itself in the lower tail.
    public func cdf(_ t: Double) -> Double { tails(t).lower }

    /// P(T > t), accurate relative to itself in the upper tail.
    public func survival(_ t: Double) -> Double { tails(t).upper }

    /// P(|T| ≥ |t|) = I_(ν/(ν+t²))(ν/2, ½) (twice the computed upper tail, an exact doubling).
    public func twoSidedPValue(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if degreesOfFreedom == .infinity { return 2 * StandardNormal.survival(abs(t)) }
        if t == 0 { return 1 }
        return 2 * upperHalf(abs(t)).tail
    }

    /// The t with P(T ≤ t) = p: ∓∞ at 0 and 1, NaN outside [0, 1]; accurate relative to itself in both
    /// tails and near p = ½ (Newton on the accurate tail or central probability).
    public func quantile(_ p: Double) -> Double {
        guard isValid else { return .nan }
        if degreesOfFreedom == .infinity { return StandardNormal.quantile(p) }
        return TailInversion.symmetricQuantile(p, start: approximateUpperQuantile) { t, central in
            let half = upperHalf(t)
            let value = central ? half.central : half.tail
            return (value, (central ? half.slope : -half.slope) / value)
        }
    }

    private var isValid: Bool { degreesOfFreedom > 0 }

    private func tails(_ t: Double) -> (lower: Double, upper: Double) {
        guard isValid, !t.isNaN else { return (.nan, .nan) }
        if degreesOfFreedom == .infinity { return StandardNormal.tails(t) }
        if t == 0 { return (0.5, 0.5) }
        let half = upperHalf(abs(t))
        return t > 0 ? (0.5 + half.central, half.tail) : (half.tail, 0.5 + half.central)
    }

    /// For t > 0: P(T > t) = ½ I_x(ν/2, ½), P(0 < T ≤ t) = ½ I_y(½, ν/2) and t·density(t) = x^(ν/2) y^½ / B,
    /// with x = ν/(ν+t²), y = t²/(ν+t²) formed without overflow. Once x < 1e-300 (far past where the tail
    /// is representable unless ν is small) the power law x^(ν/2)/((ν/2) B(ν/2, ½)) is exact to rounding,
    /// taken through log x = log ν − 2 log t so that it survives x underflowing.
    private func upperHalf(_ t: Double) -> (tail: Double, central: Double, slope: Double) {
        let a = 0.5 * degreesOfFreedom
        let square = t * t
        if square <= degreesOfFreedom {
            let ratio = square / degreesOfFreedom
            return betaHalves(a: a, x: 1 / (1 + ratio), y: ratio / (1 + ratio))
        }
        let ratio = degreesOfFreedom / t / t
        if ratio >= 1e-300 { return betaHalves(a: a, x: ratio / (1 + ratio), y: 1 / (1 + ratio)) }
        let logSlope = a * (Elementary.log(degreesOfFreedom) - 2 * Elementary.log(t)) - SpecialFunctions.logBeta(a, 0.5)
        let tail = 0.5 * Elementary.exp(logSlope) / a
        return (tail, 0.5 - tail, Elementary.exp(logSlope))
    }

    private func betaHalves(a: Double, x: Double, y: Double) -> (tail: Double, central: Double, slope: Double) {
        let ratios = SpecialFunctions.incompleteBetaRatios(a: a, b: 0.5, x: x, y: y)
        return (0.5 * ratios.lower, 0.5 * ratios.upper, SpecialFunctions.betaPrefix(a: a, b: 0.5, x: x, y: y))
    }

    /// A start for Newton with upper tail q: the normal quantile with the first Cornish–Fisher term, or
    /// for heavy tails the power law P(T > t) ≈ (ν/t²)^(ν/2) / (ν B(ν/2, ½)), whichever is larger.
    private func approximateUpperQuantile(_ q: Double) -> Double {
        let nu = degreesOfFreedom
        let z = StandardNormal.approximateUpperQuantile(q)
        let cornishFisher = z * (1 + (z * z + 1) / (4 * max(nu, 1)))
        let logPowerLaw = 0.5 * Elementary.log(nu)
            - (Elementary.log(q) + Elementary.log(nu) + SpecialFunctions.logBeta(0.5 * nu, 0.5)) / nu
        return max(cornishFisher, Elementary.exp(min(logPowerLaw, 700)))
    }
}
