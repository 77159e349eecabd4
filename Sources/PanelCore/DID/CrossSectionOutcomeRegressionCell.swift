/// The outcome-regression ATT of one repeated-cross-section cell (DRDID `reg_did_rc`, R `did` `est_method = "reg"`
/// with `panel = FALSE` or an unbalanced panel): the comparison observations' outcomes regressed on X separately in
/// the base period and in period t (`ComparisonRegression`), ATT = Ȳ(treated, t) − Ȳ(treated, b) − mean over the
/// treated observations of X(β̂_t − β̂_b). Influence function of observation i: the three means' influence functions
/// plus the regressions' linear representations dotted with the treated observations' mean regressors.
enum CrossSectionOutcomeRegressionCell {
    static func estimate(_ sample: CrossSectionCellSample, at location: String) throws(PanelError) -> (estimate: Double, influence: [Double]) {
        typealias V = CrossSectionVectors
        let units = sample.units
        let before = try ComparisonRegression(units, members: (0..<sample.count).map { !units.treated[$0] && !sample.post[$0] },
                                              description: "comparison observations of the base period", at: location)
        let after = try ComparisonRegression(units, members: (0..<sample.count).map { !units.treated[$0] && sample.post[$0] },
                                             description: "comparison observations of period t", at: location)
        let treated = sample.indicator { units.treated[$0] }
        let treatedBefore = sample.treated(post: false), treatedAfter = sample.treated(post: true)
        let y = sample.outcomes
        let trend = V.minus(after.fitted, before.fitted)
        let meanBefore = try sample.mean(of: y, weights: treatedBefore, at: location)
        let meanAfter = try sample.mean(of: y, weights: treatedAfter, at: location)
        let meanTrend = try sample.mean(of: trend, weights: treated, at: location)
        let direction = sample.normalisedMoment(treated)
        let control = V.plus(sample.meanInfluence(of: trend, weights: treated, mean: meanTrend),
                             V.minus(after.linearRepresentation(dottedWith: direction), before.linearRepresentation(dottedWith: direction)))
        let influence = V.minus(V.minus(sample.meanInfluence(of: y, weights: treatedAfter, mean: meanAfter),
                                        sample.meanInfluence(of: y, weights: treatedBefore, mean: meanBefore)), control)
        return (meanAfter - meanBefore - meanTrend, influence)
    }
}
