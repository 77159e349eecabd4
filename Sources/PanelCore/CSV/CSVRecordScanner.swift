/// Splits CSV bytes into records of unquoted field strings, counting physical lines.
struct CSVRecordScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The 1-based physical line of the cursor.
    private(set) var line = 1
    /// An offset at or after the cursor known to hold a byte other than CR or LF (-1: none known).
    private var knownContentOffset = -1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next record's fields, or nil at the end of the input (including when only line breaks remain).
    /// `expectedFieldCount` only sizes the record's storage up front.
    mutating func nextRecord(expectedFieldCount: Int = 0) throws(PanelError) -> [String]? {
        guard !onlyLineBreaksRemain() else { return nil }
        var fields: [String] = []
        fields.reserveCapacity(expectedFieldCount)
        while true {
            fields.append(try readField())
            guard position < bytes.count else { return fields }
            switch bytes[position] {
            case UInt8(ascii: ","):
                position += 1
            case 0x0A:
                position += 1
                line += 1
                return fields
            default:  // CR: readField stops only at a CR that starts CRLF
                position += 2
                line += 1
                return fields
            }
        }
    }

    /// True at the end of the input or when everything left is CR and LF (trailing blank lines).
    /// Remembers the first byte of content found, so a run of blank lines is scanned once, not once per line.
    private mutating func onlyLineBreaksRemain() -> Bool {
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

    /// Reads one field, leaving the cursor on the comma, line break or end that follows it.
    private mutating func readField() throws(PanelError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return try readUnquotedField() }
        let opening = position
        position += 1
        var runStart = position
        var unescaped: [UInt8] = []  // filled only once a doubled quote has been seen
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<position])
                position += 1
                let isDoubled = position < bytes.count && bytes[position] == UInt8(ascii: "\"")
                if !isDoubled && runStart == opening + 1 {  // no doubled quote at all: the field is one run
                    try expectFieldEnd()
                    return String(decoding: run, as: UTF8.self)
                }
                unescaped.append(contentsOf: run)
                if !isDoubled {
                    try expectFieldEnd()
                    return String(decoding: unescaped, as: UTF8.self)
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

    private mutating func readUnquotedField() throws(PanelError) -> String {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: ","), 0x0A:
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            case 0x0D:
                guard position + 1 < bytes.count, bytes[position + 1] == 0x0A else {
                    throw error("carriage return without line feed (records end with LF or CRLF)", at: position)
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            default:
                try skipCharacter()
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }

    /// After a closing quote: only a comma, LF, CRLF or the end may follow.
    private func expectFieldEnd() throws(PanelError) {
        guard position < bytes.count else { return }
        switch bytes[position] {
        case UInt8(ascii: ","), 0x0A: return
        case 0x0D where position + 1 < bytes.count && bytes[position + 1] == 0x0A: return
        default:
            throw error("unexpected " + TextPosition.describeByte(at: position, in: bytes)
                        + " after a closing quote (expected ',' or a line break)", at: position)
        }
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

    private func error(_ message: String, at offset: Int) -> PanelError {
        PanelError(.invalidCSV, message, at: TextPosition.lineAndColumn(of: offset, in: bytes))
    }
}
