/// JSON of the spatial results: the weights summary and the inference objects shared by Moran, Geary and LISA.
extension SpatialWeightsSummary {
    /// `{"units","construction","standardisation","links","density","neighbours":{"min","mean","max"},"islands",
    /// "symmetric_input","symmetric","row_sums":{"min","max"},"s0","spectral_radius"?,"warnings"}`.
    func json(_ weights: SpatialWeights) -> JSONValue {
        var object = JSONObject()
        object.append("units", .number(Double(unitCount)))
        object.append("construction", .string(weights.construction))
        object.append("standardisation", .string(weights.standardisation.rawValue))
        object.append("links", .number(Double(links)))
        object.append("density", .number(density))
        var neighbours = JSONObject()
        neighbours.append("min", .number(Double(minimumNeighbours)))
        neighbours.append("mean", .number(meanNeighbours))
        neighbours.append("max", .number(Double(maximumNeighbours)))
        object.append("neighbours", .object(neighbours))
        object.append("islands", .array(islands.map { .string($0) }))
        object.append("symmetric_input", .bool(inputIsSymmetric))
        object.append("symmetric", .bool(isSymmetric))
        var sums = JSONObject()
        sums.append("min", .number(minimumRowSum))
        sums.append("max", .number(maximumRowSum))
        object.append("row_sums", .object(sums))
        object.append("s0", .number(totalWeight))
        if let radius = weights.spectralRadius { object.append("spectral_radius", .number(radius)) }
        object.append("warnings", .array(warnings.map { .string($0) }))
        return .object(object)
    }
}

extension JSONValue {
    /// A number, or null when it is not finite (a statistic that cannot be computed, e.g. for a constant variable).
    static func finiteNumber(_ x: Double) -> JSONValue {
        x.isFinite ? .number(x) : .null
    }
}

extension PermutationInference {
    /// `{"replications","p_value","mean","sd","z"}`.
    var json: JSONValue {
        var object = JSONObject()
        object.append("replications", .number(Double(replications)))
        object.append("p_value", .finiteNumber(pValue))
        object.append("mean", .finiteNumber(mean))
        object.append("sd", .finiteNumber(standardDeviation))
        object.append("z", .finiteNumber(z))
        return .object(object)
    }
}

extension AutocorrelationTest {
    /// `{"statistic","expected","normal":{"variance","z","p_value"},"randomisation":{…},"permutation"?}`.
    var json: JSONValue {
        var object = JSONObject()
        object.append("statistic", .finiteNumber(statistic))
        object.append("expected", .finiteNumber(expected))
        for (name, variance, z, p) in [("normal", varianceNormal, zNormal, pNormal), ("randomisation", varianceRandomisation, zRandomisation, pRandomisation)] {
            var part = JSONObject()
            part.append("variance", .finiteNumber(variance))
            part.append("z", .finiteNumber(z))
            part.append("p_value", .finiteNumber(p))
            object.append(name, .object(part))
        }
        if let permutation { object.append("permutation", permutation.json) }
        return .object(object)
    }
}

/// `"options": {"replications": R, "seed": S}` of the spatial statistics: R permutations (whole number 0…100000,
/// default 0: no permutation inference) drawn from seed S (whole number 0…2⁵³ − 1, default 0).
struct PermutationOptions {
    var replications = 0
    var seed: UInt64 = 0

    init(_ spec: JSONObject, at location: String) throws(PanelError) {
        guard let options = try spec.object("options", at: location) else { return }
        let place = location + "/options"
        if let r = try options.number("replications", at: place) {
            guard r >= 0, r <= 100_000, r == r.rounded(.towardZero) else {
                throw PanelError(.invalidOption, "replications must be a whole number between 0 and 100000", at: place + "/replications")
            }
            replications = Int(r)
        }
        if let seed = try options.seed(at: place) { self.seed = seed }
    }
}

extension SpatialEffects {
    /// `{"inference", "replications"?, "discarded_draws"?, "direct": [rows], "indirect": [rows], "total": [rows]}`
    /// with coefficient rows (term = regressor).
    func json(level: Double) -> JSONValue {
        var object = JSONObject()
        object.append("inference", .string(inference.rawValue))
        if inference == .simulation {
            object.append("replications", .number(Double(replications)))
            object.append("discarded_draws", .number(Double(discardedDraws)))
        }
        for (name, effects) in [("direct", direct), ("indirect", indirect), ("total", total)] {
            let rows = SpatialCoefficients.rows(terms: terms, estimates: effects.map { $0.estimate },
                                                standardErrors: effects.map { $0.standardError }, level: level)
            object.append(name, .array(rows.map { $0.json }))
        }
        return .object(object)
    }
}
