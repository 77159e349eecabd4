/// A PSM-DID report: the matching summary, the balance table in the layout of Stata `pstest, both` (U = unmatched,
/// M = matched rows per covariate), then the propensity logit and the DID regression — as plain text, and as two
/// publication tables (the balance table; the logit and the DID side by side).
public enum PropensityScoreDIDTable {
    public static func text(_ result: PropensityScoreDID, language: OutputLanguage = .en) -> String {
        var lines = summary(result).map(language.fixed)
        let nameWidth = max(12, result.balance.map { $0.name.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: nameWidth + 66)
        lines.append(rule)
        lines.append(TextColumns.left(language.text("Variable"), nameWidth) + "    " + TextColumns.right(language.text("Treated"), 12)
                     + TextColumns.right(language.text("Control"), 12)
                     + TextColumns.right("%bias", 9) + TextColumns.right("%reduct", 9) + TextColumns.right("t", 9) + TextColumns.right("p>|t|", 9))
        lines.append(rule)
        for row in result.balance {
            lines.append(TextColumns.left(row.name, nameWidth) + "  U " + cells(row.treatedMeanUnmatched, row.controlMeanUnmatched, row.biasUnmatched,
                                                                               nil, row.tUnmatched, row.pUnmatched))
            lines.append(TextColumns.left("", nameWidth) + "  M " + cells(row.treatedMeanMatched, row.controlMeanMatched, row.biasMatched,
                                                                          row.biasReduction, row.tMatched, row.pMatched))
        }
        lines.append(rule)
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        lines.append("")
        lines.append(language.text("Propensity score:"))
        lines.append(RegressionTable.text(result.propensity, language: language))
        lines.append(language.text("DID on the matched sample:"))
        lines.append(RegressionTable.text(result.did, language: language))
        return lines.joined(separator: "\n")
    }

    public static func tables(_ result: PropensityScoreDID) -> [PublicationTable] {
        let rows = result.balance.flatMap { row in
            [[row.name, "Unmatched"] + balanceCells([row.treatedMeanUnmatched, row.controlMeanUnmatched, row.biasUnmatched, nil, row.tUnmatched, row.pUnmatched]),
             ["", "Matched"] + balanceCells([row.treatedMeanMatched, row.controlMeanMatched, row.biasMatched, row.biasReduction, row.tMatched, row.pMatched])]
        }
        let balance = PublicationTable(title: "Covariate balance before and after matching (treatment \(result.propensity.responseName))",
                                       header: [["Variable", "Sample", "Treated", "Control", "%bias", "%reduct |bias|", "t", "p>|t|"]],
                                       sections: [rows], notes: summary(result).map { $0 + "." } + result.warnings.map { "Note: " + $0 })
        var options = ComparisonTableOptions()
        options.title = "PSM-DID: propensity score and DID on the matched sample"
        options.columnTitles = ["(1) Propensity (logit)", "(2) DID, matched"]
        options.notes = [CovarianceDescription.text(result.did.covariance) + " in (2)."]
        return [balance, ModelComparisonTable.build([ComparedModel(result.propensity), ComparedModel(result.did)], options: options)]
    }

    /// The matching method, the propensity sample and the matched counts, one line each.
    private static func summary(_ result: PropensityScoreDID) -> [String] {
        let m = result.matching
        let sample: String
        switch result.scoreSample {
        case .period(let t): sample = "Propensity score on units at period \(t)"
        case .pooled: sample = "Propensity score on all rows pooled"
        }
        return ["PSM-DID: \(methodLine(m.method))" + (m.commonSupport ? ", common support" : ""), sample,
                "Treated: \(m.treatedMatched) of \(m.treatedCount) matched; controls used: \(m.controlsUsed) of \(m.controlCount)"]
    }

    /// Treated and control means, %bias, %reduction, t and p of one balance row as publication cells.
    private static func balanceCells(_ values: [Double?]) -> [String] {
        let decimals = [4, 4, 1, 1, 2, 3]
        return zip(values, decimals).map { value, places in DisplayNumber.optional(value, decimals: places) }
    }

    private static func methodLine(_ method: MatchingMethod) -> String {
        switch method {
        case .nearestNeighbour(let k, let replacement, let caliper):
            return "\(k)-nearest-neighbour matching " + (replacement ? "with" : "without") + " replacement"
                + (caliper.map { ", caliper " + DisplayNumber.format($0) } ?? "")
        case .epanechnikovKernel(let bandwidth):
            return "Epanechnikov kernel matching, bandwidth " + DisplayNumber.format(bandwidth)
        }
    }

    private static func cells(_ treated: Double?, _ control: Double?, _ bias: Double?, _ reduction: Double?, _ t: Double?, _ p: Double?) -> String {
        func cell(_ x: Double?, _ width: Int, decimals: Int? = nil) -> String {
            TextColumns.right(x.map { v in decimals.map { DisplayNumber.fixed(v, decimals: $0) } ?? DisplayNumber.format(v) } ?? ".", width)
        }
        return cell(treated, 12) + cell(control, 12) + cell(bias, 9, decimals: 1) + cell(reduction, 9, decimals: 1)
            + cell(t, 9, decimals: 2) + cell(p, 9, decimals: 3)
    }
}
