/// Two-step efficient GMM (Hansen 1982) as Stata `ivreg2, gmm2s` computes it: the weight matrix S⁻¹ with
/// S = Σ_g (Σ_{i∈g} eᵢzᵢ)(Σ_{i∈g} eᵢzᵢ)ᵀ from the 2SLS residuals under the chosen covariance (robust, cluster,
/// two-way, Driscoll–Kraay), β = (QᵀS⁻¹Q)⁻¹QᵀS⁻¹Zᵀy with Q = ZᵀX, and covariance (QᵀS⁻¹Q)⁻¹ times the convention's
/// small-sample factor (ivreg2 uses the same S for the weight and the covariance). With iid errors the efficient
/// weight is (ZᵀZ)⁻¹ and the estimator is 2SLS. Also gives Hansen's J = ḡᵀS⁻¹ḡ, ḡ = Zᵀe at the GMM estimate.
struct EfficientGMM {
    let fit: InstrumentalVariablesFit
    /// Hansen's J statistic (the minimised criterion).
    let hansenJ: Double

    /// The GMM step from the 2SLS fit; `moments` is S (l × l) from the 2SLS residuals.
    init(_ sample: InstrumentalVariablesSample, firstStep: InstrumentalVariablesFit, moments: Matrix, at location: String) throws(PanelError) {
        let (x, z) = InstrumentalVariablesFit.regressors(sample)
        let weight: Cholesky
        do {
            weight = try Cholesky(moments)
        } catch {
            throw PanelError(.numericalFailure, "the covariance of the moment conditions is not positive definite; efficient GMM needs it", at: location + "/vcov")
        }
        let lowerInverse = TriangularSolve.invertUpper(weight.lower.transposed).transposed
        let whitenedQ = lowerInverse * z.transposeTimes(x)
        let whitenedZy = lowerInverse.times(z.transposeTimes(sample.response))
        let normal = try InstrumentalVariablesFit.factor(whitenedQ.gram(), at: location)
        let beta = normal.solve(whitenedQ.transposeTimes(whitenedZy))
        let residuals = InstrumentalVariablesFit.structuralResiduals(sample.response, x, beta)
        let whitenedMoments = lowerInverse.times(z.transposeTimes(residuals))
        self.hansenJ = Matrix.innerProduct(whitenedMoments, whitenedMoments)
        self.fit = InstrumentalVariablesFit(coefficients: beta, residuals: residuals,
                                            scoreRegressors: z * (lowerInverse.transposed * whitenedQ),
                                            scoreResiduals: firstStep.residuals,
                                            breadFactor: TriangularSolve.invertUpper(normal.lower.transposed), kappa: nil)
    }
}
