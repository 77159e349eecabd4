import Foundation
import Testing
@testable import PanelCore

/// The obstacle degree model through the ABI against the NumPy reference of references/evolution (whose entropy
/// weights reproduce the index fixtures of references/indices), 1e-12 relative: the 16 NQP indicators with entropy
/// weights and six with given weights, overall, by year and by region, with ranks and dimension sums.
@Suite struct ObstacleDegreeTests {
    static func check(_ profile: [String: Any], _ expected: [String: Any], names: [String], _ what: String) {
        #expect(profile["n"] as? Int == expected["n"] as? Int, "\(what) n")
        let rows = profile["indicators"] as? [[String: Any]] ?? []
        let degrees = expected["obstacle"] as! [Double], ranking = expected["ranking"] as! [Int]
        #expect(rows.count == degrees.count, "\(what)")
        for (j, row) in rows.enumerated() where j < degrees.count {
            #expect(row["indicator"] as? String == names[j])
            #expect(EvolutionFixture.close(row["obstacle"], degrees[j]), "\(what) \(names[j]): \(row["obstacle"] ?? "none") vs \(degrees[j])")
            #expect(row["rank"] as? Int == (ranking.firstIndex(of: j) ?? -2) + 1, "\(what) rank of \(names[j])")
        }
        let dimensions = (profile["dimensions"] as? [[String: Any]] ?? []).map { $0["obstacle"] }
        let expectedDimensions = expected["dimensions"] as? [Double] ?? []
        #expect(dimensions.count == expectedDimensions.count && zip(dimensions, expectedDimensions).allSatisfy { EvolutionFixture.close($0, $1) },
                "\(what) dimensions")
    }

    static func checkAll(_ result: [String: Any], _ reference: [String: Any], top: Int, _ what: String) {
        let names = (reference["indicators"] as! [[String: Any]]).map { $0["name"] as! String }
        let weights = (result["weights"] as? [[String: Any]] ?? []).map { $0["weight"] }
        #expect(zip(weights, reference["weights"] as! [Double]).allSatisfy { EvolutionFixture.close($0, $1) }, "\(what) weights")
        let overall = result["overall"] as? [String: Any] ?? [:]
        check(overall, reference["overall"] as! [String: Any], names: names, "\(what) overall")
        #expect(overall["top"] as? [String] == (reference["overall"] as! [String: Any])["ranking"].map { ($0 as! [Int]).prefix(top).map { names[$0] } })
        for (period, expected) in zip(result["periods"] as? [[String: Any]] ?? [], reference["periods"] as! [[String: Any]]) {
            #expect(period["period"] as? Int == expected["period"] as? Int)
            check(period, expected, names: names, "\(what) \(expected["period"]!)")
        }
        for (group, expected) in zip(result["groups"] as? [[String: Any]] ?? [], reference["groups"] as! [[String: Any]]) {
            #expect(group["group"] as? String == expected["group"] as? String)
            check(group, expected, names: names, "\(what) \(expected["group"]!)")
        }
    }

    @Test func entropyWeightsOfTheSixteenIndicators() {
        let reference = EvolutionFixture.reference("obstacle.json")["entropy16"] as! [String: Any]
        let result = EvolutionFixture.result(EvolutionFixture.onExamplePanel(
            ["estimator": "obstacle_degree", "indicators": reference["indicators"]!, "group": "region"], extra: ["render": ["text"]]))
        #expect(result["weighting"] as? String == "entropy")
        #expect(result["rows_dropped"] as? Int == 4)
        Self.checkAll(result, reference, top: 5, "entropy")
        let text = (result["rendered"] as? [String: String])?["text"] ?? ""
        #expect(text.contains("Top 5 obstacle factors by period") && text.contains("Top 5 obstacle factors by group"))
    }

    @Test func givenWeights() {
        let reference = EvolutionFixture.reference("obstacle.json")["given6"] as! [String: Any]
        let result = EvolutionFixture.result(EvolutionFixture.onExamplePanel(
            ["estimator": "obstacle_degree", "indicators": reference["indicators"]!, "weights": reference["given"]!, "group": "region", "top": 3]))
        #expect(result["weighting"] as? String == "given")
        Self.checkAll(result, reference, top: 3, "given")
    }

    /// Each observation's obstacle degrees sum to 1, so each profile's do too.
    @Test func degreesSumToOne() {
        let model = ObstacleDegree(normalised: [[0, 0.5, 1], [1, 0.25, 1]], weights: [0.3, 0.7])
        #expect(model.obstacles[2] == nil)
        #expect(model.obstacles[0] == [1, 0])
        let profile = ObstacleProfile(model, observations: [0, 1, 2], indicatorCount: 2, dimensionMembers: [[0, 1]])
        #expect(profile.count == 2)
        #expect(abs(profile.dimensions[0] - 1) < 1e-15)
        #expect(profile.ranking == [0, 1])
    }
}
