/// One row of a coefficient table: the estimate, its standard error, the t statistic, the two-sided p-value and the
/// confidence interval. Statistic, p-value and interval are nil when the standard error is zero (an exact fit),
/// and the result carries a warning saying so.
public struct CoefficientEstimate: Equatable {
    public let term: String
    public let estimate: Double
    public let standardError: Double
    public let statistic: Double?
    public let pValue: Double?
    public let confidenceLow: Double?
    public let confidenceHigh: Double?
}
