/// `{"estimator": "columns"}`: what the data holds after the steps — the number of rows and each column's name, label
/// (when its file gave one), kind
/// (`numeric` or `text`), missing count and number of distinct values, so that a host (the browser page, the
/// Python helper) can offer variables without parsing CSV itself.
enum ColumnsRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "'columns' needs 'data'", at: "/data")
        }
        var columns: [JSONValue] = []
        for column in table.columns {
            var missing = 0
            for row in 0..<table.rowCount where column.isMissing(row) { missing += 1 }
            var object = JSONObject()
            object.append("name", .string(column.name))
            if let label = column.label { object.append("label", .string(label)) }
            object.append("type", .string(column.isNumeric ? "numeric" : "text"))
            object.append("missing", .number(Double(missing)))
            object.append("distinct", .number(Double(FactorLevels.count(of: column))))
            columns.append(.object(object))
        }
        var result = JSONObject()
        result.append("estimator", .string("columns"))
        if let label = try spec.string("label", at: location) { result.append("label", .string(label)) }
        result.append("rows", .number(Double(table.rowCount)))
        result.append("columns", .array(columns))
        return .object(result)
    }
}
