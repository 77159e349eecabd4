/// A plain-text Callaway–Sant'Anna report in the layout of R `did`'s summaries: the group-time ATTs, then the
/// simple, dynamic (event-time) and group aggregations, each row with its standard error, z, p and interval.
public enum CallawaySantAnnaTable {
    public static func text(_ result: CallawaySantAnnaResult) -> String {
        let effects = result.effects
        var lines = ["Callaway & Sant'Anna group-time ATTs of \(result.outcome)",
                     "Control group: \(effects.controlGroup.rawValue); base period: \(effects.basePeriod.rawValue); units: \(effects.cohortOfUnit.count)"
                     + (result.covariates.isEmpty ? "" : "; outcome regression on " + result.covariates.joined(separator: ", "))]
        lines += CoefficientSection.lines("Group-time effects", effects.cells.indices.map { result.cellRow($0) })
        lines += CoefficientSection.lines("Simple aggregation", [result.row(result.aggregation.simple)])
        lines += CoefficientSection.lines("Dynamic (event-time) aggregation", result.aggregation.eventTimes.map { result.row($0) }
                                         + [result.row(result.aggregation.dynamicOverall)])
        lines += CoefficientSection.lines("Group aggregation", result.aggregation.groups.map { result.row($0) }
                                         + [result.row(result.aggregation.groupOverall)])
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }
}
