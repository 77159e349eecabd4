/// Z-scores: (x − mean) / sd with the sample standard deviation (divisor n − 1), over the whole column or within
/// each group (e.g. each period) — pandas `(x - x.mean()) / x.std()`, or the same under `groupby(...).transform`.
public enum Standardization {
    /// Standardizes `columns` over their observed values, within each group of `groupOf` (a group number per row)
    /// or over the whole column when nil; missing values stay missing. Reports per column the mean and sd used
    /// (without groups) and always the number of standardized values (`<col>.standardized`).
    /// Errors: `unknown_column`; `invalid_data` for a text or all-missing column, or a column (group) whose observed
    /// values have no variance (fewer than two values or all equal).
    public static func apply(_ table: DataTable, columns: [String], groupOf: [Int]?,
                             at location: String) throws(PanelError) -> (DataTable, StepReport) {
        let inputs = try PreparationColumns.numericValues(of: columns, in: table, step: "standardize", at: location)
        let groups = PreparationColumns.rowsByGroup(groupOf, rowCount: table.rowCount)
        var outputs: [[Double]] = []
        var counts: [(name: String, value: Double)] = []
        for (name, values) in zip(columns, inputs) {
            var scaled = values
            var standardized = 0
            var moments: (mean: Double, sd: Double)?
            for rows in groups {
                let observed = rows.filter { !values[$0].isNaN }
                guard !observed.isEmpty else { continue }
                let mean = observed.reduce(0.0) { $0 + values[$1] } / Double(observed.count)
                let squares = observed.reduce(0.0) { sum, row in
                    let deviation = values[row] - mean
                    return sum + deviation * deviation
                }
                let sd = (squares / Double(observed.count - 1)).squareRoot()
                guard observed.count > 1, sd > 0 else {
                    let scope = groupOf == nil ? "" : " in one of its groups"
                    throw PanelError(.invalidData, "column '\(name)' has no variance\(scope); it cannot be standardized", at: location)
                }
                for row in observed { scaled[row] = (values[row] - mean) / sd }
                standardized += observed.count
                moments = (mean, sd)
            }
            outputs.append(scaled)
            counts.append((name: name + ".standardized", value: Double(standardized)))
            if groupOf == nil, let moments {
                counts.append((name: name + ".mean", value: moments.mean))
                counts.append((name: name + ".sd", value: moments.sd))
            }
        }
        let scope = groupOf == nil ? "over all rows" : "within each of \(groups.count) groups"
        let report = StepReport(step: "standardize", columns: columns, counts: counts,
                                notes: ["(x - mean) / sd with sd on n - 1 degrees of freedom, " + scope])
        return (try PreparationColumns.replacing(columns, with: outputs, in: table), report)
    }
}
