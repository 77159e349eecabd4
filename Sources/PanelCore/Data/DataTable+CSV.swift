extension DataTable {
    /// A table from CSV already split into strings: a column is numeric when every non-missing field is a number
    /// (see `CellText`), otherwise text. Non-finite spellings and numbers beyond the range of a double are
    /// `invalid_data` errors naming the line and column. `DataTable(csvText:at:)` reads CSV bytes to the same table
    /// without the strings.
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
            switch CellText.reading(record[j], column: name, line: csv.recordLines[i]) {
            case .missing: numbers.append(.nan)
            case .number(let x): numbers.append(x)
            case .invalid(let error): throw error
            case .text:
                return DataColumn(name: name, values: .text(csv.records.map { CellText.isMissing($0[j]) ? nil : $0[j] }))
            }
        }
        return DataColumn(name: name, values: .numeric(numbers))
    }
}
