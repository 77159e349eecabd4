/// `"data": {"file": BASE64, "format", "encoding", "sheet", "labels"}`: a data file's bytes (standard base64, padded)
/// read into a table by the reader of its format — told by its content (`DataFileFormat`) unless `format` names it:
/// CSV text in any `TextEncoding`, Stata `.dta` (`StataFile`), Excel `.xlsx` (`ExcelWorkbook`).
struct DataFileRequest {
    static let members = ["file"] + optionMembers
    static let labelChoices = ["strings", "codes"]

    var format: DataFileFormat?
    var encoding: TextEncoding?
    /// The worksheet of a workbook to read (nil: the first).
    var sheet: String?
    /// Whether Stata value labels replace the codes they label (`"labels": "strings"`, the default).
    var valueLabelsAsText = true

    /// The options beside `file` in `data`, checked.
    init(_ data: JSONObject) throws(PanelError) {
        if let name = try data.string("format", at: "/data") {
            guard let format = DataFileFormat(rawValue: name.lowercased()) else {
                throw PanelError(.invalidOption, "format '\(name)' is not one PanelCore reads: "
                                 + DataFileFormat.names.joined(separator: ", ") + ClosestName.suggestion(for: name, among: DataFileFormat.names),
                                 at: "/data/format")
            }
            self.format = format
        }
        if let name = try data.string("encoding", at: "/data") {
            guard let encoding = TextEncoding(named: name) else {
                throw PanelError(.invalidOption, "encoding '\(name)' is not one PanelCore reads: "
                                 + TextEncoding.names.joined(separator: ", ") + ClosestName.suggestion(for: name, among: TextEncoding.names),
                                 at: "/data/encoding")
            }
            self.encoding = encoding
        }
        sheet = try data.string("sheet", at: "/data")
        if let labels = try data.string("labels", at: "/data") {
            guard Self.labelChoices.contains(labels) else {
                throw PanelError(.invalidOption, "labels is \"strings\" (value labels replace the codes) or \"codes\"", at: "/data/labels")
            }
            valueLabelsAsText = labels == "strings"
        }
    }

    /// The options a file beside the request (`PanelCoreABI.respond(to:file:)`) may have in `data`.
    static let optionMembers = ["format", "encoding", "sheet", "labels"]

    /// The table in the base64 `text` of a file.
    func table(base64 text: String) throws(PanelError) -> DataTable {
        try table(bytes: try Self.decodeBase64(text))
    }

    /// The table in `file` (errors at `/data/file`). CSV that reads as UTF-8 is streamed (`CSVColumnReader`; a large
    /// file in parts at once on `file.executor`, `CSVPartedReading`); when
    /// that fails — malformed UTF-8 that may be GB18030, or any other error — the file is read whole, as `table(bytes:)`
    /// reads it, which gives the decoded table or the error with the same words and place as a whole reading.
    func table(_ file: DataFileReader) throws(PanelError) -> DataTable {
        let location = "/data/file"
        let head = try file.prefix(Self.headLength, at: location)
        var format = self.format
        if format == nil { format = try DataFileFormat.detect(head, at: location) }
        guard format == .csv else { return try table(bytes: try file.allBytes(at: location)) }
        let (chosen, hasUTF8Mark) = TextEncoding.chosen(forTextStartingWith: head, forced: encoding)
        if chosen == nil || chosen == .utf8 {
            let start = hasUTF8Mark ? 3 : 0
            do {
                let columns: [DataColumn]
                if let parted = CSVPartedReading.columns(of: file, from: start, at: location) {
                    columns = parted
                } else {
                    columns = try CSVColumnReader.columns(at: location, byteCount: file.byteCount) { (reader) throws(PanelError) in
                        try file.read(from: start, at: location) { (piece) throws(PanelError) in try reader.feed(piece) }
                    }
                }
                return try DataTable(columns: columns) { name in "/data/csv: line 1, column '" + name + "'" }
            } catch {
                // Read whole below, which answers with the decoded table or with this error as a whole reading words it.
            }
        }
        return try table(bytes: try file.allBytes(at: location))
    }

    /// The bytes format and encoding detection look at.
    private static let headLength = 4096

    /// The table in a file's `bytes` (errors at `/data/file`).
    func table(bytes: consuming [UInt8]) throws(PanelError) -> DataTable {
        let location = "/data/file"
        var format = self.format
        if format == nil { format = try DataFileFormat.detect(bytes, at: location) }
        switch format ?? .csv {
        case .csv:
            return try TextEncoding.reading(bytes, forced: encoding, at: location) { (text) throws(PanelError) -> DataTable in
                try DataTable(csvText: text, at: location)
            }
        case .dta:
            return try StataFile(bytes, at: location).table(valueLabelsAsText: valueLabelsAsText)
        case .xlsx:
            return try ExcelWorkbook(bytes, at: location).table(sheet: sheet)
        }
    }

    /// The bytes of padded standard base64 text, or `invalid_data` at `/data/file`.
    private static func decodeBase64(_ text: String) throws(PanelError) -> [UInt8] {
        guard let decoded = Base64.bytes(of: Array(text.utf8)) else {
            throw PanelError(.invalidData, "the file must be standard base64 with padding; its length \(text.utf8.count) is not a multiple of 4",
                             at: "/data/file")
        }
        if let invalid = decoded.invalidAt {
            throw PanelError(.invalidData, "the file is not base64 (standard alphabet, padded): character \(invalid + 1) is not", at: "/data/file")
        }
        return decoded.bytes
    }
}
