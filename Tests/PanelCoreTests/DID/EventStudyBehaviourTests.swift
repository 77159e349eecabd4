import Testing
@testable import PanelCore

/// Event-study behaviour beyond the pyfixest references: without never-treated units the full unbinned set of
/// indicators is collinear with the effects — event time is unit cohort plus period, so besides the level a linear
/// trend in event time is unidentified (Borusyak, Jaravel & Spiess) — so the regression omits a second indicator and
/// lists it, with warnings; every DID estimator renders
/// a text table when asked.
@Suite struct EventStudyBehaviourTests {
    static let allTreated = StaggeredPanelFixture(units: 24, years: 2000...2007, seed: 4) { [2002, 2004, 2006][$0 % 3] }

    @Test func collinearIndicatorsAreOmittedWithoutNeverTreated() throws {
        let response = ABIClient.run(Self.allTreated.request(["estimator": "event_study", "formula": "y ~ x1 | id + year",
                                                              "cohort": "g", "options": ["bin": false]]))
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        let omitted = result["omitted_times"] as! [Int]
        #expect(omitted.count == 2)
        let times = result["relative_times"] as! [Int]
        #expect(times.count + omitted.count == 6 + 5 + 1)  // relative times −6…5 observed
        #expect((result["warnings"] as! [String]).contains { $0.contains("no never-treated units") })
    }

    @Test(arguments: ["did", "event_study", "placebo", "bacon"])
    func rendersText(estimator: String) throws {
        var request = Self.allTreated.request(["estimator": estimator, "formula": estimator == "bacon" ? "y ~ 1" : "y ~ x1 | id + year",
                                               "treatment": "d", "options": estimator == "placebo" ? ["replications": 5] : [:]])
        if estimator == "bacon" { request["model"] = ["estimator": "bacon", "formula": "y ~ 1", "treatment": "d"] }
        request["render"] = ["text"]
        let response = ABIClient.run(request)
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        let text = try #require((result["rendered"] as? [String: Any])?["text"] as? String)
        #expect(!text.isEmpty && text.hasSuffix("\n"))
    }
}
