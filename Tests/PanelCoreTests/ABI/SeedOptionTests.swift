import Testing
@testable import PanelCore

/// `seed` (issue 17): `null` was read as 0 and 9007199254740993 silently as 2⁵³; every reader of a seed (model
/// options — which the Lanczos log-determinant's seed goes through too — and permutation options) now takes a whole number 0…2⁵³ − 1 and refuses the rest.
@Suite struct SeedOptionTests {
    static func object(_ text: String) throws -> JSONObject {
        guard case .object(let object) = try JSONReader.parse(Array(text.utf8)) else { throw PanelError(.invalidRequest, "not an object") }
        return object
    }

    @Test(arguments: ["null", "-1", "1.5", "9007199254740992", "9007199254740993", "1e300", "\"7\"", "true"])
    func unusableSeedsAreRefusedWhereTheyStand(seed: String) throws {
        #expect(throws: PanelError(.invalidOption, "seed must be a whole number from 0 to 2^53 - 1 (9007199254740991)", at: "/options/seed")) {
            _ = try ModelOptions(try Self.object(#"{"seed": "# + seed + "}"), at: "/options")
        }
    }

    @Test func wholeNumbersBelowTwoToThe53AreSeeds() throws {
        #expect(try ModelOptions(try Self.object(#"{"seed": 9007199254740991}"#), at: "").seed == 9_007_199_254_740_991)
        #expect(try ModelOptions(try Self.object(#"{"seed": 0}"#), at: "").seed == 0)
        #expect(try ModelOptions(try Self.object(#"{"seed": 2.4e1}"#), at: "").seed == 24)
        #expect(try ModelOptions(try Self.object("{}"), at: "").seed == 0)
    }

    @Test func permutationSeedsFollowTheSameRule() {
        let data = #""data": {"columns": {"id": ["A", "B", "C", "D"], "y": [1, 3, 2, 5]}}"#
        let weights = #""weights": {"units": "id", "edges": [["A", "B"], ["B", "A"], ["B", "C"], ["C", "B"], ["C", "D"], ["D", "C"]]}"#
        let moran = ABIClient.run(text: #"{"abi": 1, "# + data + #", "model": {"estimator": "moran", "variable": "y", "# + weights
                                  + #", "options": {"replications": 9, "seed": null}}}"#)
        #expect(ABIClient.errorCode(moran) == "invalid_option")
        #expect((moran["error"] as? [String: Any])?["where"] as? String == "/model/options/seed")
        let beyond = ABIClient.run(text: #"{"abi": 1, "# + data + #", "model": {"estimator": "moran", "variable": "y", "# + weights
                                    + #", "options": {"seed": 9007199254740993}}}"#)
        #expect(ABIClient.errorCode(beyond) == "invalid_option")
        #expect((beyond["error"] as? [String: Any])?["where"] as? String == "/model/options/seed")
    }
}
