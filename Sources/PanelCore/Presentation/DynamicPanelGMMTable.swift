/// A plain-text report of dynamic-panel GMM in the layout of plm's `summary.pgmm` and xtabond2: the sample and
/// instrument counts, the coefficients with z statistics, then the Arellano–Bond, Sargan, Hansen and Wald tests.
public enum DynamicPanelGMMTable {
    public static func text(_ result: DynamicPanelGMMResult) -> String {
        let kind = result.transformation == .difference ? "Difference GMM (Arellano-Bond)" : "System GMM (Blundell-Bond)"
        let step = result.steps == 2 ? "two-step, Windmeijer-corrected standard errors" : "one-step, robust standard errors"
        var lines = ["\(kind) of \(result.responseName), \(step)",
                     "Observations = \(result.observationCount) (differenced \(result.differenceObservations), levels \(result.levelObservations)), "
                     + "units = \(result.unitCount), periods = \(result.periodCount), instruments = \(result.instrumentNames.count)"]
        lines += CoefficientSection.lines("Coefficients", result.coefficients)
        for entry in result.autocorrelationTests {
            lines.append(TextColumns.left("Arellano-Bond AR(\(entry.order))", 28) + (entry.test.map {
                "z = " + DisplayNumber.fixed($0.statistic, decimals: 3) + ", p = " + DisplayNumber.fixed($0.pValue, decimals: 4)
            } ?? "not computable"))
        }
        for (title, test) in [("Sargan (not robust)", result.sargan), ("Hansen J", result.hansen), ("Wald (slopes)", result.wald)] {
            guard let test else { continue }
            lines.append(TextColumns.left(title, 28) + "chi2(\(test.degreesOfFreedom)) = " + DisplayNumber.fixed(test.statistic, decimals: 3)
                         + ", p = " + DisplayNumber.fixed(test.pValue, decimals: 4))
        }
        for warning in result.warnings { lines.append("Note: " + warning) }
        return lines.joined(separator: "\n") + "\n"
    }
}
