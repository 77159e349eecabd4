/// Linear interpolation within each unit over time, interior gaps only: a missing value at time t between the
/// unit's nearest observed values (t₀, x₀) and (t₁, x₁) becomes x₀ + (x₁ − x₀)/(t₁ − t₀)·(t − t₀), weighting by the
/// actual times (rows absent from the panel widen the gap). Values before a unit's first or after its last observed
/// value stay missing. Matches pandas `interpolate(method="index", limit_area="inside")` on each unit indexed by time.
public enum LinearInterpolation {
    /// Interpolates `columns` as described above; reports `<col>.filled` and `<col>.still_missing`.
    /// Errors: `unknown_column`; `invalid_data` for a text or all-missing column.
    public static func apply(_ table: DataTable, columns: [String], panel: PanelIndex,
                             at location: String) throws(PanelError) -> (DataTable, StepReport) {
        let series = rowsOfEachUnitByTime(panel)
        return try GapFilling.apply(table, columns: columns, step: "interpolate",
                                    note: "linear in time within each unit, interior gaps only (no extrapolation)",
                                    at: location) { values in
            var filled = values
            for rows in series {
                var lastObserved: Int?
                for (position, row) in rows.enumerated() where !values[row].isNaN {
                    if let start = lastObserved, start + 1 < position {
                        fill(rows[(start + 1)..<position], between: rows[start], and: row,
                             values: values, times: panel.timeOf, into: &filled)
                    }
                    lastObserved = position
                }
            }
            return filled
        }
    }

    /// Each unit's rows in increasing time.
    private static func rowsOfEachUnitByTime(_ panel: PanelIndex) -> [[Int]] {
        var series = [[Int]](repeating: [], count: panel.unitCount)
        for (row, unit) in panel.unitOf.enumerated() { series[unit].append(row) }
        return series.map { rows in rows.sorted { panel.timeOf[$0] < panel.timeOf[$1] } }
    }

    /// Fills `gap` (missing rows) on the line through the observed rows `start` and `end`, in NumPy `interp`'s order.
    private static func fill(_ gap: ArraySlice<Int>, between start: Int, and end: Int, values: [Double], times: [Int],
                             into filled: inout [Double]) {
        let t0 = times[start]
        let slope = (values[end] - values[start]) / Double(times[end] - t0)
        for row in gap {
            filled[row] = slope * Double(times[row] - t0) + values[start]
        }
    }
}
