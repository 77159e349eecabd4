extension StataFile {
    /// The data as a table; `valueLabelsAsText` puts value labels' texts in place of the codes they label.
    func table(valueLabelsAsText: Bool) throws(PanelError) -> DataTable {
        let width = observationWidth
        var columns: [DataColumn] = []
        var fieldOffset = dataOffset
        for variable in variables {
            var values: DataColumn.Values
            if variable.type.isNumeric {
                var numbers: [Double] = []
                numbers.reserveCapacity(observations)
                for row in 0..<observations { numbers.append(try variable.type.number(in: reader, at: fieldOffset + row * width)) }
                values = .numeric(numbers)
                if valueLabelsAsText, !variable.valueLabelName.isEmpty, let labels = valueLabels[variable.valueLabelName] {
                    // Labels name whole codes; any other value (a fraction, one beyond Int's range) shows as its number.
                    values = .text(numbers.map { $0.isNaN ? nil : Int(exactly: $0).flatMap { labels.texts[$0] } ?? JSONWriter.formatNumber($0) })
                }
            } else {
                var texts: [String?] = []
                texts.reserveCapacity(observations)
                for row in 0..<observations {
                    let text = try self.text(of: variable.type, at: fieldOffset + row * width)
                    texts.append(text.isEmpty ? nil : text)
                }
                values = .text(texts)
            }
            columns.append(DataColumn(name: variable.name, values: values, label: variable.label.isEmpty ? nil : variable.label))
            fieldOffset += variable.type.width
        }
        return try DataTable(columns: columns)
    }

    /// The text of a `str#` or `strL` value at `position`; a strL reference to nothing is an error, (0, 0) is empty.
    private func text(of type: StataType, at position: Int) throws(PanelError) -> String {
        guard type == .strL else {
            try reader.require(type.width, from: position)
            return StataText.decode(reader.bytes[position..<(position + type.width)])
        }
        let key = try strLKey(at: position)
        if key.variable == 0 && key.observation == 0 { return "" }
        guard let text = strLs[key] else { throw reader.failure("a strL reference to no stored string", at: position) }
        return text
    }
}
