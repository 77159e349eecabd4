/// Reads the top-level `"ok"` member of a response without decoding it: the status every host
/// reports (exit status of the command, return value of `pc_run`).
enum ResponseStatus {
    /// True when the response is a JSON object whose top-level member `"ok"` is `true`.
    /// Anything else — `"ok":false`, no such member, or bytes that are not a JSON object — is
    /// an error response. Strings are skipped with their escapes, so `"ok":true` inside a message
    /// or in a nested object does not count.
    static func isSuccess(_ response: [UInt8]) -> Bool {
        var scanner = TopLevelScanner(response)
        return scanner.topLevelOkIsTrue()
    }
}

/// A forward scan over one JSON object that tracks nesting depth and string boundaries.
private struct TopLevelScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func topLevelOkIsTrue() -> Bool {
        skipWhitespace()
        guard next() == UInt8(ascii: "{") else { return false }
        var depth = 1
        var expectingKey = true
        while index < bytes.count, depth > 0 {
            skipWhitespace()
            guard let byte = next() else { return false }
            switch byte {
            case UInt8(ascii: "\""):
                let start = index
                guard skipStringBody() else { return false }
                if depth == 1, expectingKey, bytes[start..<index - 1].elementsEqual("ok".utf8) {
                    skipWhitespace()
                    guard next() == UInt8(ascii: ":") else { return false }
                    skipWhitespace()
                    return bytes[index...].starts(with: "true".utf8)
                }
                expectingKey = false
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                expectingKey = depth == 1
            default:
                expectingKey = false
            }
        }
        return false
    }

    private mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    /// Moves past the closing quote of a string whose opening quote was consumed; false if unterminated.
    private mutating func skipStringBody() -> Bool {
        while let byte = next() {
            if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { return true }
        }
        return false
    }
}
