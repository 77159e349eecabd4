import Testing
@testable import PanelCore

/// Hand-written checks of JSONReader: values, documented decisions, and error places ("line L, column C").
@Suite struct JSONReaderTests {
    static func parse(_ text: String) throws(PanelError) -> JSONValue {
        try JSONReader.parse(Array(text.utf8))
    }

    @Test func readsNestedValuesInDocumentOrder() throws {
        let value = try Self.parse(#" {"b": [1, -2.5e1, true, null], "a": {"": "x"}, "c": false} "#)
        var inner = JSONObject()
        inner.append("", .string("x"))
        let expected = JSONValue.object(JSONObject([
            .init(key: "b", value: .array([.number(1), .number(-25), .bool(true), .null])),
            .init(key: "a", value: .object(inner)),
            .init(key: "c", value: .bool(false)),
        ]))
        #expect(value == expected)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["c"] == .bool(false))
        #expect(object["missing"] == nil)
    }

    @Test func duplicateKeysAreKeptAndTheLastOneIsRead() throws {
        guard case .object(let object) = try Self.parse(#"{"k": 1, "j": 0, "k": 2}"#) else {
            Issue.record("not an object"); return
        }
        #expect(object.keys == ["k", "j", "k"])
        #expect(object["k"] == .number(2))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try Self.parse(#"["\"\\\/\b\f\n\r\t", "\u00e9\u20AC\ud834\udd1e", "é€𝄞"]"#)
        #expect(value == .array([.string("\"\\/\u{8}\u{C}\n\r\t"), .string("é€𝄞"), .string("é€𝄞")]))
    }

    @Test func loneSurrogateEscapesAreRejected() {
        #expect(TextFormatTestSupport.jsonError(#"["\ud800"]"#)?.message == #"unpaired surrogate escape \uD800"#)
        #expect(TextFormatTestSupport.jsonError(#"["\udc00\ud800"]"#)?.message == #"unpaired surrogate escape \uDC00"#)
        #expect(TextFormatTestSupport.jsonError(#"["\ud800\u0041"]"#)?.location == "line 1, column 3")
    }

    @Test func leadingByteOrderMarkIsSkippedAndNotCounted() throws {
        #expect(try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(1)]))
        let error = try #require(TextFormatTestSupport.jsonError("\u{FEFF}[x]"))
        #expect(error.location == "line 1, column 2")
    }

    @Test func numbersUnderflowButDoNotOverflow() throws {
        #expect(try Self.parse("1e-400") == .number(0))
        #expect(try Self.parse("-0").sign == .minus)
        #expect(try Self.parse("4.9e-324") == .number(Double.leastNonzeroMagnitude))
        let overflow = try #require(TextFormatTestSupport.jsonError("[0, -1e309]"))
        #expect(overflow.message == "number out of range")
        #expect(overflow.location == "line 1, column 5")
    }

    @Test func nestingIsCappedAtTheMaximumDepth() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(TextFormatTestSupport.jsonError(deepest) == nil)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(TextFormatTestSupport.jsonError(tooDeep)?.message == "nesting deeper than 512")
        let objects = String(repeating: #"{"a":"#, count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let error = try #require(TextFormatTestSupport.jsonError(objects))
        #expect(error.message == "nesting deeper than 512")
        #expect(error.location == "line 1, column 2561")
    }

    /// Each bad input with its expected message and place; columns count Unicode scalars.
    @Test(arguments: [
        ("[1,\n  2,\n  x]", "unexpected 'x', expected a value", "line 3, column 3"),
        (#"{"a" 1}"#, "unexpected '1', expected ':' after the member name", "line 1, column 6"),
        (#"["é", tru]"#, "invalid literal, expected 'true'", "line 1, column 7"),
        ("[1, 2", "unexpected end of input, expected ',' or ']'", "line 1, column 6"),
        ("\r\n\r\n  [\"abc", "unterminated string", "line 3, column 4"),
        ("[01]", "leading zeros are not allowed in numbers", "line 1, column 2"),
        ("[1.]", "unexpected ']', expected a digit after the decimal point", "line 1, column 4"),
        ("{\"a\":1,}", "unexpected '}', expected a member name in double quotes", "line 1, column 8"),
        ("[\"a\tb\"]", "control character U+0009 must be escaped in a string", "line 1, column 4"),
        (#"["\x"]"#, "invalid escape character 'x'", "line 1, column 3"),
        ("[1] 2", "unexpected '2', expected the end of input after the JSON value", "line 1, column 5"),
        ("", "unexpected end of input, expected a value", "line 1, column 1"),
    ])
    func errorMessagesAndPlaces(input: String, message: String, location: String) throws {
        let error = try #require(TextFormatTestSupport.jsonError(input))
        #expect(error.code == .invalidJSON)
        #expect(error.message == message)
        #expect(error.location == location)
    }

    @Test func malformedUTF8IsLocated() throws {
        let error = try #require(TextFormatTestSupport.jsonError(Array("[\"ab".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)))
        #expect(error.message == "invalid UTF-8 in string")
        #expect(error.location == "line 1, column 5")
    }
}

private extension JSONValue {
    /// The sign of a number value (test helper for negative zero).
    var sign: FloatingPointSign? {
        if case .number(let x) = self { return x.sign }
        return nil
    }
}
