extension HeterogeneityResult {
    /// The ABI form of a heterogeneity result (member order is part of the ABI; docs/abi/mechanisms.md), with the
    /// model's `label` and the renderings asked for.
    func response(label: String?, render: RenderFormats) -> JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("heterogeneity"))
        object.append("outcome", .string(model.outcome))
        object.append("treatment", .string(model.treatment))
        object.append("group", .string(model.group))
        object.append("nobs", .number(Double(observationCount)))
        object.append("groups", .array(groups.map { subgroup in
            var item = JSONObject()
            item.append("group", subgroup.value)
            item.append("nobs", .number(Double(subgroup.regression.observationCount)))
            item.append("regression", subgroup.regression.json)
            return .object(item)
        }))
        object.append("differences", .array(interacted.indices.map { k in
            var item = JSONObject()
            item.append("group", groups[k + 1].value)
            item.append("reference", groups[0].value)
            item.append("difference", .number(interacted[k].difference))
            item.append("interacted", Self.json(interacted[k], distribution: "t"))
            item.append("seemingly_unrelated", Self.json(seeminglyUnrelated[k], distribution: "normal"))
            item.append("permutation_p_value", .optionalNumber(permutationPValues.isEmpty ? nil : permutationPValues[k + 1]))
            return .object(item)
        }))
        object.append("interacted_model", interactedModel.json)
        if let permutation {
            var item = JSONObject()
            item.append("replications", .number(Double(permutation.replications)))
            item.append("successful", .number(Double(permutation.successful)))
            item.append("unit", permutation.unit.map { .string($0) } ?? .null)
            item.append("seed", .number(Double(permutation.seed)))
            object.append("permutation", .object(item))
        } else {
            object.append("permutation", .null)
        }
        object.append("warnings", .array(warnings.map { .string($0) }))
        object.append("level", .number(level))
        if let label { object.append("label", .string(label)) }
        object.appendRenderings(render, text: { HeterogeneityTable.text(self, language: render.language) }, tables: { [HeterogeneityTable.table(self)] })
        return .object(object)
    }

    /// `{"difference","std_error","statistic","p_value","distribution"}` of one test.
    private static func json(_ test: CoefficientDifference, distribution: String) -> JSONValue {
        var item = JSONObject()
        item.append("std_error", .optionalNumber(test.standardError))
        item.append("statistic", .optionalNumber(test.statistic))
        item.append("p_value", .optionalNumber(test.pValue))
        item.append("distribution", .string(distribution))
        return .object(item)
    }
}
