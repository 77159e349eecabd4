import Foundation
import Testing
@testable import PanelCore

/// Pairwise-complete correlations against exact (Fraction / 50-digit mpmath) values, themselves checked in the
/// script against pandas `corr()` (≤ 5e-12) and scipy `pearsonr` p-values (≤ 5e-13).
@Suite struct PairwiseCorrelationTests {
    @Test(arguments: DescriptiveFixture.names) func matchesExactReference(_ name: String) throws {
        let fixture = try DescriptiveFixture(name)
        let reference = fixture.reference["correlation"] as! [String: Any]
        let names = reference["names"] as! [String]
        let matrix = try PairwiseCorrelation.compute(fixture.table, columns: names, at: "/steps/1")
        let r = reference["coefficients"] as! [[Any]], p = reference["p_values"] as! [[Any]]
        let n = reference["counts"] as! [[Int]]
        #expect(matrix.names == names)
        for i in names.indices {
            for j in names.indices {
                let what = "\(name) \(names[i])–\(names[j])"
                #expect(matrix.counts[i, j] == Double(n[i][j]), "\(what) n")
                // 1e-12 relative (the issue's): r is a quotient of error-free sums, within a few ulps.
                expectClose(matrix.coefficient(i, j), r[i][j], relative: 1e-12, "\(what) r")
                // 1e-12 relative for p too, although p is ill-conditioned in r for strong correlations (p down to
                // 2.7e-208 here, d ln p / d ln r up to ~10³): r's accuracy of a few ulps keeps p within it.
                let pValue = matrix.pValues[i, j]
                expectClose(pValue.isNaN ? nil : pValue, p[i][j], relative: 1e-12, "\(what) p")
            }
        }
    }

    @Test func constantColumnGivesUndefinedCorrelationsWithNotes() throws {
        let fixture = try DescriptiveFixture("small_missing")
        let matrix = try PairwiseCorrelation.compute(fixture.table, columns: ["y", "k"], at: "/s")
        #expect(matrix.coefficient(0, 0) == 1)
        #expect(matrix.coefficient(0, 1) == nil && matrix.coefficient(1, 1) == nil)
        #expect(matrix.pValues[0, 1].isNaN)
        #expect(matrix.notes.count == 2)
        #expect(matrix.notes.allSatisfy { $0.contains("'k'") && $0.contains("constant") })
    }

    @Test func fewerThanTwoPairsIsUndefined() throws {
        let table = try DataTable(columns: [DataColumn(name: "a", values: .numeric([1, .nan, 3])),
                                            DataColumn(name: "b", values: .numeric([.nan, 2, 5]))])
        let matrix = try PairwiseCorrelation.compute(table, columns: ["a", "b"], at: "/s")
        #expect(matrix.counts[0, 1] == 1 && matrix.coefficient(0, 1) == nil)
        #expect(matrix.notes == ["the correlation of 'a' and 'b' is undefined: fewer than 2 rows have both values"])
        #expect(matrix.coefficient(0, 0) == 1 && matrix.pValues[0, 0].isNaN)
    }

    @Test func badInputIsReported() throws {
        let table = try DataTable(columns: [DataColumn(name: "x", values: .numeric([1, 2])),
                                            DataColumn(name: "t", values: .text(["a", nil]))])
        #expect(throws: PanelError(.unknownColumn, "no column named 'y' in the data", at: "/steps/3")) {
            try PairwiseCorrelation.compute(table, columns: ["x", "y"], at: "/steps/3")
        }
        #expect(throws: PanelError(.invalidData, "column 't' holds text; descriptive statistics need numbers", at: "/steps/3")) {
            try PairwiseCorrelation.compute(table, columns: ["x", "t"], at: "/steps/3")
        }
        #expect(throws: PanelError(.invalidOption, "no columns were named", at: "/steps/3")) {
            try PairwiseCorrelation.compute(table, columns: [], at: "/steps/3")
        }
    }
}
