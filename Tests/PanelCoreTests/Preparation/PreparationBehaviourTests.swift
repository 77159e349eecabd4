import Testing
@testable import PanelCore

/// Bad input, reports and the balance check of the preparation steps on small hand-made tables (exact expectations).
@Suite struct PreparationBehaviourTests {
    /// Units 1 and 2 over 2001–2003; unit 2 lacks 2002; `flat` has no variance, `empty` no observed value.
    static func table() throws -> DataTable {
        let csv = "id,year,x,name,flat,empty\n1,2001,1.0,a,2,\n1,2002,,b,2,\n1,2003,3.0,c,2,\n2,2001,5.0,d,2,\n2,2003,4.0,e,2,\n"
        return try DataTable(csv: try CSVReader.parse(Array(csv.utf8)))
    }

    static func expectError(_ code: PanelError.Code, _ body: () throws(PanelError) -> Void) {
        do {
            try body()
            Issue.record("expected \(code.rawValue)")
        } catch {
            #expect(error.code == code)
            #expect(error.location == "/steps/3")
        }
    }

    enum Step: CaseIterable {
        case winsorize, standardize, adjacentMean, interpolate

        func run(_ table: DataTable, columns: [String], panel: PanelIndex) throws(PanelError) {
            switch self {
            case .winsorize: _ = try Winsorization.apply(table, columns: columns, lower: 0.1, upper: 0.9, groupOf: nil, at: "/steps/3")
            case .standardize: _ = try Standardization.apply(table, columns: columns, groupOf: nil, at: "/steps/3")
            case .adjacentMean: _ = try AdjacentMeanImputation.apply(table, columns: columns, panel: panel, at: "/steps/3")
            case .interpolate: _ = try LinearInterpolation.apply(table, columns: columns, panel: panel, at: "/steps/3")
            }
        }
    }

    @Test(arguments: Step.allCases)
    func badColumnsAreReported(_ step: Step) throws {
        let table = try Self.table()
        let panel = try PanelIndex(table: table, id: "id", time: "year", at: "/panel")
        for (columns, code) in [(["nope"], PanelError.Code.unknownColumn), (["name"], .invalidData), (["empty"], .invalidData),
                                ([], .invalidOption), (["x", "x"], .invalidOption)] {
            Self.expectError(code) { () throws(PanelError) in try step.run(table, columns: columns, panel: panel) }
        }
    }

    @Test func winsorizingPercentilesMustBeOrderedFractions() throws {
        let table = try Self.table()
        for (lower, upper) in [(-0.1, 0.9), (0.5, 0.5), (0.9, 0.1), (0.0, 1.5), (Double.nan, 0.9)] {
            Self.expectError(.invalidOption) { () throws(PanelError) in
                _ = try Winsorization.apply(table, columns: ["x"], lower: lower, upper: upper, groupOf: nil, at: "/steps/3")
            }
        }
        let (same, report) = try Winsorization.apply(table, columns: ["x"], lower: 0, upper: 1, groupOf: nil, at: "/steps/3")
        #expect(same == table)
        #expect(report.counts.map { $0.name } == ["x.clipped_low", "x.clipped_high", "x.lower_bound", "x.upper_bound"])
        #expect(report.counts.map { $0.value } == [0, 0, 1, 5])
    }

    @Test func standardizingNeedsVarianceInEveryGroup() throws {
        let table = try Self.table()
        Self.expectError(.invalidData) { () throws(PanelError) in
            _ = try Standardization.apply(table, columns: ["flat"], groupOf: nil, at: "/steps/3")
        }
        // group 7 (rows 1–2) has a single observed x: no sd on n − 1
        Self.expectError(.invalidData) { () throws(PanelError) in
            _ = try Standardization.apply(table, columns: ["x"], groupOf: [7, 7, 8, 8, 8], at: "/steps/3")
        }
        // year 2002 has no observed x: that group is skipped, not an error
        _ = try Standardization.apply(table, columns: ["x"], groupOf: [2001, 2002, 2003, 2001, 2003], at: "/steps/3")
        // by unit: unit 1 has x = 1, 3 (mean 2, sd √2); unit 2 has 5, 4 (mean 4.5, sd √0.5)
        let (scaled, _) = try Standardization.apply(table, columns: ["x"], groupOf: [0, 0, 0, 1, 1], at: "/steps/3")
        guard case .numeric(let z)? = scaled.column(named: "x")?.values else { Issue.record("x not numeric"); return }
        let half = 0.5.squareRoot()
        PreparationFixture.expectClose(z, [-1 / 2.0.squareRoot(), .nan, 1 / 2.0.squareRoot(), 0.5 / half, -0.5 / half],
                                       tolerance: 1e-15, "by-unit z")
    }

    @Test func fillingNeedsNeighboursInTime() throws {
        let table = try Self.table()
        let panel = try PanelIndex(table: table, id: "id", time: "year", at: "/panel")
        let (filled, report) = try AdjacentMeanImputation.apply(table, columns: ["x"], panel: panel, at: "/steps/3")
        guard case .numeric(let x)? = filled.column(named: "x")?.values else { Issue.record("x not numeric"); return }
        #expect(x == [1, 2, 3, 5, 4])
        #expect(report.step == "impute_adjacent_mean" && report.columns == ["x"])
        #expect(report.counts.map { $0.name } == ["x.filled", "x.still_missing"])
        #expect(report.counts.map { $0.value } == [1, 0])
    }

    @Test func balanceCheckListsMissingPairs() throws {
        let table = try Self.table()
        let panel = try PanelIndex(table: table, id: "id", time: "year", at: "/panel")
        let report = BalanceCheck.report(table, panel: panel)
        #expect(report.step == "balance" && report.columns == ["id", "year"])
        #expect(report.counts.map { $0.name } == ["units", "periods", "rows", "missing_pairs", "balanced"])
        #expect(report.counts.map { $0.value } == [2, 3, 5, 1, 0])
        #expect(report.notes == ["unbalanced: 1 of 6 (unit, period) pairs have no row", "id = 2, year = 2002"])
    }

    @Test func balanceCheckOnTheExamplePanelAndTheHandPanel() throws {
        let nqpf = try PreparationFixture.table("nqpf_input.csv")
        let balanced = BalanceCheck.report(nqpf, panel: try PanelIndex(table: nqpf, id: "city", time: "year", at: "/panel"))
        #expect(balanced.counts.map { $0.value } == [45, 11, 495, 0, 1])
        #expect(balanced.notes == ["balanced: 45 units × 11 periods"])
        let hand = try PreparationFixture.table("hand_input.csv")
        let gaps = BalanceCheck.report(hand, panel: try PanelIndex(table: hand, id: "id", time: "year", at: "/panel"))
        #expect(gaps.counts.map { $0.value } == [4, 8, 20, 12, 0])
        #expect(gaps.notes.count == 13)
        #expect(gaps.notes.prefix(3) == ["unbalanced: 12 of 32 (unit, period) pairs have no row", "id = B, year = 2003", "id = C, year = 2001"])
    }

    @Test func balanceCheckListsAtMostFiftyPairs() throws {
        var csv = "id,year\n"
        for unit in 0..<60 { csv += "\(unit),\(unit == 0 ? 1 : 2)\n" }
        csv += "0,2\n"
        let table = try DataTable(csv: try CSVReader.parse(Array(csv.utf8)))
        let report = BalanceCheck.report(table, panel: try PanelIndex(table: table, id: "id", time: "year", at: "/panel"))
        #expect(PreparationFixture.count(report, "missing_pairs") == 59)
        #expect(report.notes.count == 1 + BalanceCheck.listedPairLimit)
        #expect(report.notes.first == "unbalanced: 59 of 120 (unit, period) pairs have no row (first 50 listed)")
        #expect(report.notes[1] == "id = 1, year = 1")
    }
}
