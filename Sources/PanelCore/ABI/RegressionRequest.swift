/// `estimator: "ols"`: reads formula, covariance and options of a regression model and runs it on the table.
enum RegressionRequest {
    static let members = ["estimator", "formula", "vcov", "options", "label"]

    static func run(_ spec: JSONObject, table: DataTable?, panel: PanelIndex?, render: [String], at location: String) throws(PanelError) -> JSONValue {
        try spec.requireOnly(members, at: location)
        guard let table else {
            throw PanelError(.invalidRequest, "a regression needs 'data'", at: "/data")
        }
        let formula = try FormulaParser.parse(try spec.requireString("formula", at: location), at: location + "/formula")
        let choice = try CovarianceChoice(spec["vcov"], at: location + "/vcov")
        let options = try ModelOptions(try spec.object("options", at: location), at: location + "/options")
        let result = try OrdinaryLeastSquares.estimate(formula: formula, table: table, panel: panel, covariance: choice,
                                                       level: options.level, at: location)
        guard case .object(var object) = result.json else { return result.json }
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !render.isEmpty {
            var rendered = JSONObject()
            for format in render where format == "text" {
                rendered.append("text", .string(RegressionTable.text(result)))
            }
            object.append("rendered", .object(rendered))
        }
        return .object(object)
    }
}
