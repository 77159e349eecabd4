import Testing
@testable import PanelCore

/// The shapes of the Johnson–Neyman region that the fixtures do not reach, from coefficients chosen by hand (t with
/// 10⁶ degrees of freedom, critical value ≈ 1.96 at 95%).
@Suite struct JohnsonNeymanRegionTests {
    static func coefficients(_ b1: Double, _ b3: Double, _ v11: Double, _ v33: Double, _ v13: Double = 0) -> InteractionCoefficients {
        InteractionCoefficients(treatment: b1, interaction: b3, varianceTreatment: v11, varianceInteraction: v33, covariance: v13,
                                degreesOfFreedom: 1_000_000)
    }

    @Test func significantEverywhereWithoutAnInteraction() {
        // With β₃ ≠ 0 the slope crosses zero somewhere, so only β₃ = V₃₃ = V₁₃ = 0 (A = B = 0) and a significant β₁
        // make every value significant.
        let region = JohnsonNeymanRegion(Self.coefficients(1, 0, 0.01, 0), level: 0.95, shift: 0)
        #expect(region.shape == .everywhere && region.bounds.isEmpty)
    }

    @Test func significantNowhereWhenTheInteractionIsImprecise() {
        let region = JohnsonNeymanRegion(Self.coefficients(0.1, 0.1, 1, 1), level: 0.95, shift: 0)
        #expect(region.shape == .nowhere && region.bounds.isEmpty)
    }

    @Test func significantInsideWhenTheInteractionIsImpreciseButTheMainEffectIsNot() {
        // A = 0.01 − t² < 0, C = 4 − t²·0.01 > 0: significant between the two roots, around w = 0.
        let region = JohnsonNeymanRegion(Self.coefficients(2, 0.1, 0.01, 1), level: 0.95, shift: 5)
        #expect(region.shape == .inside && region.bounds.count == 2)
        #expect(region.bounds[0] < 5 && region.bounds[1] > 5)
    }

    @Test func boundsAreWhereTheSlopeIsExactlyAtTheCriticalValue() {
        let c = Self.coefficients(0.5, -0.3, 0.02, 0.005, 0.001)
        let region = JohnsonNeymanRegion(c, level: 0.95, shift: 0)
        #expect(region.shape == .outside)
        for w in region.bounds {
            let t = (c.treatment + c.interaction * w) / (c.varianceTreatment + 2 * w * c.covariance + w * w * c.varianceInteraction).squareRoot()
            #expect(abs(abs(t) - region.criticalValue) < 1e-12)
        }
    }
}
