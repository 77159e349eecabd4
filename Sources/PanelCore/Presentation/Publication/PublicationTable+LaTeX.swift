extension PublicationTable {
    /// A LaTeX `table` with a booktabs `tabular` (`\toprule`, `\midrule`, `\bottomrule`): the stub column left-aligned,
    /// the others centred; special characters escaped; significance stars (a trailing run of `*`) set as a
    /// superscript; notes as full-width rows under the bottom rule, as Stata's esttab does. Chinese labels need a
    /// CJK-capable preamble (`ctex` or `xeCJK`).
    var latex: String {
        let columns = columnCount
        func line(_ row: [String]) -> String {
            padded(row).map(Self.latexCell).joined(separator: " & ") + " \\\\"
        }
        var lines = ["\\begin{table}[htbp]\\centering"]
        if let title { lines.append("\\caption{" + Self.escapedLaTeX(title) + "}") }
        lines.append("\\begin{tabular}{l" + String(repeating: "c", count: max(0, columns - 1)) + "}")
        lines.append("\\toprule")
        lines += header.map(line)
        for section in sections {
            lines.append("\\midrule")
            lines += section.map(line)
        }
        lines.append("\\bottomrule")
        for note in notes {
            lines.append("\\multicolumn{\(columns)}{l}{\\footnotesize " + Self.escapedLaTeX(note) + "} \\\\")
        }
        lines += ["\\end{tabular}", "\\end{table}"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func latexCell(_ cell: String) -> String {
        let (body, stars) = splitStars(cell)
        return escapedLaTeX(body) + (stars.isEmpty ? "" : "$^{" + stars + "}$")
    }

    static func escapedLaTeX(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\textbackslash{}"
            case "&", "%", "$", "#", "_", "{", "}": escaped += "\\" + String(character)
            case "~": escaped += "\\textasciitilde{}"
            case "^": escaped += "\\textasciicircum{}"
            case "<": escaped += "\\textless{}"
            case ">": escaped += "\\textgreater{}"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A cell's text and its trailing significance stars (`0.123***` → ("0.123", "***")).
    static func splitStars(_ cell: String) -> (body: String, stars: String) {
        var body = cell
        var stars = ""
        while body.hasSuffix("*") {
            body.removeLast()
            stars.append("*")
        }
        return body.isEmpty ? (cell, "") : (body, stars)
    }
}
