import Foundation
import Testing
@testable import PanelCore

/// Bad mediation requests come back as errors with the documented code and location (docs/abi/mechanisms.md).
@Suite struct MediationBadInputTests {
    static func respond(_ model: [String: Any]) -> [String: Any] {
        var spec: [String: Any] = ["estimator": "mediation", "outcome": "y", "treatment": "x", "mediators": ["m"], "controls": ["c"],
                                   "fixed_effects": ["id"], "options": ["replications": 20]]
        for (key, value) in model { spec[key] = value }
        return ABIClient.run(["abi": 1, "data": ["columns": MechanismsTestData.columns], "panel": ["id": "id", "time": "year"], "model": spec])
    }

    static func expectError(_ response: [String: Any], code: String, at location: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let error = response["error"] as? [String: Any] ?? [:]
        #expect(error["code"] as? String == code, "\(response)", sourceLocation: sourceLocation)
        #expect(error["where"] as? String == location, "\(response)", sourceLocation: sourceLocation)
    }

    @Test func aWellFormedRequestSucceeds() {
        let response = Self.respond([:])
        #expect(response["ok"] as? Bool == true, "\(response)")
    }

    @Test func mediatorNamedLikeTheTreatment() {
        Self.expectError(Self.respond(["mediators": ["x"]]), code: "invalid_option", at: "/model/mediators/0")
    }

    @Test func mediatorWithTheTreatmentsValues() {
        Self.expectError(Self.respond(["mediators": ["m", "x_copy"]]), code: "invalid_data", at: "/model/mediators/1")
    }

    @Test func mediatorListedTwice() {
        Self.expectError(Self.respond(["mediators": ["m", "m"]]), code: "invalid_option", at: "/model/mediators/1")
    }

    @Test func noMediators() {
        Self.expectError(Self.respond(["mediators": [String]()]), code: "invalid_request", at: "/model/mediators")
    }

    @Test func controlThatIsTheTreatment() {
        Self.expectError(Self.respond(["controls": ["x"]]), code: "invalid_option", at: "/model/controls/0")
    }

    @Test func treatmentAbsorbedByTheFixedEffects() {
        Self.expectError(Self.respond(["treatment": "fixed"]), code: "singular_design", at: "/model")
    }

    // Found by the fuzzing campaign (issue 17): a name that is not one regressor shifted the design's columns and
    // trapped on an index out of range (SIGILL natively, `unreachable` in wasm).
    @Test func blankTreatment() {
        Self.expectError(Self.respond(["treatment": " "]), code: "invalid_option", at: "/model/treatment")
    }

    @Test func treatmentThatExpandsIntoSeveralTerms() {
        Self.expectError(Self.respond(["treatment": "x*c"]), code: "invalid_option", at: "/model/treatment")
    }

    @Test func mediatorThatIsTheIntercept() {
        Self.expectError(Self.respond(["mediators": ["m", "1"]]), code: "invalid_option", at: "/model/mediators/1")
    }

    @Test func lagTermInTheControls() {
        Self.expectError(Self.respond(["controls": ["l(c, 1)"]]), code: "bad_formula", at: "/model/controls")
    }

    @Test func unknownOption() {
        Self.expectError(Self.respond(["options": ["replications": 10, "reps": 5]]), code: "invalid_request", at: "/model/options/reps")
    }

    @Test func replicationsNotAWholeNumber() {
        Self.expectError(Self.respond(["options": ["replications": 2.5]]), code: "invalid_option", at: "/model/options/replications")
    }

    @Test func unknownIntervalKind() {
        Self.expectError(Self.respond(["options": ["intervals": ["bca", "normal"]]]), code: "invalid_option", at: "/model/options/intervals/1")
    }

    @Test func unknownResampling() {
        Self.expectError(Self.respond(["options": ["resample": "wild"]]), code: "invalid_option", at: "/model/options/resample")
    }

    @Test func clusterResamplingWithoutAnyCluster() {
        var request: [String: Any] = ["abi": 1, "data": ["columns": MechanismsTestData.columns]]
        request["model"] = ["estimator": "mediation", "outcome": "y", "treatment": "x", "mediators": ["m"]]
        Self.expectError(ABIClient.run(request), code: "invalid_option", at: "/model/options/resample")
    }

    @Test func unknownResamplingColumn() {
        Self.expectError(Self.respond(["options": ["cluster": "region"]]), code: "unknown_column", at: "/model")
    }
}
