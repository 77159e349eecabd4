/// The Johnson–Neyman region of significance (Johnson & Neyman 1936; Bauer & Curran 2005): the moderator values w
/// where the simple slope β₁ + β₃w is significant at the model's level, i.e. where
/// (β₁ + β₃w)² − t²(V₁₁ + 2wV₁₃ + w²V₃₃) > 0 with t the two-sided critical value of Student's t. This is the quadratic
/// A w² + B w + C > 0, A = β₃² − t²V₃₃, B = 2(β₁β₃ − t²V₁₃), C = β₁² − t²V₁₁, solved in closed form (roots by the
/// cancellation-free formula q = −(B + sign(B)√D)/2, w = q/A and C/q). The shapes: A > 0 — significant `outside`
/// the roots, or `everywhere` when D < 0; A < 0 — significant `inside` the roots, or `nowhere` ("none") when D < 0;
/// A = 0 — a half-line `above` or `below` −C/B (`everywhere` or "none" when B = 0 too). Bounds are reported in the
/// moderator's original units, with the observed range of the moderator for comparison.
public struct JohnsonNeymanRegion: Equatable {
    public enum Shape: String, Equatable, Sendable {
        case outside, inside, everywhere, above, below
        case nowhere = "none"
    }

    public let shape: Shape
    /// Ascending: two bounds for `outside`/`inside`, one for `above`/`below`, none otherwise.
    public let bounds: [Double]
    public let criticalValue: Double

    /// The region for `coefficients`; `shift` is added to the bounds (the moderator's mean when it was centred).
    init(_ coefficients: InteractionCoefficients, level: Double, shift: Double) {
        let t = StudentT(degreesOfFreedom: Double(coefficients.degreesOfFreedom)).quantile(0.5 + level / 2)
        let t2 = t * t
        let a = coefficients.interaction * coefficients.interaction - t2 * coefficients.varianceInteraction
        let b = 2 * (coefficients.treatment * coefficients.interaction - t2 * coefficients.covariance)
        let c = coefficients.treatment * coefficients.treatment - t2 * coefficients.varianceTreatment
        self.criticalValue = t
        if a == 0 {
            if b == 0 {
                (shape, bounds) = (c > 0 ? .everywhere : .nowhere, [])
            } else {
                (shape, bounds) = (b > 0 ? .above : .below, [-c / b + shift])
            }
            return
        }
        let discriminant = b * b - 4 * a * c
        guard discriminant >= 0 else {
            (shape, bounds) = (a > 0 ? .everywhere : .nowhere, [])
            return
        }
        let q = -(b + (b < 0 ? -1 : 1) * discriminant.squareRoot()) / 2
        let roots = q == 0 ? [0.0, 0.0] : [q / a, c / q].sorted()
        (shape, bounds) = (a > 0 ? .outside : .inside, roots.map { $0 + shift })
    }
}
