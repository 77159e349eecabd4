extension RegressionResult {
    /// The result as a response member: its JSON with `method` after `estimator` (panel estimators), the model's
    /// `label`, and the renderings the request asked for: `text` is the Stata-style regression output, the
    /// publication formats a one-column comparison table.
    func response(method: String? = nil, label: String?, render: RenderFormats) -> JSONValue {
        guard case .object(let computed) = json else { return json }
        var object = JSONObject()
        for member in computed.members {
            object.append(member.key, member.value)
            if member.key == "estimator", let method { object.append("method", .string(method)) }
        }
        if let label { object.append("label", .string(label)) }
        let column = ComparedModel(result: .object(object)).map { ModelComparisonTable.build([$0], options: ComparisonTableOptions()) }
        object.appendRenderings(render) { format in format == "text" ? RegressionTable.text(self, language: render.language) : column.map { render.text([$0], format) } }
        return .object(object)
    }
}
