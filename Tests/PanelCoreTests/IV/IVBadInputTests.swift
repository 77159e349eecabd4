import Foundation
import Testing
@testable import PanelCore

/// The bad inputs issue 9 lists, through `PanelCoreABI.respond`: each gives its documented error code and `where`,
/// or succeeds with the documented warning.
@Suite struct IVBadInputTests {
    /// 12 observations, 3 groups of 4: y, an exogenous x, endogenous e1 and e2, instruments z1, z2, an instrument
    /// that is 2·x, one constant within groups, and a "weak" instrument w whose centred values are exactly orthogonal
    /// to e1's.
    static let columns: [String: [Double]] = [
        "y": [1.2, 2.3, 0.7, 3.1, 2.2, 1.9, 4.0, 2.8, 3.3, 1.1, 2.6, 3.9],
        "x": [0.5, 1.1, -0.3, 2.0, 0.9, 0.4, 1.7, 1.2, 0.8, -0.6, 1.4, 2.2],
        "e1": [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1],
        "e2": [0.3, 0.9, 1.4, -0.2, 0.6, 1.8, 0.1, 0.7, 1.1, 0.4, -0.5, 0.9],
        "z1": [0.9, -0.7, 1.3, -1.1, 0.8, -0.2, 1.6, -0.9, 0.5, -1.4, 1.2, -0.3],
        "z2": [0.2, 0.4, -0.1, 0.8, 1.5, -0.6, 0.3, 0.9, -0.4, 0.7, 1.1, 0.0],
        "twice_x": [1.0, 2.2, -0.6, 4.0, 1.8, 0.8, 3.4, 2.4, 1.6, -1.2, 2.8, 4.4],
        "group_level": [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3],
        "g": [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3],
        "w": [1, 1, -1, -1, 1, 1, -1, -1, 1, 1, -1, -1],
    ]

    private func respond(_ model: [String: Any]) -> [String: Any] {
        ABIClient.run(["abi": 1, "data": ["columns": Self.columns], "model": model])
    }

    private func expectError(_ model: [String: Any], code: String, at location: String, _ comment: Comment) {
        let response = respond(model)
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == code, comment)
        #expect(error?["where"] as? String == location, comment)
    }

    @Test func fewerInstrumentsThanEndogenousRegressors() {
        expectError(["estimator": "iv", "formula": "y ~ x | e1 + e2 ~ z1"], code: "singular_design", at: "/model/formula",
                    "two endogenous regressors, one instrument")
    }

    @Test func instrumentCollinearWithTheExogenousRegressors() throws {
        expectError(["estimator": "iv", "formula": "y ~ x | e1 ~ twice_x"], code: "singular_design", at: "/model/formula",
                    "the only instrument is 2x: underidentified once it is dropped")
        let response = respond(["estimator": "iv", "formula": "y ~ x | e1 ~ twice_x + z1"])
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        #expect(result["instruments"] as? [String] == ["z1"])
        #expect((result["warnings"] as? [String] ?? []).contains { $0.contains("instrument 'twice_x' dropped") })
    }

    @Test func instrumentAbsorbedByTheFixedEffects() throws {
        expectError(["estimator": "iv", "formula": "y ~ x | g | e2 ~ group_level"], code: "singular_design", at: "/model/formula",
                    "the only instrument is constant within the fixed effect")
        let response = respond(["estimator": "iv", "formula": "y ~ x | g | e2 ~ group_level + z1 + z2"])
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        #expect(result["instruments"] as? [String] == ["z1", "z2"])
        #expect((result["warnings"] as? [String] ?? []).contains { $0.contains("instrument 'group_level' dropped: absorbed by the fixed effects") })
    }

    @Test func perfectlyWeakInstrument() {
        expectError(["estimator": "iv", "formula": "y ~ 1 | e1 ~ w"], code: "singular_design", at: "/model/formula",
                    "w has no explanatory power for e1")
    }

    @Test func malformedModels() {
        expectError(["estimator": "iv", "formula": "y ~ x + e1"], code: "bad_formula", at: "/model/formula", "no instruments part")
        expectError(["estimator": "iv", "formula": "y ~ x | e1 ~ x + z1"], code: "bad_formula", at: "/model/formula",
                    "x is both a regressor and an excluded instrument")
        expectError(["estimator": "ols", "formula": "y ~ x | e1 ~ z1"], code: "bad_formula", at: "/model/formula", "OLS refuses instruments")
        expectError(["estimator": "iv", "method": "3sls", "formula": "y ~ x | e1 ~ z1"], code: "invalid_option", at: "/model/method", "unknown method")
        expectError(["estimator": "iv", "formula": "y ~ x | e1 ~ z1", "options": ["endogeneity_test": ["x"]]], code: "invalid_option",
                    at: "/model/options/endogeneity_test", "x is not endogenous")
        expectError(["estimator": "iv", "formula": "y ~ x | e1 ~ z1", "options": ["liml": true]], code: "invalid_request",
                    at: "/model/options/liml", "unknown option")
        expectError(["estimator": "iv", "formula": "y ~ x | e1 ~ z1", "options": ["ar_level": 1.5]], code: "invalid_option",
                    at: "/model/options/ar_level", "level out of range")
    }
}
