extension CoefficientEstimate {
    /// A row with z statistic, two-sided normal p-value and normal interval at `level` (as R `did` pointwise
    /// intervals); statistic, p-value and interval are nil when the standard error is zero.
    static func normal(term: String, estimate: Double, standardError: Double, level: Double) -> CoefficientEstimate {
        guard standardError > 0 else {
            return CoefficientEstimate(term: term, estimate: estimate, standardError: standardError, statistic: nil, pValue: nil,
                                       confidenceLow: nil, confidenceHigh: nil)
        }
        let z = StandardNormal.quantile(0.5 + level / 2)
        let statistic = estimate / standardError
        return CoefficientEstimate(term: term, estimate: estimate, standardError: standardError, statistic: statistic,
                                   pValue: 2 * StandardNormal.survival(statistic.magnitude),
                                   confidenceLow: estimate - z * standardError, confidenceHigh: estimate + z * standardError)
    }
}
