import Testing
@testable import PanelCore

/// Every fixture row of references/elementary/make_elementary_fixtures.py (mpmath, correctly rounded)
/// must be matched within 1 ulp of the exact value; the largest error seen is printed.
@Suite struct ElementaryAccuracyTests {
    /// Tolerance: 1 ulp of the correctly rounded value, measured against the exact value
    /// (expected + residual · ulp), as the brief requires.
    static let toleranceInUlps = 1.0

    /// One fixture row: arguments, the correctly rounded result, and (exact − expected)/ulp(expected).
    struct Case {
        var arguments: [Double]
        var expected: Double
        var residual: Double
    }

    static func cases(_ name: String) -> [Case] {
        Fixtures.text("elementary/\(name).txt").split(separator: "\n").map { line in
            let fields = line.split(separator: " ")
            let values = fields.dropLast().map { Double(bitPattern: UInt64($0, radix: 16)!) }
            return Case(arguments: Array(values.dropLast()), expected: values.last!, residual: Double(String(fields.last!))!)
        }
    }

    /// The error of `computed` against the exact value in ulps of the correctly rounded one
    /// (infinite when an infinite or NaN result is wrong).
    static func ulpError(_ computed: Double, _ row: Case) -> Double {
        if row.expected.isInfinite || computed.isInfinite || computed.isNaN {
            return computed == row.expected ? 0 : .infinity
        }
        let unit = row.expected == 0 ? Double.leastNonzeroMagnitude : row.expected.ulp
        return ((computed - row.expected) / unit - row.residual).magnitude
    }

    static func check(_ name: String, _ function: ([Double]) -> Double) {
        let rows = cases(name)
        #expect(rows.count > 3000)
        var worst = 0.0
        for row in rows {
            let error = ulpError(function(row.arguments), row)
            worst = max(worst, error)
            #expect(error <= toleranceInUlps, "\(name)\(row.arguments) = \(function(row.arguments)), expected \(row.expected)")
        }
        print("Elementary.\(name): \(rows.count) cases, max error \(worst) ulp")
    }

    @Test func exp() { Self.check("exp") { Elementary.exp($0[0]) } }
    @Test func expm1() { Self.check("expm1") { Elementary.expm1($0[0]) } }
    @Test func log() { Self.check("log") { Elementary.log($0[0]) } }
    @Test func log1p() { Self.check("log1p") { Elementary.log1p($0[0]) } }
    @Test func pow() { Self.check("pow") { Elementary.pow($0[0], $0[1]) } }
}
