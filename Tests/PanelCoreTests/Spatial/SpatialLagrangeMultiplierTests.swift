import Foundation
import Testing
@testable import PanelCore

/// LM lag / LM error and their robust forms through the ABI against references/spatial/make_lm_fixtures.py: the
/// NumPy implementation of Elhorst (2014) on the fixed-effects panels and spreg `OLS(spat_diag=True)` on one period.
@Suite struct SpatialLagrangeMultiplierTests {
    /// 1e-9 relative on the statistics and their χ²(1) p-values.
    static let tolerance = 1e-9
    static let names = ["lm_lag", "robust_lm_lag", "lm_error", "robust_lm_error"]

    static func tests(csv: String, y: String, x: [String], effects: String) -> [String: [String: Any]] {
        let weights = SpatialFixture.reference("weights.json")["economic_none"] as! [String: Any]
        let weightsJSON = String(data: try! JSONSerialization.data(withJSONObject: ["ids": weights["ids"]!, "dense": weights["matrix"]!]), encoding: .utf8)!
        let xJSON = "[" + x.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        let text = #"{"abi": 1, "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text(csv)) + #"}, "panel": {"id": "city", "time": "year"}, "#
            + #""model": {"estimator": "spatial_lm", "dependent": ""# + y + #"", "regressors": "# + xJSON
            + #", "fixed_effects": ""# + effects + #"", "weights": "# + weightsJSON + "}}"
        let result = ABIClient.run(text: text)["result"] as! [String: Any]
        var byName: [String: [String: Any]] = [:]
        for test in result["tests"] as! [[String: Any]] { byName[test["test"] as! String] = test }
        return byName
    }

    @Test(arguments: [("nqpf", "descriptives/nqpf.csv", "NQP", ["DF", "RI"]), ("simulated", "spatial/sar_simulated.csv", "y", ["x1", "x2"])])
    func panelMatchesElhorst(_ dataset: (String, String, String, [String])) {
        let cases = (SpatialFixture.reference("lm.json")["panel"] as! [String: Any])[dataset.0] as! [[String: Any]]
        #expect(cases.count == 3)
        for expected in cases {
            let effects = expected["effects"] as! String
            let computed = Self.tests(csv: dataset.1, y: dataset.2, x: dataset.3, effects: effects)
            for name in Self.names {
                let statistic = computed[name]!["statistic"] as! Double, reference = expected[name] as! Double
                #expect(isClose(statistic, reference, relative: Self.tolerance), "\(dataset.0) \(effects) \(name)")
            }
        }
    }

    @Test func crossSectionMatchesSpreg() {
        let expected = SpatialFixture.reference("lm.json")["cross_section"] as! [String: Any]
        let computed = Self.tests(csv: "spatial/nqpf_2013.csv", y: "NQP", x: ["DF", "RI"], effects: "time")
        let pValues = expected["p"] as! [Double]
        for (k, name) in ["lm_lag", "lm_error", "robust_lm_lag", "robust_lm_error"].enumerated() {
            #expect(isClose(computed[name]!["statistic"] as! Double, expected[name] as! Double, relative: Self.tolerance), "\(name)")
            #expect(isClose(computed[name]!["p_value"] as! Double, pValues[k], relative: Self.tolerance), "\(name) p")
        }
    }
}
