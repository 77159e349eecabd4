/// A titled block of coefficient rows with normal (z) inference — estimate, standard error, z, p and interval — for
/// the plain-text reports of the event-study estimators; its fixed text in `language`.
enum CoefficientSection {
    static func lines(_ title: String, _ rows: [CoefficientEstimate], language: OutputLanguage) -> [String] {
        var lines: [String] = []
        let width = max(16, rows.map { $0.term.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: width + 73)
        lines += ["", language.fixed(title), rule]
        lines.append(TextColumns.left("", width) + " | " + TextColumns.right(language.text("Estimate"), 12) + TextColumns.right(language.text("Std. err."), 12)
                     + TextColumns.right("z", 9) + TextColumns.right("P>|z|", 8) + TextColumns.right(language.text("[conf. interval]"), 30))
        lines.append(rule)
        for row in rows {
            lines.append(TextColumns.right(row.term, width) + " | " + TextColumns.right(DisplayNumber.format(row.estimate), 12)
                         + TextColumns.right(DisplayNumber.format(row.standardError), 12)
                         + TextColumns.right(row.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", 9)
                         + TextColumns.right(row.pValue.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".", 8)
                         + TextColumns.right(row.confidenceLow.map { DisplayNumber.format($0) } ?? ".", 15)
                         + TextColumns.right(row.confidenceHigh.map { DisplayNumber.format($0) } ?? ".", 15))
        }
        lines.append(rule)
        return lines
    }
}
