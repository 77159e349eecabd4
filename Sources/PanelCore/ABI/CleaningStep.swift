/// The cleaning steps: `{"step": "winsorize", "columns": […], "lower": 0.01, "upper": 0.99, "by": COLUMN?}`,
/// `{"step": "standardize", "columns": […], "by": COLUMN?}`, `{"step": "impute", "method": "adjacent_mean" | "linear",
/// "columns": […]}` and `{"step": "balance"}` (the last two need the request's `panel`).
enum CleaningStep {
    static func apply(_ kind: String, _ spec: JSONObject, to table: DataTable, panel: PanelIndex?,
                      at location: String) throws(PanelError) -> (DataTable, JSONValue) {
        let result: (DataTable, StepReport)
        switch kind {
        case "winsorize":
            let lower = try spec.number("lower", at: location) ?? 0.01
            let upper = try spec.number("upper", at: location) ?? 0.99
            result = try Winsorization.apply(table, columns: try PreparationSteps.columnNames(spec, at: location), lower: lower, upper: upper,
                                             groupOf: try PreparationSteps.groups(spec, table: table, at: location), at: location)
        case "standardize":
            result = try Standardization.apply(table, columns: try PreparationSteps.columnNames(spec, at: location),
                                               groupOf: try PreparationSteps.groups(spec, table: table, at: location), at: location)
        case "impute":
            let panel = try requirePanel(panel, kind, at: location)
            let columns = try PreparationSteps.columnNames(spec, at: location)
            switch try spec.string("method", at: location) ?? "adjacent_mean" {
            case "adjacent_mean": result = try AdjacentMeanImputation.apply(table, columns: columns, panel: panel, at: location)
            case "linear": result = try LinearInterpolation.apply(table, columns: columns, panel: panel, at: location)
            default: throw PanelError(.invalidOption, "impute method must be \"adjacent_mean\" or \"linear\"", at: location + "/method")
            }
        default:
            result = (table, BalanceCheck.report(table, panel: try requirePanel(panel, kind, at: location)))
        }
        return (result.0, result.1.json)
    }

    private static func requirePanel(_ panel: PanelIndex?, _ kind: String, at location: String) throws(PanelError) -> PanelIndex {
        guard let panel else {
            throw PanelError(.invalidRequest, "the \(kind) step works within units over time and needs the request's \"panel\"", at: location)
        }
        return panel
    }
}

extension StepReport {
    var json: JSONValue {
        var object = JSONObject()
        object.append("step", .string(step))
        object.append("columns", .array(columns.map { .string($0) }))
        var values = JSONObject()
        for count in counts { values.append(count.name, .optionalNumber(count.value)) }
        object.append("counts", .object(values))
        object.append("notes", .array(notes.map { .string($0) }))
        return .object(object)
    }
}
