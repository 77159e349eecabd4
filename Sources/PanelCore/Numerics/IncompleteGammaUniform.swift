/// Temme's uniform asymptotic expansion of P(a, x) and Q(a, x) for large a near the transition x ≈ a
/// (Temme 1979; DLMF 8.12.3–8.12.10), where the series and continued fraction need O(√a) terms and
/// accumulate rounding: with μ = x/a − 1, η = sign(μ) √(2(μ − log(1 + μ))),
///   Q(a, x) = ½ erfc(η √(a/2)) + e^(−aη²/2)/√(2πa) · (c₀(η) + c₁(η)/a + O(a⁻²)),
///   P(a, x) = ½ erfc(−η √(a/2)) − the same correction.
extension SpecialFunctions {
    /// Used for a ≥ 10⁵ and |x/a − 1| ≤ 0.1, where the dropped c₂/a² term is below 1e-15 relative and the
    /// Taylor series of c₀ and c₁ in η converge to full precision.
    static func uniformIncompleteGammaRatios(a: Double, x: Double) -> (lower: Double, upper: Double) {
        let mu = (x - a) / a
        let logTerm = logOnePlusMinusLinear(mu)
        let eta = (mu < 0 ? -1.0 : 1.0) * (-2 * logTerm).squareRoot()
        let w = eta * (0.5 * a).squareRoot()
        let gaussian = Elementary.exp(a * logTerm)
        let correction = gaussian * (inverseTwoPi / a).squareRoot()
            * (polynomial(temmeC0, eta) + polynomial(temmeC1, eta) / a)
        return uniformExpansionTails(w: w, gaussian: gaussian, correction: correction)
    }

    private static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
        var sum = 0.0
        for coefficient in coefficients.reversed() {
            sum = sum * x + coefficient
        }
        return sum
    }

    /// Taylor coefficients of c₀(η) = 1/μ − 1/η (references/special/make_temme_coefficients.py).
    private static let temmeC0: [Double] = [
        -0.3333333333333333, 0.08333333333333333, -0.014814814814814815, 0.0011574074074074073,
        0.0003527336860670194, -0.0001787551440329218, 3.919263178522438e-05, -2.185448510679992e-06,
        -1.85406221071516e-06, 8.296711340953087e-07, -1.7665952736826078e-07, 6.707853543401498e-09,
        1.0261809784240309e-08, -4.382036018453353e-09,
    ]

    /// Taylor coefficients of c₁(η) = 1/η³ − 1/μ³ − 1/μ² − 1/(12μ).
    private static let temmeC1: [Double] = [
        -0.001851851851851852, -0.003472222222222222, 0.0026455026455026454, -0.0009902263374485596,
        0.00020576131687242798, -4.018775720164609e-07, -1.8098550334489977e-05, 7.64916091608111e-06,
        -1.6120900894563446e-06, 4.647127802807434e-09, 1.378633446915721e-07, -5.752545603517705e-08,
    ]
}
