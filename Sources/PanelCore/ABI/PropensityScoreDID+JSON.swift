extension PropensityScoreDID {
    /// The ABI form of a PSM-DID result; member order is part of the ABI (docs/abi/did-robust.md).
    var json: JSONObject {
        var object = JSONObject()
        object.append("estimator", .string("psm_did"))
        switch scoreSample {
        case .period(let t): object.append("score_period", .number(Double(t)))
        case .pooled: object.append("score_period", .string("pooled"))
        }
        object.append("matching", matchingJSON)
        object.append("propensity", propensity.json)
        object.append("balance", .array(balance.map { $0.json }))
        object.append("did", did.json)
        object.append("warnings", .array(warnings.map { .string($0) }))
        return object
    }

    private var matchingJSON: JSONValue {
        var object = JSONObject()
        switch matching.method {
        case .nearestNeighbour(let neighbours, let replacement, let caliper):
            object.append("method", .string("nearest"))
            object.append("neighbors", .number(Double(neighbours)))
            object.append("replacement", .bool(replacement))
            object.append("caliper", .optionalNumber(caliper))
        case .epanechnikovKernel(let bandwidth):
            object.append("method", .string("kernel"))
            object.append("kernel", .string("epanechnikov"))
            object.append("bandwidth", .number(bandwidth))
        }
        object.append("common_support", .bool(matching.commonSupport))
        object.append("treated", .number(Double(matching.treatedCount)))
        object.append("treated_matched", .number(Double(matching.treatedMatched)))
        object.append("controls", .number(Double(matching.controlCount)))
        object.append("controls_used", .number(Double(matching.controlsUsed)))
        object.append("matched_observations", .number(Double(matchedObservations)))
        return .object(object)
    }
}

extension CovariateBalance {
    var json: JSONValue {
        var row = JSONObject()
        row.append("variable", .string(name))
        row.append("mean_treated_unmatched", .number(treatedMeanUnmatched))
        row.append("mean_control_unmatched", .number(controlMeanUnmatched))
        row.append("bias_unmatched", .optionalNumber(biasUnmatched))
        row.append("t_unmatched", .optionalNumber(tUnmatched))
        row.append("p_unmatched", .optionalNumber(pUnmatched))
        row.append("mean_treated_matched", .optionalNumber(treatedMeanMatched))
        row.append("mean_control_matched", .optionalNumber(controlMeanMatched))
        row.append("bias_matched", .optionalNumber(biasMatched))
        row.append("bias_reduction", .optionalNumber(biasReduction))
        row.append("t_matched", .optionalNumber(tMatched))
        row.append("p_matched", .optionalNumber(pMatched))
        return .object(row)
    }
}
