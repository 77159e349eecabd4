/// Tests of the overidentifying restrictions after dynamic-panel GMM, each χ² with (instruments − coefficients)
/// degrees of freedom:
/// - Hansen J = (Σ Zᵢ'êᵢ)' A₂ (Σ Zᵢ'êᵢ), êᵢ the reported step's residuals and A₂ the two-step weights from the
///   one-step residuals: robust to heteroskedasticity; plm's `sargan(fit, "twosteps")` (what its `summary` prints
///   as "Sargan test") and xtabond2's Hansen test.
/// - Sargan = (Σ Zᵢ'ê₁ᵢ)' (Σ Zᵢ'HZᵢ)⁻¹ (Σ Zᵢ'ê₁ᵢ) / σ̂², σ̂² = Σ ê₁² / (2(n − k)), from the one-step residuals
///   ê₁ of the differenced equations: not robust; the form of Stata `xtabond`'s `estat sargan` (65.818 with 25 df
///   on Arellano–Bond's model (a1), computed by references/gmm from pgmm's own matrices). Difference GMM only: the system's level errors carry the unit effect, so this
///   scaling has no meaning there.
enum GMMOveridentification {
    static func hansen(_ equations: GMMEquations, residuals: [[Double]], oneStep: OneStepGMM) -> ChiSquaredTest? {
        let df = equations.instrumentCount - equations.termCount
        guard df > 0 else { return nil }
        let z = equations.totalScore(residuals)
        return ChiSquaredTest(name: "hansen", statistic: quadratic(z, oneStep.secondWeight), degreesOfFreedom: df)
    }

    static func sargan(_ equations: GMMEquations, oneStep: OneStepGMM, transformation: GMMTransformation) -> ChiSquaredTest? {
        let df = equations.instrumentCount - equations.termCount
        guard df > 0, let variance = sarganVariance(equations, oneStep: oneStep, transformation: transformation) else { return nil }
        let z = equations.totalScore(oneStep.step.residuals)
        return ChiSquaredTest(name: "sargan", statistic: quadratic(z, oneStep.step.weight) / variance, degreesOfFreedom: df)
    }

    /// σ̂² = Σ ê₁² / (2(n − k)), the scale of the Sargan statistic; nil outside difference GMM or when not positive.
    static func sarganVariance(_ equations: GMMEquations, oneStep: OneStepGMM, transformation: GMMTransformation) -> Double? {
        let n = equations.differenceObservations
        guard transformation == .difference, n > equations.termCount else { return nil }
        var sum = 0.0
        for unit in oneStep.step.residuals { for e in unit { sum += e * e } }
        let variance = sum / Double(2 * (n - equations.termCount))
        return variance > 0 ? variance : nil
    }

    private static func quadratic(_ z: [Double], _ a: Matrix) -> Double {
        let az = a.times(z)
        var sum = 0.0
        for j in 0..<z.count { sum += z[j] * az[j] }
        return sum
    }
}
