import Foundation
import Testing
@testable import PanelCore

/// `sun_abraham` against pyfixest's saturated event study (fixtures by references/did-robust/make_sa_fixtures.py on
/// the Callaway–Sant'Anna panel; never-treated, last-treated and with the covariate x as a control): cohort × event-time
/// coefficients, event-time averages and the overall ATT, 1e-9
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

    @Test(arguments: ["never_treated", "last_treated", "never_treated_controls"])
    func matchesPyfixest(name: String) {
        let c = (Self.fixture["cases"] as! [[String: Any]]).first { $0["name"] as! String == name }!
        let control = name == "last_treated" ? "last_treated" : "never_treated"
        var model: [String: Any] = ["estimator": "sun_abraham", "outcome": "y", "cohort": "cohort", "options": ["control": control]]
        if let controls = c["controls"] as? [String], !controls.isEmpty { model["controls"] = controls }
        let response = ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("did-robust/cs_panel.csv")], "panel": ["id": "id", "time": "year"],
                                      "model": model])
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("\(name): \(response)")
            return
        }
        #expect((result["regression"] as! [String: Any])["nobs"] as? Int == c["nobs"] as? Int)
        func compare(_ row: [String: Any], _ reference: [String: Any], _ what: String) {
            #expect(Self.close(row["estimate"], reference["estimate"], 1e-9), "\(name) \(what)")
            #expect(Self.close(row["std_error"], reference["std_error"], 1e-8), "\(name) \(what) se \(row["std_error"]!) vs \(reference["std_error"]!)")
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

    /// Without noise (yᵢₜ = αᵢ + γₜ + τ(g, t), effects growing with time since adoption and different by cohort) every
    /// δ_{g,e} equals τ (zero before adoption) and the overall ATT equals the observation-weighted true effect, to
    /// 1e-10 absolute; the static TWFE regression `y ~ d | id + year` on the same data misses it by more than 0.05
    /// (its known bias under staggered heterogeneous effects: already-treated cohorts serve as controls).
    @Test func recoversTheTruthWhereStaticTWFEIsBiased() {
        func effect(_ g: Int, _ t: Int) -> Double { g == 0 || t < g ? 0 : (g == 2011 ? 0.1 + 0.1 * Double(t - g) : 0.3 + 0.2 * Double(t - g)) }
        var id: [Double] = [], year: [Double] = [], cohort: [Double] = [], d: [Double] = [], y: [Double] = []
        for unit in 0..<30 {
            let g = unit < 8 ? 2011 : (unit < 18 ? 2016 : 0)
            for t in 2009...2019 {
                id.append(Double(unit)); year.append(Double(t)); cohort.append(Double(g)); d.append(g > 0 && t >= g ? 1 : 0)
                y.append(Double(unit % 7) * 0.37 + Double((t * 13) % 5) * 0.21 + effect(g, t))
            }
        }
        let data: [String: Any] = ["columns": ["id": id, "year": year, "g": cohort, "d": d, "y": y]]
        func run(_ model: [String: Any]) -> [String: Any] {
            ABIClient.run(["abi": 1, "data": data, "panel": ["id": "id", "time": "year"], "model": model])["result"] as! [String: Any]
        }
        let sunAbraham = run(["estimator": "sun_abraham", "outcome": "y", "cohort": "g"])
        for cell in sunAbraham["cohort_effects"] as! [[String: Any]] {
            let truth = effect(cell["group"] as! Int, (cell["group"] as! Int) + (cell["event_time"] as! Int))
            #expect(abs(cell["estimate"] as! Double - truth) < 1e-10, "\(cell)")
        }
        let post2011 = (2011...2019).map { effect(2011, $0) }, post2016 = (2016...2019).map { effect(2016, $0) }
        let truth = (8 * post2011.reduce(0, +) + 10 * post2016.reduce(0, +)) / Double(8 * post2011.count + 10 * post2016.count)
        #expect(abs((sunAbraham["overall"] as! [String: Any])["estimate"] as! Double - truth) < 1e-10)
        let twfe = run(["estimator": "ols", "formula": "y ~ d | id + year"])
        let staticEstimate = (twfe["coefficients"] as! [[String: Any]])[0]["estimate"] as! Double
        #expect(abs(staticEstimate - truth) > 0.05, "TWFE \(staticEstimate) vs truth \(truth)")
    }
}
