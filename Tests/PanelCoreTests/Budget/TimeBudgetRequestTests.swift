import Foundation
import Testing
@testable import PanelCore

/// Issue 17, the time budget: `options.max_seconds` on any model and a host's deadline end the long loops with
/// `time_limit` at the model, and a request that finishes in time answers the same bytes as without a budget.
/// The clock is `TestClock` (one second per reading), so where the budget runs out does not depend on the machine.
@Suite struct TimeBudgetRequestTests {
    /// A request of the parity corpus (Tests/Parity/requests/NAME.json) as a JSON object.
    static func corpusRequest(_ name: String) throws -> [String: Any] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Parity/requests/\(name).json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
    }

    /// `request` with its single model's (or first model's) options extended by `options`.
    static func withModelOptions(_ request: [String: Any], _ options: [String: Any]) -> [String: Any] {
        var request = request
        var model = (request["model"] as? [String: Any]) ?? ((request.removeValue(forKey: "models") as? [[String: Any]])?[0] ?? [:])
        model["options"] = ((model["options"] as? [String: Any]) ?? [:]).merging(options) { $1 }
        request["model"] = model
        return request
    }

    /// A clock and no deadline of the host's own: only `options.max_seconds` limits.
    static var clockOnly: TimeBudget { TestClock.budget(seconds: .infinity) }

    static func error(_ bytes: [UInt8]) -> [String: Any]? {
        ABIClient.decode(bytes)["error"] as? [String: Any]
    }

    /// The error of the corpus request `name` with `options.max_seconds` on a clock-only budget; it must be
    /// `time_limit` at the model with `text` in its message.
    static func expectTimeLimit(_ name: String, maxSeconds: Double, mentioning text: String) throws {
        let request = withModelOptions(try corpusRequest(name), ["max_seconds": maxSeconds])
        let error = try #require(Self.error(ABIClient.respond(request, budget: clockOnly)))
        #expect(error["code"] as? String == "time_limit" && error["where"] as? String == "/model", "\(name)")
        #expect((error["message"] as? String)?.contains(text) == true, "\(name): \(error["message"] ?? "")")
    }

    @Test func maxSecondsEndsReplicationsWithTimeLimitAtTheModel() throws {
        try Self.expectTimeLimit("did-placebo", maxSeconds: 2.5, mentioning: "replications")
    }

    @Test func aBudgetThatHoldsChangesNoByte() throws {
        let original = try Self.corpusRequest("did-placebo")
        let plain = ABIClient.respond(original)
        #expect(PanelCoreABI.isSuccess(plain))
        #expect(ABIClient.respond(original, budget: TestClock.budget(seconds: 1e9)) == plain)
        #expect(ABIClient.respond(Self.withModelOptions(original, ["max_seconds": 1e9]), budget: Self.clockOnly) == plain)
        // Without a clock, max_seconds cannot be measured and limits nothing.
        #expect(ABIClient.respond(Self.withModelOptions(original, ["max_seconds": 1e-9])) == plain)
    }

    @Test func hostDeadlineEndsTheRequest() throws {
        let error = try #require(Self.error(ABIClient.respond(try Self.corpusRequest("did-placebo"), budget: TestClock.budget(seconds: 0.5))))
        #expect(error["code"] as? String == "time_limit")
    }

    @Test func longLoopsCheckTheBudget() throws {
        try Self.expectTimeLimit("spatial-sac-two-way", maxSeconds: 1.5, mentioning: "spatial parameter")
        try Self.expectTimeLimit("iv-2sls-hc1-text", maxSeconds: 1.5, mentioning: "Anderson–Rubin")
        try Self.expectTimeLimit("threshold-single", maxSeconds: 1.5, mentioning: "threshold search")
    }

    @Test(arguments: [0.0, -1.0]) func maxSecondsMustBePositive(_ seconds: Double) throws {
        let request = Self.withModelOptions(try Self.corpusRequest("did-placebo"), ["max_seconds": seconds])
        let error = try #require(Self.error(ABIClient.respond(request)))
        #expect(error["code"] as? String == "invalid_option" && error["where"] as? String == "/model/options/max_seconds")
        // A wrong type inside options is invalid_option, as for every option the schema checks.
        let text = Self.withModelOptions(try Self.corpusRequest("did-placebo"), ["max_seconds": "10"])
        #expect(Self.error(ABIClient.respond(text))?["code"] as? String == "invalid_option")
    }

    @Test func everyEstimatorTakesMaxSeconds() {
        let request: [String: Any] = ["abi": 1, "data": ["columns": ["y": [1, 2, 4, 3], "x": [1, 3, 2, 5]]],
                                      "models": [["estimator": "vif", "formula": "y ~ x", "options": ["max_seconds": 5]],
                                                 ["estimator": "descriptives", "columns": ["x"], "options": ["max_seconds": 5]],
                                                 ["estimator": "ols", "formula": "y ~ x", "options": ["max_seconds": 5, "level": 0.9]]]]
        let response = ABIClient.decode(ABIClient.respond(request, budget: Self.clockOnly))
        #expect(response["ok"] as? Bool == true)
    }
}
