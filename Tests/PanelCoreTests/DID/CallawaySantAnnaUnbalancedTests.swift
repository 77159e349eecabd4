import Foundation
import Testing
@testable import PanelCore

/// `callaway_santanna` on an unbalanced panel (`allow_unbalanced_panel: true`: mpdta without 250 county-years) and on
/// repeated cross-sections (`panel: false`: 60% of mpdta's county-years, each its own observation) against the PyPI
/// `csdid` port of R `did` (`allow_unbalanced_panel = True`, `panel = False`; fixtures by
/// references/did-robust/make_cs_unbalanced_fixtures.py) for every `est_method`, both comparison groups, without and
/// with `lpop`: cells and the simple, dynamic, group and calendar aggregations with analytic standard errors, 1e-8
/// relative (absolute 1e-12 near zero; the largest difference seen is 1.5e-10).
@Suite struct CallawaySantAnnaUnbalancedTests {
    static var fixture: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(Fixtures.text("did-robust/cs_unbalanced.json").utf8)) as! [String: Any]
    }
    static var cases: [[String: Any]] { fixture["cases"] as! [[String: Any]] }
    static let tolerance = 1e-8

    static func run(_ c: [String: Any]) -> [String: Any] {
        let unbalanced = c["design"] as? String == "unbalanced"
        var options: [String: Any] = ["control_group": c["control_group"]!, "est_method": c["est_method"]!]
        options[unbalanced ? "allow_unbalanced_panel" : "panel"] = unbalanced
        let covariates = c["covariates"] as! [String]
        let response = ABIClient.run([
            "abi": 1, "data": ["csv": Fixtures.text(unbalanced ? "did-robust/cs_unbalanced.csv" : "did-robust/cs_cross_sections.csv")],
            "panel": ["id": unbalanced ? "countyreal" : "obs", "time": "year"],
            "model": ["estimator": "callaway_santanna", "formula": "lemp ~ " + (covariates.first ?? "1"), "cohort": "first.treat",
                      "options": options]])
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("no result: \(response)")
            return [:]
        }
        return result
    }

    @Test(arguments: ["unbalanced", "cross_sections"], ["dr", "ipw", "reg"])
    func matchesCsdid(design: String, method: String) {
        for c in Self.cases where c["design"] as? String == design && c["est_method"] as? String == method {
            let name = c["name"] as! String
            let result = Self.run(c)
            #expect(result["data_structure"] as? String == (design == "unbalanced" ? "unbalanced_panel" : "repeated_cross_sections"))
            #expect(result["units"] as? Int == (design == "unbalanced" ? 500 : 1468))
            let cells = result["group_time"] as? [[String: Any]] ?? []
            let expected = c["group_time"] as! [[String: Any]]
            #expect(cells.count == expected.count, "\(name)")
            for (cell, reference) in zip(cells, expected) {
                #expect(cell["group"] as? Int == reference["group"] as? Int && cell["time"] as? Int == reference["time"] as? Int)
                #expect(CallawaySantAnnaMpdtaTests.close(cell["estimate"], reference["estimate"], Self.tolerance), "\(name) \(reference)")
                #expect(CallawaySantAnnaMpdtaTests.close(cell["std_error"], reference["std_error"], Self.tolerance), "\(name) \(reference) se")
            }
            func compare(_ row: Any?, _ reference: Any?, _ what: String) {
                let row = row as? [String: Any] ?? [:], reference = reference as! [String: Any]
                #expect(CallawaySantAnnaMpdtaTests.close(row["estimate"], reference["estimate"], Self.tolerance), "\(name) \(what)")
                #expect(CallawaySantAnnaMpdtaTests.close(row["std_error"], reference["std_error"], Self.tolerance), "\(name) \(what) se")
            }
            compare(result["simple"], (c["simple"] as! [String: Any])["overall"], "simple")
            for (kind, list) in [("dynamic", "event_times"), ("group", "groups"), ("calendar", "times")] {
                let ours = result[kind] as? [String: Any] ?? [:], theirs = c[kind] as! [String: Any]
                compare(ours["overall"], theirs["overall"], kind)
                let rows = ours[list] as? [[String: Any]] ?? [], references = theirs["by"] as! [[String: Any]]
                #expect(rows.count == references.count)
                for (row, reference) in zip(rows, references) { compare(row, reference, "\(kind) \(reference["key"]!)") }
            }
        }
    }

    /// A balanced panel keeps the panel estimators with `allow_unbalanced_panel` (as R `did`): the same numbers.
    @Test func aBalancedPanelIgnoresAllowUnbalanced() {
        let plain = CallawaySantAnnaMpdtaTests.run(covariates: ["lpop"], method: "dr")
        let allowed = CallawaySantAnnaMpdtaTests.run(covariates: ["lpop"], method: "dr", options: ["allow_unbalanced_panel": true])
        #expect(allowed["data_structure"] as? String == "balanced_panel")
        #expect((plain["simple"] as? [String: Any])?["std_error"] as? Double == (allowed["simple"] as? [String: Any])?["std_error"] as? Double)
    }
}
