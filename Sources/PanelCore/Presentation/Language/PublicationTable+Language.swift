extension PublicationTable {
    /// The table with its fixed text in `language` (`FixedText`): title, header cells, body cells and notes that are
    /// phrases of the catalogue, or contain its fragments, in that language — except text in `kept` (what the user
    /// supplied: labels, titles, notes, the data's column names), which stays as given; the Yes/No cells of a
    /// fixed-effect row are the engine's and always translated. The layout is kept. English tables come back
    /// unchanged.
    func translated(to language: OutputLanguage, keeping kept: [String]) -> PublicationTable {
        guard language == .zh else { return self }
        func fixed(_ text: String) -> String { text.isEmpty || kept.contains(text) ? text : FixedText.chinese(text, keeping: kept) }
        func row(_ cells: [String]) -> [String] {
            guard let stub = cells.first, !kept.contains(stub), FixedText.isFixedEffectRow(stub) else { return cells.map(fixed) }
            return cells.map { FixedText.chinese($0, keeping: []) }
        }
        var translated = PublicationTable(title: title.map(fixed), header: header.map { $0.map(fixed) },
                                          sections: sections.map { $0.map(row) }, notes: notes.map(fixed))
        translated.layout = layout
        translated.language = language
        return translated
    }
}
