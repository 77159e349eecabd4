extension SpatialPanelRequest {
    /// `"model": "sdem"` (the spatial error model on the regressors and their lags W*x, with the linear effects of
    /// `SpatialEffects.init(durbinErrorTerms:…)`) and `"model": "sac"` (`SpatialAutoregressiveCombinedPanel`, with
    /// the SAR's multiplier effects of ρ; λ does not enter them; always the observed information), both with Lee–Yu as asked.
    static func runErrorFamily(model: String, data: SpatialRegressionData, eigenvalues: SpatialSpectrum, information: SpatialInformation,
                               options: SpatialPanelOptions,
                               spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let weights = data.weights.weights
        if model == "sac" {
            let fit = try SpatialAutoregressiveCombinedPanel(y: data.y, x: data.x, terms: data.regressors, weights: weights,
                                                              eigenvalues: eigenvalues, effects: data.fixedEffects, leeYu: options.leeYu, budget: request.budget, at: location)
            var effects: SpatialEffects?
            if let inference = options.effects {
                let k = data.regressors.count
                var covariance = Matrix(rows: k + 1, columns: k + 1)
                for j in 0...k { for i in 0...k { covariance[i, j] = fit.covariance[i, j] } }
                effects = try SpatialEffects(terms: data.regressors, estimates: Array(fit.estimates[0...k]), covariance: covariance,
                                             durbin: false, eigenvalues: eigenvalues, inference: inference,
                                             replications: options.replications, seed: options.seed, executor: request.executor,
                                             budget: request.budget, shards: request.shards, at: location)
            }
            return try encode(fit, model: model, data: data, eigenvalues: eigenvalues, restrictions: nil, effects: effects,
                              options: options, spec: spec, request: request, at: location)
        }
        let (x, terms) = data.design(durbin: true)
        let fit = try SpatialErrorPanel(y: data.y, x: x, terms: terms, weights: weights, eigenvalues: eigenvalues,
                                        effects: data.fixedEffects, leeYu: options.leeYu, information: information, budget: request.budget, at: location)
        var effects: SpatialEffects?
        if options.effects != nil {
            var total = 0.0
            for row in weights.rows { total += row.weights.reduce(0, +) }
            let averageRowSum = eigenvalues.rowsSumToOne ? 1 : total / Double(weights.unitCount)
            effects = SpatialEffects(durbinErrorTerms: data.regressors, estimates: fit.estimates, covariance: fit.covariance,
                                     averageRowSum: averageRowSum)
        }
        return try encode(fit, model: model, data: data, eigenvalues: eigenvalues, restrictions: nil, effects: effects,
                          options: options, spec: spec, request: request, at: location)
    }
}
