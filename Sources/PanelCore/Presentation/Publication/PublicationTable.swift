/// A table ready for a paper, independent of its output format: a title, header rows, body sections separated by
/// rules (coefficients, then statistics, then indicator rows…), and notes under the table. Every row has the same
/// number of cells; the first cell of each row is the stub (row label). Renderers turn it into plain text,
/// Markdown, LaTeX (booktabs), HTML, CSV or RTF (`PublicationTable.render(_:)`).
public struct PublicationTable: Equatable {
    public var title: String?
    public var header: [[String]]
    public var sections: [[[String]]]
    public var notes: [String]
    /// Page orientation and splitting in the formats with pages (`TableLayout`).
    public var layout: TableLayout
    /// The language of its fixed text (set by `translated(to:keeping:)`), for the words a renderer adds itself (the
    /// caption suffix of a continued LaTeX part).
    public var language = OutputLanguage.en

    public init(title: String?, header: [[String]], sections: [[[String]]], notes: [String], layout: TableLayout = .auto) {
        self.title = title
        self.header = header
        self.sections = sections.filter { !$0.isEmpty }
        self.notes = notes
        self.layout = layout
    }

    /// The number of columns, stub included.
    public var columnCount: Int {
        (header + sections.flatMap { $0 }).map { $0.count }.max() ?? 0
    }

    /// The formats `render` knows, in documentation order.
    public static let formats = ["text", "markdown", "latex", "html", "csv", "rtf"]

    /// The table in `format` (one of `formats`); nil for an unknown format.
    public func render(_ format: String) -> String? {
        switch format {
        case "text": return plainText
        case "markdown": return markdown
        case "latex": return latex
        case "html": return html
        case "csv": return csv
        case "rtf": return rtf
        default: return nil
        }
    }

    /// `row` padded with empty cells to `columnCount`.
    func padded(_ row: [String]) -> [String] {
        row + Array(repeating: "", count: max(0, columnCount - row.count))
    }
}

extension PublicationTable {
    /// `{"text": …, "latex": …}`: `tables` in each of `formats` (members of `PublicationTable.formats`), in order,
    /// in the formats' language; several tables (one per group, say) follow one another in each rendering,
    /// separated by a blank line.
    static func renderings(_ tables: [PublicationTable], formats: RenderFormats) -> JSONValue {
        var rendered = JSONObject()
        for format in formats { rendered.append(format, .string(formats.text(tables, format))) }
        return .object(rendered)
    }

    /// `tables` in `format`, one after another, separated by a blank line; in RTF one document with a section per table.
    static func render(_ tables: [PublicationTable], _ format: String) -> String {
        if format == "rtf", !tables.isEmpty { return rtfDocument(tables) }
        return tables.compactMap { $0.render(format) }.joined(separator: "\n")
    }
}
