import Foundation
import Testing
@testable import PanelCore

/// The panel estimators and the Hausman test through the ABI against R plm 2.6.2 on plm's Produc and Grunfeld panels
/// (references/panel/make_plm_fixtures.R; one fixture per case, with the request, plm's numbers and a convention note).
/// Only quantities whose convention matches plm's are in the fixtures. Clustered cases compare plm's "sss" standard
/// errors times the fixture's `std_error_scale` (plm's K omits the constant that Stata and PanelCore count).
/// Tolerances, relative to max(|plm|, 1e-3) so near-zero coefficients get an absolute floor: coefficients, standard
/// errors, R², σ's and θ 1e-10; the Hausman statistic and p-value 1e-9 (floor 1e-15). Both sides compute in double
/// precision on well-conditioned designs; the largest observed differences are 1e-12 (regressions) and 2e-12 (the
/// Produc Hausman p-value, after the cancellation in V_FE − V_RE), so the margins are ≥ 50×.
@Suite struct PlmReferenceTests {
    static let cases: [String] = Fixtures.files(in: "plm").filter { $0.hasSuffix(".json") }
        .map { URL(fileURLWithPath: $0).lastPathComponent }

    static func response(to fixture: [String: Any]) -> [String: Any] {
        var request = fixture["request"] as! [String: Any]
        request["abi"] = 1
        request["data"] = ["csv": Fixtures.text("plm/" + (fixture["data"] as! String))]
        return ABIClient.run(request)
    }

    @Test(arguments: cases)
    func matchesPlm(fixtureName: String) throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixtures.text("plm/" + fixtureName).utf8)) as! [String: Any]
        let response = Self.response(to: fixture)
        let result = try #require(response["result"] as? [String: Any], "\(fixtureName): \(response)")
        if fixture["statistic"] != nil {
            Self.checkHausman(result, fixture, fixtureName)
        } else {
            Self.checkRegression(result, fixture, fixtureName)
        }
    }

    static func checkRegression(_ result: [String: Any], _ fixture: [String: Any], _ name: String) {
        #expect(result["nobs"] as? Int == fixture["nobs"] as? Int, "\(name) nobs")
        let rows = Dictionary(uniqueKeysWithValues: (result["coefficients"] as! [[String: Any]]).map { ($0["term"] as! String, $0) })
        for expected in fixture["coefficients"] as! [[String: Any]] {
            let term = expected["term"] as! String
            guard let row = rows[term] else { Issue.record("\(name): no term \(term)"); continue }
            let estimate = row["estimate"] as! Double, reference = expected["estimate"] as! Double
            #expect(isClose(estimate, reference, relative: 1e-10, floor: 1e-3), "\(name) \(term): \(estimate) vs \(reference)")
            if let plmSE = expected["std_error"] as? Double {
                let se = plmSE * (fixture["std_error_scale"] as? Double ?? 1)
                let ours = row["std_error"] as! Double
                #expect(isClose(ours, se, relative: 1e-10, floor: 1e-3), "\(name) \(term) se: \(ours) vs \(se)")
            }
        }
        let stats = result["stats"] as! [String: Any]
        for (key, value) in fixture["stats"] as? [String: Any] ?? [:] {
            let reference = value as! Double
            guard let ours = stats[key] as? Double else { Issue.record("\(name): no statistic \(key)"); continue }
            #expect(isClose(ours, reference, relative: 1e-10), "\(name) \(key): \(ours) vs \(reference)")
        }
        if let clusters = fixture["n_clusters"] as? Int {
            let vcov = result["vcov"] as! [String: Any]
            #expect(vcov["df"] as? Int == clusters - 1, "\(name) t(G - 1)")
        }
    }

    static func checkHausman(_ result: [String: Any], _ fixture: [String: Any], _ name: String) {
        #expect(result["df"] as? Int == fixture["df"] as? Int, "\(name) df")
        let statistic = result["statistic"] as! Double, reference = fixture["statistic"] as! Double
        #expect(isClose(statistic, reference, relative: 1e-9), "\(name) statistic: \(statistic) vs \(reference)")
        let p = result["p_value"] as! Double, q = fixture["p_value"] as! Double
        #expect(isClose(p, q, relative: 1e-9, floor: 1e-15), "\(name) p: \(p) vs \(q)")
    }
}
