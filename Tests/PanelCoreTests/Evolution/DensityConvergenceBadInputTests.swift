import Foundation
import Testing
@testable import PanelCore

/// Bad requests to `kernel_density` and `convergence` fail with a clear code and location: one period, values
/// that have no logarithm (the message names the data row), a constant column, a bandwidth ≤ 0, missing values,
/// a missing panel and malformed grid options.
@Suite struct DensityConvergenceBadInputTests {
    /// The response to `model` on three units over `periods` periods of `y` (row-major by unit).
    static func respond(_ model: String, y: String = "[1, 2, 4, 3, 5, 2, 2, 3, 7]", t: String = "[1, 2, 3, 1, 2, 3, 1, 2, 3]",
                        panel: Bool = true) -> (code: String?, location: String?, message: String?, result: [String: Any]?) {
        let text = #"{"abi": 1, "data": {"columns": {"id": ["a","a","a","b","b","b","c","c","c"], "t": "# + t + #", "y": "# + y + "}}"
            + (panel ? #", "panel": {"id": "id", "time": "t"}"# : "") + #", "model": "# + model + "}"
        let response = ABIClient.run(text: text)
        let error = response["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String, error?["message"] as? String, response["result"] as? [String: Any])
    }

    static let density = #"{"estimator": "kernel_density", "variable": "y"#
    static let convergence = #"{"estimator": "convergence", "formula": "y ~ 1 | id + t""#

    @Test func validRequestsSucceed() {
        #expect(Self.respond(Self.density + "\"}").code == nil)
        #expect(Self.respond(Self.convergence + "}").code == nil)
    }

    @Test func convergenceNeedsTwoPeriods() {
        let onePeriod = ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"id": ["a","b","c"], "t": [1,1,1], "y": [1, 2, 4]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "convergence", "formula": "y ~ 1"}}"#)
        #expect(ABIClient.errorCode(onePeriod) == "no_observations")
        #expect((onePeriod["error"] as? [String: Any])?["where"] as? String == "/model/formula")
    }

    @Test func nonPositiveValuesNameTheRow() {
        let result = Self.respond(Self.convergence + "}", y: "[1, 2, 4, 3, 0, 2, 2, 3, 7]")
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/formula")
        #expect(result.message?.contains("data row 5") == true)
        #expect(Self.respond(Self.convergence + "}", y: "[1, 2, 4, 3, 5, 2, 2, 3, -7]").message?.contains("data row 9") == true)
    }

    @Test func constantColumn() {
        let constant = "[2, 2, 2, 2, 2, 2, 2, 2, 2]"
        let convergence = Self.respond(Self.convergence + "}", y: constant)
        #expect(convergence.code == "invalid_data" && convergence.location == "/model/formula")
        let density = Self.respond(Self.density + "\"}", y: constant)
        #expect(density.code == "invalid_data" && density.location == "/model/variable")
        // A given bandwidth estimates the density of a constant sample; its skewness is null.
        let given = Self.respond(Self.density + #"", "bandwidth": 0.5}"#, y: constant)
        #expect(given.code == nil)
        #expect(((given.result?["samples"] as? [[String: Any]])?.first?["skewness"]) is NSNull)
    }

    @Test func bandwidthMustBePositive() {
        for bandwidth in ["0", "-0.5"] {
            let result = Self.respond(Self.density + #"", "bandwidth": "# + bandwidth + "}")
            #expect(result.code == "invalid_option" && result.location == "/model/bandwidth", "\(bandwidth)")
        }
        #expect(Self.respond(Self.density + #"", "bandwidth": "wide"}"#).code == "invalid_option")
    }

    @Test func gridBeyondTheDoubleRange() {
        let wide = Self.respond(Self.density + #"", "bandwidth": 1e308}"#)
        #expect(wide.code == "invalid_data" && wide.location == "/model/bandwidth")
        let range = Self.respond(Self.density + #"", "range": [-1e308, 1e308]}"#)
        #expect(range.code == "invalid_data" && range.location == "/model/range")
        #expect(Self.respond(Self.density + "\"}", y: "[1, 2, 4, 3, 5, 2, 2, 3, 1e308]").location == "/model/variable")
    }

    /// 100,001 values × 10,000 points pass the 10⁹ kernel evaluations allowed: refused before any is made.
    @Test func tooManyKernelEvaluations() {
        let n = 100_001
        let ids = (0..<n).map { "\($0)" }.joined(separator: ",")
        let text = #"{"abi": 1, "data": {"columns": {"id": ["# + ids + #"], "t": ["# + Array(repeating: "1", count: n).joined(separator: ",")
            + #"], "y": ["# + ids + #"]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "kernel_density", "variable": "y", "points": 10000}}"#
        let error = ABIClient.run(text: text)["error"] as? [String: Any]
        #expect(error?["code"] as? String == "too_large" && error?["where"] as? String == "/model/points")
    }

    @Test func missingValuesAreLeftOutWithAWarning() {
        let result = Self.respond(Self.density + "\"}", y: "[1, null, 4, 3, 5, 2, 2, 3, 7]")
        #expect(result.code == nil)
        #expect((result.result?["warnings"] as? [String])?.first?.contains("1 rows with a missing y") == true)
        let allMissing = Self.respond(Self.density + "\"}", y: "[null, null, null, null, null, null, null, null, null]")
        #expect(allMissing.code == "no_observations")
        let convergence = Self.respond(Self.convergence + "}", y: "[1, null, 4, 3, 5, 2, 2, 3, 7]")
        #expect(convergence.code == nil)
    }

    @Test func panelIsRequired() {
        #expect(Self.respond(Self.density + "\"}", panel: false).code == "invalid_request")
        #expect(Self.respond(Self.convergence + "}", panel: false).code == "invalid_request")
    }

    @Test func malformedGridAndFormula() {
        #expect(Self.respond(Self.density + #"", "range": [1, 0]}"#).location == "/model/range")
        #expect(Self.respond(Self.density + #"", "range": [0, 1, 2]}"#).code == "invalid_option")
        #expect(Self.respond(Self.density + #"", "points": 1}"#).location == "/model/points")
        #expect(Self.respond(Self.density + #"", "kernel": "triangle"}"#).code == "invalid_option")
        #expect(Self.respond(Self.density + #"", "group": "region"}"#).code == "unknown_column")
        #expect(Self.respond(#"{"estimator": "convergence", "formula": "log(y) ~ 1"}"#).code == "bad_formula")
    }
}
