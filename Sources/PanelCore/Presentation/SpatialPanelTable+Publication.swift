/// The publication tables of a spatial panel model: its coefficients (ρ and/or λ last) with σ², the log-likelihood
/// and the sample under them — and for random effects σ_μ², θ and the Hausman test — in xsmle's layout, then the
/// direct, indirect and total effects (seed 003 Table 9) when computed.
extension SpatialPanelTable {
    static func tables<Model: SpatialPanelModel>(_ fit: Model, model: String, rows: [CoefficientEstimate], effects: SpatialEffects?,
                                                 longRun: SpatialEffects? = nil, level: Double, response: String,
                                                 label: String?) -> [PublicationTable] {
        let effectsName = fit.effects == .twoWay ? "two-way" : fit.effects.rawValue
        let base = tables(title: title(model) + " panel model, \(effectsName) fixed effects", rows: rows,
                          summary: summary(sigma2: fit.sigma2, logLikelihood: fit.logLikelihood, observations: fit.observationCount,
                                           periods: fit.periodCount),
                          effects: nil, level: level, response: response, model: model, label: label)
        let dynamic = model.hasPrefix("dynamic_")
        let name = label ?? (dynamic ? "dynamic " + String(model.dropFirst(8)).uppercased() : model.uppercased())
        guard let effects else { return base }
        guard let longRun else { return base + [Self.effects(effects, response: response, model: name)] }
        return base + [Self.effects(effects, response: response, model: name, horizon: "Short-run "),
                       Self.effects(longRun, response: response, model: name, horizon: "Long-run ")]
    }

    static func randomEffectsTables(_ fit: SpatialRandomEffectsLagPanel, model: String, rows: [CoefficientEstimate],
                                    hausman: DurbinRestrictions.Test?, effects: SpatialEffects?, level: Double, response: String,
                                    label: String?) -> [PublicationTable] {
        var summary = summary(sigma2: fit.sigma2, logLikelihood: fit.logLikelihood, observations: fit.observationCount, periods: fit.periodCount)
        summary.insert(("σ_μ²", DisplayNumber.fixed(fit.sigma2Mu, decimals: 6)), at: 1)
        summary.insert(("θ", DisplayNumber.fixed(fit.theta, decimals: 4)), at: 2)
        if let hausman {
            summary.append(("Hausman χ²(\(hausman.degreesOfFreedom)), fixed vs random", DisplayNumber.fixed(hausman.statistic, decimals: 4)))
            summary.append(("Hausman p-value", DisplayNumber.fixed(hausman.pValue, decimals: 4)))
        }
        return tables(title: title(model) + " panel model, random unit effects", rows: rows, summary: summary, effects: effects, level: level,
                      response: response, model: model, label: label)
    }

    /// σ² (six decimals: variances of small outcomes are small), the log-likelihood, N × T.
    private static func summary(sigma2: Double, logLikelihood: Double, observations: Int, periods: Int) -> [(label: String, value: String)] {
        [("σ²", DisplayNumber.fixed(sigma2, decimals: 6)), ("Log-likelihood", DisplayNumber.fixed(logLikelihood, decimals: 4)),
         ("Units × periods", "\(observations / periods) × \(periods)")]
    }

    /// The coefficient table titled after the model, its response and label, then the effects table when computed.
    private static func tables(title: String, rows: [CoefficientEstimate], summary: [(label: String, value: String)], effects: SpatialEffects?,
                               level: Double, response: String, model: String, label: String?) -> [PublicationTable] {
        let dynamic = model.hasPrefix("dynamic_")
        let note = dynamic ? "Bias-corrected quasi-maximum likelihood estimates (Yu, de Jong & Lee 2008); z tests." : "Maximum likelihood estimates; z tests."
        let coefficients = CoefficientListTable.table(title: title + (dynamic ? " (QML): " : " (ML): ") + response + (label.map { ", " + $0 } ?? ""),
                                                      blocks: [.init(title: nil, rows: rows)], level: level, summary: summary, notes: [note])
        return [coefficients] + (effects.map { [Self.effects($0, response: response, model: label ?? model.uppercased())] } ?? [])
    }
}
