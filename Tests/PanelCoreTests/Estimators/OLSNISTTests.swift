import Foundation
import Testing
@testable import PanelCore

/// OLS through the ABI on the NIST StRD linear-regression datasets (certified values, Fixtures/nist-strd):
/// the log relative error (digits of agreement) of coefficients, standard errors and R² must be at least 9,
/// except 6 for the ill-conditioned Wampler4–5 and 7 for Filip (a degree-10 polynomial PanelCore keeps at full rank:
/// its collinearity tolerance, 10⁻⁹, sits below x¹⁰'s relative remaining norm of 5·10⁻⁸). For the no-intercept sets NIST's R² is uncentred, as is ours.
/// Polynomial powers are computed in the test by repeated multiplication and passed as columns.
@Suite struct OLSNISTTests {
    static func request(_ data: NISTDataset) -> [String: Any] {
        var columns: [String: Any] = ["y": data.y]
        var terms: [String] = []
        for (k, column) in data.designColumns.enumerated() where data.parameterIndices[k] != 0 {
            let name = "b\(data.parameterIndices[k])"
            columns[name] = column
            terms.append(name)
        }
        let formula = "y ~ " + terms.joined(separator: " + ") + (data.hasIntercept ? "" : " - 1")
        return ["abi": 1, "data": ["columns": columns], "model": ["estimator": "ols", "formula": formula]]
    }

    @Test(arguments: ["Norris", "Pontius", "NoInt1", "NoInt2", "Longley",
                      "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5", "Filip"])
    func certifiedDigits(name: String) throws {
        let data = NISTDataset.load(name)
        let response = ABIClient.run(Self.request(data))
        let result = try #require(response["result"] as? [String: Any], "\(name): \(response)")
        let rows = result["coefficients"] as! [[String: Any]]
        #expect(rows.count == data.certifiedEstimates.count)
        let required = name == "Filip" ? 7.0 : name == "Wampler4" || name == "Wampler5" ? 6.0 : 9.0
        for (row, (estimate, deviation)) in zip(rows, zip(data.certifiedEstimates, data.certifiedStandardDeviations)) {
            let b = row["estimate"] as! Double, se = row["std_error"] as! Double
            #expect(logRelativeError(b, certified: estimate) >= required, "\(name) \(row["term"]!): \(b) vs \(estimate)")
            #expect(logRelativeError(se, certified: deviation) >= required, "\(name) \(row["term"]!) se: \(se) vs \(deviation)")
        }
        let stats = result["stats"] as! [String: Any]
        let r2 = stats["r2"] as! Double, rmse = stats["rmse"] as! Double
        #expect(logRelativeError(r2, certified: data.rSquared) >= required, "\(name) R²: \(r2) vs \(data.rSquared)")
        #expect(logRelativeError(rmse, certified: data.residualStandardDeviation) >= required, "\(name) s: \(rmse)")
    }

    /// Wampler1–2 are exact fits: certified standard errors are 0, so t, p and intervals are null with a warning.
    @Test func exactFitsReportNullInference() throws {
        let response = ABIClient.run(Self.request(NISTDataset.load("Wampler1")))
        let result = try #require(response["result"] as? [String: Any])
        let rows = result["coefficients"] as! [[String: Any]]
        #expect(rows.allSatisfy { $0["statistic"] is NSNull && $0["p_value"] is NSNull })
        #expect((result["warnings"] as! [String]).contains { $0.contains("exact fit") })
    }
}
