import Foundation
import Testing
@testable import PanelCore

/// `sun_abraham` against pyfixest's saturated event study (fixtures by references/did-robust/make_sa_fixtures.py on
/// the Callaway–Sant'Anna panel): cohort × event-time coefficients, event-time averages and the overall ATT, 1e-9
/// relative (absolute 1e-12 near zero); cluster-robust standard errors (reghdfe's rule, pyfixest
/// `ssc(k_fixef="nonnested")`) 1e-8 relative.
@Suite struct SunAbrahamReferenceTests {
    static var fixture: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("did-robust/sa_cases.json").utf8)) as! [String: Any]
    }

    static func close(_ a: Any?, _ b: Any?, _ tolerance: Double) -> Bool {
        guard let x = a as? Double, let y = b as? Double else { return false }
        return abs(x - y) <= max(tolerance * abs(y), 1e-12)
    }

    @Test(arguments: ["never_treated", "last_treated"])
    func matchesPyfixest(control: String) {
        let c = (Self.fixture["cases"] as! [[String: Any]]).first { $0["name"] as! String == control }!
        let response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("did-robust/cs_panel.csv")], "panel": ["id": "id", "time": "year"],
                                      "model": ["estimator": "sun_abraham", "outcome": "y", "cohort": "cohort", "options": ["control": control]]])
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("\(control): \(response)")
            return
        }
        #expect((result["regression"] as! [String: Any])["nobs"] as? Int == c["nobs"] as? Int)
        func compare(_ row: [String: Any], _ reference: [String: Any], _ what: String) {
            #expect(Self.close(row["estimate"], reference["estimate"], 1e-9), "\(control) \(what)")
            #expect(Self.close(row["std_error"], reference["std_error"], 1e-8), "\(control) \(what) se \(row["std_error"]!) vs \(reference["std_error"]!)")
        }
        let effects = result["cohort_effects"] as! [[String: Any]], expected = c["cohort_effects"] as! [[String: Any]]
        #expect(effects.count == expected.count)
        for reference in expected {
            let row = effects.first { $0["group"] as? Int == reference["group"] as? Int && $0["event_time"] as? Int == reference["event_time"] as? Int }
            #expect(row?["observations"] as? Int == reference["observations"] as? Int)
            if let row { compare(row, reference, "\(reference["group"]!),\(reference["event_time"]!)") }
        }
        let eventTimes = result["event_times"] as! [[String: Any]], expectedTimes = c["event_times"] as! [[String: Any]]
        #expect(eventTimes.map { $0["term"] as! String } == expectedTimes.map { "e=\($0["event_time"] as! Int)" })
        for (row, reference) in zip(eventTimes, expectedTimes) { compare(row, reference, "\(row["term"]!)") }
        compare(result["overall"] as! [String: Any], c["overall"] as! [String: Any], "ATT")
    }
}
