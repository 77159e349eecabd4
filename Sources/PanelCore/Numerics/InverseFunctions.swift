/// Inverses of erfc and of the incomplete gamma ratios, each solving on the tail it is given so that the
/// answer keeps relative accuracy however small that tail is.
extension SpecialFunctions {
    /// The x with erfc(x) = q, for 0 ≤ q ≤ 2 (+∞ at 0, −∞ at 2, NaN outside), from the normal quantile:
    /// x = −Φ⁻¹(q/2)/√2 (mpmath `erfinv(1 - q)` where that is representable).
    public static func inverseErfc(_ q: Double) -> Double {
        guard q >= 0, q <= 2 else { return .nan }
        return -StandardNormal.quantile(0.5 * q) * StandardNormal.sqrtHalf
    }

    /// The x ≥ 0 with P(a, x) = p (0 at p = 0, +∞ at p = 1; NaN unless a > 0 is finite and 0 ≤ p ≤ 1).
    public static func inverseRegularizedGammaP(a: Double, p: Double) -> Double {
        inverseIncompleteGamma(a: a, target: p, lowerTail: true)
    }

    /// The x ≥ 0 with Q(a, x) = q, accurate for tiny q (+∞ at q = 0, 0 at q = 1; NaN unless a > 0 is finite
    /// and 0 ≤ q ≤ 1).
    public static func inverseRegularizedGammaQ(a: Double, q: Double) -> Double {
        inverseIncompleteGamma(a: a, target: q, lowerTail: false)
    }

    /// Newton on log P (or log Q) against log x from Wilson–Hilferty's cube-root normal start, raised in
    /// the lower tail to the bound (p Γ(1 + a))^(1/a) ≤ x (from P(a, x) ≤ x^a/Γ(1 + a)).
    private static func inverseIncompleteGamma(a: Double, target: Double, lowerTail: Bool) -> Double {
        guard a > 0, a.isFinite, target >= 0, target <= 1 else { return .nan }
        if target == 0 { return lowerTail ? 0 : .infinity }
        if target == 1 { return lowerTail ? .infinity : 0 }
        let upperZ = StandardNormal.approximateUpperQuantile(min(target, 1 - target))
        let z = (target < 0.5) == lowerTail ? -upperZ : upperZ
        let root = 1 - 1 / (9 * a) + z * (1 / (9 * a)).squareRoot()
        var start = a * root * root * root
        if lowerTail {
            start = max(start, Elementary.exp((Elementary.log(target) + logGammaOnePlus(a)) / a))
        } else if start <= 0 {
            start = a
        }
        return TailInversion.solve(target: target, start: start, increasing: lowerTail) { x in
            let ratios = incompleteGammaRatios(a: a, x: x)
            let slope = gammaPrefix(a: a, x: x)
            return lowerTail ? (ratios.lower, slope / ratios.lower) : (ratios.upper, -slope / ratios.upper)
        }
    }
}
