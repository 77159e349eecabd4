/// I_x(a, b) when a and b are both large, near the mean p = a/(a + b) — where the continued fraction needs
/// O(√(a + b)) Lentz steps whose rounding adds up (≈ 3e-13 at a = b = 5·10⁵, 1e-11 at 5·10⁹). A uniform
/// expansion in the spirit of Temme (1992), derived here: with r = a + b, q = 1 − p, s = √(pq), ζ given by
/// ζ²/2 = p log(p/t) + q log(q/(1−t)) (sign of t − p) and η its value at t = x, write
/// I = K ∫ e^(−rζ²/2) g(ζ) dζ with g(ζ) = ζ/(t(ζ) − p), and integrate by parts twice:
///   I_x(a, b) = ½ erfc(−η √(r/2)) − prefix(x) · (h(η) + h₁(η)/r)/r + O(r^(−5/2)),
///   h(η) = (g(η) − g(0))/η,  h₁(η) = (h′(η) − h′(0))/η,  g′(η) = 1/(x − p) − η² x y/(x − p)³,
/// the erfc coefficient being exactly 1 by normalization. Near η = 0 the Taylor values h(0), h′(0), h″(0)
/// come from reverting the series of ζ(t) (t − p = sζ + c₂ζ² + c₃ζ³ + c₄ζ⁴).
extension SpecialFunctions {
    /// Used for a, b ≥ 5·10⁵ with |x − p| ≤ 0.1 min(a, b)/r, where the dropped term is below 1e-14 relative
    /// (at a = b = 10⁵ it is still ≈ 2e-13).
    static func uniformBetaRatios(
        a: Double, b: Double, x: Double, y: Double, centredOffset: Double
    ) -> (lower: Double, upper: Double) {
        let r = a + b
        let p = a / r
        let q = b / r
        let exponent = a * centredLogTerm(centredOffset / a, value: x, mean: p)
            + b * centredLogTerm(-centredOffset / b, value: y, mean: q)
        let eta = (centredOffset < 0 ? -1.0 : 1.0) * (-2 * exponent / r).squareRoot()
        let w = eta * (0.5 * r).squareRoot()
        let taylor = uniformBetaTaylorTerms(p: p, q: q)
        let h: Double
        let h1: Double
        if abs(w) < 0.5 {
            h = taylor.h0 + eta * (taylor.h0Slope + 0.5 * eta * taylor.h0Curvature)
            h1 = taylor.h0Curvature
        } else {
            let offset = centredOffset / r
            let rootPQ = (p * q).squareRoot()
            h = 1 / offset - 1 / (eta * rootPQ)
            let gSlope = 1 / offset - eta * eta * x * y / (offset * offset * offset)
            h1 = ((gSlope - h) / eta - taylor.h0Slope) / eta
        }
        let gaussian = Elementary.exp(exponent)
        let correction = betaPrefix(a: a, b: b, x: x, y: y, centredOffset: centredOffset) * (h + h1 / r) / r
        return uniformExpansionTails(w: w, gaussian: gaussian, correction: correction)
    }

    /// h(0), h′(0), h″(0) from the Taylor coefficients Aₖ = φ⁽ᵏ⁾(p)/k! of φ(t) = p log(p/t) + q log(q/(1−t)),
    /// the square root 1 + σ₁δ + σ₂δ² + σ₃δ³ of φ/(A₂δ²), and the reversion of δ(1 + σ₁δ + σ₂δ² + σ₃δ³).
    private static func uniformBetaTaylorTerms(p: Double, q: Double) -> (h0: Double, h0Slope: Double, h0Curvature: Double) {
        let a2 = 0.5 / (p * q)
        let rho1 = (1 / (q * q) - 1 / (p * p)) / 3 / a2
        let rho2 = (1 / (p * p * p) + 1 / (q * q * q)) / 4 / a2
        let rho3 = (1 / (q * q * q * q) - 1 / (p * p * p * p)) / 5 / a2
        let sigma1 = 0.5 * rho1
        let sigma2 = 0.5 * rho2 - rho1 * rho1 / 8
        let sigma3 = 0.5 * rho3 - rho1 * rho2 / 4 + rho1 * rho1 * rho1 / 16
        let s = (p * q).squareRoot()
        let c2 = -sigma1 * s * s
        let c3 = (2 * sigma1 * sigma1 - sigma2) * s * s * s
        let c4 = (-5 * sigma1 * sigma1 * sigma1 + 5 * sigma1 * sigma2 - sigma3) * s * s * s * s
        let s2 = s * s
        return (
            -c2 / s2,
            -c3 / s2 + c2 * c2 / (s2 * s),
            2 * (-c4 / s2 + 2 * c2 * c3 / (s2 * s) - c2 * c2 * c2 / (s2 * s2))
        )
    }
}
