/// The frame shared by the steps that fill missing values (adjacent means, interpolation): input checks, the
/// per-column fill, and the report of how many values were filled and how many stay missing.
enum GapFilling {
    /// Replaces each of `columns` by `fill(values)`, which may only turn missing values into numbers, and reports
    /// `<col>.filled` and `<col>.still_missing`.
    static func apply(_ table: DataTable, columns: [String], step: String, note: String, at location: String,
                      fill: ([Double]) -> [Double]) throws(PanelError) -> (DataTable, StepReport) {
        let inputs = try PreparationColumns.numericValues(of: columns, in: table, step: step, at: location)
        var outputs: [[Double]] = []
        var counts: [(name: String, value: Double)] = []
        for (name, values) in zip(columns, inputs) {
            let filled = fill(values)
            let missingBefore = values.filter { $0.isNaN }.count
            let missingAfter = filled.filter { $0.isNaN }.count
            outputs.append(filled)
            counts.append((name: name + ".filled", value: Double(missingBefore - missingAfter)))
            counts.append((name: name + ".still_missing", value: Double(missingAfter)))
        }
        let report = StepReport(step: step, columns: columns, counts: counts, notes: [note])
        return (try PreparationColumns.replacing(columns, with: outputs, in: table), report)
    }
}
