/// The doubly robust ATT of one repeated-cross-section cell (Sant'Anna & Zhao 2020, the locally efficient estimator
/// for repeated cross-sections, DRDID `drdid_rc`, R `did`'s default `est_method = "dr"` with `panel = FALSE` or an
/// unbalanced panel): outcome regressions of the comparison and of the treated observations in each period
/// (`ComparisonRegression`), the propensity score over all observations (`CellPropensityScore`), and
/// ATT = (η₁,t − η₁,b) − (η₀,t − η₀,b) + (m̄_t − m̄₁,t) − (m̄_b − m̄₁,b): η the (p/(1 − p)-weighted, for the comparison
/// observations) means of Y minus the comparison regression of the observation's period, m the gap between the
/// treated and comparison regressions of a period averaged over all treated observations (m̄) or those of that
/// period (m̄₁). Influence function: DRDID's — the eight means' influence functions, the logit's and the four
/// regressions' linear representations dotted with their moments.
enum CrossSectionDoublyRobustCell {
    static func estimate(_ sample: CrossSectionCellSample, at location: String) throws(PanelError) -> (estimate: Double, influence: [Double]) {
        typealias V = CrossSectionVectors
        let units = sample.units
        let score = try CellPropensityScore(units, at: location)
        func regression(treated: Bool, post: Bool, _ description: String) throws(PanelError) -> ComparisonRegression {
            try ComparisonRegression(units, members: (0..<sample.count).map { units.treated[$0] == treated && sample.post[$0] == post },
                                     description: description, at: location)
        }
        let comparisonBase = try regression(treated: false, post: false, "comparison observations of the base period")
        let comparisonPost = try regression(treated: false, post: true, "comparison observations of period t")
        let treatedBase = try regression(treated: true, post: false, "treated observations of the base period")
        let treatedPost = try regression(treated: true, post: true, "treated observations of period t")
        let y = sample.outcomes
        let residuals = (0..<sample.count).map { y[$0] - (sample.post[$0] ? comparisonPost.fitted[$0] : comparisonBase.fitted[$0]) }
        let treated = sample.indicator { units.treated[$0] }
        let treatedBefore = sample.treated(post: false), treatedAfter = sample.treated(post: true)
        let comparisonBefore = sample.inPeriod(score.comparisonWeights, post: false)
        let comparisonAfter = sample.inPeriod(score.comparisonWeights, post: true)
        let gapAfter = V.minus(treatedPost.fitted, comparisonPost.fitted), gapBefore = V.minus(treatedBase.fitted, comparisonBase.fitted)
        func mean(_ values: [Double], _ weights: [Double]) throws(PanelError) -> Double { try sample.mean(of: values, weights: weights, at: location) }
        let treatedMeanBefore = try mean(residuals, treatedBefore), treatedMeanAfter = try mean(residuals, treatedAfter)
        let comparisonMeanBefore = try mean(residuals, comparisonBefore), comparisonMeanAfter = try mean(residuals, comparisonAfter)
        let gapMeanAfter = try mean(gapAfter, treated), gapMeanAfterOwn = try mean(gapAfter, treatedAfter)
        let gapMeanBefore = try mean(gapBefore, treated), gapMeanBeforeOwn = try mean(gapBefore, treatedBefore)
        let estimate = (treatedMeanAfter - treatedMeanBefore) - (comparisonMeanAfter - comparisonMeanBefore)
            + (gapMeanAfter - gapMeanAfterOwn) - (gapMeanBefore - gapMeanBeforeOwn)

        let treatedOutcomeModel = V.minus(comparisonPost.linearRepresentation(dottedWith: V.negated(sample.normalisedMoment(treatedAfter))),
                                          comparisonBase.linearRepresentation(dottedWith: V.negated(sample.normalisedMoment(treatedBefore))))
        let treatedPart = V.plus(V.minus(sample.meanInfluence(of: residuals, weights: treatedAfter, mean: treatedMeanAfter),
                                         sample.meanInfluence(of: residuals, weights: treatedBefore, mean: treatedMeanBefore)), treatedOutcomeModel)
        let scoreDirection = V.minus(
            sample.moment(V.times(comparisonAfter, V.shifted(residuals, by: comparisonMeanAfter)), over: comparisonAfter),
            sample.moment(V.times(comparisonBefore, V.shifted(residuals, by: comparisonMeanBefore)), over: comparisonBefore))
        let comparisonOutcomeModel = V.minus(
            comparisonPost.linearRepresentation(dottedWith: V.negated(sample.normalisedMoment(comparisonAfter))),
            comparisonBase.linearRepresentation(dottedWith: V.negated(sample.normalisedMoment(comparisonBefore))))
        let comparisonPart = V.plus(V.plus(V.minus(sample.meanInfluence(of: residuals, weights: comparisonAfter, mean: comparisonMeanAfter),
                                                   sample.meanInfluence(of: residuals, weights: comparisonBefore, mean: comparisonMeanBefore)),
                                           score.linearRepresentation(dottedWith: scoreDirection)), comparisonOutcomeModel)
        let efficiency = V.minus(V.minus(sample.meanInfluence(of: gapAfter, weights: treated, mean: gapMeanAfter),
                                         sample.meanInfluence(of: gapAfter, weights: treatedAfter, mean: gapMeanAfterOwn)),
                                 V.minus(sample.meanInfluence(of: gapBefore, weights: treated, mean: gapMeanBefore),
                                         sample.meanInfluence(of: gapBefore, weights: treatedBefore, mean: gapMeanBeforeOwn)))
        let momentAfter = V.minus(sample.normalisedMoment(treated), sample.normalisedMoment(treatedAfter))
        let momentBefore = V.minus(sample.normalisedMoment(treated), sample.normalisedMoment(treatedBefore))
        let gapModels = V.minus(V.minus(treatedPost.linearRepresentation(dottedWith: momentAfter), comparisonPost.linearRepresentation(dottedWith: momentAfter)),
                                V.minus(treatedBase.linearRepresentation(dottedWith: momentBefore), comparisonBase.linearRepresentation(dottedWith: momentBefore)))
        return (estimate, V.plus(V.plus(V.minus(treatedPart, comparisonPart), efficiency), gapModels))
    }
}
