import Testing
@testable import PanelCore

/// Size limits checked from the request's dimensions before the allocation they guard, answered with `too_large`
/// and the memory the request would need (issue 17; docs/ABI.md, "Limits and memory estimates").
@Suite struct SizeLimitTests {
    static func error(_ text: String) -> [String: Any] { ABIClient.run(text: text)["error"] as? [String: Any] ?? [:] }

    static func list(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// k = 6,000 took 5.2 GB before the limit; 1,001 columns are refused before any column is read.
    @Test func correlationColumnsAreBounded() {
        let names = (0...PairwiseCorrelation.maximumColumns).map { "\"c\($0)\"" }
        let columns = names.map { $0 + ": [1, 2]" }.joined(separator: ", ")
        let error = Self.error(#"{"abi": 1, "data": {"columns": {"# + columns + #"}}, "model": {"estimator": "correlation", "columns": "#
                               + Self.list(names) + "}}")
        #expect(error["code"] as? String == "too_large")
        #expect(error["where"] as? String == "/model/columns")
        #expect((error["message"] as? String)?.contains("172.0 MiB") == true, "\(error)")
    }

    /// Dense weights over 20,000 units took 6.3 GB (and aborted under a 3 GiB cap); the unit count is checked first.
    @Test func spatialWeightsUnitsAreBounded() {
        let ids = Self.list((0...SpatialWeights.maximumUnits).map { "\($0)" })
        let error = Self.error(#"{"abi": 1, "data": {"columns": {"id": [0, 1, 2, 3], "y": [1, 2, 3, 5]}}, "#
                               + #""model": {"estimator": "moran", "variable": "y", "weights": {"units": "id", "edges": [], "ids": "# + ids + "}}}")
        #expect(error["code"] as? String == "too_large")
        #expect(error["where"] as? String == "/model/weights")
        #expect((error["message"] as? String)?.contains("1.0 GiB") == true, "\(error)")
    }

    /// 100,000 permutations × 2 statistics × 251 periods exceed the 5 · 10⁷ values a run may keep.
    @Test func keptReplicationsAreBounded() {
        let periods = 251
        var id: [String] = [], t: [String] = [], y: [String] = []
        for period in 0..<periods {
            for unit in 0..<4 {
                id.append("\(unit)")
                t.append("\(period)")
                y.append("\((unit * 3 + period) % 5)")
            }
        }
        let ring = #"{"edges": [[0, 1], [1, 2], [2, 3], [3, 0], [1, 0], [2, 1], [3, 2], [0, 3]]}"#
        let text = #"{"abi": 1, "data": {"columns": {"id": "# + Self.list(id) + #", "t": "# + Self.list(t) + #", "y": "# + Self.list(y)
            + #"}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "moran", "variable": "y", "weights": "# + ring
            + #", "options": {"replications": 100000}}}"#
        let error = Self.error(text)
        #expect(error["code"] as? String == "too_large", "\(error)")
        #expect(error["where"] as? String == "/model/options/replications")
    }

    /// Descriptives of k columns looked each column up by a linear search (16,000 columns: 22 s in a debug build,
    /// 1.1 s with the lookup by name).
    @Test func descriptivesOfManyColumnsIsLinear() {
        let names = (0..<16_000).map { "\"c\($0)\"" }
        let columns = names.map { $0 + ": [1, 2, 4]" }.joined(separator: ", ")
        let text = #"{"abi": 1, "data": {"columns": {"# + columns + #"}}, "model": {"estimator": "descriptives", "columns": "# + Self.list(names) + "}}"
        let start = ContinuousClock.now
        let response = ABIClient.run(text: text)
        #expect(ContinuousClock.now - start < .seconds(12))
        #expect(((response["result"] as? [String: Any])?["variables"] as? [Any])?.count == 16_000)
    }
}
