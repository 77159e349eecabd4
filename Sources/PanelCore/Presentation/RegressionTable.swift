/// A plain-text regression table in the layout Stata users read: a header with N, R², the F test and the
/// covariance, then one row per coefficient with stars, standard error, t, p and the confidence interval; its fixed
/// text in `language`.
public enum RegressionTable {
    public static func text(_ result: RegressionResult, language: OutputLanguage = .en) -> String {
        let termWidth = max(12, result.coefficients.map { DisplayWidth.of($0.term) }.max() ?? 0)
        let percent = DisplayNumber.percent(result.level)
        var lines: [String] = []
        lines.append(language.text("{} regression of {}", result.estimator.uppercased(), result.responseName))
        lines.append(headerLine(language.text("Number of obs"), Double(result.observationCount), decimals: 0))
        for name in ["r2", "r2_within", "adj_r2", "rmse"] {
            if let value = statistic(result, name) { lines.append(headerLine(language.text(label(name)), value, decimals: 4)) }
        }
        if let f = statistic(result, "f_stat"), let df1 = statistic(result, "f_df1"), let df2 = statistic(result, "f_df2"),
           let p = statistic(result, "f_p_value") {
            lines.append(headerLine("F(\(DisplayNumber.fixed(df1, decimals: 0)), \(DisplayNumber.fixed(df2, decimals: 0)))", f, decimals: 2))
            lines.append(headerLine(language.text("Prob > F"), p, decimals: 4))
        }
        if !result.fixedEffects.isEmpty { lines.append(language.text("Fixed effects: {}", result.fixedEffects.joined(separator: ", "))) }
        lines.append(language.fixed(CovarianceDescription.text(result.covariance)))
        let rule = String(repeating: "-", count: termWidth + 78)
        let statisticName = result.inference == .normal ? "z" : "t"
        lines.append(rule)
        lines.append(TextColumns.left("", termWidth) + " | " + TextColumns.right(language.text("Coef."), 14) + TextColumns.right(language.text("Std. err."), 12)
                     + TextColumns.right(statisticName, 9) + TextColumns.right("P>|\(statisticName)|", 8)
                     + TextColumns.right(language.text("[{}% conf. interval]", percent), 30))
        lines.append(rule)
        for row in result.coefficients {
            let estimate = DisplayNumber.format(row.estimate) + TextColumns.left(DisplayNumber.stars(row.pValue), 3)
            var line = TextColumns.right(row.term, termWidth) + " | " + TextColumns.right(estimate, 14)
            line += TextColumns.right(DisplayNumber.format(row.standardError), 12)
            line += TextColumns.right(row.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", 9)
            line += TextColumns.right(row.pValue.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".", 8)
            line += TextColumns.right(row.confidenceLow.map { DisplayNumber.format($0) } ?? ".", 15)
            line += TextColumns.right(row.confidenceHigh.map { DisplayNumber.format($0) } ?? ".", 15)
            lines.append(line)
        }
        lines.append(rule)
        if !result.omitted.isEmpty { lines.append(language.text("Omitted (collinear): {}", result.omitted.joined(separator: ", "))) }
        lines.append(language.fixed("* p<0.1, ** p<0.05, *** p<0.01"))
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func statistic(_ result: RegressionResult, _ name: String) -> Double? {
        result.statistics.first { $0.name == name }?.value
    }

    private static func label(_ name: String) -> String {
        switch name {
        case "r2": return "R-squared"
        case "adj_r2": return "Adj R-squared"
        case "r2_within": return "Within R-sq."
        default: return "Root MSE"
        }
    }

    private static func headerLine(_ label: String, _ value: Double, decimals: Int) -> String {
        TextColumns.left(label, 16) + "= " + TextColumns.right(DisplayNumber.fixed(value, decimals: decimals), 12)
    }
}
