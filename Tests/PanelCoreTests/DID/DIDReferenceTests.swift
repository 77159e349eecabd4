import Foundation
import Testing
@testable import PanelCore

/// DID, event study and Goodman-Bacon through the ABI against references/did/make_did_fixtures.py on the simulated
/// two-batch pilot panel (285 cities × 11 years): pyfixest `feols` for TWFE and event studies (CRV1 by city),
/// statsmodels `OLS` with HC1 for the 2×2, and a NumPy Goodman-Bacon decomposition. Tolerances: estimates 1e-10
/// relative; standard errors, t and intervals 1e-8 relative; p-values 1e-7 relative with a 1e-15 floor; Bacon
/// estimates and weights 1e-10 relative, and the decomposition identity Σ wᵢbᵢ = TWFE to 1e-10 absolute.
@Suite struct DIDReferenceTests {
    static func fixture(_ name: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("did/\(name).json").utf8)) as! [String: Any]
    }

    static func result(_ fixture: [String: Any]) throws -> [String: Any] {
        var request = fixture["request"] as! [String: Any]
        request["abi"] = 1
        request["data"] = ["csv": Fixtures.text("did/" + (fixture["data"] as! String))]
        request["panel"] = ["id": "city", "time": "year"]
        let response = ABIClient.run(request)
        return try #require(response["result"] as? [String: Any], "\(response)")
    }

    static func expectRows(_ actual: [[String: Any]], _ expected: [[String: Any]], _ name: String) {
        #expect(actual.map { $0["term"] as! String } == expected.map { $0["term"] as! String }, "\(name) terms")
        for (row, reference) in zip(actual, expected) {
            let term = reference["term"] as! String
            #expect(isClose(row["estimate"] as! Double, reference["estimate"] as! Double, relative: 1e-10), "\(name) \(term) estimate")
            for key in ["std_error", "statistic", "conf_low", "conf_high"] {
                #expect(isClose(row[key] as! Double, reference[key] as! Double, relative: 1e-8), "\(name) \(term) \(key)")
            }
            #expect(isClose(row["p_value"] as! Double, reference["p_value"] as! Double, relative: 1e-7, floor: 1e-15 / 1e-7), "\(name) \(term) p")
        }
    }

    @Test(arguments: ["twfe_cluster", "two_by_two_hc1"])
    func didMatchesReference(name: String) throws {
        let fixture = Self.fixture(name)
        let result = try Self.result(fixture)
        let regression = result["regression"] as! [String: Any]
        #expect(regression["nobs"] as? Int == fixture["nobs"] as? Int)
        var rows = regression["coefficients"] as! [[String: Any]]
        var expected = fixture["coefficients"] as! [[String: Any]]
        rows.sort { ($0["term"] as! String) < ($1["term"] as! String) }
        expected.sort { ($0["term"] as! String) < ($1["term"] as! String) }
        Self.expectRows(rows, expected, name)
        let effect = result["effect"] as! [String: Any]
        let reference = (fixture["coefficients"] as! [[String: Any]]).first { $0["term"] as? String == effect["term"] as? String }
        Self.expectRows([effect], [try #require(reference)], name + " effect")
    }

    @Test(arguments: ["event_study_binned", "event_study_unbinned"])
    func eventStudyMatchesPyfixest(name: String) throws {
        let fixture = Self.fixture(name)
        let result = try Self.result(fixture)
        let times = fixture["relative_times"] as! [Int]
        let reference = ((fixture["request"] as! [String: Any])["model"] as! [String: Any])["options"] as! [String: Any]
        let referenceTime = reference["reference"] as! Int
        #expect(result["relative_times"] as? [Int] == (times + [referenceTime]).sorted())
        let rows = result["coefficients"] as! [[String: Any]]
        let zero = try #require(rows.first { $0["term"] as? String == "rel::\(referenceTime)" })
        #expect(zero["estimate"] as? Double == 0 && zero["std_error"] as? Double == 0 && zero["p_value"] is NSNull)
        Self.expectRows(rows.filter { $0["term"] as? String != "rel::\(referenceTime)" }, fixture["coefficients"] as! [[String: Any]], name)
        #expect((result["regression"] as! [String: Any])["nobs"] as? Int == fixture["nobs"] as? Int)
        let pretrend = result["pretrend"] as! [String: Any], expected = fixture["pretrend"] as! [String: Any]
        #expect(isClose(pretrend["f_stat"] as! Double, expected["f_stat"] as! Double, relative: 1e-8))
        #expect(isClose(pretrend["p_value"] as! Double, expected["p_value"] as! Double, relative: 1e-7))
        #expect(pretrend["df_num"] as? Int == expected["df_num"] as? Int && pretrend["df_den"] as? Int == expected["df_den"] as? Int)
    }

    @Test func baconMatchesNumPyAndSumsToTWFE() throws {
        let fixture = Self.fixture("bacon")
        let result = try Self.result(fixture)
        let twfe = fixture["twfe"] as! Double
        #expect(isClose(result["twfe_estimate"] as! Double, twfe, relative: 1e-10))
        #expect(abs(result["weighted_sum"] as! Double - twfe) <= 1e-10)
        let rows = result["comparisons"] as! [[String: Any]], expected = fixture["comparisons"] as! [[String: Any]]
        #expect(rows.count == expected.count)
        for (row, reference) in zip(rows, expected) {
            #expect(row["type"] as? String == reference["type"] as? String)
            #expect("\(row["treated"]!)" == "\(reference["treated"]!)" && "\(row["control"]!)" == "\(reference["control"]!)")
            for key in ["estimate", "weight"] {
                #expect(isClose(row[key] as! Double, reference[key] as! Double, relative: 1e-10), "\(key) \(reference)")
            }
        }
        let weights = rows.reduce(0.0) { $0 + ($1["weight"] as! Double) }
        #expect(abs(weights - 1) <= 1e-12)
    }
}
