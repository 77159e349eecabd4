/// The tables of a convergence analysis: σ convergence (dispersion by period with the trend slopes), with a grouping
/// column the CV by period within each group, and β convergence in the esttab layout, absolute and conditional side
/// by side with the convergence speed and half-life (and, with weights, the same for the spatial Durbin model).
enum ConvergenceTables {
    /// Every table of `result` and its spatial fits, in the order the result lists them.
    static func tables(_ result: ConvergenceAnalysis, spatial: ConvergenceRequest.SpatialFits?) -> [PublicationTable] {
        [sigma(result)] + (result.groups.map { [sigmaByGroup(result.variable, overall: result.sigma, groups: $0)] } ?? []) + [beta(result)]
            + (spatial.map { [spatialBeta(result, fits: $0)] } ?? [])
    }

    static func sigma(_ result: ConvergenceAnalysis) -> PublicationTable {
        let rows = result.sigma.periods.map { period in
            [String(period.period), String(period.count), DisplayNumber.format(period.mean), DisplayNumber.format(period.standardDeviation),
             DisplayNumber.fixed(period.coefficientOfVariation, decimals: 4), DisplayNumber.fixed(period.standardDeviationOfLogs, decimals: 4)]
        }
        let cv = result.sigma.coefficientOfVariationTrend, logs = result.sigma.standardDeviationOfLogsTrend
        let trend = [["Trend slope", "", "", "", slope(cv), slope(logs)],
                     ["", "", "", "", parenthesised(cv.standardError), parenthesised(logs.standardError)]]
        return PublicationTable(title: "σ convergence of \(result.variable)",
                                header: [["Period", "n", "Mean", "SD", "CV", "SD of logs"]], sections: [rows, trend],
                                notes: ["CV = SD/Mean; SD with n − 1. Trend: least-squares slope on the period, standard error in parentheses; "
                                        + "*** p<0.01, ** p<0.05, * p<0.1. A negative slope is σ convergence."])
    }

    /// CV by period: overall, then one column per group (empty where a group has fewer than two values), with the
    /// trend slopes under them.
    static func sigmaByGroup(_ variable: String, overall: ConvergenceSigma, groups: (name: String, sigma: [ConvergenceGroupSigma])) -> PublicationTable {
        let columns = [overall] + groups.sigma.map { $0.sigma }
        let rows = overall.periods.map { period in
            [String(period.period)] + columns.map { sigma in
                sigma.periods.first { $0.period == period.period }.map { DisplayNumber.fixed($0.coefficientOfVariation, decimals: 4) } ?? ""
            }
        }
        let trend = [["Trend slope"] + columns.map { slope($0.coefficientOfVariationTrend) },
                     [""] + columns.map { parenthesised($0.coefficientOfVariationTrend.standardError) }]
        return PublicationTable(title: "σ convergence of \(variable) by \(groups.name): coefficient of variation",
                                header: [["Period", "Overall"] + groups.sigma.map { $0.group }], sections: [rows, trend],
                                notes: ["CV = SD/Mean (SD with n − 1) of the units in each group and period. Trend: least-squares slope on the "
                                        + "period, standard error in parentheses; *** p<0.01, ** p<0.05, * p<0.1. A negative slope is σ convergence."])
    }

    static func beta(_ result: ConvergenceAnalysis) -> PublicationTable {
        let fits = [result.absolute] + (result.conditional.map { [$0] } ?? [])
        let models = zip(["Absolute", "Conditional"], fits).map { title, fit in
            ComparedModel(response: result.growthName, label: title, coefficients: fit.regression.coefficients,
                          statistics: fit.regression.statistics + [NamedStatistic("nobs", Double(fit.regression.observationCount)),
                                                                   NamedStatistic("speed", fit.speed), NamedStatistic("half_life", fit.halfLife)],
                          fixedEffects: fit.regression.fixedEffects)
        }
        var options = ComparisonTableOptions()
        options.title = "β convergence of \(result.variable)"
        options.order = [result.levelName]
        options.statistics = ["speed", "half_life", "nobs", "r2_within", "n_clusters"]
        options.labels = ["speed": "Convergence speed s", "half_life": "Half-life (periods)"]
        options.notes = ["Dependent variable \(result.growthName) = ln(y[t+1]/y[t]); s = −ln(1 + β), half-life = ln 2/s (τ = 1 period)."]
        return ModelComparisonTable.build(models, options: options)
    }

    /// The spatial Durbin fits in the esttab layout: ln y, the controls, their spatial lags and ρ, then the direct,
    /// indirect and total effects of ln y, with speed, half-life, log-likelihood and observations.
    static func spatialBeta(_ result: ConvergenceAnalysis, fits: ConvergenceRequest.SpatialFits) -> PublicationTable {
        let level = result.levelName
        let effectNames = ["Direct effect of " + level, "Indirect effect of " + level, "Total effect of " + level]
        let models = zip(["Absolute", "Conditional"], [fits.absolute] + (fits.conditional.map { [$0] } ?? [])).map { title, fit in
            let effects = [fit.effects.direct[0], fit.effects.indirect[0], fit.effects.total[0]]
            let effectRows = SpatialCoefficients.rows(terms: effectNames, estimates: effects.map { $0.estimate },
                                                      standardErrors: effects.map { $0.standardError }, level: 0.95)
            return ComparedModel(response: result.growthName, label: title, coefficients: fit.coefficients + effectRows,
                                 statistics: [NamedStatistic("nobs", Double(fit.fit.observationCount)), NamedStatistic("speed", fit.speed.speed),
                                              NamedStatistic("half_life", fit.speed.halfLife), NamedStatistic("log_likelihood", fit.fit.logLikelihood)],
                                 fixedEffects: [])
        }
        var options = ComparisonTableOptions()
        options.title = "Spatial β convergence of \(result.variable): spatial Durbin model, two-way fixed effects (ML)"
        options.order = [level, "W*" + level]
        options.statistics = ["speed", "half_life", "log_likelihood", "nobs"]
        options.labels = ["speed": "Convergence speed s", "half_life": "Half-life (periods)", "log_likelihood": "Log-likelihood"]
        options.notes = ["Dependent variable \(result.growthName) = ln(y[t+1]/y[t]); unit and period fixed effects; z tests. "
                         + "s = −ln(1 + β) with β the coefficient of \(level), half-life = ln 2/s (τ = 1 period). "
                         + "Effects: LeSage–Pace averages, delta-method standard errors."]
        return ModelComparisonTable.build(models, options: options)
    }

    private static func slope(_ trend: ConvergenceTrend) -> String {
        DisplayNumber.fixed(trend.slope, decimals: 4) + DisplayNumber.stars(trend.pValue)
    }

    private static func parenthesised(_ x: Double?) -> String {
        x.map { "(" + DisplayNumber.fixed($0, decimals: 4) + ")" } ?? ""
    }
}
