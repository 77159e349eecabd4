/// A moderation report: the interaction regression (seed 003 Table 5), the simple slopes at the chosen moderator
/// values, and the Johnson–Neyman region of significance — as plain text, and as two publication tables (the
/// regression as a one-column esttab table; the simple slopes with the region in a note).
public enum ModerationTable {
    public static func text(_ result: ModerationResult, language: OutputLanguage = .en) -> String {
        let model = result.model
        var text = result.regression.textBlock("Moderation of \(model.treatment) by \(model.moderator)" + (model.centred ? " (centred)" : ""), language: language)
        let rule = String(repeating: "-", count: 86)
        var lines = [language.text("Simple slopes of {} (moderator mean {}, sd {})", model.treatment, DisplayNumber.format(result.moderatorMean),
                                   DisplayNumber.format(result.moderatorStandardDeviation)), rule]
        lines.append(TextColumns.right(model.moderator, 12) + " | " + TextColumns.right(language.text("Slope"), 12)
                     + TextColumns.right(language.text("Std. err."), 12) + TextColumns.right("t", 9) + TextColumns.right("P>|t|", 8)
                     + TextColumns.right(language.text("[conf. interval]"), 30))
        lines.append(rule)
        for slope in result.simpleSlopes {
            lines.append(TextColumns.right(DisplayNumber.format(slope.moderatorValue), 12) + " | "
                         + TextColumns.right(DisplayNumber.format(slope.slope), 12) + TextColumns.right(DisplayNumber.format(slope.standardError), 12)
                         + TextColumns.right(slope.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", 9)
                         + TextColumns.right(slope.pValue.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".", 8)
                         + TextColumns.right(slope.confidenceLow.map { DisplayNumber.format($0) } ?? ".", 15)
                         + TextColumns.right(slope.confidenceHigh.map { DisplayNumber.format($0) } ?? ".", 15))
        }
        lines.append(rule)
        lines.append(language.fixed(johnsonNeyman(result)))
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        text += lines.joined(separator: "\n") + "\n"
        return text
    }

    public static func tables(_ result: ModerationResult) -> [PublicationTable] {
        let model = result.model
        let regression = result.regression
        var options = ComparisonTableOptions()
        options.title = "Moderation of the effect of \(model.treatment) by \(model.moderator)" + (model.centred ? " (centred)" : "")
        options.notes = [CovarianceDescription.text(regression.covariance) + "."] + result.warnings.map { "Note: " + $0 }
        let slopes = result.simpleSlopes.map { slope in
            CoefficientEstimate(term: DisplayNumber.fixed(slope.moderatorValue, decimals: 4), estimate: slope.slope, standardError: slope.standardError,
                                statistic: slope.statistic, pValue: slope.pValue, confidenceLow: slope.confidenceLow, confidenceHigh: slope.confidenceHigh)
        }
        let statistic = regression.inference == .normal ? "z" : "t"
        return [ModelComparisonTable.build([ComparedModel(regression)], options: options),
                CoefficientListTable.table(title: "Simple slopes of \(model.treatment) at values of \(model.moderator)",
                                           blocks: [.init(title: model.moderator, rows: slopes)], statistic: statistic, level: regression.level,
                                           notes: ["Moderator mean \(DisplayNumber.fixed(result.moderatorMean, decimals: 4)), sd "
                                                   + DisplayNumber.fixed(result.moderatorStandardDeviation, decimals: 4) + ".", johnsonNeyman(result) + "."])]
    }

    /// The Johnson–Neyman region of significance in one sentence.
    private static func johnsonNeyman(_ result: ModerationResult) -> String {
        let model = result.model
        let region = result.johnsonNeyman
        let bounds = region.bounds.map { DisplayNumber.format($0) }.joined(separator: " and ")  // as in the catalogue's "significant between {} and {}"
        let description: String
        switch region.shape {
        case .outside: description = "significant outside \(bounds)"
        case .inside: description = "significant between \(bounds)"
        case .above: description = "significant above \(bounds)"
        case .below: description = "significant below \(bounds)"
        case .everywhere: description = "significant for every value"
        case .nowhere: description = "significant for no value"
        }
        return "Johnson-Neyman (|t| > \(DisplayNumber.fixed(region.criticalValue, decimals: 3))): the slope of \(model.treatment) is \(description) of \(model.moderator); observed range \(DisplayNumber.format(result.moderatorRange.low)) to \(DisplayNumber.format(result.moderatorRange.high))"
    }
}
