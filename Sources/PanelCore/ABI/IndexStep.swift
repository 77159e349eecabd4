/// `{"step": "index", "method": "entropy" | "topsis" | "pca", "column": NAME, "indicators": [{"name": …,
/// "direction": "+" | "-", "dimension": …} or "name:+:dimension"], "by": COLUMN?, "shift": 0.0001, "hierarchical": false, "retain": "kaiser"}`:
/// builds a composite index (entropy weights, TOPSIS with entropy weights, or the principal-component index) into a new
/// column that later steps and models can use. Rows missing any indicator get a missing score (counted in the report).
/// The report carries the weight table in the layout of seed 003's Table 1 (dimension, indicator, direction, entropy,
/// weight) and, for PCA, the eigenvalues, the explained variance shares and the loadings of the kept components.
enum IndexStep {
    static func apply(_ spec: JSONObject, to table: DataTable, render: RenderFormats, at location: String) throws(PanelError) -> (DataTable, JSONValue) {
        let method = try spec.requireString("method", at: location)
        let name = try spec.requireString("column", at: location)
        let indicators = try self.indicators(spec, at: location)
        var columns: [[Double]] = []
        for (k, indicator) in indicators.enumerated() {
            columns.append(try table.requireNumeric(indicator.name, at: location + "/indicators/\(k)/name"))
        }
        let complete = (0..<table.rowCount).filter { row in columns.allSatisfy { !$0[row].isNaN } }
        guard complete.count >= 2 else {
            throw PanelError(.noObservations, "fewer than 2 rows have every indicator", at: location + "/indicators")
        }
        let values = columns.map { column in complete.map { column[$0] } }
        var options = EntropyIndex.Options()
        if let shift = try spec.number("shift", at: location) {
            guard shift >= 0, shift < 1 else { throw PanelError(.invalidOption, "shift must be in [0, 1)", at: location + "/shift") }
            options.shift = shift
        }
        options.groupOf = try PreparationSteps.groups(spec, table: table, at: location).map { groups in complete.map { groups[$0] } }
        if case .bool(let hierarchical)? = spec["hierarchical"] { options.hierarchical = hierarchical }
        var report = JSONObject()
        report.append("step", .string("index"))
        report.append("method", .string(method))
        report.append("column", .string(name))
        let index: CompositeIndex
        switch method {
        case "entropy": index = try EntropyIndex.compute(values, indicators: indicators, options: options, at: location)
        case "topsis": index = try TopsisEntropyIndex.compute(values, indicators: indicators, options: options, at: location)
        case "pca":
            let pca = try PrincipalComponentIndex.compute(values, indicators: indicators, retain: try retain(spec, at: location), at: location)
            index = pca.index
            report.append("eigenvalues", .array(pca.eigenvalues.map { .number($0) }))
            report.append("explained", .array(pca.explained.map { .number($0) }))
            report.append("loadings", .array((0..<pca.loadings.rows).map { i in
                var row = JSONObject()
                row.append("indicator", .string(indicators[i].name))
                row.append("components", .array((0..<pca.loadings.columns).map { .number(pca.loadings[i, $0]) }))
                return .object(row)
            }))
        default:
            throw PanelError(.invalidOption, "index method must be \"entropy\", \"topsis\" or \"pca\"", at: location + "/method")
        }
        var scores = [Double](repeating: .nan, count: table.rowCount)
        for (position, row) in complete.enumerated() { scores[row] = index.scores[position] }
        report.append("rows_scored", .number(Double(complete.count)))
        report.append("rows_missing", .number(Double(table.rowCount - complete.count)))
        report.append("weights", .array(index.weights.map { $0.json }))
        if !index.dimensionWeights.isEmpty {
            var dimensions = JSONObject()
            for entry in index.dimensionWeights { dimensions.append(entry.dimension, .number(entry.weight)) }
            report.append("dimension_weights", .object(dimensions))
        }
        report.append("notes", .array(index.notes.map { .string($0) }))
        if !render.isEmpty {
            let weights = IndexWeightTable.table(index, title: "Index \(name) (\(method)): indicator weights")
            report.append("rendered", PublicationTable.renderings([weights], formats: render))
        }
        return (table.setting(DataColumn(name: name, values: .numeric(scores))), .object(report))
    }

    /// The `indicators` member: at least two `{"name", "direction": "+" | "-", "dimension"}` (also read by `obstacle_degree`).
    static func indicators(_ spec: JSONObject, at location: String) throws(PanelError) -> [IndexIndicator] {
        guard let items = try spec.array("indicators", at: location), items.count >= 2 else {
            throw PanelError(.invalidRequest, "'indicators' must list at least two indicators", at: location + "/indicators")
        }
        var indicators: [IndexIndicator] = []
        for (k, item) in items.enumerated() {
            let place = location + "/indicators/\(k)"
            if case .string(let text) = item {
                indicators.append(try indicator(text, at: place))
                continue
            }
            guard case .object(let object) = item else {
                throw PanelError(.invalidRequest, "an indicator is \"name:+:dimension\" or {\"name\": …, \"direction\": \"+\" or \"-\", \"dimension\": …}", at: place)
            }
            try object.requireOnly(["name", "direction", "dimension"], at: place)
            let direction = try object.string("direction", at: place) ?? "+"
            guard direction == "+" || direction == "-" else {
                throw PanelError(.invalidOption, "direction must be \"+\" (positive) or \"-\" (negative), not '\(direction)'", at: place + "/direction")
            }
            indicators.append(IndexIndicator(name: try object.requireString("name", at: place), positive: direction == "+",
                                             dimension: try object.string("dimension", at: place)))
        }
        return indicators
    }

    /// The indicator written `name`, `name:+`, `name:-` or `name:+:dimension` (`+`: larger is better).
    private static func indicator(_ text: String, at location: String) throws(PanelError) -> IndexIndicator {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 3, !parts[0].isEmpty, parts.count < 2 || parts[1] == "+" || parts[1] == "-" else {
            throw PanelError(.invalidOption, "an indicator is 'name', 'name:+', 'name:-' or 'name:+:dimension', not '\(text)'", at: location)
        }
        return IndexIndicator(name: parts[0], positive: parts.count < 2 || parts[1] == "+", dimension: parts.count > 2 ? parts[2] : nil)
    }

    private static func retain(_ spec: JSONObject, at location: String) throws(PanelError) -> PrincipalComponentIndex.Retain {
        switch spec["retain"] {
        case nil, .string("kaiser")?: return .kaiser
        case .number(let x)? where x >= 1 && x == x.rounded(.towardZero) && x <= 1000: return .count(Int(x))
        case .number(let x)? where x > 0 && x < 1: return .cumulativeShare(x)
        default:
            throw PanelError(.invalidOption, "retain is \"kaiser\", a number of components, or a cumulative share in (0, 1)", at: location + "/retain")
        }
    }
}

extension IndicatorWeight {
    var json: JSONValue {
        var object = JSONObject()
        object.append("dimension", dimension.map { .string($0) } ?? .null)
        object.append("indicator", .string(indicator))
        object.append("direction", .string(positive ? "+" : "-"))
        object.append("entropy", .optionalNumber(entropy))
        object.append("divergence", .optionalNumber(divergence))
        object.append("weight", .number(weight))
        return .object(object)
    }
}
