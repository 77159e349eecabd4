/// A plain-text moderation report: the interaction regression (seed 003 Table 5), the simple slopes at the chosen
/// moderator values, and the Johnson–Neyman region of significance.
public enum ModerationTable {
    public static func text(_ result: ModerationResult) -> String {
        let model = result.model
        var text = result.regression.textBlock("Moderation of \(model.treatment) by \(model.moderator)" + (model.centred ? " (centred)" : ""))
        let rule = String(repeating: "-", count: 86)
        var lines = ["Simple slopes of \(model.treatment) (moderator mean \(DisplayNumber.format(result.moderatorMean)), sd \(DisplayNumber.format(result.moderatorStandardDeviation)))", rule]
        lines.append(TextColumns.right(model.moderator, 12) + " | " + TextColumns.right("Slope", 12) + TextColumns.right("Std. err.", 12)
                     + TextColumns.right("t", 9) + TextColumns.right("P>|t|", 8) + TextColumns.right("[conf. interval]", 30))
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
        let region = result.johnsonNeyman
        let bounds = region.bounds.map { DisplayNumber.format($0) }.joined(separator: " and ")
        let description: String
        switch region.shape {
        case .outside: description = "significant outside \(bounds)"
        case .inside: description = "significant between \(bounds)"
        case .above: description = "significant above \(bounds)"
        case .below: description = "significant below \(bounds)"
        case .everywhere: description = "significant for every value"
        case .nowhere: description = "significant for no value"
        }
        lines.append("Johnson-Neyman (|t| > \(DisplayNumber.fixed(region.criticalValue, decimals: 3))): the slope of \(model.treatment) is \(description) of \(model.moderator); observed range \(DisplayNumber.format(result.moderatorRange.low)) to \(DisplayNumber.format(result.moderatorRange.high))")
        for warning in result.warnings { lines.append("Note: " + warning) }
        text += lines.joined(separator: "\n") + "\n"
        return text
    }
}
