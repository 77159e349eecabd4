/// `estimator: "coupling_coordination"`: the coupling coordination degree of two or more subsystem columns
/// (`CouplingCoordination`; docs/abi/evolution.md) for every observation, range-normalised over the whole panel first
/// (`"normalise": true`, default) or taken as given in [0, 1], with the mean degree by period (and by `group`).
enum CouplingCoordinationRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let names = try spec.requireStrings("subsystems", at: location)
        guard names.count >= 2, Set(names).count == names.count else {
            throw PanelError(.invalidRequest, "'subsystems' lists at least two distinct columns", at: location + "/subsystems")
        }
        let weights = try self.weights(spec, count: names.count, at: location)
        var normalise = true
        if case .bool(let flag)? = spec["normalise"] { normalise = flag }
        let group = try spec.string("group", at: location)
        var columns = names.enumerated().map { (name: $0.element, location: location + "/subsystems/\($0.offset)") }
        if let group { columns.append((group, location + "/group")) }
        let data = try EvolutionRows(request, columns: columns, pooled: false, estimator: "coupling_coordination")
        var levels: [[Double]] = []
        for (k, name) in names.enumerated() {
            let place = location + "/subsystems/\(k)"
            let values = try data.numeric(name, at: place)
            if normalise {
                levels.append(try RangeNormalisation.normalised(values, positive: true, name: name, at: place))
            } else {
                if let bad = values.firstIndex(where: { $0 < 0 || $0 > 1 }) {
                    throw PanelError(.invalidData, "'\(name)' is \(values[bad].messageText) at data row \(data.dataRow(bad)): with \"normalise\": false the subsystems must lie in [0, 1]",
                                     at: place)
                }
                levels.append(values)
            }
        }
        let degrees = (0..<data.rows.count).map { k in CouplingCoordination(levels: levels.map { $0[k] }, weights: weights) }
        let groups = try group.map { (name) throws(PanelError) in try data.levels(name, at: location + "/group") }
        let units = try request.panel.map { (panel) throws(PanelError) in try data.levels(panel.idName, at: "/panel/id") }
        let summary = CoordinationSummary(degrees, samples: data.samples, groupOf: groups?.levelOf, groupCount: groups?.labels.count ?? 0)

        var object = JSONObject()
        object.append("estimator", .string("coupling_coordination"))
        object.append("subsystems", .array(names.map { .string($0) }))
        object.append("weights", .array(weights.map { .number($0) }))
        object.append("normalise", .bool(normalise))
        if let group { object.append("group", .string(group)) }
        object.append("observations", .array((0..<data.rows.count).map { k in
            var item = JSONObject()
            item.append("unit", units.map { .string($0.labels[$0.levelOf[k]]) } ?? .number(Double(data.dataRow(k))))
            item.append("period", data.timeOf.map { .number(Double($0[k])) } ?? .null)
            item.append("levels", .array(levels.map { .number($0[k]) }))
            append(degrees[k], to: &item)
            return .object(item)
        }))
        object.append("periods", .array(summary.periods.enumerated().map { s, mean in
            var item = JSONObject()
            item.append("period", data.samples.periods[s].map { .number(Double($0)) } ?? .null)
            append(mean, to: &item)
            if let groups {
                item.append("groups", .array(summary.groups[s].enumerated().filter { $0.element.count > 0 }.map { j, groupMean in
                    var entry = JSONObject()
                    entry.append("group", .string(groups.labels[j]))
                    append(groupMean, to: &entry)
                    return .object(entry)
                }))
            }
            return .object(item)
        }))
        object.append("rows_dropped", .number(Double(data.dropped)))
        var warnings = data.droppedWarning
        let undefined = degrees.filter { $0.coupling == nil }.count
        if undefined > 0 {
            warnings.append("\(undefined) observation\(undefined == 1 ? " has" : "s have") every subsystem at 0: C is undefined (null) there and D = 0")
        }
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            object.append("rendered", PublicationTable.renderings([CouplingCoordinationTable.table(summary, periods: data.samples.periods,
                                                                                                  groups: groups?.labels ?? [], subsystems: names)],
                                                                  formats: request.render))
        }
        return .object(object)
    }

    /// The given weights (non-negative, summing to 1 within 10⁻⁹) or equal ones.
    private static func weights(_ spec: JSONObject, count: Int, at location: String) throws(PanelError) -> [Double] {
        guard let weights = try spec.numbers("weights", at: location) else {
            return [Double](repeating: 1 / Double(count), count: count)
        }
        guard weights.count == count, weights.allSatisfy({ $0 >= 0 }), abs(weights.reduce(0, +) - 1) <= 1e-9 else {
            throw PanelError(.invalidOption, "'weights' gives one non-negative weight per subsystem (\(count)), summing to 1", at: location + "/weights")
        }
        return weights
    }

    private static func append(_ degree: CouplingCoordination, to object: inout JSONObject) {
        append(coupling: degree.coupling, development: degree.development, coordination: degree.coordination, to: &object)
    }

    private static func append(_ mean: CoordinationSummary.Mean, to object: inout JSONObject) {
        object.append("n", .number(Double(mean.count)))
        append(coupling: mean.coupling, development: mean.development, coordination: mean.coordination, to: &object)
    }

    /// C, T, D and the class of D (English and Chinese).
    private static func append(coupling: Double?, development: Double, coordination: Double, to object: inout JSONObject) {
        object.append("coupling", .optionalNumber(coupling))
        object.append("development", .number(development))
        object.append("coordination", .number(coordination))
        object.append("class", .string(CoordinationBand(coordination).name))
        object.append("class_zh", .string(CoordinationBand(coordination).chineseName))
    }
}
