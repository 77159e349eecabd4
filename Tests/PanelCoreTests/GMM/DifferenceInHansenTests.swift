import Foundation
import Testing
@testable import PanelCore

/// Difference-in-Hansen tests of instrument subsets after two-step (and robust one-step) GMM on EmplUK, against the C statistic computed
/// from the formulas on R plm's own pgmm matrices (references/gmm/make_difference_in_hansen.R): the "Hansen test
/// excluding group" (statistic, df) and the difference (statistic, df), 1e-8 relative. A subset whose removal leaves
/// no more instruments than coefficients reports null tests.
@Suite struct DifferenceInHansenTests {
    /// The two-step models of the fixture (named as in GMMReferenceTests).
    static func model(_ name: String) -> [String: Any] {
        switch name {
        case "ab_a2": return ["formula": GMMReferenceTests.ab, "gmm": GMMReferenceTests.gmm(["log(emp)"]), "two_step": true]
        case "ab_b": return ["formula": GMMReferenceTests.b4, "gmm": GMMReferenceTests.gmm(["log(emp)"]), "two_step": true]
        default: return ["formula": GMMReferenceTests.bb, "gmm": GMMReferenceTests.gmm(["log(emp)", "log(wage)", "log(capital)"]),
                         "transformation": "ld", "two_step": true]
        }
    }

    static func subsets(_ result: [String: Any]) -> [[String: Any]] {
        (result["diagnostics"] as? [String: Any])?["difference_in_hansen"] as? [[String: Any]] ?? []
    }

    @Test(arguments: ["ab_a2", "ab_b", "bb_twosteps"])
    func subsetsAgreeWithTheFormulasOnPlmMatrices(model: String) {
        Self.expectSubsets(Self.subsets(GMMReferenceTests.fit(Self.model(model))), model: model, fixture: "gmm/difference_in_hansen.txt", statistic: "hansen")
    }

    /// `subsets` against the fixture's lines of `model` ("model group J_r df_r difference df", or "model group NA"
    /// for null tests), 1e-8 relative; the excluding-group tests are named `statistic`.
    static func expectSubsets(_ subsets: [[String: Any]], model: String, fixture: String, statistic: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = Fixtures.text(fixture).split(separator: "\n").map { $0.split(separator: " ") }.filter { $0[0] == model }
        #expect(subsets.map { ($0["group"] as? String ?? "").replacingOccurrences(of: " ", with: "_") } == expected.map { String($0[1]) },
                sourceLocation: sourceLocation)
        for (subset, line) in zip(subsets, expected) {
            let excluding = subset["excluding"] as? [String: Any], difference = subset["difference"] as? [String: Any]
            guard line[2] != "NA" else {
                #expect(excluding == nil && difference == nil, "\(model) \(line[1])", sourceLocation: sourceLocation)
                continue
            }
            #expect(excluding?["name"] as? String == statistic, sourceLocation: sourceLocation)
            #expect(isClose(excluding?["statistic"] as? Double ?? .nan, Double(line[2])!, relative: GMMReferenceTests.tolerance), "\(model) \(line[1])",
                    sourceLocation: sourceLocation)
            #expect(excluding?["df"] as? Int == Int(line[3]), sourceLocation: sourceLocation)
            #expect(isClose(difference?["statistic"] as? Double ?? .nan, Double(line[4])!, relative: GMMReferenceTests.tolerance), "\(model) \(line[1])",
                    sourceLocation: sourceLocation)
            #expect(difference?["df"] as? Int == Int(line[5]), sourceLocation: sourceLocation)
            #expect(subset["instruments"] as? Int == Int(line[5]), sourceLocation: sourceLocation)
        }
    }

    /// After a robust one-step estimate xtabond2 reports the Hansen test at the two-step minimum and its subset tests
    /// from the same S: the one-step fits of models (a2), (b) and the system give the two-step fits' subset tests.
    @Test(arguments: ["ab_a2", "ab_b", "bb_twosteps"])
    func oneStepSubsetsAreTheTwoStepOnes(model: String) {
        var oneStep = Self.model(model)
        oneStep["two_step"] = false
        let one = Self.subsets(GMMReferenceTests.fit(oneStep)), two = Self.subsets(GMMReferenceTests.fit(Self.model(model)))
        #expect(one.count == two.count && !one.isEmpty)
        for (a, b) in zip(one, two) {
            #expect(a["group"] as? String == b["group"] as? String)
            for key in ["excluding", "difference"] {
                let x = (a[key] as? [String: Any])?["statistic"] as? Double, y = (b[key] as? [String: Any])?["statistic"] as? Double
                #expect((x == nil) == (y == nil), "\(model) \(key)")
                if let x, let y { #expect(isClose(x, y, relative: 1e-10), "\(model) \(key)") }
            }
        }
    }

    @Test func textAndTablesListTheSubsets() {
        var model = Self.model("bb_twosteps")
        model["estimator"] = "gmm"
        let response = ABIClient.run(["abi": 1, "data": ["csv": GMMReferenceTests.csv], "panel": ["id": "firm", "time": "year"], "model": model,
                                      "render": ["text"]])
        let text = ((response["result"] as? [String: Any])?["rendered"] as? [String: Any])?["text"] as? String ?? ""
        #expect(text.contains("Difference-in-Hansen tests of exogeneity of instrument subsets:"), "\(response)")
        #expect(text.contains("  GMM instruments for levels (21 instruments)"))
    }
}
