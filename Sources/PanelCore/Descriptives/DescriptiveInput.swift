/// Checks shared by the descriptive tables: the requested columns exist, are numeric and hold only finite numbers
/// or missing values, and a percentile list is inside (0, 100).
enum DescriptiveInput {
    /// The values of the numeric column `name` (missing as NaN): `unknown_column` if absent, `invalid_data` if it is
    /// text or holds ±infinity.
    static func numericValues(_ table: DataTable, _ name: String, at location: String) throws(PanelError) -> [Double] {
        let column = try table.requireColumn(name, at: location)
        guard case .numeric(let values) = column.values else {
            throw PanelError(.invalidData, "column '\(name)' holds text; descriptive statistics need numbers", at: location)
        }
        guard values.allSatisfy({ $0.isFinite || $0.isNaN }) else {
            throw PanelError(.invalidData, "column '\(name)' holds an infinite value", at: location)
        }
        return values
    }

    /// The columns' values, after checking the list is not empty.
    static func numericColumns(_ table: DataTable, _ names: [String], at location: String) throws(PanelError) -> [[Double]] {
        guard !names.isEmpty else {
            throw PanelError(.invalidOption, "no columns were named", at: location)
        }
        var columns: [[Double]] = []
        for name in names { columns.append(try numericValues(table, name, at: location)) }
        return columns
    }

    /// Fails with `invalid_option` unless every percentile p satisfies 0 < p < 100.
    static func checkPercentiles(_ percentiles: [Double], at location: String) throws(PanelError) {
        for p in percentiles where !(p > 0 && p < 100) {
            throw PanelError(.invalidOption, "percentiles must lie strictly between 0 and 100", at: location)
        }
    }
}
