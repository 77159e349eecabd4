extension PublicationTable {
    /// RFC 4180 CSV (CRLF line ends; a field with a comma, quote, CR, LF or edge spaces is quoted, quotes doubled):
    /// the title on its own line, then header rows, body rows and notes, every line with the same number of fields.
    /// UTF-8 without a byte-order mark (a host writing a file for Excel may prepend one).
    var csv: String {
        let columns = columnCount
        func line(_ row: [String]) -> String {
            padded(row).map(Self.quotedCSV).joined(separator: ",")
        }
        func single(_ text: String) -> String {
            line([text] + Array(repeating: "", count: max(0, columns - 1)))
        }
        var lines: [String] = []
        if let title { lines.append(single(title)) }
        lines += (header + sections.flatMap { $0 }).map(line)
        lines += notes.map(single)
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quotedCSV(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}
