import Testing
@testable import PanelCore

/// `JSONReader.parse(_:capturingNumericArraysIn:)` gives the same document as `parse(_:)` once the captured arrays
/// are put back at their member paths, and the same errors; the request path reads the last `data`/`columns`.
@Suite struct JSONNumericCaptureTests {
    static let documents = [
        #"{"data": {"columns": {"x": [1, 2.5, -3e2], "y": [4, 5, 6]}}, "model": {"formula": "y ~ x"}}"#,
        #"{"data": {"columns": {"x": [null, 1], "g": ["a", "b"], "z": [1, "a"], "w": [1, [2, 3], 4], "v": []}}}"#,
        #"{"data": {"columns": {"x": [1, 2], "x": [3, {"k": [4]}]}}, "data": {"columns": {"x": [5, 6]}, "columns": 7}}"#,
        #"{"columns": {"x": [1, 2]}, "data": [{"columns": {"x": [1]}}], "other": {"data": {"columns": {"x": [1]}}}}"#,
        #"{"data": {"columns": {"x": [[1, 2], [3]], "y": [true, 1], "z": [0, -0, 1E+2, 0.000123]}}}"#,
        #"[{"data": {"columns": {"x": [1]}}}, 2]"#,
    ]

    static let invalidDocuments = [
        #"{"data": {"columns": {"x": [1, 2,]}}}"#,
        #"{"data": {"columns": {"x": [1, 2x]}}}"#,
        #"{"data": {"columns": {"x": [1, 01]}}}"#,
        #"{"data": {"columns": {"x": [1, 1e999]}}}"#,
        #"{"data": {"columns": {"x": [1, 2"#,
        #"{"data": {"columns": {"x": [1, -]}}}"#,
    ]

    /// `value` with `values` put back, as an array of numbers, at the member positions `path`.
    static func restoring(_ values: [Double], at path: ArraySlice<Int>, in value: JSONValue) -> JSONValue {
        guard let index = path.first, case .object(var object) = value else { return value }
        let member = object.members[index].value
        object.members[index].value = path.count == 1
            ? .array(values.map { .number($0) }) : restoring(values, at: path.dropFirst(), in: member)
        return .object(object)
    }

    @Test(arguments: documents, [["data", "columns"], [], ["data"]])
    func capturedArraysRestoreTheDocument(text: String, path: [String]) throws {
        let plain = try JSONReader.parse(Array(text.utf8))
        let parsed = try JSONReader.parse(Array(text.utf8), capturingNumericArraysIn: path)
        var restored = parsed.value
        for array in parsed.numericArrays {
            #expect(array.memberPath.count == path.count + 1)
            restored = Self.restoring(array.values, at: array.memberPath[...], in: restored)
        }
        #expect(restored == plain)
    }

    @Test func whatIsCaptured() throws {
        let parsed = try JSONReader.parse(Array(Self.documents[2].utf8), capturingNumericArraysIn: ["data", "columns"])
        #expect(parsed.numericArrays.map { $0.memberPath } == [[0, 0, 0], [1, 0, 0]])
        #expect(parsed.numericArrays.map { $0.values } == [[1, 2], [5, 6]])
        let mixed = try JSONReader.parse(Array(Self.documents[1].utf8), capturingNumericArraysIn: ["data", "columns"])
        #expect(mixed.numericArrays.isEmpty)
    }

    @Test(arguments: invalidDocuments)
    func errorsAreThoseOfThePlainReader(text: String) {
        var plain: PanelError?
        var captured: PanelError?
        do { _ = try JSONReader.parse(Array(text.utf8)) } catch { plain = error }
        do { _ = try JSONReader.parse(Array(text.utf8), capturingNumericArraysIn: ["data", "columns"]) } catch { captured = error }
        #expect(plain != nil)
        #expect(captured?.code == plain?.code)
        #expect(captured?.message == plain?.message)
        #expect(captured?.location == plain?.location)
    }

    /// The request reads the last `data` and its last `columns`, as `JSONObject`'s subscript does.
    @Test func requestReadsTheLastDataAndColumns() {
        let model = #""model": {"estimator": "ols", "formula": "y ~ x"}"#
        let duplicated = #"{"abi": 1, "data": {"columns": {"y": [9, 9]}}, "data": {"columns": {"y": [1, 2, 3]}, "#
            + #""columns": {"y": [1, 2, 3, 5], "x": [0, 1, 0, 2]}}, "# + model + "}"
        let single = #"{"abi": 1, "data": {"columns": {"y": [1, 2, 3, 5], "x": [0, 1, 0, 2]}}, "# + model + "}"
        #expect(PanelCoreABI.isSuccess(PanelCoreABI.respond(to: Array(single.utf8))))
        #expect(PanelCoreABI.respond(to: Array(duplicated.utf8)) == PanelCoreABI.respond(to: Array(single.utf8)))
    }
}
