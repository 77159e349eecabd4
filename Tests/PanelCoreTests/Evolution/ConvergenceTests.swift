import Foundation
import Testing
@testable import PanelCore

/// `convergence` against pandas (σ), scipy `linregress` (trends) and pyfixest `feols` with city and year effects
/// clustered by city (β; coefficients cross-checked with linearmodels `PanelOLS`) on the example panel:
/// references/evolution/convergence_reference.py. Tolerances: σ measures 1e-12 relative; trend slopes and standard
/// errors 1e-10; β and its standard error 1e-9, p-values 1e-7 (the fixed-effects demeaning converges to ~1e-13).
@Suite struct ConvergenceTests {
    static var fixture: [String: Any] { EvolutionFixture.expected("convergence_nqpf") }

    static func result() throws -> [String: Any] {
        let response = EvolutionFixture.run(try #require(fixture["model"] as? [String: Any]))
        return try #require(response["result"] as? [String: Any], "\(response)")
    }

    @Test func sigmaMatchesPandas() throws {
        let sigma = try #require(try Self.result()["sigma"] as? [String: Any])
        try Self.expectSigma(sigma, matches: try #require(Self.fixture["sigma"] as? [String: Any]))
    }

    /// One σ result (periods and trends) against pandas / linregress: σ measures 1e-12 relative, trend slopes and
    /// standard errors 1e-10, p-values 1e-7.
    static func expectSigma(_ sigma: [String: Any], matches expected: [String: Any]) throws {
        let periods = try #require(sigma["periods"] as? [[String: Any]]), targets = try #require(expected["periods"] as? [[String: Any]])
        #expect(periods.count == targets.count)
        for (period, target) in zip(periods, targets) {
            #expect(period["period"] as? Double == target["period"] as? Double && period["n"] as? Double == target["n"] as? Double)
            for key in ["mean", "sd", "cv", "sd_log"] {
                #expect(isClose(period[key] as? Double ?? .nan, target[key] as? Double ?? 0, relative: 1e-12), "\(key)")
            }
        }
        for name in ["cv_trend", "sd_log_trend"] {
            let trend = try #require(sigma[name] as? [String: Any]), target = try #require(expected[name] as? [String: Any])
            #expect(isClose(trend["slope"] as? Double ?? .nan, target["slope"] as? Double ?? 0, relative: 1e-10))
            #expect(isClose(trend["std_error"] as? Double ?? .nan, target["std_error"] as? Double ?? 0, relative: 1e-10))
            #expect(isClose(trend["p_value"] as? Double ?? .nan, target["p_value"] as? Double ?? 0, relative: 1e-7))
        }
    }

    @Test(arguments: ["absolute", "conditional"]) func betaMatchesPyfixest(_ model: String) throws {
        let beta = try #require((try Self.result()["beta"] as? [String: Any])?[model] as? [String: Any])
        let target = try #require((Self.fixture["beta"] as? [String: Any])?[model] as? [String: Any])
        let coefficients = try #require(target["coefficients"] as? [String: [String: Double]])
        let lny = try #require(coefficients["lny"])
        #expect(isClose(beta["beta"] as? Double ?? .nan, lny["estimate"] ?? 0, relative: 1e-9))
        #expect(isClose(beta["std_error"] as? Double ?? .nan, lny["std_error"] ?? 0, relative: 1e-9))
        #expect(isClose(beta["p_value"] as? Double ?? .nan, lny["p_value"] ?? 0, relative: 1e-7))
        #expect(isClose(beta["speed"] as? Double ?? .nan, target["speed"] as? Double ?? 0, relative: 1e-9))
        #expect(isClose(beta["half_life"] as? Double ?? .nan, target["half_life"] as? Double ?? 0, relative: 1e-9))
        #expect(beta["nobs"] as? Double == target["nobs"] as? Double)
        let rows = try #require((beta["regression"] as? [String: Any])?["coefficients"] as? [[String: Any]])
        for row in rows {
            let term = try #require(row["term"] as? String)
            let reference = try #require(coefficients[term == "log(NQP)" ? "lny" : term], "\(term)")
            #expect(isClose(row["estimate"] as? Double ?? .nan, reference["estimate"] ?? 0, relative: 1e-9))
            #expect(isClose(row["std_error"] as? Double ?? .nan, reference["std_error"] ?? 0, relative: 1e-9))
        }
    }

    @Test func rendersBothTablesInEveryFormat() throws {
        let response = EvolutionFixture.run(["estimator": "convergence", "formula": "NQP ~ UL + CSL | city + year"], render: PublicationTable.formats)
        let rendered = try #require((response["result"] as? [String: Any])?["rendered"] as? [String: String])
        #expect(rendered.keys.sorted() == PublicationTable.formats.sorted())
        let text = try #require(rendered["text"])
        #expect(text.contains("σ convergence of NQP") && text.contains("β convergence of NQP") && text.contains("Half-life (periods)"))
        #expect(text.contains("Absolute") && text.contains("Conditional"))
    }

    /// Growth follows the time variable: across a gap (units a and b have periods 1, 2, 4) there is none, as
    /// `f(y, 1)` reads it; the four growths left give β by the least-squares slope formula.
    @Test func growthSkipsGapsInTheTimeVariable() throws {
        let text = #"{"abi": 1, "data": {"columns": {"id": ["a","a","a","b","b","b","c","c","c"], "t": [1,2,4,1,2,4,1,2,3], "y": [1,2,8,4,2,3,2,4,4]}}, "panel": {"id": "id", "time": "t"}, "model": {"estimator": "convergence", "formula": "y ~ 1", "vcov": "iid"}}"#
        let result = try #require(ABIClient.run(text: text)["result"] as? [String: Any])
        let absolute = try #require((result["beta"] as? [String: Any])?["absolute"] as? [String: Any])
        #expect(absolute["nobs"] as? Double == 4)
        let ln2 = 0.6931471805599453
        let x = [0, 2 * ln2, ln2, 2 * ln2], g = [ln2, -ln2, ln2, 0]
        let meanX = x.reduce(0, +) / 4, meanG = g.reduce(0, +) / 4
        let slope = zip(x, g).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanG) } / x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        #expect(isClose(absolute["beta"] as? Double ?? .nan, slope, relative: 1e-12))
    }
}
