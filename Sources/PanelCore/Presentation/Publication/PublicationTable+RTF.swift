extension PublicationTable {
    /// Rich Text Format that Word and LibreOffice open as a real table (three-line style: rules above and below the
    /// header and at the bottom, as Chinese journals ask), on A4 with one-inch margins: ASCII-only output, every other
    /// character written as `\uN?` (UTF-16 code units, signed, surrogate pairs above the BMP), `\`, `{`, `}` escaped,
    /// stars superscript. Columns are as wide as their widest cell (`RTFPage`); a table wider than a portrait page gets
    /// a landscape section, and one wider than that has its columns narrowed so its cells wrap rather than run off the
    /// page. Header rows are marked (`\trhdr`) so they repeat on every page a long table runs over.
    var rtf: String { Self.rtfDocument([self]) }

    /// One RTF document holding `tables`, each in its own section (`\sect`), portrait or landscape as it needs.
    static func rtfDocument(_ tables: [PublicationTable]) -> String {
        let pages = tables.map { RTFPage(columnWidths: $0.rtfColumnWidths, landscape: $0.layout == .landscape) }
        var lines = ["{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
                     + (pages.first ?? RTFPage(columnWidths: [], landscape: false)).documentFormat + "\\fs20"]
        for (k, table) in tables.enumerated() {
            lines.append((k == 0 ? "" : "\\sect") + pages[k].sectionFormat)
            lines += table.rtfRows(columnWidths: pages[k].columnWidths)
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The natural width of each column in twips: its widest cell at 10pt (a display column about 100 twips) plus
    /// the cell's gaps, at least 1800 for the stub and 1100 for the others.
    private var rtfColumnWidths: [Int] {
        var widths = (0..<columnCount).map { $0 == 0 ? 1_800 : 1_100 }
        for row in header + sections.flatMap({ $0 }) {
            for (k, cell) in row.enumerated() { widths[k] = max(widths[k], 100 * DisplayWidth.of(cell) + 260) }
        }
        return widths
    }

    /// The title, the header rows (marked to repeat), the body rows and the notes, with columns `columnWidths` wide.
    private func rtfRows(columnWidths: [Int]) -> [String] {
        var boundaries: [Int] = []
        for width in columnWidths { boundaries.append((boundaries.last ?? 0) + width) }
        func row(_ cells: [String], header: Bool, top: Bool, bottom: Bool) -> String {
            var text = "\\trowd" + (header ? "\\trhdr" : "") + "\\trgaph80\\trleft0"
            for boundary in boundaries {
                if top { text += "\\clbrdrt\\brdrs\\brdrw15" }
                if bottom { text += "\\clbrdrb\\brdrs\\brdrw15" }
                text += "\\cellx\(boundary)"
            }
            for (j, cell) in padded(cells).enumerated() {
                let (body, stars) = Self.splitStars(cell)
                text += "\\pard\\intbl" + (j == 0 ? "\\ql " : "\\qc ") + Self.escapedRTF(body)
                if !stars.isEmpty { text += "{\\super " + stars + "}" }
                text += "\\cell"
            }
            return text + "\\row"
        }
        var lines: [String] = []
        if let title { lines.append("\\pard\\qc\\b " + Self.escapedRTF(title) + "\\b0\\par") }
        for (k, cells) in header.enumerated() {
            lines.append(row(cells, header: true, top: k == 0, bottom: k == header.count - 1))
        }
        let body = sections.flatMap { $0 }
        for (k, cells) in body.enumerated() {
            lines.append(row(cells, header: false, top: false, bottom: k == body.count - 1))
        }
        for note in notes { lines.append("\\pard\\ql\\fs16 " + Self.escapedRTF(note) + "\\fs20\\par") }
        return lines
    }

    static func escapedRTF(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "{", "}": escaped += "\\" + String(scalar)
            case "\n": escaped += "\\line "
            case " "..."~": escaped.unicodeScalars.append(scalar)
            default:
                for unit in String(scalar).utf16 {
                    escaped += "\\u\(Int(Int16(bitPattern: unit)))?"
                }
            }
        }
        return escaped
    }
}
