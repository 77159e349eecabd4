/// `estimator: "spatial_panel"` with `"effects_type": "random"`: the random-effects spatial lag (`"model": "sar"`) or
/// spatial Durbin (`"sdm"`) panel model (`SpatialRandomEffectsLagPanel`; xsmle `re`, splm `spml(model = "random")`),
/// with the direct, indirect and total effects of the fixed-effects models and, with `"options": {"hausman": true}`,
/// the spatial Hausman test against the unit fixed-effects fit of the same model in `tests` (docs/abi/spatial.md).
/// `fixed_effects`, `lee_yu`, `log_determinant`, `information` and the `sem` model are refused with `invalid_option`.
enum SpatialRandomEffectsRequest {
    static func run(_ spec: JSONObject, model: String, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard model != "sem" else {
            throw PanelError(.invalidOption, "random effects are available for the sar and sdm models", at: location + "/model")
        }
        guard spec["fixed_effects"] == nil else {
            throw PanelError(.invalidOption, "fixed_effects does not apply with effects_type \"random\" (random unit effects)",
                             at: location + "/fixed_effects")
        }
        let options = try SpatialPanelOptions(spec, at: location)
        guard !options.leeYu else {
            throw PanelError(.invalidOption, "lee_yu applies to fixed effects", at: location + "/options/lee_yu")
        }
        guard options.spectrum.logDeterminant == nil, options.spectrum.information == nil else {
            throw PanelError(.invalidOption, "random effects use the exact eigenvalues and the expected information in this build",
                             at: location + "/options/" + (options.spectrum.information == nil ? "log_determinant" : "information"))
        }
        let data = try SpatialRegressionData(spec, request: request, at: location)
        let durbin = model == "sdm"
        let slopes = data.regressors.count * (durbin ? 2 : 1)
        // The slopes, the intercept, ρ and ψ; the Hausman test's fixed-effects fit: the slopes and ρ.
        try data.requireSample(parameters: slopes + 3, removing: nil, at: location)
        if options.hausman { try data.requireSample(parameters: slopes + 1, removing: .unit, at: location) }
        let weights = data.weights.weights
        let eigenvalues = try SpatialSpectrum(weights, at: location + "/weights")
        try SpatialPanelRequest.requireTotalMultiplier(eigenvalues, options, at: location)
        let (x, terms) = data.design(durbin: durbin)
        let fit = try SpatialRandomEffectsLagPanel(y: data.y, x: x, terms: terms, weights: weights, eigenvalues: eigenvalues,
                                                   budget: request.budget, at: location)
        var hausman: SpatialHausmanTest?
        if options.hausman {
            let fixed = try SpatialLagPanel(y: data.y, x: x, terms: terms, weights: weights, eigenvalues: eigenvalues, effects: .unit,
                                            leeYu: true, budget: request.budget, at: location)
            hausman = try SpatialHausmanTest(fixed: fixed, random: fit, at: location)
        }
        var effects: SpatialEffects?
        if let inference = options.effects {
            // The intercept sits between the (WX) slopes and ρ, where the effects never read.
            effects = try SpatialEffects(terms: data.regressors, estimates: fit.estimates, covariance: fit.covariance, durbin: durbin,
                                         eigenvalues: eigenvalues, inference: inference, replications: options.replications,
                                         seed: options.seed, executor: request.executor, budget: request.budget,
                                         shards: request.shards, at: location)
        }
        let rows = SpatialCoefficients.rows(terms: fit.terms, estimates: fit.estimates, covariance: fit.covariance, level: options.level)
        var object = JSONObject()
        object.append("estimator", .string("spatial_panel"))
        object.append("model", .string(model))
        object.append("effects_type", .string("random"))
        object.append("response", .string(data.dependent))
        object.append("nobs", .number(Double(fit.observationCount)))
        object.append("units", .number(Double(weights.unitCount)))
        object.append("periods", .number(Double(fit.periodCount)))
        object.append("coefficients", .array(rows.map { $0.json }))
        object.append("sigma2", .number(fit.sigma2))
        object.append("sigma2_std_error", .finiteNumber(fit.varianceOfSigma2.squareRoot()))
        object.append("sigma2_mu", .number(fit.sigma2Mu))
        object.append("sigma2_mu_std_error", .finiteNumber(fit.varianceOfSigma2Mu.squareRoot()))
        object.append("theta", .number(fit.theta))
        object.append("phi", .number(fit.phi))
        object.append("log_likelihood", .finiteNumber(fit.logLikelihood))
        let interval = eigenvalues.admissibleInterval
        object.append("spatial_interval", .array([.number(interval.low), .number(interval.high)]))
        object.append("log_determinant", .string("eigenvalues"))
        object.append("vcov", .array((0..<fit.covariance.rows).map { i in .array((0..<fit.covariance.columns).map { j in .finiteNumber(fit.covariance[i, j]) }) }))
        if let hausman { object.append("tests", .array([hausman.test.json])) }
        if let effects { object.append("effects", effects.json(level: options.level)) }
        object.append("weights", SpatialWeightsSummary(weights).json(weights))
        object.append("level", .number(options.level))
        object.append("warnings", .array((hausman?.warnings ?? []).map { .string($0) }))
        let label = try spec.string("label", at: location)
        if let label { object.append("label", .string(label)) }
        object.appendRenderings(request.render,
                                text: { SpatialPanelTable.randomEffects(fit, model: model, rows: rows, hausman: hausman?.test, effects: effects,
                                                                        level: options.level, response: data.dependent, language: request.render.language) },
                                tables: { SpatialPanelTable.randomEffectsTables(fit, model: model, rows: rows, hausman: hausman?.test, effects: effects,
                                                                                level: options.level, response: data.dependent, label: label) })
        return .object(object)
    }
}
