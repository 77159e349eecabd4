/// A rectangular data set of named numeric and text columns, all of the same length — the `data` of a request.
public struct DataTable: Equatable {
    public private(set) var columns: [DataColumn]
    public let rowCount: Int

    /// A table from columns of equal length with distinct names.
    public init(columns: [DataColumn]) throws(PanelError) {
        let rowCount = columns.first?.count ?? 0
        var seen = Set<String>()
        for column in columns {
            guard column.count == rowCount else {
                throw PanelError(.invalidData,
                                 "column '\(column.name)' has \(column.count) values but '\(columns[0].name)' has \(rowCount)",
                                 at: "/data/columns/\(column.name)")
            }
            guard seen.insert(column.name).inserted else {
                throw PanelError(.invalidData, "column name '\(column.name)' appears twice", at: "/data/columns/\(column.name)")
            }
        }
        self.columns = columns
        self.rowCount = rowCount
    }

    public var columnNames: [String] { columns.map { $0.name } }

    /// The table with only the columns named (those it has), in its own order. They share their storage with this
    /// table; the others are released once no table holds them.
    public func keepingColumns(_ names: [String]) -> DataTable {
        var kept = self
        kept.columns = columns.filter { names.contains($0.name) }
        return kept
    }

    /// The column called `name`, if any.
    public func column(named name: String) -> DataColumn? {
        columns.first { $0.name == name }
    }

    /// The column called `name`, or an `unknown_column` error naming `location` and the closest column name (a
    /// different case, a typo, `ClosestName`).
    public func requireColumn(_ name: String, at location: String) throws(PanelError) -> DataColumn {
        guard let column = column(named: name) else {
            throw PanelError(.unknownColumn, "no column named '\(name)' in the data" + ClosestName.suggestion(for: name, among: columnNames),
                             at: location)
        }
        return column
    }
}
