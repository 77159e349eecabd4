import Foundation
import Testing
@testable import PanelCore

/// Bad threshold requests: each fails with a stable code and a `where` pointing at the offending member.
@Suite struct ThresholdBadInputTests {
    /// Four units × five periods; `q` varies, `few` has two distinct values, `x` is the regime regressor.
    static var columns: [String: Any] { [
        "id": [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4],
        "t": [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5],
        "y": [1.0, 2.5, 2.0, 4.0, 3.5, 5.5, 0.5, 1.5, 3.0, 2.2, 1.1, 0.4, 2.8, 3.3, 1.9, 0.7, 2.6, 4.1, 3.9, 1.2],
        "x": [0.3, 1.1, 0.7, 2.0, 1.4, 2.9, -0.5, 0.2, 1.6, 0.9, 0.1, -0.3, 1.2, 1.8, 0.6, -0.2, 1.0, 2.2, 1.7, 0.4],
        "q": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
        "few": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    ] }

    static func error(_ model: [String: Any], columns: [String: Any] = columns, panel: Bool = true) -> (code: String?, location: String?) {
        var request: [String: Any] = ["abi": 1, "data": ["columns": columns], "model": model]
        if panel { request["panel"] = ["id": "id", "time": "t"] }
        let response = ABIClient.run(request)
        let error = response["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    static func model(threshold: String = "q", options: [String: Any] = ["replications": 5]) -> [String: Any] {
        ["estimator": "threshold", "formula": "y ~ 1", "regime": "x", "threshold": threshold, "options": options]
    }

    @Test func aThresholdVariableWithTooFewDistinctValuesForTheTrimming() {
        #expect(Self.error(Self.model(threshold: "few", options: ["trim": 0.1])) == ("invalid_data", "/model/threshold"))
        #expect(Self.error(Self.model(options: ["thresholds": 3, "trim": 0.3])) == ("invalid_data", "/model/threshold"))
    }

    @Test func anUnbalancedPanelIsRefused() {
        var columns = Self.columns
        var y = columns["y"] as! [Any]
        y[3] = NSNull()
        columns["y"] = y
        #expect(Self.error(Self.model(), columns: columns) == ("invalid_data", "/model"))
    }

    /// With the last period deleted, ten units × two periods leave ten rows for the ten unit means and two
    /// regime slopes of Hansen's regime regression.
    @Test func hansensRegimeRegressionWithoutResidualDegreesOfFreedom() {
        let columns: [String: Any] = [
            "id": (1...10).flatMap { [$0, $0] }, "t": (1...10).flatMap { _ in [1, 2] },
            "y": [1.0, 2.5, 2.0, 4.0, 3.5, 5.5, 0.5, 1.5, 3.0, 2.2, 1.1, 0.4, 2.8, 3.3, 1.9, 0.7, 2.6, 4.1, 3.9, 1.2],
            "x": [0.3, 1.1, 0.7, 2.0, 1.4, 2.9, -0.5, 0.2, 1.6, 0.9, 0.1, -0.3, 1.2, 1.8, 0.6, -0.2, 1.0, 2.2, 1.7, 0.4],
            "q": Array(1...20),
        ]
        #expect(Self.error(Self.model(options: ["replications": 0, "trim": 0.1]), columns: columns) == (nil, nil))
        #expect(Self.error(Self.model(options: ["replications": 0, "trim": 0.1, "deleted_period": "last"]), columns: columns)
                == ("singular_design", "/model"))
    }

    @Test func thePanelStructureIsRequired() {
        #expect(Self.error(Self.model(), panel: false) == ("invalid_request", "/model"))
    }

    @Test func optionsAreChecked() {
        #expect(Self.error(Self.model(options: ["thresholds": 4])) == ("invalid_option", "/model/options/thresholds"))
        #expect(Self.error(Self.model(options: ["trim": 0.5])) == ("invalid_option", "/model/options/trim"))
        #expect(Self.error(Self.model(options: ["thresholds": 2, "trim": [0.1]])) == ("invalid_option", "/model/options/trim"))
        #expect(Self.error(Self.model(options: ["grid": "some"])) == ("invalid_option", "/model/options/grid"))
        #expect(Self.error(Self.model(options: ["grid": 1])) == ("invalid_option", "/model/options/grid"))
        #expect(Self.error(Self.model(options: ["replications": -1])) == ("invalid_option", "/model/options/replications"))
        #expect(Self.error(Self.model(options: ["threshold_level": 1])) == ("invalid_option", "/model/options/threshold_level"))
        #expect(Self.error(Self.model(options: ["bootstrap": 10])) == ("invalid_request", "/model/options/bootstrap"))
    }

    @Test func aListOfGridCandidatesMustBeNonEmptyIncreasingNumbersInTheRangeOfQ() {
        #expect(Self.error(Self.model(options: ["grid": [] as [Double]])) == ("invalid_option", "/model/options/grid"))
        #expect(Self.error(Self.model(options: ["grid": [5, 3]])) == ("invalid_option", "/model/options/grid/1"))
        #expect(Self.error(Self.model(options: ["grid": [5, 5]])) == ("invalid_option", "/model/options/grid/1"))
        #expect(Self.error(Self.model(options: ["grid": [5, "ten"]])) == ("invalid_option", "/model/options/grid/1"))
        #expect(Self.error(Self.model(options: ["grid": [5, 25]])) == ("invalid_option", "/model/options/grid"))
        #expect(Self.error(Self.model(options: ["grid": [0.5, 5]])) == ("invalid_option", "/model/options/grid"))
    }

    @Test func gridQuantilesNeedAWholeCountOfAtLeastOneAndAKnownBase() {
        #expect(Self.error(Self.model(options: ["grid": ["quantiles": 0]])) == ("invalid_option", "/model/options/grid/quantiles"))
        #expect(Self.error(Self.model(options: ["grid": ["quantiles": 2.5]])) == ("invalid_option", "/model/options/grid/quantiles"))
        #expect(Self.error(Self.model(options: ["grid": ["over": "distinct"]])) == ("invalid_option", "/model/options/grid/quantiles"))
        #expect(Self.error(Self.model(options: ["grid": ["quantiles": 10, "over": "values"]])) == ("invalid_option", "/model/options/grid/over"))
        #expect(Self.error(Self.model(options: ["grid": ["quantiles": 10, "points": 3]])) == ("invalid_option", "/model/options/grid/points"))
    }

    @Test func trimRuleAndBoundaryTakeTheirNamedValues() {
        #expect(Self.error(Self.model(options: ["trim": -0.01])) == ("invalid_option", "/model/options/trim"))
        #expect(Self.error(Self.model(options: ["trim": [0.5]])) == ("invalid_option", "/model/options/trim"))
        #expect(Self.error(Self.model(options: ["trim_rule": "hansen"])) == ("invalid_option", "/model/options/trim_rule"))
        #expect(Self.error(Self.model(options: ["boundary": "<<"])) == ("invalid_option", "/model/options/boundary"))
        #expect(Self.error(Self.model(options: ["boundary": 1])) == ("invalid_option", "/model/options/boundary"))
    }

    @Test func deletedPeriodIsNoneOrLast() {
        #expect(Self.error(Self.model(options: ["deleted_period": "first"])) == ("invalid_option", "/model/options/deleted_period"))
        #expect(Self.error(Self.model(options: ["deleted_period": true])) == ("invalid_option", "/model/options/deleted_period"))
    }

    @Test func columnsAndMembersAreChecked() {
        #expect(Self.error(Self.model(threshold: "nope")) == ("unknown_column", "/model/threshold"))
        var model = Self.model()
        model["regime"] = [] as [String]
        #expect(Self.error(model) == ("invalid_request", "/model/regime"))
        model["regime"] = "x"
        model["formula"] = "y ~ x | id"
        #expect(Self.error(model) == ("bad_formula", "/model/formula"))
    }
}
