import Testing
@testable import PanelCore

/// Spatial estimators on samples too small for them answer `no_observations` or `singular_design` before any
/// arithmetic divides by the counts (issue 17: zero rows stopped on an integer division by zero, and 2 units × 2
/// periods gave an exact fit with σ² ≈ 1e-33 and t statistics of 10¹⁵).
@Suite struct SpatialSmallSampleTests {
    static let coordinates = #"{"coordinates": {"lat": "lat", "lon": "lon"}}"#

    /// A balanced panel of `units` × `periods` rows with coordinates and three numeric columns.
    static func columns(units: Int, periods: Int) -> String {
        var id: [String] = [], t: [String] = [], lat: [String] = [], lon: [String] = [], y: [String] = [], x: [String] = [], z: [String] = []
        for period in 0..<periods {
            for unit in 0..<units {
                id.append("\"U\(unit)\"")
                t.append("\(2000 + period)")
                lat.append("\(30 + unit)")
                lon.append("\(100 + unit * unit)")
                y.append("\((unit * 7 + period * 3) % 5)")
                x.append("\((unit * 3 + period * 5) % 7)")
                z.append("\((unit * 5 + period * 2) % 3)")
            }
        }
        func list(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
        return #""id": \#(list(id)), "t": \#(list(t)), "lat": \#(list(lat)), "lon": \#(list(lon)), "y": \#(list(y)), "x": \#(list(x)), "z": \#(list(z))"#
    }

    static func error(_ columns: String, _ model: String) -> (code: String?, location: String?) {
        let text = #"{"abi": 1, "data": {"columns": {"# + columns + #"}}, "panel": {"id": "id", "time": "t"}, "model": "# + model + "}"
        let response = ABIClient.run(text: text)
        let error = response["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    static func panelModel(_ model: String, effects: String, information: String) -> String {
        #"{"estimator": "spatial_panel", "model": ""# + model + #"", "fixed_effects": ""# + effects + #"", "dependent": "y", "#
            + #""regressors": ["x", "z"], "weights": "# + coordinates + #", "options": {"information": ""# + information + #""}}"#
    }

    static let randomEffects = ["sar", "sdm"].map {
        #"{"estimator": "spatial_panel", "effects_type": "random", "model": ""# + $0 + #"", "dependent": "y", "regressors": ["x", "z"], "weights": "#
            + coordinates + #", "options": {"hausman": true}}"#
    }
    static func lagrangeMultiplier(effects: String = "unit") -> String {
        #"{"estimator": "spatial_lm", "fixed_effects": ""# + effects + #"", "dependent": "y", "regressors": ["x", "z"], "weights": "# + coordinates + "}"
    }

    @Test func zeroRowsAnswerNoObservations() {
        let empty = Self.columns(units: 0, periods: 0)
        var models = Self.randomEffects + [Self.lagrangeMultiplier()]
        for model in ["sar", "sdm", "sem", "sdem", "sac"] {
            for effects in ["unit", "time", "two_way"] { models.append(Self.panelModel(model, effects: effects, information: "observed")) }
        }
        models += ["period", "pooled"].map { #"{"estimator": "moran", "variable": "y", "by": ""# + $0 + #"", "weights": "# + Self.coordinates + "}" }
        models.append(#"{"estimator": "lisa", "variable": "y", "weights": "# + Self.coordinates + "}")
        for model in models {
            let result = Self.error(empty, model)
            #expect(result.code == "no_observations", "\(model)")
            #expect(result.location?.hasPrefix("/model") == true, "\(model)")
        }
    }

    /// 2 units × 2 periods leave 2 observations after unit or time effects (1 after both) for two slopes and ρ or λ.
    @Test func fewerObservationsThanParametersIsSingular() {
        let small = Self.columns(units: 2, periods: 2)
        for model in ["sar", "sdm", "sem", "sdem", "sac"] {
            for effects in ["unit", "time", "two_way"] {
                for information in ["observed", "expected"] where model != "sac" || information == "observed" {
                    let result = Self.error(small, Self.panelModel(model, effects: effects, information: information))
                    #expect(result.code == "singular_design", "\(model) \(effects) \(information)")
                    #expect(result.location == "/model", "\(model) \(effects) \(information)")
                }
            }
        }
        #expect(Self.error(small, Self.lagrangeMultiplier(effects: "two_way")).code == "singular_design")
        for model in Self.randomEffects { #expect(Self.error(small, model).code == "singular_design", "\(model)") }
    }

    @Test func randomEffectsNeedTwoPeriods() {
        let result = Self.error(Self.columns(units: 8, periods: 1), Self.randomEffects[0])
        #expect(result.code == "singular_design")
    }

    @Test func enoughObservationsStillFit() {
        #expect(Self.error(Self.columns(units: 6, periods: 3), Self.panelModel("sar", effects: "unit", information: "observed")).code == nil)
    }

    /// Moran's randomisation variance divides by n − 3 and LISA's by n − 2.
    @Test func autocorrelationNeedsEnoughUnits() {
        let moran = #"{"estimator": "moran", "variable": "y", "weights": "# + Self.coordinates + "}"
        let three = Self.error(Self.columns(units: 3, periods: 2), moran)
        #expect(three.code == "no_observations")
        #expect(three.location == "/model/variable")
        #expect(Self.error(Self.columns(units: 3, periods: 2), moran.replacingOccurrences(of: #""y","#, with: #""y", "by": "pooled","#)).code == nil)
        #expect(Self.error(Self.columns(units: 4, periods: 1), moran).code == nil)
        let lisa = #"{"estimator": "lisa", "variable": "y", "weights": "# + Self.coordinates + "}"
        #expect(Self.error(Self.columns(units: 2, periods: 2), lisa).code == "no_observations")
        #expect(Self.error(Self.columns(units: 3, periods: 1), lisa).code == nil)
    }
}
