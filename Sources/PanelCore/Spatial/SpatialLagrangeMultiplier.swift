/// Lagrange-multiplier tests for a spatial lag and a spatial error, plain and robust (Anselin et al. 1996), on the
/// residuals of the fixed-effects (demeaned) pooled regression of a panel — Elhorst's `LMsarsem_panel` (Elhorst
/// 2014, §3.6; Debarsy & Ertur 2010). With e the OLS residuals of ỹ on X̃, σ² = eᵀe/(NT), Wₜ = I_T ⊗ W,
/// ŷ = y − e (X̃β̂ plus the fitted fixed effects), T_W = tr(WW + WᵀW) and J = ((Wₜŷ)ᵀ M̃ (Wₜŷ) + T T_W σ²)/σ²:
/// LM_lag = (eᵀWₜy/σ²)²/J, LM_error = (eᵀWₜe/σ²)²/(T T_W), robust LM_lag = (eᵀWₜy/σ² − eᵀWₜe/σ²)²/(J − T T_W),
/// robust LM_error = (eᵀWₜe/σ² − T T_W/J · eᵀWₜy/σ²)²/(T T_W (1 − T T_W/J)); each χ²(1). M̃ removes the fixed
/// effects and X̃ (the lagged fit is demeaned, then M = I − X̃(X̃ᵀX̃)⁻¹X̃ᵀ), so these are the score tests of the model
/// with fixed-effect dummies: `LMsarsem_panel` with unit effects (which uses WₜX̃β̂ without demeaning it again for
/// time and two-way effects), and for one period with time effects (demeaning = a constant) spreg
/// `OLS(spat_diag=True)`'s and spdep `lm.LMtests`' `lm_lag`, `lm_error`, `rlm_lag`, `rlm_error` — for any weights;
/// lagging ỹ and X̃β̂ instead agrees only when the rows of W sum to a constant.
public struct SpatialLagrangeMultiplier: Sendable {
    /// One LM test: its name, χ²(1) statistic and upper-tail p-value.
    public struct Test: Sendable {
        public let name: String
        public let statistic: Double
        public var pValue: Double { ChiSquared(degreesOfFreedom: 1).survival(statistic) }
    }

    public let tests: [Test]

    /// The four tests for `y` and the columns of `x` (N·T each, period after period, weights order). Fails with
    /// `singular_design` when the demeaned regressors are collinear.
    public init(y: [Double], x: [[Double]], weights: SpatialWeights, effects: SpatialFixedEffects, at location: String) throws(PanelError) {
        let n = weights.unitCount, nt = y.count, t = Double(nt / n)
        let yd = effects.demeaned(y, units: n)
        let xd = Matrix(columnVectors: x.map { effects.demeaned($0, units: n) })
        let qr = HouseholderQR(xd, pivoting: .deficientLast(tolerance: 1e-9))
        guard qr.rank == x.count else {
            throw PanelError(.singularDesign, "after removing the fixed effects the regressors are collinear (or constant within units/periods)", at: location)
        }
        let e = qr.residuals(yd)
        let sigma2 = Self.dot(e, e) / Double(nt)
        let lagY = SpatialPanelAlgebra.lag(y, weights), lagE = SpatialPanelAlgebra.lag(e, weights)
        let fitted = (0..<nt).map { y[$0] - e[$0] }  // Xβ̂ plus the fitted fixed effects
        let lagFit = effects.demeaned(SpatialPanelAlgebra.lag(fitted, weights), units: n)
        let annihilated = qr.residuals(lagFit)
        var traceW = 0.0
        for i in 0..<n {
            for (k, j) in weights.rows[i].neighbours.enumerated() {
                let w = weights.rows[i].weights[k]
                traceW += w * weights.matrix[j, i] + w * w
            }
        }
        let tw = t * traceW
        let j = (Self.dot(annihilated, annihilated) + tw * sigma2) / sigma2
        let lag = Self.dot(e, lagY) / sigma2, error = Self.dot(e, lagE) / sigma2
        tests = [
            Test(name: "lm_lag", statistic: lag * lag / j),
            Test(name: "robust_lm_lag", statistic: (lag - error) * (lag - error) / (j - tw)),
            Test(name: "lm_error", statistic: error * error / tw),
            Test(name: "robust_lm_error", statistic: (error - tw / j * lag) * (error - tw / j * lag) / (tw * (1 - tw / j))),
        ]
    }

    private static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}
