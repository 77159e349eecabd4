import Foundation
import Testing
@testable import PanelCore

/// Coupling coordination through the ABI against the NumPy reference of references/evolution, 1e-12 relative: every
/// observation's U, C, T, D and class, and the period means (overall and by region).
@Suite struct CouplingCoordinationTests {
    static func check(_ observations: [[String: Any]], _ expected: [[String: Any]], _ what: String) {
        #expect(observations.count == expected.count, "\(what)")
        for (k, (observation, reference)) in zip(observations, expected).enumerated() {
            for key in ["coupling", "development", "coordination"] {
                #expect(EvolutionFixture.close(observation[key], reference[key]), "\(what) #\(k) \(key): \(observation[key] ?? "none") vs \(reference[key]!)")
            }
            let levels = observation["levels"] as? [Double] ?? [], referenceLevels = reference["levels"] as! [Double]
            #expect(levels.count == referenceLevels.count && zip(levels, referenceLevels).allSatisfy { EvolutionFixture.close($0, $1) }, "\(what) #\(k) U")
            let band = reference["band"] as! Int
            #expect(observation["class"] as? String == CoordinationBand.english[band], "\(what) #\(k) class")
            #expect(observation["class_zh"] as? String == CoordinationBand.chinese[band], "\(what) #\(k) class_zh")
        }
    }

    static func checkMeans(_ actual: [String: Any], _ expected: [String: Any], _ what: String) {
        #expect(actual["n"] as? Int == expected["n"] as? Int, "\(what) n")
        for key in ["coupling", "development", "coordination"] {
            #expect(EvolutionFixture.close(actual[key], expected[key]), "\(what) \(key)")
        }
    }

    @Test func twoSubsystemsByRegion() {
        let reference = EvolutionFixture.reference("coupling.json")["df_nqp"] as! [String: Any]
        let result = EvolutionFixture.result(EvolutionFixture.onExamplePanel(
            ["estimator": "coupling_coordination", "subsystems": ["DF", "NQP"], "group": "region"]))
        Self.check(result["observations"] as? [[String: Any]] ?? [], reference["observations"] as! [[String: Any]], "DF–NQP")
        let periods = result["periods"] as? [[String: Any]] ?? []
        for (period, expected) in zip(periods, reference["periods"] as! [[String: Any]]) {
            #expect(period["period"] as? Int == expected["period"] as? Int)
            Self.checkMeans(period, expected, "\(expected["period"]!)")
            for (group, expectedGroup) in zip(period["groups"] as? [[String: Any]] ?? [], expected["groups"] as! [[String: Any]]) {
                #expect(group["group"] as? String == expectedGroup["group"] as? String)
                Self.checkMeans(group, expectedGroup, "\(expected["period"]!) \(expectedGroup["group"]!)")
            }
        }
        let first = (result["observations"] as? [[String: Any]])?.first ?? [:]
        #expect(first["unit"] as? String == "Urumqi" && first["period"] as? Int == 2013)
    }

    @Test func threeWeightedSubsystems() {
        let reference = EvolutionFixture.reference("coupling.json")["three_weighted"] as! [String: Any]
        let result = EvolutionFixture.result(EvolutionFixture.onExamplePanel(
            ["estimator": "coupling_coordination", "subsystems": ["DF", "NQP", "UL"], "weights": [0.5, 0.3, 0.2]]))
        Self.check(result["observations"] as? [[String: Any]] ?? [], reference["observations"] as! [[String: Any]], "DF–NQP–UL")
        for (period, expected) in zip(result["periods"] as? [[String: Any]] ?? [], reference["periods"] as! [[String: Any]]) {
            Self.checkMeans(period, expected, "weighted \(expected["period"]!)")
        }
    }

    /// Levels given in [0, 1]: an observation with every level 0 has C null and D = 0 (with a warning); D on the
    /// band bounds 0.1 and 0.2 falls in the upper band.
    @Test func givenLevelsWithAnUndefinedCoupling() {
        let reference = EvolutionFixture.reference("coupling.json")["raw_small"] as! [String: Any]
        let response = ABIClient.run(["abi": 1, "data": ["columns": reference["data"]!], "panel": ["id": "id", "time": "t"],
                                      "model": ["estimator": "coupling_coordination", "subsystems": ["x", "y"], "normalise": false]])
        let result = EvolutionFixture.result(response)
        Self.check(result["observations"] as? [[String: Any]] ?? [], reference["observations"] as! [[String: Any]], "raw")
        #expect((result["warnings"] as? [String])?.contains { $0.contains("C is undefined") } == true, "\(response)")
    }

    @Test func renderedTable() {
        let result = EvolutionFixture.result(EvolutionFixture.onExamplePanel(
            ["estimator": "coupling_coordination", "subsystems": ["DF", "NQP"], "group": "region"], extra: ["render": ["text", "csv"]]))
        let rendered = result["rendered"] as? [String: String] ?? [:]
        #expect(rendered["text"]?.contains("Coupling coordination of DF, NQP") == true)
        #expect(rendered["text"]?.contains("D Southwest") == true)
        #expect(rendered["csv"]?.contains("勉强协调") == true)
    }
}
