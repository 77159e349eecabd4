/// A plain-text Hausman test table in the layout of Stata's `hausman fe re`: fixed and random coefficients, their
/// difference and its standard error, then χ², its degrees of freedom and p-value.
public enum HausmanTable {
    public static func text(_ test: HausmanTest) -> String {
        let termWidth = max(12, test.rows.map { DisplayWidth.of($0.term) }.max() ?? 0)
        let rule = String(repeating: "-", count: termWidth + 59)
        var lines = ["Hausman test: fixed (within) vs random effects (\(test.variant.rawValue))", rule]
        lines.append(TextColumns.left("", termWidth) + " | " + TextColumns.right("(b) fixed", 14) + TextColumns.right("(B) random", 14)
                     + TextColumns.right("(b-B)", 14) + TextColumns.right("S.E.", 14))
        lines.append(rule)
        for row in test.rows {
            lines.append(TextColumns.right(row.term, termWidth) + " | " + TextColumns.right(DisplayNumber.format(row.fixed), 14)
                         + TextColumns.right(DisplayNumber.format(row.random), 14)
                         + TextColumns.right(DisplayNumber.format(row.difference), 14)
                         + TextColumns.right(row.standardError.map { DisplayNumber.format($0) } ?? ".", 14))
        }
        lines.append(rule)
        lines.append("chi2(\(test.degreesOfFreedom)) = \(DisplayNumber.fixed(test.statistic, decimals: 2))   Prob > chi2 = \(test.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".")")
        for warning in test.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }
}
