/// A panel threshold regression in the layout of Stata `xthreg`, as a plain-text report and as three publication
/// tables: the threshold estimates with their likelihood-ratio intervals, the bootstrap F tests (RSS, MSE, F,
/// p-value, 10/5/1% critical values), then the within regression with regime-specific coefficients.
public enum ThresholdTable {
    public static func text(_ result: ThresholdResult, language: OutputLanguage = .en) -> String {
        let percent = DisplayNumber.percent(result.settings.thresholdLevel)
        var lines = [language.text("Threshold regression (Hansen 1999) of {}, threshold variable {}", result.responseName, result.thresholdVariable),
                     language.text("Units = {}, periods = {}, bootstrap replications = {}", String(result.unitCount), String(result.periodCount),
                                   String(result.settings.replications))]
        let rule = String(repeating: "-", count: 56)
        lines += [rule, TextColumns.left(language.text("Threshold"), 10) + TextColumns.right(language.text("Estimate"), 14)
                 + TextColumns.right(language.text("[{}% LR interval]", percent), 32), rule]
        for threshold in result.thresholds {
            lines.append(TextColumns.left(threshold.name, 10) + TextColumns.right(DisplayNumber.format(threshold.estimate), 14)
                         + TextColumns.right(DisplayNumber.format(threshold.confidenceLow), 16)
                         + TextColumns.right(DisplayNumber.format(threshold.confidenceHigh), 16))
        }
        let wide = String(repeating: "-", count: 84)
        lines += [wide, TextColumns.left(language.text("Test"), 10) + TextColumns.right("RSS", 14) + TextColumns.right("MSE", 12) + TextColumns.right("F", 10)
                  + TextColumns.right(" " + language.text("Prob"), 8) + TextColumns.right(" " + language.text("Crit10"), 10)
                  + TextColumns.right(" " + language.text("Crit5"), 10) + TextColumns.right(" " + language.text("Crit1"), 10), wide]
        for test in result.tests {
            func optional(_ x: Double?, _ decimals: Int) -> String { x.map { DisplayNumber.fixed($0, decimals: decimals) } ?? "." }
            lines.append(TextColumns.left(language.text(testNames[test.thresholds - 1]), 10)
                         + TextColumns.right(DisplayNumber.format(test.sumOfSquares), 14) + TextColumns.right(DisplayNumber.format(test.variance), 12)
                         + TextColumns.right(DisplayNumber.fixed(test.statistic, decimals: 2), 10) + TextColumns.right(optional(test.pValue, 4), 8)
                         + TextColumns.right(optional(test.critical10, 2), 10) + TextColumns.right(optional(test.critical5, 2), 10)
                         + TextColumns.right(optional(test.critical1, 2), 10))
        }
        lines.append(wide)
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n" + RegressionTable.text(result.regression, language: language)
    }

    private static let testNames = ["Single", "Double", "Triple"]

    public static func tables(_ result: ThresholdResult) -> [PublicationTable] {
        let thresholds = result.thresholds.map { threshold in
            [threshold.name, DisplayNumber.fixed(threshold.estimate, decimals: 4), DisplayNumber.fixed(threshold.confidenceLow, decimals: 4),
             DisplayNumber.fixed(threshold.confidenceHigh, decimals: 4)]
        }
        let tests = result.tests.map { test in
            [testNames[test.thresholds - 1], DisplayNumber.fixed(test.sumOfSquares, decimals: 4), DisplayNumber.fixed(test.variance, decimals: 4),
             DisplayNumber.fixed(test.statistic, decimals: 2) + DisplayNumber.stars(test.pValue), DisplayNumber.optional(test.pValue, decimals: 4),
             DisplayNumber.optional(test.critical10, decimals: 2), DisplayNumber.optional(test.critical5, decimals: 2),
             DisplayNumber.optional(test.critical1, decimals: 2)]
        }
        let regression = result.regression
        let summary: [(label: String, value: String)] = [("Observations", String(regression.observationCount)),
                                                         ("Units × periods", "\(result.unitCount) × \(result.periodCount)")]
            + regression.statistics.compactMap { statistic in
                statistic.name == "r2_within" ? statistic.value.map { ("Within R²", DisplayNumber.fixed($0, decimals: 4)) } : nil
            }
        let of = "\(result.responseName), threshold variable \(result.thresholdVariable)"
        return [
            PublicationTable(title: "Threshold estimates: " + of,
                             header: [["Threshold", "Estimate", "Lower", "Upper"]], sections: [thresholds],
                             notes: ["\(DisplayNumber.percent(result.settings.thresholdLevel))% confidence intervals from the likelihood ratio LR(γ) "
                                     + "(Hansen 1999)."]),
            PublicationTable(title: "Threshold effect tests: " + of,
                             header: [["Test", "RSS", "MSE", "F", "Prob", "Crit10", "Crit5", "Crit1"]], sections: [tests],
                             notes: ["p-values and critical values from \(result.settings.replications) bootstrap replications; "
                                     + "*** p<0.01, ** p<0.05, * p<0.1."] + result.warnings.map { "Note: " + $0 }),
            CoefficientListTable.table(title: "Threshold regression (fixed effects, within): \(result.responseName)",
                                       blocks: [.init(title: nil, rows: regression.coefficients)], statistic: regression.inference == .normal ? "z" : "t",
                                       level: regression.level, summary: summary,
                                       notes: [CovarianceDescription.text(regression.covariance) + "."]),
        ]
    }
}
