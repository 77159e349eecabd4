/// White's heteroskedasticity-robust covariance with the HC1 factor n/(n−k): Stata `regress, vce(robust)` and
/// statsmodels `cov_type="HC1"`.
public enum HeteroskedasticityRobustCovariance {
    public static func estimate(_ inputs: CovarianceInputs) -> CovarianceEstimate {
        let n = inputs.observationCount
        let meat = inputs.scoreOuterProduct(group: Array(0..<n), groupCount: n)
        return CovarianceEstimate(type: "hc1", unscaled: inputs.sandwich(meat),
                                  correction: .residualDegrees(observations: n, parameters: inputs.modelParameterCount, convention: inputs.absorbedParameters > 0 ? "stata_reghdfe_robust" : "stata_robust_hc1"),
                                  clusterCount: nil)
    }
}
