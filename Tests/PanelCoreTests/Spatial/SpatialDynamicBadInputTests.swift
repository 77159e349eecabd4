import Testing
@testable import PanelCore

/// Bad dynamic `spatial_panel` requests (`"dynamic": true`) fail with a clear code and location: too few periods or
/// observations, models and effects the bias correction does not cover, weights it cannot use, options it does not take,
/// an unbalanced panel.
@Suite struct SpatialDynamicBadInputTests {
    /// 4 units × 5 periods on a line.
    static let fivePeriods = #""id": ["A","B","C","D","A","B","C","D","A","B","C","D","A","B","C","D","A","B","C","D"], "#
        + #""t": [1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5], "#
        + #""x": [0.3, -1.2, 0.8, 2.1, -0.4, 1.5, 0.2, -0.9, 1.1, 0.6, -1.7, 0.05, 0.9, -0.3, 1.4, -1.1, 0.2, 0.7, -0.6, 1.3], "#
        + #""y": [1.2, 0.4, 2.2, 1.9, 0.3, 1.8, 1.1, 0.2, 2.5, 1.4, 0.1, 0.9, 1.7, 0.6, 2.0, 0.8, 1.1, 1.6, 0.4, 2.3]"#
    static let twoPeriods = #""id": ["A","B","C","D","A","B","C","D"], "t": [1,1,1,1,2,2,2,2], "#
        + #""x": [0.3, -1.2, 0.8, 2.1, -0.4, 1.5, 0.2, -0.9], "y": [1.2, 0.4, 2.2, 1.9, 0.3, 1.8, 1.1, 0.2]"#

    static func respond(columns: String = fivePeriods, _ extra: String, weights: String = SpatialPanelBadInputTests.line) -> (code: String?, location: String?) {
        SpatialPanelBadInputTests.respond(columns: columns, model: SpatialPanelBadInputTests.model(#", "dynamic": true"# + extra, weights: weights))
    }

    @Test func validRequestSucceeds() {
        #expect(Self.respond("").code == nil)
        #expect(Self.respond(#", "model": "sdm", "options": {"effects": "simulation", "replications": 50}"#).code == nil)
    }

    @Test func tooFewPeriods() {
        let result = Self.respond(columns: Self.twoPeriods, "")
        #expect(result.code == "singular_design")
        #expect(result.location == "/model")
    }

    /// Three periods leave 4 × 2 observations, 4 after the unit effects, for τ, η, β and ρ.
    @Test func tooFewObservationsForTheParameters() {
        let short = SpatialPanelBadInputTests.respond(model: SpatialPanelBadInputTests.model(#", "dynamic": true"#))
        #expect(short.code == "singular_design")
        #expect(short.location == "/model")
    }

    @Test func modelsAndEffectsOutsideTheCorrection() {
        for model in ["sem", "sdem", "sac"] {
            let result = Self.respond(#", "model": ""# + model + #"""#)
            #expect(result.code == "invalid_option", "\(model)")
            #expect(result.location == "/model/model", "\(model)")
        }
        let time = Self.respond(#", "fixed_effects": "time""#)
        #expect(time.code == "invalid_option")
        #expect(time.location == "/model/fixed_effects")
        let random = Self.respond(#", "effects_type": "random""#)
        #expect(random.code == "invalid_option")
        #expect(random.location == "/model/effects_type")
    }

    @Test func weightsTheCorrectionCannotUse() {
        let unstandardised = #"{"dense": [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]], "standardise": "none"}"#
        let twoWay = Self.respond(#", "fixed_effects": "two_way""#, weights: unstandardised)
        #expect(twoWay.code == "invalid_option")
        #expect(twoWay.location == "/model/weights")
        #expect(Self.respond("", weights: unstandardised).code == nil)
        let cycle = #"{"edges": [["A","B"],["B","C"],["C","D"],["D","A"]]}"#
        let complex = Self.respond("", weights: cycle)
        #expect(complex.code == "invalid_option")
        #expect(complex.location == "/model/weights")
    }

    /// `lee_yu: false` would ask for the uncorrected estimator, which is not offered; `dynamic` must be a boolean.
    @Test func optionsTheDynamicModelDoesNotTake() {
        let cases = [(#"{"log_determinant": "lanczos"}"#, "log_determinant"), (#"{"information": "observed"}"#, "information"),
                     (#"{"lee_yu": false}"#, "lee_yu"), (#"{"hausman": true}"#, "hausman")]
        for (options, member) in cases {
            let result = Self.respond(#", "options": "# + options)
            #expect(result.code == "invalid_option", "\(member)")
            #expect(result.location == "/model/options/" + member, "\(member)")
        }
        #expect(Self.respond(#", "options": {"lee_yu": true, "information": "expected", "log_determinant": "eigenvalues"}"#).code == nil)
        let notBoolean = SpatialPanelBadInputTests.respond(columns: Self.fivePeriods,
                                                          model: SpatialPanelBadInputTests.model(#", "dynamic": "yes""#))
        #expect(notBoolean.code != nil)
        #expect(notBoolean.location == "/model/dynamic")
    }

    @Test func unbalancedPanel() {
        let columns = #""id": ["A","B","C","D","A","B","C","A","B","C","D"], "t": [1,1,1,1,2,2,2,3,3,3,3], "#
            + #""x": [1,2,3,4,2,3,1,0.5,1.5,2.5,0.2], "y": [1,3,2,4,2,2,1,0.3,0.9,1.8,2.2]"#
        let result = Self.respond(columns: columns, "")
        #expect(result.code == "invalid_data")
        #expect(result.location == "/model/dependent")
    }
}
