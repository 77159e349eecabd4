/// The Hausman test in the layout of Stata's `hausman fe re`, as plain text and as a publication table: fixed (b)
/// and random (B) coefficients, their difference and its standard error sqrt(diag(V_b − V_B)), then χ², its degrees
/// of freedom and p-value.
public enum HausmanTable {
    public static func text(_ test: HausmanTest, language: OutputLanguage = .en) -> String {
        let termWidth = max(12, test.rows.map { DisplayWidth.of($0.term) }.max() ?? 0)
        let rule = String(repeating: "-", count: termWidth + 59)
        var lines = [language.text("Hausman test: fixed (within) vs random effects ({})", test.variant.rawValue), rule]
        lines.append(TextColumns.left("", termWidth) + " | " + TextColumns.right(language.text("(b) fixed"), 14) + TextColumns.right(language.text("(B) random"), 14)
                     + TextColumns.right("(b-B)", 14) + TextColumns.right(language.text("S.E."), 14))
        lines.append(rule)
        for row in test.rows {
            lines.append(TextColumns.right(row.term, termWidth) + " | " + TextColumns.right(DisplayNumber.format(row.fixed), 14)
                         + TextColumns.right(DisplayNumber.format(row.random), 14)
                         + TextColumns.right(DisplayNumber.format(row.difference), 14)
                         + TextColumns.right(row.standardError.map { DisplayNumber.format($0) } ?? ".", 14))
        }
        lines.append(rule)
        lines.append(language.text("chi2({}) = {}   Prob > chi2 = {}", String(test.degreesOfFreedom), DisplayNumber.fixed(test.statistic, decimals: 2),
                                    test.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? "."))
        for warning in test.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func table(_ test: HausmanTest) -> PublicationTable {
        let rows = test.rows.map { row in
            [row.term, DisplayNumber.fixed(row.fixed, decimals: 4), DisplayNumber.fixed(row.random, decimals: 4),
             DisplayNumber.fixed(row.difference, decimals: 4), DisplayNumber.optional(row.standardError, decimals: 4)]
        }
        let summary = [["χ²", DisplayNumber.fixed(test.statistic, decimals: 2)], ["Degrees of freedom", String(test.degreesOfFreedom)],
                       ["Prob > χ²", DisplayNumber.optional(test.pValue, decimals: 4)]]
        var notes = ["b = consistent under H0 and Ha (fixed effects, within); B = inconsistent under Ha, efficient under H0 (random effects).",
                     "Test of H0: difference in coefficients not systematic."]
        if test.variant != .classic { notes.append("Variance of both estimators from the \(test.variant == .sigmamore ? "random" : "fixed")-effects "
                                                   + "error variance (\(test.variant.rawValue)).") }
        return PublicationTable(title: "Hausman test: fixed vs random effects",
                                header: [["", "(b)", "(B)", "(b−B)", "sqrt(diag(V_b−V_B))"], ["", "Fixed", "Random", "Difference", "Std. err."]],
                                sections: [rows, summary], notes: notes + test.warnings.map { "Note: " + $0 })
    }
}
