/// Logarithms of gamma-function ratios without the cancellation of subtracting two log-gammas,
/// shared by the incomplete gamma and beta ratios.
extension SpecialFunctions {
    /// log Γ(base + increment) − log Γ(base) for base > 0, increment ≥ 0, accurate relative to the
    /// result even when increment ≪ base (shifts base up to ≥ 10, then Stirling with log1p).
    static func logGammaRatio(base: Double, increment: Double) -> Double {
        var shifted = base
        var correction = 0.0
        while shifted < 10 {
            correction += Elementary.log1p(increment / shifted)
            shifted += 1
        }
        let sum = shifted + increment
        let stirling = (shifted - 0.5) * Elementary.log1p(increment / shifted)
            + increment * (Elementary.log(sum) - 1)
            + (stirlingCorrection(sum) - stirlingCorrection(shifted))
        return stirling - correction
    }

    /// log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), without cancellation when one is much larger.
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let small = min(a, b)
        let large = max(a, b)
        return logGamma(small) - logGammaRatio(base: large, increment: small)
    }

    /// log(a · B(a, b)) = log Γ(a + 1) + log Γ(b) − log Γ(a + b); accurate (≈ −a(γ + ψ(b))) for tiny a.
    static func logOfParameterTimesBeta(_ a: Double, _ b: Double) -> Double {
        if a <= b { return logGammaOnePlus(a) - logGammaRatio(base: b, increment: a) }
        return Elementary.log(a) + logGamma(b) - logGammaRatio(base: a, increment: b)
    }

    /// log(1 + u) − u for u > −1, accurate relative to the result near u = 0 (series for |u| < ¼).
    static func logOnePlusMinusLinear(_ u: Double) -> Double {
        if abs(u) >= 0.25 { return Elementary.log1p(u) - u }
        var power = -u * u
        var sum = 0.0
        var k = 2.0
        while k < 60 {
            let term = power / k
            sum += term
            if abs(term) <= abs(sum) * 1e-17 { break }
            power *= -u
            k += 1
        }
        return sum
    }
}
