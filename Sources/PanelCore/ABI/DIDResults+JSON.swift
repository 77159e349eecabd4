extension AdoptionTiming {
    /// `{"cohorts", "treated_units", "never_treated_units", "always_treated_units"}`.
    var json: JSONValue {
        var object = JSONObject()
        object.append("cohorts", .array(cohorts.map { .number(Double($0)) }))
        object.append("treated_units", .number(Double(adoptionOf.count - neverTreatedUnits.count)))
        object.append("never_treated_units", .number(Double(neverTreatedUnits.count)))
        object.append("always_treated_units", .number(Double(alwaysTreatedUnits.count)))
        return .object(object)
    }
}

extension DIDResult {
    /// The ABI form of `estimator: "did"`; member order is part of the ABI (docs/abi/did.md).
    var json: JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("did"))
        object.append("design", .string(design))
        object.append("effect", effect.json)
        object.append("timing", timing?.json ?? .null)
        object.append("regression", regression.json)
        object.append("warnings", .array(warnings.map { .string($0) }))
        return .object(object)
    }
}

extension EventStudyResult {
    /// The ABI form of `estimator: "event_study"` (docs/abi/did.md).
    var json: JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("event_study"))
        var bounds = JSONObject()
        bounds.append("low", .number(Double(window.low)))
        bounds.append("high", .number(Double(window.high)))
        bounds.append("reference", .number(Double(window.reference)))
        bounds.append("binned", .bool(window.binsEndPoints))
        object.append("window", .object(bounds))
        object.append("relative_times", .array(relativeTimes.map { .number(Double($0)) }))
        object.append("coefficients", .array(rows.map { $0.json }))
        object.append("omitted_times", .array(omittedTimes.map { .number(Double($0)) }))
        object.append("pretrend", pretrend.map { test in
            var f = JSONObject()
            f.append("f_stat", .number(test.statistic))
            f.append("df_num", .number(Double(test.numeratorDegrees)))
            f.append("df_den", .number(Double(test.denominatorDegrees)))
            f.append("p_value", .number(test.pValue))
            return .object(f)
        } ?? .null)
        object.append("timing", timing.json)
        object.append("regression", regression.json)
        object.append("warnings", .array(warnings.map { .string($0) }))
        return .object(object)
    }
}

extension PlaceboResult {
    /// The ABI form of `estimator: "placebo"` (docs/abi/did.md).
    var json: JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("placebo"))
        object.append("mode", .string(mode.name))
        object.append("actual", actual.effect.json)
        object.append("replications", .number(Double(draws.count)))
        object.append("seed", .number(Double(seed)))
        object.append("p_value", .optionalNumber(pValue))
        object.append("summary", summary?.json ?? .null)
        object.append("draws", .array(draws.map { .number($0) }))
        object.append("regression", actual.regression.json)
        object.append("warnings", .array((actual.warnings + warnings).map { .string($0) }))
        return .object(object)
    }
}

extension DrawSummary {
    var json: JSONValue {
        var object = JSONObject()
        object.append("count", .number(Double(count)))
        object.append("mean", .number(mean))
        object.append("sd", .optionalNumber(standardDeviation))
        object.append("min", .number(minimum))
        object.append("max", .number(maximum))
        object.append("quantiles", .array(zip(Self.probabilities, quantiles).map { p, value in
            var q = JSONObject()
            q.append("p", .number(p))
            q.append("value", .number(value))
            return .object(q)
        }))
        return .object(object)
    }
}

extension BaconDecomposition {
    /// The ABI form of `estimator: "bacon"` (docs/abi/did.md), with the TWFE coefficient it decomposes.
    func json(twfe: Double, timing: AdoptionTiming, warnings: [String]) -> JSONValue {
        var object = JSONObject()
        object.append("estimator", .string("bacon"))
        object.append("twfe_estimate", .number(twfe))
        object.append("weighted_sum", .number(weightedEstimate))
        object.append("comparisons", .array(comparisons.map { comparison in
            var row = JSONObject()
            row.append("type", .string(comparison.kind))
            row.append("treated", .number(Double(comparison.treated)))
            row.append("control", comparison.control.map { .number(Double($0)) } ?? .string("never"))
            row.append("estimate", .number(comparison.estimate))
            row.append("weight", .number(comparison.weight))
            return .object(row)
        }))
        object.append("by_type", .array(byKind.map { summary in
            var row = JSONObject()
            row.append("type", .string(summary.kind))
            row.append("weight", .number(summary.weight))
            row.append("estimate", .number(summary.estimate))
            return .object(row)
        }))
        object.append("timing", timing.json)
        object.append("warnings", .array(warnings.map { .string($0) }))
        return .object(object)
    }
}
