extension StataFile {
    /// Formats 113–115: a fixed 109-byte header (format, byte order 1 = big-endian / 2 = little-endian, file type,
    /// variable and observation counts), fixed-width descriptors, expansion fields, the data, then value labels to
    /// the end of the file.
    mutating func readLegacyFormat() throws(PanelError) {
        release = Int(try reader.unsigned(1))
        guard release >= 113, release <= 115 else { throw unsupportedRelease(String(release)) }
        reader.bigEndian = try reader.unsigned(1) == 1
        try reader.skip(2)
        let count = try reader.count(2)
        observations = try reader.count(4)
        try reader.skip(81 + 18)
        for _ in 0..<count {
            let start = reader.offset
            let code = try reader.unsigned(1)
            guard let type = StataType(legacyCode: code) else { throw reader.failure("variable type byte \(code)", at: start) }
            variables.append(Variable(name: "", type: type))
        }
        for (k, name) in try readNames(count, width: 33).enumerated() { variables[k].name = name }
        try reader.skip(count + 1, times: 2)
        try reader.skip(count, times: release == 113 ? 12 : 49)
        for (k, name) in try readNames(count, width: 33).enumerated() { variables[k].valueLabelName = name }
        for (k, label) in try readNames(count, width: 81).enumerated() { variables[k].label = label }
        while true {
            let kind = try reader.unsigned(1)
            let length = try reader.count(4)
            if kind == 0 && length == 0 { break }
            try reader.skip(length)
        }
        dataOffset = reader.offset
        try reader.skip(observations, times: try checkDataFits())
        while reader.remaining > 0 {
            let length = try reader.count(4)
            let name = StataText.decode(try reader.take(33))
            try reader.skip(3)
            valueLabels[name] = try StataValueLabels(reading: &reader, length: length)
        }
    }
}
