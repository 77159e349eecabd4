import Foundation
import Testing
@testable import PanelCore

/// Bad requests to spatial β convergence fail with a clear code and location: a unit without neighbours (the weights
/// refuse to row-standardise it; unstandardised, the total effects of weights whose rows do not sum to a constant
/// have no closed form), too few periods for two-way effects,
/// a gap in the periods, an unbalanced panel and a control that is not a plain column.
@Suite struct SpatialConvergenceBadInputTests {
    /// Four units on a line (a–b–c–d) over `t`, y row-major by unit.
    static func respond(t: [Int] = [1, 2, 3, 4], y: [Double]? = nil, dense: String = "[[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]",
                        formula: String = "y ~ 1 | id + t") -> [String: Any] {
        let units = ["a", "b", "c", "d"]
        let ids = units.flatMap { unit in t.map { _ in "\"\(unit)\"" } }.joined(separator: ",")
        let times = units.flatMap { _ in t.map { String($0) } }.joined(separator: ",")
        let values = (y ?? (0..<(4 * t.count)).map { 1 + Double(($0 * 7) % 11) / 3 }).map { String($0) }.joined(separator: ",")
        let x = (0..<(4 * t.count)).map { String(Double(($0 * 5) % 7)) }.joined(separator: ",")
        let text = #"{"abi": 1, "data": {"columns": {"id": ["# + ids + #"], "t": ["# + times + #"], "y": ["# + values + #"], "x": ["# + x
            + #"]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "convergence", "formula": ""# + formula
            + #"", "weights": {"units": "id", "ids": ["a","b","c","d"], "dense": "# + dense + "}}}"
        return ABIClient.run(text: text)
    }

    static func location(_ response: [String: Any]) -> String? { (response["error"] as? [String: Any])?["where"] as? String }

    @Test func unitWithoutNeighbours() {
        let island = Self.respond(dense: "[[0,1,0,0],[1,0,0,0],[0,0,0,1],[0,0,0,0]]")
        #expect(ABIClient.errorCode(island) == "invalid_data")
        #expect(Self.location(island)?.hasPrefix("/model/weights") == true)
        let unstandardised = Self.respond(t: [1, 2, 3, 4, 5, 6],
                                          dense: #"[[0,1,0,0],[1,0,0,0],[0,0,0,1],[0,0,0,0]], "standardise": "none""#)
        #expect(ABIClient.errorCode(unstandardised) == "invalid_option")
        #expect(Self.location(unstandardised) == "/model/weights")
    }

    @Test func tooFewPeriodsForTwoWayEffects() {
        let response = Self.respond(t: [1, 2, 3])
        #expect(ABIClient.errorCode(response) == "singular_design")
        #expect(Self.location(response) == "/model/weights")
    }

    @Test func gapInThePeriods() {
        let response = Self.respond(t: [1, 2, 4, 5, 6, 7])
        #expect(ABIClient.errorCode(response) == "invalid_data")
        #expect(Self.location(response) == "/model/formula")
    }

    @Test func unbalancedPanel() {
        let text = #"{"abi": 1, "data": {"columns": {"id": ["a","a","a","b","b","b","c","c"], "t": [1,2,3,1,2,3,1,2], "y": [1,2,3,2,3,1,3,1]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "convergence", "formula": "y ~ 1", "weights": {"units": "id", "ids": ["a","b","c"], "dense": [[0,1,1],[1,0,1],[1,1,0]]}}}"#
        let response = ABIClient.run(text: text)
        #expect(ABIClient.errorCode(response) == "invalid_data")
        #expect(Self.location(response) == "/model/formula")
    }

    @Test func controlsArePlainColumns() {
        let response = Self.respond(t: [1, 2, 3, 4, 5, 6], formula: "y ~ sqrt(x) | id + t")
        #expect(ABIClient.errorCode(response) == "bad_formula")
        #expect(Self.location(response) == "/model/formula")
    }

    @Test func aValidSmallPanelSucceeds() {
        let response = Self.respond(t: [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(ABIClient.errorCode(response) == nil, "\(response)")
    }
}
