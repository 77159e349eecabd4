/// β convergence: the one-period growth ln(yᵢ,ₜ₊₁/yᵢₜ) regressed on ln yᵢₜ — alone (absolute) or with conditioning
/// controls (conditional) — with the fixed effects of the formula absorbed, by the core's `OrdinaryLeastSquares`
/// (reghdfe / fixest conventions). β < 0 is convergence; its speed and half-life are `ConvergenceSpeed`'s. Reference:
/// pyfixest `feols` with unit and period effects clustered by unit (coefficients also linearmodels `PanelOLS`).
struct ConvergenceBeta {
    let regression: RegressionResult
    /// The coefficient of ln yᵢₜ.
    let beta: CoefficientEstimate
    let speed: Double?
    let halfLife: Double?

    /// Fits `growth ~ level + controls | fixed effects` on `table`, which holds the growth and log-level columns
    /// named `growth` and `level`; a β the fixed effects or controls absorb is `singular_design`.
    init(growth: String, level: String, controls: [FormulaTerm], fixedEffects: [FormulaTerm], table: DataTable, panel: PanelIndex,
         covariance: CovarianceChoice, confidenceLevel: Double, budget: TimeBudget, at location: String) throws(PanelError) {
        let formula = Formula(response: .variable(growth), regressors: [FormulaTerm(factors: [.variable(level)])] + controls,
                              hasIntercept: true, fixedEffects: fixedEffects, endogenous: [], instruments: [])
        regression = try OrdinaryLeastSquares.estimate(formula: formula, table: table, panel: panel, covariance: covariance,
                                                       level: confidenceLevel, budget: budget, at: location)
        guard let beta = regression.coefficients.first(where: { $0.term == level }) else {
            throw PanelError(.singularDesign, "\(level) is collinear with the fixed effects or the controls: β cannot be estimated",
                             at: location + "/formula")
        }
        self.beta = beta
        let speed = ConvergenceSpeed(beta: beta.estimate)
        self.speed = speed.speed
        halfLife = speed.halfLife
    }
}
