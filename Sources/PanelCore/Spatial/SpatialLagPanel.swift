/// The fixed-effects spatial lag (SAR) panel model y_t = ρ W y_t + X_t β + μ + λ_t + ε_t estimated by maximum
/// likelihood after demeaning (Elhorst 2003, 2014 §3.3; spreg `Panel_FE_Lag`): β from the two OLS fits of y and Wy
/// on X, ρ maximising the concentrated log-likelihood −NT/2 log(e(ρ)ᵀe(ρ)) + T log|I − ρW| — the root of its score
/// NT (e₀ᵀe₁ − ρ e₁ᵀe₁) / e(ρ)ᵀe(ρ) − T Σ λ/(1 − ρλ) on the admissible interval, by bisection (`ConcentratedLagFit`) —
/// σ² = eᵀe/(NT), and the asymptotic covariance from the inverse information matrix of (β, ρ, σ²): expected (Elhorst
/// 2014, eq. 3.31) or observed (`SpatialObservedInformation`).
public struct SpatialLagPanel: SpatialPanelModel {
    public let terms: [String]
    /// β then ρ.
    public let estimates: [Double]
    /// Covariance of (β, ρ) (the σ² row and column of the inverse information are dropped).
    public let covariance: Matrix
    public let sigma2: Double
    public let varianceOfSigma2: Double
    /// Full log-likelihood −NT/2 (log 2π + log σ² + 1) + T log|I − ρW| of the demeaned model.
    public let logLikelihood: Double
    public let observationCount: Int
    public let periodCount: Int
    public let effects: SpatialFixedEffects
    /// The spatial autoregressive parameter ρ (the last estimate).
    public var rho: Double { estimates[estimates.count - 1] }

    /// Estimates the model on `y` and the columns of `x` (each N·T, period after period, weights order). With
    /// `leeYu`, the transformation approach of Lee & Yu (2010; xsmle `leeyu`) — see `LeeYuCounts`. Fails with
    /// `numerical_failure` when the likelihood is largest at the edge of the admissible interval of ρ or the
    /// information matrix is not positive definite, `singular_design` when the demeaned regressors are collinear,
    /// `time_limit` when `budget` runs out during the search for ρ.
    public init(y: [Double], x: [[Double]], terms: [String], weights: SpatialWeights, eigenvalues: SpatialSpectrum,
                effects: SpatialFixedEffects, leeYu: Bool = false, information kind: SpatialInformation = .expected,
                budget: TimeBudget = .unlimited, at location: String) throws(PanelError) {
        let n = weights.unitCount, nt = y.count, k = x.count
        let counts = LeeYuCounts(units: n, periods: nt / n, effects: effects, corrected: leeYu)
        let yd = effects.demeaned(y, units: n)
        let xd = Matrix(columnVectors: x.map { effects.demeaned($0, units: n) })
        // The lag of the raw y is demeaned: ML with unit and time dummies concentrates them out of Wy, so Wy enters
        // as J(Wy) (Elhorst's demeaning of Wy). Lagging the demeaned y instead differs when the rows of W do not
        // sum to a constant (W·1 ≠ c·1): time effects then leave W(α_t1) = α_t W1 in Wy, which J does not remove.
        let wy = effects.demeaned(SpatialPanelAlgebra.lag(y, weights), units: n)
        let fit = try ConcentratedLagFit(y: yd, x: xd, laggedY: wy, eigenvalues: eigenvalues, counts: counts, budget: budget, at: location)
        let rho = fit.rho, beta = fit.beta
        let sigma2 = fit.sumOfSquares / counts.observations
        let information: Matrix
        switch kind {
        case .expected:
            let lagged = try SpatialPanelAlgebra.filteredWeights(weights, rho, counts: counts, at: location)
            information = Self.information(xd: xd, beta: beta, sigma2: sigma2, lagged: lagged, counts: counts)
        case .observed:
            information = SpatialObservedInformation.lag(xd: xd, wy: wy, residuals: fit.residuals, sigma2: sigma2, rho: rho, spectrum: eigenvalues,
                                                         counts: counts)
        }
        let (covariance, inverse) = try SpatialPanelAlgebra.invertedInformation(
            information, leading: k + 1, failure: "the information matrix of the spatial lag model is not positive definite", at: location)
        self.terms = terms + ["rho"]
        self.estimates = beta + [rho]
        self.covariance = covariance
        self.sigma2 = sigma2
        self.varianceOfSigma2 = inverse[k + 1, k + 1]
        self.logLikelihood = counts.logLikelihood(sigma2: sigma2, jacobians: counts.jacobian(rho, eigenvalues))
        self.observationCount = nt
        self.periodCount = nt / n
        self.effects = effects
    }

    /// The information matrix of (β, ρ, σ²) with W̃ = W(I − ρW)⁻¹ (J W̃ J under Lee–Yu's cross-sectional
    /// transformation) and η = (I_T ⊗ W̃) X β (Elhorst 2014, eq. 3.31; T and NT as `counts` says).
    static func information(xd: Matrix, beta: [Double], sigma2: Double, lagged: Matrix, counts: LeeYuCounts) -> Matrix {
        let k = beta.count, n = lagged.rows
        let xb = xd.times(beta)
        var eta: [Double] = []
        for start in stride(from: 0, to: xb.count, by: n) { eta += lagged.times(Array(xb[start..<(start + n)])) }
        let (tr1, tr2, tr3) = SpatialPanelAlgebra.traces(lagged)
        var info = Matrix(rows: k + 2, columns: k + 2)
        let xtx = xd.gram(), xeta = xd.transposeTimes(eta)
        for j in 0..<k {
            for i in 0..<k { info[i, j] = xtx[i, j] / sigma2 }
            info[k, j] = xeta[j] / sigma2
            info[j, k] = xeta[j] / sigma2
        }
        let T = counts.periods
        info[k, k] = T * (tr2 + tr3) + eta.reduce(0) { $0 + $1 * $1 } / sigma2
        info[k, k + 1] = T * tr1 / sigma2
        info[k + 1, k] = T * tr1 / sigma2
        info[k + 1, k + 1] = counts.observations / (2 * sigma2 * sigma2)
        return info
    }
}
