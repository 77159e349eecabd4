import Testing
@testable import PanelCore

/// The CSV bytes reader fed in pieces (`CSVColumnReader.feed`/`finish`) against the same text read whole: the same
/// columns, bits and errors (code, message, line and column) for pieces of 1, 2, 3, 7, 64 and 4096 bytes, on the
/// edge cases, csv-spectrum, random tricky decimals and texts made to cut records at every kind of place.
@Suite struct CSVStreamingTests {
    static let pieceSizes = [1, 2, 3, 7, 64, 4096]

    /// The table read from `bytes` fed in pieces of `size` bytes, the reader told the text's size is `byteCount`
    /// (0: not told).
    static func streamedTable(_ bytes: [UInt8], pieceSize size: Int, byteCount: Int = 0) throws(PanelError) -> DataTable {
        let columns = try bytes.withUnsafeBufferPointer { (text) throws(PanelError) -> [DataColumn] in
            try CSVColumnReader.columns(at: "/data/csv", byteCount: byteCount) { (reader) throws(PanelError) in
                var start = 0
                while start < text.count {
                    let end = min(start + size, text.count)
                    try reader.feed(UnsafeBufferPointer(rebasing: text[start..<end]))
                    start = end
                }
            }
        }
        return try DataTable(columns: columns) { name in "/data/csv: line 1, column '" + name + "'" }
    }

    /// Expects every piece size to give what the whole text gives.
    static func expectSameForEveryPieceSize(_ bytes: [UInt8], _ comment: String) {
        let whole = CSVColumnReaderTests.outcome(CSVColumnReaderTests.fastTable, bytes)
        for size in pieceSizes {
            let streamed = CSVColumnReaderTests.outcome({ (bytes) throws(PanelError) -> DataTable in try streamedTable(bytes, pieceSize: size) }, bytes)
            #expect(streamed == whole, "\(comment), pieces of \(size)")
        }
    }

    /// The size the columns are reserved from (right, far too small or too large, or an error's whole text) changes
    /// nothing read.
    @Test func theTextSizeGivenOnlyReservesStorage() {
        var text = "id,x,name\n"
        for row in 0..<3000 { text += "\(row),\(Double(row) / 7),\(row % 500 == 0 ? "NA" : "u\(row % 3)")\n" }
        let cases: [(String, String)] = [(text, "numbers and text"), (text + "1,abc,u\n", "text after numbers"), (text + "1,2\n", "short record")]
        for (text, comment) in cases {
            let bytes = Array(text.utf8)
            let whole = CSVColumnReaderTests.outcome(CSVColumnReaderTests.fastTable, bytes)
            for size in [7, 4096] {
                for byteCount in [1, bytes.count / 100, bytes.count, 10 * bytes.count] {
                    let streamed = CSVColumnReaderTests.outcome({ (bytes) throws(PanelError) -> DataTable in
                        try Self.streamedTable(bytes, pieceSize: size, byteCount: byteCount)
                    }, bytes)
                    #expect(streamed == whole, "\(comment), pieces of \(size), size given \(byteCount)")
                }
            }
        }
    }

    @Test(arguments: CSVColumnReaderTests.edgeCases)
    func edgeCasesReadTheSameInPieces(text: String) {
        Self.expectSameForEveryPieceSize(Array(text.utf8), text)
    }

    @Test(arguments: CSVSpectrumTests.csvPaths)
    func csvSpectrumReadsTheSameInPieces(path: String) {
        Self.expectSameForEveryPieceSize(TextFormatTestSupport.bytes(atPath: path), path)
    }

    @Test func randomTrickyDecimalsReadTheSameInPieces() {
        var random = Xoshiro256StarStar(seed: 20261208)
        for round in 0..<4 {
            var text = "a,b,c\n"
            for _ in 0..<150 {
                let record = (0..<3).map { _ in
                    switch random.nextInt(below: 20) {
                    case 0: return ["", "NA", "."][random.nextInt(below: 3)]
                    case 1: return "\"" + CSVColumnReaderTests.trickyDecimalWithin(&random) + "\""
                    case 2: return " " + CSVColumnReaderTests.trickyDecimalWithin(&random) + " "
                    default: return CSVColumnReaderTests.trickyDecimalWithin(&random)
                    }
                }
                text += record.joined(separator: ",") + (round % 2 == 0 ? "\n" : "\r\n")
            }
            Self.expectSameForEveryPieceSize(Array(text.utf8), "round \(round)")
        }
    }

    /// Records cut inside a quoted field with line breaks and doubled quotes, between CR and LF, inside multi-byte
    /// UTF-8 and inside a byte-order mark; text columns from the first record and after missing cells.
    @Test(arguments: [
        "\u{FEFF}id,name,x\r\n1,\"Zhang \"\"Wei\"\"\r\nline two\",1.5\r\n2,新质生产力,2.5\r\n3,\"\",NA\r\n",
        "region,y\n,1\nNA,2\n华东,3\n\"a,b\",4\n", "x,y\n\"1\n2\",3\n", "\u{FEFF}x\n1\n",
        "x,y\n1,2\n\n\n", "x,y\n1,2\n\n3,4\n", "x\n\"abc\"def\n",
    ])
    func cutRecordsReadTheSameInPieces(text: String) {
        Self.expectSameForEveryPieceSize(Array(text.utf8), text)
    }

    @Test func malformedUTF8IsPlacedTheSameInPieces() {
        let bytes = Array("a,b\n1,2\n3,".utf8) + [0xE6, 0x96] + Array("x\n".utf8)
        Self.expectSameForEveryPieceSize(bytes, "truncated sequence")
        #expect(CSVColumnReaderTests.outcome(CSVColumnReaderTests.fastTable, bytes).last == "/data/csv: line 3, column 3")
    }

    /// A column of numbers that meets text is read again as text from the start: its cells keep their spelling.
    @Test func numbersThenTextReadsTheColumnAgainAsText() throws {
        let bytes = Array("code,y\n01,1\n1.50,2\nNA,3\nA7,4\n".utf8)
        Self.expectSameForEveryPieceSize(bytes, "codes")
        let table = try Self.streamedTable(bytes, pieceSize: 3)
        guard case .text(let codes)? = table.column(named: "code")?.values else {
            Issue.record("code is not text")
            return
        }
        #expect(codes == ["01", "1.50", nil, "A7"])
    }
}
