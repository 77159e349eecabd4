import Foundation
import Testing
@testable import PanelCore

/// Moderation requests against references/mechanisms/make_moderation_fixtures.py: exact dummy least squares with
/// reghdfe's rules (checked there against pyfixest) or statsmodels HC1, simple slopes and Johnson–Neyman bounds
/// written out with scipy's t quantiles and numpy.roots.
@Suite struct ModerationReferenceTests {
    static let cases = ["moderation-twoway-centred", "moderation-hc1-at-values"]
    /// 1e-9 relative: the regression absorbs fixed effects with the shared iterative absorber (stops at a relative
    /// step of 1e-12); p-values 1e-8 (a t tail multiplies the relative error of t by about t²).
    static let tolerance = 1e-9

    @Test(arguments: cases)
    func matchesTheReference(_ name: String) {
        let request = Fixtures.text("mechanisms/\(name).request.json")
        let result = ABIClient.run(text: request)["result"] as? [String: Any] ?? [:]
        let expected = try! JSONSerialization.jsonObject(with: Data(Fixtures.text("mechanisms/\(name).expected.json").utf8)) as! [String: Any]
        #expect(result["nobs"] as? Double == (expected["nobs"] as? NSNumber)?.doubleValue, "\(result)")
        let rows = (result["regression"] as? [String: Any])?["coefficients"] as? [[String: Any]] ?? []
        for (term, numbers) in expected["coefficients"] as! [String: [Double]] {
            let row = rows.first { $0["term"] as? String == (term == "xw" ? "x:w" : term) }
            #expect(isClose(row?["estimate"] as? Double ?? .nan, numbers[0], relative: Self.tolerance), "\(name) \(term)")
            #expect(isClose(row?["std_error"] as? Double ?? .nan, numbers[1], relative: Self.tolerance), "\(name) \(term)")
        }
        for key in ["moderator_mean", "moderator_sd"] {
            #expect(isClose(result[key] as? Double ?? .nan, (expected[key] as? NSNumber)?.doubleValue ?? .infinity, relative: 1e-12), "\(name) \(key)")
        }
        let slopes = result["simple_slopes"] as? [[String: Any]] ?? []
        let expectedSlopes = expected["simple_slopes"] as! [[String: Double]]
        #expect(slopes.count == expectedSlopes.count)
        for (slope, reference) in zip(slopes, expectedSlopes) {
            for (key, value) in reference {
                #expect(isClose(slope[key] as? Double ?? .nan, value, relative: key == "p_value" ? 1e-8 : Self.tolerance, floor: 1e-12),
                        "\(name) \(key) \(slope)")
            }
        }
        let region = result["johnson_neyman"] as? [String: Any] ?? [:]
        let expectedRegion = expected["johnson_neyman"] as! [String: Any]
        #expect(region["significant"] as? String == expectedRegion["significant"] as? String)
        let bounds = region["bounds"] as? [Double] ?? []
        let expectedBounds = expectedRegion["bounds"] as! [Double]
        #expect(bounds.count == expectedBounds.count)
        for (a, b) in zip(bounds, expectedBounds) { #expect(isClose(a, b, relative: Self.tolerance), "\(name) bounds") }
        #expect(isClose(region["critical_value"] as? Double ?? .nan, (expectedRegion["critical_value"] as? NSNumber)?.doubleValue ?? .infinity,
                        relative: 1e-12))
    }
}
