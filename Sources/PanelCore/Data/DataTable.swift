/// A rectangular data set of named numeric and text columns, all of the same length — the `data` of a request.
public struct DataTable: Equatable {
    public private(set) var columns: [DataColumn]
    public let rowCount: Int
    /// The position of each column by name, so a lookup costs the same for the first and the ten-thousandth column.
    private var positions: [String: Int]

    /// A table from columns of equal length with distinct names; an error is placed where `place(name)` says the
    /// request declares that column (`/data/columns/NAME` by default; a CSV header cell for CSV data).
    public init(columns: [DataColumn], placeOfColumn place: (String) -> String = { "/data/columns/" + $0 }) throws(PanelError) {
        let rowCount = columns.first?.count ?? 0
        var positions: [String: Int] = [:]
        for (position, column) in columns.enumerated() {
            guard column.count == rowCount else {
                throw PanelError(.invalidData,
                                 "column '\(column.name)' has \(column.count) values but '\(columns[0].name)' has \(rowCount)",
                                 at: place(column.name))
            }
            guard positions.updateValue(position, forKey: column.name) == nil else {
                throw PanelError(.invalidData, "column name '\(column.name)' appears twice", at: place(column.name))
            }
        }
        self.columns = columns
        self.rowCount = rowCount
        self.positions = positions
    }

    public var columnNames: [String] { columns.map { $0.name } }

    /// The table with only the columns named (those it has), in its own order. They share their storage with this
    /// table; the others are released once no table holds them.
    public func keepingColumns(_ names: [String]) -> DataTable {
        let wanted = Set(names)
        var kept = self
        kept.columns = columns.filter { wanted.contains($0.name) }
        kept.positions = [:]
        for (position, column) in kept.columns.enumerated() { kept.positions[column.name] = position }
        return kept
    }

    /// The column called `name`, if any.
    public func column(named name: String) -> DataColumn? {
        positions[name].map { columns[$0] }
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
