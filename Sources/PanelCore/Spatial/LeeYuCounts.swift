/// The effective sample of a fixed-effects spatial panel likelihood. The direct approach (Elhorst 2014; spreg;
/// xsmle without `leeyu`) uses NT observations and T periods. Lee & Yu's (2010) transformation approach (xsmle
/// `leeyu`) removes the unit effects with an orthonormal (T − 1)-column transformation of time — N(T − 1)
/// observations, T − 1 periods: σ² = eᵀe/(N(T − 1)), the spatial parameter and β unchanged — and the time effects with
/// an orthonormal (N − 1)-column transformation F of the units, which needs rows of W summing to one: (N − 1) units,
/// the Jacobian log|I − aW| − log(1 − a) per period (the eigenvalue 1 of W is removed) and W̃ replaced by J W̃ J
/// (J = I − 11ᵀ/N, as F W̃* Fᵀ) in the information matrix; this changes the spatial parameter and β too. The same
/// counts and Jacobian serve ρ of the SAR, SDM and SAC and λ of the SEM, SDEM and SAC.
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

    /// −n/2 (log 2π + log σ² + 1) + T·`jacobians` with the effective counts, `jacobians` the sum of the per-period
    /// Jacobians (`jacobian`) of the model's spatial parameters.
    func logLikelihood(sigma2: Double, jacobians: Double) -> Double {
        -observations / 2 * (Elementary.log(2 * 3.141592653589793) + Elementary.log(sigma2) + 1) + periods * jacobians
    }

    /// log|I − aW| per period, less log(1 − a) when the cross-sectional transformation removes the eigenvalue 1.
    func jacobian(_ a: Double, _ eigenvalues: SpatialSpectrum) -> Double {
        eigenvalues.logDeterminant(a) - (removesCrossSectionMean ? Elementary.log(1 - a) : 0)
    }

    /// −d/da of `jacobian`: Σ λ_i/(1 − aλ_i) (tr W(I − aW)⁻¹), less 1/(1 − a) under the cross-sectional transformation.
    func trace(_ a: Double, _ eigenvalues: SpatialSpectrum) -> Double {
        eigenvalues.rationalSum(a, power: 1, denominatorPower: 1) - (removesCrossSectionMean ? 1 / (1 - a) : 0)
    }

    /// −d²/da² of `jacobian`: Σ λ_i²/(1 − aλ_i)², less 1/(1 − a)² under the cross-sectional transformation.
    func squaredTrace(_ a: Double, _ eigenvalues: SpatialSpectrum) -> Double {
        eigenvalues.rationalSum(a, power: 2, denominatorPower: 2)
            - (removesCrossSectionMean ? 1 / ((1 - a) * (1 - a)) : 0)
    }
}

extension LeeYuCounts {
    /// The counts of the spatial dynamic panel on the T − 1 periods after the first (Yu, de Jong & Lee 2008; Lee & Yu
    /// 2010; SDPDmod with `LYtrans`): the unit effects demeaned away with N(T − 1) observations and T − 1 periods
    /// (their O(1/T) bias is corrected afterwards), the time effects by the cross-sectional transformation, leaving
    /// N − 1 units.
    init(dynamicUnits n: Int, periods: Int, effects: SpatialFixedEffects) {
        let removesTime = effects != .unit
        observations = Double((removesTime ? n - 1 : n) * periods)
        self.periods = Double(periods)
        removesCrossSectionMean = removesTime
    }
}
