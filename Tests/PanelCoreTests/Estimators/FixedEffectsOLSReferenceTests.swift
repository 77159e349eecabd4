import Foundation
import Testing
@testable import PanelCore

/// OLS with absorbed fixed effects through the ABI against the reghdfe-convention references of
/// references/panel/make_feols_fixtures.py (dummy-variable least squares in numpy with reghdfe's small-sample rules,
/// cross-checked there against pyfixest `feols` and linearmodels `PanelOLS`), on Grunfeld, wagepan, a simulated
/// unbalanced panel with singletons, and the example panel. Tolerances (the issue's): coefficients 1e-10 relative;
/// standard errors, t, intervals, R², within R², F 1e-8 relative; p-values 1e-7 relative (floor 1e-15).
/// Driscoll–Kraay: the references follow linearmodels' small-sample rule (N/(N−K−df_a), t(N−K−df_a)); PanelCore
/// follows Stata `xtscc`/`ivreg2, dkraay small` ((N−1)/(N−K)·T/(T−1), t(T−1)), so for those cases the unscaled
/// sandwich (matrix ÷ small-sample factor) is compared instead, 1e-8 relative to the diagonal.
@Suite struct FixedEffectsOLSReferenceTests {
    static let cases: [String] = Fixtures.files(in: "feols").filter { $0.hasSuffix(".json") }
        .map { URL(fileURLWithPath: $0).lastPathComponent }

    @Test(arguments: cases)
    func matchesReghdfeConventions(fixtureName: String) throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixtures.text("feols/" + fixtureName).utf8)) as! [String: Any]
        var request = fixture["request"] as! [String: Any]
        request["abi"] = 1
        request["data"] = ["csv": Fixtures.text("feols/" + (fixture["data"] as! String))]
        let response = ABIClient.run(request)
        let result = try #require(response["result"] as? [String: Any], "\(fixtureName): \(response)")
        #expect(result["nobs"] as? Int == fixture["nobs"] as? Int, "\(fixtureName) nobs")
        #expect(result["omitted"] as? [String] == fixture["omitted"] as? [String], "\(fixtureName) omitted")
        let stats = result["stats"] as! [String: Any]
        if let singletons = fixture["singletons_dropped"] as? Int, !(fixture["request"] as! [String: Any]).isEmpty,
           stats["singletons_dropped"] != nil {
            #expect(stats["singletons_dropped"] as? Int == singletons, "\(fixtureName) singletons")
        }
        let expected = fixture["coefficients"] as! [[String: Any]]
        let actual = result["coefficients"] as! [[String: Any]]
        if (fixture["convention"] as! String).hasPrefix("Driscoll-Kraay") {
            try compareUnscaledSandwich(result: result, fixture: fixture, name: fixtureName)
            return
        }
        #expect(actual.map { $0["term"] as! String } == expected.map { $0["term"] as! String }, "\(fixtureName) terms")
        for (row, reference) in zip(actual, expected) {
            let term = reference["term"] as! String
            #expect(isClose(row["estimate"] as! Double, reference["estimate"] as! Double, relative: 1e-10),
                    "\(fixtureName) \(term) estimate: \(row["estimate"]!) vs \(reference["estimate"]!)")
            for key in ["std_error", "statistic", "conf_low", "conf_high"] {
                let a = row[key] as! Double, b = reference[key] as! Double
                #expect(isClose(a, b, relative: 1e-8), "\(fixtureName) \(term) \(key): \(a) vs \(b)")
            }
            let p = row["p_value"] as! Double, q = reference["p_value"] as! Double
            #expect(isClose(p, q, relative: 1e-7, floor: 1e-15 / 1e-7), "\(fixtureName) \(term) p: \(p) vs \(q)")
        }
        let referenceStats = fixture["stats"] as! [String: Any]
        for key in ["r2", "within_r2", "adj_r2", "rmse", "rss", "f_stat"] {
            guard let b = referenceStats[key] as? Double else { continue }
            let a = stats[key] as? Double ?? .nan
            #expect(isClose(a, b, relative: 1e-8), "\(fixtureName) \(key): \(a) vs \(b)")
        }
        for key in ["df_resid", "df_t", "n_clusters"] {
            guard let b = referenceStats[key] as? Int else { continue }
            #expect(stats[key] as? Int == b, "\(fixtureName) \(key)")
        }
    }

    private func compareUnscaledSandwich(result: [String: Any], fixture: [String: Any], name: String) throws {
        let vcov = result["vcov"] as! [String: Any]
        let ours = (vcov["matrix"] as! [[Double]]).map { $0.map { $0 / (vcov["small_sample_factor"] as! Double) } }
        let theirs = (fixture["vcov_matrix"] as! [[Double]]).map { $0.map { $0 / (fixture["small_sample_factor"] as! Double) } }
        #expect(ours.count == theirs.count, "\(name) vcov size")
        for i in ours.indices {
            for j in ours.indices {
                let scale = (theirs[i][i] * theirs[j][j]).squareRoot()
                #expect(abs(ours[i][j] - theirs[i][j]) <= 1e-8 * scale, "\(name) unscaled V[\(i),\(j)]: \(ours[i][j]) vs \(theirs[i][j])")
            }
        }
        let coefficients = result["coefficients"] as! [[String: Any]]
        for (row, reference) in zip(coefficients, fixture["coefficients"] as! [[String: Any]]) {
            #expect(isClose(row["estimate"] as! Double, reference["estimate"] as! Double, relative: 1e-10), "\(name) estimate")
        }
    }
}
