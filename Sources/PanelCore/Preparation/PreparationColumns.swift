/// The input checks and table rebuilding shared by the preparation steps.
enum PreparationColumns {
    /// The numeric values of each named column, in the order given. Fails with `invalid_option` for an empty or
    /// repeating list, `unknown_column` for a name the table lacks, and `invalid_data` for a text column or a
    /// column with no observed value; every error names `location` and the column.
    static func numericValues(of names: [String], in table: DataTable, step: String,
                              at location: String) throws(PanelError) -> [[Double]] {
        guard !names.isEmpty else {
            throw PanelError(.invalidOption, "the \(step) step needs at least one column", at: location)
        }
        var seen = Set<String>()
        var result: [[Double]] = []
        for name in names {
            guard seen.insert(name).inserted else {
                throw PanelError(.invalidOption, "column '\(name)' is listed twice in the \(step) step", at: location)
            }
            let column = try table.requireColumn(name, at: location)
            guard case .numeric(let values) = column.values else {
                throw PanelError(.invalidData, "column '\(name)' is text; the \(step) step needs numbers", at: location)
            }
            guard values.contains(where: { !$0.isNaN }) else {
                throw PanelError(.invalidData, "column '\(name)' has no observed value", at: location)
            }
            result.append(values)
        }
        return result
    }

    /// `table` with the numeric values of the columns `names` replaced by `values` (same order, same lengths).
    static func replacing(_ names: [String], with values: [[Double]], in table: DataTable) throws(PanelError) -> DataTable {
        var columns = table.columns
        for (name, newValues) in zip(names, values) {
            guard let j = columns.firstIndex(where: { $0.name == name }) else { continue }
            precondition(newValues.count == table.rowCount, "a preparation step changed the number of rows")
            columns[j].values = .numeric(newValues)
        }
        return try DataTable(columns: columns)
    }

    /// The rows of each group, groups in order of first appearance; one group of all rows when `groupOf` is nil.
    static func rowsByGroup(_ groupOf: [Int]?, rowCount: Int) -> [[Int]] {
        guard let groupOf else { return [Array(0..<rowCount)] }
        precondition(groupOf.count == rowCount, "groupOf must give a group for every table row")
        var slot: [Int: Int] = [:]
        var groups: [[Int]] = []
        for (row, group) in groupOf.enumerated() {
            if let k = slot[group] {
                groups[k].append(row)
            } else {
                slot[group] = groups.count
                groups.append([row])
            }
        }
        return groups
    }
}
