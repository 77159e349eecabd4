extension Logit {
    /// The fit as a regression result (`estimator: "logit"`) in the layout of statsmodels `Logit.fit().summary()` and
    /// Stata `logit`: z statistics and normal intervals from the inverse information (`vcov.type` `oim`, factor 1),
    /// and the statistics `ll`, `ll_0`, `pseudo_r2` (McFadden, 1 − ll/ll₀), `lr_chi2`, `lr_df`, `lr_p_value` and
    /// `iterations`. `termNames` name all regressor columns, `omitted` included.
    func regressionResult(termNames: [String], responseName: String, level: Double, warnings: [String],
                          at location: String) throws(PanelError) -> RegressionResult {
        var warnings = warnings
        let n = fittedProbabilities.count
        let terms = keptColumns.map { termNames[$0] }
        let omitted = omittedColumns.map { termNames[$0] }
        for name in omitted { warnings.append("'\(name)' omitted from the logit because of collinearity") }
        if showsSeparation {
            warnings.append("some fitted probabilities are 0 or 1 to machine precision: the covariates (quasi-)separate the outcome")
        }
        let correction = SmallSampleCorrection(convention: "mle", factor: 1, inferenceDegreesOfFreedom: n - keptColumns.count)
        let estimate = CovarianceEstimate(type: "oim", unscaled: covariance, correction: correction, clusterCount: nil)
        let rows = try CoefficientInference.rows(terms: terms, estimates: coefficients, covariance: estimate, level: level,
                                                 distribution: .normal, warnings: &warnings, at: location)
        let slopes = keptColumns.count - 1
        let ratio = 2 * (logLikelihood - nullLogLikelihood)
        let statistics = [
            NamedStatistic("ll", logLikelihood),
            NamedStatistic("ll_0", nullLogLikelihood),
            NamedStatistic("pseudo_r2", 1 - logLikelihood / nullLogLikelihood),
            NamedStatistic("lr_chi2", ratio),
            NamedStatistic("lr_df", Double(slopes)),
            NamedStatistic("lr_p_value", slopes > 0 ? ChiSquared(degreesOfFreedom: Double(slopes)).survival(ratio) : nil),
            NamedStatistic("iterations", Double(iterations)),
        ]
        return RegressionResult(estimator: "logit", responseName: responseName, observationCount: n, coefficients: rows,
                                statistics: statistics, covariance: estimate, covarianceTerms: terms, omitted: omitted,
                                warnings: warnings, level: level, inference: .normal, fixedEffects: [])
    }
}
