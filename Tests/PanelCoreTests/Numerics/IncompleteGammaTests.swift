import Testing
@testable import PanelCore

/// P(a, x) and Q(a, x) against every row of Boost's igamma tables (columns a, x, Γ(a,x), Q, γ(a,x), P).
/// Values below 1e-300 are only required to be below 1e-290 (they are at or past the edge of Double).
@Suite struct IncompleteGammaTests {
    static let tolerances: [(table: String, tolerance: Double)] = [
        ("igamma_small_data.txt", 1e-12),
        ("igamma_med_data.txt", 1e-12),
        ("igamma_big_data.txt", 1e-12),
    ]

    @Test(arguments: tolerances.map(\.table))
    func boostTable(_ table: String) {
        let tolerance = Self.tolerances.first { $0.table == table }!.tolerance
        var lower = AccuracyTracker("P \(table)")
        var upper = AccuracyTracker("Q \(table)")
        for row in numericRows(Fixtures.text("boost-special/" + table)) {
            let (a, x) = (row[0], row[1])
            let label = "a=\(a) x=\(x)"
            check(SpecialFunctions.regularizedGammaP(a: a, x: x), row[5], label, &lower)
            check(SpecialFunctions.regularizedGammaQ(a: a, x: x), row[3], label, &upper)
        }
        print(lower.summary)
        print(upper.summary)
        #expect(lower.worst <= tolerance, "\(lower.summary)")
        #expect(upper.worst <= tolerance, "\(upper.summary)")
    }

    private func check(_ computed: Double, _ expected: Double, _ label: String, _ tracker: inout AccuracyTracker) {
        if expected < 1e-300 {
            #expect(computed < 1e-290, "\(label): \(computed) for \(expected)")
        } else {
            tracker.record(computed, expected, row: label)
        }
    }
}
