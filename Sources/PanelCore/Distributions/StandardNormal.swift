/// The standard normal distribution N(0, 1) (matches mpmath `ncdf` and its inverse).
public enum StandardNormal {
    /// Φ(z) = P(Z ≤ z), accurate relative to itself in the lower tail down to the subnormal range.
    /// NaN for NaN.
    public static func cdf(_ z: Double) -> Double { tails(z).lower }

    /// 1 − Φ(z) = P(Z > z), accurate relative to itself in the upper tail (≈ 1e-300 at z ≈ 37).
    /// NaN for NaN.
    public static func survival(_ z: Double) -> Double { tails(z).upper }

    /// The z with Φ(z) = p: −∞ at 0, +∞ at 1, NaN outside [0, 1]. Newton on the accurate tail, so
    /// the result is accurate relative to itself for p down to the subnormal range and near ½.
    public static func quantile(_ p: Double) -> Double {
        TailInversion.symmetricQuantile(p, start: approximateUpperQuantile) { z, central in
            let slope = z * density(z)
            if central {
                let value = centralProbability(z)
                return (value, slope / value)
            }
            let value = tails(z).upper
            return (value, -slope / value)
        }
    }

    /// The density φ(z) = e^(−z²/2)/√(2π), with z² formed exactly.
    static func density(_ z: Double) -> Double {
        SpecialFunctions.exponentialOfNegativeSquare(z, scale: 0.5) * inverseSqrtTwoPi
    }

    /// Φ(z) − ½ for z ≥ 0, accurate relative to itself as z → 0 (½ erf(z/√2)).
    static func centralProbability(_ z: Double) -> Double {
        let w = z * sqrtHalf
        if w < 0.5 { return 0.5 * SpecialFunctions.erfSeries(w) }
        return 0.5 - tails(z).upper
    }

    /// (Φ(z), 1 − Φ(z)); the smaller is ½ e^(−z²/2) · e^(w²) erfc(w) with w = |z|/√2 and z² exact.
    static func tails(_ z: Double) -> (lower: Double, upper: Double) {
        if z.isNaN { return (z, z) }
        let w = abs(z) * sqrtHalf
        if w < 0.5 {
            let central = 0.5 * SpecialFunctions.erfSeries(z * sqrtHalf)
            return (0.5 + central, 0.5 - central)
        }
        let small = abs(z) > 38.6
            ? 0 : 0.5 * SpecialFunctions.exponentialOfNegativeSquare(z, scale: 0.5) * SpecialFunctions.scaledErfc(w)
        return z > 0 ? (1 - small, small) : (small, 1 - small)
    }

    /// A start for Newton: Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4) for the z > 0 whose upper
    /// tail is q ≤ ½.
    static func approximateUpperQuantile(_ q: Double) -> Double {
        let t = (-2 * Elementary.log(q)).squareRoot()
        let numerator = 2.515517 + t * (0.802853 + t * 0.010328)
        let denominator = 1 + t * (1.432788 + t * (0.189269 + t * 0.001308))
        return max(t - numerator / denominator, 1e-3)
    }

    static let sqrtHalf = 0.7071067811865476
    static let inverseSqrtTwoPi = 0.3989422804014327
}
