extension DataTable {
    /// A table from the request form `{"columns": {"name": [values…]}}`: a column of numbers (and nulls for missing
    /// values) is numeric, a column of strings (and nulls) is text; anything else is `invalid_data`.
    public init(jsonColumns: JSONObject, at location: String) throws(PanelError) {
        var columns: [DataColumn] = []
        for member in jsonColumns.members {
            let place = location + "/" + member.key
            guard case .array(let items) = member.value else {
                throw PanelError(.invalidData, "column '\(member.key)' must be an array of values", at: place)
            }
            columns.append(DataColumn(name: member.key, values: try Self.columnValues(items, at: place)))
        }
        try self.init(columns: columns)
    }

    private static func columnValues(_ items: [JSONValue], at place: String) throws(PanelError) -> DataColumn.Values {
        let hasText = items.contains { if case .string = $0 { return true } else { return false } }
        if hasText {
            var texts: [String?] = []
            texts.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                switch item {
                case .string(let s): texts.append(s)
                case .null: texts.append(nil)
                default:
                    throw PanelError(.invalidData, "a column holds strings and other values; quote every value or none",
                                     at: "\(place)/\(i)")
                }
            }
            return .text(texts)
        }
        var numbers: [Double] = []
        numbers.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            switch item {
            case .number(let x): numbers.append(x)
            case .null: numbers.append(.nan)
            default:
                throw PanelError(.invalidData, "values must be numbers, strings or null", at: "\(place)/\(i)")
            }
        }
        return .numeric(numbers)
    }
}
