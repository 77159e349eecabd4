extension CallawaySantAnnaResult {
    /// The ABI form of a Callaway–Sant'Anna result; member order is part of the ABI (docs/abi/did-robust.md).
    var json: JSONObject {
        var object = JSONObject()
        object.append("estimator", .string("callaway_santanna"))
        object.append("outcome", .string(outcome))
        object.append("control_group", .string(effects.controlGroup.rawValue))
        object.append("base_period", .string(effects.basePeriod.rawValue))
        object.append("est_method", .string(effects.method.rawValue))
        object.append("covariates", .array(covariates.map { .string($0) }))
        object.append("units", .number(Double(effects.cohortOfUnit.count)))
        object.append("cohorts", .array(Array(Set(effects.cells.map { $0.group })).sorted().map { .number(Double($0)) }))
        object.append("group_time", .array(effects.cells.indices.map { k in
            let cell = effects.cells[k]
            var item = JSONObject()
            item.append("group", .number(Double(cell.group)))
            item.append("time", .number(Double(cell.time)))
            item.append("base_period", .number(Double(cell.basePeriod)))
            item.append("treated", .number(Double(cell.treatedCount)))
            item.append("controls", .number(Double(cell.controlCount)))
            guard case .object(let row) = cellRow(k).json else { return .object(item) }
            for member in row.members { item.append(member.key, member.value) }
            return .object(item)
        }))
        object.append("simple", row(aggregation.simple).json)
        var dynamic = JSONObject()
        dynamic.append("event_times", .array(aggregation.eventTimes.map { row($0).json }))
        dynamic.append("overall", row(aggregation.dynamicOverall).json)
        object.append("dynamic", .object(dynamic))
        var group = JSONObject()
        group.append("groups", .array(aggregation.groups.map { row($0).json }))
        group.append("overall", row(aggregation.groupOverall).json)
        object.append("group", .object(group))
        let test = pretest
        var pretestObject = JSONObject()
        pretestObject.append("statistic", test.statistic.map { .number($0) } ?? .null)
        pretestObject.append("df", test.degreesOfFreedom.map { .number(Double($0)) } ?? .null)
        pretestObject.append("p_value", test.pValue.map { .number($0) } ?? .null)
        pretestObject.append("reason", test.reason.map { .string($0) } ?? .null)
        object.append("pretest", .object(pretestObject))
        object.append("inference", .string(InferenceDistribution.normal.rawValue))
        object.append("level", .number(level))
        object.append("warnings", .array(warnings.map { .string($0) }))
        return object
    }
}
