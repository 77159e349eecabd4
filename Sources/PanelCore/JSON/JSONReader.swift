/// Strict RFC 8259 JSON reader for UTF-8 bytes.
///
/// The parser is iterative (an explicit stack of open containers), so its native or wasm stack use does not grow
/// with the nesting depth; nesting is still capped at `maximumDepth`. Implementation-defined choices are listed
/// in docs/json-implementation-defined.md: a leading UTF-8 byte order mark is skipped; lone surrogate escapes,
/// malformed UTF-8 and numbers overflowing binary64 are rejected; duplicate object keys are kept in order.
public enum JSONReader {
    /// The deepest nesting of arrays and objects accepted; one more level gives
    /// `.invalidJSON` "nesting deeper than 512".
    public static let maximumDepth: Int = 512

    /// Parses one JSON text (any value at the top level, surrounded by optional whitespace).
    /// Throws `PanelError(.invalidJSON, message, at: "line L, column C")`; lines end at LF and columns count
    /// Unicode scalars, both 1-based.
    public static func parse(_ bytes: [UInt8]) throws(PanelError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PanelError) -> JSONValue in
            let body = UnsafeBufferPointer(rebasing: buffer[TextPosition.byteOrderMarkLength(of: buffer)...])
            var parser = JSONStructureParser(lexer: JSONLexer(bytes: body))
            return try parser.parseDocument()
        }
    }
}

/// The structure level of the JSON reader: values of open containers wait on one flat stack and are gathered
/// into an array or object when its closing bracket arrives.
private struct JSONStructureParser {
    /// An array or object that has been opened but not yet closed.
    private struct OpenContainer {
        var isObject: Bool
        /// Where this container's values start in `pendingValues`.
        var firstValue: Int
        /// Where this object's keys start in `pendingKeys`.
        var firstKey: Int
    }

    var lexer: JSONLexer
    private var open: [OpenContainer] = []
    private var pendingValues: [JSONValue] = []
    private var pendingKeys: [String] = []

    init(lexer: JSONLexer) {
        self.lexer = lexer
    }

    /// Parses the whole text: one value, then only whitespace.
    mutating func parseDocument() throws(PanelError) -> JSONValue {
        var value = try parseValueStart()
        while true {
            guard let completed = value else {
                value = try parseValueStart()
                continue
            }
            guard !open.isEmpty else {
                guard lexer.skipWhitespace() == nil else {
                    throw lexer.unexpected(expecting: "the end of input after the JSON value")
                }
                return completed
            }
            pendingValues.append(completed)
            value = try continueContainer()
        }
    }

    /// Reads what follows a value inside the innermost open container: a comma and the next value's start,
    /// or the closing bracket. Returns a completed value, or nil when a value is expected next.
    private mutating func continueContainer() throws(PanelError) -> JSONValue? {
        let container = open[open.count - 1]
        let closing = container.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        switch lexer.skipWhitespace() {
        case UInt8(ascii: ","):
            lexer.position += 1
            if container.isObject { try readMemberKey() }
            return try parseValueStart()
        case closing:
            lexer.position += 1
            return closeInnermost()
        default:
            throw lexer.unexpected(expecting: container.isObject ? "',' or '}'" : "',' or ']'")
        }
    }

    /// Reads a value at the cursor. Scalars and empty containers come back complete; a non-empty container is
    /// pushed as open (with its first key read, for an object) and nil comes back: its first value is next.
    private mutating func parseValueStart() throws(PanelError) -> JSONValue? {
        guard let byte = lexer.skipWhitespace() else { throw lexer.unexpected(expecting: "a value") }
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let isObject = byte == UInt8(ascii: "{")
            guard open.count < JSONReader.maximumDepth else {
                throw lexer.error("nesting deeper than " + String(JSONReader.maximumDepth), at: lexer.position)
            }
            lexer.position += 1
            let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if lexer.skipWhitespace() == closing {
                lexer.position += 1
                return isObject ? .object(JSONObject()) : .array([])
            }
            open.append(OpenContainer(isObject: isObject, firstValue: pendingValues.count, firstKey: pendingKeys.count))
            if isObject { try readMemberKey() }
            return nil
        case UInt8(ascii: "\""):
            return .string(try lexer.readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try lexer.readNumber())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return try lexer.readLiteral()
        default:
            throw lexer.unexpected(expecting: "a value")
        }
    }

    /// Reads `"key" :` inside an object, leaving the cursor before the member's value.
    private mutating func readMemberKey() throws(PanelError) {
        guard lexer.skipWhitespace() == UInt8(ascii: "\"") else {
            throw lexer.unexpected(expecting: "a member name in double quotes")
        }
        pendingKeys.append(try lexer.readString())
        _ = lexer.skipWhitespace()
        try lexer.expect(UInt8(ascii: ":"), "':' after the member name")
    }

    /// Pops the innermost container and returns it as a value, built from its pending keys and values.
    private mutating func closeInnermost() -> JSONValue {
        let container = open.removeLast()
        guard container.isObject else {
            if container.firstValue == 0 {
                defer { pendingValues = [] }
                return .array(pendingValues)  // the whole stack: hand it over instead of copying it
            }
            defer { pendingValues.removeSubrange(container.firstValue...) }
            return .array(Array(pendingValues[container.firstValue...]))
        }
        var members: [JSONObject.Member] = []
        members.reserveCapacity(pendingValues.count - container.firstValue)
        for (key, value) in zip(pendingKeys[container.firstKey...], pendingValues[container.firstValue...]) {
            members.append(JSONObject.Member(key: key, value: value))
        }
        pendingKeys.removeSubrange(container.firstKey...)
        pendingValues.removeSubrange(container.firstValue...)
        return .object(JSONObject(members))
    }
}
