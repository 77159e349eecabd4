/// A plain-text table of a spatial panel model in the layout of seed 003's Table 8 / Stata `xsmle`: the coefficient
/// rows (estimate, standard error, z, p, interval) with ρ and/or λ last, then σ², the log-likelihood and the sample, and the
/// direct, indirect and total effects (seed 003's Table 9) when computed — for a dynamic model (`longRun` given) the
/// short-run effects, then the long-run ones.
enum SpatialPanelTable {
    static func text<Model: SpatialPanelModel>(_ fit: Model, model: String, rows: [CoefficientEstimate], effects: SpatialEffects?,
                                               longRun: SpatialEffects? = nil, level: Double, response: String, language: OutputLanguage) -> String {
        let estimation = model.hasPrefix("dynamic_") ? "bias-corrected QML" : "ML"
        return text(title: language.text("{} panel model, {} fixed effects, {}", language.text(title(model)), language.text(fit.effects.rawValue),
                                         language.text(estimation)),
                    summary: ["sigma2 = \(DisplayNumber.format(fit.sigma2))   log-likelihood = \(DisplayNumber.fixed(fit.logLikelihood, decimals: 4))"
                              + "   N x T = \(fit.observationCount / fit.periodCount) x \(fit.periodCount)"],
                    rows: rows, effects: effects, longRun: longRun, level: level, response: response, language: language)
    }

    /// The model's name for table titles: "Spatial Durbin (SDM)", "Spatial lag with spatial errors (SAC)", ….
    static func title(_ model: String) -> String {
        let titles = ["sdm": "Spatial Durbin (SDM)", "sem": "Spatial error (SEM)", "sdem": "Spatial Durbin error (SDEM)",
                      "sac": "Spatial lag with spatial errors (SAC)", "dynamic_sar": "Dynamic spatial lag (SAR)",
                      "dynamic_sdm": "Dynamic spatial Durbin (SDM)"]
        return titles[model] ?? "Spatial lag (SAR)"
    }

    /// The table under `title`: coefficient rows, the `summary` lines, then the effects when computed (short- and
    /// long-run when `longRun` is given); the fixed text in `language`.
    static func text(title: String, summary: [String], rows: [CoefficientEstimate], effects: SpatialEffects?, longRun: SpatialEffects? = nil,
                     level: Double, response: String, language: OutputLanguage) -> String {
        let width = max(12, rows.map { $0.term.unicodeScalars.count }.max() ?? 0)
        let rule = String(repeating: "-", count: width + 66)
        var lines = [title, rule]
        lines.append(TextColumns.left(response, width) + " | " + TextColumns.right(language.text("Coef."), 12) + TextColumns.right(language.text("Std. err."), 12)
                     + TextColumns.right("z", 9) + TextColumns.right("P>|z|", 8) + TextColumns.right(language.text("[conf. interval]"), 22))
        lines.append(rule)
        for row in rows { lines.append(line(row, width: width)) }
        lines.append(rule)
        lines += summary
        let horizons = [(longRun == nil ? nil : "Short-run {}", effects), ("Long-run {}", longRun)]
        for case let (horizon, effects?) in horizons {
            let source = effects.inference == .delta ? language.text("delta method") : language.text("simulation, {} draws", String(effects.replications))
            let opening = horizon.map { language.text($0, language.text("direct")) } ?? language.text("Direct")
            lines.append("")
            lines.append(language.text("{}, indirect and total effects (standard errors by {})", opening, source))
            lines.append(rule)
            for (name, values) in [("Direct", effects.direct), ("Indirect", effects.indirect), ("Total", effects.total)] {
                lines.append(language.text(name))
                let rows = SpatialCoefficients.rows(terms: effects.terms, estimates: values.map { $0.estimate },
                                                    standardErrors: values.map { $0.standardError }, level: level)
                for row in rows { lines.append(line(row, width: width)) }
            }
            lines.append(rule)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Seed 003 Table 9 as a publication table: one row pair per regressor (estimate with stars, standard error in
    /// parentheses) under the columns Direct, Indirect and Total; the title names the model (its label, else its
    /// type) so that the effects tables of several models differ, after the `horizon` ("Short-run ", "Long-run ") if any.
    static func effects(_ effects: SpatialEffects, response: String, model: String, horizon: String = "") -> PublicationTable {
        let columns = [effects.direct, effects.indirect, effects.total].map { values in
            SpatialCoefficients.rows(terms: effects.terms, estimates: values.map { $0.estimate },
                                     standardErrors: values.map { $0.standardError }, level: 0.95)
        }
        var rows: [[String]] = []
        for (k, term) in effects.terms.enumerated() {
            rows.append([term] + columns.map { DisplayNumber.fixed($0[k].estimate, decimals: 4) + DisplayNumber.stars($0[k].pValue) })
            rows.append([""] + columns.map { "(" + DisplayNumber.fixed($0[k].standardError, decimals: 4) + ")" })
        }
        let source = effects.inference == .delta ? "delta method" : "simulation, \(effects.replications) draws"
        return PublicationTable(title: horizon + (horizon.isEmpty ? "Direct" : "direct") + ", indirect and total effects on \(response): \(model)", header: [["", "Direct", "Indirect", "Total"]],
                                sections: [rows], notes: ["Standard errors (\(source)) in parentheses; z tests: *** p<0.01, ** p<0.05, * p<0.1."])
    }

    private static func line(_ row: CoefficientEstimate, width: Int) -> String {
        let interval = (row.confidenceLow.map { DisplayNumber.format($0) } ?? ".") + "  " + (row.confidenceHigh.map { DisplayNumber.format($0) } ?? ".")
        return TextColumns.right(row.term, width) + " | " + TextColumns.right(DisplayNumber.format(row.estimate), 12)
            + TextColumns.right(DisplayNumber.format(row.standardError), 12)
            + TextColumns.right(row.statistic.map { DisplayNumber.fixed($0, decimals: 2) } ?? ".", 9)
            + TextColumns.right(row.pValue.map { DisplayNumber.fixed($0, decimals: 3) } ?? ".", 8)
            + TextColumns.right(interval, 22)
    }
}
