import Foundation
import Testing
@testable import PanelCore

/// `options.save` beyond the reference cases: random effects (y − xb, linearmodels' `resids`), fixest's references
/// in a level graph of two components, the order of levels, the DID's regression, and the bad-input cases (each a
/// named regression test).
@Suite struct SavedValuesBehaviourTests {
    /// The response to `model` on the reference data (a panel of city and year), or on `csv` (no panel).
    private func response(_ model: [String: Any], csv: String? = nil) -> [String: Any] {
        guard let csv else {
            return ABIClient.run(["abi": 1, "data": ["csv": Fixtures.text("saved/nqpf.csv")], "panel": ["id": "city", "time": "year"],
                                  "model": model])
        }
        return ABIClient.run(["abi": 1, "data": ["csv": csv], "model": model])
    }

    private func error(_ model: [String: Any]) -> (code: String?, where: String?) {
        let error = response(model)["error"] as? [String: Any]
        return (error?["code"] as? String, error?["where"] as? String)
    }

    @Test func randomEffectsResidualsAreResponseLessLinearPrediction() throws {
        let result = try #require(response(["estimator": "panel", "method": "random", "formula": "NQP ~ DF + UL",
                                            "options": ["save": ["residuals", "fitted", "fixef"]]])["result"] as? [String: Any])
        let saved = try #require(result["saved"] as? [String: Any])
        let estimate = Dictionary(uniqueKeysWithValues: (result["coefficients"] as! [[String: Any]]).map { ($0["term"] as! String, $0["estimate"] as! Double) })
        let rows = Fixtures.text("saved/nqpf.csv").split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let residuals = saved["residuals"] as! [Any], fitted = saved["fitted"] as! [Any]
        #expect((saved["fixef"] as? [String: Any])?.isEmpty == true)
        for (row, cells) in rows.enumerated() {
            guard let df = Double(cells[3]) else {
                #expect(residuals[row] is NSNull && fitted[row] is NSNull, "row \(row) has no DF")
                continue
            }
            let y = Double(cells[2])!, ul = Double(cells[4])!
            let xb = estimate["(Intercept)"]! + estimate["DF"]! * df + estimate["UL"]! * ul
            #expect(abs((fitted[row] as! Double) - xb) <= 1e-12 && abs((residuals[row] as! Double) - (y - xb)) <= 1e-12, "row \(row)")
        }
    }

    /// Units A, B share years 1–2, units C, D years 3–4: two components, each with its own reference year set to 0
    /// (fixest), and unit + year reproducing y exactly (the model has no regressor beyond the effects' sums).
    @Test func eachComponentHasItsOwnReferenceLevel() throws {
        let csv = "unit,year,y,x\nA,1,1.0,0.3\nA,2,2.5,1.1\nB,1,0.5,0.2\nB,2,2.2,0.9\nB,1,0.9,0.4\nC,3,4.0,0.5\nC,4,3.0,1.7\nD,3,5.5,0.8\nD,4,4.1,0.1\nD,4,4.6,1.3\n"
        let result = try #require(response(["estimator": "ols", "formula": "y ~ x | unit + year", "options": ["save": ["fixef", "fitted"]]],
                                           csv: csv)["result"] as? [String: Any], "")
        let saved = try #require(result["saved"] as? [String: Any])
        let effects = try #require(saved["fixef"] as? [String: [String: Double]])
        #expect(effects["year"]?["1"] == 0 && effects["year"]?["3"] == 0)
        let slope = (result["coefficients"] as! [[String: Any]])[0]["estimate"] as! Double
        let fitted = saved["fitted"] as! [Double]
        for (row, line) in csv.split(separator: "\n").dropFirst().enumerated() {
            let cells = line.split(separator: ",")
            let sum = effects["unit"]![String(cells[0])]! + effects["year"]![String(cells[1])]! + slope * Double(cells[3])!
            #expect(abs(sum - fitted[row]) <= 1e-12, "row \(row)")
        }
    }

    @Test func numericLevelsComeInNumericOrder() throws {
        let csv = "g,y,x\n10,1.0,0.1\n9,2.0,0.7\n10,1.5,0.4\n9,2.2,0.3\n100,0.1,0.9\n100,0.4,0.2\n"
        let bytes = ABIClient.respond(["abi": 1, "data": ["csv": csv], "model": ["estimator": "ols", "formula": "y ~ x | g", "options": ["save": ["fixef"]]]])
        let text = String(decoding: bytes, as: UTF8.self)
        let positions = ["\"9\":", "\"10\":", "\"100\":"].map { text.range(of: $0)?.lowerBound }
        let found = positions.compactMap { $0 }
        #expect(found.count == 3 && found == found.sorted(), "\(text)")
    }

    /// A TWFE DID saves the values of the regression it runs: those of `ols` with the 0/1 status as a regressor.
    @Test func theDIDSavesTheValuesOfItsRegression() throws {
        let save = ["residuals", "fitted", "fixef"]
        func saved(_ model: [String: Any]) throws -> NSDictionary {
            let response = ABIClient.run(["abi": 1, "data": ["csv": RequestLanguageTests.examplePanel], "panel": ["id": "city", "time": "year"],
                                          "model": model])
            return try #require((response["result"] as? [String: Any])?["saved"] as? NSDictionary, "\(response)")
        }
        let did = try saved(["estimator": "did", "formula": "NQP ~ UL + CSL | city + year", "treatment": "pilot", "options": ["save": save]])
        let ols = try saved(["estimator": "ols", "formula": "NQP ~ pilot + UL + CSL | city + year", "options": ["save": save]])
        #expect(did == ols)
        #expect((did["residuals"] as? [Any])?.count == 495)
    }

    @Test func saveOnAnEstimatorWithoutResidualsIsRefused() {
        let refused = error(["estimator": "hausman", "formula": "NQP ~ DF + UL", "options": ["save": ["residuals"]]])
        #expect(refused.code == "invalid_request" && refused.where == "/model/options/save")
    }

    @Test func saveOnBetweenOrFirstDifferencesIsRefused() {
        for method in ["between", "first_difference"] {
            let refused = error(["estimator": "panel", "method": method, "formula": "NQP ~ DF + UL", "options": ["save": ["fitted"]]])
            #expect(refused.code == "invalid_option" && refused.where == "/model/options/save", "\(method)")
        }
    }

    @Test func saveOfAnUnknownValueIsRefused() {
        let refused = error(["estimator": "ols", "formula": "NQP ~ DF", "options": ["save": ["fitted", "resid"]]])
        #expect(refused.code == "invalid_option" && refused.where == "/model/options/save/1")
    }

    @Test func saveThatIsNotAnArrayOfStringsIsRefused() {
        let refused = error(["estimator": "iv", "formula": "NQP ~ UL | DF ~ ruggedness", "options": ["save": "residuals"]])
        #expect(refused.code == "invalid_option" && refused.where == "/model/options/save")
    }

    @Test func nothingSavedWithoutTheOption() throws {
        let result = try #require(response(["estimator": "ols", "formula": "NQP ~ DF"])["result"] as? [String: Any])
        #expect(result["saved"] == nil)
    }
}
