/// `estimator: "lisa"`: local Moran's I of `variable` on `weights` for every period (or the one named by `"period"`),
/// one row per unit ready for a Moran scatter plot and a cluster map (esda `Moran_Local`; docs/abi/spatial.md).
enum LisaRequest {

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (weights, data) = try SpatialData.read(spec, request: request, at: location)
        let options = try PermutationOptions(spec, at: location)
        try SpatialData.requireSampleSize(weights.weights.unitCount, minimum: 3, for: "LISA", at: location + "/variable")
        try Replications.requireStorage(count: options.replications, valuesEach: weights.weights.unitCount, at: location + "/options/replications")
        var chosen = Array(data.values.periods.indices)
        if let period = try spec.number("period", at: location) {
            guard let k = data.values.periods.firstIndex(where: { $0.map { Double($0) } == period }) else {
                throw PanelError(.invalidOption, "the data have no period \(JSONWriter.formatNumber(period))", at: location + "/period")
            }
            chosen = [k]
        }
        var periods: [JSONValue] = []
        var text = ""
        var tables: [PublicationTable] = []
        for k in chosen {
            let values = data.values.values[k]
            let lisa = try LocalMoran(values, weights: weights.weights, replications: options.replications, seed: options.seed,
                                      executor: request.executor, budget: request.budget, shards: request.shards, at: location)
            var item = JSONObject()
            item.append("period", data.values.periods[k].map { .number(Double($0)) } ?? .null)
            item.append("units", .array(lisa.units.indices.map { i in
                let unit = lisa.units[i]
                var row = JSONObject()
                row.append("unit", .string(weights.weights.ids[i]))
                row.append("value", .number(values[i]))
                row.append("z", .finiteNumber(unit.z))
                row.append("spatial_lag", .finiteNumber(unit.spatialLag))
                row.append("statistic", .finiteNumber(unit.statistic))
                row.append("expected", .finiteNumber(unit.expected))
                row.append("variance", .finiteNumber(unit.variance))
                row.append("z_randomisation", .finiteNumber(unit.zRandomisation))
                row.append("p_randomisation", .finiteNumber(unit.pRandomisation))
                row.append("quadrant", .string(unit.quadrant.rawValue))
                if let permutation = unit.permutation { row.append("permutation", permutation.json) }
                return .object(row)
            }))
            periods.append(.object(item))
            text += LisaTable.text(lisa, ids: weights.weights.ids, variable: data.variable, period: data.values.periods[k], language: request.render.language)
            tables.append(LisaTable.table(lisa, ids: weights.weights.ids, variable: data.variable, period: data.values.periods[k]))
        }
        var object = JSONObject()
        object.append("estimator", .string("lisa"))
        object.append("variable", .string(data.variable))
        object.append("weights", SpatialWeightsSummary(weights.weights).json(weights.weights))
        object.append("periods", .array(periods))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        object.appendRenderings(request.render, text: { text }, tables: { tables })
        return .object(object)
    }
}
