/// A plain-text PSM-DID report: the matching summary, the balance table in the layout of Stata `pstest, both`
/// (U = unmatched, M = matched rows per covariate), then the propensity logit and the DID regression tables.
public enum PropensityScoreDIDTable {
    public static func text(_ result: PropensityScoreDID) -> String {
        let m = result.matching
        var lines = ["PSM-DID: \(methodLine(m.method))" + (m.commonSupport ? ", common support" : "")]
        switch result.scoreSample {
        case .period(let t): lines.append("Propensity score on units at period \(t)")
        case .pooled: lines.append("Propensity score on all rows pooled")
        }
        lines.append("Treated: \(m.treatedMatched) of \(m.treatedCount) matched; controls used: \(m.controlsUsed) of \(m.controlCount)")
        let nameWidth = max(12, result.balance.map { $0.name.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: nameWidth + 66)
        lines.append(rule)
        lines.append(TextColumns.left("Variable", nameWidth) + "    " + TextColumns.right("Treated", 12) + TextColumns.right("Control", 12)
                     + TextColumns.right("%bias", 9) + TextColumns.right("%reduct", 9) + TextColumns.right("t", 9) + TextColumns.right("p>|t|", 9))
        lines.append(rule)
        for row in result.balance {
            lines.append(TextColumns.left(row.name, nameWidth) + "  U " + cells(row.treatedMeanUnmatched, row.controlMeanUnmatched, row.biasUnmatched,
                                                                               nil, row.tUnmatched, row.pUnmatched))
            lines.append(TextColumns.left("", nameWidth) + "  M " + cells(row.treatedMeanMatched, row.controlMeanMatched, row.biasMatched,
                                                                          row.biasReduction, row.tMatched, row.pMatched))
        }
        lines.append(rule)
        for warning in result.warnings { lines.append("Note: " + warning) }
        lines.append("")
        lines.append("Propensity score:")
        lines.append(RegressionTable.text(result.propensity))
        lines.append("DID on the matched sample:")
        lines.append(RegressionTable.text(result.did))
        return lines.joined(separator: "\n")
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
