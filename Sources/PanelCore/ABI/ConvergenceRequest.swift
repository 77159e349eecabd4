/// `estimator: "convergence"`: σ convergence (overall and, with `group`, within each group) and absolute /
/// conditional β convergence of the formula's level variable — with `weights`, also in the spatial Durbin model
/// (`ConvergenceRequest+Spatial`) — (`ConvergenceAnalysis`, docs/abi/evolution.md); the covariance is clustered
/// by the panel's unit unless `vcov` says otherwise.
enum ConvergenceRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, panel) = try EvolutionPanelData.read(request, estimator: "convergence", at: location)
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let covariance = (spec["vcov"] ?? .null) == .null ? CovarianceChoice.cluster(panel.idName)
            : try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let options = try ModelOptions(try spec.object("options", at: location), at: location + "/options")
        let group = try spec.string("group", at: location)
        let result = try ConvergenceAnalysis(formula: formula, group: group, table: table, panel: panel, covariance: covariance,
                                             confidenceLevel: options.level, budget: request.budget, at: location)
        let spatial = try spec.object("weights", at: location).map { (weights: JSONObject) throws(PanelError) -> SpatialFits in
            try spatialFits(weights, formula: formula, result: result, table: table, panel: panel, level: options.level, request: request, at: location)
        }
        var object = JSONObject()
        object.append("estimator", .string("convergence"))
        object.append("variable", .string(result.variable))
        object.append("response", .string(result.growthName))
        if let groups = result.groups { object.append("group", .string(groups.name)) }
        var sigma = sigmaJSON(result.sigma)
        if let groups = result.groups {
            sigma.append("groups", .array(groups.sigma.map { group in
                var item = JSONObject()
                item.append("group", .string(group.group))
                for member in sigmaJSON(group.sigma).members { item.append(member.key, member.value) }
                return .object(item)
            }))
        }
        object.append("sigma", .object(sigma))
        var beta = JSONObject()
        beta.append("absolute", betaJSON(result.absolute))
        if let conditional = result.conditional { beta.append("conditional", betaJSON(conditional)) }
        object.append("beta", .object(beta))
        if let spatial { object.append("spatial_beta", spatialJSON(spatial, level: options.level)) }
        var warnings: [String] = []
        let betas = [("absolute", result.absolute.beta.estimate), ("conditional", result.conditional?.beta.estimate),
                     ("spatial absolute", spatial?.absolute.beta.estimate), ("spatial conditional", spatial?.conditional?.beta.estimate)]
        for (name, beta) in betas {
            guard let beta else { continue }
            if beta >= 0 { warnings.append("the \(name) β is not negative: no β convergence, so no half-life") }
            if beta <= -1 { warnings.append("the \(name) β is at most −1: the speed −ln(1 + β) is undefined") }
        }
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            object.append("rendered", PublicationTable.renderings(ConvergenceTables.tables(result, spatial: spatial),
                                                                  formats: request.render))
        }
        return .object(object)
    }

    private static func sigmaJSON(_ sigma: ConvergenceSigma) -> JSONObject {
        var object = JSONObject()
        object.append("periods", .array(sigma.periods.map { period in
            var item = JSONObject()
            item.append("period", .number(Double(period.period)))
            item.append("n", .number(Double(period.count)))
            item.append("mean", .number(period.mean))
            item.append("sd", .number(period.standardDeviation))
            item.append("cv", .number(period.coefficientOfVariation))
            item.append("sd_log", .number(period.standardDeviationOfLogs))
            return .object(item)
        }))
        object.append("cv_trend", trendJSON(sigma.coefficientOfVariationTrend))
        object.append("sd_log_trend", trendJSON(sigma.standardDeviationOfLogsTrend))
        return object
    }

    /// β with its inference, the speed and the half-life: the members every β convergence result opens with.
    static func betaMembers(_ beta: CoefficientEstimate, speed: Double?, halfLife: Double?) -> JSONObject {
        var object = JSONObject()
        object.append("beta", .number(beta.estimate))
        object.append("std_error", .finiteNumber(beta.standardError))
        object.append("p_value", .optionalNumber(beta.pValue))
        object.append("conf_low", .optionalNumber(beta.confidenceLow))
        object.append("conf_high", .optionalNumber(beta.confidenceHigh))
        object.append("speed", .optionalNumber(speed))
        object.append("half_life", .optionalNumber(halfLife))
        return object
    }

    private static func trendJSON(_ trend: ConvergenceTrend) -> JSONValue {
        var object = JSONObject()
        object.append("slope", .number(trend.slope))
        object.append("std_error", .optionalNumber(trend.standardError))
        object.append("p_value", .optionalNumber(trend.pValue))
        return .object(object)
    }

    private static func betaJSON(_ fit: ConvergenceBeta) -> JSONValue {
        var object = betaMembers(fit.beta, speed: fit.speed, halfLife: fit.halfLife)
        object.append("nobs", .number(Double(fit.regression.observationCount)))
        object.append("regression", fit.regression.json)
        return .object(object)
    }
}
