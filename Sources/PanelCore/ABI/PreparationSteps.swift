/// The request's `"steps"`: data preparation and index construction applied in order to the data before any model
/// runs, each checked against its definition in `StepCatalogue` and answered by a report in the response's `"steps"`
/// array. Steps never drop rows, so the panel structure stays valid; a step's new or changed columns are what later
/// steps and models see.
enum PreparationSteps {
    static func apply(_ steps: [JSONValue], to table: DataTable, panel: PanelIndex?, render: RenderFormats) throws(PanelError) -> (DataTable, [JSONValue]) {
        var table = table
        var reports: [JSONValue] = []
        for (k, step) in steps.enumerated() {
            let location = "/steps/\(k)"
            guard case .object(let spec) = step else {
                throw PanelError(.invalidRequest, "each step must be an object with a \"step\" member", at: location)
            }
            let kind = try spec.requireString("step", at: location)
            guard let schema = StepCatalogue.schema(named: kind) else {
                throw PanelError(.invalidOption, "unknown step '\(kind)'\(ClosestName.suggestion(for: kind, among: StepCatalogue.names)); steps are: "
                                 + StepCatalogue.names.joined(separator: ", "), at: location + "/step")
            }
            try schema.check(spec, at: location)
            let report: JSONValue
            switch kind {
            case "transform": (table, report) = try TransformStep.apply(spec, to: table, panel: panel, at: location)
            case "index": (table, report) = try IndexStep.apply(spec, to: table, render: render, at: location)
            default: (table, report) = try CleaningStep.apply(kind, spec, to: table, panel: panel, at: location)
            }
            reports.append(report)
        }
        return (table, reports)
    }

    /// The `columns` member: a non-empty array of column names.
    static func columnNames(_ spec: JSONObject, at location: String) throws(PanelError) -> [String] {
        try spec.requireStrings("columns", at: location)
    }

    /// The optional `by` member: a grouping column, as dense group numbers for every row.
    static func groups(_ spec: JSONObject, table: DataTable, at location: String) throws(PanelError) -> [Int]? {
        guard let name = try spec.string("by", at: location) else { return nil }
        let column = try table.requireColumn(name, at: location + "/by")
        for row in 0..<table.rowCount where column.isMissing(row) {
            throw PanelError(.invalidData, "the grouping column '\(name)' is missing at data row \(row + 1)", at: location + "/by")
        }
        return GroupIndex(column, rows: Array(0..<table.rowCount)).groupOf
    }
}
