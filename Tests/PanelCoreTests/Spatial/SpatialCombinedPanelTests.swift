import Foundation
import Testing
@testable import PanelCore

/// The fixed-effects SAC and SDEM panel models through the ABI against references/spatial/make_sac_fixtures.py: direct
/// maximisation of the full log-likelihood with scipy (unit, time, two-way effects; row and spectral weights; SAC also
/// with Lee–Yu's transformation of the data) with a
/// numerical-Hessian covariance, R spatialreg `sacsarlm` / `errorsarlm` on the unit-demeaned stacked data, and a truth
/// test on a larger simulated panel.
@Suite struct SpatialCombinedPanelTests {
    /// Estimates, σ²: 1e-6 relative — the references maximise likelihood values (Nelder–Mead, BFGS, nlminb, optimize),
    /// which resolve the spatial parameters only to ~1e-7; PanelCore solves the scores to full precision.
    static let estimateTolerance = 1e-6
    /// Standard errors and var(σ²): 1e-5 relative — the reference Hessian is a central difference (step 1e-4 relative)
    /// evaluated at the reference's estimates.
    static let errorTolerance = 1e-5
    /// Log-likelihood: 1e-9 relative (flat at the maximum, so insensitive to the optimisers' ~1e-7 in the parameters).
    static let likelihoodTolerance = 1e-9

    static var reference: [String: Any] { SpatialFixture.reference("sac.json") }

    /// A `spatial_panel` request on `csv` with the binary lattice contiguity `neighbours` (indices) over `ids`.
    static func fit(csv: String, ids: [String], neighbours: [[Int]], model: String, y: String, effects: String,
                    standardise: String = "row", options: String = "{}", render: Bool = false) -> [String: Any] {
        let contiguity = neighbours.map { row in ids.indices.map { row.contains($0) ? 1.0 : 0.0 } }
        let weights = String(data: try! JSONSerialization.data(withJSONObject: ["ids": ids, "dense": contiguity, "standardise": standardise]),
                             encoding: .utf8)!
        let text = #"{"abi": 1, "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text(csv)) + #"}, "panel": {"id": "unit", "time": "year"}, "#
            + (render ? #""render": ["text"], "# : "")
            + #""model": {"estimator": "spatial_panel", "model": ""# + model + #"", "dependent": ""# + y + #"", "regressors": ["x1", "x2"], "#
            + #""fixed_effects": ""# + effects + #"", "options": "# + options + #", "weights": "# + weights + "}}"
        let response = ABIClient.run(text: text)
        guard let result = response["result"] as? [String: Any] else { fatalError("no result: \(response)") }
        return result
    }

    static func fitSmall(model: String, effects: String, standardise: String = "row", options: String = "{}", render: Bool = false) -> [String: Any] {
        fit(csv: "spatial/sac_simulated.csv", ids: reference["ids"] as! [String], neighbours: reference["neighbours"] as! [[Int]],
            model: model, y: model == "sac" ? "y" : "ydurbin", effects: effects, standardise: standardise, options: options, render: render)
    }

    static func column(_ result: [String: Any], _ member: String, _ key: String = "coefficients") -> [Double] {
        (result[key] as! [[String: Any]]).map { $0[member] as! Double }
    }

    @Test func matchesNumPy() {
        let cases = Self.reference["cases"] as! [[String: Any]]
        #expect(cases.count == 11)
        for expected in cases {
            let model = expected["model"] as! String, effects = expected["effects"] as! String
            let standardise = expected["standardise"] as! String, leeYu = expected["lee_yu"] as! Bool
            let label = "\(model) \(effects) \(standardise) lee_yu \(leeYu)"
            let result = Self.fitSmall(model: model, effects: effects, standardise: standardise, options: leeYu ? #"{"lee_yu": true}"# : "{}")
            let terms = (result["coefficients"] as! [[String: Any]]).map { $0["term"] as! String }
            let wanted = (expected["betas"] as! [Double]) + (model == "sac" ? [expected["rho"] as! Double] : []) + [expected["lambda"] as! Double]
            #expect(terms == (model == "sac" ? ["x1", "x2", "rho", "lambda"] : ["x1", "x2", "W*x1", "W*x2", "lambda"]), "\(label)")
            let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
            let vm = expected["vm"] as! [[Double]]
            for j in wanted.indices {
                #expect(isClose(estimates[j], wanted[j], relative: Self.estimateTolerance), "\(label) estimate \(j)")
                #expect(isClose(errors[j], vm[j][j].squareRoot(), relative: Self.errorTolerance), "\(label) std error \(j)")
            }
            let vcov = result["vcov"] as! [[Double]]
            #expect(isClose(vcov[0][1], vm[0][1], relative: Self.errorTolerance), "\(label) covariance")
            #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: Self.estimateTolerance), "\(label)")
            #expect(isClose(pow(result["sigma2_std_error"] as! Double, 2), expected["var_sigma2"] as! Double, relative: Self.errorTolerance), "\(label)")
            #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(label)")
            let impacts = result["effects"] as! [String: Any]
            let direct = Self.column(impacts, "estimate", "direct"), total = Self.column(impacts, "estimate", "total")
            let indirect = Self.column(impacts, "estimate", "indirect")
            for j in 0..<2 { #expect(isClose(indirect[j], total[j] - direct[j], relative: 1e-12), "\(label) indirect \(j)") }
            if model == "sac" {
                let wantedDirect = expected["effects_direct"] as! [Double], wantedTotal = expected["effects_total"] as! [Double]
                for j in 0..<2 {
                    #expect(isClose(direct[j], wantedDirect[j], relative: Self.estimateTolerance), "\(label) direct \(j)")
                    #expect(isClose(total[j], wantedTotal[j], relative: Self.estimateTolerance), "\(label) total \(j)")
                }
            } else {
                let totalErrors = Self.column(impacts, "std_error", "total"), indirectErrors = Self.column(impacts, "std_error", "indirect")
                let wantedTotal = expected["effects_total"] as! [Double], wantedErrors = expected["effects_total_se"] as! [Double]
                for j in 0..<2 {
                    #expect(direct[j] == estimates[j], "\(label) direct = beta")
                    #expect(isClose(total[j], wantedTotal[j], relative: Self.estimateTolerance), "\(label) total \(j)")
                    #expect(isClose(totalErrors[j], wantedErrors[j], relative: Self.errorTolerance), "\(label) total se \(j)")
                    if standardise == "row" {
                        #expect(indirect[j] == estimates[2 + j], "\(label) indirect = theta")
                        #expect(indirectErrors[j] == errors[2 + j], "\(label) indirect se")
                    }
                }
            }
        }
    }

    /// R spatialreg on the unit-demeaned stacked data: estimates, σ² and the log-likelihood; the SDEM's standard
    /// errors too (errorsarlm's covariance is the SEM's, PanelCore's too). sacsarlm's standard errors come from the
    /// expected information, PanelCore's from the observed one: not compared.
    @Test func matchesSpatialregWithUnitEffects() {
        let r = Self.reference["spatialreg_unit"] as! [String: Any]
        for model in ["sac", "sdem"] {
            let expected = r[model] as! [String: Any]
            let result = Self.fitSmall(model: model, effects: "unit")
            let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
            let wanted = (expected["coefficients"] as! [Double]) + (model == "sac" ? [expected["rho"] as! Double] : []) + [expected["lambda"] as! Double]
            for j in wanted.indices {
                #expect(isClose(estimates[j], wanted[j], relative: Self.estimateTolerance), "\(model) estimate \(j)")
            }
            #expect(isClose(result["sigma2"] as! Double, expected["s2"] as! Double, relative: Self.estimateTolerance), "\(model) sigma2")
            #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(model) loglik")
            guard model == "sdem" else { continue }
            let wantedErrors = (expected["coefficient_se"] as! [Double]) + [expected["lambda_se"] as! Double]
            for j in wantedErrors.indices {
                #expect(isClose(errors[j], wantedErrors[j], relative: Self.errorTolerance), "sdem std error \(j)")
            }
        }
    }

    /// A 144-unit × 15-period SAC panel simulated with ρ = 0.4, λ = 0.3, β = (1, −0.5): the two-way estimates lie
    /// within three standard errors of the truth (and match the NumPy fit as above).
    @Test func recoversTheTruth() {
        let large = Self.reference["large"] as! [String: Any]
        let truth = large["truth"] as! [String: Any], numpy = large["numpy_two_way"] as! [String: Any]
        let result = Self.fit(csv: "spatial/sac_large.csv", ids: large["ids"] as! [String], neighbours: large["neighbours"] as! [[Int]],
                              model: "sac", y: "y", effects: "two_way", options: #"{"effects": "none"}"#)
        let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
        let wanted = (truth["betas"] as! [Double]) + [truth["rho"] as! Double, truth["lambda"] as! Double]
        let fitted = (numpy["betas"] as! [Double]) + [numpy["rho"] as! Double, numpy["lambda"] as! Double]
        for j in wanted.indices {
            #expect((estimates[j] - wanted[j]).magnitude < 3 * errors[j], "truth \(j): \(estimates[j]) vs \(wanted[j]) (se \(errors[j]))")
            #expect(isClose(estimates[j], fitted[j], relative: Self.estimateTolerance), "numpy \(j)")
        }
    }

    /// Simulated SAC effects (draws of (β, ρ) from the covariance block) agree with the delta method to within the
    /// simulation error (10% relative with 2000 draws), and the plain-text table names the model and both parameters.
    @Test func simulatedEffectsAndRendering() {
        let delta = Self.fitSmall(model: "sac", effects: "two_way")
        let simulated = Self.fitSmall(model: "sac", effects: "two_way", options: #"{"effects": "simulation", "replications": 2000, "seed": 3}"#,
                                      render: true)
        let deltaEffects = delta["effects"] as! [String: Any], simulatedEffects = simulated["effects"] as! [String: Any]
        #expect(simulatedEffects["inference"] as? String == "simulation")
        for kind in ["direct", "indirect", "total"] {
            let a = Self.column(deltaEffects, "std_error", kind), b = Self.column(simulatedEffects, "std_error", kind)
            for j in 0..<2 { #expect(isClose(a[j], b[j], relative: 0.1), "\(kind) \(j)") }
        }
        let text = (simulated["rendered"] as! [String: Any])["text"] as! String
        #expect(text.hasPrefix("Spatial lag with spatial errors (SAC) panel model, two_way fixed effects, ML"))
        #expect(text.contains("     rho | ") && text.contains("  lambda | "))
        let sdem = Self.fitSmall(model: "sdem", effects: "unit", options: #"{"effects": "simulation"}"#, render: true)
        #expect((sdem["effects"] as! [String: Any])["inference"] as? String == "delta")
        #expect(((sdem["rendered"] as! [String: Any])["text"] as! String).hasPrefix("Spatial Durbin error (SDEM) panel model"))
    }
}
