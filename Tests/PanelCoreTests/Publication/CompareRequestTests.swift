import Testing
@testable import PanelCore

/// The request's `compare` member: results of earlier responses, tabulated and drawn as if their models had run in
/// the same request; malformed `compare` requests are refused with their place.
struct CompareRequestTests {
    static let data = #"{"columns": {"y": [1, 3, 2, 5, 4, 6], "x": [0, 1, 1, 2, 2, 3], "g": [1, 1, 2, 2, 3, 3]}}"#

    static func respond(_ request: String) -> JSONValue? {
        try? JSONReader.parse(PanelCoreABI.respond(to: Array(request.utf8)))
    }

    static func member(_ response: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let object)? = response else { return nil }
        return object[key]
    }

    static func result(_ formula: String) -> String {
        let response = respond(#"{"abi": 1, "data": "# + data + #", "model": {"estimator": "ols", "formula": ""# + formula + #""}}"#)
        guard let result = member(response, "result") else { return "null" }
        return String(decoding: JSONWriter.serialize(result), as: UTF8.self)
    }

    @Test func comparedResultsGiveTheSameTablesAndFiguresAsModelsRunTogether() {
        let specs = #"[{"formats": ["text", "latex"], "title": "T"}], "figures": [{"type": "coefficients"}]"#
        let together = Self.respond(#"{"abi": 1, "data": "# + Self.data
                                    + #", "models": [{"estimator": "ols", "formula": "y ~ x"}, {"estimator": "ols", "formula": "y ~ x | g"}], "tables": "# + specs + "}")
        let compared = Self.respond(#"{"abi": 1, "compare": ["# + Self.result("y ~ x") + ", " + Self.result("y ~ x | g")
                                    + #"], "tables": "# + specs + "}")
        guard case .object(let object)? = compared else {
            Issue.record("no response")
            return
        }
        #expect(object.members.map { $0.key } == ["abi", "ok", "tables", "figures"])
        #expect(Self.member(compared, "tables") != nil)
        #expect(Self.member(compared, "tables") == Self.member(together, "tables"))
        #expect(Self.member(compared, "figures") == Self.member(together, "figures"))
    }

    @Test(arguments: [
        (#"{"abi": 1, "compare": [], "tables": [{}]}"#, "invalid_request", "/compare"),
        (#"{"abi": 1, "compare": {"coefficients": []}, "tables": [{}]}"#, "invalid_request", "/compare"),
        (#"{"abi": 1, "compare": [3], "tables": [{}]}"#, "invalid_request", "/compare/0"),
        (#"{"abi": 1, "compare": [{"nobs": 3}]}"#, "invalid_request", "/compare"),
        (#"{"abi": 1, "compare": [{"nobs": 3}], "model": {"estimator": "ols"}, "tables": [{}]}"#, "invalid_request", "/compare"),
        (#"{"abi": 1, "compare": [{"nobs": 3}], "tables": [{}]}"#, "invalid_request", "/tables/0/models"),
        (#"{"abi": 1, "compare": [{"nobs": 3}], "tables": [{"models": [1]}]}"#, "invalid_option", "/tables/0/models/0"),
    ])
    func badCompareRequestsAreRefusedWithTheirPlace(request: String, code: String, location: String) {
        guard case .object(let error)? = Self.member(Self.respond(request), "error") else {
            Issue.record("no error for \(request)")
            return
        }
        #expect(error["code"] == .string(code))
        #expect(error["where"] == .string(location))
    }
}
