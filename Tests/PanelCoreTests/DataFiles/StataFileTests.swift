import Foundation
import Testing
@testable import PanelCore

/// Stata .dta files written by pandas and pyreadstat (references/dta/generate_dta_fixtures.py) read to the same
/// columns as their CSV twins (the same files read back by pandas); Hansen's xthreg file against the CSV.
@Suite struct StataFileTests {
    static let files = ["pandas_114", "pandas_117", "pandas_118", "pandas_119",
                        "pyreadstat_113", "pyreadstat_114", "pyreadstat_115", "pyreadstat_117", "pyreadstat_118"]

    @Test(arguments: files)
    func readsLikeItsCSVTwin(name: String) throws {
        let table = try DataFileReading.table(Fixtures.bytes("dta/\(name).dta"))
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("dta/\(name).csv"), name)
        #expect(table.column(named: "y")?.label == "Outcome (log points)")
    }

    @Test func formatIsForcedOrDetected() throws {
        let bytes = Fixtures.bytes("dta/pandas_118.dta")
        #expect(try DataFileReading.table(bytes, options: ["format": "dta"]).columnNames == (try DataFileReading.table(bytes)).columnNames)
        #expect(try DataFileReading.table(bytes).column(named: "city")?.label == "城市 name")
    }

    @Test func valueLabelsKeptAsCodes() throws {
        let table = try DataFileReading.table(Fixtures.bytes("dta/pyreadstat_118.dta"), options: ["labels": "codes"])
        #expect(table.column(named: "region")?.values == .numeric([1, 2, 1, 3, 2, 3]))
    }

    @Test func extendedMissingCodesAreMissing() throws {
        let table = try DataFileReading.table(Fixtures.bytes("dta/pyreadstat_117.dta"))
        guard case .numeric(let score)? = table.column(named: "score")?.values else { Issue.record("score should be numeric"); return }
        #expect(score[1].isNaN && score[3].isNaN && score[4].isNaN && score[0] == 4.5)
    }

    /// Hansen (1999) as xthreg ships it (format 118): exactly as pandas reads it, and against the CSV built from
    /// pdR's copy on the columns both distributions store alike (q and the regressors built from it are rounded
    /// differently in xthreg's file).
    @Test func hansenInvestmentData() throws {
        let table = try DataFileReading.table(Fixtures.bytes("dta/hansen1999.dta"))
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("dta/hansen1999_pandas.csv"), "hansen1999 (pandas)")
        let common = ["id", "year", "i", "c", "d", "d1", "c1"]
        DataFileReading.expectSameColumns(table.keepingColumns(common), try DataFileReading.csvTable("dta/hansen1999_invest.csv").keepingColumns(common),
                                          relative: 1e-7, "hansen1999 (pdR)")
    }

    @Test(arguments: [8, 40, 200, 700, 1500])
    func truncatedFileIsAnError(length: Int) {
        let bytes = Array(Fixtures.bytes("dta/pyreadstat_118.dta").prefix(length))
        #expect(throws: PanelError.self) { try DataFileReading.table(bytes, options: ["format": "dta"]) }
        let legacy = Array(Fixtures.bytes("dta/pyreadstat_114.dta").prefix(length))
        #expect(throws: PanelError.self) { try DataFileReading.table(legacy) }
    }

    @Test func lyingObservationCountIsAnError() throws {
        var bytes = Fixtures.bytes("dta/pyreadstat_114.dta")
        bytes[6] = 0xFF; bytes[7] = 0xFF; bytes[8] = 0xFF; bytes[9] = 0x7F
        do {
            _ = try DataFileReading.table(bytes)
            Issue.record("a lying observation count should be refused")
        } catch {
            #expect(error.code == .invalidData && error.message.contains("byte offset"))
        }
    }

    @Test func everyCorruptedByteAnswersWithoutTrapping() {
        let original = Fixtures.bytes("dta/pandas_117.dta")
        for offset in stride(from: 0, to: original.count, by: 7) {
            var bytes = original
            bytes[offset] ^= 0xA5
            _ = try? DataFileReading.table(bytes, options: ["format": "dta"])
        }
    }

    /// A libFuzzer finding (format 113, `fuzz_labelled_value_beyond_int.dta`): a labelled variable holding
    /// −8.5·10¹⁶⁸ trapped converting it to a label code. Labels name whole codes; other values show as numbers.
    @Test func labelledValueBeyondIntShowsAsItsNumber() throws {
        let table = try DataFileReading.table(Fixtures.bytes("dta/fuzz_labelled_value_beyond_int.dta"))
        guard case .text(let region)? = table.column(named: "region")?.values else { Issue.record("region should be text"); return }
        #expect(region.count == 6 && region[5] == "-8.527025314551459e+168")
    }

    @Test func unsupportedReleaseIsNamed() {
        var bytes = Fixtures.bytes("dta/pandas_117.dta")
        bytes[28] = UInt8(ascii: "1"); bytes[29] = UInt8(ascii: "2"); bytes[30] = UInt8(ascii: "0")
        #expect(throws: PanelError(.invalidData, "Stata .dta format 120 is not read; PanelCore reads formats 113–115 and 117–119 (Stata 8–18): "
                                   + "save it from a newer Stata, or with saveold, or export it to CSV", at: "/data/file")) {
            try DataFileReading.table(bytes)
        }
    }
}
