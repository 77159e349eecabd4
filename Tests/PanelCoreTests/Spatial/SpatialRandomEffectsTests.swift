import Foundation
import Testing
@testable import PanelCore

/// The random-effects SAR and SDM panel models and the spatial Hausman test through the ABI, against
/// references/spatial/make_random_effects_fixtures.py: a direct maximisation of the full Gaussian likelihood over
/// (β, ρ, σ², σ_μ²) with scipy (dense Ω, slogdet), the expected information by numerical derivatives of the moments of y,
/// and the Lee–Yu fixed-effects fit by explicit orthonormal transformation; simulated panels 50 × 6 (μ independent of
/// X) and 80 × 10 (x1 correlated with μ), rook contiguity, row-standardised.
@Suite struct SpatialRandomEffectsTests {
    /// β, ρ, σ², σ_μ², θ, φ and the log-likelihood: 1e-10 relative (the reference solves its score to ~1e-14; the
    /// observed agreement is ~1e-14).
    static let estimateTolerance = 1e-10
    /// Standard errors and covariances (of β, ρ, σ², σ_μ²): 1e-8 relative (the reference differentiates the moments by
    /// central differences; observed agreement ~1e-10).
    static let errorTolerance = 1e-8
    /// The Hausman statistic: 1e-7 relative (a quadratic form in differences of covariances; observed ~1e-10).
    static let hausmanTolerance = 1e-7

    static var reference: [String: Any] { SpatialFixture.reference("random_effects.json") }

    /// The `spatial_panel` request with random effects on fixture `csv` with the given weights and extra members.
    static func fit(csv: String, weights: String, model: String, extra: String = "") -> [String: Any] {
        let text = #"{"abi": 1, "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text("spatial/" + csv)) + #"}, "panel": {"id": "id", "time": "year"}, "#
            + #""model": {"estimator": "spatial_panel", "effects_type": "random", "model": ""# + model + #"", "formula": "y ~ x1 + x2", "#
            + #""weights": "# + weights + extra + "}}"
        return ABIClient.run(text: text)
    }

    static func denseWeights(_ contiguity: [[Int]]) -> String {
        String(data: try! JSONSerialization.data(withJSONObject: ["ids": Array(1...contiguity.count), "dense": contiguity]), encoding: .utf8)!
    }

    @Test(arguments: ["re50x6", "re80x10"], [false, true])
    func matchesReference(_ name: String, _ durbin: Bool) {
        let data = Self.reference[name] as! [String: Any]
        let expected = (data["models"] as! [[String: Any]]).first { $0["durbin"] as! Bool == durbin }!
        let response = Self.fit(csv: data["csv"] as! String, weights: Self.denseWeights(data["contiguity"] as! [[Int]]),
                                model: durbin ? "sdm" : "sar", extra: #", "options": {"hausman": true}"#)
        guard let result = response["result"] as? [String: Any] else {
            Issue.record("no result: \(response)")
            return
        }
        let rows = result["coefficients"] as! [[String: Any]]
        let wanted = (expected["betas"] as! [Double]) + [expected["rho"] as! Double]
        let vm = expected["vm"] as! [[Double]]
        #expect(rows.map { $0["term"] as! String } == (durbin ? ["x1", "x2", "W*x1", "W*x2"] : ["x1", "x2"]) + ["(Intercept)", "rho"])
        for j in wanted.indices {
            #expect(isClose(rows[j]["estimate"] as! Double, wanted[j], relative: Self.estimateTolerance), "\(name) coefficient \(j)")
            #expect(isClose(rows[j]["std_error"] as! Double, vm[j][j].squareRoot(), relative: Self.errorTolerance), "\(name) std error \(j)")
        }
        let vcov = result["vcov"] as! [[Double]]
        #expect(isClose(vcov[0][wanted.count - 1], vm[0][wanted.count - 1], relative: Self.errorTolerance))
        for (member, key) in [("sigma2", "sigma2"), ("sigma2_mu", "sigma2_mu"), ("theta", "theta"), ("phi", "phi"), ("log_likelihood", "logll")] {
            #expect(isClose(result[member] as! Double, expected[key] as! Double, relative: Self.estimateTolerance), "\(name) \(member)")
        }
        #expect(isClose(pow(result["sigma2_std_error"] as! Double, 2), expected["var_sigma2"] as! Double, relative: 2 * Self.errorTolerance))
        #expect(isClose(pow(result["sigma2_mu_std_error"] as! Double, 2), expected["var_sigma2_mu"] as! Double, relative: 2 * Self.errorTolerance))
        let hausman = (expected["hausman"] as! [String: Any])
        let test = (result["tests"] as! [[String: Any]])[0]
        #expect(test["test"] as! String == "hausman")
        #expect(isClose(test["statistic"] as! Double, hausman["statistic"] as! Double, relative: Self.hausmanTolerance), "\(name) hausman")
        #expect(test["df"] as! Int == hausman["df"] as! Int)
        #expect(isClose(test["p_value"] as! Double, hausman["p_value"] as! Double, relative: 1e-4, floor: 1e-300))
        let warned = !(result["warnings"] as! [Any]).isEmpty
        #expect(warned == !(hausman["positive_definite"] as! Bool))
        #expect((result["effects"] as! [String: Any])["direct"] != nil)
    }

    /// The direct, indirect and total effects of the random-effects SAR are those of the fixed-effects formulas at
    /// the random-effects estimates (the intercept does not enter): direct = β tr(A⁻¹)/N, total = β/(1 − ρ).
    @Test func effectsUseTheLagFormulas() throws {
        let data = Self.reference["re50x6"] as! [String: Any]
        let response = Self.fit(csv: data["csv"] as! String, weights: Self.denseWeights(data["contiguity"] as! [[Int]]), model: "sar")
        let result = response["result"] as! [String: Any]
        let rows = result["coefficients"] as! [[String: Any]]
        let beta = rows[0]["estimate"] as! Double, rho = rows[3]["estimate"] as! Double
        let total = ((result["effects"] as! [String: Any])["total"] as! [[String: Any]])[0]["estimate"] as! Double
        #expect(isClose(total, beta / (1 - rho), relative: 1e-12))
    }

    /// The text rendering names the model, lists the intercept and ρ, σ_μ² and θ, and the Hausman line.
    @Test func rendersText() {
        let data = Self.reference["re50x6"] as! [String: Any]
        let text = #"{"abi": 1, "render": ["text"], "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text("spatial/re50x6.csv"))
            + #"}, "panel": {"id": "id", "time": "year"}, "model": {"estimator": "spatial_panel", "effects_type": "random", "#
            + #""formula": "y ~ x1 + x2", "options": {"hausman": true, "effects": "none"}, "weights": "#
            + Self.denseWeights(data["contiguity"] as! [[Int]]) + "}}"
        let result = ABIClient.run(text: text)["result"] as! [String: Any]
        let rendered = (result["rendered"] as! [String: Any])["text"] as! String
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Spatial lag (SAR) panel model, random unit effects, ML")
        #expect(lines.contains { $0.hasPrefix(" (Intercept) |") })
        #expect(lines.contains { $0.hasPrefix("sigma2 = ") && $0.contains("sigma2_mu = ") && $0.contains("theta = ") })
        #expect(lines.contains { $0.hasPrefix("Hausman test, fixed vs random effects: chi2(3) = ") })
    }

    /// A 400 × 10 panel simulated with ρ = 0.5, β = (1, −0.5), intercept 2, σ² = 1, σ_μ² = 2 (rook contiguity on a
    /// 20 × 20 lattice): every estimate within 4 standard errors of the truth.
    @Test func recoversTheTruth() {
        let truth = Self.reference["truth"] as! [String: Any]
        let rowCount = truth["rows"] as! Int, columnCount = truth["columns"] as! Int
        var edges: [[Int]] = []
        for r in 0..<rowCount {
            for c in 0..<columnCount {
                let id = r * columnCount + c + 1
                if c + 1 < columnCount { edges += [[id, id + 1], [id + 1, id]] }
                if r + 1 < rowCount { edges += [[id, id + columnCount], [id + columnCount, id]] }
            }
        }
        let weights = String(data: try! JSONSerialization.data(withJSONObject: ["ids": Array(1...(rowCount * columnCount)), "edges": edges]),
                             encoding: .utf8)!
        let result = Self.fit(csv: truth["csv"] as! String, weights: weights, model: "sar", extra: #", "options": {"effects": "none"}"#)["result"]
            as! [String: Any]
        let rows = result["coefficients"] as! [[String: Any]]
        let wanted = (truth["betas"] as! [Double]) + [truth["rho"] as! Double]
        for (j, value) in wanted.enumerated() {
            let estimate = rows[j]["estimate"] as! Double, se = rows[j]["std_error"] as! Double
            #expect(abs(estimate - value) < 4 * se, "coefficient \(j): \(estimate) ± \(se) vs \(value)")
        }
        for (member, key) in [("sigma2", "sigma2"), ("sigma2_mu", "sigma2_mu")] {
            let estimate = result[member] as! Double, se = result[member + "_std_error"] as! Double
            #expect(abs(estimate - (truth[key] as! Double)) < 4 * se, "\(member): \(estimate) ± \(se)")
        }
    }
}
