/// The between estimator, `method: "between"`: Stata `xtreg, be` is the reference — OLS of the unit means ȳᵢ on
/// the unit means x̄ᵢ (one unweighted observation per unit), with t(n − k) inference. `nobs` is the number of panel
/// observations, as Stata reports it; R² between is the regression's R², within and overall are Stata's
/// correlation-squared definitions.
public enum BetweenEstimator {
    public static func estimate(_ sample: PanelSample, covariance choice: CovarianceChoice, table: DataTable,
                                level: Double, at location: String) throws(PanelError) -> RegressionResult {
        let fit = try self.fit(sample, at: location)
        var warnings: [String] = []
        let covariance = try PanelCovariance.estimate(choice, fit: fit, unitOf: Array(0..<sample.unitCount),
                                                      absorbedParameters: 0, table: table, panel: sample.panel,
                                                      warnings: &warnings, at: location + "/vcov")
        let rss = fit.residualSumOfSquares
        let df = sample.unitCount - fit.parameterCount
        var statistics = PanelResultAssembly.slopeFTest(fit, covariance, warnings: &warnings)
        statistics += PanelResultAssembly.rSquared(fit, sample: sample)
        statistics += [NamedStatistic("rmse", (rss / Double(df)).squareRoot()), NamedStatistic("df_resid", Double(df)), NamedStatistic("rss", rss)]
        return try PanelResultAssembly.result(fit: fit, covariance: covariance, sample: sample, observationCount: sample.observationCount,
                                              statistics: statistics, inference: .studentT, level: level, warnings: warnings, at: location)
    }

    /// OLS on the unit means of every design column (the intercept stays a column of ones); the design's rows are
    /// the first table row of each unit.
    static func fit(_ sample: PanelSample, at location: String) throws(PanelError) -> LeastSquaresFit {
        var firstRows = [Int](repeating: -1, count: sample.unitCount)
        for (i, unit) in sample.unitOf.enumerated() where firstRows[unit] < 0 { firstRows[unit] = sample.design.rowsUsed[i] }
        let x = sample.design.regressors
        let design = RegressionDesign(responseName: sample.design.responseName, response: sample.unitMeans(sample.design.response),
                                      regressors: Matrix(columnVectors: (0..<x.columns).map { sample.unitMeans(x.column($0)) }),
                                      termNames: sample.design.termNames, hasIntercept: sample.design.hasIntercept,
                                      rowsUsed: firstRows, rowsDropped: sample.design.rowsDropped)
        return try LeastSquaresFit(design, at: location)
    }
}
