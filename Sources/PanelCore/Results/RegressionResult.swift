/// Everything a linear regression reports, as a value: coefficients with inference, named statistics in a fixed
/// order, the covariance matrix with its type and convention, omitted (collinear) terms and warnings.
public struct RegressionResult {
    public let estimator: String
    public let responseName: String
    public let observationCount: Int
    public let coefficients: [CoefficientEstimate]
    /// Named scalars in report order (`r2`, `adj_r2`, `f_stat`, …); nil values are reported as null.
    public let statistics: [NamedStatistic]
    public let covariance: CovarianceEstimate
    public let covarianceTerms: [String]
    public let omitted: [String]
    public let warnings: [String]
    /// Confidence level of the intervals.
    public let level: Double
    /// The reference distribution of the coefficient statistics.
    public let inference: InferenceDistribution
    /// The absorbed fixed effects, as written (`firm`, `province^year`); empty when there are none.
    public let fixedEffects: [String]
    /// The estimation rows and residuals, for `options.save` (nil for estimators that have no per-row residuals on
    /// the data's rows, such as between or first differences).
    public var estimationSample: EstimationSample? = nil
}

/// Which distribution coefficient tests and intervals use: Student's t with the covariance convention's degrees of
/// freedom (Stata `regress`, `reghdfe`, `xtreg, fe`), or the standard normal (Stata `xtreg, re`: z statistics).
public enum InferenceDistribution: String, Equatable, Sendable {
    case studentT = "t"
    case normal = "normal"
}

/// A named scalar statistic; nil when it cannot be computed (the warnings say why).
public struct NamedStatistic: Equatable {
    public let name: String
    public let value: Double?

    public init(_ name: String, _ value: Double?) {
        self.name = name
        self.value = value
    }
}
