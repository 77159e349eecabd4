/// The inverse-probability-weighted ATT of one repeated-cross-section cell (DRDID `std_ipw_did_rc`, R `did`
/// `est_method = "ipw"` with `panel = FALSE` or an unbalanced panel): the propensity score of cohort g over all the
/// cell's observations (`CellPropensityScore`), ATT = (Ȳ₁,t − Ȳ₁,b) − (Ȳ₀,t − Ȳ₀,b) with the comparison means
/// weighted by p/(1 − p) (Hájek). Influence function: the four means' influence functions plus the logit's linear
/// representation dotted with M₂,t − M₂,b, M₂ = Σ wᵢ(Yᵢ − Ȳ₀)Xᵢ/Σ wᵢ over each period's comparison observations.
enum CrossSectionInverseProbabilityWeightedCell {
    static func estimate(_ sample: CrossSectionCellSample, at location: String) throws(PanelError) -> (estimate: Double, influence: [Double]) {
        typealias V = CrossSectionVectors
        let score = try CellPropensityScore(sample.units, at: location)
        let y = sample.outcomes
        let treatedBefore = sample.treated(post: false), treatedAfter = sample.treated(post: true)
        let comparisonBefore = sample.inPeriod(score.comparisonWeights, post: false)
        let comparisonAfter = sample.inPeriod(score.comparisonWeights, post: true)
        let means = try [treatedBefore, treatedAfter, comparisonBefore, comparisonAfter].map { weights throws(PanelError) in
            try sample.mean(of: y, weights: weights, at: location)
        }
        let treated = V.minus(sample.meanInfluence(of: y, weights: treatedAfter, mean: means[1]),
                              sample.meanInfluence(of: y, weights: treatedBefore, mean: means[0]))
        let comparison = V.minus(sample.meanInfluence(of: y, weights: comparisonAfter, mean: means[3]),
                                 sample.meanInfluence(of: y, weights: comparisonBefore, mean: means[2]))
        let after = sample.moment(V.times(comparisonAfter, V.shifted(y, by: means[3])), over: comparisonAfter)
        let before = sample.moment(V.times(comparisonBefore, V.shifted(y, by: means[2])), over: comparisonBefore)
        let scoreTerm = score.linearRepresentation(dottedWith: V.minus(after, before))
        return ((means[1] - means[0]) - (means[3] - means[2]), V.minus(treated, V.plus(comparison, scoreTerm)))
    }
}
