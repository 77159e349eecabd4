/// A Sun–Abraham report, as plain text and as a publication table: the interaction-weighted event-time estimates and
/// the overall ATT (the layout of the Callaway–Sant'Anna sections).
public enum SunAbrahamTable {
    public static func text(_ result: SunAbraham, outcome: String, language: OutputLanguage = .en) -> String {
        var lines = [language.text("Sun & Abraham interaction-weighted event study of {}", outcome),
                     language.text("Control cohort: {}; {} cohort x event-time interactions; {}", result.controlCohort.rawValue, String(result.cohortEffects.count),
                                   language.fixed(CovarianceDescription.text(result.regression.covariance)))]
        lines += CoefficientSection.lines("Event-time effects", result.eventTimes + [result.overall], language: language)
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func table(_ result: SunAbraham, outcome: String) -> PublicationTable {
        CoefficientListTable.table(title: "Sun & Abraham interaction-weighted event study of \(outcome)",
                                   blocks: [.init(title: nil, rows: result.eventTimes + [result.overall])], level: result.regression.level,
                                   notes: ["Control cohort: \(PlainWords.of(result.controlCohort.rawValue)); \(result.cohortEffects.count) cohort × event-time "
                                           + "interactions; " + CovarianceDescription.text(result.regression.covariance) + "."]
                                       + result.warnings.map { "Note: " + $0 })
    }
}
