extension PublicationTable {
    /// A LaTeX `table` with a booktabs `tabular` (`\toprule`, `\midrule`, `\bottomrule`): the stub column left-aligned,
    /// the others centred; special characters escaped and Greek letters, super- and subscripts and math signs set in
    /// math mode (`LaTeXText`), so the fragment compiles with pdflatex; significance stars (a trailing run of `*`)
    /// set as a superscript; notes under the table in a text-wide block of small type, so long notes wrap. A title that
    /// starts with its own number ("Table 3. …", "表3 …") keeps that number (`\thetable`) and drops it from the
    /// caption text, so LaTeX prints "Table 3: …" rather than "Table 1: Table 3. …". Wide tables shrink to fit the
    /// text width of an article (`LaTeXTableFit`). Chinese labels need a
    /// CJK-capable preamble (`ctex` or `xeCJK`).
    var latex: String {
        let columns = columnCount
        func line(_ row: [String]) -> String {
            padded(row).map(Self.latexCell).joined(separator: " & ") + " \\\\"
        }
        var lines = ["\\begin{table}[htbp]\\centering"]
        lines += LaTeXTableFit.commands(columnWidths: columnWidths)
        if let title {
            let (number, caption) = TableCaption.split(title)
            if let number { lines.append("\\renewcommand{\\thetable}{" + LaTeXText.escaped(number) + "}") }
            lines.append("\\caption{" + LaTeXText.escaped(caption) + "}")
        }
        lines.append("\\begin{tabular}{l" + String(repeating: "c", count: max(0, columns - 1)) + "}")
        lines.append("\\toprule")
        lines += header.map(line)
        for section in sections {
            lines.append("\\midrule")
            lines += section.map(line)
        }
        lines += ["\\bottomrule", "\\end{tabular}"]
        if !notes.isEmpty {
            lines.append("\\par\\smallskip\\begin{minipage}{\\linewidth}\\raggedright\\footnotesize")
            lines.append(notes.map(LaTeXText.escaped).joined(separator: "\\\\\n"))
            lines.append("\\end{minipage}")
        }
        lines.append("\\end{table}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The widest cell of each column in characters (superscript stars counted as whole characters, erring wide).
    private var columnWidths: [Int] {
        var widths = Array(repeating: 0, count: columnCount)
        for row in header + sections.flatMap({ $0 }) {
            for (k, cell) in row.enumerated() { widths[k] = max(widths[k], DisplayWidth.of(cell)) }
        }
        return widths
    }

    private static func latexCell(_ cell: String) -> String {
        let (body, stars) = splitStars(cell)
        return LaTeXText.escaped(body) + (stars.isEmpty ? "" : "$^{" + stars + "}$")
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
