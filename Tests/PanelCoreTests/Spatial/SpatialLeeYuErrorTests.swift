import Foundation
import Testing
@testable import PanelCore

/// Lee & Yu's (2010) transformation approach in the fixed-effects SEM and SDEM panels (`"lee_yu": true`) against
/// references/spatial/make_lee_yu_error_fixtures.py: a NumPy/SciPy implementation that transforms the data explicitly
/// with orthonormal F_T and F_N (W* = F_Nᵀ W F_N) and maximises the plain SEM likelihood of the transformed panel
/// numerically, with numerical-Hessian and expected-information covariances; the SDM's LR test against the SEM under
/// the same approach; and a truth test on a larger simulated SDEM panel.
@Suite struct SpatialLeeYuErrorTests {
    /// Estimates and σ²: 1e-6 relative — the reference maximises likelihood values (bounded Brent, BFGS), which resolve
    /// λ only to ~1e-8; PanelCore solves the score to full precision.
    static let estimateTolerance = 1e-6
    /// Standard errors and var(σ²) from the observed information: 1e-4 relative — the reference Hessian is a central
    /// difference (step 1e-4 relative) at the reference's estimates.
    static let observedTolerance = 1e-4
    /// Standard errors and var(σ²) from the expected information: 1e-6 relative — the same formula written on W*,
    /// evaluated at estimates that agree to ~1e-8.
    static let expectedTolerance = 1e-6
    /// Log-likelihood: 1e-9 relative (flat at the maximum, so insensitive to the reference's ~1e-8 in λ).
    static let likelihoodTolerance = 1e-9

    static var reference: [String: Any] { SpatialFixture.reference("lee_yu_error.json") }

    static func fit(model: String, effects: String, options: String) -> [String: Any] {
        let sac = SpatialCombinedPanelTests.reference
        return SpatialCombinedPanelTests.fit(csv: "spatial/sac_simulated.csv", ids: sac["ids"] as! [String], neighbours: sac["neighbours"] as! [[Int]],
                                             model: model, y: "ydurbin", effects: effects, options: options)
    }

    static func column(_ result: [String: Any], _ member: String) -> [Double] {
        SpatialCombinedPanelTests.column(result, member)
    }

    /// Every (model, effects, information) case: estimates, standard errors, the β–β covariance, σ², var(σ²) and the
    /// log-likelihood.
    @Test(arguments: ["expected", "observed"])
    func matchesTheTransformedLikelihood(_ information: String) {
        let cases = Self.reference["cases"] as! [[String: Any]]
        #expect(cases.count == 6)
        let tolerance = information == "observed" ? Self.observedTolerance : Self.expectedTolerance
        for expected in cases {
            let model = expected["model"] as! String, effects = expected["effects"] as! String
            let label = "\(model) \(effects) \(information)"
            let result = Self.fit(model: model, effects: effects, options: #"{"lee_yu": true, "information": ""# + information + #""}"#)
            #expect(result["lee_yu"] as? Bool == true, "\(label)")
            let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
            let wanted = (expected["betas"] as! [Double]) + [expected["lambda"] as! Double]
            let vm = expected["vm_" + information] as! [[Double]]
            #expect(estimates.count == wanted.count, "\(label)")
            for j in wanted.indices {
                #expect(isClose(estimates[j], wanted[j], relative: Self.estimateTolerance), "\(label) estimate \(j)")
                #expect(isClose(errors[j], vm[j][j].squareRoot(), relative: tolerance), "\(label) std error \(j)")
            }
            let vcov = result["vcov"] as! [[Double]]
            #expect(isClose(vcov[0][1], vm[0][1], relative: tolerance), "\(label) covariance")
            #expect(isClose(result["sigma2"] as! Double, expected["sigma2"] as! Double, relative: Self.estimateTolerance), "\(label) sigma2")
            #expect(isClose(pow(result["sigma2_std_error"] as! Double, 2), expected["var_sigma2_" + information] as! Double, relative: tolerance),
                    "\(label) var sigma2")
            #expect(isClose(result["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(label) loglik")
        }
    }

    /// With unit effects only, Lee–Yu leaves λ and β as the direct approach has them (to 1e-12 relative: the two scores
    /// differ by the factor (T − 1)/T, their roots not at all) and scales σ² by T/(T − 1) (1e-12); the direct fit
    /// matches the reference's direct approach (1e-6).
    @Test func unitEffectsOnlyRescaleSigma2() {
        for expected in Self.reference["direct_unit"] as! [[String: Any]] {
            let model = expected["model"] as! String
            let direct = Self.fit(model: model, effects: "unit", options: "{}")
            let corrected = Self.fit(model: model, effects: "unit", options: #"{"lee_yu": true}"#)
            let a = Self.column(direct, "estimate"), b = Self.column(corrected, "estimate")
            let wanted = (expected["betas"] as! [Double]) + [expected["lambda"] as! Double]
            for j in a.indices {
                #expect(isClose(a[j], b[j], relative: 1e-12), "\(model) estimate \(j)")
                #expect(isClose(a[j], wanted[j], relative: Self.estimateTolerance), "\(model) direct estimate \(j)")
            }
            let ratio = (corrected["sigma2"] as! Double) / (direct["sigma2"] as! Double)
            #expect(isClose(ratio, 8.0 / 7.0, relative: 1e-12), "\(model) sigma2 ratio")
            #expect(isClose(direct["log_likelihood"] as! Double, expected["logll"] as! Double, relative: Self.likelihoodTolerance), "\(model)")
        }
    }

    /// The SDM under Lee–Yu now reports `lr_sdm_vs_sem`: 2(ℓ_SDM − ℓ_SEM), both by the transformation approach,
    /// against the reference's two log-likelihoods (1e-6 absolute: each ~600 to 1e-9 relative).
    @Test func durbinTestAgainstTheErrorModel() {
        let sdm = Self.reference["sdm_two_way"] as! [String: Any]
        let sem = (Self.reference["cases"] as! [[String: Any]]).first { $0["model"] as! String == "sem" && $0["effects"] as! String == "two_way" }!
        let result = Self.fit(model: "sdm", effects: "two_way", options: #"{"lee_yu": true, "effects": "none"}"#)
        #expect(isClose(result["log_likelihood"] as! Double, sdm["logll"] as! Double, relative: Self.likelihoodTolerance))
        let tests = result["tests"] as! [[String: Any]]
        #expect(tests.map { $0["test"] as! String } == ["wald_sdm_vs_sar", "wald_sdm_vs_sem", "lr_sdm_vs_sar", "lr_sdm_vs_sem"])
        let lr = tests[3]["statistic"] as! Double
        #expect((lr - 2 * ((sdm["logll"] as! Double) - (sem["logll"] as! Double))).magnitude < 1e-6, "lr \(lr)")
        #expect(tests[3]["df"] as? Double == 2)
    }

    /// A 144-unit × 15-period SDEM panel simulated with λ = 0.3, β = (1, −0.5), θ = (0.5, 0) and unit and time
    /// effects: the two-way Lee–Yu estimates lie within three standard errors of the truth and match the reference (1e-6).
    @Test func recoversTheTruth() {
        let sac = SpatialCombinedPanelTests.reference["large"] as! [String: Any]
        let large = Self.reference["large"] as! [String: Any]
        let truth = large["truth"] as! [String: Any], numpy = large["sdem_two_way"] as! [String: Any]
        let result = SpatialCombinedPanelTests.fit(csv: "spatial/sac_large.csv", ids: sac["ids"] as! [String], neighbours: sac["neighbours"] as! [[Int]],
                                                   model: "sdem", y: "ydurbin", effects: "two_way", options: #"{"lee_yu": true, "effects": "none"}"#)
        let estimates = Self.column(result, "estimate"), errors = Self.column(result, "std_error")
        let wanted = (truth["betas"] as! [Double]) + [truth["lambda"] as! Double]
        let fitted = (numpy["betas"] as! [Double]) + [numpy["lambda"] as! Double]
        for j in wanted.indices {
            #expect((estimates[j] - wanted[j]).magnitude < 3 * errors[j], "truth \(j): \(estimates[j]) vs \(wanted[j]) (se \(errors[j]))")
            #expect(isClose(estimates[j], fitted[j], relative: Self.estimateTolerance), "numpy \(j)")
        }
    }
}
