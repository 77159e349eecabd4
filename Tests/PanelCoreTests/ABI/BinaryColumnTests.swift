import Testing
@testable import PanelCore

/// Binary data columns (`{"float64": BASE64}`, `{"int32": BASE64}`) against references/abi/make_binary_columns.py
/// (Python struct + base64): values bit for bit (tolerance 0; NaN = missing), every padding, the same table whether
/// the reader captures the column or the tree carries it, escapes honoured, and the documented errors.
@Suite struct BinaryColumnTests {
    /// The fixture's array `key` of objects.
    static func entries(_ key: String) -> [JSONObject] {
        guard case .object(let fixture)? = try? JSONReader.parse(Array(Fixtures.text("abi/binary-columns.json").utf8)),
              case .array(let items)? = fixture[key] else { return [] }
        return items.compactMap { if case .object(let entry) = $0 { return entry } else { return nil } }
    }

    /// A request whose data is the one column `name` written as `column` (JSON text).
    static func requestText(column: String, name: String = "x") -> String {
        #"{"abi": 1, "data": {"columns": {""# + name + #"": "# + column + #"}}, "model": {"estimator": "ols"}}"#
    }

    /// The data table of `text` as the request path reads it (captured) and as the plain tree reader gives it.
    static func tables(_ text: String) throws -> (captured: DataTable?, tree: DataTable) {
        let parsed = try JSONReader.parse(Array(text.utf8), capturingNumericArraysIn: Request.numericColumnsPath)
        let request = try Request(parsed.value, numericArrays: parsed.numericArrays)
        guard case .object(let root) = try JSONReader.parse(Array(text.utf8)), case .object(let data)? = root["data"],
              case .object(let columns)? = data["columns"] else { throw PanelError(.invalidRequest, "test request", at: "/") }
        return (request.data, try DataTable(jsonColumns: columns, at: "/data/columns"))
    }

    static func bits(_ column: DataColumn?) -> [UInt64?] {
        guard case .numeric(let values)? = column?.values else { return [] }
        return values.map { $0.isNaN ? nil : $0.bitPattern }
    }

    @Test func decodesEveryCaseBitForBit() throws {
        let cases = Self.entries("cases")
        #expect(cases.count == 11)
        for entry in cases {
            guard case .string(let encoding)? = entry["encoding"], case .string(let text)? = entry["base64"],
                  case .array(let values)? = entry["values"] else { Issue.record("malformed fixture entry"); continue }
            let expected = values.map { $0.numberValue?.bitPattern }
            let (captured, tree) = try Self.tables(Self.requestText(column: #"{""# + encoding + #"": ""# + text + #""}"#))
            #expect(Self.bits(captured?.columns.first) == expected, "\(encoding) \(text)")
            #expect(Self.bits(tree.columns.first) == expected, "\(encoding) \(text)")
        }
    }

    @Test func everyInvalidCharacterIsReportedWhereItStands() {
        // The long float64 case, with '*' (outside the alphabet) at each position in turn: the decoder names that
        // position, whether it falls in an 8-character block, in a remaining quad or in the padded final quad.
        let texts = Self.entries("cases").compactMap { entry -> String? in
            if case .string(let text)? = entry["base64"], text.utf8.count == 440 { return text } else { return nil }
        }
        guard let text = texts.first else { Issue.record("long case missing"); return }
        let original = Array(text.utf8)
        let byteCount = original.count / 4 * 3 - 2
        var output = [UInt8](repeating: 0, count: byteCount)
        for position in 0..<(original.count - 2) {
            var corrupted = original
            corrupted[position] = UInt8(ascii: "*")
            let reported = corrupted.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBytes { Base64.decode(input, into: $0, byteCount: byteCount) }
            }
            #expect(reported == position)
        }
    }

    @Test func escapedTextReadsAsItsCharacters() throws {
        // "AAAAAAAA+D8=" (1.5) with its first letter and its '/'-free tail escaped.
        let (captured, tree) = try Self.tables(Self.requestText(column: #"{"float64": "\u0041AAAAAAA+D8\u003D"}"#))
        #expect(Self.bits(captured?.columns.first) == [Double(1.5).bitPattern])
        #expect(Self.bits(tree.columns.first) == [Double(1.5).bitPattern])
    }

    @Test func invalidJSONInsideTheTextIsAJSONError() {
        let response = ABIClient.run(text: Self.requestText(column: "{\"float64\": \"AAAA\u{01}AAA+D8=\"}"))
        #expect(ABIClient.errorCode(response) == "invalid_json")
    }

    @Test func documentedErrors() {
        let cases = Self.entries("errors")
        #expect(cases.count == 10)
        for entry in cases {
            guard let column = entry["column"], case .string(let location)? = entry["where"] else {
                Issue.record("malformed fixture entry")
                continue
            }
            let text = String(decoding: JSONWriter.serialize(column), as: UTF8.self)
            let response = ABIClient.run(text: Self.requestText(column: text, name: "bad"))
            let error = response["error"] as? [String: Any] ?? [:]
            #expect(error["code"] as? String == "invalid_data", "\(entry["name"] ?? .null): \(response)")
            #expect(error["where"] as? String == location, "\(entry["name"] ?? .null): \(error)")
        }
    }

    @Test func binaryAndDecimalRequestsGiveTheSameResponse() {
        // Two-way FE with clustered errors on 6 rows; 1.5, 2.25, ... are exact in both forms.
        let decimal = #"{"abi": 1, "data": {"columns": {"g": [1, 1, 2, 2, 3, 3], "t": [1, 2, 1, 2, 1, 2], "x": [1.5, 2.25, -0.5, 4, 3, 0.75], "y": [1, 3.5, 2, -1, 0.25, 2]}}, "model": {"estimator": "ols", "formula": "y ~ x | g + t", "vcov": {"cluster": "g"}}}"#
        let binary = #"{"abi": 1, "data": {"columns": {"g": {"int32": "AQAAAAEAAAACAAAAAgAAAAMAAAADAAAA"}, "t": [1, 2, 1, 2, 1, 2], "x": {"float64": "AAAAAAAA+D8AAAAAAAACQAAAAAAAAOC/AAAAAAAAEEAAAAAAAAAIQAAAAAAAAOg/"}, "y": {"float64": "AAAAAAAA8D8AAAAAAAAMQAAAAAAAAABAAAAAAAAA8L8AAAAAAADQPwAAAAAAAABA"}}}, "model": {"estimator": "ols", "formula": "y ~ x | g + t", "vcov": {"cluster": "g"}}}"#
        let decimalResponse = PanelCoreABI.respond(to: Array(decimal.utf8))
        #expect(PanelCoreABI.isSuccess(decimalResponse))
        #expect(PanelCoreABI.respond(to: Array(binary.utf8)) == decimalResponse)
    }
}
