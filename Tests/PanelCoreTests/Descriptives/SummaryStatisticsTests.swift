import Foundation
import Testing
@testable import PanelCore

/// Summary statistics against pandas `describe` and `groupby().describe()` (each checked exactly in the script).
@Suite struct SummaryStatisticsTests {
    /// Tolerance 1e-12 relative (the issue's): means and sds are accumulated with error-free sums, percentiles are
    /// one interpolation, so only a few ulps separate them from the references.
    static let tolerance = 1e-12

    func expectMatches(_ summaries: [VariableSummary], _ reference: [[String: Any]], _ context: String) {
        #expect(summaries.count == reference.count)
        for (summary, expected) in zip(summaries, reference) {
            let what = "\(context) \(summary.name)"
            #expect(summary.name == expected["name"] as? String)
            #expect(summary.count == expected["count"] as? Int, "\(what) count")
            expectClose(summary.mean, expected["mean"], relative: Self.tolerance, "\(what) mean")
            expectClose(summary.standardDeviation, expected["sd"], relative: Self.tolerance, "\(what) sd")
            expectClose(summary.minimum, expected["min"], relative: 0, "\(what) min")
            expectClose(summary.maximum, expected["max"], relative: 0, "\(what) max")
            let percentiles = expected["percentiles"] as! [[Any]]
            if summary.count == 0 {
                #expect(summary.percentiles.isEmpty, "\(what) percentiles")
                continue
            }
            #expect(summary.percentiles.count == percentiles.count)
            for (actual, reference) in zip(summary.percentiles, percentiles) {
                #expect(actual.p == referenceNumber(reference[0]))
                expectClose(actual.value, reference[1], relative: Self.tolerance, "\(what) p\(actual.p)")
            }
        }
    }

    @Test(arguments: DescriptiveFixture.names) func pooledMatchesPandasDescribe(_ name: String) throws {
        let fixture = try DescriptiveFixture(name)
        let summaries = try SummaryStatistics.summarize(fixture.table, columns: fixture.columns,
                                                        percentiles: fixture.percentiles, at: "/steps/0")
        expectMatches(summaries, fixture.reference["pooled"] as! [[String: Any]], name)
    }

    @Test(arguments: DescriptiveFixture.names) func groupsMatchPandasGroupbyDescribe(_ name: String) throws {
        let fixture = try DescriptiveFixture(name)
        let groups = try SummaryStatistics.summarize(fixture.table, columns: fixture.columns, percentiles: fixture.percentiles,
                                                     by: fixture.reference["group"] as! String, at: "/steps/0")
        let reference = fixture.reference["by_group"] as! [[String: Any]]
        #expect(groups.map(\.group) == reference.map { $0["group"] as! String })
        for (group, expected) in zip(groups, reference) {
            expectMatches(group.summaries, expected["summaries"] as! [[String: Any]], "\(name)/\(group.group)")
        }
    }

    @Test func oneValueHasNoStandardDeviationAndNoValueHasNoMoments() throws {
        let table = try DataTable(columns: [DataColumn(name: "x", values: .numeric([.nan, 4, .nan])),
                                            DataColumn(name: "e", values: .numeric([.nan, .nan, .nan]))])
        let summaries = try SummaryStatistics.summarize(table, columns: ["x", "e"], percentiles: [50], at: "/s")
        #expect(summaries[0].count == 1 && summaries[0].mean == 4 && summaries[0].standardDeviation == nil)
        #expect(summaries[0].percentiles.map(\.value) == [4])
        #expect(summaries[1] == VariableSummary(name: "e", values: [], percentiles: [50]))
        #expect(summaries[1].count == 0 && summaries[1].mean == nil && summaries[1].minimum == nil && summaries[1].percentiles.isEmpty)
    }

    @Test func numericGroupsAreLabelledAndMissingGroupsLeftOut() throws {
        let table = try DataTable(columns: [DataColumn(name: "year", values: .numeric([2014, 2013, .nan, 2014])),
                                            DataColumn(name: "x", values: .numeric([1, 2, 3, 5]))])
        let groups = try SummaryStatistics.summarize(table, columns: ["x"], percentiles: [], by: "year", at: "/s")
        #expect(groups.map(\.group) == ["2014", "2013"])
        #expect(groups.map { $0.summaries[0].mean } == [3, 2])
    }

    @Test func badInputIsReportedAtTheCallersLocation() throws {
        let table = try DataTable(columns: [DataColumn(name: "x", values: .numeric([1, 2])),
                                            DataColumn(name: "t", values: .text(["a", "b"])),
                                            DataColumn(name: "i", values: .numeric([1, .infinity]))])
        func code(_ columns: [String], _ percentiles: [Double] = [50]) -> PanelError? {
            do { _ = try SummaryStatistics.summarize(table, columns: columns, percentiles: percentiles, at: "/steps/2"); return nil }
            catch { return error }
        }
        #expect(code(["y"])?.code == .unknownColumn && code(["y"])?.location == "/steps/2")
        #expect(code(["t"])?.code == .invalidData)
        #expect(code(["i"])?.code == .invalidData)
        #expect(code([])?.code == .invalidOption)
        #expect(code(["x"], [0])?.code == .invalidOption)
        #expect(code(["x"], [100])?.code == .invalidOption)
        #expect(code(["x"], [.nan])?.code == .invalidOption)
        #expect(throws: PanelError.self) { try SummaryStatistics.summarize(table, columns: ["x"], percentiles: [], by: "g", at: "/s") }
    }
}
