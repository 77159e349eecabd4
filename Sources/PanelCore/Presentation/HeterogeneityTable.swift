/// A plain-text heterogeneity report: each group's regression (seed 003 Table 6), then the tests that the treatment's
/// coefficient differs from the first group's.
public enum HeterogeneityTable {
    public static func text(_ result: HeterogeneityResult) -> String {
        var text = ""
        for subgroup in result.groups { text += subgroup.regression.textBlock("\(result.model.group) = \(subgroup.label)") }
        let rule = String(repeating: "-", count: 96)
        var lines = ["Difference in the coefficient of \(result.model.treatment) (group minus \(result.groups[0].label))", rule]
        lines.append(TextColumns.left("Group", 14) + TextColumns.right("Difference", 12) + TextColumns.left("   Test", 26)
                     + TextColumns.right("Std. err.", 12) + TextColumns.right("Statistic", 11) + TextColumns.right("p", 9))
        lines.append(rule)
        for k in result.interacted.indices {
            let tests: [(String, CoefficientDifference?, Double?)] = [
                ("interacted model (t)", result.interacted[k], result.interacted[k].pValue),
                ("seemingly unrelated (z)", result.seeminglyUnrelated[k], result.seeminglyUnrelated[k].pValue),
            ] + (result.permutationPValues.isEmpty ? [] : [("permutation", nil, result.permutationPValues[k + 1])])
            for (position, test) in tests.enumerated() {
                var line = position == 0
                    ? TextColumns.left(result.interacted[k].group, 14) + TextColumns.right(DisplayNumber.format(result.interacted[k].difference), 12)
                    : TextColumns.left("", 26)
                line += TextColumns.left("   " + test.0, 26)
                line += TextColumns.right(test.1?.standardError.map { DisplayNumber.format($0) } ?? "", 12)
                line += TextColumns.right(test.1?.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? "", 11)
                line += TextColumns.right(test.2.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".", 9)
                lines.append(line)
            }
        }
        lines.append(rule)
        if let permutation = result.permutation {
            lines.append("Permutation: \(permutation.successful) of \(permutation.replications) label permutations across \(permutation.unit ?? "observations"), seed \(permutation.seed)")
        }
        for warning in result.warnings { lines.append("Note: " + warning) }
        return text + lines.joined(separator: "\n") + "\n"
    }
}
