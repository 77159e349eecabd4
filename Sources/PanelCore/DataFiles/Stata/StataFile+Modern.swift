extension StataFile {
    /// Formats 117–119: tagged sections (`<header>`, `<map>`, `<variable_types>`, …), the data, strLs and value labels
    /// found through the map's offsets.
    mutating func readModernFormat() throws(PanelError) {
        try reader.expect("<stata_dta><header><release>")
        let releaseText = String(decoding: try reader.take(3), as: UTF8.self)
        guard let release = Int(releaseText), release >= 117, release <= 119 else { throw unsupportedRelease(releaseText) }
        self.release = release
        try reader.expect("</release><byteorder>")
        let order = String(decoding: try reader.take(3), as: UTF8.self)
        guard order == "LSF" || order == "MSF" else { throw reader.failure("byte order '\(order)'") }
        reader.bigEndian = order == "MSF"
        try reader.expect("</byteorder><K>")
        let count = try reader.count(release >= 119 ? 4 : 2)
        try reader.expect("</K><N>")
        observations = try reader.count(release >= 118 ? 8 : 4)
        try reader.expect("</N><label>")
        try reader.skip(try reader.count(release >= 118 ? 2 : 1))
        try reader.expect("</label><timestamp>")
        try reader.skip(try reader.count(1))
        try reader.expect("</timestamp></header><map>")
        var map: [Int] = []
        for _ in 0..<14 { map.append(try reader.count(8)) }
        try reader.expect("</map><variable_types>")
        for _ in 0..<count {
            let start = reader.offset
            let code = try reader.unsigned(2)
            guard let type = StataType(modernCode: code) else { throw reader.failure("variable type code \(code)", at: start) }
            variables.append(Variable(name: "", type: type))
        }
        let nameWidth = release == 117 ? 33 : 129
        try reader.expect("</variable_types><varnames>")
        for (k, name) in try readNames(count, width: nameWidth).enumerated() { variables[k].name = name }
        try reader.expect("</varnames><sortlist>")
        try reader.skip(count + 1, times: release == 119 ? 4 : 2)
        try reader.expect("</sortlist><formats>")
        try reader.skip(count, times: release == 117 ? 49 : 57)
        try reader.expect("</formats><value_label_names>")
        for (k, name) in try readNames(count, width: nameWidth).enumerated() { variables[k].valueLabelName = name }
        try reader.expect("</value_label_names><variable_labels>")
        for (k, label) in try readNames(count, width: release == 117 ? 81 : 321).enumerated() { variables[k].label = label }
        try reader.expect("</variable_labels>")
        try reader.seek(to: map[9])
        try reader.expect("<data>")
        dataOffset = reader.offset
        _ = try checkDataFits()
        try reader.seek(to: map[10])
        try readStrLs()
        try reader.seek(to: map[11])
        try reader.expect("<value_labels>")
        while reader.isAt("<lbl>") {
            try reader.skip(5)
            let length = try reader.count(4)
            let name = StataText.decode(try reader.take(nameWidth))
            try reader.skip(3)
            valueLabels[name] = try StataValueLabels(reading: &reader, length: length)
            try reader.expect("</lbl>")
        }
        try reader.expect("</value_labels>")
    }

    /// `<strls>`: each `GSO` record's variable and observation numbers, type (129 binary, 130 NUL-terminated text)
    /// and bytes.
    private mutating func readStrLs() throws(PanelError) {
        try reader.expect("<strls>")
        while reader.isAt("GSO") {
            try reader.skip(3)
            let variable = try reader.unsigned(4)
            let observation = try reader.unsigned(release == 117 ? 4 : 8)
            let kind = try reader.unsigned(1)
            let length = try reader.count(4)
            var text = try reader.take(length)
            if kind == 130, text.last == 0 { text = text.dropLast() }
            strLs[StrLKey(variable: variable, observation: observation)] = StataText.decode(text)
        }
        try reader.expect("</strls>")
    }

    /// The strL key stored at `position` in the data: (variable, observation) in 4+4 bytes (117), 2+6 (118) or
    /// 3+5 (119), each in the file's byte order.
    func strLKey(at position: Int) throws(PanelError) -> StrLKey {
        let variableWidth = release == 117 ? 4 : release == 118 ? 2 : 3
        if reader.bigEndian {
            return StrLKey(variable: try reader.unsigned(variableWidth, at: position),
                           observation: try reader.unsigned(8 - variableWidth, at: position + variableWidth))
        }
        let whole = try reader.unsigned(8, at: position)
        let variableBits = UInt64(8 * variableWidth)
        return StrLKey(variable: whole & ((1 << variableBits) - 1), observation: whole >> variableBits)
    }
}
