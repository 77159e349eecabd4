/// Plain-text tables of the DID results: the effect above its regression, the event-study coefficients with the
/// pre-trend test, the placebo distribution, and the Goodman-Bacon comparisons.
enum DIDTables {
    static func text(_ result: DIDResult, language: OutputLanguage = .en) -> String {
        language.text("DID ({}) effect of {}: {} (std. err. {})", result.design, result.effect.term, DisplayNumber.format(result.effect.estimate),
                      DisplayNumber.format(result.effect.standardError)) + "\n" + notes(result.warnings, language)
            + RegressionTable.text(result.regression, language: language)
    }

    static func text(_ result: EventStudyResult, language: OutputLanguage = .en) -> String {
        let window = result.window
        var lines = [language.text("Event study of {}, reference period {}, window [{}, {}]", result.regression.responseName, String(window.reference),
                                   String(window.low), String(window.high)) + (window.binsEndPoints ? language.text(", end points binned") : "")]
        lines.append(TextColumns.right(language.text("rel. time"), 10) + TextColumns.right(language.text("Coef."), 14)
                     + TextColumns.right(language.text("Std. err."), 12) + TextColumns.right("P>|t|", 8)
                     + TextColumns.right(language.text("conf. low"), 12) + TextColumns.right(language.text("conf. high"), 12))
        for (k, row) in zip(result.relativeTimes, result.rows) {
            lines.append(TextColumns.right(String(k), 10) + TextColumns.right(DisplayNumber.format(row.estimate), 14)
                         + TextColumns.right(DisplayNumber.format(row.standardError), 12) + optional(row.pValue, 8)
                         + optional(row.confidenceLow, 12) + optional(row.confidenceHigh, 12))
        }
        if let test = result.pretrend {
            lines.append(language.text("Pre-trend F({}, {}) = {}, Prob > F = {}", String(test.numeratorDegrees), String(test.denominatorDegrees),
                                       DisplayNumber.fixed(test.statistic, decimals: 3), DisplayNumber.fixed(test.pValue, decimals: 4)))
        }
        return lines.joined(separator: "\n") + "\n" + notes(result.warnings, language)
    }

    static func text(_ result: PlaceboResult, language: OutputLanguage = .en) -> String {
        let effect = result.actual.effect
        let what = language.text(result.mode.name == "fake_years" ? "fake-timing effect" : "actual effect")
        var lines = [language.text("Placebo ({}): {} {} (std. err. {}, P>|t| {})", result.mode.name, what, DisplayNumber.format(effect.estimate),
                                   DisplayNumber.format(effect.standardError), effect.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".")]
        if let summary = result.summary {
            lines.append(language.text("{} replications, seed {}: mean {}, sd {}, 2.5%–97.5% [{}, {}]", String(summary.count), String(result.seed),
                                       DisplayNumber.format(summary.mean), summary.standardDeviation.map { DisplayNumber.format($0) } ?? ".",
                                       DisplayNumber.format(summary.quantiles[1]), DisplayNumber.format(summary.quantiles[9])))
        }
        if let p = result.pValue { lines.append(language.text("Randomisation p-value (share |b_r| >= |b|) = {}", DisplayNumber.fixed(p, decimals: 4))) }
        return lines.joined(separator: "\n") + "\n" + notes(result.actual.warnings + result.warnings, language)
    }

    static func text(_ decomposition: BaconDecomposition, twfe: Double, language: OutputLanguage = .en) -> String {
        var lines = [language.text("Goodman-Bacon decomposition of the TWFE estimate {}", DisplayNumber.format(twfe))]
        lines.append(TextColumns.left(language.text("type"), 18) + TextColumns.right(language.text("treated"), 10)
                     + TextColumns.right(language.text("control"), 10) + TextColumns.right(language.text("estimate"), 14)
                     + TextColumns.right(language.text("weight"), 10))
        for row in decomposition.comparisons {
            lines.append(TextColumns.left(language.fixed(row.kind), 18) + TextColumns.right(String(row.treated), 10)
                         + TextColumns.right(row.control.map { String($0) } ?? language.text("never"), 10)
                         + TextColumns.right(DisplayNumber.format(row.estimate), 14) + TextColumns.right(DisplayNumber.fixed(row.weight, decimals: 4), 10))
        }
        for summary in decomposition.byKind {
            lines.append(language.text("Total {}: weight {}, average {}", language.fixed(summary.kind), DisplayNumber.fixed(summary.weight, decimals: 4),
                                       DisplayNumber.format(summary.estimate)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func optional(_ value: Double?, _ width: Int) -> String {
        TextColumns.right(value.map { DisplayNumber.format($0) } ?? ".", width)
    }

    private static func notes(_ warnings: [String], _ language: OutputLanguage) -> String {
        warnings.map { language.text("Note: {}", $0) + "\n" }.joined()
    }
}
