/// Turns estimates and their covariance into coefficient rows: standard errors from the diagonal, t (or z)
/// statistics, two-sided p-values and intervals from Student's t with the convention's degrees of freedom (Stata's
/// rule) or from the standard normal.
enum CoefficientInference {
    static func rows(terms: [String], estimates: [Double], covariance: CovarianceEstimate, level: Double,
                     distribution: InferenceDistribution = .studentT,
                     warnings: inout [String], at location: String) throws(PanelError) -> [CoefficientEstimate] {
        let v = covariance.matrix
        let t = StudentT(degreesOfFreedom: distribution == .normal ? .infinity : Double(covariance.correction.inferenceDegreesOfFreedom))
        let critical = t.quantile(0.5 + level / 2)
        var rows: [CoefficientEstimate] = []
        var exactFit = false
        for (j, term) in terms.enumerated() {
            let variance = v[j, j]
            guard variance >= 0, variance.isFinite else {
                throw PanelError(.numericalFailure, "the variance of '\(term)' came out as \(variance.messageText); the design is too ill-conditioned", at: location)
            }
            let se = variance.squareRoot()
            let b = estimates[j]
            guard se > 0 else {
                exactFit = true
                rows.append(CoefficientEstimate(term: term, estimate: b, standardError: se, statistic: nil, pValue: nil,
                                                confidenceLow: nil, confidenceHigh: nil))
                continue
            }
            let statistic = b / se
            rows.append(CoefficientEstimate(term: term, estimate: b, standardError: se, statistic: statistic,
                                            pValue: t.twoSidedPValue(statistic),
                                            confidenceLow: b - critical * se, confidenceHigh: b + critical * se))
        }
        if exactFit {
            warnings.append("some standard errors are zero (an exact fit): their t statistics, p-values and intervals are null")
        }
        return rows
    }
}
