/// The fixed-effects spatial error (SEM) panel model y_t = X_t β + fixed effects + u_t, u_t = λ W u_t + ε_t, by
/// maximum likelihood after demeaning (Elhorst 2003, 2014 §3.3; spreg `Panel_FE_Error`): for each λ, β(λ) is OLS of
/// (I − λW)ỹ on (I − λW)X̃ and λ maximises −NT/2 log e(λ)ᵀe(λ) + T log|I − λW| — the root of its score
/// NT e(λ)ᵀ(W u(λ)) / e(λ)ᵀe(λ) − T Σ λ_i/(1 − λλ_i) (u = ỹ − X̃β(λ), envelope theorem; Wu from the lags of ỹ and X̃
/// computed once), by bisection; σ² = eᵀe/(NT); covariance from the expected information (σ²(X*ᵀX*)⁻¹ for β, the
/// (λ, σ²) block inverted for λ) or the observed one (`SpatialObservedInformation.error`). With `leeYu`, Lee & Yu's
/// (2010) transformation approach as for the SAR and the SAC (`LeeYuCounts`): the demeaned residual e already has the
/// norm of the transformed one (the time transformation commutes with I_T ⊗ W; F′(I − λW) = (I − λW*)F′ when W's rows
/// sum to one), so only the counts n and T, the Jacobian and the traces change — with time effects, λ and β too.
public struct SpatialErrorPanel: SpatialPanelModel {
    public let terms: [String]
    /// β then λ.
    public let estimates: [Double]
    public let covariance: Matrix
    public let sigma2: Double
    public let varianceOfSigma2: Double
    public let logLikelihood: Double
    public let observationCount: Int
    public let periodCount: Int
    public let effects: SpatialFixedEffects

    /// Same inputs (`leeYu`, `budget` included) and failures as `SpatialLagPanel`.
    public init(y: [Double], x: [[Double]], terms: [String], weights: SpatialWeights, eigenvalues: SpatialSpectrum,
                effects: SpatialFixedEffects, leeYu: Bool = false, information kind: SpatialInformation = .expected,
                budget: TimeBudget = .unlimited, at location: String) throws(PanelError) {
        let n = weights.unitCount, nt = y.count, t = nt / n, k = x.count
        let counts = LeeYuCounts(units: n, periods: t, effects: effects, corrected: leeYu)
        let yd = effects.demeaned(y, units: n)
        let xd = x.map { effects.demeaned($0, units: n) }
        // Lags demeaned again, as for the lag model: (I − λW) of the time effects is (1 − λ)α_t1, projected out.
        let wy = effects.demeaned(SpatialPanelAlgebra.lag(yd, weights), units: n)
        let wx = xd.map { effects.demeaned(SpatialPanelAlgebra.lag($0, weights), units: n) }
        guard HouseholderQR(Matrix(columnVectors: xd), pivoting: .deficientLast(tolerance: 1e-9)).rank == k else {
            throw PanelError(.singularDesign, "after removing the fixed effects the regressors are collinear (or constant within units/periods)", at: location)
        }
        /// β(λ) and the filtered residuals e at λ.
        func fit(_ lambda: Double) -> (beta: [Double], e: [Double], qr: HouseholderQR) {
            let ys = (0..<nt).map { yd[$0] - lambda * wy[$0] }
            let xs = Matrix(columnVectors: (0..<k).map { j in (0..<nt).map { xd[j][$0] - lambda * wx[j][$0] } })
            let qr = HouseholderQR(xs, pivoting: .none)
            let beta = qr.solveLeastSquares(ys)
            return (beta, qr.residuals(ys), qr)
        }
        let (low, high) = eigenvalues.admissibleInterval
        // eᵀWu = eᵀJ(Wu) = eᵀ(wy − wx β) since e is demeaned: O(NTk) per evaluation with the precomputed lags.
        let lambda = try DecreasingRoot.bisect(low: low, high: high, budget: budget, at: location) { lambda in
            let (beta, e, _) = fit(lambda)
            let wu = Self.filteredLag(wy, wx, beta)
            var ee = 0.0, ewu = 0.0
            for i in 0..<nt {
                ee += e[i] * e[i]
                ewu += e[i] * wu[i]
            }
            return counts.observations * ewu / ee - counts.periods * counts.trace(lambda, eigenvalues)
        }
        try AdmissibleInterval.requireInterior("lambda", lambda, low: low, high: high, at: location)
        let (beta, e, qr) = fit(lambda)
        let sigma2 = e.reduce(0) { $0 + $1 * $1 } / counts.observations
        let covariance: Matrix, varianceOfSigma2: Double
        switch kind {
        case .expected:
            (covariance, varianceOfSigma2) = try Self.expectedCovariance(weights, lambda: lambda, sigma2: sigma2, unscaled: qr.unscaledCovariance(),
                                                                          counts: counts, at: location)
        case .observed:
            let xs = Matrix(columnVectors: (0..<k).map { j in (0..<nt).map { xd[j][$0] - lambda * wx[j][$0] } })
            let wu = Self.filteredLag(wy, wx, beta)
            let information = SpatialObservedInformation.error(filtered: xs, lags: wx, wu: wu, residuals: e, sigma2: sigma2, lambda: lambda,
                                                               spectrum: eigenvalues, counts: counts)
            let (block, inverse) = try SpatialPanelAlgebra.invertedInformation(
                information, leading: k + 1, failure: "the information matrix of the spatial error model is not positive definite", at: location)
            (covariance, varianceOfSigma2) = (block, inverse[k + 1, k + 1])
        }
        self.terms = terms + ["lambda"]
        self.estimates = beta + [lambda]
        self.covariance = covariance
        self.sigma2 = sigma2
        self.varianceOfSigma2 = varianceOfSigma2
        self.logLikelihood = counts.logLikelihood(sigma2: sigma2, jacobians: counts.jacobian(lambda, eigenvalues))
        self.observationCount = nt
        self.periodCount = t
        self.effects = effects
    }

    /// σ²(X*ᵀX*)⁻¹ for β (block-diagonal expected information) and the inverse of the (λ, σ²) block, from the traces
    /// of W̃ = W(I − λW)⁻¹ (Elhorst 2014 §3.3; J W̃ J and the Lee–Yu counts under Lee–Yu's cross-sectional
    /// transformation, as for the SAR): the covariance of (β, λ) and the variance of σ².
    private static func expectedCovariance(_ weights: SpatialWeights, lambda: Double, sigma2: Double, unscaled: Matrix, counts: LeeYuCounts,
                                           at location: String) throws(PanelError) -> (Matrix, Double) {
        let k = unscaled.rows
        let (tr1, tr2, tr3) = SpatialPanelAlgebra.traces(try SpatialPanelAlgebra.filteredWeights(weights, lambda, counts: counts, at: location))
        let T = counts.periods
        let a = T * (tr2 + tr3), b = T * tr1 / sigma2, d = counts.observations / (2 * sigma2 * sigma2)
        let determinant = a * d - b * b
        guard determinant > 0 else {
            throw PanelError(.numericalFailure, "the information matrix of the spatial error model is not positive definite", at: location)
        }
        var covariance = Matrix(rows: k + 1, columns: k + 1)
        for j in 0..<k { for i in 0..<k { covariance[i, j] = sigma2 * unscaled[i, j] } }
        covariance[k, k] = d / determinant
        return (covariance, a / determinant)
    }

    /// J(Wu) = wy − Σ_j wx_j β_j for u = ỹ − X̃β, from the demeaned lags of ỹ and X̃.
    private static func filteredLag(_ wy: [Double], _ wx: [[Double]], _ beta: [Double]) -> [Double] {
        (0..<wy.count).map { i in wy[i] - (0..<beta.count).reduce(0.0) { $0 + wx[$1][i] * beta[$1] } }
    }
}
