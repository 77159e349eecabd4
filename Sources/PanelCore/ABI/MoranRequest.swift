/// `estimator: "moran"`: global Moran's I and Geary's C of `variable` on `weights` (SpatialWeightsRequest), by period
/// (`"by": "period"`, default — seed 003 Table 7) or pooled over the periods (`"by": "pooled"`), with normal,
/// randomisation and permutation inference (esda `Moran`, `Geary`; docs/abi/spatial.md).
enum MoranRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (weights, data) = try SpatialData.read(spec, request: request, at: location)
        let by = try spec.string("by", at: location) ?? "period"
        guard by == "period" || by == "pooled" else {
            throw PanelError(.invalidOption, "by is \"period\" or \"pooled\"", at: location + "/by")
        }
        let options = try PermutationOptions(spec, at: location)
        let sampleSize = weights.weights.unitCount * (by == "pooled" ? data.values.periods.count : 1)
        try SpatialData.requireSampleSize(sampleSize, minimum: 4, for: "Moran's I with Geary's C", at: location + "/variable")
        // Each replication keeps Moran's I and Geary's C of every sample.
        try Replications.requireStorage(count: options.replications, valuesEach: 2 * (by == "pooled" ? 1 : data.values.periods.count),
                                        at: location + "/options/replications")
        let result = try SpatialAutocorrelation(data.values, weights: weights.weights, pooled: by == "pooled",
                                                replications: options.replications, seed: options.seed, executor: request.executor,
                                                budget: request.budget, shards: request.shards, at: location)
        var object = JSONObject()
        object.append("estimator", .string("moran"))
        object.append("variable", .string(data.variable))
        object.append("by", .string(by))
        object.append("weights", SpatialWeightsSummary(weights.weights).json(weights.weights))
        object.append("samples", .array(result.samples.map { sample in
            var item = JSONObject()
            item.append("period", sample.period.map { .number(Double($0)) } ?? .null)
            item.append("n", .number(Double(sample.unitCount)))
            item.append("moran", sample.moran.json)
            item.append("geary", sample.geary.json)
            return .object(item)
        }))
        var warnings: [String] = []
        if result.samples.contains(where: { !$0.moran.statistic.isFinite }) {
            warnings.append("the variable is constant in some sample: its statistics are null")
        }
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            object.append("rendered", PublicationTable.renderings([MoranTable.table(result, variable: data.variable)], formats: request.render))
        }
        return .object(object)
    }
}
