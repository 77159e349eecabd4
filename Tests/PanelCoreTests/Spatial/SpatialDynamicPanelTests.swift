import Foundation
import Testing
@testable import PanelCore

/// The spatial dynamic panel (`spatial_panel` with `"dynamic": true`) against references/spatial/make_dynamic_fixtures.py:
/// a dense NumPy implementation of Yu, de Jong & Lee's (2008) bias-corrected QML as SDPDmod computes it (`SDPDm`,
/// dynamic, `LYtrans`; eigen-decomposition of S⁻¹(τI + ηW), explicit cross-sectional transformation with time effects),
/// with short- and long-run effects and delta-method standard errors from numerical gradients; and a truth test on a
/// larger simulated panel.
@Suite struct SpatialDynamicPanelTests {
    /// Estimates (corrected and uncorrected), σ², effects: 1e-6 relative — the reference maximises the concentrated
    /// likelihood's values (bounded Brent, xatol 1e-13), resolving ρ to ~1e-8; PanelCore solves the score.
    static let estimateTolerance = 1e-6
    /// Standard errors (coefficients and effects): 1e-5 relative — the effects' gradients are central differences.
    static let errorTolerance = 1e-5
    /// Log-likelihood at the corrected estimates: 1e-8 relative.
    static let likelihoodTolerance = 1e-8

    static var reference: [String: Any] { SpatialFixture.reference("dynamic.json") }

    /// A dynamic `spatial_panel` request on `csv` with the row-standardised lattice contiguity `neighbours` over `ids`.
    static func fit(csv: String = "spatial/dynamic_simulated.csv", ids: [String]? = nil, neighbours: [[Int]]? = nil, model: String,
                    effects: String, options: String = "{}", render: Bool = false) -> [String: Any] {
        let ids = ids ?? reference["ids"] as! [String], neighbours = neighbours ?? reference["neighbours"] as! [[Int]]
        let contiguity = neighbours.map { row in ids.indices.map { row.contains($0) ? 1.0 : 0.0 } }
        let weights = String(data: try! JSONSerialization.data(withJSONObject: ["ids": ids, "dense": contiguity]), encoding: .utf8)!
        let text = #"{"abi": 1, "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text(csv)) + #"}, "panel": {"id": "unit", "time": "year"}, "#
            + (render ? #""render": ["text", "markdown", "latex", "html", "csv", "rtf"], "# : "")
            + #""model": {"estimator": "spatial_panel", "dynamic": true, "model": ""# + model + #"", "dependent": "y", "regressors": ["x1", "x2"], "#
            + #""fixed_effects": ""# + effects + #"", "options": "# + options + #", "weights": "# + weights + "}}"
        let response = ABIClient.run(text: text)
        guard let result = response["result"] as? [String: Any] else { fatalError("no result: \(response)") }
        return result
    }

    static func column(_ result: [String: Any], _ member: String, _ key: String = "coefficients") -> [Double] {
        (result[key] as! [[String: Any]]).map { $0[member] as! Double }
    }

    @Test func matchesNumPy() {
        let cases = Self.reference["cases"] as! [[String: Any]]
        #expect(cases.count == 4)
        for expected in cases {
            let model = expected["model"] as! String, effects = expected["effects"] as! String
            let label = "\(model) \(effects)"
            let result = Self.fit(model: model, effects: effects)
            let terms = (result["coefficients"] as! [[String: Any]]).map { $0["term"] as! String }
            let lags = model == "sdm" ? ["W*x1", "W*x2"] : []
            #expect(terms == ["y(t-1)", "W*y(t-1)", "x1", "x2"] + lags + ["rho"], "\(label)")
            let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
            let uncorrected = Self.column(result, "estimate", "uncorrected")
            let wanted = expected["estimates"] as! [Double], wantedErrors = expected["std_errors"] as! [Double]
            let wantedUncorrected = expected["uncorrected"] as! [Double]
            #expect(estimates.count == wanted.count, "\(label)")
            for j in wanted.indices {
                #expect(isClose(estimates[j], wanted[j], relative: Self.estimateTolerance), "\(label) estimate \(j)")
                #expect(isClose(uncorrected[j], wantedUncorrected[j], relative: Self.estimateTolerance), "\(label) uncorrected \(j)")
                #expect(isClose(errors[j], wantedErrors[j], relative: Self.errorTolerance), "\(label) std error \(j)")
            }
            let vcov = result["vcov"] as! [[Double]]
            #expect(isClose(vcov[0][1], expected["vcov01"] as! Double, relative: Self.errorTolerance), "\(label) covariance")
            #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: Self.estimateTolerance), "\(label) sigma2")
            #expect(isClose(pow(result["sigma2_std_error"] as! Double, 2), expected["var_sigma2"] as! Double, relative: Self.errorTolerance),
                    "\(label) var sigma2")
            #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(label)")
            #expect(result["unit_roots"] as? Double == expected["unit_roots"] as? Double, "\(label)")
            #expect(result["nobs"] as? Double == 49 * 7 && result["periods"] as? Double == 7, "\(label)")
            for (member, key) in [("effects", "short_run"), ("long_run_effects", "long_run")] {
                let got = result[member] as! [String: Any], want = expected[key] as! [String: Any]
                for kind in ["direct", "indirect", "total"] {
                    let values = Self.column(got, "estimate", kind), ses = Self.column(got, "std_error", kind)
                    let wantedValues = want[kind] as! [Double], wantedSEs = want[kind + "_se"] as! [Double]
                    for j in 0..<2 {
                        #expect(isClose(values[j], wantedValues[j], relative: Self.estimateTolerance), "\(label) \(key) \(kind) \(j)")
                        #expect(isClose(ses[j], wantedSEs[j], relative: Self.errorTolerance), "\(label) \(key) \(kind) se \(j)")
                    }
                }
            }
        }
    }

    /// A 144-unit × 31-period SDM panel simulated with τ = 0.4, η = −0.1, ρ = 0.3, β = (1, −0.5), θ = (0.5, 0.2) and
    /// two-way effects: every bias-corrected estimate lies within 3 standard errors of the truth (and, for τ, the
    /// correction moves the estimate towards it).
    @Test func recoversTheTruth() {
        let truth = Self.reference["truth"] as! [String: Any]
        let wanted = [truth["tau"] as! Double, truth["eta"] as! Double] + (truth["beta"] as! [Double]) + (truth["theta"] as! [Double])
            + [truth["rho"] as! Double]
        let result = Self.fit(csv: "spatial/dynamic_truth.csv", ids: Self.reference["truth_ids"] as? [String],
                              neighbours: Self.reference["truth_neighbours"] as? [[Int]], model: "sdm", effects: "two_way",
                              options: #"{"effects": "none"}"#)
        let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
        let uncorrected = Self.column(result, "estimate", "uncorrected")
        for j in wanted.indices {
            #expect((estimates[j] - wanted[j]).magnitude < 3 * errors[j], "truth \(j): \(estimates[j]) vs \(wanted[j]) (se \(errors[j]))")
        }
        #expect((estimates[0] - wanted[0]).magnitude < (uncorrected[0] - wanted[0]).magnitude, "tau: the correction moves towards the truth")
    }

    /// Simulated effects' standard errors agree with the delta method within the simulation error (10% relative,
    /// 2000 draws), and every rendering names the dynamic model and both horizons.
    @Test func simulatedEffectsAndRendering() {
        let delta = Self.fit(model: "sdm", effects: "two_way")
        let simulated = Self.fit(model: "sdm", effects: "two_way", options: #"{"effects": "simulation", "replications": 2000, "seed": 5}"#,
                                 render: true)
        for member in ["effects", "long_run_effects"] {
            let a = delta[member] as! [String: Any], b = simulated[member] as! [String: Any]
            #expect(b["inference"] as? String == "simulation")
            for kind in ["direct", "indirect", "total"] {
                let x = Self.column(a, "std_error", kind), y = Self.column(b, "std_error", kind)
                for j in 0..<2 { #expect(isClose(x[j], y[j], relative: 0.1), "\(member) \(kind) \(j)") }
            }
        }
        let rendered = simulated["rendered"] as! [String: Any]
        let text = rendered["text"] as! String
        #expect(text.hasPrefix("Dynamic spatial Durbin (SDM) panel model, two_way fixed effects, bias-corrected QML"))
        #expect(text.contains("Short-run direct, indirect and total effects") && text.contains("Long-run direct, indirect and total effects"))
        #expect(text.contains("W*y(t-1) | "))
        for format in ["markdown", "latex", "html", "csv", "rtf"] {
            let output = rendered[format] as! String
            #expect(output.contains("Long-run direct, indirect and total effects on y"), "\(format)")
        }
    }
}

/// The published values of R SDPDmod's vignette ("Spatial dynamic panel data modeling", mod3 and mod5) on the
/// cigarette-demand panel (46 states, 1963–1992, row-standardised contiguity; Fixtures/spatial/cigarette*.csv are
/// Elhorst's copies of the data, see SOURCES_dynamic.md).
@Suite struct SpatialDynamicPublishedTests {
    static var cigarette: [String: Any] { SpatialDynamicPanelTests.reference["cigarette"] as! [String: Any] }

    static func fit(model: String, effects: String) -> [String: Any] {
        let rows = Fixtures.text("spatial/cigarette_contiguity.csv").split(separator: "\n")
        let contiguity = rows.map { $0.split(separator: ",").map { Double(String($0))! } }
        let ids = (1...46).map { String($0) }
        let weights = String(data: try! JSONSerialization.data(withJSONObject: ["ids": ids, "dense": contiguity]), encoding: .utf8)!
        let text = #"{"abi": 1, "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text("spatial/cigarette.csv"))
            + #"}, "panel": {"id": "state", "time": "year"}, "model": {"estimator": "spatial_panel", "dynamic": true, "model": ""# + model
            + #"", "dependent": "logc", "regressors": ["logp", "logy"], "fixed_effects": ""# + effects + #"", "weights": "# + weights + "}}"
        let response = ABIClient.run(text: text)
        guard let result = response["result"] as? [String: Any] else { fatalError("no result: \(response)") }
        return result
    }

    /// mod3 (SAR, unit effects). SDPDmod takes log|I − ρW| at the 0.001-grid point at or below ρ, which moves its ρ by
    /// about 0.003 on these data: the estimates agree within 0.004 (absolute) and the standard errors within 0.5%
    /// (relative); the NumPy reference run with SDPDmod's grid reproduces every printed digit (checked here to half a
    /// unit of the last printed digit), and PanelCore matches the exact NumPy fit to 1e-6.
    @Test func matchesTheVignettesDynamicLagModel() {
        let mod3 = Self.cigarette["mod3"] as! [String: Any]
        let published = mod3["published"] as! [String: Any], exact = mod3["exact"] as! [String: Any], grid = mod3["grid"] as! [String: Any]
        let result = Self.fit(model: "sar", effects: "unit")
        let estimates = SpatialDynamicPanelTests.column(result, "estimate"), errors = SpatialDynamicPanelTests.column(result, "std_error")
        let printed = published["estimates"] as! [Double], printedErrors = published["std_errors"] as! [Double]
        let gridEstimates = grid["estimates"] as! [Double], gridErrors = grid["std_errors"] as! [Double]
        for j in printed.indices {
            #expect((estimates[j] - printed[j]).magnitude < 0.004, "estimate \(j): \(estimates[j]) vs \(printed[j])")
            #expect(isClose(errors[j], printedErrors[j], relative: 0.005), "std error \(j)")
            #expect((gridEstimates[j] - printed[j]).magnitude < 5e-7, "grid emulation estimate \(j)")
            #expect((gridErrors[j] - printedErrors[j]).magnitude < 5e-7, "grid emulation std error \(j)")
            #expect(isClose(estimates[j], (exact["estimates"] as! [Double])[j], relative: SpatialDynamicPanelTests.estimateTolerance), "numpy \(j)")
        }
    }

    /// mod5 (SDM, two-way effects): τ and the standard errors of τ, β and θ agree with the vignette (τ within 0.001,
    /// standard errors within 0.5%), but η, ρ and θ do not (η −0.015 against −0.096, ρ 0.076 against 0.162, with ρ + η
    /// close): neither the exact fit, SDPDmod's log-determinant grid nor a plain two-way demeaning reproduces the printed
    /// column, and the cause is not known (the vignette may predate the current two-way branch of `SDPDm`). PanelCore
    /// matches the NumPy implementation of SDPDmod's current code to 1e-6.
    @Test func twoWayModelAgreesWithTheVignettesTauAndStandardErrorsOnly() {
        let mod5 = Self.cigarette["mod5"] as! [String: Any]
        let published = mod5["published"] as! [String: Any], exact = mod5["exact"] as! [String: Any]
        let result = Self.fit(model: "sdm", effects: "two_way")
        let estimates = SpatialDynamicPanelTests.column(result, "estimate"), errors = SpatialDynamicPanelTests.column(result, "std_error")
        let printed = published["estimates"] as! [Double], printedErrors = published["std_errors"] as! [Double]
        #expect((estimates[0] - printed[0]).magnitude < 0.001)
        for j in [0, 2, 3, 4, 5] { #expect(isClose(errors[j], printedErrors[j], relative: 0.005), "std error \(j)") }
        let wanted = exact["estimates"] as! [Double]
        for j in wanted.indices {
            #expect(isClose(estimates[j], wanted[j], relative: SpatialDynamicPanelTests.estimateTolerance), "numpy \(j)")
        }
    }
}
