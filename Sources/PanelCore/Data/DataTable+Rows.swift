extension DataTable {
    /// The table restricted to `rows` (table row indices, kept in the order given), every column kept.
    public func keepingRows(_ rows: [Int]) -> DataTable {
        let kept = columns.map { column -> DataColumn in
            switch column.values {
            case .numeric(let values): return DataColumn(name: column.name, values: .numeric(rows.map { values[$0] }))
            case .text(let values): return DataColumn(name: column.name, values: .text(rows.map { values[$0] }))
            }
        }
        // The columns keep their distinct names and now share the length rows.count, so the checked initialiser cannot fail.
        return (try? DataTable(columns: kept)) ?? self
    }
}
