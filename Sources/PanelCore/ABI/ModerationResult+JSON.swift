extension ModerationResult {
    /// The ABI form of a moderation result (member order is part of the ABI; docs/abi/mechanisms.md), with the
    /// model's `label` and the renderings asked for.
    func response(label: String?, render: RenderFormats) -> JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("moderation"))
        object.append("outcome", .string(model.outcome))
        object.append("treatment", .string(model.treatment))
        object.append("moderator", .string(model.moderator))
        object.append("interaction", .string(model.interactionTerm))
        object.append("centered", .bool(model.centred))
        object.append("nobs", .number(Double(regression.observationCount)))
        object.append("regression", regression.json)
        object.append("moderator_mean", .number(moderatorMean))
        object.append("moderator_sd", .number(moderatorStandardDeviation))
        object.append("moderator_range", .array([.number(moderatorRange.low), .number(moderatorRange.high)]))
        object.append("simple_slopes", .array(simpleSlopes.map { slope in
            var row = JSONObject()
            row.append("at", .number(slope.moderatorValue))
            row.append("slope", .number(slope.slope))
            row.append("std_error", .number(slope.standardError))
            row.append("statistic", .optionalNumber(slope.statistic))
            row.append("p_value", .optionalNumber(slope.pValue))
            row.append("conf_low", .optionalNumber(slope.confidenceLow))
            row.append("conf_high", .optionalNumber(slope.confidenceHigh))
            return .object(row)
        }))
        var region = JSONObject()
        region.append("significant", .string(johnsonNeyman.shape.rawValue))
        region.append("bounds", .array(johnsonNeyman.bounds.map { .number($0) }))
        region.append("critical_value", .number(johnsonNeyman.criticalValue))
        object.append("johnson_neyman", .object(region))
        object.append("warnings", .array((warnings + regression.warnings).map { .string($0) }))
        object.append("level", .number(regression.level))
        if let label { object.append("label", .string(label)) }
        object.appendRenderings(render, text: { ModerationTable.text(self, language: render.language) }, tables: { ModerationTable.tables(self) })
        return .object(object)
    }
}
