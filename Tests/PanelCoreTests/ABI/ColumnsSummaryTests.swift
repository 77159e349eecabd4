import Testing
@testable import PanelCore

/// The `columns` summary: its distinct counts are the number of levels a factor of the column has, counted without
/// naming the levels (−0 and 0 one value, missing values not counted); the radix count (`DistinctKeyCount`) equals a
/// set's count on keys that differ in any of their four 16-bit digits, alike in some, and few or many.
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

    @Test func radixCountEqualsASetsCount() {
        var generator = SplitMix64(seed: 20261207)
        let shapes: [(Int, (UInt64) -> UInt64)] = [
            (0, { $0 }), (1, { $0 }), (2, { _ in 7 }), (1000, { $0 }), (5000, { $0 % 37 }),
            (70_000, { $0 & 0xFFFF_0000_0000_FFFF }), (70_000, { ($0 % 1000) << 48 }),
            (3000, { Double(Int($0 % 500) - 250).bitPattern }),
        ]
        for (n, shape) in shapes {
            let keys = (0..<n).map { _ in shape(generator.next()) }
            #expect(DistinctKeyCount.count(keys) == Set(keys).count, "\(n) keys")
        }
    }
}
