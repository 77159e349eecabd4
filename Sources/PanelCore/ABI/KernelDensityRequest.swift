/// `estimator: "kernel_density"`: kernel density estimates of `variable` by period of the request's panel (and by
/// `group`), with each sample's shape summaries (`KernelDensityEvolution`, docs/abi/evolution.md).
enum KernelDensityRequest {
    static func run(_ spec: JSONObject, request: Request, at location: String) throws(PanelError) -> JSONValue {
        let (table, panel) = try EvolutionPanelData.read(request, estimator: "kernel_density", at: location)
        let variable = try spec.requireString("variable", at: location)
        let values = try table.requireNumeric(variable, at: location + "/variable")
        let groupName = try spec.string("group", at: location)
        let levels = try groupName.map { name throws(PanelError) in FactorLevels(try table.requireColumn(name, at: location + "/group")) }
        let kernel = KernelDensityKernel(rawValue: try spec.string("kernel", at: location) ?? "gaussian") ?? .gaussian
        let rule = try bandwidth(spec["bandwidth"], at: location + "/bandwidth")
        let points = Int(try spec.number("points", at: location) ?? 100)
        let range = try self.range(spec, at: location)
        let result = try KernelDensityEvolution(values, periodOf: panel.timeOf, groupOf: levels?.levelOf, groupLabels: levels?.labels ?? [],
                                                kernel: kernel, rule: rule, points: points, range: range, budget: request.budget,
                                                at: location)
        var object = JSONObject()
        object.append("estimator", .string("kernel_density"))
        object.append("variable", .string(variable))
        if let groupName { object.append("group", .string(groupName)) }
        object.append("kernel", .string(kernel.rawValue))
        object.append("bandwidth_rule", .string(rule.name))
        object.append("points", .number(Double(points)))
        object.append("samples", .array(result.samples.map { json($0) }))
        var warnings: [String] = []
        let missing = values.indices.filter { row in values[row].isNaN || levels.map { $0.levelOf[row] == nil } ?? false }.count
        if missing > 0 { warnings.append("\(missing) rows with a missing \(variable)\(groupName.map { " or " + $0 } ?? "") were left out") }
        for name in result.skipped { warnings.append("\(name) has fewer than two values: no density") }
        object.append("warnings", .array(warnings.map { .string($0) }))
        if let label = try spec.string("label", at: location) { object.append("label", .string(label)) }
        if !request.render.isEmpty {
            object.append("rendered", PublicationTable.renderings([KernelDensityTable.table(result, variable: variable)], formats: request.render))
        }
        return .object(object)
    }

    /// `"silverman"` (default), `"scott"` or a positive number (the schema has checked the type and names).
    private static func bandwidth(_ value: JSONValue?, at location: String) throws(PanelError) -> KernelDensityBandwidth {
        switch value {
        case .number(let h)?:
            guard h > 0 else { throw PanelError(.invalidOption, "a given bandwidth must be positive", at: location) }
            return .given(h)
        case .string("scott")?:
            return .scott
        default:
            return .silverman
        }
    }

    /// The evaluation range `[low, high]` with low < high, or nil (each sample's min − 3h … max + 3h).
    private static func range(_ spec: JSONObject, at location: String) throws(PanelError) -> (low: Double, high: Double)? {
        guard let bounds = try spec.numbers("range", at: location) else { return nil }
        guard bounds.count == 2, bounds[0] < bounds[1] else {
            throw PanelError(.invalidOption, "'range' is [low, high] with low < high", at: location + "/range")
        }
        return (bounds[0], bounds[1])
    }

    private static func json(_ sample: KernelDensitySample) -> JSONValue {
        var item = JSONObject()
        item.append("period", .number(Double(sample.period)))
        if let group = sample.group { item.append("group", .string(group)) }
        item.append("n", .number(Double(sample.count)))
        item.append("mean", .number(sample.mean))
        item.append("sd", .number(sample.standardDeviation))
        item.append("iqr", .number(sample.interquartileRange))
        item.append("skewness", .optionalNumber(sample.skewness))
        item.append("bandwidth", .number(sample.bandwidth))
        let peaks = sample.curve.peaks
        item.append("peak_count", .number(Double(peaks.count)))
        item.append("peaks", .array(peaks.map { peak in
            var entry = JSONObject()
            entry.append("location", .number(peak.location))
            entry.append("density", .number(peak.density))
            return .object(entry)
        }))
        item.append("grid", .array(sample.curve.grid.map { .number($0) }))
        item.append("density", .array(sample.curve.density.map { .number($0) }))
        return .object(item)
    }
}
