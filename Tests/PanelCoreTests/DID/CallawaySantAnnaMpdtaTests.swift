import Foundation
import Testing
@testable import PanelCore

/// `callaway_santanna` on R `did`'s `mpdta` (500 counties × 2003–2007) against the PyPI `csdid` port of R `did`
/// (fixtures by references/did-robust/make_cs_mpdta_fixtures.py) for every `est_method` (dr, ipw, reg), both comparison
/// groups, without and with `lpop` (cells; simple, dynamic, group and calendar aggregations; the pre-test), and against the pre-test p-values R `did` publishes. Tolerances: reg cells and
/// aggregations 1e-10 relative (absolute 1e-12 near zero), analytic standard errors 1e-9; dr and ipw 1e-8 and 1e-7
/// (the propensity logit: ours iterates Newton to 1e-10 in the coefficients, statsmodels' IRLS stops on a deviance
/// change of 1e-8); the Wald statistic 1e-8 relative (1e-6 with a logit); the published p-values are rounded to 5
/// decimals, so they must agree to 5e-6.
@Suite struct CallawaySantAnnaMpdtaTests {
    static var fixture: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("did-robust/cs_mpdta.json").utf8)) as! [String: Any]
    }
    static let csv = Fixtures.text("did-robust/mpdta.csv")
    static var cases: [[String: Any]] { fixture["cases"] as! [[String: Any]] }

    static func close(_ a: Any?, _ b: Any?, _ tolerance: Double) -> Bool {
        guard let y = b as? Double else { return a as? Double == 0 }
        guard let x = a as? Double else { return false }
        return abs(x - y) <= max(tolerance * abs(y), 1e-12)
    }

    static func run(covariates: [String], control: String = "never_treated", method: String? = nil,
                    options extra: [String: Any] = [:]) -> [String: Any] {
        var options: [String: Any] = ["control_group": control]
        if let method { options["est_method"] = method }
        for (key, value) in extra { options[key] = value }
        let formula = "lemp ~ " + (covariates.isEmpty ? "1" : covariates.joined(separator: " + "))
        let response = ABIClient.run(["abi": 1, "data": ["csv": csv], "panel": ["id": "countyreal", "time": "year"],
                                      "model": ["estimator": "callaway_santanna", "formula": formula, "cohort": "first.treat",
                                                "options": options]])
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("no result: \(response)")
            return [:]
        }
        return result
    }

    @Test(arguments: ["dr_never_treated_none", "ipw_never_treated_none", "reg_never_treated_none",
                      "dr_not_yet_treated_none", "ipw_not_yet_treated_none", "reg_not_yet_treated_none",
                      "dr_never_treated_lpop", "ipw_never_treated_lpop", "reg_never_treated_lpop",
                      "dr_not_yet_treated_lpop", "ipw_not_yet_treated_lpop", "reg_not_yet_treated_lpop"])
    func matchesCsdid(name: String) {
        let c = Self.cases.first { "\($0["est_method"]!)_\($0["control_group"]!)_\(($0["covariates"] as! [String]).first ?? "none")" == name }!
        let method = c["est_method"] as! String
        let covariates = c["covariates"] as! [String]
        let logit = method != "reg" && !covariates.isEmpty
        let (estimateTolerance, errorTolerance) = logit ? (1e-8, 1e-7) : (1e-10, 1e-9)
        let result = Self.run(covariates: covariates, control: c["control_group"] as! String, method: method)
        #expect(result["est_method"] as? String == method)
        #expect(result["units"] as? Int == 500)
        let cells = result["group_time"] as? [[String: Any]] ?? []
        let expected = c["group_time"] as! [[String: Any]]
        #expect(cells.count == expected.count)
        for (cell, reference) in zip(cells, expected) {
            #expect(cell["group"] as? Int == reference["group"] as? Int && cell["time"] as? Int == reference["time"] as? Int)
            #expect(Self.close(cell["estimate"], reference["estimate"], estimateTolerance), "\(name) \(reference) \(cell["estimate"]!)")
            #expect(Self.close(cell["std_error"], reference["std_error"], errorTolerance), "\(name) \(reference) se \(cell["std_error"]!)")
        }
        func compare(_ row: Any?, _ reference: Any?, _ what: String) {
            let row = row as? [String: Any] ?? [:], reference = reference as! [String: Any]
            #expect(Self.close(row["estimate"], reference["estimate"], estimateTolerance), "\(name) \(what)")
            #expect(Self.close(row["std_error"], reference["std_error"], errorTolerance), "\(name) \(what) se")
        }
        compare(result["simple"], (c["simple"] as! [String: Any])["overall"], "simple")
        for (kind, list, prefix) in [("dynamic", "event_times", "e="), ("group", "groups", "g="), ("calendar", "times", "t=")] {
            let ours = result[kind] as? [String: Any] ?? [:], theirs = c[kind] as! [String: Any]
            compare(ours["overall"], theirs["overall"], kind)
            let rows = ours[list] as? [[String: Any]] ?? [], references = theirs["by"] as! [[String: Any]]
            #expect(rows.count == references.count)
            for (row, reference) in zip(rows, references) {
                #expect(row["term"] as? String == prefix + "\(reference["key"] as! Int)")
                compare(row, reference, "\(kind) \(reference["key"]!)")
            }
        }
        let pretest = result["pretest"] as? [String: Any] ?? [:], reference = c["pretest"] as! [String: Any]
        #expect(pretest["df"] as? Int == reference["df"] as? Int)
        #expect(Self.close(pretest["statistic"], reference["statistic"], logit ? 1e-6 : 1e-8), "\(name) W")
        #expect(Self.close(pretest["p_value"], reference["p_value"], logit ? 1e-6 : 1e-8), "\(name) p")
        #expect(pretest["reason"] is NSNull)
    }

    /// R `did`'s `summary(att_gt)` on `mpdta` prints "P-value for pre-test of parallel trends assumption: 0.16812"
    /// without covariates (the did README) and 0.23116 with `xformla = ~lpop`; csdid reproduces 0.23116 with
    /// `est_method = "reg"` (its `dr` gives 0.23267, its `ipw` 0.23604), so that is the published fit.
    @Test func pretestMatchesPublishedValues() {
        let published = Self.fixture["published_pretest_p_value"] as! [String: Double]
        for (covariates, method, value) in [([String](), "dr", published["none"]!), (["lpop"], "reg", published["lpop"]!)] {
            let p = (Self.run(covariates: covariates, method: method)["pretest"] as? [String: Any])?["p_value"] as? Double ?? .nan
            #expect(abs(p - value) <= 5e-6, "\(covariates) \(method): p = \(p), published \(value)")
        }
    }

    /// With the universal base period the base cell (t = g − 1, zero influence function) is left out of the pre-test,
    /// which still tests the other pre-treatment cells.
    @Test func universalBaseCellLeftOutOfPretest() {
        let result = Self.run(covariates: [], options: ["base_period": "universal"])
        let pretest = result["pretest"] as? [String: Any] ?? [:]
        let preCells = (result["group_time"] as? [[String: Any]] ?? []).filter { ($0["time"] as! Int) < ($0["group"] as! Int) }
        #expect(pretest["df"] as? Int == preCells.count - 3)
        #expect((pretest["p_value"] as? Double).map { $0 > 0 && $0 < 1 } == true)
    }
}
