/// The effect of the treatment at one value w of the moderator in an interaction model (a "simple slope", Aiken &
/// West 1991): β₁ + β₃w with variance V₁₁ + 2wV₁₃ + w²V₃₃ from the chosen covariance (exact for a linear
/// combination), its t statistic, two-sided p-value and interval from Student's t with the covariance's degrees of
/// freedom (statistic, p and interval nil when the standard error is zero).
public struct SimpleSlope: Equatable {
    /// The moderator value, in its original units.
    public let moderatorValue: Double
    public let slope: Double
    public let standardError: Double
    public let statistic: Double?
    public let pValue: Double?
    public let confidenceLow: Double?
    public let confidenceHigh: Double?

    /// The slope at `modelValue` of the moderator as the model holds it (centred or not); `moderatorValue` is reported.
    init(at moderatorValue: Double, modelValue w: Double, coefficients: InteractionCoefficients, level: Double) {
        let slope = coefficients.treatment + coefficients.interaction * w
        let variance = coefficients.varianceTreatment + 2 * w * coefficients.covariance + w * w * coefficients.varianceInteraction
        let se = max(variance, 0).squareRoot()
        let t = StudentT(degreesOfFreedom: Double(coefficients.degreesOfFreedom))
        let critical = t.quantile(0.5 + level / 2)
        let statistic: Double? = se > 0 ? slope / se : nil
        self.moderatorValue = moderatorValue
        self.slope = slope
        self.standardError = se
        self.statistic = statistic
        self.pValue = statistic.map { t.twoSidedPValue($0) }
        self.confidenceLow = se > 0 ? slope - critical * se : nil
        self.confidenceHigh = se > 0 ? slope + critical * se : nil
    }
}

/// β₁ (treatment), β₃ (interaction), their variances and covariance, and the t degrees of freedom of the model.
struct InteractionCoefficients {
    let treatment: Double
    let interaction: Double
    let varianceTreatment: Double
    let varianceInteraction: Double
    let covariance: Double
    let degreesOfFreedom: Int
}
