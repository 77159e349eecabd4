import Testing
@testable import PanelCore

/// RTF tables on the page: portrait when they fit, a landscape section when they do not, columns narrowed in
/// proportion beyond a landscape page, header rows marked to repeat, several tables in one document.
struct RTFPageTests {
    @Test func narrowTablesStayPortraitAndWideOnesTurn() {
        #expect(!RTFPage(columnWidths: [1_800, 1_100, 1_100], landscape: false).landscape)
        #expect(RTFPage(columnWidths: [1_800, 1_100, 1_100], landscape: true).landscape)
        let wide = RTFPage(columnWidths: [2_000] + Array(repeating: 1_500, count: 6), landscape: false)
        #expect(wide.landscape)
        #expect(wide.columnWidths == [2_000] + Array(repeating: 1_500, count: 6))
        #expect(wide.sectionFormat.hasPrefix("\\sectd\\lndscpsxn\\pgwsxn16838\\pghsxn11906"))
    }

    @Test func tablesWiderThanALandscapePageHaveTheirColumnsNarrowed() {
        let page = RTFPage(columnWidths: Array(repeating: 4_000, count: 7), landscape: false)
        #expect(page.columnWidths.reduce(0, +) <= RTFPage.longSide - 2 * RTFPage.margin)
    }

    @Test func headerRowsRepeatAndSeveralTablesShareOneDocument() {
        let table = PublicationTable(title: "T", header: [["", "(1)"]], sections: [[["x", "1"]]], notes: [])
        #expect(table.rtf.contains("\\trowd\\trhdr\\trgaph80"))
        let both = PublicationTable.render([table, table], "rtf")
        #expect(both.hasPrefix("{\\rtf1") && both.components(separatedBy: "{\\rtf1").count == 2)
        #expect(both.contains("\n\\sect\\sectd"))
    }
}
