import Foundation
import Testing
@testable import PanelCore

/// `callaway_santanna` against the PyPI `csdid` port of R `did` (fixtures by references/did-robust/make_cs_fixtures.py:
/// simulated staggered panel, 285 units × 2009–2019, cohorts 2011 and 2016; without covariates and with a
/// time-varying covariate by outcome regression, `est_method = "reg"`). Tolerances: ATT(g,t) and aggregated
/// estimates 1e-10 relative (absolute 1e-12 near zero); analytic standard errors 1e-9 relative. A `did` NA standard
/// error (the universal base cell) must be reported as 0 with null statistic, p-value and interval.
@Suite struct CallawaySantAnnaReferenceTests {
    static var fixture: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("did-robust/cs_cases.json").utf8)) as! [String: Any]
    }

    static func close(_ a: Any?, _ b: Any?, _ tolerance: Double) -> Bool {
        guard let y = b as? Double else { return a as? Double == 0 }
        guard let x = a as? Double else { return false }
        return abs(x - y) <= max(tolerance * abs(y), 1e-12)
    }

    static func run(_ model: [String: Any]) -> [String: Any]? {
        ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("did-robust/cs_panel.csv")], "panel": ["id": "id", "time": "year"],
                       "model": model])["result"] as? [String: Any]
    }

    @Test(arguments: ["never_treated_varying", "not_yet_treated_varying", "never_treated_universal",
                      "never_treated_varying_covariates", "not_yet_treated_universal_covariates"])
    func matchesCsdid(name: String) {
        let c = (Self.fixture["cases"] as! [[String: Any]]).first { $0["name"] as! String == name }!
        var model: [String: Any] = ["estimator": "callaway_santanna", "outcome": "y", "cohort": "cohort",
                                    "options": ["control_group": c["control_group"]!, "base_period": c["base_period"]!]]
        if let covariates = c["covariates"] as? [String], !covariates.isEmpty {
            model["covariates"] = covariates
            model["options"] = ["control_group": c["control_group"]!, "base_period": c["base_period"]!, "est_method": "reg"]
        }
        guard let result = Self.run(model) else {
            Issue.record("\(name): no result")
            return
        }
        #expect(result["units"] as? Int == Self.fixture["units"] as? Int)
        let cells = result["group_time"] as! [[String: Any]]
        let expected = c["group_time"] as! [[String: Any]]
        #expect(cells.count == expected.count)
        for (cell, reference) in zip(cells, expected) {
            #expect(cell["group"] as? Int == reference["group"] as? Int && cell["time"] as? Int == reference["time"] as? Int)
            #expect(Self.close(cell["estimate"], reference["estimate"], 1e-10), "\(name) \(reference)")
            #expect(Self.close(cell["std_error"], reference["std_error"], 1e-9), "\(name) \(reference) se \(cell["std_error"]!)")
            if reference["std_error"] is NSNull { #expect(cell["p_value"] is NSNull) }
        }
        func compare(_ row: Any?, _ reference: Any?, _ what: String) {
            let row = row as! [String: Any], reference = reference as! [String: Any]
            #expect(Self.close(row["estimate"], reference["estimate"], 1e-10), "\(name) \(what)")
            #expect(Self.close(row["std_error"], reference["std_error"], 1e-9), "\(name) \(what) se")
        }
        compare(result["simple"], (c["simple"] as! [String: Any])["overall"], "simple")
        for (kind, list) in [("dynamic", "event_times"), ("group", "groups")] {
            let ours = result[kind] as! [String: Any], theirs = c[kind] as! [String: Any]
            compare(ours["overall"], theirs["overall"], kind)
            let rows = ours[list] as! [[String: Any]], references = theirs["by"] as! [[String: Any]]
            #expect(rows.count == references.count)
            for (row, reference) in zip(rows, references) {
                #expect(row["term"] as? String == (kind == "dynamic" ? "e=" : "g=") + "\(reference["key"] as! Int)")
                compare(row, reference, "\(kind) \(reference["key"]!)")
            }
        }
    }

    /// Without noise (yᵢₜ = αᵢ + γₜ + τ(g, t)), every ATT(g,t) equals the true effect τ(g, t) — zero before adoption —
    /// up to rounding (1e-12 absolute), whichever comparison group, and the simple aggregation is the cohort-size
    /// weighted mean of the true post-treatment effects.
    @Test func recoversKnownHeterogeneousEffects() {
        func effect(_ g: Int, _ t: Int) -> Double { g == 0 || t < g ? 0 : (g == 2011 ? 0.1 + 0.05 * Double(t - g) : 0.3 + 0.1 * Double(t - g)) }
        var id: [Double] = [], year: [Double] = [], cohort: [Double] = [], y: [Double] = []
        for unit in 0..<30 {
            let g = unit < 8 ? 2011 : (unit < 18 ? 2016 : 0)
            for t in 2009...2019 {
                id.append(Double(unit)); year.append(Double(t)); cohort.append(Double(g))
                y.append(Double(unit % 7) * 0.37 + Double((t * 13) % 5) * 0.21 + effect(g, t))
            }
        }
        for control in ["never_treated", "not_yet_treated"] {
            let response = ABIClient.run(["abi": 1, "data": ["columns": ["id": id, "year": year, "g": cohort, "y": y]],
                                          "panel": ["id": "id", "time": "year"],
                                          "model": ["estimator": "callaway_santanna", "outcome": "y", "cohort": "g",
                                                    "options": ["control_group": control]]])
            let result = response["result"] as! [String: Any]
            for cell in result["group_time"] as! [[String: Any]] {
                let truth = effect(cell["group"] as! Int, cell["time"] as! Int)
                #expect(abs(cell["estimate"] as! Double - truth) < 1e-12, "\(control) \(cell)")
            }
            let post2011 = (2011...2019).map { effect(2011, $0) }, post2016 = (2016...2019).map { effect(2016, $0) }
            let simple = (8 * post2011.reduce(0, +) + 10 * post2016.reduce(0, +)) / Double(8 * post2011.count + 10 * post2016.count)
            #expect(abs((result["simple"] as! [String: Any])["estimate"] as! Double - simple) < 1e-12)
        }
    }
}
