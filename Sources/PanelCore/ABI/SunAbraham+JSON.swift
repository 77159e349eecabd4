extension SunAbraham {
    /// The ABI form of a Sun–Abraham result; member order is part of the ABI (docs/abi/did-robust.md).
    func json(outcome: String) -> JSONObject {
        var object = JSONObject()
        object.append("estimator", .string("sun_abraham"))
        object.append("outcome", .string(outcome))
        object.append("control_cohort", .string(controlCohort.rawValue))
        object.append("cohort_effects", .array(cohortEffects.map { effect in
            var item = JSONObject()
            item.append("group", .number(Double(effect.group)))
            item.append("event_time", .number(Double(effect.eventTime)))
            item.append("observations", .number(Double(effect.observations)))
            if case .object(let row) = effect.coefficient.json {
                for member in row.members { item.append(member.key, member.value) }
            }
            return .object(item)
        }))
        object.append("event_times", .array(eventTimes.map { $0.json }))
        object.append("overall", overall.json)
        object.append("inference", .string(InferenceDistribution.normal.rawValue))
        object.append("regression", regression.json)
        object.append("warnings", .array(warnings.map { .string($0) }))
        return object
    }
}
