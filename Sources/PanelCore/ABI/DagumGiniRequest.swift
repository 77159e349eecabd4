/// `estimator: "dagum_gini"`: the Gini coefficient of `variable` and its Dagum (1997) decomposition by the groups of
/// `group` (within, net between, transvariation), by period (`"by": "period"`, default) or pooled
/// (`DagumGini`; docs/abi/evolution.md). Rows missing the variable or the group are dropped and counted.
enum DagumGiniRequest {
    /// Most groups accepted: the result lists k(k − 1)/2 group pairs per sample.
    static let maximumGroups = 200

    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let variable = try spec.requireString("variable", at: location)
        let group = try spec.requireString("group", at: location)
        let by = try spec.string("by", at: location) ?? "period"
        let data = try EvolutionRows(request, columns: [(variable, location + "/variable"), (group, location + "/group")],
                                     pooled: by == "pooled", estimator: "dagum_gini")
        let values = try data.numeric(variable, at: location + "/variable")
        if let k = values.firstIndex(where: { $0 < 0 }) {
            throw PanelError(.invalidData, "'\(variable)' is negative at data row \(data.dataRow(k)): the Gini coefficient needs non-negative values",
                             at: location + "/variable")
        }
        let (labels, groupOf) = try data.levels(group, at: location + "/group")
        guard labels.count >= 2 else {
            throw PanelError(.invalidData, "'\(group)' has a single group ('\(labels[0])'): the decomposition needs at least two", at: location + "/group")
        }
        guard labels.count <= maximumGroups else {
            throw PanelError(.tooLarge, "'\(group)' has \(labels.count) groups; the decomposition takes at most \(maximumGroups)", at: location + "/group")
        }
        var results: [DagumGini] = []
        for (s, members) in data.samples.members.enumerated() {
            var byGroup = [[Double]](repeating: [], count: labels.count)
            for k in members { byGroup[groupOf[k]].append(values[k]) }
            if let absent = byGroup.firstIndex(where: { $0.isEmpty }) {
                throw PanelError(.invalidData, "group '\(labels[absent])' has no observation\(data.samples.place(s)): the decomposition needs every group in every sample",
                                 at: location + "/group")
            }
            guard members.contains(where: { values[$0] > 0 }) else {
                throw PanelError(.invalidData, "'\(variable)' is 0 throughout\(data.samples.place(s)): the Gini coefficient needs a positive mean",
                                 at: location + "/variable")
            }
            results.append(DagumGini(byGroup))
        }
        var object = JSONObject()
        object.append("estimator", .string("dagum_gini"))
        object.append("variable", .string(variable))
        object.append("group", .string(group))
        object.append("by", .string(by))
        object.append("groups", .array(labels.map { .string($0) }))
        object.append("samples", .array(zip(data.samples.periods, results).map { json($0.1, period: $0.0, labels: labels) }))
        object.append("rows_dropped", .number(Double(data.dropped)))
        object.append("warnings", .array((data.droppedWarning + warnings(results, labels: labels, variable: variable)).map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            object.append("rendered", PublicationTable.renderings(DagumGiniTables.tables(results, periods: data.samples.periods, labels: labels,
                                                                                         variable: variable, group: group),
                                                                  formats: request.render))
        }
        return .object(object)
    }

    private static func json(_ result: DagumGini, period: Int?, labels: [String]) -> JSONValue {
        var sample = JSONObject()
        sample.append("period", period.map { .number(Double($0)) } ?? .null)
        sample.append("n", .number(Double(result.count)))
        sample.append("mean", .number(result.mean))
        sample.append("gini", .number(result.gini))
        sample.append("within", .number(result.within))
        sample.append("net_between", .number(result.netBetween))
        sample.append("transvariation", .number(result.transvariation))
        if let shares = result.shares {
            sample.append("shares", .object(JSONObject([.init(key: "within", value: .number(shares.within)),
                                                        .init(key: "net_between", value: .number(shares.netBetween)),
                                                        .init(key: "transvariation", value: .number(shares.transvariation))])))
        } else {
            sample.append("shares", .null)
        }
        sample.append("groups", .array(zip(labels, result.groups).map { label, group in
            var item = JSONObject()
            item.append("group", .string(label))
            item.append("n", .number(Double(group.count)))
            item.append("mean", .number(group.mean))
            item.append("gini", .optionalNumber(group.gini))
            return .object(item)
        }))
        sample.append("pairs", .array(result.pairs.map { pair in
            var item = JSONObject()
            item.append("groups", .array([.string(labels[pair.first]), .string(labels[pair.second])]))
            item.append("gini", .optionalNumber(pair.gini))
            item.append("relative_affluence", .number(pair.relativeAffluence))
            return .object(item)
        }))
        return .object(sample)
    }

    /// One warning per kind of degenerate sample: single-observation groups (G_jj = 0), all-zero groups (G_jj
    /// null) and a constant variable (G = 0, shares null).
    private static func warnings(_ results: [DagumGini], labels: [String], variable: String) -> [String] {
        var warnings: [String] = []
        for (j, label) in labels.enumerated() {
            if results.contains(where: { $0.groups[j].count == 1 }) {
                warnings.append("group '\(label)' has a single observation in some sample: its within-group Gini is 0 there")
            }
            if results.contains(where: { $0.groups[j].gini == nil }) {
                warnings.append("group '\(label)' is 0 throughout in some sample: its within-group Gini is null there")
            }
        }
        if results.contains(where: { $0.shares == nil }) {
            warnings.append("'\(variable)' is constant in some sample: G = 0 there and its contribution shares are null")
        }
        return warnings
    }
}
