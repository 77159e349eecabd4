/// `estimator: "iv"`: reads `method` (`2sls` default, `liml`, `gmm`), the formula `y ~ exog | fe | endog ~ instruments`,
/// `vcov` as for OLS and `options` (`level`, `small` (default true), `endogeneity_test`: endogenous regressors to
/// test with the C statistic), `ar_level` (Anderson–Rubin confidence level, default 0.95), `ar_set` (whether to compute
/// the Anderson–Rubin set), and runs `InstrumentalVariablesEstimator` (docs/abi/iv.md).
enum IVRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "an IV regression needs 'data'", at: "/data")
        }
        var options = InstrumentalVariablesEstimator.Options()
        if let name = try spec.string("method", at: location) {
            guard let method = InstrumentalVariablesMethod(rawValue: name) else {
                throw PanelError(.invalidOption, "method must be one of: 2sls, liml, gmm", at: location + "/method")
            }
            options.method = method
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let optionsObject = try spec.object("options", at: location)
        if let optionsObject { try read(optionsObject, into: &options, at: location + "/options") }
        let save = try SaveChoice(optionsObject, at: location + "/options")
        let result = try InstrumentalVariablesEstimator.estimate(formula: formula, table: table, panel: request.panel, covariance: choice,
                                                                 options: options, budget: request.budget, at: location)
        let saved = try SavedPredictions(save, of: result.regression, formula: formula, table: table, panel: request.panel, at: location)
        return result.response(label: try spec.string("label", at: location), render: request.render).appending(saved: saved)
    }

    private static func read(_ object: JSONObject, into options: inout InstrumentalVariablesEstimator.Options, at location: String) throws(PanelError) {
        if let level = try object.number("level", at: location) {
            guard level > 0, level < 1 else {
                throw PanelError(.invalidOption, "level must be strictly between 0 and 1, e.g. 0.95", at: location + "/level")
            }
            options.level = level
        }
        if let level = try object.number("ar_level", at: location) {
            guard level > 0, level < 1 else {
                throw PanelError(.invalidOption, "ar_level must be strictly between 0 and 1, e.g. 0.95", at: location + "/ar_level")
            }
            options.andersonRubinLevel = level
        }
        switch object["ar_set"] {
        case nil, .null?: break
        case .bool(let wanted)?: options.andersonRubinSet = wanted
        default: throw PanelError(.invalidOption, "ar_set must be true or false", at: location + "/ar_set")
        }
        switch object["small"] {
        case nil, .null?: break
        case .bool(let small)?: options.small = small
        default: throw PanelError(.invalidOption, "small must be true or false", at: location + "/small")
        }
        for (k, item) in (try object.array("endogeneity_test", at: location) ?? []).enumerated() {
            guard case .string(let name) = item else {
                throw PanelError(.invalidOption, "endogeneity_test lists endogenous regressors by name", at: location + "/endogeneity_test/\(k)")
            }
            options.endogeneityTest.append(name)
        }
    }
}
