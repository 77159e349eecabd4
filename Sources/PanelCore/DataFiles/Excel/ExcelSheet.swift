/// One worksheet's cells as a table: the first row holding a value gives the column names, every later row up to
/// the last one with a value is an observation (blank rows are rows of missing values). A column is numeric when
/// every value in it is a number or a text that reads as one (the CSV rules of `CellText`, including the missing
/// tokens `NA` and `.`); otherwise it is text, numbers written as the ABI writes them. A value under an empty header
/// cell is an error.
struct ExcelSheet {
    /// A cell's value.
    enum Value {
        case number(Double)
        case text(String)
    }

    /// The largest sheet Excel itself allows.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    /// Cells by column index (1-based), then by row number (1-based).
    private var cells: [Int: [Int: Value]] = [:]
    private let location: String

    init(_ xml: [UInt8], sharedStrings: [String], part: String, at location: String) throws(PanelError) {
        self.location = location
        var scanner = XMLScanner(xml, part: part, at: location)
        var row = 0, column = 0
        while let event = try scanner.next() {
            switch event {
            case .start("row", let attributes, _):
                row = try attributes.first { $0.name == "r" }.map { (text) throws(PanelError) -> Int in try Self.number(text.value, of: "row") } ?? row + 1
                column = 0
            case .start("c", let attributes, let isEmpty):
                if let reference = attributes.first(where: { $0.name == "r" })?.value {
                    (column, row) = try Self.cellPosition(reference, at: location)
                } else {
                    column += 1
                }
                guard !isEmpty, row >= 1 else { continue }
                let type = attributes.first { $0.name == "t" }?.value ?? "n"
                let (stored, inline) = try Self.contents(of: &scanner)
                if let value = try Self.value(type: type, stored: stored, inline: inline, sharedStrings: sharedStrings,
                                              cell: Self.reference(column, row), at: location) {
                    cells[column, default: [:]][row] = value
                }
            default: continue
            }
        }
    }

    /// The `<v>` text and the inline `<is><t>` text of the cell just started (formulas and phonetic runs left out).
    private static func contents(of scanner: inout XMLScanner) throws(PanelError) -> (stored: String?, inline: String) {
        var stored: String?
        var inline = ""
        while let event = try scanner.next() {
            switch event {
            case .start("v", _, false): stored = try scanner.text(until: "v")
            case .start("t", _, false): inline += try scanner.text(until: "t")
            case .start("f", _, false): _ = try scanner.text(until: "f")
            case .start("rPh", _, false): _ = try scanner.text(until: "rPh")
            case .end("c"): return (stored, inline)
            default: continue
            }
        }
        return (stored, inline)
    }

    /// The value of a cell of type `type` (`s` shared string, `inlineStr`, `b` boolean, `e` error, `str`/`d` text,
    /// `n` number); nil when it is missing.
    private static func value(type: String, stored: String?, inline: String, sharedStrings: [String], cell: String,
                              at location: String) throws(PanelError) -> Value? {
        switch type {
        case "inlineStr": return .text(inline)
        case "e": return nil
        case "b": return stored.map { .number($0 == "1" ? 1 : 0) }
        case "str", "d": return stored.map { .text($0) }
        case "s":
            guard let stored else { return nil }
            guard let index = Int(stored), index >= 0, index < sharedStrings.count else {
                throw PanelError(.invalidData, "cell \(cell) refers to shared string '\(stored)', which the workbook does not have", at: location)
            }
            return .text(sharedStrings[index])
        default:
            guard let stored, !stored.isEmpty else { return nil }
            guard let number = CellText.number(stored), number.isFinite else {
                throw PanelError(.invalidData, "cell \(cell) stores '\(stored)' as a number", at: location)
            }
            return .number(number)
        }
    }

    /// The table (see the type's description).
    func table() throws(PanelError) -> DataTable {
        let filled = cells.values.flatMap { column in column.compactMap { row, value in Self.isMissing(value) ? nil : row } }
        guard let headerRow = filled.min(), let lastRow = filled.max() else {
            throw PanelError(.invalidData, "the worksheet holds no values (a header row is needed)", at: location)
        }
        let rowCount = lastRow - headerRow
        let (cellCount, overflow) = rowCount.multipliedReportingOverflow(by: cells.count)
        guard !overflow, cellCount <= 1 << 28 else {
            throw PanelError(.tooLarge, "the worksheet spans \(rowCount) rows × \(cells.count) columns; the limit is 2^28 cells", at: location)
        }
        var columns: [DataColumn] = []
        for index in cells.keys.sorted() {
            let column = cells[index] ?? [:]
            let header = column[headerRow].map(Self.text) ?? ""
            let hasValues = column.contains { $0.key > headerRow && !Self.isMissing($0.value) }
            guard !header.isEmpty else {
                if hasValues {
                    throw PanelError(.invalidData, "column \(Self.reference(index, 1).dropLast()) has values but no name "
                                     + "in the header row (row \(headerRow))", at: location)
                }
                continue
            }
            let values = (0..<rowCount).map { column[headerRow + 1 + $0] }
            columns.append(DataColumn(name: header, values: Self.columnValues(values)))
        }
        return try DataTable(columns: columns)
    }

    /// Numbers when every present value reads as a number (or a missing token), text otherwise.
    private static func columnValues(_ values: [Value?]) -> DataColumn.Values {
        var numbers: [Double] = []
        numbers.reserveCapacity(values.count)
        for value in values {
            switch value {
            case nil: numbers.append(.nan)
            case .number(let x)?: numbers.append(x)
            case .text(let text)?:
                if CellText.isMissing(text) {
                    numbers.append(.nan)
                } else if let x = CellText.number(text), x.isFinite {
                    numbers.append(x)
                } else {
                    return .text(values.map { $0.map(Self.text).flatMap { CellText.isMissing($0) ? nil : $0 } })
                }
            }
        }
        return .numeric(numbers)
    }

    private static func text(_ value: Value) -> String {
        switch value {
        case .number(let x): return JSONWriter.formatNumber(x)
        case .text(let text): return text
        }
    }

    private static func isMissing(_ value: Value) -> Bool {
        if case .text(let text) = value { return CellText.isMissing(text) }
        return false
    }

    /// (column, row) of a reference such as `AB12`, within Excel's limits.
    private static func cellPosition(_ reference: String, at location: String) throws(PanelError) -> (Int, Int) {
        var column = 0
        var digits = Substring(reference)
        while let letter = digits.first?.asciiValue, letter >= 65, letter <= 90, column <= maximumColumns {
            column = column * 26 + Int(letter) - 64
            digits.removeFirst()
        }
        guard column >= 1, column <= maximumColumns, let row = Int(digits), row >= 1, row <= maximumRows else {
            throw PanelError(.invalidData, "the worksheet has the cell reference '\(reference)', outside A1…XFD1048576", at: location)
        }
        return (column, row)
    }

    /// A row or column number within Excel's limits.
    private static func number(_ text: String, of what: String) throws(PanelError) -> Int {
        guard let value = Int(text), value >= 1, value <= maximumRows else {
            throw PanelError(.invalidData, "the worksheet has the \(what) number '\(text)'", at: "/data/file")
        }
        return value
    }

    /// The A1-style reference of (column, row).
    private static func reference(_ column: Int, _ row: Int) -> String {
        var letters: [UInt8] = []
        var rest = column
        while rest > 0 {
            letters.insert(UInt8(65 + (rest - 1) % 26), at: 0)
            rest = (rest - 1) / 26
        }
        return String(decoding: letters, as: UTF8.self) + String(row)
    }
}
