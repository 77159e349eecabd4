/// RFC 4180 CSV reader for UTF-8 bytes.
///
/// Comma separator; fields optionally double-quoted (`""` inside quotes is one quote); quoted fields may contain
/// commas, CR and LF; records end with LF or CRLF; a UTF-8 byte order mark at the start is skipped; the final
/// line break is optional and blank lines at the end are ignored. Beyond RFC 4180, a `"` that is not the first
/// byte of a field is kept literally (`12"3` reads as `12"3`), as in csv-spectrum's location_coordinates case.
/// Rejected with `.invalidCSV`: empty input, a record whose field count differs from the header's
/// (at "line L"), an unterminated quoted field, bytes other than a comma or line break after a closing quote,
/// a carriage return not followed by LF outside quotes, and malformed UTF-8 (at "line L, column C").
public enum CSVReader {
    /// Parses a whole CSV text; the first record is the header.
    public static func parse(_ bytes: [UInt8]) throws(PanelError) -> CSVTable {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PanelError) -> CSVTable in
            let body = UnsafeBufferPointer(rebasing: buffer[TextPosition.byteOrderMarkLength(of: buffer)...])
            var scanner = CSVFieldScanner(bytes: body)
            guard let header = try scanner.nextRecord() else {
                throw PanelError(.invalidCSV, "the CSV text is empty (no header line)", at: "line 1")
            }
            var table = CSVTable(header: header, records: [], recordLines: [])
            while true {
                let line = scanner.line
                guard let record = try scanner.nextRecord(expectedFieldCount: header.count) else { return table }
                guard record.count == header.count else {
                    throw CSVFieldScanner.fieldCountError(record.count, header: header.count, line: line)
                }
                table.records.append(record)
                table.recordLines.append(line)
            }
        }
    }
}
