import Testing
@testable import PanelCore

/// Every estimator the unknown-estimator message lists is dispatched (a bare request fails for a missing member,
/// never as `unknown_estimator`), and an unlisted name is refused.
struct EstimatorDispatchTests {
    static func code(_ estimator: String) -> String? {
        let request = #"{"abi": 1, "data": {"columns": {"y": [1, 2, 3]}}, "model": {"estimator": ""# + estimator + #""}}"#
        guard case .object(let response)? = try? JSONReader.parse(PanelCoreABI.respond(to: Array(request.utf8))),
              case .object(let error)? = response["error"], case .string(let code)? = error["code"] else { return nil }
        return code
    }

    @Test(arguments: EstimatorCatalogue.names)
    func listedEstimatorsAreDispatched(name: String) {
        #expect(Self.code(name) != "unknown_estimator")
    }

    @Test func unlistedNamesAreRefused() {
        #expect(Self.code("ordinary_least_squares") == "unknown_estimator")
    }
}
