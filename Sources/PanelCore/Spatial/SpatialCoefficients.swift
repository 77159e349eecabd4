/// Coefficient rows of a maximum-likelihood spatial model: standard errors from the inverse information matrix (or
/// given, for effects), z statistics, two-sided normal p-values and normal confidence intervals (as xsmle and spreg
/// report them).
enum SpatialCoefficients {
    static func rows(terms: [String], estimates: [Double], covariance: Matrix, level: Double) -> [CoefficientEstimate] {
        rows(terms: terms, estimates: estimates, standardErrors: terms.indices.map { covariance[$0, $0].squareRoot() }, level: level)
    }

    static func rows(terms: [String], estimates: [Double], standardErrors: [Double], level: Double) -> [CoefficientEstimate] {
        let critical = StandardNormal.quantile(0.5 + level / 2)
        return terms.indices.map { j in
            let se = standardErrors[j], b = estimates[j]
            guard se > 0, se.isFinite else {
                return CoefficientEstimate(term: terms[j], estimate: b, standardError: se, statistic: nil, pValue: nil,
                                           confidenceLow: nil, confidenceHigh: nil)
            }
            let z = b / se
            return CoefficientEstimate(term: terms[j], estimate: b, standardError: se, statistic: z,
                                       pValue: 2 * StandardNormal.survival(z.magnitude),
                                       confidenceLow: b - critical * se, confidenceHigh: b + critical * se)
        }
    }
}
