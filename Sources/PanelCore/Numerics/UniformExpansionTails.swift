extension SpecialFunctions {
    /// The lower and upper tails ½ erfc(−w) − R and ½ erfc(w) + R of a Temme-type uniform asymptotic expansion, with
    /// `gaussian` = e^(−w²) computed by the caller from the exact exponent: for |w| ≥ ½ the small tail goes through
    /// the scaled erfc and the large one is its complement, so neither loses digits to cancellation.
    static func uniformExpansionTails(w: Double, gaussian: Double, correction: Double) -> (lower: Double, upper: Double) {
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
