/// One-step GMM (Arellano and Bond 1991): weights A₁ = (Σ Zᵢ'HZᵢ)⁻¹ with plm's H, and the robust covariance
/// B₁ (X'Z A₁ S A₁ Z'X) B₁, S = Σ Zᵢ'êᵢêᵢ'Zᵢ from the one-step residuals (plm `vcovHC` of a one-step `pgmm`).
/// Also the weights of the second step, A₂ = S⁻¹, which the Hansen test uses after one step too.
struct OneStepGMM {
    let step: GMMStep
    let scoreCovariance: Matrix
    let robustCovariance: Matrix
    let secondWeight: Matrix
    let warnings: [String]

    init(_ equations: GMMEquations, _ moments: GMMMoments, at location: String) throws(PanelError) {
        let first = try GMMWeightInverse.inverse(moments.instrumentsWeighted)
        step = try GMMStep(equations, moments, weight: first.inverse, at: location)
        scoreCovariance = GMMMoments.scoreOuterProducts(equations, residuals: step.residuals)
        robustCovariance = step.sandwich(moments, scoreCovariance: scoreCovariance)
        let second = try GMMWeightInverse.inverse(scoreCovariance)
        secondWeight = second.inverse
        var warnings: [String] = []
        if first.generalised { warnings.append("the first-step matrix Σ Z'HZ is singular: a generalised inverse is used (as plm and xtabond2)") }
        if second.generalised { warnings.append("the second-step matrix Σ Z'ee'Z is singular: a generalised inverse is used (as plm and xtabond2)") }
        self.warnings = warnings
    }
}
