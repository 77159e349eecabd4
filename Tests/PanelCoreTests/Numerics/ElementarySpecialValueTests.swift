import Testing
@testable import PanelCore

/// The special values of C99 Annex F (F.9.3.1 exp, F.9.3.3 expm1, F.9.3.7 log, F.9.3.9 log1p, F.9.4.4 pow),
/// compared bit for bit (the sign of zero included); NaN results are checked with `isNaN`.
@Suite struct ElementarySpecialValueTests {
    static let nan = Double.nan
    static let inf = Double.infinity
    static let tiny = Double.leastNonzeroMagnitude

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
            (-745.1332191019411, 0x0.0000000000001p-1022), (Self.tiny, 1), (-Self.tiny, 1),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.exp(x), expected, "exp(\(x))") }
    }

    @Test func expm1() {
        let table: [(Double, Double)] = [
            (0, 0), (-0.0, -0.0), (Self.inf, Self.inf), (-Self.inf, -1), (Self.nan, Self.nan),
            (710, Self.inf), (-1e300, -1), (Self.tiny, Self.tiny), (-Self.tiny, -Self.tiny),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.expm1(x), expected, "expm1(\(x))") }
    }

    @Test func log() {
        let table: [(Double, Double)] = [
            (1, 0), (0, -Self.inf), (-0.0, -Self.inf), (-1, Self.nan), (-Self.inf, Self.nan),
            (Self.inf, Self.inf), (Self.nan, Self.nan), (Self.tiny, -0x1.74385446d71c3p+9),
            (2, 0x1.62e42fefa39efp-1),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.log(x), expected, "log(\(x))") }
    }

    @Test func log1p() {
        let table: [(Double, Double)] = [
            (0, 0), (-0.0, -0.0), (-1, -Self.inf), (-2, Self.nan), (-Self.inf, Self.nan),
            (Self.inf, Self.inf), (Self.nan, Self.nan), (Self.tiny, Self.tiny), (-Self.tiny, -Self.tiny),
            (1, 0x1.62e42fefa39efp-1),
        ]
        for (x, expected) in table { Self.expectSame(Elementary.log1p(x), expected, "log1p(\(x))") }
    }

    @Test func pow() {
        let (nan, inf) = (Self.nan, Self.inf)
        let table: [(Double, Double, Double)] = [
            (nan, 0, 1), (nan, -0.0, 1), (inf, 0, 1), (1, nan, 1), (1, inf, 1), (1, -inf, 1),
            (nan, 2, nan), (2, nan, nan), (-1, nan, nan),
            (0, -3, inf), (-0.0, -3, -inf), (0, -2, inf), (-0.0, -2, inf), (-0.0, -0.5, inf), (-0.0, -inf, inf),
            (0, 3, 0), (-0.0, 3, -0.0), (-0.0, 2, 0), (-0.0, 0.5, 0), (-0.0, inf, 0),
            (-1, inf, 1), (-1, -inf, 1),
            (0.5, -inf, inf), (-0.5, -inf, inf), (2, -inf, 0), (-2, -inf, 0),
            (0.5, inf, 0), (-0.5, inf, 0), (2, inf, inf), (-2, inf, inf),
            (-inf, -3, -0.0), (-inf, -2, 0), (-inf, -0.5, 0), (-inf, 3, -inf), (-inf, 2, inf), (-inf, 0.5, inf),
            (inf, -1, 0), (inf, 0.5, inf),
            (-2, 0.5, nan), (-2, -1.5, nan), (-inf, nan, nan),
            (-2, 3, -8), (-2, -3, -0.125), (-2, 2, 4), (-1, 0x1p60, 1), (-1, 0x1p53 + 2, 1), (-1, 0x1p53 - 1, -1),
            (2, 1024, inf), (2, -1074, Self.tiny), (2, -1075, 0), (-2, -1075, -0.0), (-2, 1025, -inf),
            (10, 308, 1e308), (Self.tiny, 1, Self.tiny), (1e300, 2, inf),
        ]
        for (x, y, expected) in table { Self.expectSame(Elementary.pow(x, y), expected, "pow(\(x), \(y))") }
    }
}
