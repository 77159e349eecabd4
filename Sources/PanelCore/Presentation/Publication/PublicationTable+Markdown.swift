extension PublicationTable {
    /// A GitHub-flavoured Markdown pipe table: the first header row is the Markdown header, further header rows come
    /// first in the body in bold; `|`, `\` and `*` (stars) are backslash-escaped so they print literally; the title
    /// is a bold line above and the notes are lines below.
    var markdown: String {
        func line(_ row: [String], bold: Bool = false) -> String {
            let cells = padded(row).map { cell -> String in
                let escaped = Self.escapedMarkdown(cell)
                return bold && !escaped.isEmpty ? "**" + escaped + "**" : escaped
            }
            return "| " + cells.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        if let title { lines += ["**" + Self.escapedMarkdown(title) + "**", ""] }
        lines.append(line(header.first ?? []))
        lines.append("|" + (0..<columnCount).map { $0 == 0 ? ":---" : ":---:" }.joined(separator: "|") + "|")
        lines += header.dropFirst().map { line($0, bold: true) }
        lines += sections.flatMap { $0 }.map { line($0) }
        if !notes.isEmpty { lines += [""] + notes.map { Self.escapedMarkdown($0) + "  " } }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escapedMarkdown(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "|" || character == "\\" || character == "*" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
