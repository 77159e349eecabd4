/// I_x(a, b) when a is large, b small and x near 1 — where the continued fraction loses accuracy like
/// a · ulp — by the expansion behind DiDonato & Morris's BGRAT (1992), derived here from t = e^(−s/T):
/// with T = a + (b − 1)/2 and u = −T log x,
///   I_x(a, b) = Γ(a + b)/(Γ(a) T^b) · Σₖ eₖ (2T)^(−2k) Γ(b + 2k, u)/Γ(b),
/// where Σ eₖ v^(2k) = (sinh v / v)^(b − 1). The upper incomplete gammas follow from Q(b, u) by
/// Γ(c + 1, u) = c Γ(c, u) + u^c e^(−u) with positive terms only.
extension SpecialFunctions {
    /// I_x(a, b) by the expansion above, or nil when u > T/4 (there the terms shrink too slowly and the
    /// continued fraction is well conditioned anyway). Meant for a ≥ 1000 ≥ b.
    static func largeShapeBetaRatio(a: Double, b: Double, x: Double, y: Double) -> Double? {
        let t = a + 0.5 * (b - 1)
        let logX = x > 0.5 ? Elementary.log1p(-y) : Elementary.log(x)
        let u = -t * logX
        guard u <= 0.25 * t else { return nil }
        let leading = Elementary.exp(logGammaRatio(base: a, increment: b) - b * Elementary.log(t))
        var upperGamma = incompleteGammaRatios(a: b, x: u).upper
        var boundaryTerm = gammaPrefix(a: b, x: u)
        let inverseSquare = 1 / (4 * t * t)
        var power = 1.0
        var coefficients = [1.0]
        var sum = upperGamma
        for k in 1...logSinhCoefficients.count {
            for n in (2 * k - 2)...(2 * k - 1) {
                upperGamma = (b + Double(n)) * upperGamma + boundaryTerm
                boundaryTerm *= u
            }
            var coefficient = 0.0
            for n in 1...k {
                coefficient += Double(n) * logSinhCoefficients[n - 1] * coefficients[k - n]
            }
            coefficient *= (b - 1) / Double(k)
            coefficients.append(coefficient)
            power *= inverseSquare
            let term = coefficient * power * upperGamma
            sum += term
            if abs(term) <= 1e-17 * sum { break }
        }
        return leading * sum
    }

    /// Coefficients of log(sinh v / v) = Σₙ 2^(2n) B₂ₙ/(2n (2n)!) v^(2n), n = 1…15
    /// (references/special/make_series_constants.py).
    private static let logSinhCoefficients: [Double] = [
        0.16666666666666666, -0.005555555555555556, 0.0003527336860670194, -2.6455026455026456e-05,
        2.1377799155576935e-06, -1.803670234005331e-07, 1.5661391322766983e-08, -1.3884130493737299e-09,
        1.2504359176004997e-10, -1.1402575602296091e-11, 1.0502923908637557e-12, -9.754877841593701e-14,
        9.123468230859098e-15, -8.5837197618956095e-16, 8.117318009727789e-17,
    ]
}
