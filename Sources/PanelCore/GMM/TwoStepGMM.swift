/// Two-step GMM: the weights A₂ = (Σ Zᵢ'êᵢêᵢ'Zᵢ)⁻¹ from the one-step residuals, with the Windmeijer (2005)
/// finite-sample corrected covariance (plm `vcovHC` of a two-step `pgmm`, xtabond2 `twostep robust`).
struct TwoStepGMM {
    let step: GMMStep
    let correctedCovariance: Matrix

    init(_ equations: GMMEquations, _ moments: GMMMoments, oneStep: OneStepGMM, at location: String) throws(PanelError) {
        step = try GMMStep(equations, moments, weight: oneStep.secondWeight, at: location)
        correctedCovariance = WindmeijerCorrection.covariance(equations, moments, oneStep: oneStep, twoStep: step)
    }
}
