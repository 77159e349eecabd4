import Testing
@testable import PanelCore

/// Hand-written checks of CSVReader: record structure, start lines, documented leniencies, errors and places.
@Suite struct CSVReaderTests {
    static func parse(_ text: String) throws(PanelError) -> CSVTable {
        try CSVReader.parse(Array(text.utf8))
    }

    @Test func readsQuotedFieldsAndRecordStartLines() throws {
        let table = try Self.parse("id,note\r\n1,\"a, \"\"b\"\"\r\nc\"\n2,\n3,\"\"\n")
        #expect(table.header == ["id", "note"])
        #expect(table.records == [["1", "a, \"b\"\r\nc"], ["2", ""], ["3", ""]])
        #expect(table.recordLines == [2, 4, 5])
    }

    @Test func doubledQuotesAnywhereInAQuotedField() throws {
        let table = try Self.parse("a,b,c,d\n\"\"\"\",\"\"\"x\",\"\",\"x\"\"\"\n")
        #expect(table.records == [["\"", "\"x", "", "x\""]])
    }

    @Test func finalLineBreakIsOptionalAndTrailingBlankLinesAreIgnored() throws {
        let expected = CSVTable(header: ["a", "b"], records: [["1", "2"]], recordLines: [2])
        #expect(try Self.parse("a,b\n1,2") == expected)
        #expect(try Self.parse("a,b\n1,2\n") == expected)
        #expect(try Self.parse("a,b\r\n1,2\r\n\r\n\n\r\n") == expected)
        #expect(try Self.parse("a,b\n") == CSVTable(header: ["a", "b"], records: [], recordLines: []))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("x,y\n1,2\n".utf8))
        #expect(table.header == ["x", "y"])
    }

    @Test func quoteInsideAnUnquotedFieldIsLiteral() throws {
        #expect(try Self.parse("h\n12\"3\n").records == [["12\"3"]])
    }

    @Test func blankLineInsideTheDataIsARecord() throws {
        #expect(try Self.parse("h\n\nz\n").records == [[""], ["z"]])
        let error = try #require(TextFormatTestSupport.csvError("a,b\n1,2\n\n3,4\n"))
        #expect(error.message == "record has 1 field, the header has 2 fields")
        #expect(error.location == "line 3")
    }

    /// Each bad input with its expected message and place.
    @Test(arguments: [
        ("a,b,c\n1,2,3\n4,5\n", "record has 2 fields, the header has 3 fields", "line 3"),
        ("a,b\n1,\"x\ny\",3\n", "record has 3 fields, the header has 2 fields", "line 2"),
        ("a,b\n1,\"2\n3,4\n", "unterminated quoted field", "line 2, column 3"),
        ("a,b\n\"é\"x,2\n", "unexpected 'x' after a closing quote (expected ',' or a line break)", "line 2, column 4"),
        ("a,b\r1,2\r", "carriage return without line feed (records end with LF or CRLF)", "line 1, column 4"),
        ("", "the CSV text is empty (no header line)", "line 1"),
        ("\n\r\n", "the CSV text is empty (no header line)", "line 1"),
    ])
    func errorMessagesAndPlaces(input: String, message: String, location: String) throws {
        let error = try #require(TextFormatTestSupport.csvError(input))
        #expect(error.code == .invalidCSV)
        #expect(error.message == message)
        #expect(error.location == location)
    }

    @Test func malformedUTF8IsLocated() throws {
        do throws(PanelError) {
            _ = try CSVReader.parse(Array("a\nok\nb".utf8) + [0xE2, 0x82] + Array(",\n".utf8))
            Issue.record("malformed UTF-8 accepted")
        } catch {
            #expect(error.code == .invalidCSV)
            #expect(error.message.hasPrefix("invalid UTF-8 (byte 0x") && error.message.hasSuffix("the CSV text is not UTF-8; re-save the file as UTF-8"))
            #expect(error.location == "line 3, column 2")
        }
    }
}
