/// The fixed-effects spatial autoregressive combined (SAC) panel model y_t = ρ W y_t + X_t β + fixed effects + u_t,
/// u_t = λ W u_t + ε_t (Elhorst 2014 §3.3; xsmle `model(sac)`; spatialreg `sacsarlm` on demeaned data), by maximum
/// likelihood after demeaning. With ỹ, X̃ demeaned, P v = J(I_T ⊗ W)v (the spatial lag demeaned again, as in the SAR
/// and SEM) and r = ỹ − ρPỹ − X̃β, the residual is e = r − λPr and the log-likelihood
/// −NT/2 log(2πσ²) + T log|I − ρW| + T log|I − λW| − eᵀe/(2σ²).
///
/// Maximiser (nested bisection, every root to full double precision): for a given λ, β is OLS of the filtered data
/// and ρ̂(λ) is the root of the SAR-type concentrated score; λ is the root of the profile score ∂ℓ/∂λ at ρ̂(λ)
/// (envelope theorem), NT eᵀPr/eᵀe − T Σ λ_i/(1 − λλ_i), which runs from +∞ to −∞ across the admissible interval.
/// Covariance: the inverse of the observed information (negative Hessian) of (β, ρ, λ, σ²), analytic — see
/// `observedInformation`. With `leeYu`, Lee & Yu's (2010) transformation approach as for the SAR (`LeeYuCounts`):
/// N(T − 1) observations and T − 1 periods for unit effects; for time effects (rows of W summing to one) N − 1 units
/// and the eigenvalue 1 of W removed from every Jacobian, trace and second-derivative sum, for ρ and for λ alike
/// (the transformed residual F′e has the norm of Je, and the demeaned e already lies in that space).
public struct SpatialAutoregressiveCombinedPanel: SpatialPanelModel {
    public let terms: [String]
    /// β, then ρ, then λ.
    public let estimates: [Double]
    /// Covariance of (β, ρ, λ) (the σ² row and column of the inverse information are dropped).
    public let covariance: Matrix
    public let sigma2: Double
    public let varianceOfSigma2: Double
    /// −NT/2 (log 2π + log σ² + 1) + T log|I − ρW| + T log|I − λW| (Lee–Yu: effective counts and Jacobians).
    public let logLikelihood: Double
    public let observationCount: Int
    public let periodCount: Int
    public let effects: SpatialFixedEffects
    /// The spatial autoregressive parameter ρ.
    public var rho: Double { estimates[estimates.count - 2] }
    /// The spatial error parameter λ.
    public var lambda: Double { estimates[estimates.count - 1] }

    /// The demeaned data and their lags: ỹ, Pỹ, P²ỹ, X̃ and PX̃ (N·T values each, period after period).
    private struct Lags {
        let y: [Double], wy: [Double], wwy: [Double]
        let x: [[Double]], wx: [[Double]]
    }

    /// The fit at (ρ, λ): β, the filtered residuals e = Br, and h = Pr.
    private struct Fit {
        let beta: [Double], e: [Double], h: [Double]
    }

    /// Same inputs and failures as `SpatialLagPanel`: `numerical_failure` when ρ or λ is at the edge of the admissible
    /// interval or the observed information is not positive definite, `singular_design` for regressors collinear
    /// after demeaning.
    public init(y: [Double], x: [[Double]], terms: [String], weights: SpatialWeights, eigenvalues: SpatialSpectrum,
                effects: SpatialFixedEffects, leeYu: Bool = false, budget: TimeBudget = .unlimited, at location: String) throws(PanelError) {
        let n = weights.unitCount, nt = y.count, t = nt / n, k = x.count
        let counts = LeeYuCounts(units: n, periods: t, effects: effects, corrected: leeYu)
        func lag(_ v: [Double]) -> [Double] { effects.demeaned(SpatialPanelAlgebra.lag(v, weights), units: n) }
        let yd = effects.demeaned(y, units: n), xd = x.map { effects.demeaned($0, units: n) }
        let wy = lag(yd)
        let data = Lags(y: yd, wy: wy, wwy: lag(wy), x: xd, wx: xd.map(lag))
        guard HouseholderQR(Matrix(columnVectors: xd), pivoting: .deficientLast(tolerance: 1e-9)).rank == k else {
            throw PanelError(.singularDesign, "after removing the fixed effects the regressors are collinear (or constant within units/periods)", at: location)
        }
        let (low, high) = eigenvalues.admissibleInterval
        let observations = counts.observations
        let lambda = try DecreasingRoot.bisect(low: low, high: high, budget: budget, at: location) { (lambda) throws(PanelError) in
            let rho = try Self.profileRho(data, lambda: lambda, eigenvalues: eigenvalues, counts: counts, budget: budget, at: location)
            let fit = Self.fit(data, rho: rho, lambda: lambda)
            var ee = 0.0, eh = 0.0
            for i in 0..<nt {
                ee += fit.e[i] * fit.e[i]
                eh += fit.e[i] * fit.h[i]
            }
            return observations * eh / ee - counts.periods * counts.trace(lambda, eigenvalues)
        }
        let rho = try Self.profileRho(data, lambda: lambda, eigenvalues: eigenvalues, counts: counts, budget: budget, at: location)
        for (name, value) in [("rho", rho), ("lambda", lambda)] {
            try AdmissibleInterval.requireInterior(name, value, low: low, high: high, at: location)
        }
        let fit = Self.fit(data, rho: rho, lambda: lambda)
        let sigma2 = fit.e.reduce(0) { $0 + $1 * $1 } / observations
        let information = Self.observedInformation(data, fit: fit, rho: rho, lambda: lambda, sigma2: sigma2,
                                                   eigenvalues: eigenvalues, counts: counts)
        let (covariance, inverse) = try SpatialPanelAlgebra.invertedInformation(
            information, leading: k + 2, failure: "the observed information of the SAC model is not positive definite (not a maximum)", at: location)
        self.terms = terms + ["rho", "lambda"]
        self.estimates = fit.beta + [rho, lambda]
        self.covariance = covariance
        self.sigma2 = sigma2
        self.varianceOfSigma2 = inverse[k + 2, k + 2]
        self.logLikelihood = counts.logLikelihood(sigma2: sigma2,
                                                  jacobians: counts.jacobian(rho, eigenvalues) + counts.jacobian(lambda, eigenvalues))
        self.observationCount = nt
        self.periodCount = t
        self.effects = effects
    }

    /// The filtered regressors X* = X̃ − λPX̃.
    private static func filtered(_ data: Lags, lambda: Double) -> Matrix {
        Matrix(columnVectors: data.x.indices.map { j in data.x[j].indices.map { data.x[j][$0] - lambda * data.wx[j][$0] } })
    }

    /// ρ̂(λ): with Bỹ and BPỹ regressed on X* (residuals e₀, e₁), the root of the concentrated score
    /// NT (e₀ᵀe₁ − ρe₁ᵀe₁)/|e₀ − ρe₁|² − T Σ λ_i/(1 − ρλ_i), by bisection (as in `SpatialLagPanel`).
    private static func profileRho(_ data: Lags, lambda: Double, eigenvalues: SpatialSpectrum, counts: LeeYuCounts,
                                   budget: TimeBudget, at location: String) throws(PanelError) -> Double {
        let qr = HouseholderQR(filtered(data, lambda: lambda), pivoting: .none)
        let e0 = qr.residuals(data.y.indices.map { data.y[$0] - lambda * data.wy[$0] })
        let e1 = qr.residuals(data.wy.indices.map { data.wy[$0] - lambda * data.wwy[$0] })
        var s00 = 0.0, s01 = 0.0, s11 = 0.0
        for i in e0.indices {
            s00 += e0[i] * e0[i]
            s01 += e0[i] * e1[i]
            s11 += e1[i] * e1[i]
        }
        let (low, high) = eigenvalues.admissibleInterval
        return try DecreasingRoot.bisect(low: low, high: high, budget: budget, at: location) { rho in
            counts.observations * (s01 - rho * s11) / (s00 - 2 * rho * s01 + rho * rho * s11) - counts.periods * counts.trace(rho, eigenvalues)
        }
    }

    /// β(ρ, λ) by OLS of B(ỹ − ρPỹ) on X*, e = B(ỹ − ρPỹ) − X*β and h = Pr = Pỹ − ρP²ỹ − PX̃β.
    private static func fit(_ data: Lags, rho: Double, lambda: Double) -> Fit {
        let nt = data.y.count
        let ys = (0..<nt).map { i in data.y[i] - rho * data.wy[i] - lambda * (data.wy[i] - rho * data.wwy[i]) }
        let qr = HouseholderQR(filtered(data, lambda: lambda), pivoting: .none)
        let beta = qr.solveLeastSquares(ys)
        let h = (0..<nt).map { i in
            data.wy[i] - rho * data.wwy[i] - beta.indices.reduce(0.0) { $0 + data.wx[$1][i] * beta[$1] }
        }
        return Fit(beta: beta, e: qr.residuals(ys), h: h)
    }

    /// The observed information −∂²ℓ of (β, ρ, λ, σ²). With ∂e/∂β = −X*, ∂e/∂ρ = −g (g = BPỹ), ∂e/∂λ = −h and the
    /// only non-zero second derivatives ∂²e/∂β∂λ = PX̃, ∂²e/∂ρ∂λ = P²ỹ: ββ X*ᵀX*/σ², βρ X*ᵀg/σ², βλ (X*ᵀh + (PX̃)ᵀe)/σ²,
    /// ρρ gᵀg/σ² + T Σ λ_i²/(1 − ρλ_i)², ρλ (gᵀh + eᵀP²ỹ)/σ², λλ hᵀh/σ² + T Σ λ_i²/(1 − λλ_i)², aσ² = −(∂e/∂a)ᵀe/σ⁴
    /// and σ²σ² = eᵀe/σ⁶ − NT/(2σ⁴) (Lee–Yu: effective NT, T and sums, see `LeeYuCounts.squaredTrace`).
    private static func observedInformation(_ data: Lags, fit: Fit, rho: Double, lambda: Double, sigma2: Double,
                                            eigenvalues: SpatialSpectrum, counts: LeeYuCounts) -> Matrix {
        let k = fit.beta.count, nt = data.y.count
        let xs = filtered(data, lambda: lambda)
        let g = (0..<nt).map { data.wy[$0] - lambda * data.wwy[$0] }
        func dot(_ a: [Double], _ b: [Double]) -> Double {
            var sum = 0.0
            for i in a.indices { sum += a[i] * b[i] }
            return sum
        }
        let s2 = sigma2, s4 = sigma2 * sigma2
        var info = Matrix(rows: k + 3, columns: k + 3)
        let gram = xs.gram(), xg = xs.transposeTimes(g), xh = xs.transposeTimes(fit.h), xe = xs.transposeTimes(fit.e)
        for j in 0..<k {
            for i in 0..<k { info[i, j] = gram[i, j] / s2 }
            info[j, k] = xg[j] / s2
            info[j, k + 1] = (xh[j] + dot(data.wx[j], fit.e)) / s2
            info[j, k + 2] = xe[j] / s4
        }
        info[k, k] = dot(g, g) / s2 + counts.periods * counts.squaredTrace(rho, eigenvalues)
        info[k, k + 1] = (dot(g, fit.h) + dot(fit.e, data.wwy)) / s2
        info[k, k + 2] = dot(fit.e, g) / s4
        info[k + 1, k + 1] = dot(fit.h, fit.h) / s2
            + counts.periods * counts.squaredTrace(lambda, eigenvalues)
        info[k + 1, k + 2] = dot(fit.e, fit.h) / s4
        info[k + 2, k + 2] = dot(fit.e, fit.e) / (s4 * s2) - counts.observations / (2 * s4)
        for j in 0..<(k + 3) { for i in (j + 1)..<(k + 3) { info[i, j] = info[j, i] } }
        return info
    }
}
