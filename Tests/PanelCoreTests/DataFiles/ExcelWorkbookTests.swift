import Foundation
import Testing
@testable import PanelCore

/// Excel workbooks written by openpyxl and xlsxwriter (references/xlsx/generate_xlsx_fixtures.py) read to the same
/// columns as their CSV twins (the cells read back by openpyxl); corrupt archives and streams are errors.
@Suite struct ExcelWorkbookTests {
    @Test(arguments: [("openpyxl.xlsx", "openpyxl_Panel.csv"), ("openpyxl_stored.xlsx", "openpyxl_Panel.csv"),
                      ("xlsxwriter.xlsx", "xlsxwriter.csv"), ("xlsxwriter_inline.xlsx", "xlsxwriter_inline.csv")])
    func firstSheetReadsLikeItsTwin(workbook: String, twin: String) throws {
        let table = try DataFileReading.table(Fixtures.bytes("xlsx/\(workbook)"))
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("xlsx/\(twin)"), workbook)
    }

    @Test func namedSheetStartingAwayFromA1() throws {
        let table = try DataFileReading.table(Fixtures.bytes("xlsx/openpyxl.xlsx"), options: ["sheet": "Offset"])
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("xlsx/openpyxl_Offset.csv"), "Offset")
    }

    @Test func valueUnderEmptyHeaderIsAnError() {
        #expect(throws: PanelError(.invalidData, "column B has values but no name in the header row (row 1)", at: "/data/file")) {
            try DataFileReading.table(Fixtures.bytes("xlsx/openpyxl.xlsx"), options: ["sheet": "Gap"])
        }
    }

    @Test func unknownSheetSuggestsOne() {
        #expect(throws: PanelError(.invalidOption, "the workbook has no sheet 'panel'; its sheets: Panel, Offset, Gap; did you mean 'Panel'?",
                                   at: "/data/sheet")) {
            try DataFileReading.table(Fixtures.bytes("xlsx/openpyxl.xlsx"), options: ["sheet": "panel"])
        }
    }

    @Test(arguments: [30, 200, 1000, 3000, 5000])
    func truncatedArchiveIsAnError(length: Int) {
        let bytes = Array(Fixtures.bytes("xlsx/xlsxwriter.xlsx").prefix(length))
        #expect(throws: PanelError.self) { try DataFileReading.table(bytes) }
    }

    @Test func everyCorruptedByteAnswersWithoutTrapping() {
        let original = Fixtures.bytes("xlsx/xlsxwriter.xlsx")
        for offset in stride(from: 0, to: original.count, by: 19) {
            var bytes = original
            bytes[offset] ^= 0x5A
            _ = try? DataFileReading.table(bytes)
        }
    }

    @Test func zipWithoutWorkbookIsNamed() throws {
        // A zip archive with one stored, empty entry "a.txt" (written by Python's zipfile).
        let archive = Data(base64Encoded: "UEsDBBQAAAAAAIGjhl0AAAAAAAAAAAAAAAAFAAAAYS50eHRQSwECFAMUAAAAAACBo4ZdAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAgAEAAAAAYS50eHRQSwUGAAAAAAEAAQAzAAAAIwAAAAAA")!
        do {
            _ = try DataFileReading.table([UInt8](archive))
            Issue.record("a zip without xl/workbook.xml should be refused")
        } catch {
            #expect(error.code == .invalidData && error.message.hasPrefix("a zip archive without xl/workbook.xml"))
        }
    }
}

/// The DEFLATE decoder on streams from zlib (Python's `zlib.compress(…, wbits=-15)`) and on corrupt ones.
@Suite struct InflaterTests {
    @Test func fixedAndDynamicBlocks() throws {
        // "hello hello hello" (a fixed-Huffman block) and 400 letters from a linear congruential generator (a dynamic
        // block), raw DEFLATE from zlib level 9.
        let fixed: [UInt8] = [0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00]
        #expect(try Inflater.inflate(fixed[...], expectedSize: 17) == Array("hello hello hello".utf8))
        var state: UInt64 = 1
        let alphabet = Array("aaaaaaabbbcd e".utf8)
        let text = (0..<400).map { _ -> UInt8 in
            state = (state * 1_103_515_245 + 12_345) % (1 << 31)
            return alphabet[Int((state >> 16) % 14)]
        }
        let stream = [UInt8](Data(base64Encoded: "PVCBDcAwCHqF10D9/4WBNuuWrUUEapGc0RAcsH2SXwNlLKs4i6HHXwIqqiDNPCrfwr9rtdUskL/pLKHlsi2KqHB8FCK9Nm3/"
                                                   + "WnfzVsdlTvpjsM5cclywoR1sqfGJqvftK6j+HKxkNVxHdJd4cikcz0HVSJSVmzPrdjztQNx0bda+YOVnrorUjKe1A8hmO7Oc"
                                                   + "PcXaraeb0e2tEgJrNg8Q3kTIDw==")!)
        #expect(stream[0] >> 1 & 3 == 2)
        #expect(try Inflater.inflate(stream[...], expectedSize: 400) == text)
    }

    @Test func corruptStreamsAreFailures() {
        let cases: [([UInt8], Int)] = [
            ([0x07], 1),                                   // reserved block type 3
            ([0x01, 0x05, 0x00, 0x00, 0x00], 5),           // stored block whose length and complement disagree
            ([0xCB, 0x48, 0xCD], 17),                      // cut off
            ([0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00], 5),  // longer than declared
            ([0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00], 40), // shorter than declared
            ([0x63, 0x00, 0x02, 0x00], 10),                // a distance before the start
        ]
        for (stream, size) in cases {
            #expect(throws: Inflater.Failure.self) { try Inflater.inflate(stream[...], expectedSize: size) }
        }
    }

    /// Random streams and random files of every kind end in an answer (a value or an error), never a trap or a hang.
    @Test func randomInputsAnswer() {
        var random = SplitMix64(seed: 20)
        for _ in 0..<2000 {
            let stream = (0..<Int(random.next() % 96)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            _ = try? Inflater.inflate(stream[...], expectedSize: Int(random.next() % 4096))
        }
        let magics: [[UInt8]] = [Array("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>".utf8),
                                 [0x72, 0x02, 0x01, 0x00], [0x50, 0x4B, 0x03, 0x04], [0xFF, 0xFE], [0x81, 0x30]]
        for k in 0..<1000 {
            let tail = (0..<Int(random.next() % 200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            _ = try? DataFileReading.table(magics[k % magics.count] + tail)
        }
    }
}
