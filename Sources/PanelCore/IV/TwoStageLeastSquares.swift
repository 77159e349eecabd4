/// Two-stage least squares, β = (X̂ᵀX̂)⁻¹X̂ᵀy with X̂ = P_Z X: Stata `ivregress 2sls`, `ivreg2`, `ivreghdfe`;
/// linearmodels `IV2SLS`; R `AER::ivreg`. Covariances use X̂ in the scores and (X̂ᵀX̂)⁻¹ as bread.
enum TwoStageLeastSquares {
    static func fit(_ sample: InstrumentalVariablesSample, at location: String) throws(PanelError) -> InstrumentalVariablesFit {
        try InstrumentalVariablesFit.kClass(sample, kappa: 1, at: location)
    }
}
