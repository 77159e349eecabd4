/// `estimator: "gmm"`: dynamic-panel GMM (docs/abi/gmm.md). Members: `formula` (`y ~ l(y, 1) + x + l(x, 1)`: no
/// fixed-effect or instrument parts — differencing removes the unit effects), `gmm` (GMM-style instruments:
/// `[{"variable": "y", "lags": [2, 99], "collapse": false}]`), `iv` (IV-style instruments; default the regressors
/// without a GMM-style variable, as plm), `transformation` (`"d"` difference, `"ld"` system), `steps` (1 or 2),
/// `time_dummies` (default true), `label`, `options.level`. Needs `panel`.
enum DynamicPanelGMMRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "a GMM model needs 'data'", at: "/data")
        }
        guard let panel = request.panel else {
            throw PanelError(.invalidRequest, "a dynamic-panel GMM model needs 'panel': {\"id\": COLUMN, \"time\": COLUMN} at the top level of the request",
                             at: location)
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        guard formula.fixedEffects.isEmpty, formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "gmm takes 'y ~ regressors' only: differencing removes the unit effects, and instruments go in 'gmm' and 'iv'",
                             at: location + "/formula")
        }
        guard !formula.regressors.isEmpty else {
            throw PanelError(.badFormula, "gmm needs at least one regressor, e.g. l(y, 1)", at: location + "/formula")
        }
        var model = DynamicPanelModel(formula: formula, gmmInstruments: try gmmInstruments(spec, at: location), ivInstruments: nil,
                                      transformation: .difference, steps: 1, timeDummies: true, level: 0.95)
        if let names = try spec.strings("iv", at: location) {
            var terms: [FormulaTerm] = []
            for (k, text) in names.enumerated() {
                terms += try FormulaParser.parseExpressions(text, at: location + "/iv/\(k)").map { FormulaTerm(factors: [$0]) }
            }
            model.ivInstruments = terms
        }
        if let name = try spec.string("transformation", at: location), let transformation = GMMTransformation(rawValue: name) {
            model.transformation = transformation
        }
        if case .bool(let twoStep)? = spec["two_step"] { model.steps = twoStep ? 2 : 1 }
        if case .bool(let flag)? = spec["time_dummies"] { model.timeDummies = flag }
        model.level = try ModelOptions(try spec.object("options", at: location), at: location + "/options").level
        let result = try DynamicPanelGMM.estimate(model, table: table, panel: panel, budget: request.budget, at: location)
        return result.response(label: try spec.string("label", at: location), render: request.render)
    }

    /// The `gmm` array: each `{"variable": EXPRESSION, "lags": [a, b], "collapse": BOOL}`, lags 0 ≤ a ≤ b (default
    /// [2, 99], plm's and xtabond2's usual range; b beyond the panel's length means every available lag).
    static func gmmInstruments(_ spec: JSONObject, at location: String) throws(PanelError) -> [GMMStyleInstrument] {
        let items = try spec.array("gmm", at: location) ?? []
        guard !items.isEmpty else {
            throw PanelError(.invalidRequest, "'gmm' needs at least one GMM-style instrument, e.g. [{\"variable\": \"y\", \"lags\": [2, 99]}]",
                             at: location + "/gmm")
        }
        var instruments: [GMMStyleInstrument] = []
        for (k, item) in items.enumerated() {
            let here = location + "/gmm/\(k)"
            guard case .object(let object) = item else {
                throw PanelError(.invalidRequest, "each GMM-style instrument is an object {\"variable\", \"lags\", \"collapse\"}", at: here)
            }
            try object.requireOnly(["variable", "lags", "collapse"], at: here)
            let variable = try FormulaParser.parseExpression(try object.requireString("variable", at: here), at: here + "/variable")
            var lags = [2.0, 99.0]
            if let given = try object.numbers("lags", at: here) { lags = given }
            guard lags.count == 2, lags.allSatisfy({ $0 == $0.rounded(.towardZero) && $0 >= 0 && $0 <= 10_000 }), lags[0] <= lags[1] else {
                throw PanelError(.invalidOption, "'lags' must be [first, last]: whole numbers with 0 ≤ first ≤ last ≤ 10000, e.g. [2, 99]", at: here + "/lags")
            }
            var collapse = false
            switch object["collapse"] {
            case nil, .null?: break
            case .bool(let flag)?: collapse = flag
            default: throw PanelError(.invalidRequest, "'collapse' must be true or false", at: here + "/collapse")
            }
            instruments.append(GMMStyleInstrument(variable: variable, minimumLag: Int(lags[0]), maximumLag: Int(lags[1]), collapse: collapse))
        }
        return instruments
    }
}
