/// `estimator: "spatial_panel"`: the fixed-effects spatial lag (`"model": "sar"`), spatial Durbin (`"sdm"`, the
/// regressors and their spatial lags W*x), spatial error (`"sem"`), spatial Durbin error (`"sdem"`) or SAC (`"sac"`,
/// see `runErrorFamily`) panel model by maximum likelihood (Elhorst 2014, spreg `Panel_FE_Lag`,
/// Stata `xsmle, model(sar|sdm|sem|sdem|sac) fe type(…)`, with or without `leeyu`): `{"dependent": COLUMN, "regressors": [COLUMNS],
/// "fixed_effects": "unit" | "time" | "two_way", "weights":
/// {…}, "options": {"level", "effects", "replications", "seed", "lee_yu", "hausman", "log_determinant", "information"}}`
/// on a balanced panel, with direct, indirect and total effects (docs/abi/spatial.md); `"effects_type": "random"` for
/// random unit effects (`SpatialRandomEffectsRequest`).
enum SpatialPanelRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let model = try spec.string("model", at: location) ?? "sar"
        guard ["sar", "sdm", "sem", "sdem", "sac"].contains(model) else {
            throw PanelError(.invalidOption, "model is \"sar\" (spatial lag), \"sdm\" (spatial Durbin), \"sem\" (spatial error), "
                             + "\"sdem\" (spatial Durbin error) or \"sac\" (spatial lag with spatial errors)", at: location + "/model")
        }
        let dynamic = try SpatialPanelOptions.flag("dynamic", spec, at: location)
        switch try spec.string("effects_type", at: location) ?? "fixed" {
        case "fixed" where dynamic: return try runDynamic(spec, model: model, request: request, at: location)
        case "fixed": break
        case "random" where dynamic:
            throw PanelError(.invalidOption, "the dynamic model has fixed effects only (Yu, de Jong & Lee 2008)", at: location + "/effects_type")
        case "random": return try SpatialRandomEffectsRequest.run(spec, model: model, request: request, at: location)
        default: throw PanelError(.invalidOption, "effects_type is \"fixed\" or \"random\"", at: location + "/effects_type")
        }
        let options = try SpatialPanelOptions(spec, at: location)
        guard !options.hausman else {
            throw PanelError(.invalidOption, "the hausman test is requested on the random-effects model (effects_type \"random\")",
                             at: location + "/options/hausman")
        }
        let data = try SpatialRegressionData(spec, request: request, at: location)
        let slopes = data.regressors.count * (model == "sdm" || model == "sdem" ? 2 : 1)
        try data.requireSample(parameters: slopes + (model == "sac" ? 2 : 1), removing: data.fixedEffects, at: location)
        let weights = data.weights.weights
        let (eigenvalues, information) = try spectrum(weights, options.spectrum, at: location)
        if model != "sdem" { try requireTotalMultiplier(eigenvalues, options, at: location) }
        guard !options.leeYu || data.fixedEffects == .unit || eigenvalues.rowsSumToOne else {
            throw PanelError(.invalidOption, "lee_yu with time effects needs row-standardised weights", at: location + "/options/lee_yu")
        }
        if model == "sdem" || model == "sac" {
            guard model == "sdem" || options.spectrum.information != .expected else {
                throw PanelError(.invalidOption, "the sac model reports the observed information only", at: location + "/options/information")
            }
            return try runErrorFamily(model: model, data: data, eigenvalues: eigenvalues, information: information, options: options,
                                      spec: spec, request: request, at: location)
        }
        if model == "sem" {
            let fit = try SpatialErrorPanel(y: data.y, x: data.x, terms: data.regressors, weights: weights, eigenvalues: eigenvalues,
                                            effects: data.fixedEffects, leeYu: options.leeYu, information: information, budget: request.budget, at: location)
            return try encode(fit, model: model, data: data, eigenvalues: eigenvalues, restrictions: nil, effects: nil,
                              options: options, spec: spec, request: request, at: location)
        }
        let (x, terms) = data.design(durbin: model == "sdm")
        let fit = try SpatialLagPanel(y: data.y, x: x, terms: terms, weights: weights, eigenvalues: eigenvalues,
                                      effects: data.fixedEffects, leeYu: options.leeYu, information: information, budget: request.budget, at: location)
        var restrictions: DurbinRestrictions?
        if model == "sdm" {
            let lag = try SpatialLagPanel(y: data.y, x: data.x, terms: data.regressors, weights: weights, eigenvalues: eigenvalues,
                                          effects: data.fixedEffects, leeYu: options.leeYu, information: information, budget: request.budget, at: location)
            let error = try SpatialErrorPanel(y: data.y, x: data.x, terms: data.regressors, weights: weights, eigenvalues: eigenvalues,
                                              effects: data.fixedEffects, leeYu: options.leeYu, information: information, budget: request.budget, at: location)
            restrictions = try DurbinRestrictions(durbin: fit, lagLogLikelihood: lag.logLikelihood,
                                                  errorLogLikelihood: error.logLikelihood, at: location)
        }
        var effects: SpatialEffects?
        if let inference = options.effects {
            effects = try SpatialEffects(terms: data.regressors, estimates: fit.estimates, covariance: fit.covariance, durbin: model == "sdm",
                                         eigenvalues: eigenvalues, inference: inference, replications: options.replications,
                                         seed: options.seed, executor: request.executor, budget: request.budget,
                                         shards: request.shards, at: location)
        }
        return try encode(fit, model: model, data: data, eigenvalues: eigenvalues, restrictions: restrictions, effects: effects,
                          options: options, spec: spec, request: request, at: location)
    }

    static func encode<Model: SpatialPanelModel>(_ fit: Model, model: String, data: SpatialRegressionData,
                                                          eigenvalues: SpatialSpectrum, restrictions: DurbinRestrictions?,
                                                          effects: SpatialEffects?, dynamic: DynamicSpatialPanel? = nil,
                                                          longRunEffects: SpatialEffects? = nil, options: SpatialPanelOptions, spec: JSONObject,
                                                          request: Request, at location: String) throws(PanelError) -> JSONValue {
        let rows = SpatialCoefficients.rows(terms: fit.terms, estimates: fit.estimates, covariance: fit.covariance, level: options.level)
        var object = JSONObject()
        object.append("estimator", .string("spatial_panel"))
        object.append("model", .string(model))
        if let dynamic {
            object.append("dynamic", .bool(true))
            object.append("uncorrected", .array(zip(dynamic.terms, dynamic.uncorrectedEstimates).map { term, estimate in
                var row = JSONObject()
                row.append("term", .string(term))
                row.append("estimate", .number(estimate))
                return .object(row)
            }))
            object.append("unit_roots", .number(Double(dynamic.unitRoots)))
        }
        object.append("fixed_effects", .string(data.fixedEffects.rawValue))
        object.append("lee_yu", .bool(options.leeYu || dynamic != nil))
        object.append("response", .string(data.dependent))
        object.append("nobs", .number(Double(fit.observationCount)))
        object.append("units", .number(Double(data.weights.weights.unitCount)))
        object.append("periods", .number(Double(fit.periodCount)))
        object.append("coefficients", .array(rows.map { $0.json }))
        object.append("sigma2", .number(fit.sigma2))
        object.append("sigma2_std_error", .finiteNumber(fit.varianceOfSigma2.squareRoot()))
        object.append("log_likelihood", .finiteNumber(fit.logLikelihood))
        let interval = eigenvalues.admissibleInterval
        object.append("spatial_interval", .array([.number(interval.low), .number(interval.high)]))
        switch eigenvalues.method {
        case .eigenvalues:
            object.append("log_determinant", .string("eigenvalues"))
        case .lanczos(let probes, let steps, let seed):
            object.append("log_determinant", .string("lanczos"))
            var lanczos = JSONObject()
            lanczos.append("probes", .number(Double(probes)))
            lanczos.append("steps", .number(Double(steps)))
            lanczos.append("seed", .number(Double(seed)))
            object.append("lanczos", .object(lanczos))
        }
        if options.spectrum.information != nil || eigenvalues.method != .eigenvalues || model == "sac" {
            object.append("information", .string((options.spectrum.information ?? .observed).rawValue))
        }
        object.append("vcov", .array((0..<fit.covariance.rows).map { i in .array((0..<fit.covariance.columns).map { j in .finiteNumber(fit.covariance[i, j]) }) }))
        if let restrictions {
            object.append("tests", .array(restrictions.tests.map { $0.json }))
        }
        if let effects { object.append("effects", effects.json(level: options.level)) }
        if let longRunEffects { object.append("long_run_effects", longRunEffects.json(level: options.level)) }
        object.append("weights", SpatialWeightsSummary(data.weights.weights).json(data.weights.weights))
        object.append("level", .number(options.level))
        object.append("warnings", .array([]))
        let label = try spec.string("label", at: location)
        if let label { object.append("label", .string(label)) }
        let title = dynamic == nil ? model : "dynamic_" + model
        object.appendRenderings(request.render,
                                text: { SpatialPanelTable.text(fit, model: title, rows: rows, effects: effects, longRun: longRunEffects, level: options.level,
                                                               response: data.dependent, language: request.render.language) },
                                tables: { SpatialPanelTable.tables(fit, model: title, rows: rows, effects: effects, longRun: longRunEffects,
                                                                   level: options.level, response: data.dependent, label: label) })
        return .object(object)
    }

    /// Fails with `invalid_option` at the effects option when effects are asked for but their total multiplier
    /// 1ᵀ(I − ρW)⁻¹1/N has no spectral form: weights that were not symmetric and whose rows do not sum to a constant.
    static func requireTotalMultiplier(_ eigenvalues: SpatialSpectrum, _ options: SpatialPanelOptions, at location: String) throws(PanelError) {
        guard options.effects == nil || eigenvalues.hasTotalMultiplier else {
            throw PanelError(.invalidOption, "the total effects need weights whose rows sum to a constant when the weights are not symmetric "
                             + "(e.g. knn: row-standardise them, or use unweighted or spectrally scaled knn); or set \"effects\": \"none\"",
                             at: location + "/options/effects")
        }
    }

    /// The spectrum by the `log_determinant` option (auto: eigenvalues up to `SpatialSpectrum.unitLimit` units,
    /// Lanczos above) and the information matrix to invert (default: expected with eigenvalues, observed with Lanczos;
    /// expected with Lanczos is refused: tr(W̃ᵀW̃) is not a spectral sum of a non-symmetric W).
    static func spectrum(_ weights: SpatialWeights, _ choice: SpatialSpectrumOptions,
                                 at location: String) throws(PanelError) -> (SpatialSpectrum, SpatialInformation) {
        let method = choice.logDeterminant ?? LogDeterminantMethod.automatic(units: weights.unitCount)
        let exact = method == .eigenvalues
        if !exact, choice.information == .expected {
            throw PanelError(.invalidOption, "the expected information needs the exact eigenvalues (its trace of W(I − ρW)⁻¹ transposed times "
                             + "itself is not a spectral sum); use \"information\": \"observed\" with the Lanczos log-determinant",
                             at: location + "/options/information")
        }
        let spectrum = try SpatialSpectrum(weights, method: method, at: location + "/weights")
        return (spectrum, choice.information ?? (exact ? .expected : .observed))
    }
}
