import Foundation
import Testing
@testable import PanelCore

/// VIF against statsmodels `variance_inflation_factor` on [1, regressors] after listwise deletion (checked in the
/// script against a direct lstsq TSS/RSS to 1e-11).
@Suite struct VarianceInflationFactorsTests {
    func design(_ formula: String, _ table: DataTable) throws -> RegressionDesign {
        try RegressionDesign(formula: try FormulaParser.parse(formula, at: "/f"), table: table, at: "/f")
    }

    @Test(arguments: DescriptiveFixture.names) func matchesStatsmodels(_ name: String) throws {
        let fixture = try DescriptiveFixture(name)
        let reference = fixture.reference["vif"] as! [String: Any]
        let regressors = reference["regressors"] as! [String]
        let design = try design("\(reference["response"] as! String) ~ " + regressors.joined(separator: " + "), fixture.table)
        #expect(design.regressors.rows == reference["nobs"] as? Int)
        let factors = try VarianceInflationFactors.compute(design, at: "/steps/4")
        let expected = reference["vif"] as! [[String: Any]]
        #expect(factors.map(\.term) == regressors)
        for (factor, row) in zip(factors, expected) {
            // 1e-12 relative (the issue's): VIF = TSS/RSS from a refined QR fit; VIFs here are below 10, so the
            // conditioning of statsmodels' 1/(1 − R²) adds at most ~1e-15.
            expectClose(factor.vif, row["vif"], relative: 1e-12, "\(name) \(factor.term) vif")
            expectClose(factor.tolerance, row["tolerance"], relative: 1e-12, "\(name) \(factor.term) tolerance")
        }
    }

    @Test func perfectlyCollinearRegressorsHaveInfiniteVIF() throws {
        let x1: [Double] = [1, 4, 2, 8, 5, 7], x2: [Double] = [3, 1, 4, 1, 5, 9], z: [Double] = [2, 7, 1, 8, 2, 8]
        let table = try DataTable(columns: [DataColumn(name: "y", values: .numeric([1, 2, 3, 4, 5, 6])),
                                            DataColumn(name: "x1", values: .numeric(x1)),
                                            DataColumn(name: "x2", values: .numeric(x2)),
                                            DataColumn(name: "s", values: .numeric(zip(x1, x2).map { $0 + $1 })),
                                            DataColumn(name: "z", values: .numeric(z)),
                                            DataColumn(name: "c", values: .numeric([3, 3, 3, 3, 3, 3]))])
        let factors = try VarianceInflationFactors.compute(try design("y ~ x1 + x2 + s + z", table), at: "/s")
        #expect(factors.map(\.vif).prefix(3).allSatisfy { $0 == .infinity })
        #expect(factors.map(\.tolerance).prefix(3).allSatisfy { $0 == 0 })
        #expect(factors[3].vif.isFinite && factors[3].vif >= 1)
        let constant = try VarianceInflationFactors.compute(try design("y ~ x1 + c", table), at: "/s")
        #expect(constant[1].vif == .infinity)
    }

    @Test func singleRegressorHasVIFOne() throws {
        let table = try DataTable(columns: [DataColumn(name: "y", values: .numeric([1, 2, 4])),
                                            DataColumn(name: "x", values: .numeric([3, 1, 2]))])
        let withIntercept = try VarianceInflationFactors.compute(try design("y ~ x", table), at: "/s")
        #expect(withIntercept.count == 1 && isClose(withIntercept[0].vif, 1, relative: 1e-14))
        let without = try VarianceInflationFactors.compute(try design("y ~ x - 1", table), at: "/s")
        #expect(without.map(\.vif) == [1])
    }

    /// Issue 17: `vif` with a constant regressor never returned (the VIF table was drawn even without `render`, and
    /// drawing an infinite VIF looped). It answers at once: null VIF, tolerance 0, a warning; "inf" in the table.
    @Test func constantRegressorAnswersWithNullVIFAndWarning() throws {
        let data = #"{"columns":{"y":[1,2,3,4,5,6],"x":[1,4,2,8,5,7],"c":[3,3,3,3,3,3]}}"#
        for render in ["", #","render":["text"]"#] {
            let response = ABIClient.run(text: #"{"abi":1,"data":\#(data),"model":{"estimator":"vif","formula":"y ~ x + c"}\#(render)}"#)
            let result = try #require(response["result"] as? [String: Any])
            let terms = try #require(result["terms"] as? [[String: Any]])
            #expect(terms[1]["vif"] is NSNull && terms[1]["tolerance"] as? Double == 0)
            #expect(result["mean_vif"] is NSNull)
            #expect((result["warnings"] as? [String])?.first?.contains("'c'") == true)
            if !render.isEmpty {
                let text = try #require((result["rendered"] as? [String: Any])?["text"] as? String)
                #expect(text.contains("inf"))
            }
        }
    }
}
