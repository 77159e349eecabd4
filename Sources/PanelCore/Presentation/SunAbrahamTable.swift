/// A plain-text Sun–Abraham report: the interaction-weighted event-time estimates and the overall ATT (the layout of
/// the Callaway–Sant'Anna sections), then the saturated regression's header.
public enum SunAbrahamTable {
    public static func text(_ result: SunAbraham, outcome: String) -> String {
        var lines = ["Sun & Abraham interaction-weighted event study of \(outcome)",
                     "Control cohort: \(result.controlCohort.rawValue); \(result.cohortEffects.count) cohort x event-time interactions; "
                     + CovarianceDescription.text(result.regression.covariance)]
        lines += CoefficientSection.lines("Event-time effects", result.eventTimes + [result.overall])
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }
}
