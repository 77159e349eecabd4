/// Windmeijer's (2005) finite-sample correction of the two-step GMM covariance, in plm's formulation (`vcovHC`):
/// V = B₂ + D B₂ + (D B₂)' + D V₁ D', B₂ = (X'Z A₂ Z'X)⁻¹, V₁ the robust one-step covariance, and column k of D
/// the derivative of the two-step estimate with respect to the weights through coefficient k:
/// D_k = −B₂ X'Z A₂ [Σᵢ Zᵢ'(−x_ik ê₁ᵢ' − ê₁ᵢ x_ik')Zᵢ] A₂ Σᵢ Zᵢ'ê₂ᵢ (ê₁ one-step, ê₂ two-step residuals).
/// The bracket is never formed: with g = A₂ Σ Zᵢ'ê₂ᵢ, its product with g is −Σᵢ (Zᵢ'x_ik (cᵢ'g) + cᵢ (x_ik'Zᵢ g)),
/// cᵢ = Zᵢ'ê₁ᵢ, so D costs one pass over the units.
enum WindmeijerCorrection {
    static func covariance(_ equations: GMMEquations, _ moments: GMMMoments, oneStep: OneStepGMM, twoStep: GMMStep) -> Matrix {
        let l = equations.instrumentCount, k = equations.termCount
        let g = twoStep.weight.times(equations.totalScore(twoStep.residuals))
        var v = Matrix(rows: l, columns: k)
        for unit in 0..<equations.unitCount {
            let z = equations.instruments[unit]
            let p = z.transposeTimes(equations.regressors[unit])
            let c = z.transposeTimes(oneStep.step.residuals[unit])
            var cg = 0.0
            for j in 0..<l { cg += c[j] * g[j] }
            let pg = p.transposeTimes(g)
            for column in 0..<k {
                for j in 0..<l { v[j, column] += p[j, column] * cg + c[j] * pg[column] }
            }
        }
        let b2 = twoStep.bread
        let d = b2 * moments.instrumentsTimesRegressors.transposeTimes(twoStep.weight * v)
        let db2 = d * b2
        let dv1d = d * oneStep.robustCovariance * d.transposed
        var result = Matrix(rows: k, columns: k)
        for i in 0..<k {
            for j in 0..<k { result[i, j] = b2[i, j] + db2[i, j] + db2[j, i] + dv1d[i, j] }
        }
        return result
    }
}
