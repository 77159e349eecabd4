import Foundation
import Testing
@testable import PanelCore

/// Bad heterogeneity requests come back as errors with the documented code and location (docs/abi/mechanisms.md).
@Suite struct HeterogeneityBadInputTests {
    /// Adds `half` (units 1–3 vs 4–6), `lonely` (one row in its own group) and `mixed` (changes within units).
    nonisolated(unsafe) static let columns: [String: Any] = {
        var columns = MechanismsTestData.columns
        let ids = columns["id"] as! [Double]
        columns["half"] = ids.map { $0 <= 3 ? "A" : "B" }
        columns["lonely"] = ids.indices.map { $0 == 0 ? 1.0 : 0.0 }
        columns["mixed"] = ids.indices.map { Double($0 % 2) }
        return columns
    }()

    static func respond(_ model: [String: Any]) -> [String: Any] {
        var spec: [String: Any] = ["estimator": "heterogeneity", "outcome": "y", "treatment": "x", "controls": ["c"],
                                   "fixed_effects": ["id"], "group": "half", "options": ["replications": 20]]
        for (key, value) in model { spec[key] = value }
        return ABIClient.run(["abi": 1, "data": ["columns": columns], "panel": ["id": "id", "time": "year"], "model": spec])
    }

    @Test func aWellFormedRequestSucceeds() {
        let response = Self.respond([:])
        #expect(response["ok"] as? Bool == true, "\(response)")
    }

    @Test func blankTreatment() {  // found by the fuzzing campaign (issue 17): trapped on an index out of range
        MediationBadInputTests.expectError(Self.respond(["treatment": " "]), code: "invalid_option", at: "/model/treatment")
    }

    @Test func groupWithTooFewObservations() {
        MediationBadInputTests.expectError(Self.respond(["group": "lonely", "fixed_effects": [String]()]), code: "invalid_data", at: "/model/group")
    }

    @Test func groupWithOneValue() {
        MediationBadInputTests.expectError(Self.respond(["group": "flat"]), code: "invalid_data", at: "/model/group")
    }

    @Test func groupChangingWithinPermutationUnits() {
        MediationBadInputTests.expectError(Self.respond(["group": "mixed", "fixed_effects": [String]()]), code: "invalid_data", at: "/model/group")
    }

    @Test func groupThatIsTheTreatment() {
        MediationBadInputTests.expectError(Self.respond(["group": "x"]), code: "invalid_option", at: "/model/group")
    }

    @Test func unknownGroupColumn() {
        MediationBadInputTests.expectError(Self.respond(["group": "region"]), code: "unknown_column", at: "/model")
    }

    @Test func negativeReplications() {
        MediationBadInputTests.expectError(Self.respond(["options": ["replications": -1]]), code: "invalid_option", at: "/model/options/replications")
    }
}
