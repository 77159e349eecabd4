/// A Callaway–Sant'Anna report in the layout of R `did`'s summaries, as plain text and as a publication table: the
/// group-time ATTs, then the simple, dynamic (event-time), group and calendar aggregations, each row with its standard error,
/// z, p and interval.
public enum CallawaySantAnnaTable {
    public static func text(_ result: CallawaySantAnnaResult, language: OutputLanguage = .en) -> String {
        let effects = result.effects
        var lines = [language.fixed("Callaway & Sant'Anna group-time ATTs of \(result.outcome)"),
                     language.text(sampleTemplate(effects.dataStructure), effects.controlGroup.rawValue, effects.basePeriod.rawValue,
                                   String(effects.cohortOfUnit.count)) + (result.covariates.isEmpty ? "" : "; " + language.fixed(covariateNote(result)))]
        for block in blocks(result) { lines += CoefficientSection.lines(block.title ?? "", block.rows, language: language) }
        lines += ["", language.fixed(pretestLine(result.pretest))] + bootstrapLines(result).map(language.fixed)
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func table(_ result: CallawaySantAnnaResult) -> PublicationTable {
        let effects = result.effects
        return CoefficientListTable.table(title: "Callaway & Sant'Anna group-time ATTs of \(result.outcome)", blocks: blocks(result),
                                          level: result.level,
                                          notes: ["Control group: \(PlainWords.of(effects.controlGroup.rawValue)); base period: \(effects.basePeriod.rawValue); "
                                                  + "\(effects.cohortOfUnit.count) " + (effects.dataStructure == .repeatedCrossSections ? "observations" : "units")
                                                  + (result.covariates.isEmpty ? "." : "; " + covariateNote(result) + "."),
                                                  pretestLine(result.pretest)] + bootstrapLines(result)
                                              + result.warnings.map { "Note: " + $0 })
    }

    /// The 2×2 estimator and the covariates it conditions on.
    private static func covariateNote(_ result: CallawaySantAnnaResult) -> String {
        let method: String
        switch result.effects.method {
        case .doublyRobust: method = "doubly robust"
        case .inverseProbabilityWeighting: method = "inverse probability weighting"
        case .outcomeRegression: method = "outcome regression"
        }
        return method + " on " + result.covariates.joined(separator: ", ")
    }

    /// The bootstrap's settings and band critical values (none without the bootstrap).
    private static func bootstrapLines(_ result: CallawaySantAnnaResult) -> [String] {
        guard let bootstrap = result.bootstrap else { return [] }
        let settings = bootstrap.settings
        let critical = [("group-time", bootstrap.cells), ("event-time", bootstrap.eventTimes), ("cohort", bootstrap.groups),
                        ("calendar", bootstrap.calendarTimes)].compactMap { name, family in
            family.criticalValue.map { name + " " + DisplayNumber.fixed($0, decimals: 3) }
        }
        return ["Standard errors: multiplier bootstrap (\(settings.multipliers.rawValue) multipliers by unit, \(settings.replications) draws, seed \(settings.seed)); "
                + "simultaneous band critical values: " + (critical.isEmpty ? "none" : critical.joined(separator: ", "))]
    }

    /// The Wald pre-test as one sentence (`did`'s summary line, with the statistic and its degrees of freedom).
    private static func pretestLine(_ test: ParallelTrendsPretest) -> String {
        guard let statistic = test.statistic, let df = test.degreesOfFreedom, let p = test.pValue else {
            return "Pre-test of parallel trends not reported: " + (test.reason ?? "")
        }
        return "Pre-test of parallel trends (Wald, all pre-treatment ATT(g,t) = 0): chi2(\(df)) = \(DisplayNumber.fixed(statistic, decimals: 3)), "
            + "p = \(DisplayNumber.fixed(p, decimals: 5))"
    }

    /// The group-time effects and the simple, dynamic, group and calendar aggregations.
    private static func blocks(_ result: CallawaySantAnnaResult) -> [CoefficientListTable.Block] {
        return [.init(title: "Group-time effects", rows: result.cellRows),
                .init(title: "Simple aggregation", rows: [result.simpleRow]),
                .init(title: "Dynamic (event-time) aggregation", rows: result.eventTimeRows + [result.dynamicOverallRow]),
                .init(title: "Group aggregation", rows: result.groupRows + [result.groupOverallRow]),
                .init(title: "Calendar-time aggregation", rows: result.calendarRows + [result.calendarOverallRow])]
    }

    /// The log's sample line: units of a panel, observations of repeated cross-sections.
    private static func sampleTemplate(_ structure: GroupTimeEffects.DataStructure) -> String {
        switch structure {
        case .balancedPanel: return "Control group: {}; base period: {}; units: {}"
        case .unbalancedPanel: return "Control group: {}; base period: {}; units (unbalanced panel): {}"
        case .repeatedCrossSections: return "Control group: {}; base period: {}; observations (repeated cross-sections): {}"
        }
    }
}
