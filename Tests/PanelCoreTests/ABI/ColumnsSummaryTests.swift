import Testing
@testable import PanelCore

/// The `columns` summary: its distinct counts are the number of levels a factor of the column has, counted without
/// naming the levels (−0 and 0 one value, missing values not counted).
@Suite struct ColumnsSummaryTests {
    @Test func distinctCountsAreTheFactorLevelCounts() {
        let columns = [
            DataColumn(name: "x", values: .numeric([0, -0.0, 1.5, .nan, 1.5, 2, 1e300, -1e-300])),
            DataColumn(name: "empty", values: .numeric([.nan, .nan])),
            DataColumn(name: "city", values: .text(["北京", "保定", nil, "北京", ""])),
        ]
        for column in columns {
            #expect(FactorLevels.count(of: column) == FactorLevels(column).labels.count, "\(column.name)")
        }
        #expect(FactorLevels.count(of: columns[0]) == 5)
        #expect(FactorLevels.count(of: columns[1]) == 0)
        #expect(FactorLevels.count(of: columns[2]) == 3)
    }
}
