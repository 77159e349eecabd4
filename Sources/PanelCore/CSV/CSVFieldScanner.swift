/// Moves through CSV bytes one field at a time, counting physical lines and checking UTF-8 on the way.
/// `bytes` may be a piece of a longer text that starts at a line start (`CSVColumnReader` scans a stream piece by
/// piece); `line` then starts at that line's number and error places count from it.
///
/// The cursor rests at the start of a field. `readField` leaves it on the comma, line break or end after the
/// field and gives the field's content as a range of the input (or, when the field has doubled quotes, as
/// `unescaped`); `endField` then moves past that separator. Nothing is copied for a field unless its text is
/// asked for (`text(of:)`), so a scan of numeric columns allocates nothing per field.
struct CSVFieldScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// The 1-based physical line of the cursor.
    private(set) var line = 1
    /// An offset at or after the cursor known to hold a byte other than CR or LF (-1: none known).
    private var knownContentOffset = -1
    /// The content of the last field read when it had doubled quotes (each pair made one quote).
    private(set) var unescaped: [UInt8] = []

    /// The line number of the first byte of `bytes`.
    private let firstLine: Int

    init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) {
        self.bytes = bytes
        line = firstLine
        self.firstLine = firstLine
    }

    /// The fields of the next record as strings, or nil at the end of the input (including when only line breaks
    /// remain). `expectedFieldCount` only sizes the record's storage up front.
    mutating func nextRecord(expectedFieldCount: Int = 0) throws(PanelError) -> [String]? {
        guard !onlyLineBreaksRemain() else { return nil }
        var fields: [String] = []
        fields.reserveCapacity(expectedFieldCount)
        repeat {
            let field = try readField()  // read first: `text(of:)` must see the `unescaped` it leaves
            fields.append(text(of: field))
        } while !endField()
        return fields
    }

    /// The text of a field `readField` returned.
    func text(of field: Range<Int>?) -> String {
        guard let field else { return String(decoding: unescaped, as: UTF8.self) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
    }

    /// True at the end of the input or when everything left is CR and LF (trailing blank lines).
    /// Remembers the first byte of content found, so a run of blank lines is scanned once, not once per line.
    mutating func onlyLineBreaksRemain() -> Bool {
        if position <= knownContentOffset { return false }
        var index = position
        while index < bytes.count {
            guard bytes[index] == 0x0A || bytes[index] == 0x0D else {
                knownContentOffset = index
                return false
            }
            index += 1
        }
        return true
    }

    /// Moves past the separator after a field; true when it ended the record (LF, CRLF or the end of the input).
    mutating func endField() -> Bool {
        guard position < bytes.count else { return true }
        switch bytes[position] {
        case UInt8(ascii: ","):
            position += 1
            return false
        case 0x0A:
            position += 1
        default:  // CR: readField stops only at a CR that starts CRLF
            position += 2
        }
        line += 1
        return true
    }

    /// Reads one field, leaving the cursor on the comma, line break or end that follows it. Returns the range of
    /// its content in `bytes`, or nil when the content is in `unescaped` (a quoted field with doubled quotes).
    mutating func readField() throws(PanelError) -> Range<Int>? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return try readUnquotedField() }
        let opening = position
        position += 1
        var runStart = position
        unescaped.removeAll(keepingCapacity: true)
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = runStart..<position
                position += 1
                let isDoubled = position < bytes.count && bytes[position] == UInt8(ascii: "\"")
                if !isDoubled && runStart == opening + 1 {  // no doubled quote at all: the field is one run
                    try expectFieldEnd()
                    return run
                }
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
                if !isDoubled {
                    try expectFieldEnd()
                    return nil
                }
                runStart = position  // the pair's second quote starts the next run, so one quote is kept
                position += 1
            } else {
                if byte == 0x0A { line += 1 }
                try skipCharacter()
            }
        }
        throw error("unterminated quoted field", at: opening)
    }

    private mutating func readUnquotedField() throws(PanelError) -> Range<Int> {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: ","), 0x0A:
                return start..<position
            case 0x0D:
                guard position + 1 < bytes.count, bytes[position + 1] == 0x0A else {
                    throw error("carriage return without line feed (records end with LF or CRLF)", at: position)
                }
                return start..<position
            default:
                try skipCharacter()
            }
        }
        return start..<position
    }

    /// Whether a field may end at `index`: at a comma, LF, CRLF or the end of the input.
    @inline(__always)
    func isFieldEnd(_ index: Int) -> Bool {
        guard index < bytes.count else { return true }
        switch bytes[index] {
        case UInt8(ascii: ","), 0x0A: return true
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A
        default: return false
        }
    }

    /// After a closing quote: only a comma, LF, CRLF or the end may follow.
    private func expectFieldEnd() throws(PanelError) {
        guard !isFieldEnd(position) else { return }
        throw error("unexpected " + TextPosition.describeByte(at: position, in: bytes)
                    + " after a closing quote (expected ',' or a line break)", at: position)
    }

    /// Moves past one ASCII byte or one well-formed UTF-8 sequence.
    private mutating func skipCharacter() throws(PanelError) {
        guard bytes[position] >= 0x80 else {
            position += 1
            return
        }
        guard let length = UTF8Validation.sequenceLength(in: bytes, at: position) else {
            throw error("invalid UTF-8 (" + TextPosition.describeByte(at: position, in: bytes)
                        + "): the CSV text is not UTF-8; re-save the file as UTF-8", at: position)
        }
        position += length
    }

    /// The error for a record of `count` fields under a header of `header` fields, at the record's first line.
    static func fieldCountError(_ count: Int, header: Int, line: Int) -> PanelError {
        func fields(_ count: Int) -> String { String(count) + (count == 1 ? " field" : " fields") }
        return PanelError(.invalidCSV, "record has " + fields(count) + ", the header has " + fields(header), at: "line " + String(line))
    }

    private func error(_ message: String, at offset: Int) -> PanelError {
        PanelError(.invalidCSV, message, at: TextPosition.lineAndColumn(of: offset, in: bytes, firstLine: firstLine))
    }
}
