extension DataTable {
    /// A table from the request form `{"columns": {"name": [values…]}}`: a column of numbers (and nulls for missing
    /// values) is numeric, a column of strings (and nulls) is text; anything else is `invalid_data`.
    public init(jsonColumns: JSONObject, at location: String) throws(PanelError) {
        try self.init(jsonColumns: jsonColumns, numericColumns: [:], at: location)
    }

    /// The same table when the reader has already read some members as numbers only (`numericColumns`: the doubles
    /// by member index, see `JSONReader.parse(_:capturingNumericArraysIn:)`); those members' tree values are unused.
    init(jsonColumns: JSONObject, numericColumns: [Int: [Double]], at location: String) throws(PanelError) {
        var columns: [DataColumn] = []
        for (index, member) in jsonColumns.members.enumerated() {
            if let numbers = numericColumns[index] {
                columns.append(DataColumn(name: member.key, values: .numeric(numbers)))
                continue
            }
            let place = location + "/" + member.key
            guard case .array(let items) = member.value else {
                throw PanelError(.invalidData, "column '\(member.key)' must be an array of values", at: place)
            }
            columns.append(DataColumn(name: member.key, values: try Self.columnValues(items, at: place)))
        }
        try self.init(columns: columns)
    }

    /// The kind of a column is that of its first non-null value; a value of another kind is an error at its index.
    private static func columnValues(_ items: [JSONValue], at place: String) throws(PanelError) -> DataColumn.Values {
        var isText = false
        if case .string? = items.first(where: { $0 != .null }) { isText = true }
        var numbers: [Double] = []
        var texts: [String?] = []
        if isText { texts.reserveCapacity(items.count) } else { numbers.reserveCapacity(items.count) }
        for (i, item) in items.enumerated() {
            switch (item, isText) {
            case (.null, true): texts.append(nil)
            case (.null, false): numbers.append(.nan)
            case (.string(let s), true): texts.append(s)
            case (.number(let x), false): numbers.append(x)
            default:
                throw PanelError(.invalidData, isText ? "a text column holds a value that is not a string"
                                                      : "values must be numbers, strings or null, one kind per column",
                                 at: "\(place)/\(i)")
            }
        }
        return isText ? .text(texts) : .numeric(numbers)
    }
}
