extension RegressionResult {
    /// The result as a response member: its JSON with `method` after `estimator` (panel estimators), the model's
    /// `label`, and the renderings the request asked for.
    func response(method: String? = nil, label: String?, render: [String]) -> JSONValue {
        guard case .object(let computed) = json else { return json }
        var object = JSONObject()
        for member in computed.members {
            object.append(member.key, member.value)
            if member.key == "estimator", let method { object.append("method", .string(method)) }
        }
        if let label { object.append("label", .string(label)) }
        if render.contains("text") {
            var rendered = JSONObject()
            rendered.append("text", .string(RegressionTable.text(self)))
            object.append("rendered", .object(rendered))
        }
        return .object(object)
    }
}
