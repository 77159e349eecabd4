import Foundation
import Testing
@testable import PanelCore

/// The logit against statsmodels `Logit` on Wooldridge's MROZ (fixture by references/did-robust/make_psm_fixtures.py).
/// Tolerances: coefficients, standard errors, z, intervals and log-likelihoods 1e-9 relative; coefficient p-values 1e-8
/// relative; the LR test p-value (about 3e-45, far in the χ² tail, where a relative error δ in the statistic becomes
/// about (χ²/2)·δ ≈ 125δ) 1e-7 relative.
@Suite struct LogitReferenceTests {
    @Test func matchesStatsmodelsOnMroz() throws {
        let fixture = try JSONSerialization.jsonObject(with: Data(Fixtures.text("did-robust/logit_mroz.json").utf8)) as! [String: Any]
        let table = try DataTable(csv: try CSVReader.parse(Array(Fixtures.text("did-robust/mroz.csv").utf8)))
        let covariates = fixture["covariates"] as! [String]
        let columns = try [[Double](repeating: 1, count: table.rowCount)] + covariates.map { try table.requireNumeric($0, at: "") }
        let logit = try Logit(regressors: Matrix(columnVectors: columns), outcome: try table.requireNumeric("inlf", at: ""), at: "")
        let result = try logit.regressionResult(termNames: ["(Intercept)"] + covariates, responseName: "inlf", level: 0.95,
                                                warnings: [], at: "")
        let expected = fixture["coefficients"] as! [[String: Any]]
        #expect(result.coefficients.map { $0.term } == expected.map { $0["term"] as! String })
        for (row, reference) in zip(result.coefficients, expected) {
            let pairs: [(Double?, String, Double)] = [(row.estimate, "estimate", 1e-9), (row.standardError, "std_error", 1e-9),
                                                      (row.statistic, "statistic", 1e-9), (row.pValue, "p_value", 1e-8),
                                                      (row.confidenceLow, "conf_low", 1e-9), (row.confidenceHigh, "conf_high", 1e-9)]
            for (actual, key, tolerance) in pairs {
                let b = reference[key] as! Double
                #expect(isClose(actual ?? .nan, b, relative: tolerance), "\(row.term) \(key): \(actual ?? .nan) vs \(b)")
            }
        }
        let stats = fixture["stats"] as! [String: Double]
        for statistic in result.statistics {
            guard let b = stats[statistic.name] else { continue }
            let tolerance = statistic.name == "lr_p_value" ? 1e-7 : 1e-9
            #expect(isClose(statistic.value ?? .nan, b, relative: tolerance, floor: 1e-300), "\(statistic.name)")
        }
        #expect(result.inference == .normal)
    }

    @Test func separatedOutcomeIsReported() {
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        let y: [Double] = [0, 0, 0, 1, 1, 1]
        #expect(throws: PanelError.self) {
            _ = try Logit(regressors: Matrix(columnVectors: [[Double](repeating: 1, count: 6), x]), outcome: y, at: "here")
        }
    }
}
