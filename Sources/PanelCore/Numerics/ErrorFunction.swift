/// The error function and its complement (DLMF 7.2.1, 7.2.2).
extension SpecialFunctions {
    /// erf(x) (mpmath `erf`): Maclaurin series for |x| < ½, else 1 − erfc(|x|) with the sign of x.
    /// NaN for NaN; ±1 for ±∞.
    public static func erf(_ x: Double) -> Double {
        if x.isNaN { return x }
        if abs(x) < 0.5 { return erfSeries(x) }
        let tail = positiveErfc(abs(x))
        return x > 0 ? 1 - tail : tail - 1
    }

    /// erfc(x) = 1 − erf(x) (mpmath `erfc`), accurate relative to itself for large x down to the
    /// subnormal range (0 beyond x ≈ 27.3). NaN for NaN; 0 at +∞, 2 at −∞.
    public static func erfc(_ x: Double) -> Double {
        if x.isNaN { return x }
        if abs(x) < 0.5 { return 1 - erfSeries(x) }
        return x > 0 ? positiveErfc(x) : 2 - positiveErfc(-x)
    }

    /// erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1)/(n!(2n+1)) for |x| < ½ (DLMF 7.6.1).
    static func erfSeries(_ x: Double) -> Double {
        let square = x * x
        var power = x
        var sum = x
        var n = 1.0
        while n < 40 {
            power *= -square / n
            let term = power / (2 * n + 1)
            sum += term
            if abs(term) <= abs(sum) * 1e-17 { break }
            n += 1
        }
        return twoOverSqrtPi * sum
    }

    /// erfc(x) for x ≥ ½: e^(−x²) (exact square) times the scaled complement.
    private static func positiveErfc(_ x: Double) -> Double {
        if x > 27.3 { return 0 }
        return exponentialOfNegativeSquare(x, scale: 1) * scaledErfc(x)
    }

    /// e^(x²) erfc(x) for x ≥ ½ (mpmath `erfc(x)*exp(x**2)`), from erfc(x) = Q(½, x²) and Legendre's
    /// continued fraction; smooth in x, so rounding x (e.g. z/√2) costs only an ulp or two.
    static func scaledErfc(_ x: Double) -> Double {
        if x > 1e8 { return inverseSqrtPi / x }
        return x * inverseSqrtPi * upperGammaContinuedFraction(a: 0.5, x: x * x)
    }

    static let twoOverSqrtPi = 1.1283791670955126
    static let inverseSqrtPi = 0.5641895835477563
}
