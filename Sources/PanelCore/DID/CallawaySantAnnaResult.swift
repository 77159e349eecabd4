/// A Callaway–Sant'Anna result as reported: the group-time cells and the three aggregations as coefficient rows
/// with normal (z) inference at `level` — analytic standard errors, or the multiplier bootstrap's with simultaneous
/// bands when `bootstrap` is set — and the Wald pre-test of parallel trends.
public struct CallawaySantAnnaResult {
    public let outcome: String
    /// The covariates of the outcome regressions (empty: unconditional parallel trends).
    public let covariates: [String]
    public let effects: GroupTimeEffects
    public let aggregation: GroupTimeAggregation
    public let bootstrap: CallawaySantAnnaBootstrap?
    public let level: Double
    public let warnings: [String]

    /// The Wald pre-test that every pre-treatment ATT(g,t) is zero (`did`'s `W`, `Wpval`), always analytic (as `did`).
    public var pretest: ParallelTrendsPretest { ParallelTrendsPretest(effects) }

    /// The rows of the ATT(g,t) cells, named `ATT(g,t)`.
    public var cellRows: [CoefficientEstimate] {
        effects.cells.indices.map { k in
            let cell = effects.cells[k]
            return row(GroupTimeAggregation.Effect(term: "ATT(\(cell.group),\(cell.time))", estimate: cell.estimate, influence: cell.influence),
                       bootstrap?.cells.standardErrors[k])
        }
    }

    public var simpleRow: CoefficientEstimate { row(aggregation.simple, bootstrap?.overall.standardErrors[0]) }
    public var eventTimeRows: [CoefficientEstimate] { rows(aggregation.eventTimes, bootstrap?.eventTimes) }
    public var dynamicOverallRow: CoefficientEstimate { row(aggregation.dynamicOverall, bootstrap?.overall.standardErrors[1]) }
    public var groupRows: [CoefficientEstimate] { rows(aggregation.groups, bootstrap?.groups) }
    public var groupOverallRow: CoefficientEstimate { row(aggregation.groupOverall, bootstrap?.overall.standardErrors[2]) }
    public var calendarRows: [CoefficientEstimate] { rows(aggregation.calendarTimes, bootstrap?.calendarTimes) }
    public var calendarOverallRow: CoefficientEstimate { row(aggregation.calendarOverall, bootstrap?.overall.standardErrors[3]) }

    /// The row of an effect (z inference at `level`) with the bootstrap standard error when given, else the analytic
    /// one (zero below `did`'s NA threshold).
    private func row(_ effect: GroupTimeAggregation.Effect, _ bootstrapError: Double?) -> CoefficientEstimate {
        .normal(term: effect.term, estimate: effect.estimate, standardError: bootstrapError ?? effect.standardError, level: level)
    }

    private func rows(_ effects: [GroupTimeAggregation.Effect], _ bootstrap: MultiplierBootstrap?) -> [CoefficientEstimate] {
        effects.indices.map { k in row(effects[k], bootstrap?.standardErrors[k]) }
    }
}
