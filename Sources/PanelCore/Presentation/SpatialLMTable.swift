/// The spatial LM tests (the "LM lag / robust LM lag / LM error / robust LM error" rows of seed 003's model-choice
/// tests) as plain text and as a publication table: statistic, degrees of freedom and χ²(1) p-value per test.
enum SpatialLMTable {
    static func text(_ result: SpatialLagrangeMultiplier, fixedEffects: SpatialFixedEffects, language: OutputLanguage) -> String {
        var lines = [language.text("Lagrange-multiplier tests for spatial dependence ({} fixed effects), chi2(1)", language.text(fixedEffects.rawValue)),
                     TextColumns.left(language.text("test"), 18) + TextColumns.right(language.text("statistic"), 14) + TextColumns.right("p", 10)]
        for test in result.tests {
            lines.append(TextColumns.left(test.name, 18) + TextColumns.right(DisplayNumber.fixed(test.statistic, decimals: 4), 14)
                         + TextColumns.right(DisplayNumber.fixed(test.pValue, decimals: 4), 10))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ result: SpatialLagrangeMultiplier, fixedEffects: SpatialFixedEffects, response: String) -> PublicationTable {
        let names = ["lm_lag": "LM lag", "robust_lm_lag": "Robust LM lag", "lm_error": "LM error", "robust_lm_error": "Robust LM error"]
        let rows = result.tests.map { test in
            [names[test.name] ?? test.name, DisplayNumber.fixed(test.statistic, decimals: 4) + DisplayNumber.stars(test.pValue), "1",
             DisplayNumber.fixed(test.pValue, decimals: 4)]
        }
        let effects = fixedEffects == .twoWay ? "two-way" : fixedEffects.rawValue
        return PublicationTable(title: "Lagrange-multiplier tests for spatial dependence in \(response)",
                                header: [["Test", "Statistic", "df", "p"]], sections: [rows],
                                notes: ["χ² tests on the residuals of the regression with \(effects) fixed effects; *** p<0.01, ** p<0.05, * p<0.1."])
    }
}
