extension DataTable {
    /// A table from parsed CSV: a column is numeric when every non-missing field is a number (see `CellText`),
    /// otherwise text. Non-finite spellings and numbers beyond the range of a double are `invalid_data` errors
    /// naming the line and column.
    public init(csv: CSVTable) throws(PanelError) {
        var columns: [DataColumn] = []
        columns.reserveCapacity(csv.header.count)
        for (j, name) in csv.header.enumerated() {
            columns.append(try Self.readColumn(j, named: name, from: csv))
        }
        try self.init(columns: columns) { name in "/data/csv: line 1, column '" + name + "'" }
    }

    private static func readColumn(_ j: Int, named name: String, from csv: CSVTable) throws(PanelError) -> DataColumn {
        var numbers: [Double] = []
        numbers.reserveCapacity(csv.records.count)
        for (i, record) in csv.records.enumerated() {
            let field = record[j]
            if CellText.isMissing(field) {
                numbers.append(.nan)
            } else if let x = CellText.number(field) {
                guard x.isFinite else {
                    throw PanelError(.invalidData, "number '\(field)' in column '\(name)' is beyond the range of a double",
                                     at: "/data/csv: line \(csv.recordLines[i]), column '\(name)'")
                }
                numbers.append(x)
            } else if CellText.isNonFiniteSpelling(field) {
                throw PanelError(.invalidData, "'\(field)' in column '\(name)' is not a finite number; leave the cell empty for a missing value",
                                 at: "/data/csv: line \(csv.recordLines[i]), column '\(name)'")
            } else {
                return DataColumn(name: name, values: .text(csv.records.map { CellText.isMissing($0[j]) ? nil : $0[j] }))
            }
        }
        return DataColumn(name: name, values: .numeric(numbers))
    }
}
