import Foundation
import Testing
@testable import PanelCore

/// Simulations with known effects. On the pilot panel (references/did: growing effects, two batches) TWFE shows its
/// known bias: the true average effect on treated cells (1.74, recorded by the fixture script) lies more than 3 standard
/// errors from the TWFE estimate, and the late-vs-early Bacon comparison is negative although every true effect is
/// positive. With one cohort and never-treated controls (no cross-cohort heterogeneity) the event study recovers the
/// true dynamic path 1 + 0.2k within 4 standard errors at every k ≥ 0 and 0 before (fixed seed, so deterministic).
@Suite struct DIDTruthTests {
    @Test func twfeIsBiasedOnThePilotPanel() throws {
        let fixture = DIDReferenceTests.fixture("twfe_cluster")
        let effect = try DIDReferenceTests.result(fixture)["effect"] as! [String: Any]
        let truth = fixture["true_att"] as! Double
        #expect(abs(effect["estimate"] as! Double - truth) > 3 * (effect["std_error"] as! Double))
        let bacon = try DIDReferenceTests.result(DIDReferenceTests.fixture("bacon"))
        let lateVsEarly = (bacon["comparisons"] as! [[String: Any]]).filter { $0["type"] as? String == "late_vs_early" }
        #expect(!lateVsEarly.isEmpty && lateVsEarly.allSatisfy { ($0["estimate"] as! Double) < 0 })
    }

    @Test func eventStudyRecoversDynamicEffectsWithOneCohort() throws {
        let panel = StaggeredPanelFixture(units: 200, years: 2000...2009, seed: 21) { $0 % 2 == 0 ? 2005 : nil }
        let response = ABIClient.run(panel.request(["estimator": "event_study", "formula": "y ~ x1 | id + year", "treatment": "d",
                                                    "vcov": ["cluster": "id"]]))
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        for (k, row) in zip(result["relative_times"] as! [Int], result["coefficients"] as! [[String: Any]]) where k != -1 {
            let truth = k >= 0 ? 1 + 0.2 * Double(k) : 0
            #expect(abs(row["estimate"] as! Double - truth) < 4 * (row["std_error"] as! Double), "k = \(k)")
        }
    }
}
