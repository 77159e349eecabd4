/// I_x(a, b) when a and b are both huge, near the mean p = a/(a + b) — where the continued fraction needs
/// O(√(a + b)) Lentz steps whose rounding adds up (≈ 1e-11 at a = b = 5·10⁹). A uniform expansion in
/// the spirit of Temme (1992), derived here: with r = a + b, q = 1 − p and r η²/2 = −(exponent of
/// x^a y^b relative to its value at the mean), η of the sign of x − p, one integration by parts of
/// I = K ∫ e^(−rζ²/2) ζ/(t(ζ) − p) dζ gives
///   I_x(a, b) = ½ erfc(−η √(r/2)) − prefix(x) · h(η)/r,   h(η) = 1/(x − p) − 1/(η √(pq)),
/// with h(0) = (p − q)/(3pq) and a relative error O(r^(−3/2)).
extension SpecialFunctions {
    /// Used for a, b ≥ 10⁸, where the dropped term is below 1e-13 relative.
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
        let rootPQ = (p * q).squareRoot()
        let h = abs(w) < 0.01 ? (p - q) / (3 * p * q) : r / centredOffset - 1 / (eta * rootPQ)
        let gaussian = Elementary.exp(exponent)
        let correction = betaPrefix(a: a, b: b, x: x, y: y, centredOffset: centredOffset) * h / r
        if w >= 0.5 {
            let upper = 0.5 * gaussian * scaledErfc(w) + correction
            return (1 - upper, upper)
        }
        if w <= -0.5 {
            let lower = 0.5 * gaussian * scaledErfc(-w) - correction
            return (lower, 1 - lower)
        }
        return (0.5 * erfc(-w) - correction, 0.5 * erfc(w) + correction)
    }
}
