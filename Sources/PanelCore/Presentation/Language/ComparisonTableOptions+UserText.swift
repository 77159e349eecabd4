extension ComparisonTableOptions {
    /// The text the user gave — title, column titles, labels, indicator rows, notes — which a table keeps as given
    /// in any language (`PublicationTable.translated(to:keeping:)`).
    var userText: [String] {
        (title.map { [$0] } ?? []) + (columnTitles ?? []) + labels.values.sorted() + indicatorRows.flatMap { [$0.label] + $0.values } + notes
    }
}
