extension DataTable {
    /// A table from the request form `{"columns": {"name": [values…]}}`: a column of numbers (and nulls for missing
    /// values) is numeric, a column of strings (and nulls) is text, `{"float64": BASE64}` or `{"int32": BASE64}` is a
    /// numeric column sent in binary (`BinaryColumn`); anything else is `invalid_data`.
    public init(jsonColumns: JSONObject, at location: String) throws(PanelError) {
        try self.init(jsonColumns: jsonColumns, numericColumns: [:], at: location)
    }

    /// The same table when the reader has already read some members as numbers only (`numericColumns`: the arrays
    /// and binary columns it captured, by member index, see `JSONReader.parse(_:capturingNumericArraysIn:)`); those
    /// members' tree values are placeholders.
    init(jsonColumns: JSONObject, numericColumns: [Int: CapturedNumericArray], at location: String) throws(PanelError) {
        var columns: [DataColumn] = []
        for (index, member) in jsonColumns.members.enumerated() {
            let place = location + "/" + member.key
            if case .object(let form) = member.value {
                let values = try Self.binaryColumnValues(form, captured: numericColumns[index], at: place)
                columns.append(DataColumn(name: member.key, values: .numeric(values)))
                continue
            }
            if let captured = numericColumns[index] {
                columns.append(DataColumn(name: member.key, values: .numeric(captured.values)))
                continue
            }
            guard case .array(let items) = member.value else {
                throw PanelError(.invalidData, "column '\(member.key)' must be an array of values or a binary column", at: place)
            }
            columns.append(DataColumn(name: member.key, values: try Self.columnValues(items, at: place)))
        }
        try self.init(columns: columns)
    }

    /// The values of a binary column `{"float64": BASE64}` / `{"int32": BASE64}` (see `BinaryColumn`), decoded here
    /// unless the reader already did (`captured`).
    private static func binaryColumnValues(_ form: JSONObject, captured: CapturedNumericArray?, at place: String) throws(PanelError) -> [Double] {
        guard form.members.count == 1, let width = BinaryColumn.width(of: form.members[0].key) else {
            throw PanelError(.invalidData, "a binary column is {\"float64\": BASE64} or {\"int32\": BASE64}", at: place)
        }
        let encodingPlace = place + "/" + form.members[0].key
        var decoded: (values: [Double], problem: BinaryColumn.Problem?)
        if let captured {
            decoded = (captured.values, captured.problem)
        } else {
            guard case .string(let text) = form.members[0].value else {
                throw PanelError(.invalidData, "a binary column's values are one base64 string", at: encodingPlace)
            }
            decoded = Array(text.utf8).withUnsafeBufferPointer { BinaryColumn.decode($0, width: width) }
        }
        if let problem = decoded.problem {
            throw PanelError(.invalidData, problem.message, at: problem.valueIndex.map { place + "/" + String($0) } ?? encodingPlace)
        }
        return decoded.values
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
