import Dispatch
import Testing
@testable import PanelCore

/// A CSV text read in parts at once (`CSVPartedReading`, parts of a few bytes here instead of 8 MiB) against the same
/// text read by one reader: the same columns and bits whenever the parts are joined, and the one reader's answer
/// (table or error) from `DataFileRequest` in every case — with cuts next to blank lines, CRLF, quoted line breaks,
/// text after numbers, errors in a later part, and with the parts run on threads at once.
@Suite struct CSVPartedReadingTests {
    /// The host's executor: the parts on threads at once.
    static let threads = ReplicationExecutor(concurrency: 4) { count, body in
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: count) { body($0) }
        }
    }

    /// The columns read in parts (nil when not joined) and the whole reading's, each as `CSVColumnReaderTests.outcome`.
    static func readings(_ text: String, parts: Int, minimumPartBytes: Int) -> (parted: [String]?, whole: [String]) {
        let bytes = Array(text.utf8)
        var file = DataFileReader(bytes: bytes)
        file.executor = ReplicationExecutor(concurrency: parts, forEach: threads.forEach)
        let whole = CSVColumnReaderTests.outcome(CSVColumnReaderTests.fastTable, bytes)
        guard let columns = CSVPartedReading.columns(of: file, from: 0, minimumPartBytes: minimumPartBytes, at: "/data/csv") else {
            return (nil, whole)
        }
        let parted = CSVColumnReaderTests.outcome({ (_) throws(PanelError) -> DataTable in
            try DataTable(columns: columns) { name in "/data/csv: line 1, column '" + name + "'" }
        }, bytes)
        return (parted, whole)
    }

    /// Expects the parts, when joined, to give the whole reading, for 2 to 5 parts of at least 16 to 64 bytes.
    static func expectSameWhenJoined(_ text: String, _ comment: String) {
        for parts in 2...5 {
            for minimum in [16, 40, 64] {
                let (parted, whole) = readings(text, parts: parts, minimumPartBytes: minimum)
                if let parted { #expect(parted == whole, "\(comment): \(parts) parts of at least \(minimum) bytes") }
            }
        }
    }

    static func numericText(rows: Int) -> String {
        var text = "id,year,y,x\n"
        for row in 0..<rows { text += "\(row / 10),\(2001 + row % 10),\(Double(row) / 7),\(row % 13 == 0 ? "" : String(Double(row) * 1e-3))\n" }
        return text
    }

    @Test func aNumericFileIsReadInPartsWithTheSameBits() {
        let text = Self.numericText(rows: 500)
        for parts in 2...5 {
            let (parted, whole) = Self.readings(text, parts: parts, minimumPartBytes: 64)
            #expect(parted == whole, "\(parts) parts")
        }
    }

    @Test func textColumnsAndCRLFAreJoined() {
        var text = "id,name,x\r\n"
        for row in 0..<300 { text += "\(row),\(row % 7 == 0 ? "NA" : "城市\(row % 5)"),\(row % 11 == 0 ? "." : String(row))\r\n" }
        let (parted, whole) = Self.readings(text, parts: 3, minimumPartBytes: 64)
        #expect(parted == whole)
        Self.expectSameWhenJoined(text, "text and CRLF")
    }

    /// Blank lines are records of one field in a one-column file and errors in a wider one; a cut never moves them.
    @Test func blankLinesNextToCutsReadAsOneReaderReadsThem() {
        var single = "x\n"
        var wide = "x,y\n"
        for row in 0..<200 {
            single += row % 9 == 0 ? "\n\n" : "\(row)\n"
            wide += "\(row),\(row)\n" + (row == 150 ? "\n" : "")
        }
        Self.expectSameWhenJoined(single, "one column with blank lines")
        Self.expectSameWhenJoined(single + "\n\n\n", "trailing blank lines")
        Self.expectSameWhenJoined(wide, "a blank line inside a wider file")
    }

    @Test func quotedLineBreaksAcrossCutsAreNeverSplit() {
        var text = "id,note\n"
        for row in 0..<200 { text += "\(row),\"line one\nline two \(row)\n\nand \"\"three\"\"\"\n" }
        Self.expectSameWhenJoined(text, "quoted line breaks")
    }

    @Test func textAfterNumbersInALaterPartIsReadAgainByOneReader() throws {
        var text = Self.numericText(rows: 400)
        text += "7,2001,abc,1\n"
        Self.expectSameWhenJoined(text, "text after numbers")
        #expect(Self.readings(text, parts: 2, minimumPartBytes: 64).parted == nil)
        let file = DataFileReader(bytes: Array(text.utf8))
        var threaded = file
        threaded.executor = Self.threads
        let expected = CSVColumnReaderTests.outcome({ (_) throws(PanelError) -> DataTable in try DataFileRequest(JSONObject()).table(file) }, [])
        let got = CSVColumnReaderTests.outcome({ (_) throws(PanelError) -> DataTable in try DataFileRequest(JSONObject()).table(threaded) }, [])
        #expect(got == expected)
    }

    @Test func anErrorInALaterPartIsTheOneReadersError() {
        for ending in ["1,2\n", "1,2,inf,3\n", "1,2,\"3\n"] {
            let text = Self.numericText(rows: 400) + ending
            Self.expectSameWhenJoined(text, "error")
            #expect(Self.readings(text, parts: 3, minimumPartBytes: 64).parted == nil, "\(ending)")
        }
    }

    /// Random texts of tricky fields (quoted line breaks and quotes, CRLF, blank lines, text among numbers, missing
    /// markers, short records): whenever the parts are joined they give the whole reading.
    @Test func randomTrickyTextsJoinOnlyToTheWholeReading() {
        var generator = SplitMix64(seed: 20261207)
        let fields = ["1", "-2.5", "3e2", "", "NA", ".", "abc", "\"q\"", "\"a,b\"", "\"x\ny\"", "\"\"\"\"", "城", " 4 ", "1e999"]
        let breaks = ["\n", "\r\n", "\n\n"]
        var joined = 0
        for round in 0..<300 {
            var text = "a,b,c\n"
            for _ in 0..<(20 + Int(generator.next() % 60)) {
                let count = generator.next() % 10 == 0 ? 2 : 3
                let rowFields = (0..<count).map { column -> String in
                    let numeric = round % 3 != 0 || column == 0
                    return numeric ? fields[Int(generator.next() % 3)] : fields[Int(generator.next() % UInt64(fields.count))]
                }
                text += rowFields.joined(separator: ",") + breaks[generator.next() % 8 == 0 ? Int(generator.next() % 3) : 0]
            }
            let parts = 2 + Int(generator.next() % 4)
            let (parted, whole) = Self.readings(text, parts: parts, minimumPartBytes: 16)
            if let parted {
                joined += 1
                #expect(parted == whole, "round \(round)")
            }
        }
        #expect(joined > 0)
    }
}
