/// `estimator: "panel"`: reads `method` (`within`, `random`, `between`, `pooled`, `first_difference`), formula,
/// covariance and options, and runs the Stata `xtreg`-family estimator on the request's `panel` structure. The
/// result is a regression result with `"method"` after `"estimator"`.
enum PanelRequest {
    static let methods = ["within", "random", "between", "pooled", "first_difference"]

    static func run(_ spec: JSONObject, table: DataTable?, panel: PanelIndex?, render: RenderFormats, at location: String) throws(PanelError) -> JSONValue {
        let method = try spec.requireString("method", at: location)
        guard methods.contains(method) else {
            throw PanelError(.invalidOption, "method must be one of: \(methods.joined(separator: ", "))", at: location + "/method")
        }
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let optionsObject = try spec.object("options", at: location)
        let options = try ModelOptions(optionsObject, at: location + "/options")
        let save = try SaveChoice(optionsObject, at: location + "/options")
        if method == "between" || method == "first_difference" {
            try save.requireNone(because: "for method '\(method)': its fit is not on the data's rows (within, random and pooled have it)", at: location)
        }
        let (sample, table) = try panelSample(spec, table: table, panel: panel, requiredColumns: choice.requiredColumns, at: location)
        let result: RegressionResult
        switch method {
        case "within":
            result = try WithinEstimator.estimate(sample, covariance: choice, table: table, level: options.level, at: location)
        case "random":
            result = try RandomEffectsEstimator.estimate(sample, covariance: choice, table: table, level: options.level, at: location)
        case "between":
            result = try BetweenEstimator.estimate(sample, covariance: choice, table: table, level: options.level, at: location)
        case "pooled":
            result = try PooledEstimator.estimate(sample, covariance: choice, table: table, level: options.level, at: location)
        default:
            result = try FirstDifferenceEstimator.estimate(sample, covariance: choice, table: table, level: options.level, at: location)
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let saved = try SavedPredictions(save, of: result, formula: formula, table: table, panel: panel, at: location)
        return result.response(method: method, label: try spec.string("label", at: location), render: render).appending(saved: saved)
    }

    /// The panel sample of the model's formula: needs `data` and the top-level `panel`; checks the formula has no
    /// absorbed effects or instruments. Shared with `HausmanRequest`.
    static func panelSample(_ spec: JSONObject, table: DataTable?, panel: PanelIndex?, requiredColumns: [String],
                            at location: String) throws(PanelError) -> (PanelSample, DataTable) {
        guard let table else {
            throw PanelError(.invalidRequest, "a panel model needs 'data'", at: "/data")
        }
        guard let panel else {
            throw PanelError(.invalidRequest, "a panel model needs 'panel': {\"id\": COLUMN, \"time\": COLUMN} at the top level of the request", at: location)
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        guard formula.fixedEffects.isEmpty, formula.endogenous.isEmpty else {
            throw PanelError(.badFormula, "panel models take 'y ~ x1 + x2': the unit effects come from 'panel'; absorbed effects and instruments need other estimators",
                             at: location + "/formula")
        }
        for name in requiredColumns { _ = try table.requireColumn(name, at: location + "/vcov") }
        return (try PanelSample(formula: formula, table: table, panel: panel, requiredColumns: requiredColumns, at: location), table)
    }
}
