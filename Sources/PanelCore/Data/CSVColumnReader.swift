/// Reads CSV bytes (UTF-8, a byte-order mark skipped) straight into the columns of a `DataTable`: the same
/// columns, values and errors as `DataTable(csv: CSVReader.parse(bytes))`, without its strings.
///
/// One scan reads the numbers: each field of a column that is numeric so far is parsed where it lies
/// (`CSVFieldScanner.plainNumber`; any other field through `CellText`, as the string path does) into storage
/// sized once from the count of line feeds. A column that meets text becomes a text column, and a second scan
/// collects the strings of the text columns only. Memory: the numbers, the text columns' strings and one numeric
/// column more while the columns are handed over; no record or field strings. Errors in the CSV structure
/// (anywhere in the text) come before errors in the data, and of those the first column's, as on the string path.
struct CSVColumnReader {
    private enum State { case numeric, text, invalid }

    private var scanner: CSVFieldScanner
    private let header: [String]
    private var states: [State]
    /// Column j's values so far (its numbers, NaN where missing) while it is numeric; `capacity` of them.
    private var numbers: [UnsafeMutablePointer<Double>]
    private var errors: [PanelError?]
    private var rowCount = 0

    /// The columns of the CSV text `body` (no byte-order mark). CSV errors are placed at `location + ": line …"`,
    /// data errors at `/data/csv: line L, column 'NAME'`.
    static func columns(of body: UnsafeBufferPointer<UInt8>, at location: String) throws(PanelError) -> [DataColumn] {
        var reader: CSVColumnReader
        do {
            reader = try CSVColumnReader(body)
        } catch {
            throw PanelError(error.code, error.message, at: location + ": " + error.location)
        }
        var handedOver = 0
        defer { for storage in reader.numbers[handedOver...] { storage.deallocate() } }
        do {
            try reader.readNumbers()
        } catch {
            throw PanelError(error.code, error.message, at: location + ": " + error.location)
        }
        if let error = reader.errors.lazy.compactMap({ $0 }).first { throw error }
        var texts = try reader.readTexts()
        var columns: [DataColumn] = []
        columns.reserveCapacity(reader.header.count)
        for (j, name) in reader.header.enumerated() {
            if reader.states[j] == .text {
                columns.append(DataColumn(name: name, values: .text(texts[j])))
                texts[j] = []
            } else {
                columns.append(DataColumn(name: name, values: .numeric(Array(UnsafeBufferPointer(start: reader.numbers[j], count: reader.rowCount)))))
            }
            reader.numbers[j].deallocate()
            handedOver += 1
        }
        return columns
    }

    /// Reads the header and sizes the columns' storage (errors at bare `line …`).
    private init(_ body: UnsafeBufferPointer<UInt8>) throws(PanelError) {
        scanner = CSVFieldScanner(bytes: body)
        guard let header = try scanner.nextRecord() else {
            throw PanelError(.invalidCSV, "the CSV text is empty (no header line)", at: "line 1")
        }
        self.header = header
        var lineFeeds = 0
        for index in scanner.position..<body.count where body[index] == 0x0A { lineFeeds += 1 }
        let capacity = lineFeeds + 1
        states = Array(repeating: .numeric, count: header.count)
        errors = Array(repeating: nil, count: header.count)
        numbers = header.map { _ in UnsafeMutablePointer<Double>.allocate(capacity: capacity) }
    }

    /// The first scan: every record's field count, UTF-8 and quoting checked; numeric columns' values stored.
    private mutating func readNumbers() throws(PanelError) {
        let width = header.count
        while !scanner.onlyLineBreaksRemain() {
            let line = scanner.line
            var j = 0
            repeat {
                if j < width && states[j] == .numeric {
                    if let x = scanner.plainNumber() {
                        numbers[j][rowCount] = x
                    } else {
                        try readCell(column: j, line: line)
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

    /// A field of numeric column j that is not a plain number: read as text and classified by `CellText`.
    private mutating func readCell(column j: Int, line: Int) throws(PanelError) {
        let range = try scanner.readField()  // read first: `text(of:)` must see the `unescaped` it leaves
        let field = scanner.text(of: range)
        switch CellText.reading(field, column: header[j], line: line) {
        case .missing: numbers[j][rowCount] = .nan
        case .number(let x): numbers[j][rowCount] = x
        case .text: states[j] = .text
        case .invalid(let error):
            states[j] = .invalid
            errors[j] = error
        }
    }

    /// The second scan, only when some column is text: the text columns' cells (nil where missing), by column.
    private func readTexts() throws(PanelError) -> [[String?]] {
        var texts: [[String?]] = Array(repeating: [], count: header.count)
        guard states.contains(.text) else { return texts }
        for j in states.indices where states[j] == .text { texts[j].reserveCapacity(rowCount) }
        var scanner = CSVFieldScanner(bytes: self.scanner.bytes)
        _ = try scanner.nextRecord()
        for _ in 0..<rowCount {
            var j = 0
            repeat {
                let field = try scanner.readField()
                if states[j] == .text {
                    let text = scanner.text(of: field)
                    texts[j].append(CellText.isMissing(text) ? nil : text)
                }
                j += 1
            } while !scanner.endField()
        }
        return texts
    }
}

extension DataTable {
    /// The table in CSV text (UTF-8; a byte-order mark is skipped), read by `CSVColumnReader`: the same table as
    /// `DataTable(csv: CSVReader.parse(bytes))`. CSV errors are placed at `location + ": line …"`.
    init(csvText bytes: UnsafeBufferPointer<UInt8>, at location: String) throws(PanelError) {
        let body = UnsafeBufferPointer(rebasing: bytes[TextPosition.byteOrderMarkLength(of: bytes)...])
        try self.init(columns: try CSVColumnReader.columns(of: body, at: location)) { name in "/data/csv: line 1, column '" + name + "'" }
    }
}
