import Foundation
import Testing
@testable import PanelCore

/// Difference-in-Sargan tests of instrument subsets after one-step difference GMM on EmplUK (xtabond2's one-step
/// report), against the statistics computed from the formulas on R plm's own pgmm matrices
/// (references/gmm/make_difference_in_sargan.R): the "Sargan test excluding group" (statistic, df) and the
/// difference (statistic, df), 1e-8 relative. A subset whose removal leaves no more instruments than coefficients
/// reports null tests; two-step and system GMM report none.
@Suite struct DifferenceInSarganTests {
    /// The one-step difference-GMM models of the fixture.
    static func model(_ name: String) -> [String: Any] {
        switch name {
        case "ab_a1": return ["formula": GMMReferenceTests.ab, "gmm": GMMReferenceTests.gmm(["log(emp)"])]
        case "ab_b_onestep": return ["formula": GMMReferenceTests.b4, "gmm": GMMReferenceTests.gmm(["log(emp)"])]
        default: return ["formula": GMMReferenceTests.bb, "gmm": GMMReferenceTests.gmm(["log(emp)", "log(wage)", "log(capital)"])]
        }
    }

    static func subsets(_ result: [String: Any]) -> [[String: Any]] {
        (result["diagnostics"] as? [String: Any])?["difference_in_sargan"] as? [[String: Any]] ?? []
    }

    @Test(arguments: ["ab_a1", "ab_b_onestep", "three_gmm_d"])
    func subsetsAgreeWithTheFormulasOnPlmMatrices(model: String) {
        DifferenceInHansenTests.expectSubsets(Self.subsets(GMMReferenceTests.fit(Self.model(model))), model: model,
                                              fixture: "gmm/difference_in_sargan.txt", statistic: "sargan")
    }

    /// The excluding-group statistic and the difference add up to the reported Sargan statistic.
    @Test func excludingAndDifferenceAddUpToTheSargan() {
        let result = GMMReferenceTests.fit(Self.model("three_gmm_d"))
        let sargan = ((result["diagnostics"] as? [String: Any])?["sargan"] as? [String: Any])?["statistic"] as? Double ?? .nan
        for subset in Self.subsets(result) {
            let excluding = (subset["excluding"] as? [String: Any])?["statistic"] as? Double ?? .nan
            let difference = (subset["difference"] as? [String: Any])?["statistic"] as? Double ?? .nan
            #expect(isClose(excluding + difference, sargan, relative: 1e-10))
        }
    }

    @Test func twoStepAndSystemReportNone() {
        var twoStep = Self.model("ab_a1")
        twoStep["two_step"] = true
        #expect(Self.subsets(GMMReferenceTests.fit(twoStep)).isEmpty)
        #expect(Self.subsets(GMMReferenceTests.fit(DifferenceInHansenTests.model("bb_twosteps").merging(["two_step": false]) { $1 })).isEmpty)
    }

    @Test func textListsTheSubsets() {
        var model = Self.model("ab_a1")
        model["estimator"] = "gmm"
        let response = ABIClient.run(["abi": 1, "data": ["csv": GMMReferenceTests.csv], "panel": ["id": "firm", "time": "year"], "model": model,
                                      "render": ["text"]])
        let text = ((response["result"] as? [String: Any])?["rendered"] as? [String: Any])?["text"] as? String ?? ""
        #expect(text.contains("Difference-in-Sargan tests of exogeneity of instrument subsets:"), "\(response)")
        #expect(text.contains("    Sargan test excluding group   chi2(17) = 48.719"))
    }
}
