import Foundation
import Testing
@testable import PanelCore

/// The threshold request's defaults, rendering and the no-bootstrap case, on the `single` reference panel.
@Suite struct ThresholdRequestTests {
    static func run(_ options: [String: Any], extra: [String: Any] = [:], render: Bool = false) -> [String: Any] {
        var model: [String: Any] = ["estimator": "threshold", "formula": "y ~ z", "regime": ["x1", "x2"], "threshold": "q", "options": options]
        for (key, value) in extra { model[key] = value }
        var request: [String: Any] = ["abi": 1, "data": ["csv": Fixtures.text("threshold/single.csv")],
                                      "panel": ["id": "id", "time": "t"], "model": model]
        if render { request["render"] = ["text"] }
        let response = ABIClient.run(request)
        #expect(response["ok"] as? Bool == true, "\(response)")
        return response["result"] as? [String: Any] ?? [:]
    }

    @Test func defaultsAreReportedAndTheRegressionIsClusteredOnTheUnit() {
        let result = Self.run(["replications": 0])
        let settings = result["settings"] as? [String: Any] ?? [:]
        #expect(settings["thresholds"] as? Double == 1)
        #expect(settings["trim"] as? [Double] == [0.01])
        #expect(settings["grid"] as? Double == 300)
        #expect(settings["threshold_level"] as? Double == 0.95)
        let vcov = (result["regression"] as? [String: Any])?["vcov"] as? [String: Any]
        #expect(vcov?["type"] as? String == "cluster")
        #expect((result["regression"] as? [String: Any])?["method"] as? String == "within")
    }

    @Test func withoutReplicationsTheBootstrapMembersAreNull() {
        let result = Self.run(["replications": 0, "trim": 0.05])
        let test = (result["tests"] as? [[String: Any]])?.first ?? [:]
        #expect(test["p_value"] is NSNull)
        #expect(test["crit_5"] is NSNull)
        #expect((test["f_stat"] as? Double ?? 0) > 0)
        #expect((result["warnings"] as? [String])?.count == 1)
    }

    @Test func regimesFollowTheThresholds() {
        let result = Self.run(["replications": 0, "trim": 0.05, "grid": "all"])
        let estimate = (result["thresholds"] as? [[String: Any]])?.first?["estimate"] as? Double
        let regimes = result["regimes"] as? [[String: Any]] ?? []
        #expect(regimes.count == 2)
        #expect(regimes.first?["lower"] is NSNull)
        #expect(regimes.first?["upper"] as? Double == estimate)
        #expect(regimes.last?["upper"] is NSNull)
        let terms = ((result["regression"] as? [String: Any])?["coefficients"] as? [[String: Any]] ?? []).map { $0["term"] as! String }
        #expect(terms == ["(Intercept)", "z", "x1#regime1", "x1#regime2", "x2#regime1", "x2#regime2"])
    }

    @Test func theNewGridFormsTrimRuleAndBoundaryAreReportedAsUsed() {
        let distinct = Self.run(["replications": 0, "trim": 0.05, "grid": ["quantiles": 40, "over": "distinct"],
                                 "trim_rule": "grid_window", "boundary": "<"])
        let settings = distinct["settings"] as? [String: Any] ?? [:]
        let grid = settings["grid"] as? [String: Any]
        #expect(grid?["quantiles"] as? Double == 40)
        #expect(grid?["over"] as? String == "distinct")
        #expect(settings["trim_rule"] as? String == "grid_window")
        #expect(settings["boundary"] as? String == "<")
        let observations = Self.run(["replications": 0, "grid": ["quantiles": 300]])["settings"] as? [String: Any]
        #expect(observations?["grid"] as? Double == 300)
    }

    @Test func anExplicitListIsSearchedAsGiven() {
        let result = Self.run(["replications": 0, "trim": 0.05, "grid": [3.5, 4.0, 4.5]])
        #expect((result["lr_curves"] as? [[String: Any]])?.first?["grid"] as? [Double] == [3.5, 4.0, 4.5])
        #expect((result["settings"] as? [String: Any])?["grid"] as? [Double] == [3.5, 4.0, 4.5])
    }

    /// q is rounded to one decimal, so observations sit exactly at 4.0: they change regime with the boundary.
    @Test func theBoundaryMovesObservationsAtTheThreshold() {
        func regimeOneSlope(_ boundary: String) -> Double? {
            let result = Self.run(["replications": 0, "trim": 0.05, "grid": [4.0], "boundary": boundary])
            #expect((result["thresholds"] as? [[String: Any]])?.first?["estimate"] as? Double == 4.0)
            let rows = (result["regression"] as? [String: Any])?["coefficients"] as? [[String: Any]] ?? []
            return rows.first { $0["term"] as? String == "x1#regime1" }?["estimate"] as? Double
        }
        let below = regimeOneSlope("<="), above = regimeOneSlope("<")
        #expect(below != nil && above != nil && below != above)
    }

    @Test func textRendersTheThresholdAndRegressionTables() {
        let result = Self.run(["replications": 5, "trim": 0.05], extra: ["label": "A"], render: true)
        let text = (result["rendered"] as? [String: Any])?["text"] as? String ?? ""
        #expect(text.contains("Threshold regression (Hansen 1999) of y"))
        #expect(text.contains("[95% LR interval]"))
        #expect(text.contains("Single"))
        #expect(text.contains("x2#regime2"))
        #expect(result["label"] as? String == "A")
    }
}
