/// The summary-statistics table of a data section (seed 003 Table 2): one `VariableSummary` per column, over the
/// whole sample or per group, matching pandas `describe(percentiles=…)` and `groupby(…).describe(…)`.
///
/// Each column uses its own non-missing values (no listwise deletion across columns, as pandas and Stata's
/// `summarize` do). Errors: `unknown_column` for an absent column, `invalid_data` for a text column or one holding
/// ±infinity, `invalid_option` for an empty column list or a percentile outside (0, 100); all at `location`.
public enum SummaryStatistics {
    /// N (non-missing), mean, sd (n − 1), min, the requested percentiles (0 < p < 100), max of each column, pooled.
    public static func summarize(_ table: DataTable, columns: [String], percentiles: [Double],
                                 at location: String) throws(PanelError) -> [VariableSummary] {
        try DescriptiveInput.checkPercentiles(percentiles, at: location)
        let values = try DescriptiveInput.numericColumns(table, columns, at: location)
        return summaries(columns, values, rows: Array(0..<table.rowCount), percentiles: percentiles)
    }

    /// The same table for each group of the column `group` (text or numeric), groups in order of first appearance
    /// in the data; rows whose group is missing are left out. A numeric group is labelled by its shortest
    /// round-trip spelling ("2013", "0.5").
    public static func summarize(_ table: DataTable, columns: [String], percentiles: [Double], by group: String,
                                 at location: String) throws(PanelError) -> [(group: String, summaries: [VariableSummary])] {
        try DescriptiveInput.checkPercentiles(percentiles, at: location)
        let values = try DescriptiveInput.numericColumns(table, columns, at: location)
        let groupColumn = try table.requireColumn(group, at: location)
        let rows = (0..<table.rowCount).filter { !groupColumn.isMissing($0) }
        let groups = GroupIndex(groupColumn, rows: rows)
        var rowsOfGroup = [[Int]](repeating: [], count: groups.count)
        for (k, row) in rows.enumerated() { rowsOfGroup[groups.groupOf[k]].append(row) }
        return rowsOfGroup.map { groupRows in
            (group: label(groupColumn, row: groupRows[0]),
             summaries: summaries(columns, values, rows: groupRows, percentiles: percentiles))
        }
    }

    private static func summaries(_ names: [String], _ columns: [[Double]], rows: [Int],
                                  percentiles: [Double]) -> [VariableSummary] {
        zip(names, columns).map { name, column in
            VariableSummary(name: name, values: rows.map { column[$0] }.filter { !$0.isNaN }, percentiles: percentiles)
        }
    }

    private static func label(_ column: DataColumn, row: Int) -> String {
        switch column.values {
        case .numeric(let values): return JSONWriter.formatNumber(values[row])
        case .text(let values): return values[row] ?? ""
        }
    }
}
