import Testing
@testable import PanelCore

/// Reading the preparation fixtures (written by references/preparation/make_preparation_fixtures.py) and comparing
/// columns with a stated tolerance.
enum PreparationFixture {
    static func table(_ name: String) throws -> DataTable {
        try DataTable(csv: try CSVReader.parse(Array(Fixtures.text("preparation/" + name).utf8)))
    }

    static func numbers(_ table: DataTable, _ column: String) -> [Double] {
        guard case .numeric(let values)? = table.column(named: column)?.values else {
            Issue.record("fixture has no numeric column \(column)")
            return []
        }
        return values
    }

    /// Expects `actual` and `expected` missing in the same places and otherwise |a − e| ≤ tolerance · max(|e|, floor).
    static func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double, floor: Double = 0,
                            _ what: String) {
        #expect(actual.count == expected.count, "\(what): row count")
        for (row, (a, e)) in zip(actual, expected).enumerated() {
            if e.isNaN {
                #expect(a.isNaN, "\(what) row \(row + 1): expected missing, got \(a)")
            } else {
                #expect((a - e).magnitude <= tolerance * max(e.magnitude, floor), "\(what) row \(row + 1): \(a) vs \(e)")
            }
        }
    }

    /// The report value called `name`.
    static func count(_ report: StepReport, _ name: String) -> Double? {
        report.counts.first { $0.name == name }?.value
    }
}
