import Foundation
import Testing
@testable import PanelCore

/// Heterogeneity requests against references/mechanisms/make_heterogeneity_fixtures.py: subgroup regressions (exact
/// dummy least squares with reghdfe's rules, checked there against pyfixest; statsmodels HC1 without fixed effects),
/// the fully interacted model written out as an explicit design, the suest-style covariance written out, and the
/// permutation test with the same draws.
@Suite struct HeterogeneityReferenceTests {
    static let cases = ["heterogeneity-twoway-cluster", "heterogeneity-three-groups-hc1"]
    /// 1e-9 relative for regressions through the shared iterative absorber; p-values 1e-8 (a tail multiplies the
    /// statistic's relative error by about t²); the permutation p-value is a ratio of counts and must be equal.
    static let tolerance = 1e-9

    @Test(arguments: cases)
    func matchesTheReference(_ name: String) {
        let result = ABIClient.run(text: Fixtures.text("mechanisms/\(name).request.json"))["result"] as? [String: Any] ?? [:]
        let expected = try! JSONSerialization.jsonObject(with: Data(Fixtures.text("mechanisms/\(name).expected.json").utf8)) as! [String: Any]
        #expect(result["nobs"] as? Double == (expected["nobs"] as? NSNumber)?.doubleValue, "\(result)")
        let groups = result["groups"] as? [[String: Any]] ?? []
        let expectedGroups = expected["groups"] as! [[String: Any]]
        #expect(groups.count == expectedGroups.count)
        for (group, reference) in zip(groups, expectedGroups) {
            #expect(group["nobs"] as? Double == (reference["nobs"] as? NSNumber)?.doubleValue)
            let row = ((group["regression"] as? [String: Any])?["coefficients"] as? [[String: Any]])?.first { $0["term"] as? String == "x" }
            let numbers = reference["x"] as! [Double]
            #expect(isClose(row?["estimate"] as? Double ?? .nan, numbers[0], relative: Self.tolerance), "\(name)")
            #expect(isClose(row?["std_error"] as? Double ?? .nan, numbers[1], relative: Self.tolerance), "\(name)")
        }
        let differences = result["differences"] as? [[String: Any]] ?? []
        let expectedDifferences = expected["differences"] as! [[String: Any]]
        #expect(differences.count == expectedDifferences.count)
        for (difference, reference) in zip(differences, expectedDifferences) {
            #expect(isClose(difference["difference"] as? Double ?? .nan, reference["difference"] as! Double, relative: Self.tolerance))
            for test in ["interacted", "seemingly_unrelated"] {
                let row = difference[test] as? [String: Any] ?? [:]
                let numbers = reference[test] as! [Double]
                #expect(isClose(row["std_error"] as? Double ?? .nan, numbers[0], relative: Self.tolerance), "\(name) \(test)")
                #expect(isClose(row["statistic"] as? Double ?? .nan, numbers[1], relative: Self.tolerance), "\(name) \(test)")
                #expect(isClose(row["p_value"] as? Double ?? .nan, numbers[2], relative: 1e-8), "\(name) \(test)")
            }
            #expect(difference["permutation_p_value"] as? Double == reference["permutation_p_value"] as? Double, "\(name)")
        }
    }
}
