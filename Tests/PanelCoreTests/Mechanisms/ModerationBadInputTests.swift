import Foundation
import Testing
@testable import PanelCore

/// Bad moderation requests come back as errors with the documented code and location (docs/abi/mechanisms.md).
@Suite struct ModerationBadInputTests {
    static func respond(_ model: [String: Any]) -> [String: Any] {
        var spec: [String: Any] = ["estimator": "moderation", "outcome": "y", "treatment": "x", "moderator": "m", "controls": ["c"],
                                   "fixed_effects": ["id"]]
        for (key, value) in model { spec[key] = value }
        return ABIClient.run(["abi": 1, "data": ["columns": MechanismsTestData.columns], "panel": ["id": "id", "time": "year"], "model": spec])
    }

    @Test func aWellFormedRequestSucceeds() {
        let response = Self.respond(["options": ["center": true]])
        #expect(response["ok"] as? Bool == true, "\(response)")
    }

    @Test func moderatorWithoutVariance() {
        MediationBadInputTests.expectError(Self.respond(["moderator": "flat"]), code: "invalid_data", at: "/model/moderator")
    }

    @Test func moderatorThatIsTheTreatment() {
        MediationBadInputTests.expectError(Self.respond(["moderator": "x"]), code: "invalid_option", at: "/model/moderator")
    }

    @Test func treatmentAbsorbedByTheFixedEffects() {
        MediationBadInputTests.expectError(Self.respond(["treatment": "fixed"]), code: "singular_design", at: "/model")
    }

    @Test func centerNotABoolean() {
        MediationBadInputTests.expectError(Self.respond(["options": ["center": "yes"]]), code: "invalid_option", at: "/model/options/center")
    }

    @Test func slopeValuesNotNumbers() {
        MediationBadInputTests.expectError(Self.respond(["options": ["at": [1, "mean"]]]), code: "invalid_option", at: "/model/options/at/1")
    }

    @Test func unknownOption() {
        MediationBadInputTests.expectError(Self.respond(["options": ["centre": true]]), code: "invalid_request", at: "/model/options/centre")
    }
}
