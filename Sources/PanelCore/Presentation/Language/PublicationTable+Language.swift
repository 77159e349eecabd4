extension PublicationTable {
    /// The table with its fixed text in `language` (`FixedText`): title, header cells, body cells and notes that are
    /// phrases of the catalogue, or contain its fragments, in that language — except text in `kept` (what the user
    /// supplied: labels, titles, notes, the data's column names), which stays as given. English tables come back
    /// unchanged.
    func translated(to language: OutputLanguage, keeping kept: [String]) -> PublicationTable {
        guard language == .zh else { return self }
        func fixed(_ text: String) -> String { text.isEmpty || kept.contains(text) ? text : FixedText.chinese(text, keeping: kept) }
        return PublicationTable(title: title.map(fixed), header: header.map { $0.map(fixed) },
                                sections: sections.map { $0.map { $0.map(fixed) } }, notes: notes.map(fixed))
    }
}
