/// A plain-text mediation report: the causal-steps regressions (seed 003 Table 3), then the effects in the layout of
/// seed 003 Table 4 — observed coefficient, bootstrap standard error, z, p, each requested bootstrap interval (P,
/// BC, BCa, one line each as Stata's `estat bootstrap, all`) and the share of the total effect — and the Sobel,
/// Aroian and Goodman tests.
public enum MediationTable {
    public static func text(_ result: MediationResult) -> String {
        var text = result.equations.total.textBlock("Total effect")
        for (k, path) in result.equations.paths.enumerated() { text += path.textBlock("Path a: mediator \(result.model.mediators[k])") }
        text += result.equations.outcomeEquation.textBlock("Outcome equation: direct effect and paths b")
        return text + effectsTable(result) + testsTable(result)
    }

    private static func effectsTable(_ result: MediationResult) -> String {
        let nameWidth = max(12, result.effects.map { $0.name.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: nameWidth + 88)
        let percent = DisplayNumber.fixed(result.level * 100, decimals: result.level * 100 == (result.level * 100).rounded(.towardZero) ? 0 : 1)
        var lines = ["Mediation effects of \(result.model.treatment) on \(result.model.outcome) (N = \(result.observationCount))", rule]
        lines.append(TextColumns.left("Effect", nameWidth) + " | " + TextColumns.right("Observed", 12) + TextColumns.right("Boot. SE", 12)
                     + TextColumns.right("z", 9) + TextColumns.right("P>|z|", 8) + TextColumns.right("[\(percent)% conf. interval]", 30)
                     + TextColumns.right("Share", 10))
        lines.append(rule)
        for (e, effect) in result.effects.enumerated() {
            let boot = result.bootstrap?.effects[e]
            var line = TextColumns.right(effect.name, nameWidth) + " | " + TextColumns.right(DisplayNumber.format(effect.estimate), 12)
            line += TextColumns.right(boot.map { DisplayNumber.format($0.standardError) } ?? ".", 12)
            line += TextColumns.right(boot?.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", 9)
            line += TextColumns.right(boot?.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".", 8)
            let intervals = boot?.intervals ?? []
            line += intervals.first.map { interval($0) } ?? TextColumns.right(".", 30)
            line += TextColumns.right(effect.shareOfTotal.map { DisplayNumber.fixed($0 * 100, decimals: 2) + "%" } ?? "", 10)
            lines.append(line)
            for extra in intervals.dropFirst() {
                lines.append(TextColumns.left("", nameWidth) + " | " + TextColumns.left("", 41) + interval(extra))
            }
        }
        lines.append(rule)
        if let bootstrap = result.bootstrap {
            lines.append("Bootstrap: \(bootstrap.successfulReplications) of \(bootstrap.replications) replications, resampling \(bootstrap.unitCount) \(bootstrap.resampling == .cluster ? "clusters" : "observations"), seed \(bootstrap.seed)")
            lines.append("(P) percentile, (BC) bias-corrected, (BCa) bias-corrected and accelerated")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func interval(_ interval: (kind: BootstrapIntervalKind, bounds: (low: Double, high: Double)?)) -> String {
        let tag: String
        switch interval.kind {
        case .percentile: tag = "(P)"
        case .biasCorrected: tag = "(BC)"
        case .biasCorrectedAccelerated: tag = "(BCa)"
        }
        guard let bounds = interval.bounds else { return TextColumns.right(". " + tag, 30) }
        return TextColumns.right(DisplayNumber.format(bounds.low), 12) + TextColumns.right(DisplayNumber.format(bounds.high), 12)
            + TextColumns.right(tag, 6)
    }

    private static func testsTable(_ result: MediationResult) -> String {
        var lines = ["Tests of the indirect effects (normal theory)"]
        for test in result.indirectTests {
            var line = TextColumns.left(test.mediator, 14) + TextColumns.left(test.method.rawValue, 9)
            line += "a*b = " + DisplayNumber.format(test.estimate) + "   SE = " + (test.standardError.map { DisplayNumber.format($0) } ?? ".")
            line += "   z = " + (test.statistic.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".")
            line += "   p = " + (test.pValue.map { DisplayNumber.fixed($0, decimals: 4) } ?? ".")
            lines.append(line)
        }
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension RegressionResult {
    /// The regression's text table under a title line, followed by a blank line.
    func textBlock(_ title: String) -> String {
        "== " + title + " ==\n" + RegressionTable.text(self) + "\n"
    }
}
