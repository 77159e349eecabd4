/// A Callaway–Sant'Anna report in the layout of R `did`'s summaries, as plain text and as a publication table: the
/// group-time ATTs, then the simple, dynamic (event-time) and group aggregations, each row with its standard error,
/// z, p and interval.
public enum CallawaySantAnnaTable {
    public static func text(_ result: CallawaySantAnnaResult) -> String {
        let effects = result.effects
        var lines = ["Callaway & Sant'Anna group-time ATTs of \(result.outcome)",
                     "Control group: \(effects.controlGroup.rawValue); base period: \(effects.basePeriod.rawValue); units: \(effects.cohortOfUnit.count)"
                     + (result.covariates.isEmpty ? "" : "; outcome regression on " + result.covariates.joined(separator: ", "))]
        for block in blocks(result) { lines += CoefficientSection.lines(block.title ?? "", block.rows) }
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func table(_ result: CallawaySantAnnaResult) -> PublicationTable {
        let effects = result.effects
        return CoefficientListTable.table(title: "Callaway & Sant'Anna group-time ATTs of \(result.outcome)", blocks: blocks(result),
                                          level: result.level,
                                          notes: ["Control group: \(PlainWords.of(effects.controlGroup.rawValue)); base period: \(effects.basePeriod.rawValue); "
                                                  + "\(effects.cohortOfUnit.count) units"
                                                  + (result.covariates.isEmpty ? "." : "; outcome regression on " + result.covariates.joined(separator: ", ") + ".")]
                                              + result.warnings.map { "Note: " + $0 })
    }

    /// The group-time effects and the simple, dynamic and group aggregations.
    private static func blocks(_ result: CallawaySantAnnaResult) -> [CoefficientListTable.Block] {
        let aggregation = result.aggregation
        return [.init(title: "Group-time effects", rows: result.effects.cells.indices.map { result.cellRow($0) }),
                .init(title: "Simple aggregation", rows: [result.row(aggregation.simple)]),
                .init(title: "Dynamic (event-time) aggregation", rows: aggregation.eventTimes.map { result.row($0) } + [result.row(aggregation.dynamicOverall)]),
                .init(title: "Group aggregation", rows: aggregation.groups.map { result.row($0) } + [result.row(aggregation.groupOverall)])]
    }
}
