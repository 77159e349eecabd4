import Foundation
import Testing
@testable import PanelCore

/// The fixed-effects SAR panel model through the ABI against references/spatial/make_sar_fixtures.py: an independent
/// NumPy implementation of Elhorst (2014) for unit, time and two-way effects, and spreg `Panel_FE_Lag` (unit effects),
/// on the 45 × 11 nqpf panel (NQP ~ DF + RI) and a simulated SAR panel (ρ = 0.4), economic-distance weights.
@Suite struct SpatialLagPanelTests {
    /// Against the NumPy reference (same definitions, ρ solved from the score to 1e-15): 1e-9 relative on β, ρ, σ²,
    /// the log-likelihood and the standard errors.
    static let elhorstTolerance = 1e-9
    /// Against spreg: 1e-6 relative on β, ρ, σ² and the standard errors — spreg's bounded Brent search on likelihood
    /// values resolves ρ only to ~1e-8 relative.
    static let spregTolerance = 1e-6

    static let datasets: [(name: String, csv: String)] = [("nqpf", "descriptives/nqpf.csv"), ("simulated", "spatial/sar_simulated.csv")]

    static func fit(_ csv: String, y: String, x: [String], effects: String, standardise: String = "row",
                    options: String = "{}", model: String = "sar") -> [String: Any] {
        let weights = (SpatialFixture.reference("weights.json")["economic_none"] as! [String: Any])
        let weightsJSON = String(data: try! JSONSerialization.data(withJSONObject: ["ids": weights["ids"]!, "dense": weights["matrix"]!,
                                                                                    "standardise": standardise]), encoding: .utf8)!
        let xJSON = "[" + x.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        let text = #"{"abi": 1, "data": {"csv": "# + SpatialFixture.escaped(Fixtures.text(csv)) + #"}, "panel": {"id": "city", "time": "year"}, "#
            + #""model": {"estimator": "spatial_panel", "model": ""# + model + #"", "dependent": ""# + y + #"", "regressors": "# + xJSON
            + #", "fixed_effects": ""# + effects + #"", "options": "# + options + #", "weights": "# + weightsJSON + "}}"
        return ABIClient.run(text: text)["result"] as! [String: Any]
    }

    @Test(arguments: [0, 1])
    func matchesReferences(_ dataset: Int) {
        let (name, csv) = Self.datasets[dataset]
        let reference = SpatialFixture.reference("sar.json")[name] as! [String: Any]
        let y = reference["y"] as! String, x = reference["x"] as! [String]
        #expect((reference["elhorst"] as! [Any]).count == 4)
        for case let expected as [String: Any] in reference["elhorst"] as! [Any] {
            let effects = expected["effects"] as! String
            let result = Self.check(expected, csv: csv, name: name, y: y, x: x, model: "sar")
            let rows = result["coefficients"] as! [[String: Any]]
            let estimates = rows.map { $0["estimate"] as! Double }, errors = rows.map { $0["std_error"] as! Double }
            guard effects == "unit" else { continue }
            let spreg = reference["spreg"] as! [String: Any]
            let spregErrors = spreg["std_err"] as! [Double]
            for (j, b) in (spreg["betas"] as! [Double]).enumerated() {
                #expect(isClose(estimates[j], b, relative: Self.spregTolerance), "\(name) spreg coefficient \(j)")
                #expect(isClose(errors[j], spregErrors[j], relative: Self.spregTolerance), "\(name) spreg std error \(j)")
            }
            #expect(isClose(result["sigma2"] as! Double, spreg["sig2"] as! Double, relative: Self.spregTolerance))
            // spreg's logll omits NT/2 log(NT) (its concentrated likelihood uses log e'e, not log(e'e/NT)).
            let nt = Double(spreg["nt"] as! Int)
            #expect(isClose(result["log_likelihood"] as! Double, (spreg["logll"] as! Double) + nt / 2 * log(nt), relative: Self.spregTolerance))
        }
    }

    /// Runs one reference case and compares coefficients, standard errors, σ², log-likelihood and delta-method effects
    /// with the NumPy reference (`elhorstTolerance`); returns the result.
    @discardableResult
    static func check(_ expected: [String: Any], csv: String, name: String, y: String, x: [String], model: String) -> [String: Any] {
        let effects = expected["effects"] as! String, standardise = expected["standardise"] as! String
        let result = Self.fit(csv, y: y, x: x, effects: effects, standardise: standardise, model: model)
        let rows = result["coefficients"] as! [[String: Any]]
        let estimates = rows.map { $0["estimate"] as! Double }, errors = rows.map { $0["std_error"] as! Double }
        let wanted = (expected["betas"] as! [Double]) + [expected["rho"] as! Double]
        let vm = expected["vm"] as! [[Double]]
        for j in wanted.indices {
            #expect(isClose(estimates[j], wanted[j], relative: Self.elhorstTolerance), "\(name) \(model) \(effects) coefficient \(j)")
            #expect(isClose(errors[j], vm[j][j].squareRoot(), relative: Self.elhorstTolerance), "\(name) \(model) \(effects) std error \(j)")
        }
        #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: Self.elhorstTolerance))
        #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.elhorstTolerance))
        #expect(isClose(pow(result["sigma2_std_error"] as! Double, 2), expected["var_sigma2"] as! Double, relative: 1e-8))
        let impacts = expected["impacts"] as! [String: [String: [Double]]]
        let computed = result["effects"] as! [String: Any]
        for kind in ["direct", "indirect", "total"] {
            let rows = computed[kind] as! [[String: Any]]
            for j in x.indices {
                #expect(isClose(rows[j]["estimate"] as! Double, impacts[kind]!["estimates"]![j], relative: Self.elhorstTolerance),
                        "\(name) \(model) \(effects) \(standardise) \(kind) \(j)")
                #expect(isClose(rows[j]["std_error"] as! Double, impacts[kind]!["std_err"]![j], relative: Self.elhorstTolerance),
                        "\(name) \(model) \(effects) \(standardise) \(kind) se \(j)")
            }
        }
        return result
    }

    /// SDM coefficients, effects and the Durbin restriction tests (Wald and LR, SDM→SAR and SDM→SEM; 1e-8 relative:
    /// an LR statistic is a difference of two log-likelihoods).
    @Test(arguments: [0, 1])
    func spatialDurbinMatchesReference(_ dataset: Int) {
        let (name, csv) = Self.datasets[dataset]
        let reference = SpatialFixture.reference("sar.json")[name] as! [String: Any]
        let cases = reference["sdm"] as! [[String: Any]]
        #expect(cases.count == 3)
        for expected in cases {
            let result = Self.check(expected, csv: csv, name: name, y: reference["y"] as! String, x: reference["x"] as! [String], model: "sdm")
            let terms = (result["coefficients"] as! [[String: Any]]).map { $0["term"] as! String }
            let restrictions = expected["restrictions"] as! [String: Double]
            for test in result["tests"] as! [[String: Any]] {
                let name = test["test"] as! String
                #expect(isClose(test["statistic"] as! Double, restrictions[name]!, relative: 1e-8), "\(name)")
                #expect(test["df"] as? Int == 2)
            }
            #expect((result["tests"] as! [Any]).count == 4)
            #expect(terms == (reference["x"] as! [String]) + (reference["x"] as! [String]).map { "W*" + $0 } + ["rho"])
        }
    }

    /// Lee & Yu's transformation approach (`"lee_yu": true`) against the NumPy reference that transforms the data
    /// explicitly with orthonormal bases (log-determinant by slogdet, not eigenvalues): 1e-9 relative on ρ, β, σ²,
    /// log-likelihood and standard errors, for SAR and SDM with unit, time and two-way effects; the SDM reports all four
    /// Durbin tests (the LR test against the SEM by the Lee–Yu SEM, `SpatialLeeYuErrorTests`).
    @Test(arguments: [0, 1])
    func leeYuMatchesTransformation(_ dataset: Int) {
        let (name, csv) = Self.datasets[dataset]
        let reference = SpatialFixture.reference("sar.json")[name] as! [String: Any]
        let cases = reference["lee_yu"] as! [[String: Any]]
        #expect(cases.count == 6)
        for expected in cases {
            let effects = expected["effects"] as! String, durbin = expected["durbin"] as! Bool
            let result = Self.fit(csv, y: reference["y"] as! String, x: reference["x"] as! [String], effects: effects,
                                  options: #"{"lee_yu": true}"#, model: durbin ? "sdm" : "sar")
            #expect(result["lee_yu"] as? Bool == true)
            let rows = result["coefficients"] as! [[String: Any]]
            let wanted = (expected["betas"] as! [Double]) + [expected["rho"] as! Double], errors = expected["std_err"] as! [Double]
            for j in wanted.indices {
                #expect(isClose(rows[j]["estimate"] as! Double, wanted[j], relative: 1e-9), "\(name) \(effects) \(durbin) coefficient \(j)")
                #expect(isClose(rows[j]["std_error"] as! Double, errors[j], relative: 1e-9), "\(name) \(effects) \(durbin) std error \(j)")
            }
            #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: 1e-9))
            #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: 1e-9))
            if durbin {
                let tests = (result["tests"] as! [[String: Any]]).map { $0["test"] as! String }
                #expect(tests == ["wald_sdm_vs_sar", "wald_sdm_vs_sem", "lr_sdm_vs_sar", "lr_sdm_vs_sem"])
            }
        }
    }

    /// Simulated effects (2000 draws): the same bytes on every run, and standard errors within 10% of the delta
    /// method's (their Monte Carlo error is about 1.6% at 2000 draws; the two methods agree to first order).
    @Test func simulatedEffects() {
        let run = { Self.fit("descriptives/nqpf.csv", y: "NQP", x: ["DF", "RI"], effects: "unit",
                             options: #"{"effects": "simulation", "replications": 2000, "seed": 11}"#) }
        let first = run(), second = run()
        let delta = Self.fit("descriptives/nqpf.csv", y: "NQP", x: ["DF", "RI"], effects: "unit")
        let simulated = first["effects"] as! [String: Any], analytic = delta["effects"] as! [String: Any]
        #expect(simulated["replications"] as? Int == 2000)
        for kind in ["direct", "indirect", "total"] {
            let a = simulated[kind] as! [[String: Any]], b = analytic[kind] as! [[String: Any]]
            let again = (second["effects"] as! [String: Any])[kind] as! [[String: Any]]
            for j in 0..<2 {
                #expect(a[j]["std_error"] as! Double == again[j]["std_error"] as! Double)
                #expect(a[j]["estimate"] as! Double == b[j]["estimate"] as! Double)
                #expect(isClose(a[j]["std_error"] as! Double, b[j]["std_error"] as! Double, relative: 0.1), "\(kind) \(j)")
            }
        }
    }
}
