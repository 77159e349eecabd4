/// Regularized incomplete gamma ratios P(a, x) = γ(a, x)/Γ(a) and Q(a, x) = Γ(a, x)/Γ(a)
/// (DLMF 8.2.4), each computed directly where it is the small tail so both keep relative accuracy.
extension SpecialFunctions {
    /// P(a, x), the lower regularized incomplete gamma ratio (mpmath `gammainc(a, 0, x, regularized=True)`).
    /// NaN unless a > 0 is finite and x ≥ 0 (x = +∞ gives 1).
    public static func regularizedGammaP(a: Double, x: Double) -> Double {
        incompleteGammaRatios(a: a, x: x).lower
    }

    /// Q(a, x) = 1 − P(a, x), accurate relative to itself when tiny (mpmath `gammainc(a, x, inf,
    /// regularized=True)`). NaN unless a > 0 is finite and x ≥ 0.
    public static func regularizedGammaQ(a: Double, x: Double) -> Double {
        incompleteGammaRatios(a: a, x: x).upper
    }

    /// (P, Q) together. Methods after DiDonato & Morris (1986): Taylor series with Γ(1 + a) − 1 handling
    /// for a < 1, x ≤ 1.5; Temme's uniform expansion for a ≥ 10⁵ within 10 % of x = a; the series for P
    /// when x < a + 1; Legendre's continued fraction for Q otherwise.
    static func incompleteGammaRatios(a: Double, x: Double) -> (lower: Double, upper: Double) {
        guard a > 0, a.isFinite, x >= 0 else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if a < 1 && x <= 1.5 { return smallShapeRatios(a: a, x: x) }
        if a >= 1e5 && abs(x - a) <= 0.1 * a { return uniformIncompleteGammaRatios(a: a, x: x) }
        // A prefix that underflows makes the small tail 0 without the series or fraction — which, for x near the
        // largest double, would never meet its stopping rule (its terms lose their digits to underflow).
        let prefix = gammaPrefix(a: a, x: x)
        if a >= 1 && x < a + 1 {
            let lower = prefix == 0 ? 0 : prefix * lowerGammaSeries(a: a, x: x)
            return (lower, 1 - lower)
        }
        let upper = prefix == 0 ? 0 : prefix * upperGammaContinuedFraction(a: a, x: x)
        return (1 - upper, upper)
    }

    /// x^a e^(−x) / Γ(a), the factor shared by the series, the continued fraction and the density.
    /// For a ≥ 10 it uses Stirling's form and log(1 + d) − d with d = (x − a)/a so the exponent has no
    /// cancellation near x ≈ a (Temme 1979's prefactor).
    static func gammaPrefix(a: Double, x: Double) -> Double {
        if a < 10 {
            return Elementary.exp(a * Elementary.log(x) - x - logGamma(a))
        }
        let d = (x - a) / a
        let exponent: Double
        if d >= -0.5 {
            exponent = a * logOnePlusMinusLinear(d)
        } else {
            let ratio = x / a
            let logRatio = ratio >= Double.leastNormalMagnitude
                ? Elementary.log(ratio) : Elementary.log(x) - Elementary.log(a)
            exponent = a * logRatio - (x - a)
        }
        return (a * inverseTwoPi).squareRoot() * Elementary.exp(exponent - stirlingCorrection(a))
    }

    /// Σₙ xⁿ / (a (a+1) ⋯ (a+n)), so that P = prefix · sum (DLMF 8.7.1).
    private static func lowerGammaSeries(a: Double, x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var n = 1.0
        while n < maximumIterations {
            term *= x / (a + n)
            sum += term
            if term <= sum * 1e-17 || !sum.isFinite { break }
            n += 1
        }
        return sum
    }

    /// Legendre's continued fraction 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− ⋯))) so that
    /// Q = prefix · fraction (DLMF 8.9.2), evaluated by the modified Lentz method; needs x + 1 − a > 0.
    static func upperGammaContinuedFraction(a: Double, x: Double) -> Double {
        var denominatorTerm = x + 1 - a
        var c = 1 / lentzTiny
        var d = 1 / denominatorTerm
        var fraction = d
        var n = 1.0
        while n < maximumIterations {
            let numeratorTerm = -n * (n - a)
            denominatorTerm += 2
            d = numeratorTerm * d + denominatorTerm
            if abs(d) < lentzTiny { d = lentzTiny }
            c = denominatorTerm + numeratorTerm / c
            if abs(c) < lentzTiny { c = lentzTiny }
            d = 1 / d
            let step = c * d
            fraction *= step
            if abs(step - 1) <= 1e-16 || !fraction.isFinite { break }
            n += 1
        }
        return fraction
    }

    /// For a < 1, x ≤ 1.5: P = x^a/Γ(1+a) · (1 + a S), S = Σₙ≥₁ (−x)ⁿ/(n!(a+n)), and
    /// Q = −expm1(a log x − log Γ(1+a)) − x^a/Γ(1+a) · a S, so Q keeps relative accuracy as a → 0.
    private static func smallShapeRatios(a: Double, x: Double) -> (lower: Double, upper: Double) {
        var power = 1.0
        var sum = 0.0
        var n = 1.0
        while n < 200 {
            power *= -x / n
            let term = power / (a + n)
            sum += term
            if abs(term) <= abs(sum) * 1e-17 { break }
            n += 1
        }
        let logLead = a * Elementary.log(x) - logGammaOnePlus(a)
        let lead = Elementary.exp(logLead)
        return (lead * (1 + a * sum), -Elementary.expm1(logLead) - lead * a * sum)
    }

    static let inverseTwoPi = 0.15915494309189535
    static let lentzTiny = 1e-300
    /// The most terms of a series or continued fraction (gamma and beta ratios): a bound for a loop whose terms
    /// never meet the stopping rule. A non-finite partial result ends the loop at once.
    static let maximumIterations = 100_000_000.0
}
