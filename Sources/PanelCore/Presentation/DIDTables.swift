/// Plain-text tables of the DID results: the effect above its regression, the event-study coefficients with the
/// pre-trend test, the placebo distribution, and the Goodman-Bacon comparisons.
enum DIDTables {
    static func text(_ result: DIDResult) -> String {
        "DID (\(result.design)) effect of \(result.effect.term): " + DisplayNumber.format(result.effect.estimate)
            + " (std. err. " + DisplayNumber.format(result.effect.standardError) + ")\n" + notes(result.warnings)
            + RegressionTable.text(result.regression)
    }

    static func text(_ result: EventStudyResult) -> String {
        var lines = ["Event study of \(result.regression.responseName), reference period \(result.window.reference), window "
                     + "[\(result.window.low), \(result.window.high)]\(result.window.binsEndPoints ? ", end points binned" : "")"]
        lines.append(TextColumns.right("rel. time", 10) + TextColumns.right("Coef.", 14) + TextColumns.right("Std. err.", 12)
                     + TextColumns.right("P>|t|", 8) + TextColumns.right("conf. low", 12) + TextColumns.right("conf. high", 12))
        for (k, row) in zip(result.relativeTimes, result.rows) {
            lines.append(TextColumns.right(String(k), 10) + TextColumns.right(DisplayNumber.format(row.estimate), 14)
                         + TextColumns.right(DisplayNumber.format(row.standardError), 12) + optional(row.pValue, 8)
                         + optional(row.confidenceLow, 12) + optional(row.confidenceHigh, 12))
        }
        if let test = result.pretrend {
            lines.append("Pre-trend F(\(test.numeratorDegrees), \(test.denominatorDegrees)) = " + DisplayNumber.fixed(test.statistic, decimals: 3)
                         + ", Prob > F = " + DisplayNumber.fixed(test.pValue, decimals: 4))
        }
        return lines.joined(separator: "\n") + "\n" + notes(result.warnings)
    }

    static func text(_ result: PlaceboResult) -> String {
        let effect = result.actual.effect
        let what = result.mode.name == "fake_years" ? "fake-timing effect " : "actual effect "
        var lines = ["Placebo (\(result.mode.name)): " + what + DisplayNumber.format(effect.estimate) + " (std. err. "
                     + DisplayNumber.format(effect.standardError) + ", P>|t| " + (effect.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".") + ")"]
        if let summary = result.summary {
            lines.append("\(summary.count) replications, seed \(result.seed): mean " + DisplayNumber.format(summary.mean)
                         + ", sd " + (summary.standardDeviation.map { DisplayNumber.format($0) } ?? ".")
                         + ", 2.5%–97.5% [" + DisplayNumber.format(summary.quantiles[1]) + ", " + DisplayNumber.format(summary.quantiles[9]) + "]")
        }
        if let p = result.pValue { lines.append("Randomisation p-value (share |b_r| >= |b|) = " + DisplayNumber.fixed(p, decimals: 4)) }
        return lines.joined(separator: "\n") + "\n" + notes(result.actual.warnings + result.warnings)
    }

    static func text(_ decomposition: BaconDecomposition, twfe: Double) -> String {
        var lines = ["Goodman-Bacon decomposition of the TWFE estimate " + DisplayNumber.format(twfe)]
        lines.append(TextColumns.left("type", 18) + TextColumns.right("treated", 10) + TextColumns.right("control", 10)
                     + TextColumns.right("estimate", 14) + TextColumns.right("weight", 10))
        for row in decomposition.comparisons {
            lines.append(TextColumns.left(row.kind, 18) + TextColumns.right(String(row.treated), 10)
                         + TextColumns.right(row.control.map { String($0) } ?? "never", 10)
                         + TextColumns.right(DisplayNumber.format(row.estimate), 14) + TextColumns.right(DisplayNumber.fixed(row.weight, decimals: 4), 10))
        }
        for summary in decomposition.byKind {
            lines.append("Total " + summary.kind + ": weight " + DisplayNumber.fixed(summary.weight, decimals: 4)
                         + ", average " + DisplayNumber.format(summary.estimate))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func optional(_ value: Double?, _ width: Int) -> String {
        TextColumns.right(value.map { DisplayNumber.format($0) } ?? ".", width)
    }

    private static func notes(_ warnings: [String]) -> String {
        warnings.map { "Note: " + $0 + "\n" }.joined()
    }
}
