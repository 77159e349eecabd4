import Foundation
import Testing
@testable import PanelCore

/// Driscoll–Kraay (periods = years) with lags 0, 1, 2, 3 and the default, against references/covariance fixtures.
/// Tolerance: 1e-10 in `scaledCovarianceError` (error relative to sqrt(V_ii V_jj)):
/// - `unscaled` vs statsmodels cov_nw_groupsum without correction and linearmodels kernel (Bartlett, debiased=False;
///   for the default lag linearmodels chose its own bandwidth, so this also checks `defaultLag`);
/// - `matrix` vs raw · (N−1)/(N−K) · T/(T−1) (ivreg2 `dkraay() small`; statsmodels use_correction="cluster").
@Suite struct DriscollKraayCovarianceTests {
    static let tolerance = 1e-10

    @Test(arguments: ["grunfeld", "simulated", "small_not_psd"])
    func matchesReferences(caseName: String) throws {
        let fixture = PanelCovarianceFixture(caseName)
        let inputs = try fixture.inputs()
        for reference in fixture.driscollKraay {
            let lag = reference["lag"] as? Int
            let estimate = try DriscollKraayCovariance.estimate(inputs, periodOf: fixture.years, periodCount: fixture.periods,
                                                                lag: lag, at: "/model/vcov")
            #expect(estimate.correction.inferenceDegreesOfFreedom == reference["time_cluster_df"] as! Int)
            #expect(isClose(estimate.correction.factor, reference["time_cluster_factor"] as! Double, relative: 1e-15))
            let comparisons: [(String, Matrix)] = [("raw_sandwich", estimate.unscaled), ("linearmodels_kernel", estimate.unscaled),
                                                   ("time_cluster_small", estimate.matrix),
                                                   ("statsmodels_hac_groupsum_cluster", estimate.matrix)]
            for (key, ours) in comparisons {
                let error = scaledCovarianceError(ours, PanelCovarianceFixture.matrix(reference[key]))
                #expect(error <= Self.tolerance, "\(caseName) lag \(lag ?? -1) vs \(key): \(error)")
            }
        }
    }

    /// With lag 0 the meat is the one-way cluster meat by period (same unscaled matrix up to rounding: 1e-13).
    @Test func lagZeroIsClusteringByPeriod() throws {
        let fixture = PanelCovarianceFixture("simulated")
        let inputs = try fixture.inputs()
        let dk = try DriscollKraayCovariance.estimate(inputs, periodOf: fixture.years, periodCount: fixture.periods, lag: 0, at: "")
        let cluster = try ClusterRobustCovariance.estimate(inputs, clusterOf: fixture.years, clusterCount: fixture.periods, at: "")
        #expect(scaledCovarianceError(dk.unscaled, (0..<3).map { i in (0..<3).map { cluster.unscaled[i, $0] } }) <= 1e-13)
        #expect(dk.correction.factor == cluster.correction.factor)
    }

    /// floor(4 (T/100)^(2/9)) for T = 1...5000, from the script (checked there against linearmodels' formula).
    @Test func defaultLagRule() throws {
        let json = try JSONSerialization.jsonObject(with: Data(Fixtures.text("covariance/default_lags.json").utf8)) as! [String: Any]
        let lags = json["lags"] as! [Int]
        for (index, expected) in lags.enumerated() {
            #expect(DriscollKraayCovariance.defaultLag(periods: index + 1) == expected, "T = \(index + 1)")
        }
        #expect(DriscollKraayCovariance.defaultLag(periods: 0) == 0)
    }

    @Test func degenerateInputsAreInvalidOptions() throws {
        let fixture = PanelCovarianceFixture("grunfeld")
        let inputs = try fixture.inputs()
        let onePeriod = [Int](repeating: 0, count: fixture.years.count)
        for (periods, count, lag) in [(fixture.years, 20, 20), (fixture.years, 20, 25), (fixture.years, 20, -1), (onePeriod, 1, nil)] as [([Int], Int, Int?)] {
            do {
                _ = try DriscollKraayCovariance.estimate(inputs, periodOf: periods, periodCount: count, lag: lag, at: "/model/vcov")
                Issue.record("accepted T = \(count), lag \(lag ?? -1)")
            } catch {
                #expect(error.code == .invalidOption)
            }
        }
    }
}
