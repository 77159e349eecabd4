/// The random-effects spatial lag (SAR) panel model y = ρ(I_T ⊗ W)y + Xβ + α + (1_T ⊗ μ) + ε, μ_i ~ (0, σ_μ²),
/// ε ~ (0, σ²), by maximum likelihood (Elhorst 2014 §3.4; xsmle `model(sar) re`; splm `spml(model = "random",
/// lag = TRUE)`); the spatial Durbin model is the same with WX among the columns of X. With ψ = σ²/(Tσ_μ² + σ²) and
/// the quasi-demeaning v* = v − θ v̄_i, θ = 1 − √ψ (of y, Wy and X, constant included), the log-likelihood is
///   ℓ = −NT/2 log(2πσ²) + N/2 log ψ + T log|I − ρW| − e*ᵀe*/(2σ²),  e* = y* − ρ(Wy)* − X*β.
/// For fixed ψ this is the fixed-effects problem on the quasi-demeaned data (`ConcentratedLagFit`: β(ρ), ρ from its
/// score, σ² = e*ᵀe*/NT). The profile of ℓ in ψ has, by the envelope theorem, the score
/// N/(2ψ) − ‖Pe‖²/(2σ²), of the sign of ‖e*‖² − T‖Pe*‖² (P = unit means, e = e*'s untransformed residuals): positive
/// near ψ = 0, and its root in (0, 1) — Elhorst's fixed point ψ = e'Qe/((T − 1)e'Pe) — is found by bisection to full
/// precision, instead of Elhorst's alternation. The covariance is the inverse of the expected information of
/// (β, ρ, σ², ψ): the fixed-effects block of `SpatialLagPanel.information` on the quasi-demeaned X, plus
/// I_ρψ = −tr W̃/ψ, I_σ²ψ = −N/(2ψσ²), I_ψψ = N/(2ψ²) (W̃ = W(I − ρW)⁻¹; derived from ½ tr(V⁻¹V_a V⁻¹V_b) with
/// V = Var y, as documented in docs/abi/spatial.md); the variance of σ_μ² = σ²(1/ψ − 1)/T by the delta method.
public struct SpatialRandomEffectsLagPanel: Sendable {
    /// The regressors (with their lags W*x for the SDM), "(Intercept)", then "rho".
    public let terms: [String]
    /// β (the intercept last among them) then ρ.
    public let estimates: [Double]
    /// Covariance of (β, ρ).
    public let covariance: Matrix
    public let sigma2: Double
    public let varianceOfSigma2: Double
    /// σ_μ², the variance of the random unit effects.
    public let sigma2Mu: Double
    public let varianceOfSigma2Mu: Double
    /// ψ = σ²/(Tσ_μ² + σ²) = (1 − θ)².
    public let psi: Double
    /// ℓ at the estimates.
    public let logLikelihood: Double
    public let observationCount: Int
    public let periodCount: Int

    /// The quasi-demeaning weight θ = 1 − √ψ (the share of each unit's mean removed).
    public var theta: Double { 1 - psi.squareRoot() }
    /// σ_μ²/σ², the variance ratio.
    public var phi: Double { sigma2Mu / sigma2 }
    /// The spatial autoregressive parameter ρ (the last estimate).
    public var rho: Double { estimates[estimates.count - 1] }

    /// Estimates the model on `y` and the columns of `x` (each N·T, period after period, weights order; no constant —
    /// it is added). Fails with `singular_design` when the regressors and the constant are collinear,
    /// `numerical_failure` when ρ is at the edge of its interval, σ_μ² is estimated at zero (ψ = 1: pooled data) or
    /// the information matrix is not positive definite, `time_limit` when `budget` runs out during the searches.
    public init(y: [Double], x: [[Double]], terms: [String], weights: SpatialWeights, eigenvalues: SpatialSpectrum,
                budget: TimeBudget = .unlimited, at location: String) throws(PanelError) {
        let n = weights.unitCount, nt = y.count, t = nt / n, k = x.count + 1
        let counts = LeeYuCounts(units: n, periods: t, effects: .unit, corrected: false)
        let columns = x + [[Double](repeating: 1, count: nt)]
        let wy = SpatialPanelAlgebra.lag(y, weights)
        let means = (y: Self.unitMeans(y, units: n), wy: Self.unitMeans(wy, units: n), x: columns.map { Self.unitMeans($0, units: n) })
        func fit(_ psi: Double) throws(PanelError) -> (fit: ConcentratedLagFit, x: Matrix) {
            let theta = 1 - psi.squareRoot()
            let xs = Matrix(columnVectors: columns.indices.map { Self.quasiDemeaned(columns[$0], means.x[$0], theta) })
            let fit = try ConcentratedLagFit(y: Self.quasiDemeaned(y, means.y, theta), x: xs, laggedY: Self.quasiDemeaned(wy, means.wy, theta),
                                             eigenvalues: eigenvalues, counts: counts,
                                             collinear: "the regressors are collinear with each other or with the intercept",
                                             budget: budget, at: location)
            return (fit, xs)
        }
        let psi = try DecreasingRoot.bisect(low: 0, high: 1, budget: budget, at: location) { (psi) throws(PanelError) in
            let e = try fit(psi).fit.residuals
            let between = Self.unitMeans(e, units: n).reduce(0) { $0 + $1 * $1 }
            return e.reduce(0) { $0 + $1 * $1 } - Double(t) * Double(t) * between
        }
        guard psi < 1 - 1e-9 else {
            throw PanelError(.numericalFailure, "the variance of the random unit effects is estimated at zero (the likelihood is largest at "
                             + "psi = 1): the data show no unit effects; fit the model without them or with fixed effects", at: location)
        }
        let (final, xs) = try fit(psi)
        let sigma2 = final.sumOfSquares / Double(nt)
        let filter = try SpatialPanelAlgebra.inverseFilter(weights, rho: final.rho, at: location)
        let lagged = SpatialPanelAlgebra.multiply(filter, weights)
        let fixedBlock = SpatialLagPanel.information(xd: xs, beta: final.beta, sigma2: sigma2, lagged: lagged, counts: counts)
        var information = Matrix(rows: k + 3, columns: k + 3)
        for j in 0..<(k + 2) { for i in 0..<(k + 2) { information[i, j] = fixedBlock[i, j] } }
        let traceLagged = SpatialPanelAlgebra.traces(lagged).0, units = Double(n)
        information[k, k + 2] = -traceLagged / psi
        information[k + 2, k] = -traceLagged / psi
        information[k + 1, k + 2] = -units / (2 * psi * sigma2)
        information[k + 2, k + 1] = -units / (2 * psi * sigma2)
        information[k + 2, k + 2] = units / (2 * psi * psi)
        let (covariance, inverse) = try SpatialPanelAlgebra.invertedInformation(
            information, leading: k + 1, failure: "the information matrix of the random-effects spatial lag model is not positive definite", at: location)
        // σ_μ² = σ²(1/ψ − 1)/T: gradient ((1/ψ − 1)/T, −σ²/(Tψ²)) in (σ², ψ).
        let g0 = (1 / psi - 1) / Double(t), g1 = -sigma2 / (Double(t) * psi * psi)
        self.terms = terms + ["(Intercept)", "rho"]
        self.estimates = final.beta + [final.rho]
        self.covariance = covariance
        self.sigma2 = sigma2
        self.varianceOfSigma2 = inverse[k + 1, k + 1]
        self.sigma2Mu = sigma2 * g0
        let v11: Double = inverse[k + 1, k + 1], v12: Double = inverse[k + 1, k + 2], v22: Double = inverse[k + 2, k + 2]
        self.varianceOfSigma2Mu = g0 * g0 * v11 + 2 * g0 * g1 * v12 + g1 * g1 * v22
        self.psi = psi
        self.logLikelihood = counts.logLikelihood(sigma2: sigma2, jacobians: counts.jacobian(final.rho, eigenvalues))
            + units / 2 * Elementary.log(psi)
        self.observationCount = nt
        self.periodCount = t
    }

    /// Each unit's mean over the periods of `v` (period after period, N units each).
    static func unitMeans(_ v: [Double], units n: Int) -> [Double] {
        var means = [Double](repeating: 0, count: n)
        for (index, value) in v.enumerated() { means[index % n] += value }
        let periods = Double(v.count / n)
        return means.map { $0 / periods }
    }

    /// v − θ v̄_i.
    static func quasiDemeaned(_ v: [Double], _ means: [Double], _ theta: Double) -> [Double] {
        v.indices.map { v[$0] - theta * means[$0 % means.count] }
    }
}
