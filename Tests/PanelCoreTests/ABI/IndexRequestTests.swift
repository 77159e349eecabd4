import Testing
@testable import PanelCore

/// `{"estimator": "index"}` (the command `panelcore index`): the same weights and scores as the `index` step it wraps
/// (whose numbers are tested against references in the Indices suites), and coded errors for malformed indicators.
@Suite struct IndexRequestTests {
    static let csv = "id,t,a,b,c\n1,1,1,10,5\n1,2,2,8,4\n2,1,3,9,7\n2,2,4,7,1\n3,1,5,12,2\n3,2,6,6,3\n"

    private func run(_ model: [String: Any], steps: [[String: Any]] = []) -> [String: Any] {
        ABIClient.run(["abi": 1, "data": ["csv": Self.csv], "steps": steps, "model": model])
    }

    @Test func estimatorMatchesTheStep() throws {
        let response = run(["estimator": "index", "indicators": ["a:+:x", "b:-:x", "c"], "method": "entropy"])
        let stepped = run(["estimator": "columns"],
                          steps: [["step": "index", "method": "entropy", "column": "score",
                                   "indicators": [["name": "a", "direction": "+", "dimension": "x"],
                                                  ["name": "b", "direction": "-", "dimension": "x"], ["name": "c"]]]])
        let result = try #require(response["result"] as? [String: Any])
        let report = try #require((stepped["steps"] as? [[String: Any]])?.first)
        let weights = try #require(result["weights"] as? [[String: Any]])
        let stepWeights = try #require(report["weights"] as? [[String: Any]])
        #expect(weights.map { $0["weight"] as? Double } == stepWeights.map { $0["weight"] as? Double })
        #expect(weights.map { $0["direction"] as? String } == ["+", "-", "+"])
        #expect((result["scores"] as? [Any])?.count == 6)
        #expect(result["column"] as? String == "score")
    }

    @Test func directionOtherThanPlusOrMinusIsRefusedAtTheIndicator() {
        let response = run(["estimator": "index", "indicators": ["a:+", "b:up"]])
        #expect(ABIClient.errorCode(response) == "invalid_option")
        #expect((response["error"] as? [String: Any])?["where"] as? String == "/model/indicators/1")
    }

    @Test func unknownIndicatorColumnIsNamed() {
        let response = run(["estimator": "index", "indicators": ["a", "zz"]])
        #expect(ABIClient.errorCode(response) == "unknown_column")
    }
}
