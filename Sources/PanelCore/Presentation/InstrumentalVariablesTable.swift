/// An IV report. As plain text, in the layout of Stata `ivreg2`: the structural regression table, the first-stage
/// summary (partial R², Shea partial R², F, Sanderson–Windmeijer F per endogenous regressor), then the
/// under-/weak-identification statistics with the Stock–Yogo critical values, the overidentification and
/// endogeneity tests, and the Anderson–Rubin test with its confidence set. As a publication table, the layout of
/// applied papers: the first stages and the second stage side by side, with the first-stage F and partial R² and
/// the weak-identification diagnostics (Kleibergen–Paap rk Wald F, Cragg–Donald F, Stock–Yogo 10% critical value)
/// and test p-values as rows.
enum InstrumentalVariablesTable {
    static func text(_ result: InstrumentalVariablesResult, language: OutputLanguage = .en) -> String {
        var lines = [language.text("IV ({}) estimation; instrumented: {}; excluded instruments: {}", result.method.rawValue.uppercased(),
                                   result.endogenous.joined(separator: ", "), result.instruments.joined(separator: ", "))]
        lines.append(RegressionTable.text(result.regression, language: language))
        lines.append(language.text("First stages") + TextColumns.right(language.text("Partial R2"), 14) + TextColumns.right("Shea R2", 12)
                     + TextColumns.right("F", 12) + TextColumns.right(language.text("Prob > F"), 10) + TextColumns.right("SW F", 12))
        for stage in result.firstStages {
            lines.append(TextColumns.left("  " + stage.endogenousName, 12) + TextColumns.right(number(stage.partialR2), 14)
                         + TextColumns.right(number(stage.sheaPartialR2), 12) + TextColumns.right(number(stage.f?.statistic), 12)
                         + TextColumns.right(number(stage.f?.pValue), 10) + TextColumns.right(number(stage.sandersonWindmeijerF), 12))
        }
        let id = result.identification
        lines.append(test(language.text("Underidentification (Anderson canon. corr. LM)"), id.anderson))
        if let kp = id.kleibergenPaap { lines.append(test(language.text("Underidentification (Kleibergen-Paap rk LM)"), kp)) }
        lines.append(language.text("Weak identification: Cragg-Donald Wald F = {}", number(id.craggDonaldF))
                     + (id.kleibergenPaapF.map { "; Kleibergen-Paap rk Wald F = \(number($0))" } ?? ""))
        if !id.stockYogo.isEmpty {
            lines.append(language.text("Stock-Yogo critical values: {}", "") + id.stockYogo.map { value in
                language.text(name(value.kind)) + " \(DisplayNumber.fixed(value.level * 100, decimals: 0))% \(DisplayNumber.fixed(value.value, decimals: 2))"
            }.joined(separator: "; "))
        }
        if let over = result.overidentification { lines.append(test(language.text("Overidentification ({})", over.name), over)) }
        if let endogeneity = result.endogeneity {
            lines.append(test(language.text("Endogeneity of {} (C statistic)", result.endogeneityTested.joined(separator: ", ")), endogeneity))
        }
        let ar = result.andersonRubin
        if let f = ar.f {
            lines.append(language.text("Anderson-Rubin test (endogenous coefficients = 0): F({}, {}) = {}, p = {}", String(ar.numeratorDegrees),
                                       String(ar.denominatorDegrees), number(f), number(ar.fPValue)))
        }
        if let set = ar.confidenceSet {
            lines.append(language.text("Anderson-Rubin {}% confidence set: {}", DisplayNumber.fixed(ar.level * 100, decimals: 0), describe(set)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ result: InstrumentalVariablesResult) -> PublicationTable {
        let id = result.identification
        let stages = result.firstStages.map { stage in
            ComparedModel(stage.regression, extra: [NamedStatistic("first_stage_f", stage.f?.statistic), NamedStatistic("partial_r2", stage.partialR2),
                                                    NamedStatistic("sw_f", stage.sandersonWindmeijerF)])
        }
        let weak = id.stockYogo.first { $0.level == 0.10 && $0.kind != .twoStageBias } ?? id.stockYogo.first { $0.level == 0.10 }
        var diagnostics = [NamedStatistic("kleibergen_paap_f", id.kleibergenPaapF), NamedStatistic("cragg_donald_f", id.craggDonaldF),
                           NamedStatistic("stock_yogo_10", weak?.value), NamedStatistic("kleibergen_paap_lm_p", id.kleibergenPaap?.pValue)]
        if let over = result.overidentification { diagnostics.append(NamedStatistic("overidentification_p", over.pValue)) }
        if let endogeneity = result.endogeneity { diagnostics.append(NamedStatistic("endogeneity_p", endogeneity.pValue)) }
        diagnostics.append(NamedStatistic("anderson_rubin_p", result.andersonRubin.fPValue))
        var options = ComparisonTableOptions()
        let method = result.method.rawValue.uppercased()
        options.title = "IV (\(method)) estimates of \(result.regression.responseName): first and second stages"
        options.columnTitles = stages.indices.map { "(\($0 + 1)) First stage" } + ["(\(stages.count + 1)) \(method)"]
        options.order = result.endogenous
        options.statistics = ["nobs", "r2", "n_clusters", "first_stage_f", "partial_r2", "sw_f", "kleibergen_paap_f", "cragg_donald_f",
                              "stock_yogo_10", "kleibergen_paap_lm_p", "overidentification_p", "endogeneity_p", "anderson_rubin_p"]
        options.labels = ["first_stage_f": "F (excluded instruments)", "partial_r2": "Partial R² (excluded instruments)",
                          "sw_f": "Sanderson-Windmeijer F",
                          "stock_yogo_10": "Stock-Yogo 10% critical value" + (weak.map { " (" + name($0.kind) + ")" } ?? ""),
                          "overidentification_p": (result.overidentification?.name == "sargan" ? "Sargan" : "Hansen J") + " p-value",
                          "endogeneity_p": "Endogeneity (C) p-value", "anderson_rubin_p": "Anderson-Rubin F p-value"]
        var notes = ["Excluded instruments: " + result.instruments.joined(separator: ", ") + ". " + CovarianceDescription.text(result.regression.covariance) + "."]
        if let set = result.andersonRubin.confidenceSet {
            notes.append("Anderson-Rubin \(DisplayNumber.percent(result.andersonRubin.level))% confidence set: " + describe(set) + ".")
        }
        options.notes = notes
        return ModelComparisonTable.build(stages + [ComparedModel(result.regression, extra: diagnostics)], options: options)
    }

    /// The Stock–Yogo table's name in words.
    private static func name(_ kind: StockYogoTable.Kind) -> String {
        switch kind {
        case .twoStageBias: return "2SLS relative bias"
        case .twoStageSize: return "2SLS size"
        case .limlSize: return "LIML size"
        }
    }

    private static func describe(_ set: AndersonRubinConfidenceSet) -> String {
        set.intervals.isEmpty ? "empty" : set.intervals.map { "[\(bound($0.lower)), \(bound($0.upper))]" }.joined(separator: " U ")
    }

    private static func bound(_ x: Double) -> String {
        x.isFinite ? DisplayNumber.format(x) : (x > 0 ? "+inf" : "-inf")
    }

    private static func number(_ x: Double?) -> String {
        x.map { $0.isFinite ? DisplayNumber.fixed($0, decimals: 4) : "." } ?? "."
    }

    private static func test(_ label: String, _ test: ChiSquaredTest) -> String {
        "\(label): chi2(\(test.degreesOfFreedom)) = \(number(test.statistic)), p = \(number(test.pValue))"
    }
}
