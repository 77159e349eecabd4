import Testing
@testable import PanelCore

/// AdoptionTiming on a small hand-checked panel: units a (adopts 2012), b (never), c (adopts 2011, rows given out of
/// time order), d (treated from its first period, 2010 → always treated); the status and cohort forms must agree.
@Suite struct AdoptionTimingTests {
    static let ids: [String?] = ["a", "a", "a", "b", "b", "b", "c", "c", "c", "d", "d", "d"]
    static let years: [Double] = [2010, 2011, 2012, 2010, 2011, 2012, 2012, 2010, 2011, 2010, 2011, 2012]
    static let status: [Double] = [0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 1]
    static let cohort: [Double] = [2012, 2012, 2012, .nan, .nan, .nan, 2011, 2011, 2011, 2010, 2010, 2010]

    static func table(status: [Double] = status, cohort: [Double] = cohort) throws -> (DataTable, PanelIndex) {
        let table = try DataTable(columns: [
            DataColumn(name: "id", values: .text(ids)), DataColumn(name: "year", values: .numeric(years)),
            DataColumn(name: "d", values: .numeric(status)), DataColumn(name: "g", values: .numeric(cohort)),
        ])
        return (table, try PanelIndex(table: table, id: "id", time: "year", at: "/panel"))
    }

    func expectHandValues(_ timing: AdoptionTiming) {
        #expect(timing.adoptionOf == [2012, nil, 2011, 2010])
        #expect(timing.relativeTimeOf == [-2, -1, 0, nil, nil, nil, 1, -1, 0, 0, 1, 2])
        #expect(timing.cohorts == [2010, 2011, 2012])
        #expect(timing.neverTreatedUnits == [1])
        #expect(timing.alwaysTreatedUnits == [3])
        #expect(timing.warnings.count == 1)
        #expect(timing.treatedIndicator == Self.status)
    }

    @Test func statusColumnGivesHandValues() throws {
        let (table, panel) = try Self.table()
        expectHandValues(try AdoptionTiming(table: table, panel: panel, status: "d", at: "/x"))
    }

    @Test func cohortColumnGivesHandValues() throws {
        let (table, panel) = try Self.table()
        expectHandValues(try AdoptionTiming(table: table, panel: panel, cohort: "g", at: "/x"))
        let zeroForNever = try Self.table(cohort: Self.cohort.map { $0.isNaN ? 0 : $0 })
        expectHandValues(try AdoptionTiming(table: zeroForNever.0, panel: zeroForNever.1, cohort: "g", at: "/x"))
    }

    func expectInvalid(status: [Double]? = nil, cohort: [Double]? = nil, containing text: String) throws {
        let (table, panel) = try Self.table(status: status ?? Self.status, cohort: cohort ?? Self.cohort)
        do {
            _ = cohort == nil ? try AdoptionTiming(table: table, panel: panel, status: "d", at: "/x")
                              : try AdoptionTiming(table: table, panel: panel, cohort: "g", at: "/x")
            Issue.record("expected invalid_data containing '\(text)'")
        } catch {
            #expect(error.code == .invalidData)
            #expect(error.location == "/x")
            #expect(error.message.contains(text))
        }
    }

    @Test func badInputsAreRefused() throws {
        try expectInvalid(status: [0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1], containing: "absorbing")
        try expectInvalid(status: [0, 0, 2, 0, 0, 0, 1, 0, 1, 1, 1, 1], containing: "0 or 1")
        try expectInvalid(status: [0, 0, .nan, 0, 0, 0, 1, 0, 1, 1, 1, 1], containing: "0 or 1")
        try expectInvalid(status: [Double](repeating: 0, count: 12), containing: "no unit is ever treated")
        try expectInvalid(status: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1], containing: "never switches on")
        try expectInvalid(cohort: [2012, 2012, 2011, .nan, .nan, .nan, 2011, 2011, 2011, 2010, 2010, 2010], containing: "constant per unit")
        try expectInvalid(cohort: [2012.5, 2012.5, 2012.5, .nan, .nan, .nan, 2011, 2011, 2011, 2010, 2010, 2010], containing: "whole number")
        try expectInvalid(cohort: [Double](repeating: 0, count: 12), containing: "no unit is ever treated")
    }

    @Test func missingColumnIsUnknown() throws {
        let (table, panel) = try Self.table()
        #expect(throws: PanelError(.unknownColumn, "no column named 'z' in the data", at: "/x")) {
            try AdoptionTiming(table: table, panel: panel, status: "z", at: "/x")
        }
    }
}
