/// The spatial dynamic panel y_t = τ y_{t−1} + η W y_{t−1} + ρ W y_t + X_t β + W X_t θ + μ (+ α_t 1) + ε_t (SAR: θ = 0)
/// with unit (or unit and time) fixed effects by the bias-corrected quasi-maximum likelihood of Yu, de Jong & Lee
/// (2008) — Lee & Yu (2010) with time effects — as Elhorst (2014, ch. 4) presents it and SDPDmod's
/// `SDPDm(…, dynamic = TRUE, LYtrans = TRUE)` computes it:
///
/// 1. the first period is the initial condition: the sample is periods 2…T with regressors Z = (y_{t−1}, W y_{t−1}, X,
///    WX); the unit effects are demeaned away over those T − 1 periods, the time effects by the cross-sectional
///    transformation (row-standardised W; `LeeYuCounts(dynamicUnits:…)`);
/// 2. ρ maximises the concentrated likelihood (`ConcentratedLagFit`), γ = (τ, η, β, θ) and σ² = eᵀe/(n(T − 1)) follow;
/// 3. the bias b/T of `DynamicSpatialBias` is removed: θ̃ = θ̂ + Σ̂⁻¹b/T with Σ̂ the information per observation at θ̂
///    (`SpatialLagPanel.information` divided by n(T − 1));
/// 4. the covariance at θ̃ is (Σ⁻¹ + Σ⁻¹ΩΣ⁻¹)/(n(T − 1)) (Yu, de Jong & Lee 2008, Theorem 2), Ω the non-normality
///    term ((μ₄ − 3σ⁴)/σ⁴) [Σ G_ii²/n, tr G/(2σ²n); ·, 1/(4σ⁴)] on the (ρ, σ²) block, μ₄ the fourth moment of
///    y − S⁻¹Zγ as SDPDmod computes it.
///
/// With time effects the per-unit terms (Σ G_ii² and μ₄) are taken in the N-unit layout of the demeaned data, where
/// SDPDmod uses the N − 1 coordinates of an eigenvector basis of I − 11ᵀ/N; both enter only through Ω, which vanishes
/// for normal errors.
public struct DynamicSpatialPanel: SpatialPanelModel {
    /// y(t−1), W*y(t−1), the regressors (and their lags W*x), rho.
    public let terms: [String]
    /// The bias-corrected (τ, η, β, θ, ρ).
    public let estimates: [Double]
    /// The QML estimates before the bias correction, in the order of `estimates`.
    public let uncorrectedEstimates: [Double]
    /// Covariance of `estimates` (the σ² row and column dropped).
    public let covariance: Matrix
    /// The bias-corrected σ².
    public let sigma2: Double
    public let varianceOfSigma2: Double
    /// −n(T − 1)/2 log(2πσ²) + (T − 1) log|I − ρW| − eᵀe/(2σ²) at the corrected estimates (log|I − ρW| − log(1 − ρ)
    /// with time effects).
    public let logLikelihood: Double
    /// N(T − 1): the observations after the first period.
    public let observationCount: Int
    /// T − 1.
    public let periodCount: Int
    public let effects: SpatialFixedEffects
    /// Eigenvalues of S⁻¹(τI + ηW) at the uncorrected estimates treated as unit roots by the bias correction.
    public let unitRoots: Int

    /// Estimates the model on `y` (N·T values, period after period, weights order) with the exogenous columns `x`
    /// (named `terms`; for the SDM followed by their lags W*x) and the response's name `response`. `effects` is `.unit`
    /// or `.twoWay` (row-standardised weights), `eigenvalues` the exact real spectrum of W. Fails as
    /// `ConcentratedLagFit` does, and with `numerical_failure` when an information matrix is not positive definite, the
    /// correction leaves ρ outside its interval or σ² ≤ 0, or the covariance has a variance that is not positive.
    public init(y: [Double], x: [[Double]], terms: [String], response: String, weights: SpatialWeights, eigenvalues: SpatialSpectrum,
                effects: SpatialFixedEffects, budget: TimeBudget = .unlimited, at location: String) throws(PanelError) {
        let n = weights.unitCount, periods = y.count / n - 1, sample = n * periods
        let counts = LeeYuCounts(dynamicUnits: n, periods: periods, effects: effects)
        let lagged = Array(y[0..<sample]), current = Array(y[n...])
        let design = [lagged, SpatialPanelAlgebra.lag(lagged, weights)] + x.map { Array($0[n...]) }
        let yd = effects.demeaned(current, units: n)
        let zd = Matrix(columnVectors: design.map { effects.demeaned($0, units: n) })
        let wy = effects.demeaned(SpatialPanelAlgebra.lag(current, weights), units: n)
        let fit = try ConcentratedLagFit(y: yd, x: zd, laggedY: wy, eigenvalues: eigenvalues, counts: counts, budget: budget, at: location)
        let kz = zd.columns, perObservation = counts.observations
        let sigma2 = fit.sumOfSquares / perObservation
        let information = try Self.information(zd: zd, beta: fit.beta, rho: fit.rho, sigma2: sigma2, weights: weights, counts: counts,
                                               at: location)
        let spectrum = effects == .unit ? eigenvalues.values : Array(eigenvalues.values.dropFirst())
        let bias = DynamicSpatialBias(tau: fit.beta[0], eta: fit.beta[1], rho: fit.rho, sigma2: sigma2, coefficientCount: kz,
                                      eigenvalues: spectrum, periods: counts.periods)
        let uncorrected = fit.beta + [fit.rho, sigma2]
        let shift = information.inverse.times(bias.score)
        let corrected = (0..<(kz + 2)).map { uncorrected[$0] + perObservation / counts.periods * shift[$0] }
        let beta = Array(corrected[0..<kz]), rho = corrected[kz], sigma2Corrected = corrected[kz + 1]
        let (low, high) = eigenvalues.admissibleInterval
        guard rho > low, rho < high, sigma2Corrected > 0 else {
            throw PanelError(.numericalFailure, "the bias correction moves rho to \(rho.messageText) (admissible interval \(low.messageText) to "
                             + "\(high.messageText)) and sigma2 to \(sigma2Corrected.messageText): the panel has too few periods for it", at: location)
        }
        let atCorrected = try Self.information(zd: zd, beta: beta, rho: rho, sigma2: sigma2Corrected, weights: weights, counts: counts,
                                               at: location)
        let fitted = zd.times(beta)
        let residuals = (0..<yd.count).map { yd[$0] - rho * wy[$0] - fitted[$0] }
        let omega = try Self.nonNormality(yd: yd, zd: zd, beta: beta, rho: rho, sigma2: sigma2Corrected, filtered: atCorrected.filtered,
                                      weights: weights, counts: counts, at: location)
        let inverse = atCorrected.inverse
        let sandwich = inverse * omega * inverse
        var full = inverse
        for k in 0..<full.storage.count { full.storage[k] += perObservation * sandwich.storage[k] }
        guard (0..<(kz + 2)).allSatisfy({ full[$0, $0] > 0 && full[$0, $0].isFinite }) else {
            throw PanelError(.numericalFailure, "the non-normality term leaves a variance of the dynamic spatial model that is not positive",
                             at: location)
        }
        var covariance = Matrix(rows: kz + 1, columns: kz + 1)
        for j in 0...kz { for i in 0...kz { covariance[i, j] = full[i, j] } }
        let sumOfSquares = residuals.reduce(0) { $0 + $1 * $1 }
        self.terms = [response + "(t-1)", "W*" + response + "(t-1)"] + terms + ["rho"]
        self.estimates = beta + [rho]
        self.uncorrectedEstimates = fit.beta + [fit.rho]
        self.covariance = covariance
        self.sigma2 = sigma2Corrected
        self.varianceOfSigma2 = full[kz + 1, kz + 1]
        self.logLikelihood = -perObservation / 2 * Elementary.log(2 * 3.141592653589793 * sigma2Corrected)
            + counts.periods * counts.jacobian(rho, eigenvalues) - sumOfSquares / (2 * sigma2Corrected)
        self.observationCount = sample
        self.periodCount = periods
        self.effects = effects
        self.unitRoots = bias.unitRoots
    }

    /// The inverse of the information matrix of (γ, ρ, σ²) at the given estimates (`SpatialLagPanel.information`, with
    /// J G J under the cross-sectional transformation) and the G = W(I − ρW)⁻¹ it used.
    private static func information(zd: Matrix, beta: [Double], rho: Double, sigma2: Double, weights: SpatialWeights, counts: LeeYuCounts,
                                    at location: String) throws(PanelError) -> (inverse: Matrix, filtered: Matrix) {
        let filtered = try SpatialPanelAlgebra.filteredWeights(weights, rho, counts: counts, at: location)
        let information = SpatialLagPanel.information(xd: zd, beta: beta, sigma2: sigma2, lagged: filtered, counts: counts)
        let (_, inverse) = try SpatialPanelAlgebra.invertedInformation(
            information, leading: 0, failure: "the information matrix of the dynamic spatial model is not positive definite", at: location)
        return (inverse, filtered)
    }

    /// Ω of Yu, de Jong & Lee's Theorem 2 per observation: ((μ₄ − 3σ⁴)/σ⁴) times Σ G_ii²/n at (ρ, ρ), tr G/(2σ²n) at
    /// (ρ, σ²) and 1/(4σ⁴) at (σ², σ²), zero elsewhere; μ₄ = Σ r⁴/(n(T − 1)) of r = ỹ − S⁻¹Z̃γ per period (centred
    /// across units under the cross-sectional transformation), as SDPDmod computes it.
    private static func nonNormality(yd: [Double], zd: Matrix, beta: [Double], rho: Double, sigma2: Double, filtered: Matrix,
                                     weights: SpatialWeights, counts: LeeYuCounts, at location: String) throws(PanelError) -> Matrix {
        let n = weights.unitCount, kz = beta.count
        let units = counts.observations / counts.periods
        let fitted = zd.times(beta)
        let inverse = try SpatialPanelAlgebra.inverseFilter(weights, rho: rho, at: location)
        var fourth = 0.0
        for start in stride(from: 0, to: yd.count, by: n) {
            var period = inverse.times(Array(fitted[start..<(start + n)]))
            if counts.removesCrossSectionMean {
                let mean = period.reduce(0, +) / Double(n)
                for i in 0..<n { period[i] -= mean }
            }
            for i in 0..<n {
                let r = yd[start + i] - period[i]
                fourth += r * r * r * r
            }
        }
        let mu4 = fourth / counts.observations
        var squares = 0.0, trace = 0.0
        for i in 0..<n {
            squares += filtered[i, i] * filtered[i, i]
            trace += filtered[i, i]
        }
        let scale = (mu4 - 3 * sigma2 * sigma2) / (sigma2 * sigma2)
        var omega = Matrix(rows: kz + 2, columns: kz + 2)
        omega[kz, kz] = scale * squares / units
        omega[kz, kz + 1] = scale * trace / (2 * sigma2 * units)
        omega[kz + 1, kz] = omega[kz, kz + 1]
        omega[kz + 1, kz + 1] = scale / (4 * sigma2 * sigma2)
        return omega
    }
}
