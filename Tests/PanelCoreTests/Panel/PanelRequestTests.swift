import Foundation
import Testing
@testable import PanelCore

/// Errors and Stata's edge behaviour of the panel requests on small hand-made panels (exact expectations).
@Suite struct PanelRequestTests {
    /// Three units × three years; `z` is constant within each unit, `w` varies.
    static var columns: [String: Any] { [
        "id": [1, 1, 1, 2, 2, 2, 3, 3, 3],
        "t": [1, 2, 3, 1, 2, 3, 1, 2, 3],
        "y": [1.0, 2.5, 2.0, 4.0, 3.5, 5.5, 0.5, 1.5, 3.0],
        "w": [0.3, 1.1, 0.7, 2.0, 1.4, 2.9, -0.5, 0.2, 1.6],
        "z": [5.0, 5.0, 5.0, 2.0, 2.0, 2.0, 7.0, 7.0, 7.0],
    ] }

    static func run(_ model: [String: Any], panel: Bool = true, columns: [String: Any] = columns) -> [String: Any] {
        var request: [String: Any] = ["abi": 1, "data": ["columns": columns], "model": model]
        if panel { request["panel"] = ["id": "id", "time": "t"] }
        return ABIClient.run(request)
    }

    @Test func panelModelsNeedThePanelSpec() {
        for model in [["estimator": "panel", "method": "within", "formula": "y ~ w"], ["estimator": "hausman", "formula": "y ~ w"]] {
            let response = Self.run(model, panel: false)
            #expect(ABIClient.errorCode(response) == "invalid_request")
            #expect(((response["error"] as? [String: Any])?["message"] as? String)?.contains("needs 'panel'") == true)
        }
    }

    @Test func unknownMethodIsAnInvalidOption() {
        #expect(ABIClient.errorCode(Self.run(["estimator": "panel", "method": "fe", "formula": "y ~ w"])) == "invalid_option")
    }

    @Test func withinOmitsARegressorConstantWithinUnits() {
        let response = Self.run(["estimator": "panel", "method": "within", "formula": "y ~ w + z"])
        let result = response["result"] as? [String: Any]
        #expect(result?["omitted"] as? [String] == ["z"])
        #expect((result?["coefficients"] as? [[String: Any]])?.map { $0["term"] as! String } == ["(Intercept)", "w"])
    }

    @Test func withinWithOneObservationPerUnitIsSingular() {
        let single: [String: Any] = ["id": [1, 2, 3, 4], "t": [1, 1, 1, 1], "y": [1.0, 2.0, 4.0, 3.0], "w": [0.5, 1.0, 1.5, 3.0]]
        let response = Self.run(["estimator": "panel", "method": "within", "formula": "y ~ w"], columns: single)
        #expect(ABIClient.errorCode(response) == "singular_design")
    }

    @Test func firstDifferencesRespectGaps() {
        var gapped = Self.columns
        gapped["t"] = [1, 2, 4, 1, 2, 3, 1, 3, 4]
        let result = Self.run(["estimator": "panel", "method": "first_difference", "formula": "y ~ w"], columns: gapped)["result"] as? [String: Any]
        // differences exist for unit 1 at t = 2, unit 2 at t = 2 and 3, unit 3 at t = 4: four of them.
        #expect(result?["nobs"] as? Int == 4)
        #expect((result?["coefficients"] as? [[String: Any]])?.map { $0["term"] as! String } == ["(Intercept)", "D.w"])
    }

    @Test func randomEffectsReportsNormalInference() {
        let result = Self.run(["estimator": "panel", "method": "random", "formula": "y ~ w"])["result"] as? [String: Any]
        #expect((result?["vcov"] as? [String: Any])?["inference"] as? String == "normal")
        #expect(result?["method"] as? String == "random")
    }
}
