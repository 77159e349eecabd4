/// The text renderings asked for (the request's `render`, a comparison table's `formats`): publication formats
/// (`PublicationTable.formats`), each at most once, in the order asked, and the language of their fixed text (the
/// model's or table's `language`; `OutputLanguage`). The only way to build one from a request refuses a repeated or
/// unknown format, so a `rendered` object built from it never holds a member twice.
struct RenderFormats: Sequence {
    private let formats: [String]
    /// The language of the tables' fixed text.
    var language = OutputLanguage.en
    /// Text the user supplied that the tables show as given in any language (labels, column names).
    var userText: [String] = []
    /// The page layout of the tables in LaTeX and RTF (the model's `layout`); nil keeps each table's own.
    var layout: TableLayout?

    private init(checked formats: [String]) {
        self.formats = formats
    }

    /// No rendering.
    static let none = RenderFormats(checked: [])
    /// Every publication format, in documentation order (a study renders all of them).
    static let all = RenderFormats(checked: PublicationTable.formats)

    /// The formats listed in `items` (the array at `location`): `invalid_option` at `location/k` for an item that is
    /// not a publication format's name or repeats an earlier one.
    init(_ items: [JSONValue], at location: String) throws(PanelError) {
        var formats: [String] = []
        for (k, item) in items.enumerated() {
            guard case .string(let format) = item, PublicationTable.formats.contains(format) else {
                throw PanelError(.invalidOption, "formats available: \(PublicationTable.formats.joined(separator: ", "))", at: location + "/\(k)")
            }
            guard !formats.contains(format) else {
                throw PanelError(.invalidOption, "'\(format)' is listed twice", at: location + "/\(k)")
            }
            formats.append(format)
        }
        self.formats = formats
    }

    var isEmpty: Bool { formats.isEmpty }

    /// `tables` in `format` with their fixed text in `language` and in `layout` when one is set, one after another,
    /// separated by a blank line.
    func text(_ tables: [PublicationTable], _ format: String) -> String {
        PublicationTable.render(tables.map { table in
            var shown = table.translated(to: language, keeping: userText)
            shown.layout = layout ?? shown.layout
            return shown
        }, format)
    }

    func makeIterator() -> IndexingIterator<[String]> {
        formats.makeIterator()
    }
}
