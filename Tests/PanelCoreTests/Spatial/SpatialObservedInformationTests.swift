import Foundation
import Testing
@testable import PanelCore

/// The observed information (`"information": "observed"`) with exact eigenvalues against
/// references/spatial/make_observed_information.py: an independent NumPy log-likelihood differentiated twice by
/// Richardson-extrapolated central differences at its own MLE, for the SAR, SDM and SEM with unit and two-way effects
/// (SAR/SDM also Lee–Yu) on the simulated 45 × 11 panel with row-standardised economic-distance weights.
@Suite struct SpatialObservedInformationTests {
    /// Covariance entries: 1e-6 of √(V_ii V_jj) (the finite differences agree with themselves at two step sizes to
    /// ~3e-7); estimates 1e-9 relative (both solve the same score to ~1e-15); var(σ²) 1e-6 relative.
    static let covarianceTolerance = 1e-6

    @Test func matchesFiniteDifferenceHessian() {
        let cases = SpatialFixture.reference("observed_information.json")["cases"] as! [[String: Any]]
        #expect(cases.count == 10)
        for expected in cases {
            let model = expected["model"] as! String, effects = expected["effects"] as! String, leeYu = expected["lee_yu"] as! Bool
            let name = "\(model) \(effects) lee_yu=\(leeYu)"
            let options = #"{"information": "observed", "effects": "none", "lee_yu": "# + (leeYu ? "true" : "false") + "}"
            let result = SpatialLagPanelTests.fit("spatial/sar_simulated.csv", y: "y", x: ["x1", "x2"], effects: effects,
                                                  options: options, model: model)
            #expect(result["information"] as? String == "observed", "\(name)")
            let estimates = (result["coefficients"] as! [[String: Any]]).map { $0["estimate"] as! Double }
            let wanted = expected["estimates"] as! [Double]
            for j in estimates.indices {
                #expect(isClose(estimates[j], wanted[j], relative: 1e-9), "\(name) estimate \(j)")
            }
            #expect(isClose(result["sigma2"] as! Double, wanted[wanted.count - 1], relative: 1e-9), "\(name) sigma2")
            let vcov = (result["vcov"] as! [[Double]]), vm = expected["vm"] as! [[Double]]
            #expect(vcov.count == vm.count)
            for i in vm.indices {
                for j in vm.indices {
                    let scale = (vm[i][i] * vm[j][j]).squareRoot()
                    #expect(abs(vcov[i][j] - vm[i][j]) <= Self.covarianceTolerance * scale, "\(name) vcov \(i) \(j)")
                }
            }
            let variance = pow(result["sigma2_std_error"] as! Double, 2)
            #expect(isClose(variance, expected["var_sigma2"] as! Double, relative: Self.covarianceTolerance), "\(name) var sigma2")
        }
    }

    /// Without the option the response has no `information` member and the expected information (unchanged output).
    @Test func expectedStaysTheDefault() {
        let result = SpatialLagPanelTests.fit("spatial/sar_simulated.csv", y: "y", x: ["x1", "x2"], effects: "unit", options: "{}", model: "sar")
        #expect(result["information"] == nil)
        #expect(result["log_determinant"] as? String == "eigenvalues")
    }
}
