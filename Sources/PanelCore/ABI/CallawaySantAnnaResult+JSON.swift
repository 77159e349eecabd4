extension CallawaySantAnnaResult {
    /// The ABI form of a Callaway–Sant'Anna result; member order is part of the ABI (docs/abi/did-robust.md).
    var json: JSONObject {
        var object = JSONObject()
        object.append("estimator", .string("callaway_santanna"))
        object.append("outcome", .string(outcome))
        object.append("control_group", .string(effects.controlGroup.rawValue))
        object.append("base_period", .string(effects.basePeriod.rawValue))
        object.append("est_method", .string(effects.method.rawValue))
        object.append("data_structure", .string(effects.dataStructure.rawValue))
        object.append("covariates", .array(covariates.map { .string($0) }))
        object.append("units", .number(Double(effects.cohortOfUnit.count)))
        object.append("cohorts", .array(Array(Set(effects.cells.map { $0.group })).sorted().map { .number(Double($0)) }))
        let cellItems = Self.banded(cellRows, bootstrap?.cells)
        object.append("group_time", .array(effects.cells.indices.map { k in
            let cell = effects.cells[k]
            var item = JSONObject()
            item.append("group", .number(Double(cell.group)))
            item.append("time", .number(Double(cell.time)))
            item.append("base_period", .number(Double(cell.basePeriod)))
            item.append("treated", .number(Double(cell.treatedCount)))
            item.append("controls", .number(Double(cell.controlCount)))
            guard case .object(let row) = cellItems[k] else { return .object(item) }
            for member in row.members { item.append(member.key, member.value) }
            return .object(item)
        }))
        object.append("simple", simpleRow.json)
        var dynamic = JSONObject()
        dynamic.append("event_times", .array(Self.banded(eventTimeRows, bootstrap?.eventTimes)))
        dynamic.append("overall", dynamicOverallRow.json)
        object.append("dynamic", .object(dynamic))
        var group = JSONObject()
        group.append("groups", .array(Self.banded(groupRows, bootstrap?.groups)))
        group.append("overall", groupOverallRow.json)
        object.append("group", .object(group))
        var calendar = JSONObject()
        calendar.append("times", .array(Self.banded(calendarRows, bootstrap?.calendarTimes)))
        calendar.append("overall", calendarOverallRow.json)
        object.append("calendar", .object(calendar))
        let test = pretest
        var pretestObject = JSONObject()
        pretestObject.append("statistic", test.statistic.map { .number($0) } ?? .null)
        pretestObject.append("df", test.degreesOfFreedom.map { .number(Double($0)) } ?? .null)
        pretestObject.append("p_value", test.pValue.map { .number($0) } ?? .null)
        pretestObject.append("reason", test.reason.map { .string($0) } ?? .null)
        object.append("pretest", .object(pretestObject))
        object.append("bootstrap", bootstrap.map { .object(Self.settingsJSON($0)) } ?? .null)
        object.append("inference", .string(InferenceDistribution.normal.rawValue))
        object.append("level", .number(level))
        object.append("warnings", .array(warnings.map { .string($0) }))
        return object
    }

    /// Coefficient rows, each with `band_low`, `band_high` (estimate ∓ c·se; null where se is 0) when `bootstrap` has a
    /// critical value c.
    private static func banded(_ rows: [CoefficientEstimate], _ bootstrap: MultiplierBootstrap?) -> [JSONValue] {
        rows.map { row in
            guard case .object(var item) = row.json, let critical = bootstrap?.criticalValue else { return row.json }
            let positive = row.standardError > 0
            item.append("band_low", positive ? .number(row.estimate - critical * row.standardError) : .null)
            item.append("band_high", positive ? .number(row.estimate + critical * row.standardError) : .null)
            return .object(item)
        }
    }

    /// The bootstrap's settings and the critical values of its simultaneous bands.
    private static func settingsJSON(_ bootstrap: CallawaySantAnnaBootstrap) -> JSONObject {
        var object = JSONObject()
        object.append("multipliers", .string(bootstrap.settings.multipliers.rawValue))
        object.append("replications", .number(Double(bootstrap.settings.replications)))
        object.append("seed", .number(Double(bootstrap.settings.seed)))
        var critical = JSONObject()
        for (name, family) in [("group_time", bootstrap.cells), ("dynamic", bootstrap.eventTimes), ("group", bootstrap.groups),
                                 ("calendar", bootstrap.calendarTimes)] {
            critical.append(name, family.criticalValue.map { .number($0) } ?? .null)
        }
        object.append("critical_values", .object(critical))
        return object
    }
}
