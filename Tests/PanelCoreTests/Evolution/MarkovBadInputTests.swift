import Foundation
import Testing
@testable import PanelCore

/// Bad `markov` requests fail with a code and a location naming the problem; conditions that are not failures (an
/// empty row, a chain without a unique steady state, merged quantile classes) are values with warnings (issue 25).
@Suite struct MarkovBadInputTests {
    /// A request over columns `id`, `t`, `y` (JSON arrays as text) with `extra` model members.
    static func run(ids: String = #"["A","B","C","D","A","B","C","D"]"#, times: String = "[1,1,1,1,2,2,2,2]",
                    values: String = "[1,2,4,3,2,2,5,1]", extra: String = "", panel: Bool = true) -> [String: Any] {
        let panelMember = panel ? #", "panel": {"id": "id", "time": "t"}"# : ""
        return ABIClient.run(text: #"{"abi": 1, "data": {"columns": {"id": "# + ids + #", "t": "# + times + #", "y": "# + values + "}}"
                             + panelMember + #", "model": {"estimator": "markov", "variable": "y""# + extra + "}}")
    }

    static func error(_ response: [String: Any]) -> (code: String?, location: String?, message: String) {
        let error = response["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String, error?["message"] as? String ?? "")
    }

    static func warnings(_ response: [String: Any]) -> [String] {
        (response["result"] as? [String: Any])?["warnings"] as? [String] ?? []
    }

    static let line = #", "weights": {"dense": [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]}"#

    @Test func validRequestsSucceed() {
        #expect(Self.error(Self.run(extra: #", "classes": 2"#)).code == nil)
        #expect(Self.error(Self.run(extra: #", "cuts": [2.5]"# + Self.line)).code == nil)
    }

    @Test func unitWithOnePeriod() {
        let result = Self.error(Self.run(ids: #"["A","B","C","D","A","B","C"]"#, times: "[1,1,1,1,2,2,2]", values: "[1,2,4,3,2,2,5]",
                                         extra: #", "classes": 2"#))
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/variable")
        #expect(result.message.contains("unit 'D' has no observation in period 2"), "\(result.message)")
    }

    @Test func singlePeriodPanel() {
        let result = Self.error(Self.run(ids: #"["A","B","C","D"]"#, times: "[1,1,1,1]", values: "[1,2,4,3]", extra: #", "classes": 2"#))
        #expect(result.code == "no_observations")
        #expect(result.location == "/panel/time")
    }

    @Test func fewerValuesThanClasses() {
        let result = Self.error(Self.run(ids: #"["A","B","A","B"]"#, times: "[1,1,2,2]", values: "[1,2,3,4]", extra: #", "classes": 5"#))
        #expect(result.code == "no_observations")
        #expect(result.location == "/model/classes")
    }

    @Test func constantColumn() {
        let result = Self.error(Self.run(values: "[3,3,3,3,3,3,3,3]"))
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/classes")
        #expect(result.message.contains("constant"))
    }

    @Test func tiesMergeQuantileClassesWithAWarning() throws {
        let response = Self.run(values: "[1,1,1,1,1,2,3,4]")
        let classes = try #require((response["result"] as? [String: Any])?["classes"] as? [String: Any])
        #expect(classes["count"] as? Int == 3)
        #expect(Self.warnings(response).contains { $0.contains("3 classes remain") })
    }

    @Test func cutsNotIncreasing() {
        let repeated = Self.error(Self.run(extra: #", "cuts": [2, 2]"#))
        #expect(repeated.code == "invalid_option")
        #expect(repeated.location == "/model/cuts/1")
        #expect(Self.error(Self.run(extra: #", "cuts": [3, 1]"#)).location == "/model/cuts/1")
        let empty = Self.error(Self.run(extra: #", "cuts": []"#))
        #expect(empty.code == "invalid_option")
        #expect(empty.location == "/model/cuts")
        let both = Self.error(Self.run(extra: #", "cuts": [2], "classes": 3"#))
        #expect(both.code == "invalid_request")
        #expect(both.location == "/model/classes")
    }

    @Test func classCountOutOfRange() {
        #expect(Self.error(Self.run(extra: #", "classes": 1"#)).code == "invalid_option")
        #expect(Self.error(Self.run(extra: #", "classes": 2.5"#)).code != nil)
        #expect(Self.error(Self.run(extra: #", "lag_classes": 21"# + Self.line)).code == "invalid_option")
    }

    @Test func missingValue() {
        let result = Self.error(Self.run(values: "[1,2,4,3,2,null,5,1]", extra: #", "classes": 2"#))
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/variable")
        #expect(result.message.contains("data row 6 has a missing value"))
    }

    @Test func panelRequired() {
        let result = Self.error(Self.run(extra: #", "classes": 2"#, panel: false))
        #expect(result.code == "invalid_request")
        #expect(result.location == "/panel")
    }

    @Test func lagClassesNeedWeights() {
        let result = Self.error(Self.run(extra: #", "lag_classes": 2"#))
        #expect(result.code == "invalid_request")
        #expect(result.location == "/model/lag_classes")
    }

    @Test func weightsMustBeRowStandardised() {
        let result = Self.error(Self.run(extra: #", "classes": 2, "weights": {"dense": [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]], "standardise": "none"}"#))
        #expect(result.code == "invalid_option")
        #expect(result.location == "/model/weights/standardise")
    }

    /// Class 2 (above 3) occurs only in the last period: its row is empty (zeros, listed), never a division by zero,
    /// and the steady state treats it as absorbing.
    @Test func emptyRowIsReported() throws {
        let response = Self.run(values: "[1,2,2,3,2,2,4,1]", extra: #", "cuts": [1.5, 3]"#)
        let chain = try #require((response["result"] as? [String: Any])?["chain"] as? [String: Any], "\(response)")
        #expect(chain["empty_rows"] as? [Int] == [2])
        #expect((chain["probabilities"] as? [[Double]])?[2] == [0, 0, 0])
        #expect(Self.warnings(response).contains { $0.contains("no transition starts in class 2") })
    }

    /// Units that never change class: two recurrent classes, so no unique steady state and no finite passage times
    /// (null with warnings, never NaN).
    @Test func nonErgodicChainHasNullSteadyState() throws {
        let response = Self.run(values: "[1,1,4,4,1,1,4,4]", extra: #", "classes": 2"#)
        let chain = try #require((response["result"] as? [String: Any])?["chain"] as? [String: Any], "\(response)")
        #expect(chain["recurrent_classes"] as? [[Int]] == [[0], [1]])
        #expect(chain["steady_state"] is NSNull)
        #expect(chain["mean_first_passage"] is NSNull)
        #expect(Self.warnings(response).contains { $0.contains("no unique steady state") })
    }
}

extension MarkovBadInputTests {
    /// A neighbour class no transition starts in has χ² 0 with 0 degrees of freedom and a null p-value (giddy's
    /// (0 − 1)(r − 1) would be negative), and the Q and LR tests of chains that never differ have 0 df, p null.
    @Test func neighbourClassWithoutTransitions() throws {
        let response = Self.run(ids: #"["A","B","C","D","A","B","C","D","A","B","C","D"]"#, times: "[1,1,1,1,2,2,2,2,3,3,3,3]",
                                values: "[1,1,4,4,1,1,4,4,1,5,4,4]",
                                extra: #", "cuts": [2, 4.5], "weights": {"dense": [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]}"#)
        let spatial = try #require((response["result"] as? [String: Any])?["spatial"] as? [String: Any], "\(response)")
        let tests = spatial["tests"] as! [String: Any]
        let byLag = (tests["chi2"] as! [String: Any])["by_lag_class"] as! [[String: Any]]
        #expect(byLag.allSatisfy { ($0["df"] as? Int ?? -1) >= 0 })
        #expect(byLag.contains { $0["df"] as? Int == 0 && $0["p_value"] is NSNull })
        #expect((tests["q"] as! [String: Any])["p_value"] is NSNull)
    }
}
