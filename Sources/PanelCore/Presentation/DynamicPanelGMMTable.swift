/// Dynamic-panel GMM in the layout of plm's `summary.pgmm` and xtabond2: the sample and instrument counts, the
/// coefficients with z statistics, then the Arellano–Bond, Sargan, Hansen and Wald tests — as plain text, and as a
/// publication table (coefficients, then the tests and counts as summary rows).
public enum DynamicPanelGMMTable {
    private static func title(_ result: DynamicPanelGMMResult) -> String {
        let kind = result.transformation == .difference ? "Difference GMM (Arellano-Bond)" : "System GMM (Blundell-Bond)"
        let step = result.steps == 2 ? "two-step, Windmeijer-corrected standard errors" : "one-step, robust standard errors"
        return "\(kind) of \(result.responseName), \(step)"
    }

    /// The instrument-subset tests under the name of the statistic they difference.
    private static func subsetTests(_ result: DynamicPanelGMMResult) -> [(statistic: String, tests: [InstrumentSubsetTest])] {
        [(statistic: "Hansen", tests: result.differenceInHansen), (statistic: "Sargan", tests: result.differenceInSargan)]
    }

    private static func chiSquared(_ test: ChiSquaredTest) -> String {
        "chi2(\(test.degreesOfFreedom)) = " + DisplayNumber.fixed(test.statistic, decimals: 3) + ", p = " + DisplayNumber.fixed(test.pValue, decimals: 4)
    }

    public static func text(_ result: DynamicPanelGMMResult, language: OutputLanguage = .en) -> String {
        var lines = [language.fixed(title(result)),
                     language.text("Observations = {} (differenced {}, levels {}), units = {}, periods = {}, instruments = {}", String(result.observationCount),
                                   String(result.differenceObservations), String(result.levelObservations), String(result.unitCount),
                                   String(result.periodCount), String(result.instrumentNames.count))]
        lines += CoefficientSection.lines("Coefficients", result.coefficients, language: language)
        for entry in result.autocorrelationTests {
            lines.append(TextColumns.left("Arellano-Bond AR(\(entry.order))", 28) + (entry.test.map {
                "z = " + DisplayNumber.fixed($0.statistic, decimals: 3) + ", p = " + DisplayNumber.fixed($0.pValue, decimals: 4)
            } ?? language.text("not computable")))
        }
        for (title, test) in [("Sargan (not robust)", result.sargan), ("Hansen J", result.hansen), ("Wald (slopes)", result.wald)] {
            guard let test else { continue }
            lines.append(TextColumns.left(language.text(title), 28) + chiSquared(test))
        }
        for (statistic, tests) in subsetTests(result) where !tests.isEmpty {
            lines.append(language.text("Difference-in-{} tests of exogeneity of instrument subsets:", statistic))
            for test in tests {
                lines.append("  " + language.text("{} ({} instruments)", test.group.name, String(test.group.columns.count)))
                for (title, value) in [(language.text("{} test excluding group", statistic), test.excluding),
                                       (language.text("Difference (H0: exogenous)"), test.difference)] {
                    lines.append("    " + TextColumns.left(title, 30) + (value.map(chiSquared) ?? language.text("not computable")))
                }
            }
        }
        for warning in result.warnings { lines.append(language.text("Note: {}", warning)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The publication table: coefficients, then AR(1)/AR(2) z (p), Sargan, Hansen and Wald χ² (p), and the counts.
    static func table(_ result: DynamicPanelGMMResult) -> PublicationTable {
        var summary: [(label: String, value: String)] = []
        for entry in result.autocorrelationTests {
            summary.append((label: "Arellano-Bond AR(\(entry.order)) z (p)", value: entry.test.map {
                DisplayNumber.fixed($0.statistic, decimals: 3) + " (" + DisplayNumber.fixed($0.pValue, decimals: 3) + ")"
            } ?? "."))
        }
        for (label, test) in [("Sargan", result.sargan), ("Hansen J", result.hansen), ("Wald (slopes)", result.wald)] {
            guard let test else { continue }
            summary.append((label: label + " chi2(\(test.degreesOfFreedom)) (p)",
                            value: DisplayNumber.fixed(test.statistic, decimals: 3) + " (" + DisplayNumber.fixed(test.pValue, decimals: 3) + ")"))
        }
        for (statistic, tests) in subsetTests(result) {
            for test in tests {
                guard let difference = test.difference else { continue }
                summary.append((label: "Difference-in-\(statistic), " + test.group.name + " chi2(\(difference.degreesOfFreedom)) (p)",
                                value: DisplayNumber.fixed(difference.statistic, decimals: 3) + " (" + DisplayNumber.fixed(difference.pValue, decimals: 3) + ")"))
            }
        }
        summary += [(label: "Observations", value: "\(result.observationCount)"), (label: "Units", value: "\(result.unitCount)"),
                    (label: "Instruments", value: "\(result.instrumentNames.count)")]
        return CoefficientListTable.table(title: title(result), blocks: [CoefficientListTable.Block(title: nil, rows: result.coefficients)],
                                          level: result.level, summary: summary, notes: result.warnings)
    }
}
