/// Regularized incomplete beta ratio I_x(a, b) = B_x(a, b)/B(a, b) and its complement (DLMF 8.17.2),
/// each computed directly where it is the small tail so both keep relative accuracy.
extension SpecialFunctions {
    /// I_x(a, b) (mpmath `betainc(a, b, 0, x, regularized=True)`). NaN unless a, b > 0 are finite and
    /// 0 ≤ x ≤ 1.
    public static func regularizedBeta(a: Double, b: Double, x: Double) -> Double {
        incompleteBetaRatios(a: a, b: b, x: x, y: 1 - x).lower
    }

    /// 1 − I_x(a, b) = I_(1−x)(b, a), accurate relative to itself when tiny (mpmath
    /// `betainc(a, b, x, 1, regularized=True)`). NaN unless a, b > 0 are finite and 0 ≤ x ≤ 1.
    public static func regularizedBetaComplement(a: Double, b: Double, x: Double) -> Double {
        incompleteBetaRatios(a: a, b: b, x: x, y: 1 - x).upper
    }

    /// (I_x(a, b), 1 − I_x(a, b)) from x and y = 1 − x, each given to full relative accuracy by the
    /// caller (e.g. y = t²/(ν + t²) for Student's t), so neither tail is limited by rounding 1 − x.
    static func incompleteBetaRatios(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        incompleteBetaRatios(a: a, b: b, x: x, y: y, centredOffset: centredBetaOffset(a: a, b: b, x: x, y: y))
    }

    /// As above with λ = b·x − a·y (= (a + b)(x − a/(a + b))) also given to full relative accuracy; it fixes
    /// the exponent of the prefactor when a and b are both large. Method choice after DiDonato & Morris
    /// (1992): the power series when the lower parameter's series converges without cancellation, else the
    /// continued fraction on the side where it converges fast (x below (a + 1)/(a + b + 2)).
    static func incompleteBetaRatios(
        a: Double, b: Double, x: Double, y: Double, centredOffset: Double
    ) -> (lower: Double, upper: Double) {
        guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, y >= 0, x <= 1, y <= 1 else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        if min(a, b) >= 5e5 && abs(centredOffset) <= 0.1 * min(a, b) {
            return uniformBetaRatios(a: a, b: b, x: x, y: y, centredOffset: centredOffset)
        }
        if min(a, b) <= 1 && x > 0.5 || min(a, b) > 1 && x > (a + 1) / (a + b + 2) {
            let swapped = orientedBetaRatios(a: b, b: a, x: y, y: x, centredOffset: -centredOffset)
            return (swapped.upper, swapped.lower)
        }
        return orientedBetaRatios(a: a, b: b, x: x, y: y, centredOffset: centredOffset)
    }

    /// The ratios once x is on the lower side (x ≤ ½ when a or b ≤ 1, else x ≤ (a + 1)/(a + b + 2)).
    /// Past (a + 1)/(a + b + 2) (only when a ≤ 1 < b x) the other tail is computed. Whenever the parameter
    /// attached to the variable near 1 is ≥ 1000 and ≥ 100 times the other, the large-shape expansion
    /// replaces the continued fraction (which loses accuracy like that parameter times an ulp there).
    private static func orientedBetaRatios(
        a: Double, b: Double, x: Double, y: Double, centredOffset: Double
    ) -> (lower: Double, upper: Double) {
        if min(a, b) <= 1 && (b <= 1 || b * x <= 1) {
            return betaPowerSeriesRatios(a: a, b: b, x: x)
        }
        if x <= (a + 1) / (a + b + 2) {
            if a >= 1000 && b <= 0.01 * a, let lower = largeShapeBetaRatio(a: a, b: b, x: x, y: y) {
                return (lower, 1 - lower)
            }
            let lower = betaPrefix(a: a, b: b, x: x, y: y, centredOffset: centredOffset)
                * betaContinuedFraction(a: a, b: b, x: x) / a
            return (lower, 1 - lower)
        }
        if b >= 1000 && a <= 0.01 * b, let upper = largeShapeBetaRatio(a: b, b: a, x: y, y: x) {
            return (1 - upper, upper)
        }
        let upper = betaPrefix(a: b, b: a, x: y, y: x, centredOffset: -centredOffset)
            * betaContinuedFraction(a: b, b: a, x: y) / b
        return (1 - upper, upper)
    }

    /// λ = b·x − a·y with exact products (Dekker), so that it is accurate even when bx ≈ ay.
    static func centredBetaOffset(a: Double, b: Double, x: Double, y: Double) -> Double {
        let bx = ErrorFreeTransforms.twoProduct(b, x)
        let ay = ErrorFreeTransforms.twoProduct(a, y)
        return (bx.value - ay.value) + (bx.error - ay.error)
    }

    /// x^a y^b / B(a, b) with λ from x and y (see below).
    static func betaPrefix(a: Double, b: Double, x: Double, y: Double) -> Double {
        betaPrefix(a: a, b: b, x: x, y: y, centredOffset: centredBetaOffset(a: a, b: b, x: x, y: y))
    }

    /// x^a y^b / B(a, b), the factor shared by the continued fraction and the density.
    /// For a, b ≥ 10 it is written around the mode, √(ab/(2π(a+b))) · exp(a(log(1+u) − u) + b(log(1+v) − v)
    /// + Stirling corrections) with u = λ/a, v = −λ/b, so the exponent has no cancellation.
    static func betaPrefix(a: Double, b: Double, x: Double, y: Double, centredOffset: Double) -> Double {
        if min(a, b) < 10 {
            let logX = x <= 0.5 ? Elementary.log(x) : Elementary.log1p(-y)
            let logY = y <= 0.5 ? Elementary.log(y) : Elementary.log1p(-x)
            return Elementary.exp(a * logX + b * logY - logBeta(a, b))
        }
        let sum = a + b
        let exponent = a * centredLogTerm(centredOffset / a, value: x, mean: a / sum)
            + b * centredLogTerm(-centredOffset / b, value: y, mean: b / sum)
            + (stirlingCorrection(sum) - stirlingCorrection(a) - stirlingCorrection(b))
        return (a / sum * b * inverseTwoPi).squareRoot() * Elementary.exp(exponent)
    }

    /// log(value/mean) − u where u = value/mean − 1 is given accurately; uses log(1 + u) − u unless the
    /// value is far below the mean, where 1 + u would lose relative accuracy.
    static func centredLogTerm(_ u: Double, value: Double, mean: Double) -> Double {
        if u >= -0.5 { return logOnePlusMinusLinear(u) }
        return Elementary.log(value / mean) - u
    }

    /// I_x(a, b) = x^a/(a B(a, b)) · (1 + a Σⱼ≥₁ (1−b)ⱼ/j! · xʲ/(a+j)) (DLMF 8.17.7 integrated termwise),
    /// with the complement −expm1(log of the lead term) − lead · a Σ so it stays accurate as a → 0
    /// (DiDonato & Morris's BPSER/APSER idea). Used for x ≤ ½ with b ≤ 1 or b x ≤ 1.
    private static func betaPowerSeriesRatios(a: Double, b: Double, x: Double) -> (lower: Double, upper: Double) {
        var coefficient = 1.0
        var sum = 0.0
        var j = 1.0
        while j < maximumIterations {
            coefficient *= (j - b) / j * x
            let term = coefficient / (a + j)
            sum += term
            if abs(term) <= abs(sum) * 1e-17 || !sum.isFinite { break }
            j += 1
        }
        let logLead = a * Elementary.log(x) - logOfParameterTimesBeta(a, b)
        let lead = Elementary.exp(logLead)
        return (lead * (1 + a * sum), -Elementary.expm1(logLead) - lead * a * sum)
    }

    /// The continued fraction 1/(1 + d₁/(1 + d₂/(1 + ⋯))) of DLMF 8.17.22 with
    /// d₂ₘ₊₁ = −(a+m)(a+b+m)x/((a+2m)(a+2m+1)), d₂ₘ = m(b−m)x/((a+2m−1)(a+2m)),
    /// so I_x(a, b) = prefix · fraction / a; modified Lentz evaluation.
    private static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
        var c = 1.0
        var d = 1 / nonTiny(1 - (a + b) * x / (a + 1))
        var fraction = d
        var m = 1.0
        while m < maximumIterations {
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 / nonTiny(1 + even * d)
            c = nonTiny(1 + even / c)
            fraction *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 / nonTiny(1 + odd * d)
            c = nonTiny(1 + odd / c)
            let step = d * c
            fraction *= step
            if abs(step - 1) <= 1e-16 || !fraction.isFinite { break }
            m += 1
        }
        return fraction
    }

    private static func nonTiny(_ value: Double) -> Double {
        abs(value) < lentzTiny ? lentzTiny : value
    }
}
