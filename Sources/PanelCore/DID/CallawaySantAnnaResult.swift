/// A Callaway–Sant'Anna result as reported: the group-time cells and the three aggregations as coefficient rows
/// with normal (z) inference at `level`, and the Wald pre-test of parallel trends.
public struct CallawaySantAnnaResult {
    public let outcome: String
    /// The covariates of the outcome regressions (empty: unconditional parallel trends).
    public let covariates: [String]
    public let effects: GroupTimeEffects
    public let aggregation: GroupTimeAggregation
    public let level: Double
    public let warnings: [String]

    /// The Wald pre-test that every pre-treatment ATT(g,t) is zero (`did`'s `W`, `Wpval`).
    public var pretest: ParallelTrendsPretest { ParallelTrendsPretest(effects) }

    /// The row of ATT(g,t) cell `k`, named `ATT(g,t)`; the standard error is zero below `did`'s NA threshold.
    public func cellRow(_ k: Int) -> CoefficientEstimate {
        let cell = effects.cells[k]
        let effect = GroupTimeAggregation.Effect(term: "ATT(\(cell.group),\(cell.time))", estimate: cell.estimate, influence: cell.influence)
        return row(effect)
    }

    /// The row of an aggregated effect (z inference at `level`).
    public func row(_ effect: GroupTimeAggregation.Effect) -> CoefficientEstimate {
        .normal(term: effect.term, estimate: effect.estimate, standardError: effect.standardError, level: level)
    }
}
