extension PublicationTable {
    /// Rich Text Format that Word opens and pastes as a real table (three-line style: rules above and below the
    /// header and at the bottom, as Chinese journals ask): ASCII-only output, every other character written as
    /// `\uN?` (UTF-16 code units, signed, surrogate pairs above the BMP), `\`, `{`, `}` escaped, stars superscript.
    var rtf: String {
        let columns = columnCount
        let stubWidth = 2_800
        let cellWidth = 1_500
        let boundaries = (0..<columns).map { stubWidth + $0 * cellWidth }
        func row(_ cells: [String], top: Bool, bottom: Bool) -> String {
            var text = "\\trowd\\trgaph80\\trleft0"
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
        var lines = ["{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}\\fs20"]
        if let title { lines.append("\\pard\\qc\\b " + Self.escapedRTF(title) + "\\b0\\par") }
        for (k, cells) in header.enumerated() {
            lines.append(row(cells, top: k == 0, bottom: k == header.count - 1))
        }
        let body = sections.flatMap { $0 }
        for (k, cells) in body.enumerated() {
            lines.append(row(cells, top: false, bottom: k == body.count - 1))
        }
        for note in notes { lines.append("\\pard\\ql\\fs16 " + Self.escapedRTF(note) + "\\fs20\\par") }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
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
