/// Pooled OLS on the panel sample, `method: "pooled"`: Stata `regress y x` (with `vce(cluster id)` when asked)
/// on the same rows as the other panel methods. Reports R², adjusted R², the slopes' F and root MSE, plus the
/// panel sample sizes.
public enum PooledEstimator {
    /// Fits the model on `sample` with the chosen covariance (`table` supplies cluster columns); `level` sets the intervals.
    public static func estimate(_ sample: PanelSample, covariance choice: CovarianceChoice, table: DataTable,
                                level: Double, at location: String) throws(PanelError) -> RegressionResult {
        let fit = try LeastSquaresFit(sample.design, at: location)
        var warnings: [String] = []
        let covariance = try PanelCovariance.estimate(choice, fit: fit, unitOf: sample.unitOf,
                                                      absorbedParameters: 0, table: table, panel: sample.panel,
                                                      warnings: &warnings, at: location + "/vcov")
        let n = fit.observationCount
        let k = fit.parameterCount
        let rss = fit.residualSumOfSquares
        let tss = fit.totalSumOfSquares
        let constantTerms = fit.design.hasIntercept && fit.keptColumns.first == 0 ? 1 : 0
        let r2: Double? = tss > 0 ? 1 - rss / tss : nil
        var statistics = PanelResultAssembly.slopeFTest(fit, covariance, warnings: &warnings)
        statistics += [
            NamedStatistic("r2", r2),
            NamedStatistic("adj_r2", r2.map { 1 - (1 - $0) * Double(n - constantTerms) / Double(n - k) }),
            NamedStatistic("rmse", (rss / Double(n - k)).squareRoot()),
            NamedStatistic("df_resid", Double(n - k)),
            NamedStatistic("rss", rss),
        ]
        var result = try PanelResultAssembly.result(fit: fit, covariance: covariance, sample: sample, observationCount: n,
                                                    statistics: statistics, inference: .studentT, level: level, warnings: warnings, at: location)
        result.estimationSample = EstimationSample(rows: sample.design.rowsUsed, residuals: fit.residuals)
        return result
    }
}
