/// `estimator: "hausman"`: the Hausman test of `within` against `random` on the request's panel (Stata
/// `hausman fe re`; `"options": {"sigmamore": true}` or `{"sigmaless": true}` for the common-variance variants). Result:
/// `{"estimator":"hausman","statistic","df","p_value","variant","coefficients":[{"term","fixed","random","difference","std_error"}],"warnings"}`.
enum HausmanRequest {

    static func run(_ spec: JSONObject, table: DataTable?, panel: PanelIndex?, render: RenderFormats, at location: String) throws(PanelError) -> JSONValue {
        var variant = HausmanTest.Variant.classic
        if let options = try spec.object("options", at: location) {
            for candidate in [HausmanTest.Variant.sigmamore, .sigmaless] {
                switch options[candidate.rawValue] {
                case nil, .bool(false)?: continue
                case .bool(true)? where variant == .classic: variant = candidate
                default:
                    throw PanelError(.invalidOption, "give at most one of sigmamore or sigmaless, as true or false",
                                     at: location + "/options/" + candidate.rawValue)
                }
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
        object.appendRenderings(render, text: { HausmanTable.text(test, language: render.language) }, tables: { [HausmanTable.table(test)] })
        return .object(object)
    }
}
