/// Everything a heterogeneity request reports: each group's regression, the fully interacted model, and per group
/// (against the first) the coefficient difference with its interacted-model, seemingly-unrelated and permutation
/// tests.
public struct HeterogeneityResult {
    public let model: HeterogeneityModel
    public let observationCount: Int
    public let groups: [SubgroupRegression]
    public let interactedModel: RegressionResult
    public let interacted: [CoefficientDifference]
    public let seeminglyUnrelated: [CoefficientDifference]
    /// Per compared group (index 0 unused, nil), the permutation p-value; empty without permutations.
    public let permutationPValues: [Double?]
    public let permutation: (replications: Int, successful: Int, unit: String?, seed: UInt64)?
    public let level: Double
    public let warnings: [String]
}

/// One group's regression.
public struct SubgroupRegression {
    /// The group's value as text (numbers in the shortest round-trip form) and as it is reported in JSON.
    public let label: String
    public let value: JSONValue
    public let regression: RegressionResult
}

/// A test that the treatment's coefficient in `group` differs from that in the reference (first) group: the
/// difference, its standard error, the statistic and p-value (nil when not computable).
public struct CoefficientDifference: Equatable {
    public let group: String
    public let reference: String
    public let difference: Double
    public let standardError: Double?
    public let statistic: Double?
    public let pValue: Double?
}
