/// A Stata value-label table (`label define`): integer codes and their texts, read from the layout shared by all
/// formats — n, the text length, n offsets, n values, then the NUL-terminated texts.
struct StataValueLabels {
    var texts: [Int: String] = [:]

    /// The table of `length` bytes at the reader's cursor (which moves past it).
    init(reading reader: inout ByteReader, length: Int) throws(PanelError) {
        let start = reader.offset
        try reader.require(length, from: start)
        let count = try reader.count(4)
        let textLength = try reader.count(4)
        guard count <= length / 8, 8 + 8 * count + textLength <= length else { throw reader.failure("a value-label table longer than its record", at: start) }
        var offsets: [Int] = []
        for _ in 0..<count { offsets.append(try reader.count(4)) }
        var values: [Int] = []
        for _ in 0..<count { values.append(Int(Int32(truncatingIfNeeded: try reader.unsigned(4)))) }
        let text = try reader.take(textLength)
        for (value, offset) in zip(values, offsets) {
            guard offset < textLength else { throw reader.failure("a value-label text outside its table", at: start) }
            texts[value] = StataText.decode(text[(text.startIndex + offset)...])
        }
        try reader.seek(to: start + length)
    }
}
