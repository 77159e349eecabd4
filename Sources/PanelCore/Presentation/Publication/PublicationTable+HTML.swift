extension PublicationTable {
    /// An HTML `<table>` fragment (no page around it): caption, `<thead>`, one `<tbody>` per section (a rule above
    /// each, drawn by inline styles so the fragment looks right pasted anywhere), notes in `<tfoot>`; text escaped,
    /// stars in `<sup>`.
    var html: String {
        let columns = columnCount
        let rule = "border-top:1px solid #000"
        func row(_ cells: [String], tag: String, style: String?) -> String {
            let styleAttribute = style.map { " style=\"\($0)\"" } ?? ""
            let body = padded(cells).enumerated().map { j, cell -> String in
                let align = j == 0 ? "left" : "center"
                let (text, stars) = Self.splitStars(cell)
                let content = Self.escapedHTML(text) + (stars.isEmpty ? "" : "<sup>" + stars + "</sup>")
                return "<\(tag) style=\"text-align:\(align);padding:1px 8px\">\(content)</\(tag)>"
            }.joined()
            return "<tr\(styleAttribute)>" + body + "</tr>"
        }
        var lines = ["<table class=\"panelcore-table\" style=\"border-collapse:collapse;border-top:2px solid #000;border-bottom:2px solid #000\">"]
        if let title { lines.append("<caption>" + Self.escapedHTML(title) + "</caption>") }
        lines.append("<thead>")
        lines += header.map { row($0, tag: "th", style: nil) }
        lines.append("</thead>")
        for section in sections {
            lines.append("<tbody>")
            lines += section.enumerated().map { k, cells in row(cells, tag: "td", style: k == 0 ? rule : nil) }
            lines.append("</tbody>")
        }
        if !notes.isEmpty {
            lines.append("<tfoot>")
            lines += notes.map { "<tr><td colspan=\"\(columns)\" style=\"text-align:left;font-size:smaller\">" + Self.escapedHTML($0) + "</td></tr>" }
            lines.append("</tfoot>")
        }
        lines.append("</table>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escapedHTML(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
