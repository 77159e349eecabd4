/// An Excel workbook (`.xlsx`, Office Open XML SpreadsheetML) read into a table: the first worksheet or the one named,
/// found through `xl/workbook.xml` and its relationships; cell values from shared strings, inline strings, numbers
/// (dates are numbers: Excel serial days), booleans (1 and 0) and formula results; error cells and empty cells are
/// missing. The first row holding a value is the header; see `ExcelSheet` for the columns.
struct ExcelWorkbook {
    private let archive: ZipArchive
    private let location: String

    init(_ bytes: [UInt8], at location: String) throws(PanelError) {
        archive = try ZipArchive(bytes, at: location)
        self.location = location
    }

    /// The table of the sheet called `sheet` (nil: the first sheet).
    func table(sheet: String?) throws(PanelError) -> DataTable {
        guard let workbook = try archive.contents(of: "xl/workbook.xml") else {
            throw PanelError(.invalidData, "a zip archive without xl/workbook.xml is not an Excel workbook (.xlsx); "
                             + "save the data as .xlsx, .dta or CSV UTF-8", at: location)
        }
        let sheets = try elements("sheet", in: workbook, part: "xl/workbook.xml")
        let names = sheets.map { attribute("name", of: $0) ?? "" }
        guard let chosen = sheet.map({ names.firstIndex(of: $0) }) ?? (sheets.isEmpty ? nil : 0) else {
            if let sheet {
                throw PanelError(.invalidOption, "the workbook has no sheet '\(sheet)'; its sheets: " + names.joined(separator: ", ")
                                 + ClosestName.suggestion(for: sheet, among: names), at: "/data/sheet")
            }
            throw PanelError(.invalidData, "the workbook has no worksheet", at: location)
        }
        let targets = try relationshipTargets()
        guard let id = attribute("id", of: sheets[chosen]), let path = targets[id],
              let sheetXML = try archive.contents(of: path) else {
            throw PanelError(.invalidData, "the workbook's sheet '\(names[chosen])' has no worksheet part", at: location)
        }
        let sharedStrings = try targets.values.first { $0.hasSuffix("sharedStrings.xml") }.map { (path) throws(PanelError) -> [String] in
            try self.sharedStrings(path)
        } ?? []
        return try ExcelSheet(sheetXML, sharedStrings: sharedStrings, part: path, at: location).table()
    }

    /// The start tags named `name` in a part, with their attributes.
    private func elements(_ name: String, in xml: [UInt8], part: String) throws(PanelError) -> [[(name: String, value: String)]] {
        var scanner = XMLScanner(xml, part: part, at: location)
        var found: [[(name: String, value: String)]] = []
        while let event = try scanner.next() {
            if case .start(name, let attributes, _) = event { found.append(attributes) }
        }
        return found
    }

    /// The value of the attribute whose local name is `name` (`r:id` answers to `id`).
    private func attribute(_ name: String, of attributes: [(name: String, value: String)]) -> String? {
        attributes.first { $0.name == name || $0.name.hasSuffix(":" + name) }?.value
    }

    /// The workbook's relationships: id → archive path (targets are relative to `xl/` unless they start with `/`).
    private func relationshipTargets() throws(PanelError) -> [String: String] {
        let part = "xl/_rels/workbook.xml.rels"
        guard let xml = try archive.contents(of: part) else { return [:] }
        var targets: [String: String] = [:]
        for relationship in try elements("Relationship", in: xml, part: part) {
            guard let id = attribute("Id", of: relationship), let target = attribute("Target", of: relationship) else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return targets
    }

    /// The shared strings (`<si>` items: the text of their `<t>` runs, phonetic `<rPh>` runs left out).
    private func sharedStrings(_ path: String) throws(PanelError) -> [String] {
        guard let xml = try archive.contents(of: path) else { return [] }
        var scanner = XMLScanner(xml, part: path, at: location)
        var strings: [String] = []
        var inPhonetic = false
        while let event = try scanner.next() {
            switch event {
            case .start("si", _, let isEmpty):
                strings.append("")
                if isEmpty { continue }
            case .start("rPh", _, false): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _, false):
                let text = try scanner.text(until: "t")
                if !inPhonetic, !strings.isEmpty { strings[strings.count - 1] += text }
            default: continue
            }
        }
        return strings
    }
}
