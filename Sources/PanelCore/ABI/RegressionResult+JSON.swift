extension RegressionResult {
    /// The ABI form of a regression result; member order is part of the ABI (docs/ABI.md).
    var json: JSONValue {
        var result = JSONObject()
        result.append("estimator", .string(estimator))
        result.append("response", .string(responseName))
        result.append("nobs", .number(Double(observationCount)))
        result.append("coefficients", .array(coefficients.map { $0.json }))
        var stats = JSONObject()
        for statistic in statistics { stats.append(statistic.name, .optionalNumber(statistic.value)) }
        result.append("stats", .object(stats))
        result.append("vcov", covarianceJSON)
        result.append("fixed_effects", .array(fixedEffects.map { .string($0) }))
        result.append("omitted", .array(omitted.map { .string($0) }))
        result.append("warnings", .array(warnings.map { .string($0) }))
        result.append("level", .number(level))
        return .object(result)
    }

    private var covarianceJSON: JSONValue {
        var vcov = JSONObject()
        vcov.append("type", .string(covariance.type))
        vcov.append("convention", .string(covariance.correction.convention))
        vcov.append("small_sample_factor", .number(covariance.correction.factor))
        vcov.append("inference", .string(inference.rawValue))
        vcov.append("df", .number(Double(covariance.correction.inferenceDegreesOfFreedom)))
        vcov.append("terms", .array(covarianceTerms.map { .string($0) }))
        let v = covariance.matrix
        vcov.append("matrix", .array((0..<v.rows).map { i in .array((0..<v.columns).map { j in .number(v[i, j]) }) }))
        return .object(vcov)
    }
}

extension CoefficientEstimate {
    var json: JSONValue {
        var row = JSONObject()
        row.append("term", .string(term))
        row.append("estimate", .number(estimate))
        row.append("std_error", .number(standardError))
        row.append("statistic", .optionalNumber(statistic))
        row.append("p_value", .optionalNumber(pValue))
        row.append("conf_low", .optionalNumber(confidenceLow))
        row.append("conf_high", .optionalNumber(confidenceHigh))
        return .object(row)
    }
}

extension JSONValue {
    /// A number, or null when absent.
    static func optionalNumber(_ x: Double?) -> JSONValue {
        x.map { .number($0) } ?? .null
    }
}
