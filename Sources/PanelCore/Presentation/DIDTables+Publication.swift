/// Publication tables of the DID results: the DID regression as a one-column esttab table with the effect first, the
/// event-study coefficients with the pre-trend F test, the placebo distribution's summary, and the Goodman-Bacon
/// comparisons with their totals by kind.
extension DIDTables {
    static func table(_ result: DIDResult) -> PublicationTable {
        var options = ComparisonTableOptions()
        options.title = "Difference-in-differences (\(result.design == "twfe" ? "TWFE" : result.design)): effect of \(result.effect.term) on \(result.regression.responseName)"
        options.order = [result.effect.term]
        options.notes = [CovarianceDescription.text(result.regression.covariance) + "."] + result.warnings.map { "Note: " + $0 }
        return ModelComparisonTable.build([ComparedModel(result.regression)], options: options)
    }

    static func table(_ result: EventStudyResult) -> PublicationTable {
        var options = ComparisonTableOptions()
        let window = result.window
        options.title = "Event study of \(result.regression.responseName), relative to adoption"
        for (k, row) in zip(result.relativeTimes, result.rows) { options.labels[row.term] = "Relative time \(k)" }
        var extra: [NamedStatistic] = []
        if let test = result.pretrend {
            extra = [NamedStatistic("pretrend_f", test.statistic), NamedStatistic("pretrend_p", test.pValue)]
            options.labels["pretrend_f"] = "Pre-trend F(\(test.numeratorDegrees), \(test.denominatorDegrees))"
            options.labels["pretrend_p"] = "Pre-trend p-value"
        }
        options.statistics += ["pretrend_f", "pretrend_p"]
        options.notes = ["Reference period \(window.reference); window [\(window.low), \(window.high)]" + (window.binsEndPoints ? ", end points binned" : "")
                         + (result.omittedTimes.isEmpty ? "" : "; omitted (collinear): " + result.omittedTimes.map { String($0) }.joined(separator: ", "))
                         + ". " + CovarianceDescription.text(result.regression.covariance) + "."] + result.warnings.map { "Note: " + $0 }
        let model = ComparedModel(response: result.regression.responseName, label: nil, coefficients: result.rows,
                                  statistics: ComparedModel(result.regression).statistics + extra, fixedEffects: result.regression.fixedEffects)
        return ModelComparisonTable.build([model], options: options)
    }

    static func table(_ result: PlaceboResult) -> PublicationTable {
        let effect = result.actual.effect
        let fake = result.mode.name == "fake_years"
        var sections = [[[fake ? "Fake-timing effect" : "Actual effect", DisplayNumber.fixed(effect.estimate, decimals: 4) + DisplayNumber.stars(effect.pValue)],
                         ["", "(" + DisplayNumber.fixed(effect.standardError, decimals: 4) + ")"]]]
        if let summary = result.summary {
            sections.append([["Replications", String(summary.count)], ["Mean of the estimates", DisplayNumber.fixed(summary.mean, decimals: 4)],
                             ["Std. dev.", DisplayNumber.optional(summary.standardDeviation, decimals: 4)],
                             ["2.5% quantile", DisplayNumber.fixed(summary.quantiles[1], decimals: 4)],
                             ["97.5% quantile", DisplayNumber.fixed(summary.quantiles[9], decimals: 4)]])
        }
        if let p = result.pValue { sections.append([["Randomisation p-value", DisplayNumber.fixed(p, decimals: 4)]]) }
        return PublicationTable(title: "Placebo test (\(PlainWords.of(result.mode.name))) of the effect of \(effect.term) on \(result.actual.regression.responseName)",
                                header: [["", "Estimate"]], sections: sections,
                                notes: ["Standard error in parentheses; *** p<0.01, ** p<0.05, * p<0.1. Randomisation p-value: share of the "
                                        + "replications with |b_r| ≥ |b|; seed \(result.seed)."] + (result.actual.warnings + result.warnings).map { "Note: " + $0 })
    }

    static func table(_ decomposition: BaconDecomposition, twfe: Double, response: String) -> PublicationTable {
        let comparisons = decomposition.comparisons.map { row in
            [PlainWords.of(row.kind), String(row.treated), row.control.map { String($0) } ?? "never", DisplayNumber.fixed(row.estimate, decimals: 4),
             DisplayNumber.fixed(row.weight, decimals: 4)]
        }
        let totals = decomposition.byKind.map { summary in
            ["Total " + PlainWords.of(summary.kind), "", "", DisplayNumber.fixed(summary.estimate, decimals: 4), DisplayNumber.fixed(summary.weight, decimals: 4)]
        }
        return PublicationTable(title: "Goodman-Bacon decomposition of the TWFE DID estimate of \(response)",
                                header: [["Comparison", "Treated", "Control", "Estimate", "Weight"]],
                                sections: [comparisons, totals, [["TWFE estimate", "", "", DisplayNumber.fixed(twfe, decimals: 4), ""]]],
                                notes: ["Treated and control: the cohorts' first treated periods. Totals: weight-averaged estimates of each kind."])
    }
}
