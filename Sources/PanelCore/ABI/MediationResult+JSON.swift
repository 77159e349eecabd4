extension MediationResult {
    /// The ABI form of a mediation result (member order is part of the ABI; docs/abi/mechanisms.md), with the model's
    /// `label` and the renderings asked for.
    func response(label: String?, render: RenderFormats) -> JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("mediation"))
        object.append("outcome", .string(model.outcome))
        object.append("treatment", .string(model.treatment))
        object.append("mediators", .array(model.mediators.map { .string($0) }))
        object.append("nobs", .number(Double(observationCount)))
        var equations = JSONObject()
        equations.append("total", self.equations.total.json)
        equations.append("paths", .array(self.equations.paths.map { $0.json }))
        equations.append("outcome", self.equations.outcomeEquation.json)
        object.append("equations", .object(equations))
        object.append("effects", .array(effects.map { effect in
            var row = JSONObject()
            row.append("effect", .string(effect.name))
            row.append("estimate", .number(effect.estimate))
            row.append("share", .optionalNumber(effect.shareOfTotal))
            return .object(row)
        }))
        object.append("indirect_tests", .array(indirectTests.map { test in
            var row = JSONObject()
            row.append("mediator", .string(test.mediator))
            row.append("method", .string(test.method.rawValue))
            row.append("estimate", .number(test.estimate))
            row.append("std_error", .optionalNumber(test.standardError))
            row.append("statistic", .optionalNumber(test.statistic))
            row.append("p_value", .optionalNumber(test.pValue))
            return .object(row)
        }))
        object.append("bootstrap", bootstrap.map { $0.json(shares: effects.map { $0.shareOfTotal }) } ?? .null)
        object.append("warnings", .array(warnings.map { .string($0) }))
        object.append("level", .number(level))
        if let label { object.append("label", .string(label)) }
        object.appendRenderings(render) { $0 == "text" ? MediationTable.text(self, language: render.language) : render.text([MediationTable.effects(self)], $0) }
        return .object(object)
    }
}

extension MediationBootstrap {
    /// `{"replications","successful","resample","units","seed","effects":[…]}`; each effect row carries its share.
    func json(shares: [Double?]) -> JSONValue {
        var object = JSONObject()
        object.append("replications", .number(Double(replications)))
        object.append("successful", .number(Double(successfulReplications)))
        object.append("resample", .string(resampling.rawValue))
        object.append("units", .number(Double(unitCount)))
        object.append("seed", .number(Double(seed)))
        object.append("effects", .array(zip(effects, shares).map { effect, share in
            var row = JSONObject()
            row.append("effect", .string(effect.name))
            row.append("estimate", .number(effect.estimate))
            row.append("std_error", .optionalNumber(effect.standardError.isFinite ? effect.standardError : nil))
            row.append("statistic", .optionalNumber(effect.statistic))
            row.append("p_value", .optionalNumber(effect.pValue))
            row.append("share", .optionalNumber(share))
            for interval in effect.intervals {
                row.append(interval.kind.rawValue, interval.bounds.map { .array([.number($0.low), .number($0.high)]) } ?? .null)
            }
            return .object(row)
        }))
        return .object(object)
    }
}
