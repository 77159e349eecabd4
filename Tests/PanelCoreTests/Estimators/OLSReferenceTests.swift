import Foundation
import Testing
@testable import PanelCore

/// OLS against statsmodels on real and simulated data (fixtures made by references/ols/make_ols_fixtures.py).
/// Tolerances: estimates, standard errors, t statistics, intervals, R², F: 1e-9 relative; p-values: 1e-8 relative
/// with an absolute floor of 1e-15 (they are computed through the t and F distribution functions).
/// On ill-conditioned designs (cond(X) > 1e6: Longley, the Grunfeld interaction) statsmodels' own sandwich keeps
/// only about 8 digits, so there the fixture also carries a 50-digit mpmath recomputation: standard errors and F
/// must match it to 1e-10, and statsmodels to 1e-7.
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
        let highPrecision = fixture["high_precision"] as? [String: Any]
        let statsmodelsTolerance = highPrecision == nil ? 1e-9 : 1e-7
        for (j, (row, reference)) in zip(actual, expected).enumerated() {
            let term = reference["term"] as! String
            #expect(isClose(row["estimate"] as! Double, reference["estimate"] as! Double, relative: 1e-9), "\(fixtureName) \(term)")
            for key in ["std_error", "statistic"] {
                let a = row[key] as! Double, b = reference[key] as! Double
                #expect(isClose(a, b, relative: statsmodelsTolerance), "\(fixtureName) \(term) \(key): \(a) vs \(b)")
            }
            if let precise = highPrecision?["std_error"] as? [Double] {
                let se = row["std_error"] as! Double
                #expect(isClose(se, precise[j], relative: 1e-10), "\(fixtureName) \(term) se vs mpmath: \(se) vs \(precise[j])")
            }
            let suffix = stataConvention ? "_stata" : ""
            for key in ["conf_low", "conf_high"] {
                let a = row[key] as! Double, b = reference[key + suffix] as! Double
                #expect(isClose(a, b, relative: statsmodelsTolerance), "\(fixtureName) \(term) \(key): \(a) vs \(b)")
            }
            let p = row["p_value"] as! Double, q = reference["p_value" + suffix] as! Double
            #expect(isClose(p, q, relative: max(1e-8, statsmodelsTolerance * 10), floor: 1e-15 / 1e-8), "\(fixtureName) \(term) p: \(p) vs \(q)")
        }
        let stats = result["stats"] as! [String: Any]
        let referenceStats = fixture["stats"] as! [String: Any]
        for key in ["r2", "adj_r2", "rmse", "rss"] {
            guard let b = referenceStats[key] as? Double else { continue }
            let a = stats[key] as! Double
            #expect(isClose(a, b, relative: 1e-9), "\(fixtureName) \(key): \(a) vs \(b)")
        }
        let fKey = referenceStats["f_stat_stata"] != nil ? "f_stat_stata" : "f_stat"
        let f = stats["f_stat"] as? Double ?? .nan
        if let b = referenceStats[fKey] as? Double {
            #expect(isClose(f, b, relative: statsmodelsTolerance), "\(fixtureName) F: \(f) vs \(b)")
        }
        if let b = highPrecision?["f_stat"] as? Double {
            #expect(isClose(f, b, relative: 1e-10), "\(fixtureName) F vs mpmath: \(f) vs \(b)")
        }
    }
}
