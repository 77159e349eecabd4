/// Ordinary least squares, `estimator: "ols"`: Stata `regress` (with `vce(robust)` / `vce(cluster c)`) and
/// statsmodels `OLS` are the references. Reports R² (uncentred without an intercept, as both do), adjusted R²,
/// the Wald F test of all slopes under the chosen covariance, root MSE, and collinear terms as omitted.
public enum OrdinaryLeastSquares {
    public static func estimate(formula: Formula, table: DataTable, covariance choice: CovarianceChoice,
                                level: Double, at location: String) throws(PanelError) -> RegressionResult {
        guard formula.fixedEffects.isEmpty, formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "estimator 'ols' takes 'y ~ x1 + x2'; absorbed fixed effects and instruments need a panel or IV estimator",
                             at: location + "/formula")
        }
        for name in choice.requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        let design = try RegressionDesign(formula: formula, table: table, requiredColumns: choice.requiredColumns,
                                          at: location + "/formula")
        let fit = try LeastSquaresFit(design, at: location)
        let covariance = try choice.estimate(for: fit, table: table, at: location + "/vcov")
        let terms = fit.keptColumns.map { design.termNames[$0] }
        var warnings: [String] = []
        if design.rowsDropped > 0 {
            warnings.append("\(design.rowsDropped) rows with missing values were dropped")
        }
        let omitted = fit.omittedColumns.map { design.termNames[$0] }
        for name in omitted { warnings.append("'\(name)' omitted because of collinearity") }
        let rows = try CoefficientInference.rows(terms: terms, estimates: fit.coefficients, covariance: covariance,
                                                 level: level, warnings: &warnings, at: location)
        return RegressionResult(estimator: "ols", responseName: design.responseName, observationCount: fit.observationCount,
                                coefficients: rows, statistics: statistics(fit, covariance, warnings: &warnings),
                                covariance: covariance, covarianceTerms: terms, omitted: omitted, warnings: warnings, level: level,
                                inference: .studentT)
    }

    private static func statistics(_ fit: LeastSquaresFit, _ covariance: CovarianceEstimate, warnings: inout [String]) -> [NamedStatistic] {
        let n = fit.observationCount
        let k = fit.parameterCount
        let hasIntercept = fit.design.hasIntercept && fit.keptColumns.first == 0
        let rss = fit.residualSumOfSquares
        let tss = fit.totalSumOfSquares
        let r2: Double? = tss > 0 ? 1 - rss / tss : nil
        let constantTerms = hasIntercept ? 1 : 0
        let adjusted = r2.map { 1 - (1 - $0) * Double(n - constantTerms) / Double(n - k) }
        let slopes = Array((hasIntercept ? 1 : 0)..<k)
        var reason: String?
        let f = WaldTest.joint(slopes, estimates: fit.coefficients, covariance: covariance.matrix,
                               denominatorDegrees: covariance.correction.inferenceDegreesOfFreedom, reason: &reason)
        if let reason { warnings.append(reason) }
        var stats = [
            NamedStatistic("r2", r2),
            NamedStatistic("adj_r2", adjusted),
            NamedStatistic("f_stat", f?.statistic),
            NamedStatistic("f_df1", f.map { Double($0.numeratorDegrees) }),
            NamedStatistic("f_df2", f.map { Double($0.denominatorDegrees) }),
            NamedStatistic("f_p_value", f?.pValue),
            NamedStatistic("df_model", Double(k - constantTerms)),
            NamedStatistic("df_resid", Double(n - k)),
            NamedStatistic("df_t", Double(covariance.correction.inferenceDegreesOfFreedom)),
            NamedStatistic("rmse", (rss / Double(n - k)).squareRoot()),
            NamedStatistic("rss", rss),
            NamedStatistic("tss", tss),
            NamedStatistic("rows_dropped", Double(fit.design.rowsDropped)),
        ]
        if let clusters = covariance.clusterCount { stats.append(NamedStatistic("n_clusters", Double(clusters))) }
        return stats
    }
}
