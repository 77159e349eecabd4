/// Spatial β convergence of `convergence` (member `weights`): absolute and, when the formula has controls,
/// conditional β in the two-way fixed-effects spatial Durbin model (`SpatialConvergenceBeta`), and their JSON.
extension ConvergenceRequest {
    /// The spatial fits: the panel as laid out, absolute, and conditional when `controls` (plain columns) are given.
    struct SpatialFits {
        let data: SpatialConvergenceData
        let absolute: SpatialConvergenceBeta
        let conditional: SpatialConvergenceBeta?
    }

    static func spatialFits(_ weightsSpec: JSONObject, formula: Formula, result: ConvergenceAnalysis, table: DataTable, panel: PanelIndex,
                            level: Double, request: Request, at location: String) throws(PanelError) -> SpatialFits {
        var controls: [String] = []
        for term in formula.regressors {
            guard term.factors.count == 1, case .variable(let name) = term.factors[0] else {
                throw PanelError(.badFormula, "spatial β convergence takes plain columns as controls (the spatial Durbin model lags each); "
                                 + "'\(term.factors.map { $0.label }.joined(separator: ":"))' is not one", at: location + "/formula")
            }
            controls.append(name)
        }
        let data = try SpatialConvergenceData(weightsSpec, level: result.variable, controls: controls, table: table, panel: panel, at: location)
        let weights = data.weights.weights
        let (eigenvalues, _) = try SpatialPanelRequest.spectrum(weights, SpatialSpectrumOptions(), at: location)
        guard eigenvalues.hasTotalMultiplier else {
            throw PanelError(.invalidOption, "spatial β convergence reports total effects, which need weights whose rows sum to a constant when they "
                             + "are not symmetric: row-standardise them, and give every unit a neighbour (a unit without one keeps a row of 0)",
                             at: location + "/weights")
        }
        let units = weights.unitCount, periods = data.periods.count
        let parameters = 2 * (1 + controls.count) + 1
        let free = SpatialFixedEffects.twoWay.freeObservations(units: units, periods: periods)
        guard free > parameters else {
            throw PanelError(.singularDesign, "\(units) units × \(periods) growth periods leave \(free) observations after removing the unit and "
                             + "time effects for \(parameters) parameters of the spatial Durbin model; it needs more observations than parameters",
                             at: location + "/weights")
        }
        func fit(_ columns: Int) throws(PanelError) -> SpatialConvergenceBeta {
            try SpatialConvergenceBeta(growth: data.growth, regressors: Array(data.regressors.prefix(columns)),
                                       terms: Array(([result.levelName] + controls).prefix(columns)), weights: weights, eigenvalues: eigenvalues,
                                       confidenceLevel: level, executor: request.executor, budget: request.budget, at: location)
        }
        return SpatialFits(data: data, absolute: try fit(1), conditional: controls.isEmpty ? nil : try fit(1 + controls.count))
    }

    static func spatialJSON(_ fits: SpatialFits, level: Double) -> JSONValue {
        var object = JSONObject()
        object.append("model", .string("sdm"))
        object.append("fixed_effects", .string("two_way"))
        object.append("periods", .array(fits.data.periods.map { .number(Double($0)) }))
        object.append("weights", SpatialWeightsSummary(fits.data.weights.weights).json(fits.data.weights.weights))
        object.append("absolute", spatialBetaJSON(fits.absolute, level: level))
        if let conditional = fits.conditional { object.append("conditional", spatialBetaJSON(conditional, level: level)) }
        return .object(object)
    }

    private static func spatialBetaJSON(_ fit: SpatialConvergenceBeta, level: Double) -> JSONValue {
        var object = betaMembers(fit.beta, speed: fit.speed.speed, halfLife: fit.speed.halfLife)
        object.append("rho", .number(fit.fit.rho))
        object.append("nobs", .number(Double(fit.fit.observationCount)))
        object.append("sigma2", .number(fit.fit.sigma2))
        object.append("log_likelihood", .finiteNumber(fit.fit.logLikelihood))
        object.append("coefficients", .array(fit.coefficients.map { $0.json }))
        object.append("effects", fit.effects.json(level: level))
        return .object(object)
    }
}
