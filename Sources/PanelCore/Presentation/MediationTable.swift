/// A plain-text mediation report: the causal-steps regressions (seed 003 Table 3), then the effects in the layout of
/// seed 003 Table 4 — observed coefficient, bootstrap standard error, z, p, each requested bootstrap interval (P,
/// BC, BCa, one line each as Stata's `estat bootstrap, all`) and the share of the total effect — and the Sobel,
/// Aroian and Goodman tests.
public enum MediationTable {
    public static func text(_ result: MediationResult, language: OutputLanguage = .en) -> String {
        var text = result.equations.total.textBlock("Total effect", language: language)
        for (k, path) in result.equations.paths.enumerated() { text += path.textBlock("Path a: mediator \(result.model.mediators[k])", language: language) }
        text += result.equations.outcomeEquation.textBlock("Outcome equation: direct effect and paths b", language: language)
        return text + effectsTable(result, language) + testsTable(result, language)
    }

    private static func effectsTable(_ result: MediationResult, _ language: OutputLanguage) -> String {
        var text = effects(result).translated(to: language, keeping: result.model.mediators).plainText
        if let bootstrap = result.bootstrap {
            text += "Bootstrap: \(bootstrap.successfulReplications) of \(bootstrap.replications) replications, resampling \(bootstrap.unitCount) "
                + "\(bootstrap.resampling == .cluster ? "clusters" : "observations"), seed \(bootstrap.seed)\n"
        }
        return text
    }

    /// The effects in seed 003 Table 4's layout, as a publication table: observed coefficient, bootstrap standard
    /// error, z, p, one interval column per requested kind (P, BC, BCa) and the share of the total effect.
    public static func effects(_ result: MediationResult) -> PublicationTable {
        let percent = DisplayNumber.percent(result.level)
        let kinds = result.bootstrap?.effects.first?.intervals.map { $0.kind } ?? []
        let header = ["Effect", "Observed", "Boot. SE", "z", "P>|z|"] + kinds.map { "\(percent)% CI (\(tag($0)))" } + ["Share"]
        let rows = result.effects.enumerated().map { e, effect -> [String] in
            let boot = result.bootstrap?.effects[e]
            var row = [effect.name, DisplayNumber.fixed(effect.estimate, decimals: 4),
                       boot.map { DisplayNumber.fixed($0.standardError, decimals: 4) } ?? ".",
                       boot?.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", boot?.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? "."]
            row += (boot?.intervals ?? []).map { interval in
                interval.bounds.map { "[" + DisplayNumber.fixed($0.low, decimals: 4) + ", " + DisplayNumber.fixed($0.high, decimals: 4) + "]" } ?? "."
            }
            return row + [effect.shareOfTotal.map { DisplayNumber.fixed($0 * 100, decimals: 2) + "%" } ?? ""]
        }
        return PublicationTable(title: "Mediation effects of \(result.model.treatment) on \(result.model.outcome) (N = \(result.observationCount))",
                                header: [header], sections: [rows],
                                notes: kinds.isEmpty ? [] : ["P: percentile, BC: bias-corrected, BCa: bias-corrected and accelerated bootstrap intervals."])
    }

    private static func tag(_ kind: BootstrapIntervalKind) -> String {
        switch kind {
        case .percentile: return "P"
        case .biasCorrected: return "BC"
        case .biasCorrectedAccelerated: return "BCa"
        }
    }

    private static func testsTable(_ result: MediationResult, _ language: OutputLanguage) -> String {
        var lines = [language.text("Tests of the indirect effects (normal theory)")]
        for test in result.indirectTests {
            var line = TextColumns.left(test.mediator, 14) + TextColumns.left(test.method.rawValue, 9)
            line += "a*b = " + DisplayNumber.format(test.estimate) + "   SE = " + (test.standardError.map { DisplayNumber.format($0) } ?? ".")
            line += "   z = " + (test.statistic.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".")
            line += "   p = " + (test.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".")
            lines.append(line)
        }
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension RegressionResult {
    /// The regression's text table under a title line, followed by a blank line; its fixed text in `language`.
    func textBlock(_ title: String, language: OutputLanguage) -> String {
        "== " + language.fixed(title) + " ==\n" + RegressionTable.text(self, language: language) + "\n"
    }
}
