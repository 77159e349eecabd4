import Foundation
import Testing
@testable import PanelCore

/// Bad and degenerate inputs of `dagum_gini`, `coupling_coordination` and `obstacle_degree`: each is answered with a
/// documented error code and location, or — where the statistic is defined — a value with a warning, never a crash.
@Suite struct EvolutionBadInputTests {
    /// The response to `model` on the given columns (with a panel `id` × `t` when the columns have them).
    static func run(_ columns: [String: Any], _ model: [String: Any], figures: [[String: Any]]? = nil) -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "data": ["columns": columns], "model": model]
        if columns["id"] != nil { request["panel"] = ["id": "id", "time": "t"] }
        if let figures { request["figures"] = figures }
        return ABIClient.run(request)
    }

    static func expectError(_ response: [String: Any], _ code: String, at location: String, _ comment: Comment? = nil) {
        let error = response["error"] as? [String: Any] ?? [:]
        #expect(error["code"] as? String == code, "\(response)")
        #expect(error["where"] as? String == location, "\(response)")
        #expect((error["message"] as? String)?.isEmpty == false)
    }

    nonisolated(unsafe) static let panel: [String: Any] = ["id": ["a", "b", "c", "d", "a", "b", "c", "d"], "t": [1, 1, 1, 1, 2, 2, 2, 2],
                                       "g": ["N", "N", "S", "S", "N", "N", "S", "S"],
                                       "y": [1.0, 2.0, 3.0, 5.0, 2.0, 2.5, 4.0, 7.0]]

    static func panel(replacing column: String, with values: [Any]) -> [String: Any] {
        var columns = panel
        columns[column] = values
        return columns
    }

    nonisolated(unsafe) static let gini: [String: Any] = ["estimator": "dagum_gini", "variable": "y", "group": "g"]

    // MARK: dagum_gini

    @Test func giniWithOneGroupOnly() {
        Self.expectError(Self.run(Self.panel(replacing: "g", with: Array(repeating: "N", count: 8)), Self.gini), "invalid_data", at: "/model/group")
    }

    @Test func giniWithAGroupOfOneUnit() {
        let result = EvolutionFixture.result(Self.run(Self.panel(replacing: "g", with: ["N", "N", "N", "S", "N", "N", "N", "S"]), Self.gini))
        let groups = ((result["samples"] as? [[String: Any]])?.first?["groups"] as? [[String: Any]]) ?? []
        #expect(groups.last?["gini"] as? Double == 0)
        #expect((result["warnings"] as? [String])?.contains { $0.contains("group 'S' has a single observation") } == true, "\(result)")
    }

    @Test func giniOfAConstantColumn() {
        let result = EvolutionFixture.result(Self.run(Self.panel(replacing: "y", with: Array(repeating: 2.5, count: 8)), Self.gini))
        let sample = (result["samples"] as? [[String: Any]])?.first ?? [:]
        #expect(sample["gini"] as? Double == 0 && sample["shares"] is NSNull)
        #expect(((sample["pairs"] as? [[String: Any]])?.first?["relative_affluence"] as? Double) == 0)
        #expect((result["warnings"] as? [String])?.contains { $0.contains("constant") } == true, "\(result)")
    }

    @Test func giniOfANegativeValue() {
        let response = Self.run(Self.panel(replacing: "y", with: [1.0, 2.0, -3.0, 5.0, 2.0, 2.5, 4.0, 7.0]), Self.gini)
        Self.expectError(response, "invalid_data", at: "/model/variable")
        #expect(((response["error"] as? [String: Any])?["message"] as? String)?.contains("data row 3") == true)
    }

    @Test func giniOfAZeroMeanPeriod() {
        let response = Self.run(Self.panel(replacing: "y", with: [0.0, 0.0, 0.0, 0.0, 2.0, 2.5, 4.0, 7.0]), Self.gini)
        Self.expectError(response, "invalid_data", at: "/model/variable")
        #expect(((response["error"] as? [String: Any])?["message"] as? String)?.contains("period 1") == true)
    }

    /// A group that is 0 throughout has a null within-group Gini; the decomposition still adds up.
    @Test func giniWithAnAllZeroGroup() {
        let result = EvolutionFixture.result(Self.run(Self.panel(replacing: "y", with: [0.0, 0.0, 3.0, 5.0, 0.0, 0.0, 4.0, 7.0]), Self.gini))
        let sample = (result["samples"] as? [[String: Any]])?.first ?? [:]
        #expect(((sample["groups"] as? [[String: Any]])?.first?["gini"]) is NSNull)
        let parts = ["within", "net_between", "transvariation"].reduce(0.0) { $0 + ((sample[$1] as? Double) ?? .nan) }
        #expect(abs(parts - ((sample["gini"] as? Double) ?? .nan)) < 1e-15, "\(sample)")
    }

    /// Rows missing the variable or the group are dropped and counted: the result equals the one without them.
    @Test func giniWithMissingValues() {
        let missing = Self.run(["y": [1.0, NSNull(), 3.0, 5.0, 4.0], "g": ["N", "N", NSNull(), "S", "S"]], Self.gini)
        let without = Self.run(["y": [1.0, 5.0, 4.0], "g": ["N", "S", "S"]], Self.gini)
        let result = EvolutionFixture.result(missing)
        #expect(result["rows_dropped"] as? Int == 2)
        #expect((result["samples"] as? [[String: Any]])?.first?["gini"] as? Double
                == (EvolutionFixture.result(without)["samples"] as? [[String: Any]])?.first?["gini"] as? Double)
        Self.expectError(Self.run(["y": [NSNull(), NSNull()], "g": ["N", "S"]], Self.gini), "no_observations", at: "/model/variable")
    }

    /// Values near the largest double give the Gini of the same values scaled down (the sums are scaled first);
    /// Gini quantities lie in [0, 1], so they are compared to 1e-12 absolute.
    @Test func giniOfHugeValues() {
        let huge = Self.run(["y": [1e308, 1.7e308, 1e300, 5e307], "g": ["A", "A", "B", "B"]], Self.gini)
        let small = Self.run(["y": [1e8, 1.7e8, 1, 5e7], "g": ["A", "A", "B", "B"]], Self.gini)
        let (a, b) = ((EvolutionFixture.result(huge)["samples"] as? [[String: Any]])?.first ?? [:],
                      (EvolutionFixture.result(small)["samples"] as? [[String: Any]])?.first ?? [:])
        for key in ["gini", "within", "net_between", "transvariation"] {
            #expect(isClose((a[key] as? Double) ?? .nan, (b[key] as? Double) ?? .nan, relative: 1e-12, floor: 1), "\(key): \(huge)")
        }
    }

    @Test func giniWithAGroupAbsentInAPeriod() {
        Self.expectError(Self.run(Self.panel(replacing: "g", with: ["N", "N", "S", "S", "N", "N", "N", "N"]), Self.gini), "invalid_data", at: "/model/group")
    }

    @Test func giniWithTooManyGroups() {
        let count = DagumGiniRequest.maximumGroups + 1
        Self.expectError(Self.run(["y": (0..<count).map { Double($0 + 1) }, "g": (0..<count).map { "g\($0)" }], Self.gini), "too_large", at: "/model/group")
    }

    @Test func giniOfUnknownOrTextColumns() {
        Self.expectError(Self.run(Self.panel, ["estimator": "dagum_gini", "variable": "Y", "group": "g"]), "unknown_column", at: "/model/variable")
        Self.expectError(Self.run(Self.panel, ["estimator": "dagum_gini", "variable": "g", "group": "y"]), "invalid_data", at: "/model/variable")
    }

    @Test func giniFigureNeedsAResultByPeriod() {
        let response = Self.run(Self.panel, ["estimator": "dagum_gini", "variable": "y", "group": "g", "by": "pooled"],
                                figures: [["type": "dagum_gini", "model": 0]])
        Self.expectError(response, "invalid_option", at: "/figures/0/model")
    }

    // MARK: coupling_coordination

    nonisolated(unsafe) static let coupling: [String: Any] = ["estimator": "coupling_coordination", "subsystems": ["x", "y"]]
    nonisolated(unsafe) static let levels: [String: Any] = ["id": ["a", "b", "a", "b"], "t": [1, 1, 2, 2], "x": [0.1, 0.4, 0.3, 0.9], "y": [0.2, 0.2, 0.6, 0.5]]

    @Test func couplingWithOneOrRepeatedSubsystems() {
        Self.expectError(Self.run(Self.levels, ["estimator": "coupling_coordination", "subsystems": ["x"]]), "invalid_request", at: "/model/subsystems")
        Self.expectError(Self.run(Self.levels, ["estimator": "coupling_coordination", "subsystems": ["x", "x"]]), "invalid_request", at: "/model/subsystems")
    }

    @Test func couplingWithBadWeights() {
        for weights in [[0.5], [0.7, 0.7], [1.5, -0.5]] {
            var model = Self.coupling
            model["weights"] = weights
            Self.expectError(Self.run(Self.levels, model), "invalid_option", at: "/model/weights")
        }
    }

    @Test func couplingOfAConstantColumn() {
        var columns = Self.levels
        columns["y"] = [0.3, 0.3, 0.3, 0.3]
        Self.expectError(Self.run(columns, Self.coupling), "invalid_data", at: "/model/subsystems/1")
    }

    @Test func couplingOfLevelsOutsideTheUnitInterval() {
        var columns = Self.levels
        columns["x"] = [0.1, 1.4, 0.3, 0.9]
        var model = Self.coupling
        model["normalise"] = false
        Self.expectError(Self.run(columns, model), "invalid_data", at: "/model/subsystems/0")
    }

    /// A range beyond the largest double is normalised without overflow (no NaN reaches the response).
    @Test func couplingOfAnOverflowingRange() {
        let result = EvolutionFixture.result(Self.run(["x": [-1e308, 1e308, 0, 5e307], "y": [0.2, 0.2, 0.6, 0.5]], Self.coupling))
        let levels = (result["observations"] as? [[String: Any]] ?? []).map { ($0["levels"] as? [Double])?.first ?? .nan }
        #expect(levels == [0, 1, 0.5, 0.75], "\(result)")
    }

    @Test func couplingWithMissingValuesAndWithoutAPanel() {
        let result = EvolutionFixture.result(Self.run(["x": [0.1, NSNull(), 0.3, 0.9], "y": [0.2, 0.2, 0.6, 0.5]], Self.coupling))
        #expect(result["rows_dropped"] as? Int == 1)
        let observations = result["observations"] as? [[String: Any]] ?? []
        #expect(observations.map { $0["unit"] as? Int } == [1, 3, 4] && observations.allSatisfy { $0["period"] is NSNull }, "\(result)")
    }

    /// A group without observations in a period is left out of that period's means.
    @Test func couplingWithAGroupAbsentInAPeriod() {
        var columns = Self.levels
        columns["g"] = ["N", "S", "N", "N"]
        var model = Self.coupling
        model["group"] = "g"
        let periods = EvolutionFixture.result(Self.run(columns, model))["periods"] as? [[String: Any]] ?? []
        #expect(periods.map { ($0["groups"] as? [[String: Any]] ?? []).map { $0["group"] as? String } } == [["N", "S"], ["N"]], "\(periods)")
    }

    // MARK: obstacle_degree

    nonisolated(unsafe) static let indicators: [[String: Any]] = [["name": "x"], ["name": "y", "direction": "-"]]

    @Test func obstacleWithOneIndicator() {
        Self.expectError(Self.run(Self.levels, ["estimator": "obstacle_degree", "indicators": [["name": "x"]]]), "invalid_request", at: "/model/indicators")
    }

    @Test func obstacleOfAConstantIndicator() {
        var columns = Self.levels
        columns["y"] = [0.3, 0.3, 0.3, 0.3]
        Self.expectError(Self.run(columns, ["estimator": "obstacle_degree", "indicators": Self.indicators]), "invalid_data", at: "/model/indicators")
        Self.expectError(Self.run(columns, ["estimator": "obstacle_degree", "indicators": Self.indicators, "weights": [1, 1]]),
                         "invalid_data", at: "/model/indicators/1/name")
    }

    @Test func obstacleWithBadWeights() {
        for weights in [[1.0], [0.0, 0.0], [1.0, -1.0]] {
            Self.expectError(Self.run(Self.levels, ["estimator": "obstacle_degree", "indicators": Self.indicators, "weights": weights]),
                             "invalid_option", at: "/model/weights")
        }
    }

    @Test func obstacleOfASingleObservation() {
        let response = Self.run(["x": [0.1], "y": [0.2]], ["estimator": "obstacle_degree", "indicators": Self.indicators])
        #expect(ABIClient.errorCode(response) == "invalid_data", "\(response)")
    }

    @Test func obstacleWithABadDirectionOrTop() {
        Self.expectError(Self.run(Self.levels, ["estimator": "obstacle_degree", "indicators": [["name": "x", "direction": "up"], ["name": "y"]]]),
                         "invalid_option", at: "/model/indicators/0/direction")
        Self.expectError(Self.run(Self.levels, ["estimator": "obstacle_degree", "indicators": Self.indicators, "top": 0]), "invalid_option", at: "/model/top")
        let result = EvolutionFixture.result(Self.run(Self.levels, ["estimator": "obstacle_degree", "indicators": Self.indicators, "top": 9]))
        #expect(((result["overall"] as? [String: Any])?["top"] as? [String])?.count == 2, "\(result)")
    }

    /// The observation best in every indicator has no obstacle: left out of the means, with a warning; a period of
    /// only such an observation has null degrees and an empty ranking.
    @Test func obstacleOfTheBestObservation() {
        let columns: [String: Any] = ["id": ["a", "b", "c"], "t": [1, 1, 2], "x": [0.1, 0.5, 0.9], "y": [0.8, 0.4, 0.1]]
        let response = Self.run(columns, ["estimator": "obstacle_degree", "indicators": Self.indicators])
        let result = EvolutionFixture.result(response)
        #expect((result["overall"] as? [String: Any])?["n"] as? Int == 2, "\(result)")
        #expect((result["warnings"] as? [String])?.contains { $0.contains("no obstacle") } == true)
        let second = (result["periods"] as? [[String: Any]])?.last ?? [:]
        #expect(second["n"] as? Int == 0 && (second["top"] as? [String])?.isEmpty == true)
        #expect((second["indicators"] as? [[String: Any]])?.allSatisfy { $0["obstacle"] is NSNull && $0["rank"] is NSNull } == true, "\(second)")
        let text = ABIClient.run(["abi": 1, "data": ["columns": columns], "panel": ["id": "id", "time": "t"], "render": ["text"],
                                  "model": ["estimator": "obstacle_degree", "indicators": Self.indicators]])
        #expect(((EvolutionFixture.result(text)["rendered"] as? [String: String])?["text"])?.contains("Top 2 obstacle factors") == true)
    }
}
