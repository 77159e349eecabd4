import Testing
@testable import PanelCore

/// JSONWriter: escaping, number formatting (part of ABI version 1), layout, and round trips through JSONReader.
@Suite struct JSONWriterTests {
    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    @Test func escapesOnlyQuoteBackslashAndControlCharacters() {
        let value = JSONValue.string("a\"b\\c\u{8}\u{C}\n\r\t\u{0}\u{1}\u{1F}\u{7F}é/€𝄞")
        #expect(Self.text(JSONWriter.serialize(value))
                == "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\u{7F}é/€𝄞\"")
    }

    /// The formatting rule of the ABI, case by case (expected strings written by hand from the rule).
    @Test(arguments: [
        (495.0, "495"), (-3.0, "-3"), (0.0, "0"), (-0.0, "-0.0"), (0.1, "0.1"), (1e-05, "1e-05"),
        (1.5e300, "1.5e+300"), (9_007_199_254_740_991.0, "9007199254740991"),
        (-9_007_199_254_740_991.0, "-9007199254740991"), (9_007_199_254_740_992.0, "9007199254740992.0"),
        (1e16, "1e+16"), (2.5, "2.5"), (-1234.5678, "-1234.5678"), (Double.leastNonzeroMagnitude, "5e-324"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        (Double.infinity, "null"), (-Double.infinity, "null"), (Double.nan, "null"),
    ])
    func formatsNumbers(value: Double, expected: String) {
        #expect(JSONWriter.formatNumber(value) == expected)
    }

    @Test func compactLayout() {
        var object = JSONObject()
        object.append("b", .array([.number(1), .null, .bool(true), .array([]), .object(JSONObject())]))
        object.append("a", .string("x"))
        object.append("b", .number(-0.5))
        #expect(Self.text(JSONWriter.serialize(.object(object))) == #"{"b":[1,null,true,[],{}],"a":"x","b":-0.5}"#)
    }

    @Test func indentedLayout() {
        var inner = JSONObject()
        inner.append("x", .array([]))
        var object = JSONObject()
        object.append("a", .array([.number(1), .object(inner)]))
        object.append("b", .object(JSONObject()))
        let expected = "{\n  \"a\": [\n    1,\n    {\n      \"x\": []\n    }\n  ],\n  \"b\": {}\n}"
        #expect(Self.text(JSONWriter.serialize(.object(object), indent: 2)) == expected)
        #expect(Self.text(JSONWriter.serialize(.number(3), indent: 4)) == "3")
        #expect(Self.text(JSONWriter.serialize(.array([.null]), indent: 0)) == "[\nnull\n]")
    }

    /// serialize(parse(x)) is a fixed point for every accepted JSONTestSuite text, compact and indented.
    @Test(arguments: JSONTestSuiteTests.paths(prefix: "y_")) func roundTripIsStable(path: String) throws {
        let value = try JSONReader.parse(TextFormatTestSupport.bytes(atPath: path))
        let compact = JSONWriter.serialize(value)
        let reread = try JSONReader.parse(compact)
        #expect(reread == value)
        #expect(JSONWriter.serialize(reread) == compact)
        #expect(try JSONReader.parse(JSONWriter.serialize(value, indent: 3)) == value)
    }

    /// Every finite double survives formatNumber → JSONReader bit for bit (200,000 seeded random bit patterns
    /// plus random integers below 2^53); tolerance: exact bits.
    @Test func numbersRoundTripBitExactly() throws {
        var generator = SplitMix64(seed: 20_261_121)
        var mismatches: [String] = []
        for index in 0..<200_000 {
            let x = index % 4 == 0
                ? Double(Int64.random(in: -(1 << 53) + 1...(1 << 53) - 1, using: &generator))
                : Double(bitPattern: generator.next())
            guard x.isFinite else { continue }
            let text = JSONWriter.formatNumber(x)
            guard case .number(let y) = try JSONReader.parse(Array(text.utf8)), y.bitPattern == x.bitPattern else {
                mismatches.append(text)
                continue
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func writesValuesDeeperThanTheReaderAccepts() {
        var value = JSONValue.number(1)
        for _ in 0..<2_000 { value = .array([value]) }
        let text = JSONWriter.serialize(value)
        #expect(text.count == 4_001)
        #expect(text.first == UInt8(ascii: "[") && text.last == UInt8(ascii: "]"))
    }
}
