/// Adjacent-year mean imputation (seed paper 003, section 4.3.2): a missing value of a unit in year t gets the mean
/// (a + b) / 2 of the same unit's values in years t − 1 and t + 1, when both of those rows exist and are observed.
/// Neighbours are found by time, not by row position (a unit without a row for t − 1 gets no fill), and only
/// originally observed values are used, so runs of two or more missing years stay missing.
public enum AdjacentMeanImputation {
    /// Fills `columns` as described above; reports `<col>.filled` and `<col>.still_missing`.
    /// Errors: `unknown_column`; `invalid_data` for a text or all-missing column.
    public static func apply(_ table: DataTable, columns: [String], panel: PanelIndex,
                             at location: String) throws(PanelError) -> (DataTable, StepReport) {
        let previous = panel.shiftedRows(by: 1)
        let next = panel.shiftedRows(by: -1)
        return try GapFilling.apply(table, columns: columns, step: "impute_adjacent_mean",
                                    note: "a missing year takes the mean of the unit's previous and next year when both are observed",
                                    at: location) { values in
            var filled = values
            for row in values.indices where values[row].isNaN {
                guard let before = previous[row], let after = next[row],
                      !values[before].isNaN, !values[after].isNaN else { continue }
                filled[row] = (values[before] + values[after]) / 2
            }
            return filled
        }
    }
}
