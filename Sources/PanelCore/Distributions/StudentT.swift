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

    /// P(|T| ≥ |t|) = I_(ν/(ν+t²))(ν/2, ½), computed directly (no doubling of a rounded tail).
    public func twoSidedPValue(_ t: Double) -> Double {
        guard isValid, !t.isNaN else { return .nan }
        if degreesOfFreedom == .infinity { return 2 * StandardNormal.survival(abs(t)) }
        if t == 0 { return 1 }
        return upperHalf(abs(t)).ratios.lower
    }

    /// The t with P(T ≤ t) = p: ∓∞ at 0 and 1, NaN outside [0, 1]; accurate relative to itself in both
    /// tails and near p = ½ (Newton on the accurate tail or central probability).
    public func quantile(_ p: Double) -> Double {
        guard isValid else { return .nan }
        if degreesOfFreedom == .infinity { return StandardNormal.quantile(p) }
        return TailInversion.symmetricQuantile(p, start: approximateUpperQuantile) { t, central in
            let half = upperHalf(t)
            let slope = SpecialFunctions.betaPrefix(a: 0.5 * degreesOfFreedom, b: 0.5, x: half.x, y: half.y)
            if central {
                let value = 0.5 * half.ratios.upper
                return (value, slope / value)
            }
            let value = 0.5 * half.ratios.lower
            return (value, -slope / value)
        }
    }

    private var isValid: Bool { degreesOfFreedom > 0 }

    private func tails(_ t: Double) -> (lower: Double, upper: Double) {
        guard isValid, !t.isNaN else { return (.nan, .nan) }
        if degreesOfFreedom == .infinity { return StandardNormal.tails(t) }
        if t == 0 { return (0.5, 0.5) }
        let ratios = upperHalf(abs(t)).ratios
        let tail = 0.5 * ratios.lower
        let central = 0.5 * ratios.upper
        return t > 0 ? (0.5 + central, tail) : (tail, 0.5 + central)
    }

    /// For t > 0: x = ν/(ν+t²), y = t²/(ν+t²) (both to full relative accuracy, no overflow) and
    /// (I_x(ν/2, ½), 1 − I_x) = (2 P(T > t), 2 P(0 < T ≤ t)).
    private func upperHalf(_ t: Double) -> (x: Double, y: Double, ratios: (lower: Double, upper: Double)) {
        let square = t * t
        let x: Double
        let y: Double
        if square <= degreesOfFreedom {
            let ratio = square / degreesOfFreedom
            (x, y) = (1 / (1 + ratio), ratio / (1 + ratio))
        } else {
            let ratio = degreesOfFreedom / t / t
            (x, y) = (ratio / (1 + ratio), 1 / (1 + ratio))
        }
        return (x, y, SpecialFunctions.incompleteBetaRatios(a: 0.5 * degreesOfFreedom, b: 0.5, x: x, y: y))
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
