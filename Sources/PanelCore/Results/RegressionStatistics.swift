/// The named statistics of a least-squares regression, with or without absorbed fixed effects.
///
/// R² is 1 − RSS/TSS with TSS centred when the model has an intercept or fixed effects, uncentred otherwise (Stata,
/// statsmodels); with fixed effects `r2_within` is 1 − RSS/TSS of the residualised response (fixest's `r2_within`,
/// reghdfe's `r2_within`). Adjusted R² uses n − 1 (or n without a constant) over n − K, K counting absorbed levels
/// (reghdfe). The F statistic is the Wald test of all slopes under the chosen covariance, with (q, `df_t`) degrees of
/// freedom.
struct RegressionStatistics {
    /// What the statistics are computed from: sample size, kept regressors and whether one is a kept intercept,
    /// the absorbed parameters and singletons (nil without fixed effects), the coefficients, sums of squares and
    /// dropped rows.
    struct Summary {
        let observations: Int
        let parameters: Int
        let hasIntercept: Bool
        let fixedEffects: (absorbed: Int, singletonsDropped: Int)?
        let coefficients: [Double]
        let residualSumOfSquares: Double
        /// Centred (or, without constant terms, uncentred) total sum of squares of the response.
        let totalSumOfSquares: Double
        /// Σ of the squared residualised response (with fixed effects: the denominator of `r2_within`).
        let withinTotalSumOfSquares: Double
        let rowsDropped: Int
    }

    let summary: Summary
    let covariance: CovarianceEstimate

    init(summary: Summary, covariance: CovarianceEstimate) {
        self.summary = summary
        self.covariance = covariance
    }

    init(fit: LeastSquaresFit, covariance: CovarianceEstimate, projection: FixedEffectsProjection?) {
        let summary = Summary(observations: fit.observationCount, parameters: fit.parameterCount,
                              hasIntercept: fit.design.hasIntercept && fit.keptColumns.first == 0,
                              fixedEffects: projection.map { ($0.absorbedParameters, $0.singletonsDropped) },
                              coefficients: fit.coefficients, residualSumOfSquares: fit.residualSumOfSquares,
                              totalSumOfSquares: projection?.centredTotalSumOfSquares ?? fit.totalSumOfSquares,
                              withinTotalSumOfSquares: fit.totalSumOfSquares, rowsDropped: fit.design.rowsDropped)
        self.init(summary: summary, covariance: covariance)
    }

    func named(warnings: inout [String]) -> [NamedStatistic] {
        let n = summary.observations
        let k = summary.parameters
        let hasIntercept = summary.hasIntercept
        let absorbed = summary.fixedEffects?.absorbed ?? 0
        let constantTerms = hasIntercept || summary.fixedEffects != nil ? 1 : 0
        let rss = summary.residualSumOfSquares
        let tss = summary.totalSumOfSquares
        let r2: Double? = tss > 0 ? 1 - rss / tss : nil
        let residualDegrees = n - k - absorbed
        let adjusted: Double? = residualDegrees > 0 ? r2.map { 1 - (1 - $0) * Double(n - constantTerms) / Double(residualDegrees) } : nil
        let slopes = Array((hasIntercept ? 1 : 0)..<k)
        var reason: String?
        let f = WaldTest.joint(slopes, estimates: summary.coefficients, covariance: covariance.matrix,
                               denominatorDegrees: covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if let reason { warnings.append(reason) }
        var stats = [NamedStatistic("r2", r2)]
        if summary.fixedEffects != nil {
            let withinTotal = summary.withinTotalSumOfSquares
            stats.append(NamedStatistic("r2_within", withinTotal > 0 ? 1 - rss / withinTotal : nil))
        }
        stats += [
            NamedStatistic("adj_r2", adjusted),
            NamedStatistic("f_stat", f?.statistic),
            NamedStatistic("f_df1", f.map { Double($0.numeratorDegrees) }),
            NamedStatistic("f_df2", f.map { Double($0.denominatorDegrees) }),
            NamedStatistic("f_p_value", f?.pValue),
            NamedStatistic("df_model", Double(k - (hasIntercept ? 1 : 0))),
            NamedStatistic("df_resid", Double(residualDegrees)),
            NamedStatistic("df_t", Double(covariance.correction.inferenceDegreesOfFreedom)),
            NamedStatistic("rmse", residualDegrees > 0 ? (rss / Double(residualDegrees)).squareRoot() : nil),
            NamedStatistic("rss", rss),
            NamedStatistic("tss", tss),
            NamedStatistic("rows_dropped", Double(summary.rowsDropped)),
        ]
        if let fixedEffects = summary.fixedEffects {
            stats.append(NamedStatistic("absorbed_df", Double(absorbed)))
            stats.append(NamedStatistic("singletons_dropped", Double(fixedEffects.singletonsDropped)))
        }
        if let clusters = covariance.clusterCount { stats.append(NamedStatistic("n_clusters", Double(clusters))) }
        return stats
    }
}
