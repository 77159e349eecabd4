/// Winsorizing: within each group (e.g. each period) or over the whole column, values below the `lower` sample
/// percentile are set to it and values above the `upper` percentile are set to that; missing values stay missing.
/// Percentiles follow pandas `Series.quantile` (linear, type 7; see `SamplePercentile`), not Stata's `winsor2`.
public enum Winsorization {
    /// Winsorizes `columns` at the `lower` and `upper` percentiles (fractions, 0 ≤ lower < upper ≤ 1), computed on
    /// the observed values of each group of `groupOf` (a group number per row), or of the whole column when nil.
    /// Reports per column how many values were raised (`<col>.clipped_low`) and lowered (`<col>.clipped_high`), and,
    /// without groups, the bounds (`<col>.lower_bound`, `<col>.upper_bound`).
    /// Errors: `invalid_option` for percentiles out of range, `unknown_column`, `invalid_data` for a text or
    /// all-missing column.
    public static func apply(_ table: DataTable, columns: [String], lower: Double, upper: Double, groupOf: [Int]?,
                             at location: String) throws(PanelError) -> (DataTable, StepReport) {
        guard lower >= 0, lower < upper, upper <= 1 else {
            throw PanelError(.invalidOption, "winsorizing needs percentiles with 0 ≤ lower < upper ≤ 1 (fractions, e.g. 0.01 and 0.99)",
                             at: location)
        }
        let inputs = try PreparationColumns.numericValues(of: columns, in: table, step: "winsorize", at: location)
        let groups = PreparationColumns.rowsByGroup(groupOf, rowCount: table.rowCount)
        var outputs: [[Double]] = []
        var counts: [(name: String, value: Double)] = []
        for (name, values) in zip(columns, inputs) {
            var clipped = values
            var raised = 0
            var lowered = 0
            var bounds: (Double, Double)?
            for rows in groups {
                let observed = rows.map { values[$0] }.filter { !$0.isNaN }.sorted()
                guard !observed.isEmpty else { continue }
                let low = SamplePercentile.of(sorted: observed, p: lower)
                let high = SamplePercentile.of(sorted: observed, p: upper)
                bounds = (low, high)
                for row in rows where !values[row].isNaN {
                    if values[row] < low { clipped[row] = low; raised += 1 }
                    if values[row] > high { clipped[row] = high; lowered += 1 }
                }
            }
            outputs.append(clipped)
            counts.append((name: name + ".clipped_low", value: Double(raised)))
            counts.append((name: name + ".clipped_high", value: Double(lowered)))
            if groupOf == nil, let (low, high) = bounds {
                counts.append((name: name + ".lower_bound", value: low))
                counts.append((name: name + ".upper_bound", value: high))
            }
        }
        let scope = groupOf == nil ? "over all rows" : "within each of \(groups.count) groups"
        let report = StepReport(step: "winsorize", columns: columns, counts: counts,
                                notes: ["percentiles by linear interpolation (pandas Series.quantile, type 7) " + scope])
        return (try PreparationColumns.replacing(columns, with: outputs, in: table), report)
    }
}
