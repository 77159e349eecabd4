/// The named statistics of a least-squares regression, with or without absorbed fixed effects.
///
/// R² is 1 − RSS/TSS with TSS centred when the model has an intercept or fixed effects, uncentred otherwise (Stata,
/// statsmodels); with fixed effects `within_r2` is 1 − RSS/TSS of the residualised response (fixest's `r2_within`,
/// reghdfe's `r2_within`). Adjusted R² uses n − 1 (or n without a constant) over n − K, K counting absorbed levels
/// (reghdfe). The F statistic is the Wald test of all slopes under the chosen covariance, with (q, `df_t`) degrees of
/// freedom.
struct RegressionStatistics {
    let fit: LeastSquaresFit
    let covariance: CovarianceEstimate
    let projection: FixedEffectsProjection?

    func named(warnings: inout [String]) -> [NamedStatistic] {
        let n = fit.observationCount
        let k = fit.parameterCount
        let hasIntercept = fit.design.hasIntercept && fit.keptColumns.first == 0
        let absorbed = projection?.absorbedParameters ?? 0
        let constantTerms = hasIntercept || projection != nil ? 1 : 0
        let rss = fit.residualSumOfSquares
        let tss = projection?.centredTotalSumOfSquares ?? fit.totalSumOfSquares
        let r2: Double? = tss > 0 ? 1 - rss / tss : nil
        let residualDegrees = n - k - absorbed
        let adjusted: Double? = residualDegrees > 0 ? r2.map { 1 - (1 - $0) * Double(n - constantTerms) / Double(residualDegrees) } : nil
        let slopes = Array((hasIntercept ? 1 : 0)..<k)
        var reason: String?
        let f = WaldTest.joint(slopes, estimates: fit.coefficients, covariance: covariance.matrix,
                               denominatorDegrees: covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if let reason { warnings.append(reason) }
        var stats = [NamedStatistic("r2", r2)]
        if projection != nil {
            let withinTotal = fit.totalSumOfSquares
            stats.append(NamedStatistic("within_r2", withinTotal > 0 ? 1 - rss / withinTotal : nil))
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
            NamedStatistic("rows_dropped", Double(fit.design.rowsDropped)),
        ]
        if let projection {
            stats.append(NamedStatistic("absorbed_df", Double(absorbed)))
            stats.append(NamedStatistic("singletons_dropped", Double(projection.singletonsDropped)))
        }
        if let clusters = covariance.clusterCount { stats.append(NamedStatistic("n_clusters", Double(clusters))) }
        return stats
    }
}
