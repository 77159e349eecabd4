import Testing
@testable import PanelCore

/// CSV files in UTF-8 (with and without a byte-order mark), UTF-16 LE/BE and GBK/GB18030, written by Python's codecs
/// (references/encodings/generate_encoding_fixtures.py), read to the same table as the UTF-8 twin.
@Suite struct TextEncodingTests {
    @Test(arguments: ["utf8-bom", "utf16le", "utf16be", "gb18030"])
    func readsLikeTheUTF8Twin(name: String) throws {
        let table = try DataFileReading.table(Fixtures.bytes("encodings/\(name).csv"))
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("encodings/utf8.csv"), name)
    }

    @Test(arguments: [true, false])
    func utf16WithoutMarkIsDetected(littleEndian: Bool) throws {
        let bytes = Fixtures.bytes("encodings/\(littleEndian ? "utf16le" : "utf16be").csv").dropFirst(2)
        let table = try DataFileReading.table(Array(bytes))
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("encodings/utf8.csv"), "UTF-16 without a mark")
    }

    @Test func gbkIsDetected() throws {
        let table = try DataFileReading.table(Fixtures.bytes("encodings/gbk.csv"))
        DataFileReading.expectSameColumns(table, try DataFileReading.csvTable("encodings/gbk-twin.csv"), "gbk")
        #expect(table.column(named: "新质生产力")?.isNumeric == true)
    }

    @Test func encodingCanBeForced() throws {
        let table = try DataFileReading.table(Fixtures.bytes("encodings/gbk.csv"), options: ["encoding": "GBK"])
        #expect(table.columnNames == ["省份", "年份", "新质生产力", "备注"])
        #expect(throws: PanelError.self) { try DataFileReading.table(Fixtures.bytes("encodings/gbk.csv"), options: ["encoding": "utf-8"]) }
    }

    @Test func unknownEncodingSuggestsOne() {
        #expect(throws: PanelError(.invalidOption, "encoding 'utf-9' is not one PanelCore reads: utf-8, utf-16, gb18030; did you mean 'utf-8'?",
                                   at: "/data/encoding")) {
            try DataFileReading.table(Array("x\n1\n".utf8), options: ["encoding": "utf-9"])
        }
    }

    @Test func undecodableBytesNameTheOffset() {
        do {
            _ = try DataFileReading.table(Array("x,y\n1,".utf8) + [0xFF, 0xFE, 0x80] + Array("\n".utf8))
            Issue.record("bytes in no encoding should be refused")
        } catch {
            #expect(error.code == .invalidData)
            #expect(error.message.contains("not UTF-8 at byte offset 6"))
            #expect(error.message.contains("not GB18030 at byte offset 6"))
        }
    }

    @Test func unpairedSurrogateNamesTheOffset() {
        #expect(throws: PanelError(.invalidData, "UTF-16 text has an unpaired surrogate at byte offset 4", at: "/data/file")) {
            try DataFileReading.table([0xFF, 0xFE, 0x78, 0x00, 0x00, 0xD8, 0x0A, 0x00])
        }
    }

    @Test func gb18030FourByteCodesAtTheEdges() throws {
        // 0x81308130 = U+0080 (the first pointer), 0x8431A439 = U+FFFF (the last BMP one), 0x90308130 = U+10000.
        let bytes: [UInt8] = [0x81, 0x30, 0x81, 0x30, 0x84, 0x31, 0xA4, 0x39, 0x90, 0x30, 0x81, 0x30]
        let text = try TextEncoding.reading(bytes, forced: .gb18030, at: "") { Array($0) }
        #expect(Array(String(decoding: text, as: UTF8.self).unicodeScalars.map(\.value)) == [0x80, 0xFFFF, 0x10000])
    }
}
