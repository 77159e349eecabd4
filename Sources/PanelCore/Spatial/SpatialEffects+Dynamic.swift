extension SpatialEffects {
    /// The horizon of the effects of a spatial dynamic panel (Elhorst 2014, §4.4; Debarsy, Ertur & LeSage 2012).
    public enum Horizon: String, Sendable {
        /// (I − ρW)⁻¹(β_j I + θ_j W): the effects within the period.
        case shortRun = "short_run"
        /// ((1 − τ)I − (ρ + η)W)⁻¹(β_j I + θ_j W) = (I − aW)⁻¹(β_j I + θ_j W)/(1 − τ) with a = (ρ + η)/(1 − τ): the
        /// effects once the dynamics have settled.
        case longRun = "long_run"
    }

    /// The direct, indirect and total effects at `horizon` of the k regressors `terms` of a spatial dynamic panel with
    /// `estimates` (τ, η, β (k), θ (k when `durbin`), ρ) and their covariance: the static multipliers (`effects`,
    /// `gradient`) at (β, θ, ρ), or at (β, θ, a) divided by 1 − τ, their gradients carried to (τ, η, ρ) by the chain
    /// rule (∂a/∂ρ = ∂a/∂η = 1/(1 − τ), ∂a/∂τ = a/(1 − τ)). Simulated draws count where ρ (and in the long run τ < 1
    /// and a) lie in the admissible interval. SDPDmod's `impactsSDPDm` always simulates (200 draws) and reports the
    /// draws' means as the effects; here the effects are at the estimates, and the draws give standard errors only.
    init(dynamicTerms terms: [String], estimates: [Double], covariance: Matrix, durbin: Bool, horizon: Horizon, eigenvalues: SpatialSpectrum,
         inference: Inference, replications: Int, seed: UInt64, executor: ReplicationExecutor, budget: TimeBudget,
         shards: ReplicationShards?, at location: String) throws(PanelError) {
        let k = terms.count, p = estimates.count, (low, high) = eigenvalues.admissibleInterval
        /// (β, θ, ρ or a) and 1/(1 − τ) (1 in the short run).
        func statics(_ theta: [Double]) -> (parameters: [Double], scale: Double) {
            var parameters = Array(theta[2..<p])
            guard horizon == .longRun else { return (parameters, 1) }
            let scale = 1 / (1 - theta[0])
            parameters[p - 3] = (theta[p - 1] + theta[1]) * scale
            return (parameters, scale)
        }
        try self.init(terms: terms, estimates: estimates, covariance: covariance, inference: inference, replications: replications,
                      seed: seed, executor: executor, budget: budget, shards: shards, at: location,
                      admissible: { theta in
                          let (parameters, _) = statics(theta)
                          let a = parameters[p - 3], rho = theta[p - 1]
                          return rho > low && rho < high && theta[0] < 1 && a > low && a < high
                      },
                      values: { theta in
                          let (parameters, scale) = statics(theta)
                          return Self.effects(parameters, k: k, durbin: durbin, eigenvalues).map { $0.map { $0 * scale } }
                      },
                      gradient: { theta, j, kind in
                          let (parameters, scale) = statics(theta)
                          let inner = Self.gradient(parameters, k: k, j: j, kind: kind, durbin: durbin, eigenvalues)
                          var g = [0, 0] + inner.map { $0 * scale }
                          guard horizon == .longRun else { return g }
                          let value = Self.effects(parameters, k: k, durbin: durbin, eigenvalues)[kind][j]
                          let slope = inner[p - 3], a = parameters[p - 3]
                          g[0] = scale * scale * (value + a * slope)
                          g[1] = scale * scale * slope
                          g[p - 1] = scale * scale * slope
                          return g
                      })
    }
}
