/// Classical covariance under homoskedastic, independent errors: s²(XᵀX)⁻¹ with s² = RSS/(n−k), as Stata `regress`
/// and statsmodels `OLS` (nonrobust). Unscaled form (RSS/n)(XᵀX)⁻¹ times the n/(n−k) correction.
public enum IIDCovariance {
    public static func estimate(_ inputs: CovarianceInputs) -> CovarianceEstimate {
        let n = inputs.observationCount
        let sigma2 = inputs.residuals.reduce(0) { $0 + $1 * $1 } / Double(n)
        let bread = inputs.bread
        let unscaled = Matrix(rows: bread.rows, columns: bread.columns, columnMajor: bread.storage.map { $0 * sigma2 })
        return CovarianceEstimate(type: "iid", unscaled: unscaled,
                                  correction: .residualDegrees(observations: n, parameters: inputs.modelParameterCount, convention: inputs.absorbedParameters > 0 ? "stata_reghdfe" : "stata_regress"),
                                  clusterCount: nil)
    }
}
