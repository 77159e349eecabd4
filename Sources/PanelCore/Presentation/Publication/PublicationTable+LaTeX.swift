extension PublicationTable {
    /// A LaTeX `table` with a booktabs `tabular` (`\toprule`, `\midrule`, `\bottomrule`): the stub column left-aligned,
    /// the others centred; special characters escaped and Greek letters, super- and subscripts and math signs set in
    /// math mode (`LaTeXText`), so the fragment compiles with pdflatex; significance stars (a trailing run of `*`)
    /// set as a superscript; notes under the table in a text-wide block of small type, so long notes wrap. A title that
    /// starts with its own number ("Table 3. …", "表3 …") keeps that number (`\thetable`) and drops it from the
    /// caption text, so LaTeX prints "Table 3: …" rather than "Table 1: Table 3. …". Wide tables shrink to fit the
    /// text width of an article and go on a `landscape` page (pdflscape) when they still do not fit; a table too wide
    /// even for that is split into several tables of consecutive columns, the stub repeated, sharing one number, the
    /// notes under the last (`LaTeXTableFit`). `layout` `.landscape` always turns the page; `.longtable` writes a
    /// `longtable` whose header repeats on every page. A fragment that needs a package beyond booktabs says so in a
    /// first comment line. Chinese labels need a CJK-capable preamble (`ctex` or `xeCJK`).
    var latex: String {
        let widths = columnWidths
        let fit = LaTeXTableFit.fit(columnWidths: widths, landscape: layout == .landscape)
        if layout == .longtable { return longtableLaTeX(fit ?? .smallest) }
        let groups = LaTeXTableFit.columnGroups(columnWidths: widths)
        guard fit == nil, groups.count > 1 else { return floatLaTeX(fit ?? .smallest, continued: false) }
        return groups.enumerated().map { k, group in
            var part = PublicationTable(title: title.map { k == 0 ? $0 : $0 + language.text(Self.continuedSuffix) },
                                        header: header.map { Self.cells($0, group) },
                                        sections: sections.map { $0.map { Self.cells($0, group) } },
                                        notes: k == groups.count - 1 ? notes : [])
            part.layout = layout
            let partFit = LaTeXTableFit.fit(columnWidths: part.columnWidths, landscape: true) ?? .smallest
            return part.floatLaTeX(partFit, continued: k > 0)
        }.joined(separator: "\n")
    }

    /// Added to the caption of the second and later parts of a table split by columns (in the table's `language`).
    static let continuedSuffix = " (continued)"

    /// The stub and the cells of `columns` of `row` (missing cells empty).
    private static func cells(_ row: [String], _ columns: [Int]) -> [String] {
        ([0] + columns).map { $0 < row.count ? row[$0] : "" }
    }

    /// The table as a `table` float (in a `landscape` environment when `fit` says so); a `continued` part keeps the
    /// number of the part before it.
    private func floatLaTeX(_ fit: LaTeXTableFit, continued: Bool) -> String {
        var lines = fit.landscape ? ["% needs \\usepackage{pdflscape}", "\\begin{landscape}"] : []
        lines.append("\\begin{table}[htbp]\\centering")
        lines += fit.commands
        lines += captionLines(continued: continued)
        lines.append("\\begin{tabular}{" + columnSpecification + "}")
        lines.append("\\toprule")
        lines += header.map(latexLine)
        for section in sections {
            lines.append("\\midrule")
            lines += section.map(latexLine)
        }
        lines += ["\\bottomrule", "\\end{tabular}"]
        lines += notesLines(unindented: false)
        lines.append("\\end{table}")
        if fit.landscape { lines.append("\\end{landscape}") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table as a `longtable` (header rows repeated at the top of every page), in a group that sets its type
    /// size, inside a `landscape` environment when `fit` says so.
    private func longtableLaTeX(_ fit: LaTeXTableFit) -> String {
        var lines = ["% needs \\usepackage{longtable}" + (fit.landscape ? " and \\usepackage{pdflscape}" : "")]
        if fit.landscape { lines.append("\\begin{landscape}") }
        lines.append("{" + fit.commands.joined())
        let captions = captionLines(continued: false)
        lines += captions.dropLast()
        lines.append("\\begin{longtable}{" + columnSpecification + "}")
        if let caption = captions.last { lines.append(caption + "\\\\") }
        let headRows = ["\\toprule"] + header.map(latexLine) + ["\\midrule"]
        lines += headRows + ["\\endfirsthead"] + headRows + ["\\endhead", "\\bottomrule", "\\endfoot"]
        for (k, section) in sections.enumerated() {
            if k > 0 { lines.append("\\midrule") }
            lines += section.map(latexLine)
        }
        lines.append("\\end{longtable}")
        lines += notesLines(unindented: true)
        lines.append("}")
        if fit.landscape { lines.append("\\end{landscape}") }
        return lines.joined(separator: "\n") + "\n"
    }

    private var columnSpecification: String {
        "l" + String(repeating: "c", count: max(0, columnCount - 1))
    }

    /// `\renewcommand{\thetable}` for a title with its own number, else (for a continued part) a step back of the
    /// table counter; then the `\caption`. None without a title.
    private func captionLines(continued: Bool) -> [String] {
        guard let title else { return [] }
        let (number, caption) = TableCaption.split(title)
        var lines: [String] = []
        if let number {
            lines.append("\\renewcommand{\\thetable}{" + LaTeXText.escaped(number) + "}")
        } else if continued {
            lines.append("\\addtocounter{table}{-1}")
        }
        lines.append("\\caption{" + LaTeXText.escaped(caption) + "}")
        return lines
    }

    /// The notes under the table in a text-wide minipage of small type; `unindented` after a `longtable`, where the
    /// paragraph indent would push the minipage past the right margin.
    private func notesLines(unindented: Bool) -> [String] {
        guard !notes.isEmpty else { return [] }
        return ["\\par\\smallskip" + (unindented ? "\\noindent" : "") + "\\begin{minipage}{\\linewidth}\\raggedright\\footnotesize",
                notes.map(LaTeXText.escaped).joined(separator: "\\\\\n"), "\\end{minipage}"]
    }

    private func latexLine(_ row: [String]) -> String {
        padded(row).map(Self.latexCell).joined(separator: " & ") + " \\\\"
    }

    /// The widest cell of each column in digit widths (`LaTeXTextWidth`).
    var columnWidths: [Double] {
        var widths = Array(repeating: 0.0, count: columnCount)
        for row in header + sections.flatMap({ $0 }) {
            for (k, cell) in row.enumerated() { widths[k] = max(widths[k], LaTeXTextWidth.of(cell)) }
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
