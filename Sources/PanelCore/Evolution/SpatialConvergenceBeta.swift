/// Spatial β convergence: the one-period growth ln(yᵢ,ₜ₊₁/yᵢₜ) on ln yᵢₜ (and conditioning controls) in the spatial
/// Durbin model with unit and period fixed effects by maximum likelihood (`SpatialLagPanel` on the regressors and
/// their spatial lags, as `spatial_panel` with `"model": "sdm"`; Elhorst 2014, §3.3):
/// g_t = ρ W g_t + β ln y_t + θ W ln y_t + controls + μ + λ_t + ε_t. β is the coefficient of ln y, with the speed
/// and half-life of the non-spatial β (`ConvergenceSpeed`); the direct, indirect and total effects of ln y (and the
/// controls) by LeSage & Pace with delta-method standard errors (`SpatialEffects`).
struct SpatialConvergenceBeta {
    let fit: SpatialLagPanel
    /// Coefficient rows of ln y, the controls, their spatial lags and ρ (z tests).
    let coefficients: [CoefficientEstimate]
    /// The coefficient of ln y.
    let beta: CoefficientEstimate
    let effects: SpatialEffects
    let speed: ConvergenceSpeed

    /// `growth` and each column of `regressors` (ln y first, then the controls, named `terms`) hold N·P values,
    /// period after period in the weights' unit order.
    init(growth: [Double], regressors: [[Double]], terms: [String], weights: SpatialWeights, eigenvalues: SpatialSpectrum,
         confidenceLevel: Double, executor: ReplicationExecutor, budget: TimeBudget, at location: String) throws(PanelError) {
        let (x, names) = SpatialRegressionData.durbinDesign(regressors, terms: terms, weights: weights)
        fit = try SpatialLagPanel(y: growth, x: x, terms: names, weights: weights, eigenvalues: eigenvalues, effects: .twoWay,
                                  budget: budget, at: location)
        coefficients = SpatialCoefficients.rows(terms: fit.terms, estimates: fit.estimates, covariance: fit.covariance, level: confidenceLevel)
        beta = coefficients[0]
        effects = try SpatialEffects(terms: terms, estimates: fit.estimates, covariance: fit.covariance, durbin: true, eigenvalues: eigenvalues,
                                     inference: .delta, replications: 0, seed: 0, executor: executor, budget: budget, at: location)
        speed = ConvergenceSpeed(beta: beta.estimate)
    }
}
