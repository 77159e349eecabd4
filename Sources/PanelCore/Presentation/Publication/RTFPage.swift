/// The A4 page of an RTF table, in twips (1/1440 inch), with one-inch margins: portrait (9026 twips of text width)
/// when the table's natural column widths fit, else (or when asked) landscape (13958); columns of a table wider than
/// a landscape page are narrowed in proportion, so their cells wrap instead of running off the page.
struct RTFPage {
    static let shortSide = 11_906
    static let longSide = 16_838
    static let margin = 1_440

    let landscape: Bool
    /// The columns' widths on this page.
    let columnWidths: [Int]

    init(columnWidths natural: [Int], landscape asked: Bool) {
        let total = natural.reduce(0, +)
        landscape = asked || total > Self.shortSide - 2 * Self.margin
        let textWidth = (landscape ? Self.longSide : Self.shortSide) - 2 * Self.margin
        columnWidths = total <= textWidth ? natural : natural.map { $0 * textWidth / total }
    }

    private var width: Int { landscape ? Self.longSide : Self.shortSide }
    private var height: Int { landscape ? Self.shortSide : Self.longSide }

    /// The document's paper size and margins (those of its first section), `\landscape` when it is turned.
    var documentFormat: String {
        "\\paperw\(width)\\paperh\(height)\\margl\(Self.margin)\\margr\(Self.margin)\\margt\(Self.margin)\\margb\(Self.margin)"
            + (landscape ? "\\landscape" : "")
    }

    /// A section's page: `\sectd`, `\lndscpsxn` when turned, its page size and margins.
    var sectionFormat: String {
        "\\sectd" + (landscape ? "\\lndscpsxn" : "") + "\\pgwsxn\(width)\\pghsxn\(height)"
            + "\\marglsxn\(Self.margin)\\margrsxn\(Self.margin)\\margtsxn\(Self.margin)\\margbsxn\(Self.margin)"
    }
}
