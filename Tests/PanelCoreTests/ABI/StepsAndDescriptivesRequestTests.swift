import Foundation
import Testing
@testable import PanelCore

/// The request plumbing of `steps` and the descriptive estimators (their numbers are tested against pandas, NumPy and
/// statsmodels in the Preparation, Indices and Descriptives suites): a transform step equals the same expression in
/// a formula, an index step's column is what the index component computes, and reports come back in order.
@Suite struct StepsAndDescriptivesRequestTests {
    static let csv = "id,year,x,y,z\nA,1,1.5,2,3\nA,2,,3,5\nA,3,2.5,5,4\nB,1,4,2,8\nB,2,3,1,7\nB,3,5,4,9\n"

    func run(_ request: [String: Any]) throws -> [String: Any] {
        var request = request
        request["abi"] = 1
        request["data"] = ["csv": Self.csv]
        request["panel"] = ["id": "id", "time": "year"]
        let response = ABIClient.run(request)
        #expect(response["ok"] as? Bool == true, "\(response)")
        return response
    }

    @Test func transformStepEqualsTheFormulaExpression() throws {
        let stepped = try run(["steps": [["step": "transform", "column": "lz", "expression": "log1p(z)"]],
                               "model": ["estimator": "ols", "formula": "y ~ lz"]])
        let direct = try run(["model": ["estimator": "ols", "formula": "y ~ log1p(z)"]])
        let a = ((stepped["result"] as! [String: Any])["coefficients"] as! [[String: Any]]).map { $0["estimate"] as! Double }
        let b = ((direct["result"] as! [String: Any])["coefficients"] as! [[String: Any]]).map { $0["estimate"] as! Double }
        #expect(a == b)
        let reports = stepped["steps"] as! [[String: Any]]
        #expect(reports.map { $0["step"] as! String } == ["transform"])
    }

    @Test func imputationThenIndexFeedsTheModels() throws {
        let indicators: [[String: Any]] = [["name": "x", "direction": "+"], ["name": "z", "direction": "-"]]
        let response = try run(["steps": [["step": "impute", "columns": ["x"]],
                                          ["step": "index", "method": "entropy", "column": "q", "indicators": indicators]],
                                "model": ["estimator": "descriptives", "columns": ["q"]]])
        let reports = response["steps"] as! [[String: Any]]
        #expect(reports.map { $0["step"] as! String } == ["impute_adjacent_mean", "index"])
        let expected = try EntropyIndex.compute([[1.5, 2, 2.5, 4, 3, 5], [3, 5, 4, 8, 7, 9]],
                                                indicators: [IndexIndicator(name: "x", positive: true), IndexIndicator(name: "z", positive: false)],
                                                options: EntropyIndex.Options(), at: "/test")
        let variables = (response["result"] as! [String: Any])["variables"] as! [[String: Any]]
        let mean = expected.scores.reduce(0, +) / Double(expected.scores.count)
        #expect(isClose(variables[0]["mean"] as! Double, mean, relative: 1e-15))
        #expect(variables[0]["n"] as? Int == 6)
    }
}
