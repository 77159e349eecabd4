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
        try parse(bytes, capturingNumericArraysIn: nil).value
    }

    /// Parses like `parse(_:)` (same value, same errors), except that each non-empty array holding only numbers
    /// that is a member of an object reached from the root object by the keys of `path` (duplicated keys are told
    /// apart by `memberPath`) comes back as doubles and stands in the tree as an empty array. Large
    /// numeric arrays (the request's data columns) then cost 8 bytes a number instead of a `JSONValue` each.
    /// Likewise a binary column there, `{"float64": BASE64}` or `{"int32": BASE64}` (`BinaryColumn`): its string
    /// is decoded straight from the input bytes (no `String` made) and stands in the tree as an empty array.
    static func parse(_ bytes: [UInt8], capturingNumericArraysIn path: [String]?) throws(PanelError)
        -> (value: JSONValue, numericArrays: [CapturedNumericArray]) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(PanelError) -> (value: JSONValue, numericArrays: [CapturedNumericArray]) in
            try parse(buffer, capturingNumericArraysIn: path)
        }
    }

    /// `parse(_:capturingNumericArraysIn:)` reading the bytes where they lie (no copy); nothing in the result refers
    /// to them, so the caller may release them once this returns.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, capturingNumericArraysIn path: [String]?) throws(PanelError)
        -> (value: JSONValue, numericArrays: [CapturedNumericArray]) {
        let body = UnsafeBufferPointer(rebasing: buffer[TextPosition.byteOrderMarkLength(of: buffer)...])
        var parser = JSONStructureParser(lexer: JSONLexer(bytes: body), capturePath: path)
        let value = try parser.parseDocument()
        return (value, parser.capturedArrays)
    }
}

/// An array of numbers read straight into doubles by `JSONReader.parse(_:capturingNumericArraysIn:)`.
struct CapturedNumericArray {
    /// Member positions from the root object down: the index, among its object's members, of each member on the
    /// capture path, then that of the array itself.
    let memberPath: [Int]
    let values: [Double]
    /// For a binary column: why its text is unusable (nil when it decoded; `values` are then its values).
    var problem: BinaryColumn.Problem? = nil
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
        /// For a captured array (values so far all numbers, gathered in `capturedNumbers`): its member positions.
        var capturedMemberPath: [Int]? = nil
        /// For an object in a captured array's place (a possible binary column): its member positions.
        var binaryColumnPath: [Int]? = nil
    }

    var lexer: JSONLexer
    private var open: [OpenContainer] = []
    private var pendingValues: [JSONValue] = []
    private var pendingKeys: [String] = []
    /// Keys from the root object to the object whose numeric array members are captured; nil: no capture.
    private let capturePath: [String]?
    /// The numbers of the open captured array (always the innermost container).
    private var capturedNumbers: [Double] = []
    private(set) var capturedArrays: [CapturedNumericArray] = []

    init(lexer: JSONLexer, capturePath: [String]?) {
        self.lexer = lexer
        self.capturePath = capturePath
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
            append(completed)
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
            let memberPath = capturedMemberPath()
            if memberPath != nil && !isObject { capturedNumbers.reserveCapacity(capturedArrays.last?.values.count ?? 0) }
            open.append(OpenContainer(isObject: isObject, firstValue: pendingValues.count, firstKey: pendingKeys.count,
                                      capturedMemberPath: isObject ? nil : memberPath,
                                      binaryColumnPath: isObject ? memberPath : nil))
            if isObject { try readMemberKey() }
            return nil
        case UInt8(ascii: "\""):
            if let memberPath = open.last?.binaryColumnPath, let width = BinaryColumn.width(of: pendingKeys[pendingKeys.count - 1]) {
                return try captureBinaryColumn(width: width, memberPath: memberPath)
            }
            return .string(try lexer.readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try lexer.readNumber())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return try lexer.readLiteral()
        default:
            throw lexer.unexpected(expecting: "a value")
        }
    }

    /// Reads the string at the cursor as a binary column's text, captures its decoded values (or its problem) and
    /// returns the empty-array placeholder. A text that decodes was all base64 letters, hence a valid JSON string
    /// with nothing to unescape; any other is read as a JSON string first (its JSON errors, its escapes).
    private mutating func captureBinaryColumn(width: Int, memberPath: [Int]) throws(PanelError) -> JSONValue {
        let bytes = lexer.bytes
        let start = lexer.position + 1
        let end = lexer.quoteOrBackslash(from: start)
        var decoded: (values: [Double], problem: BinaryColumn.Problem?) = ([], nil)
        if end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
            decoded = BinaryColumn.decode(UnsafeBufferPointer(rebasing: bytes[start..<end]), width: width)
        }
        if decoded.problem == nil && end < bytes.count && bytes[end] == UInt8(ascii: "\"") {
            lexer.position = end + 1
        } else {
            let text = try lexer.readString()
            decoded = Array(text.utf8).withUnsafeBufferPointer { BinaryColumn.decode($0, width: width) }
        }
        capturedArrays.append(CapturedNumericArray(memberPath: memberPath, values: decoded.values, problem: decoded.problem))
        return .array([])
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

    /// Adds a completed value to the innermost container. A captured array takes numbers as doubles; its first
    /// other value turns it back into an ordinary array (its numbers become pending values).
    private mutating func append(_ value: JSONValue) {
        if open[open.count - 1].capturedMemberPath != nil {
            if case .number(let number) = value {
                capturedNumbers.append(number)
                return
            }
            open[open.count - 1].capturedMemberPath = nil
            pendingValues.append(contentsOf: capturedNumbers.lazy.map { JSONValue.number($0) })
            capturedNumbers = []
        }
        pendingValues.append(value)
    }

    /// The member positions of a value of the innermost open object, when that object is reached from the root
    /// object by the keys of `capturePath` (each container on the way an object); nil otherwise.
    private func capturedMemberPath() -> [Int]? {
        guard let path = capturePath, open.count == path.count + 1, open[path.count].isObject else { return nil }
        var positions: [Int] = []
        for (depth, key) in path.enumerated() {
            let keyIndex = open[depth + 1].firstKey - 1
            guard open[depth].isObject, pendingKeys[keyIndex] == key else { return nil }
            positions.append(keyIndex - open[depth].firstKey)
        }
        return positions + [pendingKeys.count - 1 - open[path.count].firstKey]
    }

    /// Pops the innermost container and returns it as a value, built from its pending keys and values (a captured
    /// array is handed over as doubles and returned empty).
    private mutating func closeInnermost() -> JSONValue {
        let container = open.removeLast()
        if let memberPath = container.capturedMemberPath {
            capturedArrays.append(CapturedNumericArray(memberPath: memberPath, values: capturedNumbers))
            capturedNumbers = []
            return .array([])
        }
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
