/// Variance inflation factors of the regressors of a design, matching statsmodels `variance_inflation_factor` applied
/// to the design as given (constant included): each non-intercept column j is regressed by `LeastSquaresFit` on all
/// the other columns, intercept included when the design has one, and VIF = TSS/RSS = 1/(1 − R²ⱼ) with the centred
/// TSS when the design has an intercept, uncentred (Σx²) without — statsmodels' R² convention.
///
/// Convention: a regressor that the others reproduce (perfect collinearity, or a constant column next to the
/// intercept) has VIF = +infinity and tolerance 0 — a value, not an error. "Reproduce" is the test by which
/// `LeastSquaresFit` omits collinear columns: the residual norm is below `collinearityTolerance` (1e-9) of the
/// column's norm (statsmodels reports a huge finite VIF, or inf, from rounding residue there). A design
/// whose only column is the regressor has VIF 1. Errors of the auxiliary fits (`no_observations`,
/// `singular_design` when n does not exceed the number of other columns) are thrown at `location`.
public enum VarianceInflationFactors {
    /// One `VarianceInflation` per non-intercept column of `design`, in design order.
    public static func compute(_ design: RegressionDesign, at location: String) throws(PanelError) -> [VarianceInflation] {
        let firstRegressor = design.hasIntercept ? 1 : 0
        var results: [VarianceInflation] = []
        for j in firstRegressor..<design.regressors.columns {
            results.append(try inflation(of: j, in: design, at: location))
        }
        return results
    }

    private static func inflation(of j: Int, in design: RegressionDesign, at location: String) throws(PanelError) -> VarianceInflation {
        let term = design.termNames[j]
        let others = (0..<design.regressors.columns).filter { $0 != j }
        guard !others.isEmpty else { return VarianceInflation(term: term, vif: 1, tolerance: 1) }
        let auxiliary = RegressionDesign(responseName: term, response: design.regressors.column(j),
                                         regressors: Matrix(columnVectors: others.map { design.regressors.column($0) }),
                                         termNames: others.map { design.termNames[$0] },
                                         hasIntercept: design.hasIntercept,
                                         rowsUsed: design.rowsUsed, rowsDropped: design.rowsDropped)
        let fit = try LeastSquaresFit(auxiliary, at: location)
        let residual = fit.residualSumOfSquares
        let total = fit.totalSumOfSquares
        let norm2 = auxiliary.response.reduce(0) { $0 + $1 * $1 }
        let threshold = LeastSquaresFit.collinearityTolerance * LeastSquaresFit.collinearityTolerance * norm2
        guard residual > threshold else { return VarianceInflation(term: term, vif: .infinity, tolerance: 0) }
        return VarianceInflation(term: term, vif: total / residual, tolerance: residual / total)
    }
}
