import Foundation
import Testing
@testable import PanelCore

/// Bad requests to `club_convergence`: too few periods for the log t regression (none trimmed, or fewer than three
/// left), a non-positive value under the logarithm, a single unit, an unbalanced panel and options out of range.
@Suite struct ClubConvergenceBadInputTests {
    /// Three units over `periods` periods, y row-major by unit.
    static func respond(periods: Int = 12, y: [Double]? = nil, options: String = "") -> [String: Any] {
        let units = ["a", "b", "c"]
        let ids = units.flatMap { unit in (0..<periods).map { _ in "\"\(unit)\"" } }.joined(separator: ",")
        let times = units.flatMap { _ in (1...periods).map { String($0) } }.joined(separator: ",")
        let values = (y ?? (0..<(3 * periods)).map { 1 + Double(($0 * 7) % 11) / 5 }).map { String($0) }.joined(separator: ",")
        return ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"id": ["# + ids + #"], "t": ["# + times + #"], "y": ["# + values
                             + #"]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "club_convergence", "variable": "y""# + options + "}}")
    }

    static func error(_ response: [String: Any]) -> (code: String?, location: String?) {
        let error = response["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    @Test func validRequestSucceeds() {
        #expect(Self.error(Self.respond()).code == nil)
    }

    @Test func tooFewPeriodsForLogT() {
        #expect(Self.error(Self.respond(periods: 3)) == ("no_observations", "/model/trim"))
        #expect(Self.error(Self.respond(periods: 4, options: #", "trim": 0.2"#)) == ("no_observations", "/model/trim"))
        #expect(Self.error(Self.respond(periods: 12, options: #", "trim": 0.05"#)) == ("no_observations", "/model/trim"))
    }

    @Test func nonPositiveValueUnderTheLog() {
        var y = (0..<36).map { 1 + Double($0 % 5) }
        y[13] = 0
        let response = Self.respond(y: y)
        #expect(Self.error(response) == ("invalid_data", "/model/variable"))
        #expect(((response["error"] as? [String: Any])?["message"] as? String)?.contains("unit 'b'") == true)
        #expect(Self.error(Self.respond(y: y, options: #", "log": false"#)).code == nil)
    }

    @Test func singleUnit() {
        let response = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"id": ["a","a","a","a","a"], "t": [1,2,3,4,5], "y": [1,2,3,4,5]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "club_convergence", "variable": "y"}}"#)
        #expect(Self.error(response) == ("no_observations", "/model/variable"))
    }

    @Test func unbalancedPanel() {
        let response = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"id": ["a","a","a","b","b"], "t": [1,2,3,1,2], "y": [1,2,3,4,5]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "club_convergence", "variable": "y"}}"#)
        #expect(Self.error(response) == ("invalid_data", "/model/variable"))
    }

    @Test func optionsOutOfRange() {
        #expect(Self.error(Self.respond(options: #", "trim": 1"#)).location == "/model/trim")
        #expect(Self.error(Self.respond(options: #", "hp_lambda": -1"#)).location == "/model/hp_lambda")
        #expect(Self.error(Self.respond(options: #", "log": "yes""#)).location == "/model/log")
    }

    /// Identical paths have no cross-sectional variation: the overall test is null with a warning, not a NaN.
    @Test func identicalPathsGiveANullTest() throws {
        let y = (0..<36).map { 1 + Double($0 % 12) }
        let result = try #require(Self.respond(y: y)["result"] as? [String: Any])
        #expect(result["overall"] is NSNull)
        #expect((result["warnings"] as? [String])?.isEmpty == false)
    }
}
