import Foundation
import Testing
@testable import PanelCore

/// Test-side helpers for the data-file readers: a file's table through the request form `{"file": BASE64, …}`, a
/// CSV twin's table, and the check that two tables hold the same columns.
enum DataFileReading {
    /// The table of `bytes` read as `"data": {"file": BASE64}` plus `options`.
    static func table(_ bytes: [UInt8], options: [String: String] = [:]) throws(PanelError) -> DataTable {
        var data = JSONObject()
        for (key, value) in options.sorted(by: { $0.key < $1.key }) { data.append(key, .string(value)) }
        return try DataFileRequest(data).table(base64: Data(bytes).base64EncodedString())
    }

    /// The table of a UTF-8 CSV fixture.
    static func csvTable(_ relativePath: String) throws(PanelError) -> DataTable {
        try DataTable(csv: try CSVReader.parse(Fixtures.bytes(relativePath)))
    }

    /// Records an issue unless the tables have the same column names, kinds and values (numbers within `relative`).
    static func expectSameColumns(_ read: DataTable, _ twin: DataTable, relative: Double = 0, _ what: String) {
        #expect(read.columnNames == twin.columnNames, "\(what): column names")
        #expect(read.rowCount == twin.rowCount, "\(what): rows")
        for column in twin.columns {
            guard let other = read.column(named: column.name) else { continue }
            switch (other.values, column.values) {
            case (.numeric(let a), .numeric(let b)):
                for (row, (x, y)) in zip(a, b).enumerated() where !(x.isNaN && y.isNaN) {
                    #expect(x == y || abs(x - y) <= relative * abs(y), "\(what): \(column.name) row \(row): \(x) vs \(y)")
                }
            case (.text(let a), .text(let b)):
                #expect(a == b, "\(what): \(column.name)")
            default:
                Issue.record("\(what): column \(column.name) is \(other.isNumeric ? "numeric" : "text") but its twin is not")
            }
        }
    }
}
