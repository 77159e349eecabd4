/// A plain-text table of the spatial LM tests (the "LM lag / robust LM lag / LM error / robust LM error" rows of seed
/// 003's model-choice tests): statistic and χ²(1) p-value per test.
enum SpatialLMTable {
    static func text(_ result: SpatialLagrangeMultiplier, fixedEffects: SpatialFixedEffects) -> String {
        var lines = ["Lagrange-multiplier tests for spatial dependence (\(fixedEffects.rawValue) fixed effects), chi2(1)",
                     TextColumns.left("test", 18) + TextColumns.right("statistic", 14) + TextColumns.right("p", 10)]
        for test in result.tests {
            lines.append(TextColumns.left(test.name, 18) + TextColumns.right(DisplayNumber.fixed(test.statistic, decimals: 4), 14)
                         + TextColumns.right(DisplayNumber.fixed(test.pValue, decimals: 4), 10))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
