/// β convergence: the one-period growth ln(yᵢ,ₜ₊₁/yᵢₜ) regressed on ln yᵢₜ — alone (absolute) or with conditioning
/// controls (conditional) — with the fixed effects of the formula absorbed, by the core's `OrdinaryLeastSquares`
/// (reghdfe / fixest conventions). β < 0 is convergence; its speed is s = −ln(1 + β)/τ with τ = 1 period, and the
/// half-life ln 2/s periods (both nil when β ≤ −1, the half-life also when s ≤ 0: no convergence). Reference:
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
        speed = beta.estimate > -1 ? -Elementary.log1p(beta.estimate) : nil
        halfLife = speed.flatMap { $0 > 0 ? Elementary.log(2) / $0 : nil }
    }
}
