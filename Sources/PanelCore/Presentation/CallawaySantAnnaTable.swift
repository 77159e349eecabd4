/// A plain-text Callaway–Sant'Anna report in the layout of R `did`'s summaries: the group-time ATTs, then the
/// simple, dynamic (event-time) and group aggregations, each row with its standard error, z, p and interval.
public enum CallawaySantAnnaTable {
    public static func text(_ result: CallawaySantAnnaResult) -> String {
        let effects = result.effects
        var lines = ["Callaway & Sant'Anna group-time ATTs of \(result.outcome)",
                     "Control group: \(effects.controlGroup.rawValue); base period: \(effects.basePeriod.rawValue); units: \(effects.cohortOfUnit.count)"]
        section("Group-time effects", effects.cells.indices.map { result.cellRow($0) }, into: &lines)
        section("Simple aggregation", [result.row(result.aggregation.simple)], into: &lines)
        section("Dynamic (event-time) aggregation", result.aggregation.eventTimes.map { result.row($0) }
                + [result.row(result.aggregation.dynamicOverall)], into: &lines)
        section("Group aggregation", result.aggregation.groups.map { result.row($0) } + [result.row(result.aggregation.groupOverall)],
                into: &lines)
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ title: String, _ rows: [CoefficientEstimate], into lines: inout [String]) {
        let width = max(16, rows.map { $0.term.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: width + 73)
        lines += ["", title, rule]
        lines.append(TextColumns.left("", width) + " | " + TextColumns.right("Estimate", 12) + TextColumns.right("Std. err.", 12)
                     + TextColumns.right("z", 9) + TextColumns.right("P>|z|", 8) + TextColumns.right("[conf. interval]", 30))
        lines.append(rule)
        for row in rows {
            lines.append(TextColumns.right(row.term, width) + " | " + TextColumns.right(DisplayNumber.format(row.estimate), 12)
                         + TextColumns.right(DisplayNumber.format(row.standardError), 12)
                         + TextColumns.right(row.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", 9)
                         + TextColumns.right(row.pValue.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".", 8)
                         + TextColumns.right(row.confidenceLow.map { DisplayNumber.format($0) } ?? ".", 15)
                         + TextColumns.right(row.confidenceHigh.map { DisplayNumber.format($0) } ?? ".", 15))
        }
        lines.append(rule)
    }
}
