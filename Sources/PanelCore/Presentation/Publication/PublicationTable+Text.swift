extension PublicationTable {
    /// Plain text for terminals and logs: columns sized by display width (Chinese labels align), the stub left-
    /// aligned, other cells centred, `=` rules above and below, `-` rules between header and sections.
    var plainText: String {
        let columns = columnCount
        var widths = Array(repeating: 0, count: columns)
        for row in header + sections.flatMap({ $0 }) {
            for (j, cell) in padded(row).enumerated() { widths[j] = max(widths[j], DisplayWidth.of(cell)) }
        }
        let totalWidth = widths.reduce(0, +) + 2 * max(0, columns - 1)
        func line(_ row: [String]) -> String {
            let cells = padded(row).enumerated().map { j, cell in
                j == 0 ? TextColumns.left(cell, widths[j]) : TextColumns.centred(cell, widths[j])
            }
            var text = cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines: [String] = []
        if let title { lines.append(title) }
        lines.append(String(repeating: "=", count: totalWidth))
        lines += header.map(line)
        for section in sections {
            lines.append(String(repeating: "-", count: totalWidth))
            lines += section.map(line)
        }
        lines.append(String(repeating: "=", count: totalWidth))
        lines += notes
        return lines.joined(separator: "\n") + "\n"
    }
}
