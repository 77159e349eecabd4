extension DataTable {
    /// The table with `column` added, or replacing the column of the same name. It must have one value per row.
    public func setting(_ column: DataColumn) -> DataTable {
        precondition(column.count == rowCount, "a new column needs one value per row")
        var columns = self.columns
        if let index = columns.firstIndex(where: { $0.name == column.name }) {
            columns[index] = column
        } else {
            columns.append(column)
        }
        // Names stay distinct and lengths equal, so the checked initialiser cannot fail.
        return (try? DataTable(columns: columns)) ?? self
    }

    /// The numeric values of `name`, or `unknown_column` / `invalid_data` (a text column) at `location`.
    public func requireNumeric(_ name: String, at location: String) throws(PanelError) -> [Double] {
        guard case .numeric(let values) = try requireColumn(name, at: location).values else {
            throw PanelError(.invalidData, "column '\(name)' holds text; a numeric column is needed", at: location)
        }
        return values
    }
}
