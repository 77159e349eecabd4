import Testing
@testable import PanelCore

/// Elementary.sin/cos/asin against the correctly rounded mpmath values of
/// references/elementary/make_trigonometric_fixtures.py (same fixture format as the exp/log tests).
@Suite struct TrigonometricAccuracyTests {
    /// Tolerance: 2 ulps of the correctly rounded value, measured against the exact value; the functions promise
    /// "a few ulps" (enough for great-circle distances), and the largest error seen is printed.
    static let toleranceInUlps = 2.0

    static func check(_ name: String, _ function: (Double) -> Double) {
        let rows = ElementaryAccuracyTests.cases(name)
        #expect(rows.count > 2500)
        var worst = 0.0
        for row in rows {
            let error = ElementaryAccuracyTests.ulpError(function(row.arguments[0]), row)
            worst = max(worst, error)
            #expect(error <= toleranceInUlps, "\(name)(\(row.arguments[0])) = \(function(row.arguments[0])), expected \(row.expected)")
        }
        print("Elementary.\(name): \(rows.count) cases, max error \(worst) ulp")
    }

    @Test func sin() { Self.check("sin") { Elementary.sin($0) } }
    @Test func cos() { Self.check("cos") { Elementary.cos($0) } }
    @Test func asin() { Self.check("asin") { Elementary.asin($0) } }

    @Test func outsideTheDomainIsNaN() {
        #expect(Elementary.sin(.infinity).isNaN)
        #expect(Elementary.cos(0x1p20).isNaN)
        #expect(Elementary.asin(1.0000000000000002).isNaN)
        #expect(Elementary.asin(.nan).isNaN)
    }
}
