/// The token level of the JSON reader: a cursor over UTF-8 bytes that skips whitespace, reads literals,
/// strings (JSONLexer+String.swift) and numbers (JSONLexer+Number.swift), and builds located errors.
struct JSONLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The byte at the cursor, or nil at the end of the input.
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Moves past RFC 8259 whitespace (space, tab, LF, CR) and returns the next byte, nil at the end.
    mutating func skipWhitespace() -> UInt8? {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return bytes[position]
            }
        }
        return nil
    }

    /// An `.invalidJSON` error located at byte `offset` ("line L, column C").
    func error(_ message: String, at offset: Int) -> PanelError {
        PanelError(.invalidJSON, message, at: TextPosition.lineAndColumn(of: offset, in: bytes))
    }

    /// The error for a byte that cannot start or continue what is expected here (or for the end of input).
    func unexpected(expecting what: String) -> PanelError {
        guard position < bytes.count else {
            return error("unexpected end of input, expected " + what, at: position)
        }
        return error("unexpected " + TextPosition.describeByte(at: position, in: bytes) + ", expected " + what,
                     at: position)
    }

    /// Consumes `byte` or throws "expected <what>".
    mutating func expect(_ byte: UInt8, _ what: String) throws(PanelError) {
        guard current == byte else { throw unexpected(expecting: what) }
        position += 1
    }

    /// Reads `true`, `false` or `null` at the cursor.
    mutating func readLiteral() throws(PanelError) -> JSONValue {
        let start = position
        let (word, value): ([UInt8], JSONValue)
        switch bytes[position] {
        case UInt8(ascii: "t"): (word, value) = (Array("true".utf8), .bool(true))
        case UInt8(ascii: "f"): (word, value) = (Array("false".utf8), .bool(false))
        default: (word, value) = (Array("null".utf8), .null)
        }
        for letter in word {
            guard current == letter else {
                throw error("invalid literal, expected '" + String(decoding: word, as: UTF8.self) + "'", at: start)
            }
            position += 1
        }
        return value
    }
}
