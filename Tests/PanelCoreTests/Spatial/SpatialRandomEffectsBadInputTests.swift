import Testing
@testable import PanelCore

/// Bad random-effects `spatial_panel` requests fail with a clear code and location (the small panels and helpers of
/// `SpatialPanelBadInputTests`): options that do not apply to random effects, an unbalanced panel, collinear regressors,
/// and data without any variation between units, where σ_μ² is estimated at zero.
@Suite struct SpatialRandomEffectsBadInputTests {
    static let random = #", "effects_type": "random""#

    @Test func invalidOptions() {
        let cases: [(String, String, String)] = [
            (#", "effects_type": "mixed""#, "invalid_option", "/model/effects_type"),
            (#", "effects_type": true"#, "invalid_request", "/model/effects_type"),
            (Self.random + #", "model": "sem""#, "invalid_option", "/model/model"),
            (Self.random + #", "fixed_effects": "unit""#, "invalid_option", "/model/fixed_effects"),
            (Self.random + #", "options": {"lee_yu": true}"#, "invalid_option", "/model/options/lee_yu"),
            (Self.random + #", "options": {"hausman": 1}"#, "invalid_option", "/model/options/hausman"),
            (#", "options": {"hausman": true}"#, "invalid_option", "/model/options/hausman"),
        ]
        for (extra, code, location) in cases {
            let result = SpatialPanelBadInputTests.respond(model: SpatialPanelBadInputTests.model(extra))
            #expect(result.code == code, "\(extra)")
            #expect(result.location == location, "\(extra)")
        }
    }

    @Test func unbalancedPanel() {
        let columns = #""id": ["A","B","C","D","A","B","C"], "t": [1,1,1,1,2,2,2], "x": [1,2,3,4,2,3,1], "y": [1,3,2,4,2,2,1]"#
        let result = SpatialPanelBadInputTests.respond(columns: columns, model: SpatialPanelBadInputTests.model(Self.random))
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/dependent")
    }

    /// x and z = 2x are collinear; so is a constant regressor with the intercept.
    @Test func collinearRegressors() {
        let columns = #""id": ["A","B","C","D","A","B","C","D"], "t": [1,1,1,1,2,2,2,2], "x": [1,2,3,4,2,3,1,5], "#
            + #""z": [2,4,6,8,4,6,2,10], "one": [1,1,1,1,1,1,1,1], "y": [1,3,2,4,2,2,1,3]"#
        for x in [#"["x", "z"]"#, #"["x", "one"]"#] {
            let result = SpatialPanelBadInputTests.respond(columns: columns, model: SpatialPanelBadInputTests.model(Self.random, x: x))
            #expect(result.code == "singular_design", "\(x)")
            #expect(result.location == "/model", "\(x)")
        }
    }

    /// y and x have zero mean within every unit: the residuals have no unit component, the likelihood rises to ψ = 1
    /// (σ_μ² = 0), and the fit is refused.
    @Test func noVariationBetweenUnits() {
        let columns = #""id": ["A","B","C","D","A","B","C","D","A","B","C","D"], "t": [1,1,1,1,2,2,2,2,3,3,3,3], "#
            + #""x": [1, 0.5, -2, 0.3, -1, 0.5, 1, -0.6, 0, -1, 1, 0.3], "#
            + #""y": [0.4, -0.2, 1.1, -0.8, -0.1, 0.9, -0.5, 0.2, -0.3, -0.7, -0.6, 0.6]"#
        let text = #"{"abi": 1, "data": {"columns": {"# + columns + #"}}, "panel": {"id": "id", "time": "t"}, "model": "#
            + SpatialPanelBadInputTests.model(Self.random) + "}"
        let error = ABIClient.run(text: text)["error"] as? [String: Any]
        #expect(error?["code"] as? String == "numerical_failure")
        #expect(error?["where"] as? String == "/model")
        #expect((error?["message"] as? String)?.contains("random unit effects is estimated at zero") == true)
    }
}
