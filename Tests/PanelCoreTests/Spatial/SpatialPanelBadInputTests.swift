import Testing
@testable import PanelCore

/// Bad `spatial_panel` requests fail with a clear code and location: an unbalanced panel, weights that are not
/// symmetric on the Lanczos path or with effects and unequal row sums, rho at the edge of its admissible interval,
/// collinear regressors, unknown models, Lee–Yu with time effects and weights whose rows do not sum to one (every model).
@Suite struct SpatialPanelBadInputTests {
    static let line = #"{"dense": [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]}"#
    static let balanced = #""id": ["A","B","C","D","A","B","C","D","A","B","C","D"], "t": [1,1,1,1,2,2,2,2,3,3,3,3], "#
        + #""x": [0.3, -1.2, 0.8, 2.1, -0.4, 1.5, 0.2, -0.9, 1.1, 0.6, -1.7, 0.05], "z": [1,1,1,1,2,2,2,2,3,3,3,3], "#
        + #""y": [1.2, 0.4, 2.2, 1.9, 0.3, 1.8, 1.1, 0.2, 2.5, 1.4, 0.1, 0.9]"#

    static func respond(columns: String = balanced, model: String) -> (code: String?, location: String?) {
        let text = #"{"abi": 1, "data": {"columns": {"# + columns + #"}}, "panel": {"id": "id", "time": "t"}, "model": "# + model + "}"
        let error = ABIClient.run(text: text)["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    static func model(_ extra: String, weights: String = line, y: String = "y", x: String = #"["x"]"#) -> String {
        #"{"estimator": "spatial_panel", "dependent": ""# + y + #"", "regressors": "# + x + #", "weights": "# + weights + extra + "}"
    }

    @Test func validRequestSucceeds() {
        #expect(Self.respond(model: Self.model("")).code == nil)
        #expect(Self.respond(model: Self.model(#", "model": "sdm", "fixed_effects": "two_way""#)).code == nil)
        #expect(Self.respond(model: Self.model(#", "model": "sdem", "fixed_effects": "two_way""#)).code == nil)
        for model in ["sem", "sdem"] {
            #expect(Self.respond(model: Self.model(#", "model": ""# + model + #"", "fixed_effects": "two_way", "options": {"lee_yu": true}"#)).code == nil)
        }
    }

    /// The SAC and SDEM share the checks: ρ (or λ) at the edge, regressors (with their lags) collinear, Lee–Yu with
    /// time effects only for row-standardised weights.
    @Test func combinedModelsFailClearly() {
        for model in ["sac", "sdem"] {
            let edge = Self.respond(model: Self.model(#", "model": ""# + model + #"""#, y: "z"))
            #expect(edge.code == "numerical_failure", "\(model)")
            #expect(edge.location == "/model", "\(model)")
            let collinear = Self.respond(model: Self.model(#", "model": ""# + model + #"", "fixed_effects": "time""#, x: #"["x", "z"]"#))
            #expect(collinear.code == "singular_design", "\(model)")
            #expect(collinear.location == "/model", "\(model)")
        }
        let unstandardised = #"{"dense": [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]], "standardise": "none"}"#
        for model in ["sar", "sdm", "sem", "sdem", "sac"] {
            let leeYu = Self.respond(model: Self.model(#", "model": ""# + model + #"", "fixed_effects": "time", "options": {"lee_yu": true}"#,
                                                       weights: unstandardised))
            #expect(leeYu.code == "invalid_option", "\(model)")
            #expect(leeYu.location == "/model/options/lee_yu", "\(model)")
        }
    }

    @Test func unbalancedPanel() {
        let columns = #""id": ["A","B","C","D","A","B","C"], "t": [1,1,1,1,2,2,2], "x": [1,2,3,4,2,3,1], "y": [1,3,2,4,2,2,1]"#
        let result = Self.respond(columns: columns, model: Self.model(""))
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/dependent")
    }

    /// Weights that are not symmetric (a directed cycle: eigenvalues ±1, ±i) fit with the exact eigenvalues, but the
    /// Lanczos path refuses them, and so do the effects when their rows do not sum to a constant.
    @Test func asymmetricWeights() {
        let cycle = #"{"edges": [["A","B"],["B","C"],["C","D"],["D","A"]]}"#
        #expect(Self.respond(model: Self.model("", weights: cycle)).code == nil)
        let lanczos = Self.respond(model: Self.model(#", "options": {"log_determinant": "lanczos", "information": "observed"}"#, weights: cycle))
        #expect(lanczos.code == "invalid_option")
        #expect(lanczos.location == "/model/weights")
        let uneven = #"{"edges": [["A","B",1],["B","C",2],["C","D",1],["D","A",1],["A","C",1]], "standardise": "none"}"#
        #expect(Self.respond(model: Self.model(#", "options": {"effects": "none"}"#, weights: uneven)).code == nil)
        for model in ["sar", "sdm", "sac"] {
            let effects = Self.respond(model: Self.model(#", "model": ""# + model + #"""#, weights: uneven))
            #expect(effects.code == "invalid_option", "\(model)")
            #expect(effects.location == "/model/options/effects", "\(model)")
        }
        #expect(Self.respond(model: Self.model(#", "model": "sdem""#, weights: uneven)).code == nil)
    }

    /// y_it = c_t is its own spatial lag under row standardisation (Wy = y): the likelihood rises to the edge ρ → 1.
    @Test func rhoAtTheEdge() {
        let result = Self.respond(model: Self.model("", y: "z"))
        #expect(result.code == "numerical_failure")
        #expect(result.location == "/model")
    }

    @Test func collinearRegressors() {
        let result = Self.respond(model: Self.model(#", "fixed_effects": "time""#, x: #"["x", "z"]"#))
        #expect(result.code == "singular_design")
        #expect(result.location == "/model")
    }

    @Test func invalidOptions() {
        let cases: [(String, String, String)] = [
            (#", "model": "sarar""#, "invalid_option", "/model/model"),
            (#", "model": "sac", "options": {"effects": "bootstrap"}"#, "invalid_option", "/model/options/effects"),
            (#", "fixed_effects": "random""#, "invalid_option", "/model/fixed_effects"),
            (#", "options": {"effects": "bootstrap"}"#, "invalid_option", "/model/options/effects"),
            (#", "options": {"replications": 1}"#, "invalid_option", "/model/options/replications"),
            (#", "options": {"level": 1.5}"#, "invalid_option", "/model/options/level"),
            (#", "formula": "y ~ x""#, "invalid_request", "/model/dependent"),
            (#", "options": {"lee_yu": 1}"#, "invalid_option", "/model/options/lee_yu"),
        ]
        for (extra, code, location) in cases {
            let result = Self.respond(model: Self.model(extra))
            #expect(result.code == code, "\(extra)")
            #expect(result.location == location, "\(extra)")
        }
    }
}
