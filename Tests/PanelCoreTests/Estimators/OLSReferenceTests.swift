import Foundation
import Testing
@testable import PanelCore

/// OLS against statsmodels on real and simulated data (fixtures made by references/ols/make_ols_fixtures.py).
/// Tolerances: estimates, standard errors, t statistics, intervals, R², F: 1e-9 relative; p-values: 1e-8 relative
/// with an absolute floor of 1e-15 (they are computed through the t and F distribution functions).
@Suite struct OLSReferenceTests {
    static let cases: [String] = Fixtures.files(in: "ols").filter { $0.hasSuffix(".json") }
        .map { URL(fileURLWithPath: $0).lastPathComponent }

    @Test(arguments: cases)
    func matchesStatsmodels(fixtureName: String) throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixtures.text("ols/" + fixtureName).utf8)) as! [String: Any]
        let csv = Fixtures.text("ols/" + (fixture["data"] as! String))
        let model: [String: Any] = ["estimator": "ols", "formula": fixture["formula"]!, "vcov": fixture["vcov"]!]
        let response = ABIClient.run(["abi": 1, "data": ["csv": csv], "model": model])
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("\(fixtureName): \(response)")
            return
        }
        #expect(result["nobs"] as? Int == fixture["nobs"] as? Int)
        if let omitted = fixture["omitted"] as? [String] {
            #expect(result["omitted"] as? [String] == omitted)
        }
        let expected = fixture["coefficients"] as! [[String: Any]]
        let actual = result["coefficients"] as! [[String: Any]]
        #expect(actual.map { $0["term"] as! String } == expected.map { $0["term"] as! String })
        let stataConvention = expected.first?["p_value_stata"] != nil
        for (row, reference) in zip(actual, expected) {
            let term = reference["term"] as! String
            for key in ["estimate", "std_error", "statistic"] {
                let a = row[key] as! Double, b = reference[key] as! Double
                #expect(isClose(a, b, relative: 1e-9), "\(fixtureName) \(term) \(key): \(a) vs \(b)")
            }
            let suffix = stataConvention ? "_stata" : ""
            for key in ["conf_low", "conf_high"] {
                let a = row[key] as! Double, b = reference[key + suffix] as! Double
                #expect(isClose(a, b, relative: 1e-9), "\(fixtureName) \(term) \(key): \(a) vs \(b)")
            }
            let p = row["p_value"] as! Double, q = reference["p_value" + suffix] as! Double
            #expect(isClose(p, q, relative: 1e-8, floor: 1e-15 / 1e-8), "\(fixtureName) \(term) p: \(p) vs \(q)")
        }
        let stats = result["stats"] as! [String: Any]
        let referenceStats = fixture["stats"] as! [String: Any]
        for key in ["r2", "adj_r2", "rmse", "rss"] {
            guard let b = referenceStats[key] as? Double else { continue }
            let a = stats[key] as! Double
            #expect(isClose(a, b, relative: 1e-9), "\(fixtureName) \(key): \(a) vs \(b)")
        }
        let fKey = referenceStats["f_stat_stata"] != nil ? "f_stat_stata" : "f_stat"
        if let b = referenceStats[fKey] as? Double {
            let a = stats["f_stat"] as? Double ?? .nan
            #expect(isClose(a, b, relative: 1e-9), "\(fixtureName) F: \(a) vs \(b)")
        }
    }
}
