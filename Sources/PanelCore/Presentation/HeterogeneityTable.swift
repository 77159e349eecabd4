/// A heterogeneity report: each group's regression (seed 003 Table 6), then the tests that the treatment's coefficient
/// differs from the first group's — as plain text, and as a publication table with the groups as columns and the
/// difference tests as rows under the statistics.
public enum HeterogeneityTable {
    public static func text(_ result: HeterogeneityResult, language: OutputLanguage = .en) -> String {
        var text = ""
        for subgroup in result.groups { text += subgroup.regression.textBlock("\(result.model.group) = \(subgroup.label)", language: language) }
        let rule = String(repeating: "-", count: 96)
        var lines = [language.text("Difference in the coefficient of {} (group minus {})", result.model.treatment, result.groups[0].label), rule]
        lines.append(TextColumns.left(language.text("Group"), 14) + TextColumns.right(language.text("Difference"), 12)
                     + TextColumns.left("   " + language.text("Test"), 26) + TextColumns.right(language.text("Std. err."), 12)
                     + TextColumns.right(language.text("Statistic"), 11) + TextColumns.right("p", 9))
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
                line += TextColumns.left("   " + language.text(test.0), 26)
                line += TextColumns.right(test.1?.standardError.map { DisplayNumber.format($0) } ?? "", 12)
                line += TextColumns.right(test.1?.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? "", 11)
                line += TextColumns.right(test.2.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".", 9)
                lines.append(line)
            }
        }
        lines.append(rule)
        if let permutation = result.permutation {
            lines.append(language.text("Permutation: {} of {} label permutations across {}, seed {}", String(permutation.successful),
                                       String(permutation.replications), permutation.unit ?? language.text("observations"), String(permutation.seed)))
        }
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return text + lines.joined(separator: "\n") + "\n"
    }

    public static func table(_ result: HeterogeneityResult) -> PublicationTable {
        var options = ComparisonTableOptions()
        options.title = "Heterogeneity by \(result.model.group): effect of \(result.model.treatment) on \(result.model.outcome)"
        options.columnTitles = result.groups.enumerated().map { k, group in "(\(k + 1)) \(group.label)" }
        options.order = [result.model.treatment]
        options.decimals = 4
        options.statistics = ["nobs", "r2", "r2_within", "f_stat", "n_clusters"]
        var table = ModelComparisonTable.build(result.groups.map { ComparedModel($0.regression) }, options: options)
        func row(_ label: String, _ values: [String]) -> [String] { [label, ""] + values }
        var differences = [row("Difference from (1)", result.interacted.map { DisplayNumber.fixed($0.difference, decimals: 4) }),
                           row("p, interacted model (t)", result.interacted.map { DisplayNumber.optional($0.pValue, decimals: 4) }),
                           row("p, seemingly unrelated (z)", result.seeminglyUnrelated.map { DisplayNumber.optional($0.pValue, decimals: 4) })]
        var notes = ["Difference: the coefficient of \(result.model.treatment) in the group minus that in (1); p-values of the tests that it is zero."]
        if let permutation = result.permutation, !result.permutationPValues.isEmpty {
            differences.append(row("p, permutation", result.permutationPValues.dropFirst().map { DisplayNumber.optional($0, decimals: 4) }))
            notes.append("Permutation: \(permutation.successful) of \(permutation.replications) permutations of the group labels across "
                         + "\(permutation.unit ?? "observations"), seed \(permutation.seed).")
        }
        table.sections.append(differences)
        table.notes += notes + result.warnings.map { "Note: " + $0 }
        return table
    }
}
