import Foundation
import Testing
@testable import PanelCore

/// Placebo tests: the Frisch–Waugh–Lovell shortcut equals full TWFE fits (1e-10 relative on a balanced panel, whose
/// two-way absorption is exact; 1e-8 on an unbalanced one, where absorption iterates to 1e-12), responses are
/// byte-identical whichever executor runs the replications, the p-value follows the documented rule, and fake
/// adoption years equal a DID on a hand-shifted cohort column restricted to untreated rows (1e-12 relative).
@Suite struct PlaceboTests {
    static let balanced = StaggeredPanelFixture(units: 40, years: 2000...2009, seed: 7) { unit in [2003, 2006, nil, nil][unit % 4] }
    static let unbalanced = StaggeredPanelFixture(units: 40, years: 2000...2009, seed: 8, dropping: { unit, t in (unit * 7 + t) % 9 == 0 }) {
        unit in [2003, 2006, nil, nil][unit % 4]
    }

    @Test(arguments: [(balanced, 1e-10), (unbalanced, 1e-8)])
    func partialledFitEqualsFullFit(panel: StaggeredPanelFixture, tolerance: Double) throws {
        let (table, index) = try panel.tableAndPanel()
        let timing = try AdoptionTiming(table: table, panel: index, status: "d", at: "/t")
        let formula = try FormulaParser.parse("y ~ x1 | id + year", at: "/f")
        let partialled = try PartialledTreatmentFit(formula: formula, timing: timing, table: table, panel: index, requiredColumns: [], at: "/m")
        var stream = Xoshiro256StarStar(seed: 11)
        for _ in 0..<5 {
            let indicator = PlaceboTest.shuffledIndicator(timing, panel: index, stream: &stream)
            let shuffled = table.setting(DataColumn(name: "placebo", values: .numeric(indicator)))
            let reassigned = try AdoptionTiming(table: shuffled, panel: index, status: "placebo", at: "/t")
            let full = try DifferenceInDifferences.estimate(formula: formula, treatment: .adoption(reassigned, indicator: "placebo"), table: table,
                                                            panel: index, covariance: .iid, level: 0.95, at: "/m")
            #expect(isClose(partialled.coefficient(of: indicator), full.effect.estimate, relative: tolerance))
        }
    }

    static func placebo(_ options: [String: Any], panel: StaggeredPanelFixture = balanced) -> [String: Any] {
        panel.request(["estimator": "placebo", "formula": "y ~ x1 | id + year", "treatment": "d", "vcov": ["cluster": "id"], "options": options])
    }

    @Test(arguments: ["random_units", "subsample"])
    func sameBytesOnEveryExecutor(mode: String) throws {
        let options: [String: Any] = mode == "subsample" ? ["mode": mode, "share": 0.2, "replications": 8, "seed": 5]
                                                          : ["mode": mode, "replications": 40, "seed": 5]
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: Self.placebo(options)))
        let reversed = ReplicationExecutor { count, body in for index in (0..<count).reversed() { body(index) } }
        #expect(PanelCoreABI.respond(to: bytes) == PanelCoreABI.respond(to: bytes, executor: reversed))
    }

    @Test func randomisationPValueCountsAtLeastAsLarge() throws {
        let result = try #require(ABIClient.run(Self.placebo(["replications": 60, "seed": 2]))["result"] as? [String: Any])
        let draws = result["draws"] as! [Double]
        let actual = (result["actual"] as! [String: Any])["estimate"] as! Double
        #expect(draws.count == 60 && result["replications"] as? Int == 60)
        #expect(result["p_value"] as? Double == Double(draws.filter { abs($0) >= abs(actual) }.count) / 60)
        let other = try #require(ABIClient.run(Self.placebo(["replications": 60, "seed": 3]))["result"] as? [String: Any])
        #expect(other["draws"] as! [Double] != draws)
        let summary = result["summary"] as! [String: Any]
        #expect(isClose(summary["mean"] as! Double, draws.reduce(0, +) / 60, relative: 1e-12))
    }

    @Test func fakeYearsEqualShiftedCohortOnUntreatedRows() throws {
        let result = try #require(ABIClient.run(Self.placebo(["mode": "fake_years", "shift": 2]))["result"] as? [String: Any])
        var shifted = Self.balanced
        let d = shifted.columns["d"]!
        shifted.columns["fake"] = shifted.columns["g"]!.map { $0 > 0 ? $0 - 2 : 0 }
        var request = shifted.request(["estimator": "did", "formula": "y ~ x1 | id + year", "cohort": "fake", "vcov": ["cluster": "id"]])
        var columns: [String: Any] = shifted.columns
        columns["y"] = zip(shifted.columns["y"]!, d).map { y, treated -> Any in treated == 1 ? NSNull() : y }
        request["data"] = ["columns": columns]
        let manual = try #require(ABIClient.run(request)["result"] as? [String: Any])
        let a = (result["actual"] as! [String: Any])["estimate"] as! Double
        let b = (manual["effect"] as! [String: Any])["estimate"] as! Double
        #expect(isClose(a, b, relative: 1e-12))
    }
}
