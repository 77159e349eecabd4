import Foundation
import Testing
@testable import PanelCore

/// Bad dynamic-panel GMM requests, each failing with a stable code and a `where` pointing at the offending member;
/// and the conditions that are warnings, not errors (more instruments than units, a singular weighting matrix).
@Suite struct GMMBadInputTests {
    /// Eight units × six periods of a stable autoregression with an exogenous x (fixed pseudo-random numbers).
    static var columns: [String: Any] {
        var ids: [Int] = [], times: [Int] = [], y: [Double] = [], x: [Double] = []
        var state: UInt64 = 7
        func draw() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        for unit in 1...8 {
            var previous = draw()
            let effect = draw()
            for t in 1...6 {
                let xt = draw()
                previous = 0.5 * previous + 0.8 * xt + effect + 0.3 * draw()
                ids.append(unit); times.append(t); x.append(xt); y.append(previous)
            }
        }
        return ["id": ids, "t": times, "y": y, "x": x]
    }

    static func respond(_ model: [String: Any], panel: Bool = true) -> [String: Any] {
        var spec = model
        spec["estimator"] = "gmm"
        var request: [String: Any] = ["abi": 1, "data": ["columns": columns], "model": spec]
        if panel { request["panel"] = ["id": "id", "time": "t"] }
        return ABIClient.run(request)
    }

    static func error(_ model: [String: Any], panel: Bool = true) -> (code: String?, location: String?, message: String?) {
        let error = respond(model, panel: panel)["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String, error?["message"] as? String)
    }

    static var model: [String: Any] { ["formula": "y ~ l(y, 1) + x", "gmm": [["variable": "y", "lags": [2, 3]]]] }

    @Test func tooFewPeriodsForTheLagsNamesThePeriodsNeeded() {
        let failure = Self.error(["formula": "y ~ l(y, 5) + x", "gmm": [["variable": "y", "lags": [2, 99]]]])
        #expect(failure.code == "no_observations")
        #expect(failure.location == "/model/formula")
        #expect(failure.message?.hasPrefix("too few periods for the lags") == true, "\(failure)")
        #expect(failure.message?.contains("at least 7 periods") == true, "\(failure)")
        #expect(failure.message?.contains("spans 6") == true)
    }

    @Test func aLagRangeBeyondThePanelLeavesNoInstruments() {
        let failure = Self.error(["formula": "y ~ l(y, 1) + x", "gmm": [["variable": "y", "lags": [2, 99]], ["variable": "x", "lags": [6, 9]]]])
        #expect(failure.code == "invalid_option")
        #expect(failure.location == "/model/gmm/1/lags")
        #expect(failure.message?.hasPrefix("no instruments left") == true, "\(failure)")
    }

    /// A lag range in the formula that reaches beyond the panel: the formula is named as where.
    @Test func aRegressorLagRangeBeyondThePanelIsTooFewPeriods() {
        let failure = Self.error(["formula": "y ~ l(y, 1:6) + x", "gmm": [["variable": "y", "lags": [2, 99]]]])
        #expect(failure.code == "no_observations")
        #expect(failure.location == "/model/formula")
        #expect(failure.message?.hasPrefix("too few periods for the lags") == true, "\(failure)")
    }

    /// GMM lags starting later than the regressors need: the GMM-style instrument is named as where.
    @Test func gmmLagsStartingBeyondThePanelAreTooFewPeriods() {
        let failure = Self.error(["formula": "y ~ l(y, 1) + x", "gmm": [["variable": "y", "lags": [7, 9]]]])
        #expect(failure.code == "no_observations")
        #expect(failure.location == "/model/gmm/0/lags")
    }

    @Test func fewerInstrumentsThanCoefficientsIsNotIdentified() {
        let failure = Self.error(["formula": "y ~ l(y, 1) + x", "gmm": [["variable": "y", "lags": [2, 2], "collapse": true]], "iv": [],
                                  "time_dummies": true])
        #expect(failure.code == "singular_design")
        #expect(failure.location == "/model")
        #expect(failure.message?.hasPrefix("too few instruments left") == true, "\(failure)")
    }

    @Test func moreInstrumentsThanUnitsUseAGeneralisedInverseWithWarnings() {
        let response = Self.respond(["formula": "y ~ l(y, 1) + x", "gmm": [["variable": "y", "lags": [2, 99]], ["variable": "x", "lags": [1, 99]]],
                                     "two_step": true])
        let result = response["result"] as? [String: Any] ?? [:]
        let warnings = (result["warnings"] as? [String] ?? []).joined(separator: " | ")
        #expect(warnings.contains("exceed the 8 units"), "\(response)")
        #expect(warnings.contains("generalised inverse"))
        let coefficients = result["coefficients"] as? [[String: Any]] ?? []
        #expect(coefficients.allSatisfy { ($0["std_error"] as? Double)?.isFinite == true })
    }

    @Test func thePanelIsRequired() {
        #expect(Self.error(Self.model, panel: false).code == "invalid_request")
        #expect(Self.error(Self.model, panel: false).location == "/model")
    }

    @Test func formulaPartsOtherThanTheEquationAreRefused() {
        var model = Self.model
        model["formula"] = "y ~ l(y, 1) + x | id"
        #expect(Self.error(model).code == "bad_formula")
        #expect(Self.error(model).location == "/model/formula")
    }

    @Test func gmmInstrumentsAreChecked() {
        var model = Self.model
        model["gmm"] = [[String: Any]]()
        #expect(Self.error(model).location == "/model/gmm")
        model["gmm"] = ["y"]
        #expect(Self.error(model).code == "invalid_request")
        #expect(Self.error(model).location == "/model/gmm/0")
        model["gmm"] = [["variable": "y", "lags": [3, 2]]]
        #expect(Self.error(model).code == "invalid_option")
        #expect(Self.error(model).location == "/model/gmm/0/lags")
        model["gmm"] = [["variable": "y", "lags": [2, 3], "colapse": true]]
        #expect(Self.error(model).location == "/model/gmm/0/colapse")
        model["gmm"] = [["variable": "nothere"]]
        #expect(Self.error(model).code == "unknown_column")
    }

    @Test func membersAreChecked() {
        var model = Self.model
        model["two_step"] = 2
        #expect(Self.error(model).code == "invalid_request")
        #expect(Self.error(model).location == "/model/two_step")
        model = Self.model
        model["transformation"] = "fod"
        #expect(Self.error(model).code == "invalid_option")
        #expect(Self.error(model).location == "/model/transformation")
    }

    @Test func tooManyInstrumentsAreRefusedBeforeTheWeightingMatrices() {
        let periods = 80
        let columns: [String: Any] = ["id": (0..<(2 * periods)).map { $0 / periods }, "t": (0..<(2 * periods)).map { $0 % periods },
                                      "y": (0..<(2 * periods)).map { Double($0 % 7) }, "x": (0..<(2 * periods)).map { Double($0 % 5) }]
        let response = ABIClient.run(["abi": 1, "data": ["columns": columns], "panel": ["id": "id", "time": "t"],
                                      "model": ["estimator": "gmm", "formula": "y ~ l(y, 1) + x", "gmm": [["variable": "y", "lags": [2, 99]]]]])
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "too_large", "\(response)")
        #expect((error?["message"] as? String)?.contains("collapse") == true)
    }

    /// The response to `model` on `columns` with one time mistyped far before the others (−995 among 1…6), as the
    /// fuzzer's year 1002 among 2001–2007: every unit is padded to 1,002 periods.
    static func respondOnPaddedSpan(_ model: [String: Any]) -> [String: Any] {
        var columns = Self.columns
        var times = columns["t"] as! [Int]
        times[4] = -995
        columns["t"] = times
        return ABIClient.run(["abi": 1, "data": ["columns": columns], "panel": ["id": "id", "time": "t"], "model": model])
    }

    /// Found by libFuzzer: one year typed 1002 among 2001–2007 pads every unit to 1,006 periods, and a lag range
    /// 2…99 makes 98 mostly empty instruments. H is applied by its non-zero entries (not as a dense 1,005 × 1,005
    /// matrix), and the one-step weighting sum — rank deficient, its eigenvalues trailing off into rounding residue
    /// and subnormals — is decomposed instead of failing with "did not converge".
    @Test func aTimeSpanPaddedFarBeyondTheDataIsEstimated() {
        let response = Self.respondOnPaddedSpan(["estimator": "gmm", "formula": "y ~ l(y, 1:2) + x", "two_step": false, "time_dummies": false,
                                                "gmm": [["variable": "y", "lags": [2, 99], "collapse": true],
                                                        ["variable": "x", "lags": [2, 3], "collapse": true]]])
        #expect(response["ok"] as? Bool == true, "\(response)")
        let result = response["result"] as? [String: Any]
        #expect(result?["periods"] as? Int == 1002)
    }

    /// Found by libFuzzer: time dummies over a span padded to 1,002 periods ask for more coefficients than the rows
    /// can give equations; refused before the equations' matrices are built (it took 25 s in the sanitised build).
    @Test func moreCoefficientsThanRowsCanGiveEquationsAreRefusedFirst() {
        let response = Self.respondOnPaddedSpan(["estimator": "gmm", "formula": "y ~ l(y, 1) + x", "transformation": "ld",
                                                "gmm": [["variable": "y", "lags": [2, 4], "collapse": true]]])
        let error = response["error"] as? [String: Any]
        #expect(error?["code"] as? String == "no_observations", "\(response)")
        #expect(error?["where"] as? String == "/model")
        #expect((error?["message"] as? String)?.hasPrefix("at most 96 equations can have data (48 rows with the response, each in differences and in levels)") == true,
                "\(response)")
    }
}
