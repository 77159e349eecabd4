/// Aggregations of group-time effects as R `did::aggte` (and `csdid`'s `aggte`) with analytic standard errors:
/// `simple` — the post-treatment cells (t ≥ g) weighted by cohort size; `dynamic` — for each event time e = t − g
/// the cohort-size-weighted mean of its cells, and overall the plain mean over e ≥ 0; `group` — for each cohort the
/// mean of its post-treatment cells, and overall their cohort-size-weighted mean; `calendar` — for each period t from
/// the first adoption on the cohort-size-weighted mean of the post-treatment cells at t, and overall the plain mean
/// over those periods. Influence functions are combined
/// with the same weights, plus the influence of the estimated cohort shares P(G = g) where the weights use them
/// (`did`'s `wif`); a standard error is √(Σᵢψᵢ²)/n.
public struct GroupTimeAggregation {
    /// One aggregated effect: a label (`ATT`, `e=-2`, `g=2011`), its estimate and influence function.
    public struct Effect {
        public let term: String
        public let estimate: Double
        let influence: [Double]

        /// √(Σψᵢ²)/n; zero when it is below `did`'s threshold √ε·10 (where `did` reports NA).
        public var standardError: Double {
            let se = influence.reduce(0) { $0 + $1 * $1 }.squareRoot() / Double(influence.count)
            return se > Double.ulpOfOne.squareRoot() * 10 ? se : 0
        }
    }

    public let simple: Effect
    public let eventTimes: [Effect]
    public let dynamicOverall: Effect
    public let groups: [Effect]
    public let groupOverall: Effect
    public let calendarTimes: [Effect]
    public let calendarOverall: Effect

    /// The four aggregations of all cells of `effects`.
    public init(_ effects: GroupTimeEffects) {
        let cells = effects.cells
        let n = effects.cohortOfUnit.count
        let share: (Int) -> Double = { g in Double(effects.cohortOfUnit.filter { $0 == g }.count) / Double(n) }
        let post = cells.indices.filter { cells[$0].time >= cells[$0].group }
        let cellEffects = cells.map { Effect(term: "", estimate: $0.estimate, influence: $0.influence) }
        let cellGroups = cells.map { $0.group }
        self.simple = Self.weighted("ATT", cellEffects, post, groups: cellGroups, share: share, cohortOfUnit: effects.cohortOfUnit)
        let eventTimeOf = cells.map { $0.time - $0.group }
        let eventTimes = Array(Set(eventTimeOf)).sorted()
        let byEventTime = eventTimes.map { e in
            Self.weighted("e=\(e)", cellEffects, cells.indices.filter { eventTimeOf[$0] == e }, groups: cellGroups,
                          share: share, cohortOfUnit: effects.cohortOfUnit)
        }
        self.eventTimes = byEventTime
        self.dynamicOverall = Self.mean("ATT", eventTimes.indices.filter { eventTimes[$0] >= 0 }.map { byEventTime[$0] })
        let cohorts = Array(Set(post.map { cellGroups[$0] })).sorted()
        let byGroup = cohorts.map { g in Self.mean("g=\(g)", post.filter { cells[$0].group == g }.map { cellEffects[$0] }) }
        self.groups = byGroup
        self.groupOverall = Self.weighted("ATT", byGroup, Array(cohorts.indices), groups: cohorts, share: share,
                                          cohortOfUnit: effects.cohortOfUnit)
        let calendarPeriods = effects.periods.filter { t in post.contains { cells[$0].time == t } }
        let byCalendar = calendarPeriods.map { t in
            Self.weighted("t=\(t)", cellEffects, post.filter { cells[$0].time == t }, groups: cellGroups, share: share,
                          cohortOfUnit: effects.cohortOfUnit)
        }
        self.calendarTimes = byCalendar
        self.calendarOverall = Self.mean("ATT", byCalendar)
    }

    /// The plain mean of `effects` and of their influence functions.
    private static func mean(_ term: String, _ effects: [Effect]) -> Effect {
        let weight = 1 / Double(effects.count)
        var influence = [Double](repeating: 0, count: effects.first?.influence.count ?? 0)
        var estimate = 0.0
        for effect in effects {
            estimate += weight * effect.estimate
            for i in influence.indices { influence[i] += weight * effect.influence[i] }
        }
        return Effect(term: term, estimate: estimate, influence: influence)
    }

    /// Σₖ wₖ θₖ over `keep` with wₖ = P(G = gₖ)/Σ P(G = gⱼ), and its influence function including the estimation of
    /// the shares: ψ = Σₖ wₖψₖ + Σₖ θₖ [(1{G = gₖ} − pₖ)/S − pₖ Σⱼ(1{G = gⱼ} − pⱼ)/S²], S = Σₖ pₖ (`did`'s `wif`).
    private static func weighted(_ term: String, _ effects: [Effect], _ keep: [Int], groups: [Int], share: (Int) -> Double,
                                 cohortOfUnit: [Int?]) -> Effect {
        let shares = keep.map { share(groups[$0]) }
        let total = shares.reduce(0, +)
        var estimate = 0.0
        var influence = [Double](repeating: 0, count: cohortOfUnit.count)
        for (k, index) in keep.enumerated() {
            let w = shares[k] / total
            estimate += w * effects[index].estimate
            for i in influence.indices { influence[i] += w * effects[index].influence[i] }
        }
        for (i, cohort) in cohortOfUnit.enumerated() {
            var deviations = 0.0
            for (k, index) in keep.enumerated() { deviations += (cohort == groups[index] ? 1 : 0) - shares[k] }
            for (k, index) in keep.enumerated() {
                let own = ((cohort == groups[index] ? 1 : 0) - shares[k]) / total
                influence[i] += effects[index].estimate * (own - shares[k] * deviations / (total * total))
            }
        }
        return Effect(term: term, estimate: estimate, influence: influence)
    }
}
