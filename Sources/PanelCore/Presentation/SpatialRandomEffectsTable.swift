extension SpatialPanelTable {
    /// The plain-text table of a random-effects spatial lag or Durbin panel model (xsmle `re` layout): coefficients
    /// with the intercept and ρ, then σ², σ_μ², θ, the log-likelihood, the sample, the Hausman test when computed and
    /// the effects.
    static func randomEffects(_ fit: SpatialRandomEffectsLagPanel, model: String, rows: [CoefficientEstimate],
                              hausman: DurbinRestrictions.Test?, effects: SpatialEffects?, level: Double, response: String,
                              language: OutputLanguage) -> String {
        var summary = ["sigma2 = \(DisplayNumber.format(fit.sigma2))   sigma2_mu = \(DisplayNumber.format(fit.sigma2Mu))"
                       + "   theta = \(DisplayNumber.fixed(fit.theta, decimals: 4))",
                       "log-likelihood = \(DisplayNumber.fixed(fit.logLikelihood, decimals: 4))"
                       + "   N x T = \(fit.observationCount / fit.periodCount) x \(fit.periodCount)"]
        if let hausman {
            summary.append(language.text("Hausman test, fixed vs random effects: chi2({}) = {}   p = {}", String(hausman.degreesOfFreedom),
                                         DisplayNumber.fixed(hausman.statistic, decimals: 4), DisplayNumber.fixed(hausman.pValue, decimals: 4)))
        }
        return text(title: language.text("{} panel model, random unit effects, ML", language.text(title(model))), summary: summary, rows: rows,
                    effects: effects, level: level, response: response, language: language)
    }
}
