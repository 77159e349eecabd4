/// Reads CSV bytes (UTF-8, a byte-order mark at the start skipped) straight into the columns of a `DataTable`, as a
/// stream: the same columns, values and errors as `DataTable(csv: CSVReader.parse(bytes))`, without its strings, for
/// every way the text is cut into pieces.
///
/// `feed` takes the text in pieces of any size and reads each piece's complete records where they lie; a record the
/// piece cuts (inside a quoted field, between CR and LF, inside a UTF-8 sequence) waits, copied, for the next piece,
/// and `finish` reads what is left. One scan reads everything: each field of a column that is numeric so far is
/// parsed where it lies (`CSVFieldScanner.plainNumber`; any other field through `CellText`, as the string path does),
/// and a column whose first non-missing field is text collects strings. A column that meets text after numbers no
/// longer has the text of its numbers: `finish` then answers `.readAgain(textColumns:)` and the caller feeds the
/// whole text once more to a reader told which columns are text (`columns(at:feedingAll:)` does). Memory: the
/// columns and one piece (plus a cut record). Errors in the CSV structure (anywhere in the text) come before errors
/// in the data, and of those the first column's, as on the string path. Malformed UTF-8 is an `invalid_csv` error
/// like the others; a caller that then tries another encoding (GB18030) starts over with the decoded text
/// (`TextEncoding.reading`, `DataFileRequest`). Given the text's size, the reader reserves the numeric columns once
/// the first piece is read, for the rows the whole text is estimated to hold, so that they do not grow by doubling.
struct CSVColumnReader {
    /// What a finished reading gives: the columns, or the columns that must be read as text from the start.
    enum Outcome {
        case columns([DataColumn])
        case readAgain(textColumns: [Bool])
    }

    private enum State { case numeric, text, textAfterNumbers, invalid }

    /// Where CSV structure errors are placed (`location + ": line …"`); data errors are at `/data/csv: line L, column 'NAME'`.
    private let location: String
    /// Which columns are read as text from the first record on (empty: none).
    private let declaredText: [Bool]
    /// The header's names; empty until the header is read (a header has at least one field).
    private var names: [String] = []
    private var states: [State] = []
    /// Column j's values (its numbers, NaN where missing) while it is numeric.
    private var numbers: [[Double]] = []
    /// Column j's cells (nil where missing) while it is text.
    private var texts: [[String?]] = []
    private var errors: [PanelError?] = []
    private var rowCount = 0
    /// The bytes fed but not read yet: the start of a record the last piece cut.
    private var pending: [UInt8] = []
    /// The line `pending` starts on.
    private var line = 1
    /// Whether the first bytes (where a byte-order mark may be) are still to be read.
    private var atStart = true
    /// `pending` is looked into again only once it holds this many bytes, so that a record longer than many pieces
    /// is scanned a few times, not once per piece.
    private var pendingToWaitFor = 0
    /// The size of the whole text in bytes when known (0: unknown), from which the columns are reserved.
    private let expectedByteCount: Int
    /// The bytes read so far (complete records, the byte-order mark and the header included).
    private var bytesRead = 0
    private var isReserved = false

    init(textColumns: [Bool] = [], byteCount: Int = 0, at location: String) {
        declaredText = textColumns
        expectedByteCount = byteCount
        self.location = location
    }

    /// A reader of a part of a CSV text that starts at a record after the header `header` (`CSVPartedReading`): it
    /// reads every record as data, with no byte-order mark before it.
    init(continuingAfter header: [String], byteCount: Int, at location: String) {
        self.init(byteCount: byteCount, at: location)
        atStart = false
        prepareColumns(for: header)
    }

    /// The columns of the CSV text that `feedingAll` feeds to a reader, read again (fed again) when a column turns
    /// out to be text after numbers.
    /// `byteCount`, the text's size when known, sizes the columns up front.
    static func columns(at location: String, byteCount: Int = 0,
                        feedingAll: (inout CSVColumnReader) throws(PanelError) -> Void) throws(PanelError) -> [DataColumn] {
        var textColumns: [Bool] = []
        while true {
            var reader = CSVColumnReader(textColumns: textColumns, byteCount: byteCount, at: location)
            try feedingAll(&reader)
            switch try reader.finish() {
            case .columns(let columns): return columns
            case .readAgain(let text): textColumns = text
            }
        }
    }

    /// Reads the complete records in `pending` followed by `piece`. A record the last piece cut is completed with
    /// the piece's first line only, so that the rest of the piece is read where it lies, not copied.
    mutating func feed(_ piece: UnsafeBufferPointer<UInt8>) throws(PanelError) {
        var rest = piece
        if !pending.isEmpty {
            let firstLineEnd = (piece.firstIndex(of: 0x0A) ?? piece.count - 1) + 1
            guard pending.count + firstLineEnd >= pendingToWaitFor else {
                pending.append(contentsOf: piece)
                return
            }
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: piece[..<firstLineEnd]))
            rest = UnsafeBufferPointer(rebasing: piece[firstLineEnd...])
            try readPending()
            guard pending.isEmpty else {  // the record goes on (a quoted line break): read it with the whole piece
                pending.append(contentsOf: rest)
                try readPending()
                return
            }
        }
        let read = try readRecords(in: rest, isLast: false)
        pending.append(contentsOf: UnsafeBufferPointer(rebasing: rest[read...]))
        pendingToWaitFor = read == 0 ? 2 * pending.count : 0
    }

    /// Reads the complete records of `pending` and keeps the rest.
    private mutating func readPending() throws(PanelError) {
        var buffer: [UInt8] = []
        swap(&buffer, &pending)
        let read = try buffer.withUnsafeBufferPointer { (bytes) throws(PanelError) -> Int in try readRecords(in: bytes, isLast: false) }
        buffer.removeSubrange(0..<read)
        swap(&buffer, &pending)
        pendingToWaitFor = read == 0 ? 2 * pending.count : 0
    }

    /// Reads the records fed but not read yet, the last one also without a line break after it.
    mutating func readRemaining() throws(PanelError) {
        var buffer: [UInt8] = []
        swap(&buffer, &pending)
        _ = try buffer.withUnsafeBufferPointer { (bytes) throws(PanelError) -> Int in try readRecords(in: bytes, isLast: true) }
    }

    /// Appends the records `later` read — a reader of the text right after this one's (`init(continuingAfter:)`),
    /// both with everything read (`readRemaining`) — when neither met a data error or a column that turned to text
    /// after numbers and every column is of the same kind in both; `later` is emptied column by column as it goes, so
    /// the two never hold a copy of one another. False, with nothing changed, when they cannot be joined.
    mutating func join(_ later: inout CSVColumnReader) -> Bool {
        guard names == later.names, states == later.states, !states.contains(.textAfterNumbers), !states.contains(.invalid) else { return false }
        for j in states.indices {
            if states[j] == .text {
                texts[j].append(contentsOf: later.texts[j])
                later.texts[j] = []
            } else {
                numbers[j].append(contentsOf: later.numbers[j])
                later.numbers[j] = []
            }
        }
        rowCount += later.rowCount
        return true
    }

    /// Reads what is left and gives the columns, or the first data error.
    mutating func finish() throws(PanelError) -> Outcome {
        try readRemaining()
        guard !names.isEmpty else { throw located(PanelError(.invalidCSV, "the CSV text is empty (no header line)", at: "line 1")) }
        if let error = errors.lazy.compactMap({ $0 }).first { throw error }
        if states.contains(.textAfterNumbers) {
            return .readAgain(textColumns: states.map { $0 == .text || $0 == .textAfterNumbers })
        }
        var columns: [DataColumn] = []
        columns.reserveCapacity(names.count)
        for (j, name) in names.enumerated() {
            if states[j] == .text {
                columns.append(DataColumn(name: name, values: .text(texts[j])))
                texts[j] = []
            } else {
                columns.append(DataColumn(name: name, values: .numeric(numbers[j])))
                numbers[j] = []
            }
        }
        return .columns(columns)
    }

    /// Reads the complete records of `bytes` (all of them when `isLast`), which start at a record start on `line`;
    /// the number of bytes read.
    private mutating func readRecords(in bytes: UnsafeBufferPointer<UInt8>, isLast: Bool) throws(PanelError) -> Int {
        var start = 0
        if atStart {
            guard isLast || bytes.count >= 3 else { return 0 }
            start = TextPosition.byteOrderMarkLength(of: bytes)
            atStart = false
        }
        let end = isLast ? bytes.count : start + CSVRecordBoundary.endOfCompleteRecords(in: UnsafeBufferPointer(rebasing: bytes[start...]))
        var scanner = CSVFieldScanner(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), firstLine: line)
        do {
            if names.isEmpty {
                guard let header = try scanner.nextRecord() else { return start }
                prepareColumns(for: header)
            }
            try readRecords(with: &scanner)
        } catch {
            throw located(error)
        }
        line = scanner.line
        bytesRead += start + scanner.position
        if !isReserved && rowCount > 0 { reserveColumns() }
        return start + scanner.position
    }

    /// Reserves every numeric column for the rows of the whole text, estimated from the bytes a record took so far,
    /// with a sixteenth to spare (capacity never written to is never touched, so an estimate too high costs address
    /// space, not memory); an estimate too low leaves the rest to the usual growth.
    private mutating func reserveColumns() {
        isReserved = true
        guard expectedByteCount > bytesRead, bytesRead > 0 else { return }
        let estimate = Double(rowCount) * Double(expectedByteCount) / Double(bytesRead)
        let rows = min(Int(estimate * (1 + 1.0 / 16)) + 16, expectedByteCount)
        for j in numbers.indices where states[j] == .numeric { numbers[j].reserveCapacity(rows) }
    }

    /// The columns' storage for `header`: text where declared, numeric otherwise.
    private mutating func prepareColumns(for header: [String]) {
        names = header
        states = header.indices.map { j in j < declaredText.count && declaredText[j] ? .text : .numeric }
        numbers = Array(repeating: [], count: header.count)
        texts = Array(repeating: [], count: header.count)
        errors = Array(repeating: nil, count: header.count)
    }

    /// Every record up to the end of the scanner's bytes or trailing line breaks: field counts, UTF-8 and quoting
    /// checked; numeric columns' values and text columns' cells stored. The numeric columns are taken out of `self`
    /// for the scan, so that a value reaches its column without checking the list of columns each time, and their
    /// values go through a block each (`CSVNumberStaging`).
    private mutating func readRecords(with scanner: inout CSVFieldScanner) throws(PanelError) {
        var columns: [[Double]] = []
        swap(&columns, &numbers)
        defer { swap(&columns, &numbers) }
        var values = [Double](repeating: 0, count: states.count * CSVNumberStaging.rows)
        var counts = [Int](repeating: 0, count: states.count)
        try columns.withUnsafeMutableBufferPointer { (columns) throws(PanelError) in
            try values.withUnsafeMutableBufferPointer { (values) throws(PanelError) in
                try counts.withUnsafeMutableBufferPointer { (counts) throws(PanelError) in
                    let staging = CSVNumberStaging(columns: columns, values: values, counts: counts)
                    defer { staging.flushAll() }
                    try readRecords(into: staging, with: &scanner)
                }
            }
        }
    }

    private mutating func readRecords(into numbers: CSVNumberStaging, with scanner: inout CSVFieldScanner) throws(PanelError) {
        let width = states.count
        while !scanner.onlyLineBreaksRemain() {
            let line = scanner.line
            var j = 0
            repeat {
                if j < width {
                    switch states[j] {
                    case .numeric:
                        if let x = scanner.plainNumber() {
                            numbers.append(x, column: j)
                        } else {
                            numbers.flush(column: j)
                            try readCell(column: j, values: &numbers.columns[j], line: line, with: &scanner)
                        }
                    case .text:
                        let field = try scanner.readField()  // read first: `text(of:)` must see the `unescaped` it leaves
                        let text = scanner.text(of: field)
                        texts[j].append(CellText.isMissing(text) ? nil : text)
                    case .textAfterNumbers, .invalid:
                        _ = try scanner.readField()
                    }
                } else {
                    _ = try scanner.readField()
                }
                j += 1
            } while !scanner.endField()
            guard j == width else {
                throw CSVFieldScanner.fieldCountError(j, header: width, line: line)
            }
            rowCount += 1
        }
    }

    /// A field of numeric column j (its `values`) that is not a plain number: read as text and classified by
    /// `CellText`. The column turns text here; its cells so far are kept when all were missing.
    private mutating func readCell(column j: Int, values: inout [Double], line: Int, with scanner: inout CSVFieldScanner) throws(PanelError) {
        let range = try scanner.readField()  // read first: `text(of:)` must see the `unescaped` it leaves
        let field = scanner.text(of: range)
        switch CellText.reading(field, column: names[j], line: line) {
        case .missing: values.append(.nan)
        case .number(let x): values.append(x)
        case .text:
            if values.allSatisfy({ $0.isNaN }) {
                texts[j] = Array(repeating: nil, count: rowCount)
                texts[j].append(field)
                states[j] = .text
            } else {
                states[j] = .textAfterNumbers
            }
            values = []
        case .invalid(let error):
            states[j] = .invalid
            errors[j] = error
        }
    }

    private func located(_ error: PanelError) -> PanelError {
        PanelError(error.code, error.message, at: location + ": " + error.location)
    }
}

extension DataTable {
    /// The table in CSV text (UTF-8; a byte-order mark is skipped), read by `CSVColumnReader`: the same table as
    /// `DataTable(csv: CSVReader.parse(bytes))`. CSV errors are placed at `location + ": line …"`.
    init(csvText bytes: UnsafeBufferPointer<UInt8>, at location: String) throws(PanelError) {
        let columns = try CSVColumnReader.columns(at: location, byteCount: bytes.count) { (reader) throws(PanelError) in try reader.feed(bytes) }
        try self.init(columns: columns) { name in "/data/csv: line 1, column '" + name + "'" }
    }
}
