/// `{"estimator": "index", "indicators": ["name:+:dimension" or {"name", "direction", "dimension"}, …], "method", …}`: the composite index of the `index`
/// step as a result of its own (the command `panelcore index`): the step's weight report, the index's score for every
/// data row (null where an indicator is missing), and the weight table in every publication format asked for.
enum IndexRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        guard let table = request.data else {
            throw PanelError(.invalidRequest, "'index' needs 'data'", at: "/data")
        }
        var step = JSONObject()
        step.append("step", .string("index"))
        step.append("method", spec["method"] ?? .string("entropy"))
        let column = try spec.string("column", at: location) ?? "score"
        step.append("column", .string(column))
        step.append("indicators", spec["indicators"] ?? .null)
        for member in ["by", "shift", "hierarchical", "retain"] {
            if let value = spec[member] { step.append(member, value) }
        }
        let (scored, report) = try IndexStep.apply(step, to: table, render: request.render, at: location)
        guard case .object(let reportObject) = report else { return report }
        var result = JSONObject()
        result.append("estimator", .string("index"))
        if let label = try spec.string("label", at: location) { result.append("label", .string(label)) }
        for member in reportObject.members where member.key != "step" { result.append(member.key, member.value) }
        let scores = try scored.requireNumeric(column, at: location + "/column")
        result.append("scores", .array(scores.map { $0.isNaN ? .null : .number($0) }))
        return .object(result)
    }
}
