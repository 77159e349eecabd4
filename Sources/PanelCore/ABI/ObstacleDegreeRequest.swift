/// `estimator: "obstacle_degree"`: the obstacle degree model (`ObstacleDegree`; docs/abi/evolution.md) of an index's
/// `indicators` (the index step's `{"name", "direction", "dimension"}`), weighted by the pooled entropy weights of
/// the index step (`EntropyWeighting`, with `shift`) or by given `weights`, averaged and ranked over the whole panel,
/// by period, and by `group` when given.
enum ObstacleDegreeRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let indicators = try IndexStep.indicators(spec, at: location)
        let group = try spec.string("group", at: location)
        let top = min(Int(try spec.number("top", at: location) ?? 5), indicators.count)
        var columns = indicators.enumerated().map { (name: $0.element.name, location: location + "/indicators/\($0.offset)/name") }
        if let group { columns.append((group, location + "/group")) }
        let data = try EvolutionRows(request, columns: columns, pooled: false, estimator: "obstacle_degree")
        var values: [[Double]] = []
        for column in columns.prefix(indicators.count) { values.append(try data.numeric(column.name, at: column.location)) }
        let (weights, normalised) = try weighting(spec, values: values, indicators: indicators, at: location)
        let model = ObstacleDegree(normalised: normalised, weights: weights)
        let dimensions = try IndicatorDimensions(indicators, required: false, at: location + "/indicators")
        func profile(_ observations: [Int]) -> ObstacleProfile {
            ObstacleProfile(model, observations: observations, indicatorCount: indicators.count, dimensionMembers: dimensions.members)
        }
        let groups = try group.map { (name) throws(PanelError) in try data.levels(name, at: location + "/group") }
        func byGroup(_ observations: [Int]) -> [ObstacleProfile] {
            guard let groups else { return [] }
            return groups.labels.indices.map { j in profile(observations.filter { groups.levelOf[$0] == j }) }
        }
        let overall = profile(Array(data.rows.indices))
        let periods = data.samples.members.map(profile)
        let groupProfiles = byGroup(Array(data.rows.indices))
        let names = ObstacleProfileNames(indicators: indicators.map { $0.name }, dimensions: dimensions.names, top: top)

        var object = JSONObject()
        object.append("estimator", .string("obstacle_degree"))
        object.append("weighting", .string(spec["weights"].map { $0 == .null ? "entropy" : "given" } ?? "entropy"))
        object.append("weights", .array(indicators.enumerated().map { j, indicator in
            var item = JSONObject()
            item.append("indicator", .string(indicator.name))
            item.append("direction", .string(indicator.positive ? "+" : "-"))
            item.append("dimension", indicator.dimension.map { .string($0) } ?? .null)
            item.append("weight", .number(weights[j]))
            return .object(item)
        }))
        if let group { object.append("group", .string(group)) }
        object.append("overall", names.json(overall))
        object.append("periods", .array(periods.enumerated().map { s, profile in
            var item = JSONObject()
            item.append("period", data.samples.periods[s].map { .number(Double($0)) } ?? .null)
            names.append(profile, to: &item)
            if let groups { item.append("groups", names.json(byGroup(data.samples.members[s]), labels: groups.labels)) }
            return .object(item)
        }))
        if let groups { object.append("groups", names.json(groupProfiles, labels: groups.labels)) }
        object.append("rows_dropped", .number(Double(data.dropped)))
        var warnings = data.droppedWarning
        let unobstructed = model.obstacles.filter { $0 == nil }.count
        if unobstructed > 0 {
            warnings.append("\(unobstructed) observation\(unobstructed == 1 ? " is" : "s are") at the best level of every weighted indicator:"
                            + " no obstacle, left out of the means")
        }
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            let stubs = data.samples.periods.map { $0.map { String($0) } ?? "all" }
            object.append("rendered", PublicationTable.renderings(ObstacleDegreeTables.tables(
                names, overall: overall, periods: Array(zip(stubs, periods)),
                groups: groups.map { Array(zip($0.labels, groupProfiles)) } ?? []), formats: request.render))
        }
        return .object(object)
    }

    /// The factor contributions F_j and the range-normalised indicators: given `weights` (non-negative, not all 0)
    /// or the pooled entropy weights with the index step's `shift`.
    private static func weighting(_ spec: JSONObject, values: [[Double]], indicators: [IndexIndicator],
                                  at location: String) throws(PanelError) -> (weights: [Double], normalised: [[Double]]) {
        guard let given = try spec.numbers("weights", at: location) else {
            var options = EntropyIndex.Options()
            options.shift = try spec.number("shift", at: location) ?? options.shift
            let entropy = try EntropyWeighting(values, indicators: indicators, options: options, at: location + "/indicators")
            return (entropy.table.map { $0.weight }, entropy.blocks[0].normalised)
        }
        guard given.count == indicators.count, given.allSatisfy({ $0 >= 0 }), given.contains(where: { $0 > 0 }) else {
            throw PanelError(.invalidOption, "'weights' gives one non-negative weight per indicator (\(indicators.count)), not all 0",
                             at: location + "/weights")
        }
        guard values[0].count >= 2 else {
            throw PanelError(.noObservations, "the obstacle degree needs at least two observations", at: location + "/indicators")
        }
        var normalised: [[Double]] = []
        for (j, indicator) in indicators.enumerated() {
            normalised.append(try RangeNormalisation.normalised(values[j], positive: indicator.positive, name: indicator.name,
                                                                at: location + "/indicators/\(j)/name"))
        }
        return (given, normalised)
    }
}
