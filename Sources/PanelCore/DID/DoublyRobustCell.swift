/// The doubly robust ATT of one cell (Sant'Anna & Zhao 2020, the locally efficient estimator for panel data that
/// R `did` uses by default, `est_method = "dr"`, DRDID `drdid_panel`): the outcome regression's residuals
/// eᵢ = ΔYᵢ − Xᵢβ̂ (`ComparisonRegression`) averaged over the treated minus their propensity-weighted mean over the
/// comparison units (`CellPropensityScore`). Influence function of unit i of the n-unit cell:
/// [Dᵢ(eᵢ − η₁) − rᵢᵀM₁]/w̄₁ − [wᵢ(eᵢ − η₀) + lᵢᵀM₂ − rᵢᵀM₃]/w̄₀, with rᵢ, lᵢ the unit's linear representations of β̂ and
/// of the logit coefficients, M₁ = Σ DⱼXⱼ/n, M₂ = Σ wⱼ(eⱼ − η₀)Xⱼ/n, M₃ = Σ wⱼXⱼ/n.
enum DoublyRobustCell {
    static func estimate(_ sample: CellSample, at location: String) throws(PanelError) -> (estimate: Double, influence: [Double]) {
        let score = try CellPropensityScore(sample, at: location)
        let regression = try ComparisonRegression(sample, at: location)
        let weights = score.comparisonWeights
        let weighted = try WeightedCellMeans(sample, residuals: regression.residuals, comparisonWeights: weights, at: location)
        let deviations = regression.residuals.map { $0 - weighted.comparisonMean }
        let treatedRegression = regression.linearRepresentation(dottedWith: sample.weightedMeanOfRegressors(sample.treated.map { $0 ? 1 : 0 }))
        let scoreTerm = score.linearRepresentation(dottedWith: sample.weightedMeanOfRegressors(zip(weights, deviations).map { $0 * $1 }))
        let comparisonRegression = regression.linearRepresentation(dottedWith: sample.weightedMeanOfRegressors(weights))
        let influence = (0..<sample.count).map { i in
            weighted.treatedInfluence(i) - treatedRegression[i] / weighted.meanTreatedWeight
                - (weights[i] * deviations[i] + scoreTerm[i] - comparisonRegression[i]) / weighted.meanComparisonWeight
        }
        return (weighted.treatedMean - weighted.comparisonMean, influence)
    }
}
