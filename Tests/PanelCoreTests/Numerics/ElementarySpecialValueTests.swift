import Testing
@testable import PanelCore

/// The special values of C99 Annex F (F.9.3.1 exp, F.9.3.3 expm1, F.9.3.7 log, F.9.3.9 log1p),
/// compared bit for bit (the sign of zero included); NaN results are checked with `isNaN`.
@Suite struct ElementarySpecialValueTests {
    static let nan = Double.nan
    static let inf = Double.infinity

    static func expectSame(_ computed: Double, _ expected: Double, _ label: String) {
        if expected.isNaN {
            #expect(computed.isNaN, "\(label) should be NaN, is \(computed)")
        } else {
            #expect(computed.bitPattern == expected.bitPattern, "\(label) = \(computed), expected \(expected)")
        }
    }

    @Test func exp() {
        let table: [(Double, Double)] = [
            (0, 1), (-0.0, 1), (Self.inf, Self.inf), (-Self.inf, 0), (Self.nan, Self.nan),
            (710, Self.inf), (1e300, Self.inf), (-746, 0), (-1e300, 0), (1, 0x1.5bf0a8b145769p+1),
            (-745.1332191019411, 0x0.0000000000001p-1022), (5e-324, 1), (-5e-324, 1),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.exp(x), expected, "exp(\(x))") }
    }

    @Test func expm1() {
        let table: [(Double, Double)] = [
            (0, 0), (-0.0, -0.0), (Self.inf, Self.inf), (-Self.inf, -1), (Self.nan, Self.nan),
            (710, Self.inf), (-1e300, -1), (5e-324, 5e-324), (-5e-324, -5e-324),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.expm1(x), expected, "expm1(\(x))") }
    }

    @Test func log() {
        let table: [(Double, Double)] = [
            (1, 0), (0, -Self.inf), (-0.0, -Self.inf), (-1, Self.nan), (-Self.inf, Self.nan),
            (Self.inf, Self.inf), (Self.nan, Self.nan), (5e-324, -0x1.74385446d71c3p+9),
            (2, 0x1.62e42fefa39efp-1),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.log(x), expected, "log(\(x))") }
    }

    @Test func log1p() {
        let table: [(Double, Double)] = [
            (0, 0), (-0.0, -0.0), (-1, -Self.inf), (-2, Self.nan), (-Self.inf, Self.nan),
            (Self.inf, Self.inf), (Self.nan, Self.nan), (5e-324, 5e-324), (-5e-324, -5e-324),
            (1, 0x1.62e42fefa39efp-1),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.log1p(x), expected, "log1p(\(x))") }
    }
}
