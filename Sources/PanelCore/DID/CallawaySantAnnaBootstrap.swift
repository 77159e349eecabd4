/// The multiplier bootstrap (`MultiplierBootstrap`, R `did` with `bstrap = TRUE, cband = TRUE`) of a Callaway–Sant'Anna
/// result: bootstrap standard errors and a simultaneous band for the group-time ATTs, for the event-time, cohort and
/// calendar aggregations, and bootstrap standard errors of the four overall effects. Each family is bootstrapped with
/// the same seed, so with the same multipliers.
public struct CallawaySantAnnaBootstrap {
    public let settings: MultiplierBootstrap.Settings
    public let cells: MultiplierBootstrap
    public let eventTimes: MultiplierBootstrap
    public let groups: MultiplierBootstrap
    public let calendarTimes: MultiplierBootstrap
    /// The simple, dynamic, group and calendar overall effects, in that order.
    public let overall: MultiplierBootstrap

    public init(_ effects: GroupTimeEffects, _ aggregation: GroupTimeAggregation, settings: MultiplierBootstrap.Settings) {
        self.settings = settings
        self.cells = MultiplierBootstrap(effects.cells.map { $0.influence }, settings: settings)
        self.eventTimes = MultiplierBootstrap(aggregation.eventTimes.map { $0.influence }, settings: settings)
        self.groups = MultiplierBootstrap(aggregation.groups.map { $0.influence }, settings: settings)
        self.calendarTimes = MultiplierBootstrap(aggregation.calendarTimes.map { $0.influence }, settings: settings)
        self.overall = MultiplierBootstrap([aggregation.simple, aggregation.dynamicOverall, aggregation.groupOverall, aggregation.calendarOverall]
                                               .map { $0.influence }, settings: settings)
    }
}
