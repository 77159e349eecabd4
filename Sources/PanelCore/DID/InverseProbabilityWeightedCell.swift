/// The inverse-probability-weighted ATT of one cell (Abadie 2005 with normalised weights; DRDID `std_ipw_did_panel`,
/// R `did` `est_method = "ipw"`): ATT = Σ_{D=1}ΔY/n_g − Σ_C wᵢΔYᵢ/Σ_C wᵢ with the comparison weights
/// wᵢ = pᵢ/(1 − pᵢ) of `CellPropensityScore`. Influence function of unit i of the n-unit cell:
/// Dᵢ(ΔYᵢ − η₁)/w̄₁ − [wᵢ(ΔYᵢ − η₀) + lᵢᵀM]/w̄₀, with η₁, η₀ the two weighted means, w̄ the mean weights over the cell,
/// lᵢ the unit's linear representation of the logit coefficients and M = Σ wⱼ(ΔYⱼ − η₀)Xⱼ/n.
enum InverseProbabilityWeightedCell {
    static func estimate(_ sample: CellSample, at location: String) throws(PanelError) -> (estimate: Double, influence: [Double]) {
        let score = try CellPropensityScore(sample, at: location)
        let weighted = try WeightedCellMeans(sample, residuals: sample.changes, comparisonWeights: score.comparisonWeights, at: location)
        let deviations = sample.changes.map { $0 - weighted.comparisonMean }
        let scoreTerm = score.linearRepresentation(
            dottedWith: sample.weightedMeanOfRegressors(zip(score.comparisonWeights, deviations).map { $0 * $1 }))
        let influence = (0..<sample.count).map { i in
            weighted.treatedInfluence(i) - (score.comparisonWeights[i] * deviations[i] + scoreTerm[i]) / weighted.meanComparisonWeight
        }
        return (weighted.treatedMean - weighted.comparisonMean, influence)
    }
}
