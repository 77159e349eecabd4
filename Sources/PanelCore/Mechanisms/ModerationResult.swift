/// Everything a moderation request reports: the interaction regression, the moderator's mean and standard deviation
/// on the sample, the simple slopes and the Johnson–Neyman region.
public struct ModerationResult {
    public let model: ModerationModel
    public let regression: RegressionResult
    public let moderatorMean: Double
    public let moderatorStandardDeviation: Double
    /// The smallest and largest moderator values on the sample (original units).
    public let moderatorRange: (low: Double, high: Double)
    public let simpleSlopes: [SimpleSlope]
    public let johnsonNeyman: JohnsonNeymanRegion
    public let warnings: [String]
}
