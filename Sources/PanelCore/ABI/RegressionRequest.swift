/// `estimator: "ols"`: reads formula, covariance and options of a regression model and runs it on the table.
enum RegressionRequest {

    static func run(_ spec: JSONObject, table: consuming DataTable?, panel: PanelIndex?, render: RenderFormats, budget: TimeBudget,
                    executor: ReplicationExecutor, at location: String) throws(PanelError) -> JSONValue {
        guard let table = consume table else {
            throw PanelError(.invalidRequest, "a regression needs 'data'", at: "/data")
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let optionsObject = try spec.object("options", at: location)
        let options = try ModelOptions(optionsObject, at: location + "/options")
        let save = try SaveChoice(optionsObject, at: location + "/options")
        let retained = save.isEmpty ? nil : copy table  // the rows `save` evaluates again; the fit may release its copy
        let result = try OrdinaryLeastSquares.estimate(formula: formula, table: consume table, panel: panel, covariance: choice,
                                                       level: options.level, budget: budget, executor: executor, at: location)
        var saved: SavedPredictions?
        if let retained { saved = try SavedPredictions(save, of: result, formula: formula, table: retained, panel: panel, at: location) }
        return result.response(label: try spec.string("label", at: location), render: render).appending(saved: saved)
    }
}
