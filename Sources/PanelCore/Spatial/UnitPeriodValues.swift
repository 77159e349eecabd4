/// A variable laid out for spatial statistics: for each period, one value per unit in the weights' order — a
/// balanced panel (or a single cross-section) with no missing value.
public struct UnitPeriodValues: Sendable {
    /// The periods in ascending order (one period, nil, for a cross-section without a time variable).
    public let periods: [Int?]
    /// values[t][i]: unit i (weights order) in period t.
    public let values: [[Double]]

    /// Reads `variable` for the weights' units; `unitOf` gives the weights index of each data row (nil when the
    /// row's unit is not in the weights), `timeOf` its period (nil without a panel). Fails with `invalid_data` when a
    /// row's unit is missing from the weights, a value is missing, or a unit lacks a period (unbalanced panel).
    public init(_ variable: [Double], unitOf: [Int?], unitKeys: [String], timeOf: [Int]?, weights: SpatialWeights,
                at location: String) throws(PanelError) {
        try self.init(variable, unitOf: unitOf, unitKeys: unitKeys, timeOf: timeOf, units: weights.ids, source: "the weights matrix",
                      purpose: "spatial statistics", at: location)
    }

    /// Reads `variable` for `units` (identifiers in layout order); `unitOf` gives the index of each data row's unit
    /// (nil when `source` — where the units come from — lacks it). Errors name `purpose` ("Markov chains need …").
    public init(_ variable: [Double], unitOf: [Int?], unitKeys: [String], timeOf: [Int]?, units: [String], source: String,
                purpose: String, at location: String) throws(PanelError) {
        var periods: [Int] = []
        if let timeOf { periods = Array(Set(timeOf)).sorted() }
        var periodIndex: [Int: Int] = [:]
        for (k, t) in periods.enumerated() { periodIndex[t] = k }
        let periodCount = max(periods.count, 1)
        var values = [[Double]](repeating: [Double](repeating: .nan, count: units.count), count: periodCount)
        for row in 0..<variable.count {
            guard let unit = unitOf[row] else {
                throw PanelError(.invalidData, "unit '\(unitKeys[row])' (data row \(row + 1)) is not in \(source)", at: location)
            }
            guard !variable[row].isNaN else {
                throw PanelError(.invalidData, "data row \(row + 1) has a missing value: \(purpose) need every unit in every period", at: location)
            }
            let t = timeOf.map { periodIndex[$0[row]]! } ?? 0
            guard values[t][unit].isNaN else {
                throw PanelError(.invalidData, "unit '\(units[unit])' appears twice\(timeOf == nil ? "; give a panel with a time variable" : " in one period")",
                                 at: location)
            }
            values[t][unit] = variable[row]
        }
        for t in 0..<periodCount {
            if let missing = values[t].firstIndex(where: { $0.isNaN }) {
                let when = periods.isEmpty ? "" : " in period \(periods[t])"
                throw PanelError(.invalidData, "unit '\(units[missing])' has no observation\(when): \(purpose) need a balanced panel",
                                 at: location)
            }
        }
        self.periods = periods.isEmpty ? [nil] : periods.map { Optional($0) }
        self.values = values
    }
}
