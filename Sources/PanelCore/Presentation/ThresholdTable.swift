/// A plain-text report of a panel threshold regression in the layout of Stata `xthreg`: the threshold estimates
/// with their likelihood-ratio intervals, the bootstrap F tests (RSS, MSE, F, p-value, 10/5/1% critical values),
/// then the within regression with regime-specific coefficients.
public enum ThresholdTable {
    public static func text(_ result: ThresholdResult) -> String {
        let scaled = result.settings.thresholdLevel * 100
        let percent = DisplayNumber.fixed(scaled, decimals: scaled == scaled.rounded(.towardZero) ? 0 : 1)
        var lines = ["Threshold regression (Hansen 1999) of \(result.responseName), threshold variable \(result.thresholdVariable)",
                     "Units = \(result.unitCount), periods = \(result.periodCount), bootstrap replications = \(result.settings.replications)"]
        let rule = String(repeating: "-", count: 56)
        lines += [rule, TextColumns.left("Threshold", 10) + TextColumns.right("Estimate", 14) + TextColumns.right("[\(percent)% LR interval]", 32), rule]
        for threshold in result.thresholds {
            lines.append(TextColumns.left(threshold.name, 10) + TextColumns.right(DisplayNumber.format(threshold.estimate), 14)
                         + TextColumns.right(DisplayNumber.format(threshold.confidenceLow), 16)
                         + TextColumns.right(DisplayNumber.format(threshold.confidenceHigh), 16))
        }
        let wide = String(repeating: "-", count: 84)
        lines += [wide, TextColumns.left("Test", 10) + TextColumns.right("RSS", 14) + TextColumns.right("MSE", 12) + TextColumns.right("F", 10)
                  + TextColumns.right("Prob", 8) + TextColumns.right("Crit10", 10) + TextColumns.right("Crit5", 10) + TextColumns.right("Crit1", 10), wide]
        for test in result.tests {
            func optional(_ x: Double?, _ decimals: Int) -> String { x.map { DisplayNumber.fixed($0, decimals: decimals) } ?? "." }
            lines.append(TextColumns.left(["Single", "Double", "Triple"][test.thresholds - 1], 10)
                         + TextColumns.right(DisplayNumber.format(test.sumOfSquares), 14) + TextColumns.right(DisplayNumber.format(test.variance), 12)
                         + TextColumns.right(DisplayNumber.fixed(test.statistic, decimals: 2), 10) + TextColumns.right(optional(test.pValue, 4), 8)
                         + TextColumns.right(optional(test.critical10, 2), 10) + TextColumns.right(optional(test.critical5, 2), 10)
                         + TextColumns.right(optional(test.critical1, 2), 10))
        }
        lines.append(wide)
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n" + RegressionTable.text(result.regression)
    }
}
