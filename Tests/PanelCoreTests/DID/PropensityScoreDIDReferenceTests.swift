import Foundation
import Testing
@testable import PanelCore

/// `psm_did` against an independent NumPy matching implementation, statsmodels `Logit` for the propensity score and
/// statsmodels OLS with unit and year dummies for the DID on the matched sample (fixtures by
/// references/did-robust/make_psm_fixtures.py; simulated 285 × 11 panel). Counts must be equal; propensity
/// coefficients and standard errors 1e-8 relative; balance means, %bias, t and p 1e-8 relative (absolute 1e-10 for
/// values near zero); DID coefficients and iid standard errors 1e-8 relative.
@Suite struct PropensityScoreDIDReferenceTests {
    static var fixture: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("did-robust/psm_cases.json").utf8)) as! [String: Any]
    }
    static let cases = ["nearest1_replacement", "nearest3_noreplacement_caliper", "kernel_common", "pooled_caliper"]

    static func close(_ a: Any?, _ b: Any?, _ tolerance: Double = 1e-8) -> Bool {
        guard let x = a as? Double, let y = b as? Double else { return a is NSNull && b is NSNull }
        return abs(x - y) <= max(tolerance * abs(y), 1e-10)
    }

    @Test(arguments: cases)
    func matchesNumPyReference(name: String) {
        let c = (Self.fixture["cases"] as! [[String: Any]]).first { $0["name"] as! String == name }!
        let model: [String: Any] = ["estimator": "psm_did", "formula": Self.fixture["formula"]!, "treatment": Self.fixture["treatment"]!,
                                    "covariates": c["covariates"]!, "vcov": "iid", "options": c["options"]!]
        let response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("did-robust/psm_panel.csv")],
                                      "panel": ["id": "id", "time": "year"], "model": model])
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("\(name): \(response)")
            return
        }
        let matching = result["matching"] as! [String: Any]
        for (key, value) in c["matching"] as! [String: Int] { #expect(matching[key] as? Int == value, "\(name) \(key)") }
        let propensity = (result["propensity"] as! [String: Any])["coefficients"] as! [[String: Any]]
        for (row, reference) in zip(propensity, c["propensity"] as! [[String: Any]]) {
            for key in ["estimate", "std_error", "statistic"] { #expect(Self.close(row[key], reference[key]), "\(name) logit \(key)") }
        }
        let balance = result["balance"] as! [[String: Any]]
        for (row, reference) in zip(balance, c["balance"] as! [[String: Any]]) {
            for (key, value) in reference where key != "variable" {
                #expect(Self.close(row[key], value), "\(name) \(reference["variable"]!) \(key): \(row[key]!) vs \(value)")
            }
        }
        let did = result["did"] as! [String: Any]
        let reference = c["did"] as! [String: Any]
        #expect(did["nobs"] as? Int == reference["nobs"] as? Int)
        let rows = did["coefficients"] as! [[String: Any]]
        for expected in reference["coefficients"] as! [[String: Any]] {
            let row = rows.first { $0["term"] as? String == expected["term"] as? String }
            for key in ["estimate", "std_error"] { #expect(Self.close(row?[key], expected[key]), "\(name) did \(key)") }
        }
    }
}
