import Testing
@testable import PanelCore

/// Two-way clustering (firm and year) against the fixtures of references/covariance: Grunfeld, a simulated
/// unbalanced panel, and a 4 × 4 panel whose sandwich is not positive semi-definite.
/// Tolerance: 1e-10 in `scaledCovarianceError` (error relative to sqrt(V_ii V_jj)) wherever conventions match:
/// - `unscaled` vs the raw sandwich V_A + V_B − V_{A∩B} (statsmodels cov_cluster without correction) and vs
///   linearmodels clustered entity+time with debiased=False (both: no eigen fix, so only where none is needed);
/// - `matrix` vs Stata reghdfe `vce(cluster firm year)`: raw · (N−1)/(N−K) · Gmin/(Gmin−1), eigenvalue-fixed;
/// - `matrix` vs pyfixest CRV1 "firm+year" (G_df="min"), where no eigen fix is needed (pyfixest does not fix).
/// statsmodels' own 2-D cluster matrix uses per-component factors: it is recorded, not compared.
@Suite struct TwoWayClusterCovarianceTests {
    static let tolerance = 1e-10

    @Test(arguments: ["grunfeld", "simulated", "small_not_psd"])
    func matchesReferences(caseName: String) throws {
        let fixture = PanelCovarianceFixture(caseName)
        let twoWay = fixture.twoWay
        let (estimate, warnings) = try TwoWayClusterCovariance.estimate(
            try fixture.inputs(), first: fixture.firms, firstCount: twoWay["first_count"] as! Int,
            second: fixture.years, secondCount: twoWay["second_count"] as! Int, at: "/model/vcov")
        let fixed = twoWay["eigen_fix_applied"] as! Bool
        #expect(warnings == (fixed ? [TwoWayClusterCovariance.notPositiveSemidefiniteWarning] : []))
        #expect(estimate.correction.inferenceDegreesOfFreedom == twoWay["stata_df"] as! Int)
        #expect(isClose(estimate.correction.factor, twoWay["stata_factor"] as! Double, relative: 1e-15))
        let stata = scaledCovarianceError(estimate.matrix, PanelCovarianceFixture.matrix(twoWay["stata_reghdfe"]))
        #expect(stata <= Self.tolerance, "\(caseName) vs reghdfe: \(stata)")
        guard !fixed else { return }
        for key in ["raw_sandwich", "linearmodels_clustered"] {
            let error = scaledCovarianceError(estimate.unscaled, PanelCovarianceFixture.matrix(twoWay[key]))
            #expect(error <= Self.tolerance, "\(caseName) vs \(key): \(error)")
        }
        if let pyfixest = twoWay["pyfixest_crv1_min"] {
            let error = scaledCovarianceError(estimate.matrix, PanelCovarianceFixture.matrix(pyfixest))
            #expect(error <= Self.tolerance, "\(caseName) vs pyfixest: \(error)")
        }
    }

    @Test func oneClusterInADimensionIsAnInvalidOption() throws {
        let fixture = PanelCovarianceFixture("grunfeld")
        let inputs = try fixture.inputs()
        #expect(throws: PanelError.self) {
            _ = try TwoWayClusterCovariance.estimate(inputs, first: fixture.firms, firstCount: 11,
                                                     second: [Int](repeating: 0, count: fixture.years.count), secondCount: 1, at: "/model/vcov")
        }
        do {
            _ = try TwoWayClusterCovariance.estimate(inputs, first: [Int](repeating: 0, count: fixture.firms.count), firstCount: 1,
                                                     second: fixture.years, secondCount: 20, at: "/model/vcov")
            Issue.record("one firm cluster was accepted")
        } catch {
            #expect(error.code == .invalidOption)
            #expect(error.location == "/model/vcov")
        }
    }
}
