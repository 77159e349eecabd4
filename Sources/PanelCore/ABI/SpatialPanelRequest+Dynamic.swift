extension SpatialPanelRequest {
    /// `"dynamic": true`: the spatial dynamic panel with y(t−1) and W*y(t−1) (`DynamicSpatialPanel`, Yu, de Jong & Lee
    /// 2008; SDPDmod `SDPDm(dynamic = TRUE, LYtrans = TRUE)`) for `"model": "sar"` or `"sdm"`, with `"fixed_effects"`
    /// `"unit"` or `"two_way"`, and its short- and long-run effects (`SpatialEffects(dynamicTerms:…)`). Refused with
    /// `invalid_option`: another model, time effects only, two-way effects on weights whose rows do not all sum to one,
    /// the Lanczos log-determinant, the observed information, `lee_yu: false`, weights with complex eigenvalues; with
    /// `singular_design`: fewer than 3 periods or no more observations than parameters.
    static func runDynamic(_ spec: JSONObject, model: String, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard model == "sar" || model == "sdm" else {
            throw PanelError(.invalidOption, "the dynamic model is \"sar\" or \"sdm\" (y(t-1) and W*y(t-1) join the spatial lag)", at: location + "/model")
        }
        let options = try SpatialPanelOptions(spec, at: location)
        try requireDynamicOptions(spec, options, at: location)
        let data = try SpatialRegressionData(spec, request: request, at: location)
        guard data.fixedEffects != .time else {
            throw PanelError(.invalidOption, "the dynamic model removes unit effects (\"unit\" or \"two_way\"): its bias correction is for "
                             + "the incidental unit effects", at: location + "/fixed_effects")
        }
        let units = data.weights.weights.unitCount, periods = data.periodCount
        guard units > 0, periods >= 3 else {
            throw PanelError(.singularDesign, "the dynamic model needs at least 3 periods (the first is the initial condition of y(t-1)); "
                             + "the panel has \(periods)", at: location)
        }
        let (x, terms) = data.design(durbin: model == "sdm")
        let parameters = x.count + 3
        let free = data.fixedEffects.freeObservations(units: units, periods: periods - 1)
        guard free > parameters else {
            throw PanelError(.singularDesign, "\(units) units × \(periods - 1) periods after the first leave \(free) observations for \(parameters) "
                             + "parameters; the model needs more observations than parameters", at: location)
        }
        let weights = data.weights.weights
        let eigenvalues = try SpatialSpectrum(weights, method: .eigenvalues, at: location + "/weights")
        guard eigenvalues.complexPairs.isEmpty else {
            throw PanelError(.invalidOption, "the dynamic model's bias correction needs weights with real eigenvalues (symmetric, or "
                             + "row-standardised from a symmetric matrix)", at: location + "/weights")
        }
        guard data.fixedEffects == .unit || eigenvalues.rowsSumToOne else {
            throw PanelError(.invalidOption, "the dynamic model with two-way effects needs row-standardised weights (Lee & Yu's "
                             + "transformation of the time effects)", at: location + "/weights")
        }
        let fit = try DynamicSpatialPanel(y: data.y, x: x, terms: terms, response: data.dependent, weights: weights, eigenvalues: eigenvalues,
                                          effects: data.fixedEffects, budget: request.budget, at: location)
        var shortRun: SpatialEffects?, longRun: SpatialEffects?
        if let inference = options.effects {
            try requireTotalMultiplier(eigenvalues, options, at: location)
            func effects(_ horizon: SpatialEffects.Horizon) throws(PanelError) -> SpatialEffects {
                try SpatialEffects(dynamicTerms: data.regressors, estimates: fit.estimates, covariance: fit.covariance, durbin: model == "sdm",
                                   horizon: horizon, eigenvalues: eigenvalues, inference: inference, replications: options.replications,
                                   seed: options.seed, executor: request.executor, budget: request.budget, shards: request.shards, at: location)
            }
            shortRun = try effects(.shortRun)
            longRun = try effects(.longRun)
        }
        return try encode(fit, model: model, data: data, eigenvalues: eigenvalues, restrictions: nil, effects: shortRun, dynamic: fit,
                          longRunEffects: longRun, options: options, spec: spec, request: request, at: location)
    }

    /// The options the dynamic model cannot take: `hausman`, `lee_yu: false` (it is the Lee–Yu transformation
    /// approach), the Lanczos log-determinant and the observed information (its covariance is Yu, de Jong & Lee's).
    private static func requireDynamicOptions(_ spec: JSONObject, _ options: SpatialPanelOptions, at location: String) throws(PanelError) {
        let place = location + "/options"
        if case .bool(false)? = try spec.object("options", at: location)?["lee_yu"] {
            throw PanelError(.invalidOption, "the dynamic model is the bias-corrected Lee–Yu estimator (SDPDmod LYtrans = TRUE); leave lee_yu out",
                             at: place + "/lee_yu")
        }
        guard !options.hausman else {
            throw PanelError(.invalidOption, "the hausman test is for the random-effects model", at: place + "/hausman")
        }
        guard options.spectrum.logDeterminant == nil || options.spectrum.logDeterminant == .eigenvalues else {
            throw PanelError(.invalidOption, "the dynamic model's bias correction needs the exact eigenvalues of the weights", at: place + "/log_determinant")
        }
        guard options.spectrum.information != .observed else {
            throw PanelError(.invalidOption, "the dynamic model reports Yu, de Jong & Lee's covariance from the expected information",
                             at: place + "/information")
        }
    }
}
