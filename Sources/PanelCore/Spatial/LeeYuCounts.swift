/// The effective sample of a fixed-effects spatial panel likelihood. The direct approach (Elhorst 2014; spreg;
/// xsmle without `leeyu`) uses NT observations and T periods. Lee & Yu's (2010) transformation approach (xsmle
/// `leeyu`) removes the unit effects with an orthonormal (T − 1)-column transformation of time — N(T − 1)
/// observations, T − 1 periods: σ² = eᵀe/(N(T − 1)), ρ and β unchanged — and the time effects with an orthonormal
/// (N − 1)-column transformation F of the units, which needs rows of W summing to one: (N − 1) units, the
/// Jacobian log|I − ρW| − log(1 − ρ) per period (the eigenvalue 1 of W is removed) and W̃ replaced by J W̃ J
/// (J = I − 11ᵀ/N, as F W̃* Fᵀ) in the information matrix; this changes ρ and β too.
struct LeeYuCounts {
    /// NT or its transformed count.
    let observations: Double
    /// T or T − 1.
    let periods: Double
    /// Whether the time effects were removed by the cross-sectional transformation.
    let removesCrossSectionMean: Bool

    init(units n: Int, periods t: Int, effects: SpatialFixedEffects, corrected: Bool) {
        guard corrected else {
            observations = Double(n * t)
            periods = Double(t)
            removesCrossSectionMean = false
            return
        }
        let unitsLeft = effects == .unit ? n : n - 1
        let periodsLeft = effects == .time ? t : t - 1
        observations = Double(unitsLeft) * Double(periodsLeft)
        periods = Double(periodsLeft)
        removesCrossSectionMean = effects != .unit
    }

    /// −n/2 (log 2π + log σ² + 1) + T (log|I − ρW| − [log(1 − ρ)]) with the effective counts.
    func logLikelihood(sigma2: Double, logDeterminant: Double, rho: Double) -> Double {
        let jacobian = removesCrossSectionMean ? logDeterminant - Elementary.log(1 - rho) : logDeterminant
        return -observations / 2 * (Elementary.log(2 * 3.141592653589793) + Elementary.log(sigma2) + 1) + periods * jacobian
    }
}
