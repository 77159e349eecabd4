/// The `"weights"` object of the spatial estimators, read against the request's data (docs/abi/spatial.md):
/// `"units"` (the unit column; default the panel id), exactly one of `"dense"` (rows of numbers), `"edges"`
/// (`[[id, id, w], …]`), `"coordinates"` (`{"lat": COLUMN, "lon": COLUMN}` with `"type": "inverse_distance"`,
/// `"power"`, `"cutoff_km"` or `"knn": k`) or `"attribute"` (a column; `"type": "economic_distance"`, `"power"`),
/// `"ids"` (matrix order of dense and edge weights; default the units' order of first appearance) and
/// `"standardise"` (`"row"` default, `"spectral"`, `"none"`).
struct SpatialWeightsRequest {
    static let members = ["units", "ids", "dense", "edges", "coordinates", "attribute", "type", "power", "cutoff_km", "knn", "standardise"]

    /// The standardised weights.
    let weights: SpatialWeights
    /// The weights index of each data row's unit (nil when the weights do not have it) and the unit's identifier.
    let unitOfRow: [Int?]
    let unitKeys: [String]

    init(_ spec: JSONObject, table: DataTable, panel: PanelIndex?, at location: String) throws(PanelError) {
        try spec.requireOnly(Self.members, at: location)
        guard let unitColumn = try spec.string("units", at: location) ?? panel?.idName else {
            throw PanelError(.invalidRequest, "name the unit column with \"units\" or give the request a \"panel\"", at: location + "/units")
        }
        let keys = try Self.unitKeys(table, column: unitColumn, at: location + "/units")
        var dataUnits: [String] = [], firstRow: [String: Int] = [:]
        for (row, key) in keys.enumerated() where firstRow[key] == nil {
            firstRow[key] = row
            dataUnits.append(key)
        }
        let sources = ["dense", "edges", "coordinates", "attribute"].filter { spec[$0] != nil }
        guard sources.count == 1 else {
            throw PanelError(.invalidRequest, "give exactly one of dense, edges, coordinates or attribute", at: location)
        }
        let ids = try Self.ids(spec, default: dataUnits, allowed: sources[0] == "dense" || sources[0] == "edges", at: location)
        try SpatialWeights.requireSize(units: ids.count, at: location)
        var index: [String: Int] = [:]
        for (k, id) in ids.enumerated() { index[id] = k }
        let raw: SpatialWeights
        switch sources[0] {
        case "dense":
            try Self.refuse(["type", "power", "cutoff_km", "knn"], in: spec, for: "dense", at: location)
            raw = try SpatialWeightsBuilder.dense(ids: ids, rows: try Self.denseRows(spec, at: location + "/dense"), at: location + "/dense")
        case "edges":
            try Self.refuse(["type", "power", "cutoff_km", "knn"], in: spec, for: "edge", at: location)
            raw = try SpatialWeightsBuilder.edges(ids: ids, edges: try Self.edges(spec, index: index, at: location + "/edges"), at: location + "/edges")
        case "coordinates":
            raw = try Self.coordinateWeights(spec, table: table, keys: keys, ids: ids, index: index, at: location)
        default:
            try Self.refuse(["knn", "cutoff_km"], in: spec, for: "attribute", at: location)
            guard (try spec.string("type", at: location) ?? "economic_distance") == "economic_distance" else {
                throw PanelError(.invalidOption, "attribute weights have \"type\": \"economic_distance\"", at: location + "/type")
            }
            let attribute = try spec.requireString("attribute", at: location)
            let means = try Self.unitMeans(try table.requireNumeric(attribute, at: location + "/attribute"), keys: keys, ids: ids,
                                           index: index, at: location + "/attribute")
            raw = try SpatialWeightsBuilder.economicDistance(ids: ids, means: means, power: try Self.power(spec, at: location), at: location + "/attribute")
        }
        let kind = try spec.string("standardise", at: location) ?? "row"
        guard let standardisation = SpatialWeights.Standardisation(rawValue: kind) else {
            throw PanelError(.invalidOption, "standardise is \"row\", \"spectral\" or \"none\"", at: location + "/standardise")
        }
        weights = try raw.standardised(standardisation, at: location + "/standardise")
        unitOfRow = keys.map { index[$0] }
        unitKeys = keys
    }

    /// The unit identifier of each data row: the text of `column`, numbers as the JSON writer writes them. Fails with
    /// `invalid_data` at `location` when a row has no unit.
    static func unitKeys(_ table: DataTable, column name: String, at location: String) throws(PanelError) -> [String] {
        let column = try table.requireColumn(name, at: location)
        var keys: [String] = []
        for row in 0..<table.rowCount {
            guard !column.isMissing(row) else {
                throw PanelError(.invalidData, "data row \(row + 1) has no unit ('\(name)')", at: location)
            }
            switch column.values {
            case .numeric(let values): keys.append(JSONWriter.formatNumber(values[row]))
            case .text(let values): keys.append(values[row] ?? "")
            }
        }
        return keys
    }

    private static func ids(_ spec: JSONObject, default dataUnits: [String], allowed: Bool, at location: String) throws(PanelError) -> [String] {
        guard let items = try spec.array("ids", at: location) else { return dataUnits }
        guard allowed else {
            throw PanelError(.invalidRequest, "'ids' orders a dense or edge matrix; coordinate and attribute weights follow the data", at: location + "/ids")
        }
        var ids: [String] = [], seen = Set<String>()
        for (k, item) in items.enumerated() {
            let id = try key(item, at: location + "/ids/\(k)")
            guard seen.insert(id).inserted else {
                throw PanelError(.invalidData, "unit '\(id)' is listed twice in ids", at: location + "/ids/\(k)")
            }
            ids.append(id)
        }
        return ids
    }

    /// A unit identifier given in the request: a string, or a number written as the JSON writer writes it.
    private static func key(_ item: JSONValue, at location: String) throws(PanelError) -> String {
        switch item {
        case .string(let text): return text
        case .number(let x): return JSONWriter.formatNumber(x)
        default: throw PanelError(.invalidRequest, "a unit identifier is a string or a number", at: location)
        }
    }

    private static func number(_ item: JSONValue, at location: String) throws(PanelError) -> Double {
        guard case .number(let x) = item else { throw PanelError(.invalidRequest, "expected a number", at: location) }
        return x
    }

    private static func denseRows(_ spec: JSONObject, at location: String) throws(PanelError) -> [[Double]] {
        guard case .array(let rows)? = spec["dense"] else { throw PanelError(.invalidRequest, "'dense' is an array of rows", at: location) }
        var result: [[Double]] = []
        for (i, row) in rows.enumerated() {
            guard case .array(let entries) = row else { throw PanelError(.invalidRequest, "each row of 'dense' is an array of numbers", at: location + "/\(i)") }
            var values: [Double] = []
            for (j, entry) in entries.enumerated() { values.append(try number(entry, at: location + "/\(i)/\(j)")) }
            result.append(values)
        }
        return result
    }

    private static func edges(_ spec: JSONObject, index: [String: Int], at location: String) throws(PanelError) -> [(from: Int, to: Int, weight: Double)] {
        guard case .array(let items)? = spec["edges"] else { throw PanelError(.invalidRequest, "'edges' is an array of [id, id, weight]", at: location) }
        var edges: [(from: Int, to: Int, weight: Double)] = []
        for (k, item) in items.enumerated() {
            guard case .array(let parts) = item, parts.count == 2 || parts.count == 3 else {
                throw PanelError(.invalidRequest, "each edge is [id, id] or [id, id, weight]", at: location + "/\(k)")
            }
            var ends: [Int] = []
            for part in parts.prefix(2) {
                let id = try key(part, at: location + "/\(k)")
                guard let unit = index[id] else {
                    throw PanelError(.invalidData, "edge \(k + 1) names unit '\(id)', which is not among the units", at: location + "/\(k)")
                }
                ends.append(unit)
            }
            edges.append((ends[0], ends[1], parts.count == 3 ? try number(parts[2], at: location + "/\(k)/2") : 1))
        }
        return edges
    }

    private static func coordinateWeights(_ spec: JSONObject, table: DataTable, keys: [String], ids: [String], index: [String: Int],
                                          at location: String) throws(PanelError) -> SpatialWeights {
        guard let coordinates = try spec.object("coordinates", at: location) else {
            throw PanelError(.invalidRequest, "'coordinates' is {\"lat\": COLUMN, \"lon\": COLUMN}", at: location + "/coordinates")
        }
        try coordinates.requireOnly(["lat", "lon"], at: location + "/coordinates")
        var perUnit: [[Double]] = []
        for axis in ["lat", "lon"] {
            let name = try coordinates.requireString(axis, at: location + "/coordinates")
            let values = try table.requireNumeric(name, at: location + "/coordinates/" + axis)
            var byUnit = [Double](repeating: .nan, count: ids.count)
            for (row, key) in keys.enumerated() {
                let unit = index[key]!
                guard byUnit[unit].isNaN || byUnit[unit] == values[row] else {
                    throw PanelError(.invalidData, "unit '\(key)' has two different values of '\(name)': coordinates must be constant within a unit",
                                     at: location + "/coordinates/" + axis)
                }
                byUnit[unit] = values[row]
            }
            perUnit.append(byUnit)
        }
        if let knn = try spec.number("knn", at: location) {
            try refuse(["type", "power", "cutoff_km"], in: spec, for: "knn", at: location)
            guard knn == knn.rounded(.towardZero), knn >= 1, knn < Double(ids.count) else {
                throw PanelError(.invalidOption, "knn must be a whole number between 1 and the number of units − 1 (\(ids.count - 1))", at: location + "/knn")
            }
            return try SpatialWeightsBuilder.nearestNeighbours(ids: ids, latitudes: perUnit[0], longitudes: perUnit[1], k: Int(knn), at: location + "/knn")
        }
        guard (try spec.string("type", at: location) ?? "inverse_distance") == "inverse_distance" else {
            throw PanelError(.invalidOption, "coordinate weights have \"type\": \"inverse_distance\" or \"knn\": k", at: location + "/type")
        }
        let cutoff = try spec.number("cutoff_km", at: location)
        if let cutoff, !(cutoff > 0) {
            throw PanelError(.invalidOption, "cutoff_km must be positive", at: location + "/cutoff_km")
        }
        return try SpatialWeightsBuilder.inverseDistance(ids: ids, latitudes: perUnit[0], longitudes: perUnit[1],
                                                         power: try power(spec, at: location), cutoffKm: cutoff, at: location + "/coordinates")
    }

    /// The mean of each unit's non-missing values (x̄_i over the periods).
    private static func unitMeans(_ values: [Double], keys: [String], ids: [String], index: [String: Int], at location: String) throws(PanelError) -> [Double] {
        var sums = [Double](repeating: 0, count: ids.count), counts = [Int](repeating: 0, count: ids.count)
        for (row, key) in keys.enumerated() where !values[row].isNaN {
            sums[index[key]!] += values[row]
            counts[index[key]!] += 1
        }
        if let empty = counts.firstIndex(of: 0) {
            throw PanelError(.invalidData, "unit '\(ids[empty])' has no value of the attribute", at: location)
        }
        return (0..<ids.count).map { sums[$0] / Double(counts[$0]) }
    }

    private static func power(_ spec: JSONObject, at location: String) throws(PanelError) -> Double {
        let power = try spec.number("power", at: location) ?? 1
        guard power > 0, power <= 10 else {
            throw PanelError(.invalidOption, "power must be in (0, 10]", at: location + "/power")
        }
        return power
    }

    private static func refuse(_ names: [String], in spec: JSONObject, for kind: String, at location: String) throws(PanelError) {
        for name in names where spec[name] != nil {
            throw PanelError(.invalidRequest, "'\(name)' does not apply to \(kind) weights", at: location + "/" + name)
        }
    }
}
