import Testing
@testable import PanelCore

/// I_x(a, b) and 1 − I_x(a, b) against every row of Boost's ibeta tables
/// (columns a, b, x, B_x, B − B_x, I_x, 1 − I_x). Values below 1e-300 need only be below 1e-290.
@Suite struct IncompleteBetaTests {
    static let tolerances: [(table: String, tolerance: Double)] = [
        ("ibeta_small_data.txt", 1e-12),
        ("ibeta_data.txt", 1e-12),
        ("ibeta_int_data.txt", 1e-12),
        ("ibeta_large_data.txt", 1e-12),
    ]

    @Test(arguments: tolerances.map(\.table))
    func boostTable(_ table: String) {
        let tolerance = Self.tolerances.first { $0.table == table }!.tolerance
        var lower = AccuracyTracker("I_x \(table)")
        var upper = AccuracyTracker("1 - I_x \(table)")
        for row in numericRows(Fixtures.text("boost-special/" + table)) {
            let (a, b, x) = (row[0], row[1], row[2])
            let label = "a=\(a) b=\(b) x=\(x)"
            check(SpecialFunctions.regularizedBeta(a: a, b: b, x: x), row[5], label, &lower)
            check(SpecialFunctions.regularizedBetaComplement(a: a, b: b, x: x), row[6], label, &upper)
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
