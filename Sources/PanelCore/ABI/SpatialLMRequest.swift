/// `estimator: "spatial_lm"`: LM tests for a spatial lag and a spatial error, plain and robust, on the residuals of
/// the fixed-effects regression of `dependent` on `regressors` (Elhorst's `LMsarsem_panel`; docs/abi/spatial.md).
/// Result: `{"estimator":"spatial_lm","fixed_effects","nobs","tests":[{"test","statistic","df","p_value"}],"weights"}`.
enum SpatialLMRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let data = try SpatialRegressionData(spec, request: request, at: location)
        try data.requireSample(parameters: data.regressors.count, removing: data.fixedEffects, at: location)
        let result = try SpatialLagrangeMultiplier(y: data.y, x: data.x, weights: data.weights.weights, effects: data.fixedEffects, at: location)
        var object = JSONObject()
        object.append("estimator", .string("spatial_lm"))
        object.append("response", .string(data.dependent))
        object.append("fixed_effects", .string(data.fixedEffects.rawValue))
        object.append("nobs", .number(Double(data.y.count)))
        object.append("tests", .array(result.tests.map { test in
            var item = JSONObject()
            item.append("test", .string(test.name))
            item.append("statistic", .finiteNumber(test.statistic))
            item.append("df", .number(1))
            item.append("p_value", .finiteNumber(test.pValue))
            return .object(item)
        }))
        object.append("weights", SpatialWeightsSummary(data.weights.weights).json(data.weights.weights))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        object.appendRenderings(request.render, text: { SpatialLMTable.text(result, fixedEffects: data.fixedEffects, language: request.render.language) },
                                tables: { [SpatialLMTable.table(result, fixedEffects: data.fixedEffects, response: data.dependent)] })
        return .object(object)
    }
}
