/// `{"step": "transform", "column": NAME, "expression": "log1p(x)"}`: a new (or replaced) numeric column computed by
/// a formula expression — `log`, `log1p`, `exp`, `sqrt`, `abs`, and with a panel `l(x, k)`, `f(x, k)`, `d(x)`.
/// Rows where an input is missing stay missing.
enum TransformStep {
    static func apply(_ spec: JSONObject, to table: DataTable, panel: PanelIndex?, at location: String) throws(PanelError) -> (DataTable, JSONValue) {
        let name = try spec.requireString("column", at: location)
        let expression = try FormulaParser.parseExpression(try spec.requireString("expression", at: location), at: location + "/expression")
        let context = EvaluationContext(table: table, panel: panel, location: location + "/expression")
        let values = try ExpressionEvaluator.values(expression, in: context)
        let report = StepReport(step: "transform", columns: [name],
                                counts: [(name: name + ".missing", value: Double(values.filter { $0.isNaN }.count))],
                                notes: [name + " = " + expression.label])
        return (table.setting(DataColumn(name: name, values: .numeric(values))), report.json)
    }
}
