/// `estimator: "hausman"`: the Hausman test of `within` against `random` on the request's panel (Stata
/// `hausman fe re`; `"options": {"sigmamore": true}` for the common-variance variant). Result:
/// `{"estimator":"hausman","statistic","df","p_value","variant","coefficients":[{"term","fixed","random","difference","std_error"}],"warnings"}`.
enum HausmanRequest {
    static let members = ["estimator", "formula", "options", "label"]

    static func run(_ spec: JSONObject, table: DataTable?, panel: PanelIndex?, render: [String], at location: String) throws(PanelError) -> JSONValue {
        try spec.requireOnly(members, at: location)
        var variant = HausmanTest.Variant.classic
        if let options = try spec.object("options", at: location) {
            try options.requireOnly(["sigmamore"], at: location + "/options")
            switch options["sigmamore"] {
            case nil, .bool(false)?: break
            case .bool(true)?: variant = .sigmamore
            default: throw PanelError(.invalidOption, "sigmamore must be true or false", at: location + "/options/sigmamore")
            }
        }
        let (sample, _) = try PanelRequest.panelSample(spec, table: table, panel: panel, requiredColumns: [], at: location)
        let test = try HausmanTest(sample, variant: variant, at: location)
        var object = JSONObject()
        object.append("estimator", .string("hausman"))
        object.append("statistic", .number(test.statistic))
        object.append("df", .number(Double(test.degreesOfFreedom)))
        object.append("p_value", .optionalNumber(test.pValue))
        object.append("variant", .string(test.variant.rawValue))
        object.append("coefficients", .array(test.rows.map { row in
            var item = JSONObject()
            item.append("term", .string(row.term))
            item.append("fixed", .number(row.fixed))
            item.append("random", .number(row.random))
            item.append("difference", .number(row.difference))
            item.append("std_error", .optionalNumber(row.standardError))
            return .object(item)
        }))
        object.append("warnings", .array(test.warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if render.contains("text") {
            var rendered = JSONObject()
            rendered.append("text", .string(HausmanTable.text(test)))
            object.append("rendered", .object(rendered))
        }
        return .object(object)
    }
}
